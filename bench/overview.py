"""Portfolio overview benchmark: a shown PortfolioView scoring 10,000 accounts.

Run from the repository root::

    python bench/overview.py                 # build (or reuse) bench/portfolio.py's database
    python bench/overview.py --quick         # a 2,000-account subset (its own database file)
    python bench/overview.py --repeat 9 --probe-seconds 6

Issue 4: the overview "must stay responsive with the 10,000-account benchmark
database". With a real :class:`PortfolioView` shown offscreen, scoring in its
worker thread as in the app, it measures:

(a) ``start()`` until the first rows of "All accounts" and the first dots of the
    tier grid are painted, and until scoring has finished; against bare
    ``PortfolioService.iter_scores`` in the same process (no GUI);
(b) responsiveness while scoring runs: a zero-timer posted from the GUI thread
    every ~16 ms (its lateness: how long a click or key would wait for the event
    loop), and repaints of "All accounts" and of the tier grid requested every
    250 ms (request until painted); baseline: the same probes with no scoring
    running, before and after the probed run;
(c) after scoring: tier grid full and cached repaint, hover over 1,000 positions,
    a click on the Health header of "All accounts", an edit's rescore
    (``score_document`` of the document the window holds + ``update_account``, as
    ``MainWindow._rescore``; reading the document, which the app does not do then, is
    timed apart);
(d) memory: RSS before and after scoring.

Targets: 16 ms (one frame at 60 Hz) for the event loop, repaints and hover;
100 ms for a user action (a sort click, an edit, the grid redrawn after a change).
Not part of the pytest suite. Everything runs offscreen.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import os
import platform
import random
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before PySide6 is imported

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import PySide6  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QPointF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QMouseEvent, QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView, QWidget  # noqa: E402

from app.assessment.settings import ScoringSettings  # noqa: E402
from app.services.accounts import AccountService  # noqa: E402
from app.services.portfolio import AccountScore, PortfolioService, score_document  # noqa: E402
from app.storage.database import open_database  # noqa: E402
from app.views.portfolio import view as view_module  # noqa: E402
from app.views.portfolio import worker as worker_module  # noqa: E402
from app.views.portfolio.grid import TierGrid  # noqa: E402
from app.views.portfolio.model import Col, PortfolioModel  # noqa: E402
from app.views.portfolio.view import PortfolioView, ScoreTable  # noqa: E402
from bench.portfolio import (  # noqa: E402
    DEFAULT_DB,
    QUICK_ACCOUNTS,
    QUICK_DB,
    build,
    existing_counts,
)

TODAY = dt.date(2026, 11, 25)  # the generator's "today"
FRAME_MS = 16.0
ACTION_MS = 100.0
TICK_MS = 16  # a zero-timer is posted this long after the previous one ran
PROBE_MS = 250  # a repaint is requested this often (table and grid in turn)
VIEW_SIZE = (1200, 900)  # the detail side of a maximised 1920x1080 main window


# =====================================================================================
# Instruments
# =====================================================================================

def now() -> float:
    return time.perf_counter()


def ms(seconds: float) -> float:
    return seconds * 1000.0


def pct(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1), nearest rank; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def med(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB."""
    try:
        fields = dict(line.split(":", 1) for line in
                      Path("/proc/self/status").read_text().splitlines() if ":" in line)
        return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)
    except (OSError, KeyError, ValueError):  # not Linux: peak only (kB on Linux, B on macOS)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak_mb = peak / 2**20 if sys.platform == "darwin" else peak / 1024
        return peak_mb, peak_mb


class Paints:
    """Times every paint of the overview's tables and tier grid.

    Wraps ``ScoreTable.paintEvent`` and ``TierGrid.paintEvent`` for this process (before
    the view is made: PySide looks an override up once per object); the view's code is
    unchanged. Listeners get (widget, start, end) after each paint.
    """

    def __init__(self) -> None:
        self.count = 0
        self.listeners: list[Callable[[QWidget, float, float], None]] = []
        for cls in (ScoreTable, TierGrid):
            self._wrap(cls)

    def _wrap(self, cls: type[QWidget]) -> None:
        original = cls.paintEvent
        paints = self

        def paintEvent(widget: QWidget, event: Any) -> None:  # noqa: N802 (Qt API)
            t0 = now()
            original(widget, event)
            t1 = now()
            paints.count += 1
            for listener in list(paints.listeners):
                listener(widget, t0, t1)

        cls.paintEvent = paintEvent  # type: ignore[method-assign]


class Calls:
    """Times a Python method of a class (for the GUI's share of the work while scoring)."""

    def __init__(self, cls: type, name: str) -> None:
        self.spans: list[tuple[float, float]] = []  # (start, end) while recording
        self.recording = False
        original = getattr(cls, name)
        calls = self

        def timed(*args: Any, **kwargs: Any) -> Any:
            if not calls.recording:
                return original(*args, **kwargs)
            t0 = now()
            try:
                return original(*args, **kwargs)
            finally:
                calls.spans.append((t0, now()))

        setattr(cls, name, timed)


class GcPauses:
    """Times Python's garbage collections (any thread): they hold the GIL, so every
    other thread waits for them too."""

    def __init__(self) -> None:
        self.spans: list[tuple[float, float, int]] = []  # (start, end, generation)
        self.recording = False
        self._start = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if not self.recording:
            return
        if phase == "start":
            self._start = now()
        else:
            self.spans.append((self._start, now(), info.get("generation", -1)))


class Ticker(QObject):
    """A tick every TICK_MS from the GUI thread: a precise timer, due TICK_MS after the
    previous tick ran, posts a zero-timer. Records per tick how long the zero-timer took
    from posted to run (work queued in the event loop) and from due to run, which adds
    the timer's own lateness: the loop sleeps between ticks, and waking it (and running
    anything in Python, the awake hook included) first needs the GIL, which the scoring
    thread may hold. A click or a key is in the second case."""

    def __init__(self, context: Callable[[], int] = lambda: 0) -> None:
        super().__init__()
        self.posted: list[float] = []  # posted → ran
        self.due: list[float] = []  # due → ran
        self.worst: list[tuple[float, float, int]] = []  # (due → ran, when, context())
        self.spans: list[tuple[float, float]] = []  # (due, ran)
        self._context = context
        self._on = False
        self._t0 = self._due = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._post)

    def start(self) -> None:
        self._on = True
        self._t0 = self._due = now()
        self._post()

    def stop(self) -> None:
        self._on = False
        self._timer.stop()

    def _post(self) -> None:
        if self._on:
            posted = now()
            QTimer.singleShot(0, self, lambda: self._ran(posted))

    def _ran(self, posted: float) -> None:
        if self._on:
            t = now()
            self.posted.append(t - posted)
            self.due.append(t - self._due)
            self.spans.append((self._due, t))
            self.worst.append((t - self._due, self._due - self._t0, self._context()))
            self.worst = sorted(self.worst, reverse=True)[:3]
            self._due = t + TICK_MS / 1000
            self._timer.start()


class RepaintProbe(QObject):
    """Every PROBE_MS asks for a repaint of "All accounts" and, next time, of the whole
    tier grid (its data marked changed, as after a batch or an edit), and records the
    time until it is painted and how long the paint itself took."""

    def __init__(self, view: PortfolioView, paints: Paints, settings: ScoringSettings) -> None:
        super().__init__()
        self.view, self.paints, self.settings = view, paints, settings
        self.table: list[tuple[float, float]] = []  # (request → painted, paint)
        self.grid: list[tuple[float, float, int]] = []  # the same, and dots plotted
        self._pending: tuple[QWidget, float] | None = None
        self._turn = 0
        self._timer = QTimer(self)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._request)

    def start(self) -> None:
        self.paints.listeners.append(self._painted)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._pending = None
        if self._painted in self.paints.listeners:
            self.paints.listeners.remove(self._painted)

    def _request(self) -> None:
        if self._pending is not None:
            return  # the last one is still waiting: counted once, when painted
        self._turn += 1
        t = now()
        if self._turn % 2:
            self._pending = (self.view.all_table, t)
            self.view.all_table.viewport().update()
        else:
            self._pending = (self.view.grid, t)
            self.view.grid.set_settings(self.settings)  # data changed: rebuild + redraw
            self.view.grid.update()

    def _painted(self, widget: QWidget, t0: float, t1: float) -> None:
        if self._pending is None or widget is not self._pending[0] or t0 < self._pending[1]:
            return
        asked = self._pending[1]
        self._pending = None
        if widget is self.view.grid:
            self.grid.append((t1 - asked, t1 - t0, self.view.grid.plotted))
        else:
            self.table.append((t1 - asked, t1 - t0))


def run_loop(seconds: float, until: Callable[[], bool] | None = None) -> None:
    """Run a real event loop (it sleeps when idle, as in the app: the scoring thread
    goes by that) for ``seconds``, or until ``until()`` is true (checked every 10 ms)."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    poll: QTimer | None = None
    if until is not None:
        poll = QTimer()
        poll.setInterval(10)
        poll.timeout.connect(lambda: loop.quit() if until() else None)
        poll.start()
    loop.exec()
    if poll is not None:
        poll.stop()


def settle(app: QApplication, paints: Paints, *, expect: Callable[[], bool] = lambda: True,
           quiet_passes: int = 3, timeout: float = 5.0) -> None:
    """Spin the event loop until ``expect()`` holds and a few passes paint nothing more
    (QTableView lays out on a zero timer, then posts the repaint: one pass is too few)."""
    deadline = now() + timeout
    quiet, seen = 0, paints.count
    while now() < deadline:
        app.processEvents()
        if paints.count != seen:
            seen, quiet = paints.count, 0
        else:
            quiet += 1
        if quiet >= quiet_passes and expect():
            return


def painted_since(paints: Paints, count: int) -> Callable[[], bool]:
    return lambda: paints.count > count


# =====================================================================================
# Measurements
# =====================================================================================

@dataclasses.dataclass
class Run:
    """One scoring run of the shown view, times from just before ``start()``."""

    start_call: float = 0.0
    first_batch: float | None = None
    first_rows: float | None = None
    first_dots: float | None = None
    finished: float | None = None
    last_paint: float | None = None
    rows: int = 0
    ticks: list[float] = dataclasses.field(default_factory=list)  # zero-timer posted → ran
    ticks_due: list[float] = dataclasses.field(default_factory=list)  # tick due → ran
    worst: list[tuple[float, float, int]] = dataclasses.field(default_factory=list)
    table: list[tuple[float, float]] = dataclasses.field(default_factory=list)
    grid: list[tuple[float, float, int]] = dataclasses.field(default_factory=list)
    slices: list[float] = dataclasses.field(default_factory=list)  # view._on_batch, per slice
    flushes: list[float] = dataclasses.field(default_factory=list)  # model.add_batch
    gc: list[tuple[float, float, int]] = dataclasses.field(default_factory=list)  # collections
    grid_paints: list[tuple[float, int]] = dataclasses.field(default_factory=list)
    cpu: float = 0.0  # process CPU time (user + system), all threads
    cpu_gui: float = 0.0  # of which the GUI thread
    cpu_other: float = 0.0  # and the other threads (the scoring thread)
    #: what the GUI thread was busy with: kind → (start, end) spans, for the late ticks
    busy: dict[str, list[tuple[float, float]]] = dataclasses.field(default_factory=dict)
    tick_spans: list[tuple[float, float]] = dataclasses.field(default_factory=list)


def score_run(view: PortfolioView, paints: Paints, service: PortfolioService,
              settings: ScoringSettings, add_batch: Calls, on_batch: Calls, gcs: GcPauses, *,
              probes: bool, timeout: float) -> Run:
    run = Run()
    ticker = Ticker(view.model.rowCount) if probes else None
    probe = RepaintProbe(view, paints, settings) if probes else None
    t0 = 0.0

    def on_rows(*_: Any) -> None:
        if run.first_batch is None:
            run.first_batch = now() - t0

    def on_finished() -> None:
        run.finished = now() - t0

    busy: dict[str, list[tuple[float, float]]] = {"tier grid paints": [], "table paints": []}

    def on_paint(widget: QWidget, p0: float, p1: float) -> None:
        busy["tier grid paints" if widget is view.grid else "table paints"].append((p0, p1))
        if widget is view.all_table and run.first_rows is None and view.all_proxy.rowCount():
            run.first_rows = p1 - t0
        if widget is view.grid:
            plotted = view.grid.plotted
            if run.first_dots is None and plotted:
                run.first_dots = p1 - t0
            if run.finished is None:
                run.grid_paints.append((p1 - p0, plotted))
        if run.finished is not None:
            run.last_paint = p1 - t0

    view.model.rowsInserted.connect(on_rows)
    view.worker.finished.connect(on_finished)
    paints.listeners.append(on_paint)
    gc.collect()
    if ticker is not None and probe is not None:
        ticker.start()
        probe.start()
    add_batch.spans, add_batch.recording = [], True
    on_batch.spans, on_batch.recording = [], True
    gcs.spans, gcs.recording = [], True
    cpu0 = cpu_seconds()
    threads = ThreadCpu()
    threads.start()
    try:
        t0 = now()
        view.start(service, TODAY, settings)
        run.start_call = now() - t0
        run_loop(timeout, until=lambda: run.finished is not None)
        if run.finished is not None:
            run_loop(0.4)  # the tier grid repaints at most every 150 ms: let it finish
    finally:
        run.cpu = cpu_seconds() - cpu0
        run.cpu_gui, run.cpu_other = threads.stop()
        add_batch.recording = on_batch.recording = gcs.recording = False
        if ticker is not None and probe is not None:
            ticker.stop()
            probe.stop()
            run.ticks, run.ticks_due, run.worst = ticker.posted, ticker.due, ticker.worst
            run.tick_spans = ticker.spans
            run.table, run.grid = probe.table, probe.grid
        paints.listeners.remove(on_paint)
        view.model.rowsInserted.disconnect(on_rows)
        view.worker.finished.disconnect(on_finished)
    run.slices = [b - a for a, b in on_batch.spans]
    run.flushes = [b - a for a, b in add_batch.spans]
    run.busy = {"model.add_batch": add_batch.spans, **busy,
                "garbage collection (any thread)": [(a, b) for a, b, _ in gcs.spans]}
    run.gc = list(gcs.spans)
    run.rows = view.model.rowCount()
    if run.finished is None:
        view.stop()
    return run


def idle_probes(view: PortfolioView, paints: Paints, settings: ScoringSettings,
                seconds: float) -> Run:
    """The same probes with nothing else going on: the baseline."""
    run = Run()
    ticker, probe = Ticker(), RepaintProbe(view, paints, settings)
    gc.collect()
    ticker.start()
    probe.start()
    try:
        run_loop(seconds)
    finally:
        ticker.stop()
        probe.stop()
    run.ticks, run.ticks_due, run.worst = ticker.posted, ticker.due, ticker.worst
    run.table, run.grid = probe.table, probe.grid
    return run


def bare_scoring(service: PortfolioService,
                 settings: ScoringSettings) -> tuple[float, float, int]:
    """iter_scores in this thread, no GUI, in the worker's step size:
    (seconds, CPU seconds, accounts)."""
    gc.collect()
    t0, cpu0 = now(), cpu_seconds()
    n = sum(len(part) for part in service.iter_scores(TODAY, settings,
                                                         batch=worker_module.STEP))
    return now() - t0, cpu_seconds() - cpu0, n


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class ThreadCpu(QObject):
    """CPU seconds per thread of this process (Linux: /proc/self/task), sampled every
    100 ms so a thread that has ended is still counted (to within a sample)."""

    def __init__(self) -> None:
        super().__init__()
        self.last: dict[int, float] = {}
        self.first: dict[int, float] = {}
        self._tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self.sample)

    def sample(self) -> None:
        try:
            tasks = list(Path("/proc/self/task").iterdir())
        except OSError:
            return
        for task in tasks:
            try:
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            cpu = (int(fields[11]) + int(fields[12])) / self._tick  # utime + stime
            tid = int(task.name)
            self.first.setdefault(tid, 0.0 if self.last else cpu)
            self.last[tid] = cpu

    def start(self) -> None:
        self.sample()
        self.first = dict(self.last)
        self._timer.start()

    def stop(self) -> tuple[float, float]:
        """(GUI thread, all other threads) CPU seconds since start()."""
        self._timer.stop()
        self.sample()
        used = {tid: cpu - self.first.get(tid, 0.0) for tid, cpu in self.last.items()}
        gui = used.pop(os.getpid(), 0.0)
        return gui, sum(used.values())


def overlap(span: tuple[float, float], spans: Sequence[tuple[float, float]]) -> float:
    a, b = span
    return sum(max(0.0, min(b, y) - max(a, x)) for x, y in spans)


def timed(fn: Callable[[], Any], n: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(n):
        gc.collect()
        t0 = now()
        fn()
        out.append(now() - t0)
    return out


def hover_positions(view: PortfolioView, count: int, rnd: random.Random) -> list[QPointF]:
    """Half anywhere on the grid, half within a few pixels of a random account's dot."""
    grid, model = view.grid, view.model
    w, h = grid.width(), grid.height()
    out = [QPointF(rnd.uniform(0, w), rnd.uniform(0, h)) for _ in range(count // 2)]
    while len(out) < count:
        at = grid.position_of(model.key_at(rnd.randrange(model.rowCount())))
        if at is not None:
            out.append(QPointF(at.x() + rnd.uniform(-3, 3), at.y() + rnd.uniform(-3, 3)))
    return out


def floor_table(view: PortfolioView) -> QTableView:
    """The page "All accounts" shows, text, alignment, colours and icons copied into a
    QStandardItemModel, in a table of the same size and columns: Qt's painting floor."""
    table, proxy = view.all_table, view.all_proxy
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
             Qt.ItemDataRole.DecorationRole)
    rows = min(proxy.rowCount(), table.viewport().height() // table.verticalHeader()
               .defaultSectionSize() + 2)
    copy = QStandardItemModel(rows, proxy.columnCount())
    for r in range(rows):
        for c in range(proxy.columnCount()):
            item = QStandardItem()
            for role in roles:
                value = proxy.index(r, c).data(role)
                if value is not None:
                    item.setData(value, role)
            copy.setItem(r, c, item)
    floor = QTableView()
    floor.setModel(copy)
    floor.setAlternatingRowColors(True)
    floor.setWordWrap(False)
    floor.verticalHeader().hide()
    floor.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
    for c in range(proxy.columnCount()):
        floor.setColumnHidden(c, table.isColumnHidden(c))
        floor.setColumnWidth(c, table.columnWidth(c))
    floor.resize(table.size())
    return floor


def edited(score: AccountScore, i: int) -> AccountScore:
    """What an edit might do to an account: health moves, the churn warning flips."""
    health = None if score.health is None else (score.health + 17 + i) % 101
    return dataclasses.replace(score, health=health, at_risk=not score.at_risk,
                               risk_reason="" if score.at_risk else "Health fell (benchmark)")


# =====================================================================================
# Report
# =====================================================================================

def verdict(value_ms: float, target_ms: float) -> str:
    return "met" if value_ms <= target_ms else "NOT met"


def fmt(value_s: float | None, digits: int = 1) -> str:
    return "—" if value_s is None else f"{ms(value_s):.{digits}f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=None,
                        help=f"benchmark database, shared with bench/portfolio.py "
                             f"(default {DEFAULT_DB}; with --quick {QUICK_DB})")
    parser.add_argument("--rebuild", action="store_true", help="build the database afresh")
    parser.add_argument("--quick", action="store_true",
                        help=f"the first {QUICK_ACCOUNTS:,} accounts of the same generator, "
                             "in their own database file")
    parser.add_argument("--accounts", type=int, default=None,
                        help=f"accounts (default 10,000; {QUICK_ACCOUNTS:,} with --quick)")
    parser.add_argument("--per-account", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5,
                        help="timed repeats of each (c) measurement, after a warm-up "
                             "(default 5)")
    parser.add_argument("--hover", type=int, default=1000, help="hover positions (default 1000)")
    parser.add_argument("--probe-seconds", type=float, default=4.0,
                        help="length of each of the two idle baselines of (b) (default 4)")
    parser.add_argument("--timeout", type=float, default=180.0,
                        help="give up on a scoring run after this many seconds")
    args = parser.parse_args(argv)
    n_accounts = args.accounts or (QUICK_ACCOUNTS if args.quick else 10_000)
    path: Path = (args.db or (QUICK_DB if args.quick else DEFAULT_DB)).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    repeat = max(1, args.repeat)
    t_start = now()

    # -- database (bench/portfolio.py's builder) ------------------------------------------
    want = (n_accounts, n_accounts * args.per_account)
    counts = None if args.rebuild else existing_counts(path)
    if counts is None or counts[:2] != want:
        print(f"database: building {want[0]:,} accounts / {want[1]:,} stakeholders at "
              f"{path} ...", flush=True)
        build(path, n_accounts, args.per_account)
        counts = existing_counts(path)
        assert counts is not None and counts[:2] == want, f"build produced {counts}"
    print(f"database: {path} ({path.stat().st_size / 1e6:.0f} MB; {counts[0]:,} accounts, "
          f"{counts[1]:,} stakeholders, {counts[2]:,} influence lines)", flush=True)

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    paints = Paints()  # before the view exists
    add_batch = Calls(PortfolioModel, "add_batch")
    on_batch = Calls(PortfolioView, "_on_batch")  # the slot the worker's slices go to
    gcs = GcPauses()
    settings = ScoringSettings()
    db = open_database(str(path), writer=False)
    view = PortfolioView()
    try:
        service = PortfolioService(db)
        view.resize(*VIEW_SIZE)
        view.show()
        settle(app, paints)
        gc.collect()
        rss_before, _ = rss_mb()

        # -- (a) start → visible, and (d) memory ----------------------------------------------
        print("(a) scoring run without probes ...", flush=True)
        run_a = score_run(view, paints, service, settings, add_batch, on_batch, gcs, probes=False,
                          timeout=args.timeout)
        assert run_a.finished is not None, "scoring did not finish"
        assert run_a.rows == counts[0], f"{run_a.rows} rows, {counts[0]} accounts"
        gc.collect()
        rss_after, peak_a = rss_mb()
        print("(a) bare iter_scores (no GUI) ...", flush=True)
        bare_s, bare_cpu, bare_n = bare_scoring(service, settings)
        assert bare_n == counts[0]

        # -- (b) responsiveness while scoring, bracketed by idle baselines --------------------
        print(f"(b) idle baseline ({args.probe_seconds:.0f} s) ...", flush=True)
        base1 = idle_probes(view, paints, settings, args.probe_seconds)
        print("(b) scoring run with probes ...", flush=True)
        run_b = score_run(view, paints, service, settings, add_batch, on_batch, gcs, probes=True,
                          timeout=args.timeout)
        assert run_b.finished is not None, "scoring did not finish"
        print(f"(b) idle baseline ({args.probe_seconds:.0f} s) ...", flush=True)
        base2 = idle_probes(view, paints, settings, args.probe_seconds)
        base_ticks = base1.ticks + base2.ticks
        base_due = base1.ticks_due + base2.ticks_due
        base_table = base1.table + base2.table
        base_grid = base1.grid + base2.grid

        # -- (c) after scoring ------------------------------------------------------------------
        print("(c) after scoring ...", flush=True)
        grid = view.grid
        settle(app, paints)

        def grid_full() -> None:
            grid.set_settings(settings)  # as after a batch or an edit: rebuild + redraw
            grid.repaint()

        c_full = timed(grid_full, repeat)
        settle(app, paints)
        c_cached = timed(grid.repaint, repeat)
        # Where a full repaint goes (analysis only: the grid's internals, on purpose).
        c_rebuild = timed(grid._rebuild, repeat)
        c_render = timed(grid._render, repeat)
        settle(app, paints)

        c_table = timed(view.all_table.viewport().repaint, repeat)
        floor = floor_table(view)
        floor.show()
        settle(app, paints)
        c_floor = timed(floor.viewport().repaint, repeat)
        floor.close()
        settle(app, paints)

        rnd = random.Random(4)
        positions = hover_positions(view, args.hover, rnd)
        c_lookup = []
        for pos in positions:
            t0 = now()
            grid.key_at(pos)
            c_lookup.append(now() - t0)
        c_hover, hits = [], 0
        for pos in positions:
            event = QMouseEvent(QEvent.Type.MouseMove, pos, grid.mapToGlobal(pos),
                                Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier)
            t0 = now()
            QApplication.sendEvent(grid, event)
            app.processEvents()  # paints the hover ring (a small region, from the pixmap)
            c_hover.append(now() - t0)
            hits += grid.key_at(pos) is not None
        settle(app, paints)

        table = view.all_table
        header = table.horizontalHeader()
        c_sort = []
        for i in range(repeat + 1):
            x = header.sectionViewportPosition(Col.HEALTH) + header.sectionSize(Col.HEALTH) // 2
            before = paints.count
            gc.collect()
            t0 = now()
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
            settle(app, paints, expect=painted_since(paints, before))
            if i:  # the first click (from the name sort) is the warm-up
                c_sort.append(now() - t0)
        assert header.sortIndicatorSection() == Col.HEALTH, "the click did not sort"
        proxy = view.all_proxy
        turn = iter(range(10**6))
        c_sort_model = timed(lambda: proxy.sort(
            Col.HEALTH, Qt.SortOrder(next(turn) % 2)), repeat)  # the model's part of a click
        c_sort_names = timed(lambda: proxy.sort(
            Col.ACCOUNT, Qt.SortOrder(next(turn) % 2)), repeat)
        proxy.sort(Col.HEALTH, header.sortIndicatorOrder())
        settle(app, paints)

        keys = rnd.sample([view.model.key_at(r) for r in range(view.model.rowCount())],
                          repeat + 1)
        c_read, c_score, c_update, c_edit = [], [], [], []
        accounts = AccountService(db)
        for i, key in enumerate(keys):
            run_loop(0.2)  # the grid's repaint throttle (150 ms) has run out, as between edits
            gc.collect()
            r0 = now()
            # After an edit the window's Workspace holds the saved document: no read in
            # MainWindow._rescore. Timed apart, for information (and the figures of the
            # relational store, whose PortfolioService.score read it through the ORM).
            doc = accounts.snapshot(key)
            r1 = now()
            before = paints.count
            gc.collect()
            t0 = now()
            fresh = score_document(doc, TODAY, settings)  # as MainWindow._rescore
            t1 = now()
            view.update_account(edited(fresh, i))
            t2 = now()
            settle(app, paints, expect=painted_since(paints, before))
            t3 = now()
            if i:  # the first is the warm-up
                c_read.append(r1 - r0)
                c_score.append(t1 - t0)
                c_update.append(t2 - t1)
                c_edit.append(t3 - t0)
        gc.collect()
        rss_end, rss_peak = rss_mb()
    finally:
        view.stop()
        view.close()
        view.deleteLater()
        app.processEvents()
        db.close()
    total_runtime = now() - t_start

    # -- report --------------------------------------------------------------------------------
    w = 58
    width = w + 62
    line = "-" * width
    n = counts[0]
    print()
    print("=" * width)
    print(f"Rapport portfolio overview benchmark — {n:,} accounts, {counts[1]:,} stakeholders, "
          f"{counts[2]:,} influence lines")
    print(f"db       {path}")
    print(f"runtime  Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
          f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, load "
          f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}, QPA "
          f"{os.environ.get('QT_QPA_PLATFORM')}, GIL switch interval "
          f"{sys.getswitchinterval() * 1000:.0f} ms")
    print(f"view     PortfolioView {VIEW_SIZE[0]}x{VIEW_SIZE[1]} shown offscreen; worker STEP "
          f"{worker_module.STEP}, BATCH {worker_module.BATCH}, SLICE {worker_module.SLICE}; "
          f"(c) median/max of {repeat} after a warm-up")
    print(line)
    print(f"{'(a) start() until visible (run without probes)':<{w}}{'ms':>10}")

    def row_a(label: str, value: float | None, note: str = "") -> None:
        print(f"  {label:<{w - 2}}{fmt(value, 0):>10}  {note}")

    row_a("start() returns (blocks the GUI)", run_a.start_call,
          f"target {ACTION_MS:.0f}: {verdict(ms(run_a.start_call), ACTION_MS)}")
    row_a("first batch in the model", run_a.first_batch)
    row_a('first rows painted in "All accounts"', run_a.first_rows)
    row_a("first dots painted in the tier grid", run_a.first_dots)
    row_a("scoring finished (worker.finished)", run_a.finished,
          f"{ms(run_a.finished or 0) / n:.2f} ms per account; CPU {run_a.cpu:.1f} s: "
          f"GUI thread {run_a.cpu_gui:.1f}, others {run_a.cpu_other:.1f}")
    row_a("  last paint after it", run_a.last_paint)
    row_a("bare iter_scores, same process, no GUI (reference)", bare_s,
          f"view / bare {(run_a.finished or 0) / bare_s:.2f}x; CPU {bare_cpu:.1f} s")
    row_a("scoring finished, run with the probes of (b)", run_b.finished,
          f"view / bare {(run_b.finished or 0) / bare_s:.2f}x")
    print(line)
    print(f"{'(b) while scoring vs idle (baseline), ms':<{w}}"
          f"{'median':>8}{'p95':>8}{'max':>8}   {'ratio med/p95':>14}  verdict (p95, max)")

    def row_b(label: str, during: Sequence[float], base: Sequence[float], target: float) -> None:
        for tag, xs in (("scoring", during), ("idle", base)):
            title = f"{label} — {tag} (n={len(xs)})"
            extra = ""
            if tag == "scoring":
                r_med = med(during) / med(base) if med(base) else float("inf")
                r_p95 = pct(during, 0.95) / pct(base, 0.95) if pct(base, 0.95) else float("inf")
                extra = f"{r_med:>6.1f}x/{r_p95:>5.1f}x"
            v = (f"{verdict(ms(pct(xs, 0.95)), target)}, {verdict(ms(max(xs, default=0)), target)}"
                 f" (target {target:.0f})")
            print(f"  {title:<{w - 2}}{ms(med(xs)):>8.1f}{ms(pct(xs, 0.95)):>8.1f}"
                  f"{ms(max(xs, default=0)):>8.1f}   {extra:>14}  {v}")

    row_b("zero-timer, posted → ran", run_b.ticks, base_ticks, FRAME_MS)
    row_b("tick, due → ran (woken from sleep)", run_b.ticks_due, base_due, FRAME_MS)
    over = sum(ms(t) > FRAME_MS for t in run_b.ticks_due)
    over_base = sum(ms(t) > FRAME_MS for t in base_due)
    print(f"    ticks more than {FRAME_MS:.0f} ms late (due → ran): {over} of "
          f"{len(run_b.ticks_due)} ({100 * over / max(1, len(run_b.ticks_due)):.0f} %) while "
          f"scoring, {over_base} of {len(base_due)} idle; worst: "
          + ", ".join(f"{ms(late):.0f} ms at {at:.1f} s ({rows:,} rows)"
                      for late, at, rows in run_b.worst))
    row_b('"All accounts" repaint asked → painted', [a for a, _ in run_b.table],
          [a for a, _ in base_table], FRAME_MS)
    row_b('  of which the paint itself', [p for _, p in run_b.table],
          [p for _, p in base_table], FRAME_MS)
    row_b("tier grid full repaint asked → painted", [a for a, _, _ in run_b.grid],
          [a for a, _, _ in base_grid], FRAME_MS)
    row_b("  of which the paint itself", [p for _, p, _ in run_b.grid],
          [p for _, p, _ in base_grid], FRAME_MS)
    late = [span for span in run_b.tick_spans if ms(span[1] - span[0]) > FRAME_MS]
    late_total = sum(b - a for a, b in late)
    if late_total:
        shares = {kind: sum(overlap(span, spans) for span in late) / late_total
                  for kind, spans in run_b.busy.items()}
        print(f"    where the late ticks' {late_total:.1f} s of lateness went: "
              + ", ".join(f"{kind} {100 * share:.0f} %" for kind, share in shares.items())
              + f", anything else {100 * (1 - sum(shares.values())):.0f} % (GIL waits, "
              "progress, other events)")
    dots = [d for _, _, d in run_b.grid]
    print(f"    dots plotted at the grid probes: median {med(dots):,.0f} while scoring, "
          f"{med([d for _, _, d in base_grid]):,.0f} idle (the idle grid has more to draw); "
          "the idle ticks are late only behind the probes' own repaints")
    print("  the GUI's own work while scoring (no probes, run (a)):")
    print(f"    slices of {worker_module.SLICE} taken in (PortfolioView._on_batch, with a "
          f"flush when one is due): median {ms(med(run_a.slices)):.2f}, p95 "
          f"{ms(pct(run_a.slices, 0.95)):.1f}, max {ms(max(run_a.slices, default=0)):.1f} ms "
          f"over {len(run_a.slices)} slices, {ms(sum(run_a.slices)) / 1000:.1f} s in all")
    print(f"    model.add_batch (lists merged, totals, grid marked dirty), one per flush of "
          f"at most every {view_module.FLUSH_MS} ms: median {ms(med(run_a.flushes)):.1f}, "
          f"p95 {ms(pct(run_a.flushes, 0.95)):.1f}, max "
          f"{ms(max(run_a.flushes, default=0)):.1f} ms over {len(run_a.flushes)} flushes, "
          f"{ms(sum(run_a.flushes)) / 1000:.1f} s in all")
    full = [b - a for a, b, g in run_a.gc if g == 2]
    print(f"    garbage collections while scoring (either thread; they hold the GIL): "
          f"{len(run_a.gc)}, {ms(sum(b - a for a, b, _ in run_a.gc)) / 1000:.1f} s in all; "
          f"{len(full)} full (generation 2): median {ms(med(full)):.0f}, max "
          f"{ms(max(full, default=0)):.0f} ms")
    gp = [p for p, _ in run_a.grid_paints]
    print(f"    tier grid paints (at most one per 150 ms, after a flush): {len(gp)}, median "
          f"{ms(med(gp)):.1f}, max {ms(max(gp, default=0)):.1f} ms, "
          f"{ms(sum(gp)) / 1000:.1f} s in all")
    print(line)
    print(f"{'(c) after scoring, ms':<{w}}{'median':>8}{'max':>8}{'target':>8}  verdict "
          "(median, max)")

    def row_c(label: str, xs: Sequence[float], target: float, digits: int = 1) -> None:
        print(f"  {label:<{w - 2}}{ms(med(xs)):>8.{digits}f}{ms(max(xs)):>8.{digits}f}"
              f"{target:>8.0f}  {verdict(ms(med(xs)), target)}, {verdict(ms(max(xs)), target)}")

    row_c(f"tier grid full repaint ({n:,} accounts; data changed)", c_full, ACTION_MS)
    row_c("tier grid full repaint, against one frame", c_full, FRAME_MS)
    row_c("  TierGrid._rebuild alone (arrays from the model)", c_rebuild, FRAME_MS)
    row_c("  TierGrid._render alone (everything into the pixmap)", c_render, FRAME_MS)
    row_c("tier grid cached repaint", c_cached, FRAME_MS)
    row_c('"All accounts" repaint (as in the idle baseline)', c_table, FRAME_MS)
    row_c("  the same page from a C++ model (QStandardItemModel)", c_floor, FRAME_MS)
    row_c(f"hover: move + ring painted ({len(c_hover):,}, {hits} on a dot)", c_hover,
          FRAME_MS, 2)
    row_c("hover: lookup only (TierGrid.key_at)", c_lookup, FRAME_MS, 3)
    row_c('sort "All accounts" by Health: click → painted', c_sort, ACTION_MS)
    row_c("  ScoreProxy.sort by Health alone (asc/desc in turn)", c_sort_model, ACTION_MS)
    row_c("  ScoreProxy.sort by Account (names) alone", c_sort_names, ACTION_MS)
    row_c("edit: score_document() of the workspace's document", c_score, ACTION_MS)
    row_c("edit: PortfolioView.update_account()", c_update, ACTION_MS)
    row_c("edit: score_document() + update_account() → painted", c_edit, ACTION_MS)
    row_c("  not in it: AccountService.snapshot() (read + validate)", c_read, ACTION_MS)
    print(line)
    print(f"(d) memory RSS: {rss_before:.0f} MB before scoring, {rss_after:.0f} MB after "
          f"(+{rss_after - rss_before:.0f} MB, {(rss_after - rss_before) * 1024 / n:.1f} kB per "
          f"account); peak {peak_a:.0f} MB up to then; {rss_end:.0f} MB at the end, "
          f"peak {rss_peak:.0f} MB")
    print(line)
    print(f"total benchmark runtime {total_runtime:.0f} s")
    print("=" * width)
    return 0


if __name__ == "__main__":
    sys.exit(main())
