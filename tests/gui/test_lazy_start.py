"""Start-up (issue 13): the app imports what its first screen needs, the rest on first use.
A fresh interpreter starts the app as ``main.py`` does (``QApplication.exec`` replaced by
"run until idle, let the overview finish scoring"), then reports ``sys.modules``. No
timing: bench/startup.py measures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.bootstrap import bootstrap
from app.services.demo import demo_documents

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
#: never needed to show the first screen: PDF export, calendar export, migrations
NOT_AT_START = ("reportlab", "icalendar", "alembic", "mako", "pygments")

_START = """
import json, sys, time
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

def _idle():
    loop, quiet = QEventLoop(), 0
    while quiet < 2:
        quiet = 0 if loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents) else quiet + 1

def _exec(self):
    _idle()
    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "portfolio")]
    deadline = time.monotonic() + 60
    while windows and windows[0].portfolio.is_scoring() and time.monotonic() < deadline:
        QEventLoop().processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    _idle()
    print(json.dumps({"shown": bool(windows) and windows[0].isVisible(),
                      "key": windows[0].current_key if windows else None,
                      "loaded": sorted({m.split(".")[0] for m in sys.modules})}))
    return 0

QApplication.exec = _exec
from app.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def start(db: Path, home: Path,
          last_account: str | None = None) -> tuple[bool, str | None, set[str]]:
    """Start the app on ``db``: (window shown, account open, top-level packages loaded)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RAPPORT_DB", None)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        (home / name.lower()).mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    if last_account is not None:
        conf = home / "config" / "Rapport" / "Rapport.conf"
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_text(f"[window]\nlastAccount={last_account}\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", _START, str(db)], capture_output=True,
                            text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    return bool(report["shown"]), report["key"], set(report["loaded"])


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    services = bootstrap(str(db_path))
    services.accounts.import_documents(demo_documents())
    services.close()
    return db_path


def test_a_first_start_loads_no_graph_pdf_calendar_or_migration_code(
        demo_db: Path, tmp_path: Path) -> None:
    shown, key, loaded = start(demo_db, tmp_path / "home")
    assert shown and key is None  # the portfolio overview
    assert "sqlalchemy" in loaded and "PySide6" in loaded
    late = {"networkx", *NOT_AT_START}
    assert loaded.isdisjoint(late), sorted(loaded & late)


def test_reopening_an_account_loads_no_pdf_calendar_or_migration_code(
        demo_db: Path, tmp_path: Path) -> None:
    shown, key, loaded = start(demo_db, tmp_path / "home", last_account="demo-huadong")
    assert shown and key == "demo-huadong"
    assert loaded.isdisjoint(NOT_AT_START), sorted(loaded & set(NOT_AT_START))
