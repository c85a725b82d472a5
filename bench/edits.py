"""Edit benchmark: the real main window, offscreen, on generated accounts of 50, 300 and
1,000 people; each UI action timed until the event loop is idle (issue 13).

Run from the repository root (not part of the pytest suite)::

    python bench/edits.py                       # sizes 50, 300, 1000; 7 rounds each
    python bench/edits.py --quick               # sizes 50, 300; 3 rounds (25-35 s)
    python bench/edits.py --sizes 300 1000 --repeat 15 --import-repeat 5 --rss-edits 50

Per size, an account file written by ``bench/gen_accounts.py`` (people, reporting and
influence lines, interactions and a plan that grow with the account) is imported with
the real importer (``AccountService.read_files`` + ``import_documents``) into a fresh
database (``app.bootstrap.bootstrap`` on a file in a temporary folder), beside the three
demo accounts. A real ``MainWindow`` (1280 x 800) is shown offscreen and, once the
portfolio's background scoring has finished, these actions are timed from the call that
stands for the user's input until the event loop is idle:

(a) stance change in the map's side panel for a selected person
    (``panel.stance.setCurrentIndex``: the combo box's own signal path);
(b) a plan cell: an action's title in the Plan tab's table, set through the table's
    model as the delegate does when the editor closes (``proxy.setData``);
(c) a profile field: the industry typed in the profile form, then Return pressed;
(d) a card drop on the map: mouse press and moves of 47 px on the view's viewport at
    100 % zoom (untimed), then the release (timed), which makes the ``MoveCards`` undo
    command; afterwards the map is fitted again (the view the other actions see: the
    whole map, as when an account is opened);
(e) switching accounts with the Plan tab open: from a demo account to the generated one
    (``MainWindow.select``, as a click in the account list).

Idle means: ``QEventLoop.processEvents()`` (no waiting) is called until two calls in a
row handled nothing, so posted events, zero-timers (the Plan tab hands edits on with
one, item views lay out with one), layout requests and repaints (the offscreen platform
paints into a raster backing store) that the action caused are all inside the time;
timers with a later deadline are not. After each sample the loop runs 100 ms more; the
process CPU used meanwhile ("CPU later") and the paint events delivered ("paints later")
are printed: work deferred past idle would show there. The garbage collector is left as
it is (no ``gc.collect()`` between samples): a collection an edit triggers is the user's
wait too. Each action is checked to have landed, untimed, by reading the account back
with ``AccountService.snapshot`` (not through the window's workspace, whose cache would
then spare the next timed action the read it makes in the app).

The rounds run the five actions in turn (one warm-up round first); each figure is the
median and the p90 (nearest rank) of the rounds. The floor, measured in the same run:
one ``UPDATE`` of one row plus ``COMMIT`` on a file database with the app's settings
(WAL, ``synchronous=NORMAL``), raw ``sqlite3``; each figure is also given as a multiple
of it.

Also: (f) importing the account file (``read_files`` + ``import_documents`` into a
freshly bootstrapped database) against ``json.load`` of the same file plus raw
``sqlite3`` ``executemany`` of its rows (people, lines, interactions, changes, and every
plan entry as a JSON row) into plain tables of a fresh file database, one transaction;
the ratio is the median of per-repeat ratios; (g) RSS (``/proc/self/status``) before and
after 50 edits (the four edits in turn) on the largest account, after ``gc.collect()``.

Targets (issue 13): every edit at most 50 ms at 300 people and 100 ms at 1,000 people
(median); switching accounts at most 100 ms at 300 people; import of 1,000 people at
most 3x the plain load; RSS growth after 50 edits at most 50 MB. Times are printed,
never asserted; the exit status is 0 unless something failed to run.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before PySide6 is imported

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import PySide6  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    QPoint,
    QPointF,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox  # noqa: E402

from app.bootstrap import Services, bootstrap  # noqa: E402
from app.services.demo import demo_documents  # noqa: E402
from app.views.main_window import MainWindow  # noqa: E402
from bench.gen_accounts import write_account  # noqa: E402

SIZES = (50, 300, 1000)
QUICK_SIZES = (50, 300)
WINDOW = (1280, 800)
SETTLE_MS = 100  # the loop runs this long after each sample ("CPU later")
OTHER = "demo-ural"  # the account switched away to before (e)
EDIT_TARGET_MS = {300: 50.0, 1000: 100.0}
SWITCH_TARGET_MS = {300: 100.0}
IMPORT_TARGET = 3.0
IMPORT_TARGET_SIZE = 1000
RSS_TARGET_MB = 50.0
ACTIONS = ("stance", "plan", "profile", "drop", "switch")
TITLES = {
    "stance": "(a) stance change, side panel",
    "plan": "(b) plan cell (action title)",
    "profile": "(c) profile field (industry)",
    "drop": "(d) card drop (MoveCards)",
    "switch": "(e) switch account, Plan tab",
}
EDITS = ("stance", "plan", "profile", "drop")


# =====================================================================================
# Instruments
# =====================================================================================

class Loop:
    """Runs the GUI thread's event loop until idle, or for a while."""

    def __init__(self) -> None:
        self.loop = QEventLoop()

    def idle(self) -> None:
        """Process events until two calls in a row handled nothing (no waiting)."""
        quiet = 0
        while quiet < 2:
            if self.loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
                quiet = 0
            else:
                quiet += 1

    def run_for(self, ms: int) -> None:
        QTimer.singleShot(ms, self.loop.quit)
        self.loop.exec()

    def until(self, done: Callable[[], bool], timeout: float) -> None:
        deadline = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > deadline:
                raise RuntimeError("timed out waiting for the window")
            self.run_for(20)
        self.idle()


class PaintCounter(QObject):
    """Counts paint events anywhere in the application while installed."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def quiet_qt_messages() -> None:
    """The offscreen platform says this on every window shown; the rest still shows."""
    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def pct(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1), nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB."""
    try:
        fields = dict(line.split(":", 1) for line in
                      Path("/proc/self/status").read_text().splitlines() if ":" in line)
        return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)
    except (OSError, KeyError, ValueError):  # not Linux: peak only
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak_mb = peak / 2**20 if sys.platform == "darwin" else peak / 1024
        return peak_mb, peak_mb


def no_dialogs() -> None:
    """A dialog would wait for a click that never comes: fail loudly instead."""
    def refuse(name: str) -> Callable[..., Any]:
        def fail(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError(f"unexpected dialog {name}: {args[1:3]}")
        return fail

    for name in ("question", "information", "warning", "critical", "about", "exec", "open"):
        setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    QInputDialog.getText = refuse("QInputDialog.getText")  # type: ignore[method-assign]


# =====================================================================================
# The floor: one row, raw sqlite3
# =====================================================================================

class Floor:
    """``UPDATE`` one row + ``COMMIT`` on a file database with the app's pragmas."""

    def __init__(self, folder: Path) -> None:
        self.con = sqlite3.connect(folder / "floor.sqlite", isolation_level=None)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=NORMAL")
        self.con.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, "
                         "stance TEXT, x REAL, y REAL)")
        self.con.execute("BEGIN")
        self.con.executemany("INSERT INTO person VALUES (?, ?, ?, ?, ?)",
                             [(i, f"Person {i}", "neutral", 0.0, 0.0) for i in range(1000)])
        self.con.execute("COMMIT")
        self.samples: list[float] = []
        self._n = 0

    def sample(self, count: int = 5) -> None:
        for _ in range(count):
            self._n += 1
            start = time.perf_counter()
            self.con.execute("BEGIN")
            self.con.execute("UPDATE person SET stance = ? WHERE id = ?",
                             ("supporter" if self._n % 2 else "skeptic", self._n % 1000))
            self.con.execute("COMMIT")
            self.samples.append(time.perf_counter() - start)

    def median(self) -> float:
        return statistics.median(self.samples)

    def close(self) -> None:
        self.con.close()


# =====================================================================================
# (f) import against json.load + executemany
# =====================================================================================

_PLAIN_SCHEMA = """
CREATE TABLE account (id INTEGER PRIMARY KEY, key TEXT UNIQUE, name TEXT, body TEXT);
CREATE TABLE person (account INTEGER, sid TEXT, name TEXT, title TEXT, department TEXT,
    role TEXT, stance TEXT, influence INTEGER, relationship INTEGER, reports_to TEXT,
    our_owner TEXT, last_contact TEXT, notes TEXT, PRIMARY KEY (account, sid));
CREATE TABLE line (account INTEGER, source TEXT, target TEXT, strength INTEGER, kind TEXT,
    note TEXT);
CREATE TABLE interaction (account INTEGER, date TEXT, stakeholder TEXT, channel TEXT,
    summary TEXT, participants TEXT);
CREATE TABLE change (account INTEGER, date TEXT, stakeholder TEXT, field TEXT, old TEXT,
    new TEXT, note TEXT);
CREATE TABLE plan (account INTEGER, section TEXT, eid TEXT, title TEXT, body TEXT);
"""
_PERSON = ("id", "name", "title", "department", "role", "stance", "influence",
           "relationship", "reports_to", "our_owner", "last_contact", "notes")
_PLAN = ("team", "insights", "objectives", "revenue_plan", "risks", "actions", "reviews",
         "kpis", "stage_history", "stage_evidence")


def plain_database(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.executescript(_PLAIN_SCHEMA)
    return con


def plain_import(con: sqlite3.Connection, file: Path) -> int:
    """json.load + executemany of the file's rows in one transaction; rows written."""
    with file.open(encoding="utf-8") as f:
        raw = json.load(f)
    account = raw["account"]
    con.execute("BEGIN")
    cur = con.execute("INSERT INTO account (key, name, body) VALUES (?, ?, ?)",
                      (account["id"], account["name"], json.dumps(account)))
    pk = cur.lastrowid
    people = [(pk, *(s.get(k) for k in _PERSON)) for s in raw.get("stakeholders", [])]
    con.executemany(f"INSERT INTO person VALUES ({', '.join('?' * (len(_PERSON) + 1))})",
                    people)
    lines = [(pk, x["source"], x["target"], x.get("strength"), x.get("kind"), x.get("note"))
             for x in raw.get("influences", [])]
    con.executemany("INSERT INTO line VALUES (?, ?, ?, ?, ?, ?)", lines)
    talks = [(pk, x["date"], x.get("stakeholder"), x.get("channel"), x.get("summary"),
              json.dumps(x.get("participants", []))) for x in raw.get("interactions", [])]
    con.executemany("INSERT INTO interaction VALUES (?, ?, ?, ?, ?, ?)", talks)
    changes = [(pk, x["date"], x["stakeholder"], x["field"], x.get("old"), x.get("new"),
                x.get("note")) for x in raw.get("stakeholder_history", [])]
    con.executemany("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?, ?)", changes)
    plan = [(pk, section, x.get("id"), x.get("title") or x.get("name") or x.get("text"),
             json.dumps(x)) for section in _PLAN for x in raw.get(section, [])]
    plan += [(pk, "whitespace", None, None, json.dumps(c))
             for c in (raw.get("whitespace") or {}).get("cells", [])]
    con.executemany("INSERT INTO plan VALUES (?, ?, ?, ?, ?)", plan)
    con.execute("COMMIT")
    return 1 + len(people) + len(lines) + len(talks) + len(changes) + len(plan)


@dataclass
class ImportFigures:
    app: list[float] = field(default_factory=list)
    plain: list[float] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)
    rows: int = 0


def time_import(file: Path, repeat: int, folder: Path) -> ImportFigures:
    """App import vs plain load, alternating, each into a fresh database file."""
    figures = ImportFigures()
    for i in range(repeat + 1):  # the first pair is a warm-up
        target = folder / f"import-{i}"
        target.mkdir()
        services = bootstrap(str(target / "rapport.sqlite"))
        con = plain_database(target / "plain.sqlite")
        try:
            gc.collect()
            start = time.perf_counter()
            docs = services.accounts.read_files([file])
            services.accounts.import_documents(docs)
            app = time.perf_counter() - start
            gc.collect()
            start = time.perf_counter()
            rows = plain_import(con, file)
            plain = time.perf_counter() - start
        finally:
            services.close()
            con.close()
        if i:
            figures.app.append(app)
            figures.plain.append(plain)
            figures.ratios.append(app / plain)
            figures.rows = rows
    return figures


# =====================================================================================
# The window and its actions
# =====================================================================================

class Session:
    """A shown MainWindow on a database holding the generated account and the demo."""

    def __init__(self, loop: Loop, folder: Path, file: Path) -> None:
        self.loop = loop
        self.services: Services = bootstrap(str(folder / "rapport.sqlite"))
        (doc,) = self.services.accounts.read_files([file])
        self.services.accounts.import_documents([doc, *demo_documents()])
        self.key = doc.account.id
        self.doc_counts = (len(doc.stakeholders), len(doc.influences),
                           sum(1 for s in doc.stakeholders if s.reports_to),
                           len(doc.interactions),
                           sum(len(getattr(doc, s)) for s in
                               ("team", "objectives", "risks", "actions", "reviews", "kpis")))
        # people with lines, spread over the file
        ids = [s.id for s in doc.stakeholders if s.reports_to]
        self.people = ids[:: max(1, len(ids) // 23)][:23]
        settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
        self.w = MainWindow(self.services, settings)
        self.w.resize(*WINDOW)
        self.w.show()
        self.loop.idle()
        self.loop.until(lambda: not self.w.portfolio.is_scoring(), timeout=300)
        self.w.select(self.key)
        self.loop.idle()
        if self.w.current_key != self.key:
            raise RuntimeError(f"the generated account {self.key} did not open")
        self.n = 0

    def close(self) -> None:
        self.w.close()
        self.loop.idle()
        self.w.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.services.close()

    # -- helpers ---------------------------------------------------------------------
    def timed(self, action: Callable[[], object]) -> float:
        start = time.perf_counter()
        action()
        self.loop.idle()
        return time.perf_counter() - start

    def tab(self, widget: Any) -> None:
        if self.w.tabs.currentWidget() is not widget:
            self.w.tabs.setCurrentWidget(widget)
            self.loop.idle()

    def stored(self) -> Any:
        """The account as saved, read past the workspace's cache (filling that cache
        would spare the next timed action the read it makes in the app)."""
        return self.services.accounts.snapshot(self.key)

    def person(self) -> str:
        self.n += 1
        return self.people[self.n % len(self.people)]

    # -- the actions: untimed preparation, the timed input, a check that it landed ---
    def stance(self) -> float:
        w = self.w
        self.tab(w.map)
        sid = self.person()
        if w.map.scene.selected_ids() != [sid]:
            w.map.scene.select_people([sid])
            self.loop.idle()
        panel = w.map.panel
        new = "supporter" if panel.stance.currentData() != "supporter" else "skeptic"
        seconds = self.timed(lambda: panel.stance.setCurrentIndex(panel.stance.findData(new)))
        stance = next(s.stance for s in self.stored().stakeholders if s.id == sid)
        if stance != new:
            raise RuntimeError(f"stance of {sid} not saved: {stance} != {new}")
        return seconds

    def plan(self) -> float:
        w = self.w
        self.tab(w.plan)
        page = w.plan.sections["actions"]
        if w.plan.pages.currentWidget() is not page:
            w.plan.pages.setCurrentWidget(page)
            self.loop.idle()
        col = next(i for i, c in enumerate(page.model.columns) if c.field == "title")
        self.n += 1
        row = (7 * self.n) % page.proxy.rowCount()
        title = f"Action edited {self.n}: call back"
        seconds = self.timed(lambda: page.proxy.setData(page.view_index(row, col), title,
                                                        Qt.ItemDataRole.EditRole))
        if not any(a.title == title for a in self.stored().actions):
            raise RuntimeError(f"plan cell not saved: {title}")
        return seconds

    def profile(self) -> float:
        w = self.w
        self.tab(w.profile)
        self.n += 1
        industry = f"Industry {self.n}"
        edit = w.profile.industry
        edit.setFocus()
        edit.setText(industry)
        self.loop.idle()
        seconds = self.timed(lambda: QTest.keyClick(edit, Qt.Key.Key_Return))
        edit.clearFocus()  # a blinking cursor would repaint the form in "paints later"
        self.loop.idle()
        if self.stored().account.industry != industry:
            raise RuntimeError(f"industry not saved: {self.stored().account.industry}")
        return seconds

    def drop(self) -> float:
        w = self.w
        self.tab(w.map)
        sid = self.person()
        view, card = w.map.view, w.map.scene.cards[sid]
        # at 100 %: fitted, a card of a large map is a few pixels wide (1 % at 1,000
        # people); the user zooms in (as with the wheel: the view stops fitting itself)
        view.zoom_by(1.0 / view.zoom())
        self.loop.idle()
        view.centerOn(card)
        self.loop.idle()
        start = view.mapFromScene(card.scene_card_rect().center())
        step = QPoint(40, 25) if self.n % 2 else QPoint(-40, -25)
        self.mouse(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
        # the card the press landed on (a wide manager's reports are stacked, overlapping)
        grabbed = w.map.scene.mouseGrabberItem()
        if grabbed is None or getattr(grabbed, "sid", None) not in w.map.scene.cards:
            raise RuntimeError(f"the press on {sid} did not grab a card: {grabbed}")
        card = w.map.scene.cards[grabbed.sid]  # type: ignore[attr-defined]
        sid = card.sid
        before = (card.pos().x(), card.pos().y())
        for k in range(1, 6):
            self.mouse(QEvent.Type.MouseMove, start + step * (k / 5), Qt.MouseButton.LeftButton)
        self.loop.idle()
        end = start + step
        seconds = self.timed(lambda: self.mouse(QEvent.Type.MouseButtonRelease, end,
                                                Qt.MouseButton.NoButton))
        after = (card.pos().x(), card.pos().y())
        view.fit_when_shown()  # the whole map again, as after opening the account
        self.loop.idle()
        saved = next(s.position for s in self.stored().stakeholders if s.id == sid)
        if after == before or saved is None or (saved.x, saved.y) != after:
            raise RuntimeError(f"card {sid} not moved and saved: {before} {after} {saved}")
        return seconds

    def mouse(self, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
        viewport = self.w.map.view.viewport()
        local = QPointF(pos)
        event = QMouseEvent(kind, local, viewport.mapToGlobal(local), Qt.MouseButton.LeftButton,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    def switch(self) -> float:
        w = self.w
        self.tab(w.plan)
        w.select(OTHER)
        self.loop.idle()
        seconds = self.timed(lambda: w.select(self.key))
        if w.current_key != self.key or w.tabs.currentWidget() is not w.plan:
            raise RuntimeError("the switch did not land on the generated account's Plan tab")
        return seconds

    def action(self, name: str) -> Callable[[], float]:
        fn: Callable[[], float] = getattr(self, name)
        return fn


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    later_cpu: list[float] = field(default_factory=list)
    later_paints: int = 0


def measure_size(loop: Loop, n: int, folder: Path, rounds: int, floor: Floor,
                 rss_edits: int) -> tuple[dict[str, Sample], tuple[int, ...],
                                          tuple[float, float, float, int] | None]:
    file = write_account(folder / f"bench-{n}.json", n)
    session = Session(loop, folder, file)
    samples = {name: Sample() for name in ACTIONS}
    paints = PaintCounter()
    app = QApplication.instance()
    assert app is not None
    try:
        for r in range(rounds + 1):  # round 0 warms up
            for name in ACTIONS:
                seconds = session.action(name)()
                cpu = time.process_time()
                app.installEventFilter(paints)
                paints.count = 0
                loop.run_for(SETTLE_MS)
                loop.idle()
                app.removeEventFilter(paints)
                later = time.process_time() - cpu
                if r:
                    samples[name].seconds.append(seconds)
                    samples[name].later_cpu.append(later)
                    samples[name].later_paints += paints.count
            floor.sample()
        rss = None
        if rss_edits:
            gc.collect()
            before, _ = rss_mb()
            stack_before = session.w.undo_stack.count()
            for i in range(rss_edits):
                session.action(EDITS[i % len(EDITS)])()
            loop.idle()
            gc.collect()
            after, peak = rss_mb()
            rss = (before, after, peak, session.w.undo_stack.count() - stack_before)
        return samples, session.doc_counts, rss
    finally:
        session.close()


# =====================================================================================
# Report
# =====================================================================================

def table(header: Sequence[str], rows: Sequence[Sequence[str]], left: int = 1) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("    " + "  ".join(c.ljust(w) if i < left else c.rjust(w)
                                  for i, (c, w) in enumerate(zip(r, widths, strict=True))))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="sizes 50 300, 3 rounds, 2 import repeats, 12 edits for RSS")
    parser.add_argument("--sizes", type=int, nargs="+", default=None,
                        help="people per generated account (default 50 300 1000)")
    parser.add_argument("--repeat", type=int, default=None,
                        help="timed rounds of the five actions per size, after a warm-up "
                             "round (default 7; 3 with --quick)")
    parser.add_argument("--import-repeat", type=int, default=None,
                        help="timed imports per size, after a warm-up (default 5; 2 quick)")
    parser.add_argument("--rss-edits", type=int, default=None,
                        help="edits on the largest account for the RSS figure "
                             "(default 50; 12 with --quick; 0: skip)")
    args = parser.parse_args(argv)
    sizes: list[int] = args.sizes or list(QUICK_SIZES if args.quick else SIZES)
    rounds = max(1, args.repeat or (3 if args.quick else 7))
    import_repeat = max(1, args.import_repeat or (2 if args.quick else 5))
    rss_edits = args.rss_edits if args.rss_edits is not None else (12 if args.quick else 50)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Rapport-bench")  # QSettings are given a file anyway
    no_dialogs()
    quiet_qt_messages()
    loop = Loop()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, SQLite "
          f"{sqlite3.sqlite_version}, {os.cpu_count()} CPUs, load {load:.2f}; "
          f"{os.environ.get('QT_QPA_PLATFORM')} platform, window {WINDOW[0]}x{WINDOW[1]}")
    print(f"Sizes {', '.join(map(str, sizes))}; {rounds} rounds of the five actions after a "
          f"warm-up round; {import_repeat} imports per size; RSS after {rss_edits} edits")

    results: dict[int, dict[str, Sample]] = {}
    counts: dict[int, tuple[int, ...]] = {}
    imports: dict[int, ImportFigures] = {}
    rss: tuple[float, float, float, int] | None = None
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rapport-edits-bench-") as tmp:
        folder = Path(tmp)
        floor = Floor(folder)
        floor.sample(20)
        for n in sizes:
            sub = folder / f"size-{n}"
            sub.mkdir()
            largest = n == max(sizes)
            results[n], counts[n], size_rss = measure_size(
                loop, n, sub, rounds, floor, rss_edits if largest else 0)
            if size_rss is not None:
                rss = size_rss
            imports[n] = time_import(sub / f"bench-{n}.json", import_repeat, sub)
            print(f"    ... {n} people done ({time.perf_counter() - started:.0f} s)",
                  flush=True)
        floor.close()
    base = floor.median()

    print("\nAccounts (bench/gen_accounts.py; plus the three demo accounts):")
    table(["people", "influence lines", "reporting lines", "interactions", "plan entries"],
          [[str(n), *(f"{c:,}" for c in counts[n][1:])] for n in sizes], left=0)

    print(f"\nFloor: UPDATE one row + COMMIT, raw sqlite3, WAL, synchronous=NORMAL: median "
          f"{base * 1000:.3f} ms, p90 {pct(floor.samples, 0.9) * 1000:.3f} ms "
          f"({len(floor.samples)} samples)")

    print(f"\n(a)-(e) UI action until the event loop is idle, ms: median and p90 of {rounds} "
          f"rounds; x floor = median / floor median; CPU later = process CPU in the "
          f"{SETTLE_MS} ms after idle (median), paints later = paint events in them (all rounds)")
    rows = []
    for name in ACTIONS:
        for n in sizes:
            s = results[n][name]
            med = statistics.median(s.seconds)
            rows.append([TITLES[name] if n == sizes[0] else "", f"{n:,}",
                         f"{med * 1000:.1f}", f"{pct(s.seconds, 0.9) * 1000:.1f}",
                         f"{med / base:,.0f}x",
                         f"{statistics.median(s.later_cpu) * 1000:.1f}",
                         str(s.later_paints)])
    table(["action", "people", "median", "p90", "x floor", "CPU later", "paints later"], rows)

    print(f"\n(f) import of the account file vs json.load + executemany of the same rows "
          f"(median of {import_repeat}, after a warm-up)")
    table(["people", "rows", "import ms", "plain ms", "ratio"],
          [[f"{n:,}", f"{imports[n].rows:,}", f"{statistics.median(imports[n].app) * 1000:.0f}",
            f"{statistics.median(imports[n].plain) * 1000:.1f}",
            f"{statistics.median(imports[n].ratios):.1f}x"] for n in sizes], left=0)

    if rss is not None:
        before, after, peak, pushed = rss
        print(f"\n(g) RSS, {max(sizes):,} people, {rss_edits} edits (stance, plan cell, "
              f"profile, card drop in turn; {pushed} undo steps added): {before:.0f} MB -> "
              f"{after:.0f} MB, +{after - before:.0f} MB "
              f"({(after - before) / max(1, rss_edits):.2f} MB per edit); peak {peak:.0f} MB")

    print("\nTargets (issue 13):")
    verdicts: list[tuple[bool, str]] = []
    for n, limit in EDIT_TARGET_MS.items():
        if n in results:
            for name in EDITS:
                med = statistics.median(results[n][name].seconds) * 1000
                verdicts.append((med <= limit, f"{TITLES[name][4:]} at {n:,} people: "
                                               f"{med:.0f} ms (<= {limit:.0f} ms)"))
    for n, limit in SWITCH_TARGET_MS.items():
        if n in results:
            med = statistics.median(results[n]["switch"].seconds) * 1000
            verdicts.append((med <= limit, f"switching accounts at {n:,} people: {med:.0f} ms "
                                           f"(<= {limit:.0f} ms)"))
    if IMPORT_TARGET_SIZE in imports:
        ratio = statistics.median(imports[IMPORT_TARGET_SIZE].ratios)
        verdicts.append((ratio <= IMPORT_TARGET, f"import of {IMPORT_TARGET_SIZE:,} people: "
                                                 f"{ratio:.1f}x the plain load "
                                                 f"(<= {IMPORT_TARGET:.0f}x)"))
    if rss is not None and max(sizes) >= 1000:
        growth = rss[1] - rss[0]
        verdicts.append((growth <= RSS_TARGET_MB * rss_edits / 50,
                         f"RSS after {rss_edits} edits at {max(sizes):,} people: "
                         f"+{growth:.0f} MB (<= {RSS_TARGET_MB * rss_edits / 50:.0f} MB)"))
    for met, text in verdicts:
        print(f"    {'met    ' if met else 'NOT MET'}  {text}")
    if not verdicts:
        print("    (none at these sizes: the targets are for 300 and 1,000 people)")
    print(f"\nTotal {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
