"""Start-up benchmark: the app started to an idle, shown main window against a bare
PySide6 window, and the command line's ``list`` and ``--help``, in fresh processes.

Run from the repository root (not part of the pytest suite)::

    python bench/startup.py                 # 7 rounds
    python bench/startup.py --quick         # 3 rounds, ~20 s
    python bench/startup.py --repeat 11 --top 25

A database with the demo data is made first (``main.py --db X demo``, untimed). Each
round then starts, in fresh processes and in turn (the order rotates from round to
round, because the speed of a shared machine drifts), with ``QT_QPA_PLATFORM=offscreen``
and the configuration, data, state and cache folders (``XDG_*``) in a temporary folder,
so the user's settings and logs are neither read nor written:

- **bare window**: ``python -c`` making a ``QApplication`` and a ``QMainWindow`` of
  1280 x 800, ``show()``, then the event loop until idle;
- **app start**: ``python -c`` running ``app.cli.main(["--db", X])`` (the way
  ``main.py`` does) with ``QApplication.exec`` replaced, from the benchmark side, by:
  run the event loop until idle (``QEventLoop.processEvents`` until two calls in a row
  handle nothing), print a marker; then run it until the window has loaded its
  database (``MainWindow.is_loaded()``: the list, and the account looked at last) and is
  idle again, print a second marker; then until the portfolio overview's background
  scoring has finished and the loop is idle again, print a third marker and return 0.
  The app's code is not changed. Timed from starting the process to each marker as the
  parent reads it: *shown and idle*, *loaded* and *overview scored*. The app shows its
  window before its database is open and fills it when it is (issue 13: "show the
  window first, load behind it"): *shown* is the window with the overview or the
  account saying so, *loaded* the list and the account on screen. (Before that change
  the window showed loaded: the three markers then come one after the other; a window
  without ``is_loaded`` counts as loaded.) Two variants: a first start (no settings:
  the portfolio overview is shown) and a start that reopens the account looked at last
  (``window/lastAccount=demo-huadong`` in the settings file), checked once loaded;
- ``main.py --db X list`` and ``main.py --help``: wall time of the whole process;
- ``python -c pass``: the interpreter's start, as the floor.

Figures are the medians of the rounds; the ratios are of medians. Finally one more app
start runs with ``python -X importtime`` and the top modules by cumulative import time
are printed, and the packages by their own import time summed, each with the app module
that first imported it (what to make lazy).

Targets (issue 13): app start to an idle window at most 4x a bare PySide6 window
(measured side by side in one run); ``main.py list`` at most 0.3 s on the demo
database. Times are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAIN = ROOT / "main.py"
LAST_ACCOUNT = "demo-huadong"
APP_TARGET = 4.0
LIST_TARGET_S = 0.3
TIMEOUT_S = 120.0

#: the event loop until idle; shared by both window scripts
_IDLE = """
from PySide6.QtCore import QEventLoop
def _idle():
    loop, quiet = QEventLoop(), 0
    while quiet < 2:
        quiet = 0 if loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents) else quiet + 1
"""

BARE = _IDLE + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 800)
w.show()
_idle()
print("IDLE", flush=True)
print("DONE", flush=True)
"""

APP = """
import sys, time
sys.path.insert(0, {root!r})
""" + _IDLE + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def _exec(self):
    _idle()
    print("IDLE", flush=True)
    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "portfolio")]
    if not windows or not windows[0].isVisible():
        print("NO WINDOW", flush=True)
        return 1
    window = windows[0]
    loaded = getattr(window, "is_loaded", lambda: True)
    deadline = time.monotonic() + 100
    loop = QEventLoop()
    wake = QTimer()  # the deadline is looked at even if nothing happens
    wake.start(200)
    while not loaded() and window.isVisible() and time.monotonic() < deadline:
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    _idle()
    print("LOADED", flush=True)
    print("KEY", window.current_key, flush=True)
    while window.portfolio.is_scoring() and time.monotonic() < deadline:
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    wake.stop()
    _idle()
    if not loaded() or window.portfolio.is_scoring():
        print("TIMEOUT", flush=True)
        return 1
    print("DONE", flush=True)
    return 0

QApplication.exec = _exec
from app.cli import main
sys.exit(main(["--db", {db!r}]))
"""


@dataclass
class Marks:
    idle: float
    done: float
    key: str = ""  # the account open at start (app only)
    loaded: float = 0.0  # the database's content on screen (app only; bare: = idle)


def environment(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        path = folder / name.lower()
        path.mkdir(exist_ok=True)
        env[f"XDG_{name}_HOME"] = str(path)
    env.pop("RAPPORT_DB", None)
    env.pop("PYTHONSTARTUP", None)
    return env


def run_window(script: str, env: dict[str, str], args: Sequence[str] = ()) -> Marks:
    """Start ``python [args] -c script``; seconds from the start to each marker."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, text=True, cwd=ROOT)
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    key = ""
    for line in proc.stdout:
        word = line.strip()
        if word.startswith("KEY "):
            key = word[4:]
            continue
        marks.setdefault(word, time.perf_counter() - start)
        if word in ("DONE", "NO WINDOW", "TIMEOUT"):
            break
    try:
        _out, err = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    if "IDLE" not in marks or "DONE" not in marks or proc.returncode != 0:
        raise RuntimeError(f"the window did not come up (exit {proc.returncode}, "
                           f"markers {sorted(marks)}):\n{err[-3000:]}")
    return Marks(marks["IDLE"], marks["DONE"], key, marks.get("LOADED", marks["IDLE"]))


def run_command(argv: Sequence[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, *argv], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=TIMEOUT_S)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{argv} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return seconds


def opened(marks: Marks, expected: str) -> Marks:
    if marks.key != expected:
        raise RuntimeError(f"the app opened {marks.key!r} at start, not {expected!r}")
    return marks


def settings_file(env: dict[str, str]) -> Path:
    """Where QSettings() keeps organisation Rapport, application Rapport, on Linux."""
    return Path(env["XDG_CONFIG_HOME"]) / "Rapport" / "Rapport.conf"


# =====================================================================================
# -X importtime
# =====================================================================================

_IMPORT_LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


@dataclass
class Imported:
    name: str
    self_us: int
    cumulative_us: int
    depth: int
    parent: int | None = None  # index of the importing line


def parse_importtime(text: str) -> list[Imported]:
    """``-X importtime`` lines, with each module's importer (the output is post-order:
    a module's line follows those of what it imported, one level deeper)."""
    rows: list[Imported] = []
    for line in text.splitlines():
        m = _IMPORT_LINE.match(line)
        if m:
            rows.append(Imported(m.group(4), int(m.group(1)), int(m.group(2)),
                                 (len(m.group(3)) - 1) // 2))
    open_children: dict[int, list[int]] = {}  # depth -> lines waiting for their parent
    for i, row in enumerate(rows):
        for child in open_children.pop(row.depth + 1, []):
            rows[child].parent = i
        open_children.setdefault(row.depth, []).append(i)
    return rows


def first_app_importer(rows: list[Imported], i: int) -> str:
    j = rows[i].parent
    while j is not None:
        if rows[j].name.split(".")[0] in ("app", "main"):
            return rows[j].name
        j = rows[j].parent
    return "-"


def import_report(env: dict[str, str], db: Path, top: int) -> None:
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c",
                           APP.format(root=str(ROOT), db=str(db))],
                          capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=TIMEOUT_S)
    rows = parse_importtime(proc.stderr)
    if not rows:
        print("    (no -X importtime output)")
        return
    total = sum(r.self_us for r in rows)
    print(f"\n-X importtime of an app start: {len(rows):,} modules, {total / 1000:,.0f} ms "
          f"of import time in all (one run, with the overhead of -X importtime; what the "
          f"thread that opens the database imports shows as imported by \"(top)\")")
    print(f"\n    Top {top} modules by cumulative import time (a package includes what it "
          f"imports; nested entries overlap):")
    ranked: list[int] = []
    for i in sorted(range(len(rows)), key=lambda i: rows[i].cumulative_us, reverse=True):
        # a package imported through one of its own modules is listed twice: once is enough
        if all(rows[j].name != rows[i].name for j in ranked):
            ranked.append(i)
        if len(ranked) == top:
            break

    def importer(i: int) -> str:
        parent = rows[i].parent
        return rows[parent].name if parent is not None else "(top)"

    table(["module", "cumulative ms", "self ms", "imported by"],
          [[rows[i].name, f"{rows[i].cumulative_us / 1000:.1f}", f"{rows[i].self_us / 1000:.1f}",
            importer(i)] for i in ranked])
    stdlib = set(sys.stdlib_module_names)
    packages: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, row in enumerate(rows):
        root = row.name.split(".")[0]
        packages[root] = packages.get(root, 0) + row.self_us
        first.setdefault(root, i)
    print(f"\n    Top {top} packages by their modules' own import time, summed (stdlib "
          "marked), and the app module that first imported each:")
    ranked_packages = sorted(packages, key=packages.__getitem__, reverse=True)[:top]
    table(["package", "ms", "modules", "first imported by"],
          [[p + (" (stdlib)" if p in stdlib else ""), f"{packages[p] / 1000:.1f}",
            str(sum(1 for r in rows if r.name.split('.')[0] == p)),
            first_app_importer(rows, first[p]) if p not in ("app", "main") else "-"]
           for p in ranked_packages])
    own = sorted((r for r in rows if r.name.split(".")[0] == "app"), key=lambda r: r.self_us,
                 reverse=True)[:top]
    print(f"\n    Top {top} of the app's own modules by their own import time (pydantic "
          "models and Qt classes are built when their module runs):")
    table(["module", "self ms"], [[r.name, f"{r.self_us / 1000:.1f}"] for r in own])


# =====================================================================================
# Report
# =====================================================================================

def table(header: Sequence[str], rows: Sequence[Sequence[str]], left: int = 1) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("    " + "  ".join(c.ljust(w) if i < left else c.rjust(w)
                                  for i, (c, w) in enumerate(zip(r, widths, strict=True))))


def report(marks: dict[str, list[Marks]], times: dict[str, list[float]], rounds: int) -> None:
    def med_idle(name: str) -> float:
        return statistics.median(m.idle for m in marks[name])

    def med_done(name: str) -> float:
        return statistics.median(m.done for m in marks[name])

    def med_loaded(name: str) -> float:
        return statistics.median(m.loaded for m in marks[name])

    bare = med_idle("bare")
    floor = statistics.median(times["pass"])
    print(f"\nStart to an idle window (median of {rounds}; seconds from starting the process)")
    rows = [["bare PySide6 window (QApplication + QMainWindow)", f"{bare:.3f}", "", "",
             "1.0x", "", ""]]
    for name, text in (("first", "app, first start (portfolio overview)"),
                       ("last", f"app, reopening the last account ({LAST_ACCOUNT})")):
        rows.append([text, f"{med_idle(name):.3f}", f"{med_loaded(name):.3f}",
                     f"{med_done(name):.3f}", f"{med_idle(name) / bare:.1f}x",
                     f"{med_loaded(name) / bare:.1f}x", f"{med_done(name) / bare:.1f}x"])
    table(["", "shown, idle s", "loaded, idle s", "scored, idle s", "x bare",
           "x bare (loaded)", "x bare (scored)"], rows)
    print(f"\nCommands (wall time of the process, median of {rounds})")
    rows = [["python -c pass", f"{floor:.3f}", "1.0x"]]
    for name, text in (("help", "main.py --help"), ("list", "main.py list (demo database)")):
        seconds = statistics.median(times[name])
        rows.append([text, f"{seconds:.3f}", f"{seconds / floor:.1f}x"])
    table(["", "seconds", "x python -c pass"], rows)
    print("\nTargets (issue 13):")
    worst = max(med_idle("first"), med_idle("last")) / bare
    worst_loaded = max(med_loaded("first"), med_loaded("last")) / bare
    listed = statistics.median(times["list"])
    verdicts = [(worst <= APP_TARGET, f"app start to an idle window: {worst:.1f}x a bare window, "
                                      f"the slower variant (<= {APP_TARGET:.0f}x); its "
                                      f"database loaded: {worst_loaded:.1f}x"),
                (listed <= LIST_TARGET_S, f"main.py list: {listed:.2f} s (<= {LIST_TARGET_S} s)")]
    for met, text in verdicts:
        print(f"    {'met    ' if met else 'NOT MET'}  {text}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 rounds instead of 7")
    parser.add_argument("--repeat", type=int, default=None,
                        help="rounds (default 7; 3 with --quick)")
    parser.add_argument("--top", type=int, default=15,
                        help="modules and packages listed from -X importtime (default 15)")
    args = parser.parse_args(argv)
    rounds = max(1, args.repeat or (3 if args.quick else 7))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Python {platform.python_version()} ({sys.executable}), {os.cpu_count()} CPUs, "
          f"load {load:.2f}; {rounds} rounds, fresh processes, offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rapport-startup-bench-") as tmp:
        folder = Path(tmp)
        env = environment(folder)
        db = folder / "demo.sqlite"
        run_command([str(MAIN), "--db", str(db), "demo"], env)
        app_script = APP.format(root=str(ROOT), db=str(db))
        conf = settings_file(env)

        def app_first() -> Marks:
            conf.unlink(missing_ok=True)
            return opened(run_window(app_script, env), "None")

        def app_last() -> Marks:
            conf.parent.mkdir(parents=True, exist_ok=True)
            conf.write_text(f"[window]\nlastAccount={LAST_ACCOUNT}\n", encoding="utf-8")
            return opened(run_window(app_script, env), LAST_ACCOUNT)

        windows = {"bare": lambda: run_window(BARE, env), "first": app_first,
                   "last": app_last}
        commands = {"list": [str(MAIN), "--db", str(db), "list"],
                    "help": [str(MAIN), "--help"], "pass": ["-c", "pass"]}
        marks: dict[str, list[Marks]] = {k: [] for k in windows}
        times: dict[str, list[float]] = {k: [] for k in commands}
        names = [*windows, *commands]
        for name in names:  # a warm-up: the OS page cache, .pyc files
            if name in windows:
                windows[name]()
            else:
                run_command(commands[name], env)
        for r in range(rounds):
            for name in names[r % len(names):] + names[:r % len(names)]:
                if name in windows:
                    marks[name].append(windows[name]())
                else:
                    times[name].append(run_command(commands[name], env))

        report(marks, times, rounds)
        import_report(env, db, args.top)
    print(f"\nTotal {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
