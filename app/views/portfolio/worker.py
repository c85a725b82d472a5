"""Scoring every account in a background thread, in batches the view shows as they come.

Scoring 10,000 accounts takes far longer than a frame, so it runs in a QThread.
Each run gets its own thread and a number; results of a run that has been
cancelled or replaced are dropped here, so the view never mixes two runs.
Restarting does not wait for the old thread (it stops after its current batch);
``stop()`` and the destruction of the worker wait for every thread, so Qt never
destroys a running QThread.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

from app.assessment.settings import ScoringSettings
from app.services.portfolio import PortfolioService

log = logging.getLogger("rapport.views.portfolio")


class _Run(QThread):
    """One scoring run: emits results tagged with its run number."""

    batch = Signal(int, object)  # run, list[AccountScore]
    progress = Signal(int, int, int)  # run, done, total
    done = Signal(int)
    failed = Signal(int, str)

    def __init__(self, number: int, service: PortfolioService, today: dt.date,
                 settings: ScoringSettings) -> None:
        super().__init__()
        self.number = number
        self.cancelled = threading.Event()
        self._service, self._today, self._settings = service, today, settings

    def run(self) -> None:
        scores = None
        try:
            total = self._service.count()
            self.progress.emit(self.number, 0, total)
            done = 0
            scores = self._service.iter_scores(self._today, self._settings)
            for batch in scores:
                if self.cancelled.is_set():
                    return
                done += len(batch)
                self.batch.emit(self.number, batch)
                self.progress.emit(self.number, done, max(total, done))
            if not self.cancelled.is_set():
                self.done.emit(self.number)
        except Exception as err:  # noqa: BLE001 - reported to the user, not swallowed
            log.exception("Scoring the portfolio failed")
            if not self.cancelled.is_set():
                self.failed.emit(self.number, str(err) or type(err).__name__)
        finally:
            if scores is not None:
                scores.close()  # release the generator's database work now, in this thread


class _Threads:
    """The runs still alive, outside the QObject so its ``destroyed`` handler can join them."""

    def __init__(self) -> None:
        self.runs: list[_Run] = []

    def cancel(self) -> None:
        for run in self.runs:
            run.cancelled.set()

    def join(self) -> None:
        self.cancel()
        for run in list(self.runs):
            run.wait()
        self.runs.clear()


class ScoringWorker(QObject):
    """Starts, restarts and cancels scoring runs; relays only the current run's results."""

    batch = Signal(list)  # list[AccountScore]
    progress = Signal(int, int)  # done, total
    finished = Signal()
    failed = Signal(str)

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

    def start(self, service: PortfolioService, today: dt.date,
              settings: ScoringSettings) -> None:
        """Score every account; a run still going is cancelled (its results are dropped)."""
        self.cancel()
        self._numbers += 1
        run = _Run(self._numbers, service, today, settings)
        queued = Qt.ConnectionType.QueuedConnection  # delivered in this object's thread
        run.batch.connect(self._on_batch, queued)
        run.progress.connect(self._on_progress, queued)
        run.done.connect(self._on_done, queued)
        run.failed.connect(self._on_failed, queued)
        run.finished.connect(lambda r=run: self._forget(r), queued)
        self._threads.runs.append(run)
        self._current = run.number
        run.start()

    def cancel(self) -> None:
        """Stop after the current batch; nothing more of the run is emitted."""
        self._current = 0
        self._threads.cancel()

    def stop(self) -> None:
        """Cancel and wait until every thread has ended (before the database closes)."""
        self._current = 0
        self._threads.join()

    def is_running(self) -> bool:
        """Whether a run is being relayed (a cancelled one may still finish its batch)."""
        return self._current != 0

    def thread_count(self) -> int:
        """Threads not yet ended, cancelled ones included."""
        return sum(1 for run in self._threads.runs if run.isRunning())

    # -- relays ----------------------------------------------------------------------
    def _on_batch(self, number: int, scores: Any) -> None:
        if number == self._current:
            self.batch.emit(scores)

    def _on_progress(self, number: int, done: int, total: int) -> None:
        if number == self._current:
            self.progress.emit(done, total)

    def _on_done(self, number: int) -> None:
        if number == self._current:
            self._current = 0
            self.finished.emit()

    def _on_failed(self, number: int, message: str) -> None:
        if number == self._current:
            self._current = 0
            self.failed.emit(message)

    def _forget(self, run: _Run) -> None:
        run.wait()  # finished() is emitted just before the thread really ends
        if run in self._threads.runs:
            self._threads.runs.remove(run)
