"""Scoring every account in a background thread, in batches the view shows as they come.

Scoring 10,000 accounts takes far longer than a frame, so it runs in a QThread.
Each run gets its own thread and a number; results of a run that has been
cancelled or replaced are dropped here, so the view never mixes two runs.
Restarting does not wait for the old thread (it stops after its current batch);
``stop()`` and the destruction of the worker wait for every thread, so Qt never
destroys a running QThread.

Scoring is Python and so is the GUI's model: both need the GIL, and Python hands
it over only every few milliseconds, while a repaint of a list calls into the
model a thousand times. Left to compete, the thread made such a repaint 10–70x
slower (10 ms → 100–700 ms), so the GUI goes first:

* the thread scores ``STEP`` accounts at a time and, between steps, waits while
  the GUI's event loop is busy (it notes when the loop wakes up and goes to sleep);
* after handing over a batch it waits until the GUI has taken it in, which the
  GUI does ``SLICE`` accounts per turn of its event loop, so clicks and keys are
  answered in between and a slow GUI never lets batches pile up.

Taking a slice in is cheap: the view keeps it and hands what came to its model
a few times a second (``view.FLUSH_MS``), so the lists, the totals and the grid
are redone and repainted then, not per slice.

Python's garbage collector holds the GIL while it runs, in whichever thread
allocated last; scoring allocates a lot, and a full collection walks every
object of the process (~165,000 at 10,000 accounts): 100–120 ms in which the
GUI cannot run a line, nine times per run. So while runs are alive
(``_GcFreeze``), the objects that were there before are frozen (``gc.freeze``)
and collections walk only what came since (5–30 ms); they are unfrozen, and
collected as usual again, when the last run has ended. Not done if something
else has frozen objects already.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import threading
from collections.abc import Generator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)

if TYPE_CHECKING:  # the services are opened behind the shown window (issue 13)
    from app.assessment.settings import ScoringSettings
    from app.services.portfolio import AccountScore, Mover, PortfolioService

log = logging.getLogger("rapport.views.portfolio")

STEP = 25  # accounts scored between two looks at the GUI (~25 ms)
BATCH = 250  # accounts handed to the GUI at once
SLICE = 50  # accounts the GUI takes in per turn of its event loop
GUI_FIRST_AT_MOST = 0.1  # s a step waits for a busy GUI: scoring never stops for long
MOVERS_STEP = 10  # accounts compared with their version of 90 days ago between two looks


class _Run(QThread):
    """One scoring run: emits results tagged with its run number."""

    batch = Signal(int, object)  # run, list[AccountScore]
    progress = Signal(int, int, int)  # run, done, total
    done = Signal(int, object)  # run, list[DamagedAccount]: not scored
    failed = Signal(int, str)
    ended = Signal(int)  # the last thing the thread does, whatever happened

    def __init__(self, number: int, service: PortfolioService, today: dt.date,
                 settings: ScoringSettings, gui_idle: threading.Event) -> None:
        super().__init__()
        self.number = number
        self.cancelled = threading.Event()
        self.taken = threading.Event()  # the GUI has taken in the last batch
        self._gui_idle = gui_idle
        self._service, self._today, self._settings = service, today, settings

    def run(self) -> None:
        steps = None
        try:
            total = self._service.count()
            self.progress.emit(self.number, 0, total)
            done = 0
            pending: list[AccountScore] = []
            steps = self._service.iter_scores(self._today, self._settings, batch=STEP)
            for step in steps:
                if self.cancelled.is_set():
                    return
                pending.extend(step)
                if len(pending) >= BATCH:
                    done = self._hand_over(pending, done, total)
                    pending = []
                self._gui_idle.wait(GUI_FIRST_AT_MOST)
            if pending and not self.cancelled.is_set():
                self._hand_over(pending, done, total)
            if not self.cancelled.is_set():
                self.done.emit(self.number, list(self._service.damaged))
        except Exception as err:  # reported to the user, not swallowed
            if not self.cancelled.is_set():  # else the database may just have been closed
                log.exception("Scoring the portfolio failed")
                self.failed.emit(self.number, str(err) or type(err).__name__)
        finally:
            if isinstance(steps, Generator):
                steps.close()  # end the generator's database work now, in this thread
            self.ended.emit(self.number)

    def _hand_over(self, scores: list[AccountScore], done: int, total: int) -> int:
        """Emit a batch and wait until the GUI has taken it in (or the run is cancelled)."""
        if self.cancelled.is_set():
            return done
        done += len(scores)
        self.taken.clear()
        self.progress.emit(self.number, done, max(total, done))
        self.batch.emit(self.number, scores)
        self.taken.wait()  # set by the GUI, or by cancel()
        return done


class _GcFreeze:
    """Objects older than the runs alive are frozen while there are any (see above)."""

    runs = 0  # of every worker
    frozen = False  # by this class

    @classmethod
    def enter(cls) -> None:
        if cls.runs == 0 and gc.get_freeze_count() == 0:
            gc.freeze()
            cls.frozen = True
        cls.runs += 1

    @classmethod
    def leave(cls) -> None:
        cls.runs -= 1
        if cls.runs == 0 and cls.frozen:
            gc.unfreeze()
            cls.frozen = False


class _Threads:
    """The runs still alive, outside the QObject so its ``destroyed`` handler can join them."""

    def __init__(self) -> None:
        self.runs: list[_Run | _MoversRun] = []

    def add(self, run: _Run | _MoversRun) -> None:
        self.runs.append(run)
        _GcFreeze.enter()

    def remove(self, run: _Run | _MoversRun) -> None:
        self.runs.remove(run)
        _GcFreeze.leave()

    def cancel(self) -> None:
        for run in self.runs:  # plain Python events: safe even when the QThread is gone
            run.cancelled.set()
            run.taken.set()  # no longer waits for the GUI

    def join(self) -> None:
        self.cancel()
        for run in list(self.runs):
            try:
                run.wait()
            except RuntimeError:  # its C++ side is gone already (interpreter shutdown)
                pass
            self.remove(run)


class _Worker(QObject):
    """What a worker of background runs shares: its threads (joined before the
    application or the worker goes), whether the GUI's event loop sleeps (when a run may
    take the GIL), the number of the run whose results are relayed, and its control."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads = _Threads()
        self._current = 0  # number of the run whose results are relayed; 0: none
        self._numbers = 0
        threads = self._threads  # not self: the handlers run while self is torn down
        self.destroyed.connect(lambda *_: threads.join())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(threads.join)
        # Set while this thread's event loop sleeps: when a run may have the GIL.
        self._gui_idle = threading.Event()
        self._gui_idle.set()
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            dispatcher.awake.connect(self._on_gui_awake)
            dispatcher.aboutToBlock.connect(self._on_gui_idle)

    def _launch(self, run: Any) -> None:
        """Relay ``run`` (its signals connected by the caller) from now on."""
        run.ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)
        self._threads.add(run)
        self._current = run.number
        run.start()

    def cancel(self) -> None:
        """Stop after the current step; nothing more of the run is emitted."""
        self._current = 0
        self._threads.cancel()

    def stop(self) -> None:
        """Cancel and wait until every thread has ended (before the database closes)."""
        self._current = 0
        self._threads.join()

    def is_running(self) -> bool:
        """Whether a run is being relayed (a cancelled one may still finish its step)."""
        return self._current != 0

    def thread_count(self) -> int:
        """Threads not yet ended, cancelled ones included."""
        return sum(1 for run in self._threads.runs if run.isRunning())

    def _on_gui_awake(self) -> None:
        self._gui_idle.clear()

    def _on_gui_idle(self) -> None:
        self._gui_idle.set()

    def _on_ended(self, number: int) -> None:
        for run in list(self._threads.runs):
            if run.number == number:
                run.wait()  # returns at once: run() has returned or is about to
                self._threads.remove(run)


class ScoringWorker(_Worker):
    """Starts, restarts and cancels scoring runs; relays only the current run's results."""

    batch = Signal(list)  # list[AccountScore]
    progress = Signal(int, int)  # done, total
    finished = Signal(list)  # list[DamagedAccount]: accounts that could not be read
    failed = Signal(str)

    def start(self, service: PortfolioService, today: dt.date,
              settings: ScoringSettings) -> None:
        """Score every account; a run still going is cancelled (its results are dropped)."""
        self.cancel()
        self._numbers += 1
        run = _Run(self._numbers, service, today, settings, self._gui_idle)
        queued = Qt.ConnectionType.QueuedConnection  # delivered in this object's thread
        run.batch.connect(self._on_batch, queued)
        run.progress.connect(self._on_progress, queued)
        run.done.connect(self._on_done, queued)
        run.failed.connect(self._on_failed, queued)
        self._launch(run)

    # -- relays ----------------------------------------------------------------------
    def _on_batch(self, number: int, scores: Any) -> None:
        self._relay(number, scores, 0)

    def _relay(self, number: int, scores: list[Any], start: int) -> None:
        """Emit one slice, the next on the next turn of the event loop; then let the
        thread go on (a cancelled run's rest is dropped)."""
        if number == self._current and start < len(scores):
            try:
                self.batch.emit(scores[start:start + SLICE])
            finally:
                QTimer.singleShot(0, self, lambda: self._relay(number, scores, start + SLICE))
            return
        for run in self._threads.runs:
            if run.number == number:
                run.taken.set()

    def _on_progress(self, number: int, done: int, total: int) -> None:
        if number == self._current:
            self.progress.emit(done, total)

    def _on_done(self, number: int, damaged: list[Any]) -> None:
        if number == self._current:
            self._current = 0
            self.finished.emit(damaged)

    def _on_failed(self, number: int, message: str) -> None:
        if number == self._current:
            self._current = 0
            self.failed.emit(message)


# -- the movers ------------------------------------------------------------------------------
class _MoversRun(QThread):
    """One movers run (``PortfolioService.iter_movers``): the accounts that moved, a step
    at a time, the GUI first between steps as in scoring."""

    batch = Signal(int, object)  # run, list[Mover]
    done = Signal(int, object)  # run, the keys looked at (None: every account)
    failed = Signal(int, str)
    ended = Signal(int)

    def __init__(self, number: int, service: PortfolioService, today: dt.date,
                 settings: ScoringSettings, days: int, keys: list[str] | None,
                 gui_idle: threading.Event) -> None:
        super().__init__()
        self.number = number
        self.cancelled = threading.Event()
        self.taken = threading.Event()  # (for _Threads: this run waits for no hand-over)
        self._gui_idle = gui_idle
        self._service, self._today, self._settings = service, today, settings
        self._days, self._keys = days, keys

    def run(self) -> None:
        steps = None
        try:
            steps = self._service.iter_movers(self._today, self._settings, days=self._days,
                                              batch=MOVERS_STEP, keys=self._keys)
            for step in steps:
                if self.cancelled.is_set():
                    return
                if step:
                    self.batch.emit(self.number, step)
                self._gui_idle.wait(GUI_FIRST_AT_MOST)
            if not self.cancelled.is_set():
                self.done.emit(self.number, self._keys)
        except Exception as err:
            if not self.cancelled.is_set():
                log.exception("Finding the portfolio's movers failed")
                self.failed.emit(self.number, str(err) or type(err).__name__)
        finally:
            if isinstance(steps, Generator):
                steps.close()
            self.ended.emit(self.number)


class MoversWorker(_Worker):
    """Finds the accounts that moved most in a background thread; relays only the current
    run's results (as :class:`ScoringWorker`). A run of a few ``keys`` (after an edit)
    replaces what is known of those accounts only."""

    batch = Signal(list)  # list[Mover]
    finished = Signal(object)  # the keys looked at (None: every account)
    failed = Signal(str)

    def start(self, service: PortfolioService, today: dt.date, settings: ScoringSettings,
              days: int, keys: list[str] | None = None) -> None:
        self.cancel()
        self._numbers += 1
        run = _MoversRun(self._numbers, service, today, settings, days, keys, self._gui_idle)
        queued = Qt.ConnectionType.QueuedConnection
        run.batch.connect(self._on_batch, queued)
        run.done.connect(self._on_done, queued)
        run.failed.connect(self._on_failed, queued)
        self._launch(run)

    def _on_batch(self, number: int, movers: list[Mover]) -> None:
        if number == self._current:
            self.batch.emit(movers)

    def _on_done(self, number: int, keys: list[str] | None) -> None:
        if number == self._current:
            self._current = 0
            self.finished.emit(keys)

    def _on_failed(self, number: int, message: str) -> None:
        if number == self._current:
            self._current = 0
            self.failed.emit(message)
