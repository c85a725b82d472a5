"""Issue 13, "show the window first, load behind it": the window's first screen is built
and painted without pydantic, SQLAlchemy or numpy, and filled once the database is open."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, bootstrap
from app.services.demo import demo_documents
from app.services.portfolio import PortfolioService
from app.views.assessment.tab import AssessmentTab
from app.views.main_window import MainWindow
from app.views.map.tab import MapTab
from app.views.plan.tab import PlanTab
from app.views.portfolio.view import PortfolioView

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
#: what the first screen is shown without (loaded behind it, or on first use)
NOT_FOR_THE_FIRST_SCREEN = ("pydantic", "sqlalchemy", "numpy", "app.models.account",
                            "app.services", "app.storage.store")


def modules_after(script: str) -> set[str]:
    """Run ``script`` offscreen in a fresh interpreter: the modules it loaded."""
    report = "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    result = subprocess.run([sys.executable, "-c", script + report], capture_output=True,
                            text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_the_overview_is_built_and_painted_without_the_scoring_code() -> None:
    loaded = modules_after(
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.views.portfolio.view import PortfolioView\n"
        "view = PortfolioView(opening='Opening the database…')\n"
        "view.resize(1000, 700)\n"
        "view.show()\n"
        "assert not view.grab().isNull()\n")
    assert loaded.isdisjoint(NOT_FOR_THE_FIRST_SCREEN), \
        sorted(loaded & set(NOT_FOR_THE_FIRST_SCREEN))


def test_the_overview_says_the_database_is_being_opened_until_scoring_starts(
        qtbot: QtBot, services: Services) -> None:
    services.accounts.import_documents(demo_documents())
    view = PortfolioView(opening="Opening the database…")
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    assert view.is_scoring()  # scores are on their way
    assert view.progress.isVisible() and view.totals.text() == ""
    lists = (view.at_risk_table, view.gaps_table, view.agenda_table)
    assert [table.empty_text for table in lists] == ["", "", ""]  # no claim made yet
    assert not view.grab().isNull()
    with qtbot.waitSignal(view.worker.finished, timeout=20_000):
        view.start(PortfolioService(services.db), dt.date.today(), services.settings.scoring())
    assert not view.is_scoring()
    assert view.at_risk_table.empty_text.startswith("No churn warnings")
    assert "Nothing due" in view.agenda_table.empty_text
    assert view.totals.text().startswith("3 accounts")
    view.stop()


def test_an_overview_closed_before_the_database_opened_stops_waiting(qtbot: QtBot) -> None:
    view = PortfolioView(opening="Opening the database…")
    qtbot.addWidget(view)
    view.stop()
    assert not view.is_scoring() and not view.progress.isVisible()


# -- the main window: its frame first, filled when the database is open ----------------------


def test_the_frame_of_the_window_is_built_and_painted_without_the_heavy_code() -> None:
    loaded = modules_after(
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.views.main_window import MainWindow\n"
        "window = MainWindow(None, database='/tmp/rapport.sqlite')\n"
        "window.show()\n"
        "assert not window.grab().isNull() and not window.is_loaded()\n")
    assert loaded.isdisjoint(NOT_FOR_THE_FIRST_SCREEN), \
        sorted(loaded & set(NOT_FOR_THE_FIRST_SCREEN))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_the_window_says_the_database_is_opening_then_fills_itself(
        qtbot: QtBot, services: Services, settings: QSettings) -> None:
    services.accounts.import_documents(demo_documents())
    settings.setValue("window/lastAccount", "demo-ural")
    w = MainWindow(None, settings, database="rapport.sqlite")
    qtbot.addWidget(w)
    w.show()
    assert not w.is_loaded() and w.current_key is None
    assert "Opening rapport.sqlite" in w.statusBar().currentMessage()
    assert not w.search.isEnabled() and not w.new_action.isEnabled()
    assert not w.delete_action.isEnabled() and w.portfolio.is_scoring()
    w.load(services)
    assert w.is_loaded() and w.current_key == "demo-ural"  # the account looked at last
    assert w.model.total_count() == 3 and w.table.isVisible()
    assert w.search.isEnabled() and w.new_action.isEnabled() and w.delete_action.isEnabled()
    assert w.detail_stack.currentIndex() == 1 and w.title.text() == "ТрансЛогистик Урал"
    qtbot.waitUntil(lambda: not w.portfolio.is_scoring(), timeout=20_000)
    assert w.portfolio.model.rowCount() == 3


def test_a_window_closed_while_its_database_opens_keeps_the_last_account(
        qtbot: QtBot, settings: QSettings) -> None:
    settings.setValue("window/lastAccount", "demo-ural")
    w = MainWindow(None, settings, database="rapport.sqlite")
    qtbot.addWidget(w)
    w.show()
    w.close()
    assert settings.value("window/lastAccount") == "demo-ural"
    assert settings.value("window/geometry") is not None


def test_the_map_stages_and_plan_tabs_are_built_when_first_shown(
        qtbot: QtBot, services: Services, settings: QSettings) -> None:
    services.accounts.import_documents(demo_documents())
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    w.show()
    w.select("demo-ural")
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == [
        "Profile", "Stakeholder map", "Stages && gaps", "Plan"]
    assert not any(isinstance(w.tabs.widget(i), MapTab | PlanTab | AssessmentTab)
                   for i in range(w.tabs.count()))
    w.tabs.setCurrentIndex(1)  # a click on the tab
    assert w.tabs.currentWidget() is w.map and isinstance(w.map, MapTab)
    doc = services.accounts.snapshot("demo-ural")
    assert set(w.map.scene.cards) == {s.id for s in doc.stakeholders}  # loaded as shown
    plan = w.plan  # built on use, in its place, loaded when shown
    assert w.tabs.indexOf(plan) == 3 and w.tabs.currentWidget() is w.map
    w.tabs.setCurrentWidget(plan)
    assert plan.doc is not None and plan.doc.account.id == "demo-ural"
    assert w.tabs.indexOf(w.assessment) == 2 and w.tabs.count() == 4


def test_building_the_window_and_its_tabs_shows_no_other_window(
        qtbot: QtBot, services: Services, settings: QSettings) -> None:
    """A widget shown before it has a parent is a window of its own for a moment (a
    flash on screen, and the main window loses the focus)."""
    services.accounts.import_documents(demo_documents())
    shown: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                    and watched.isWindow() and not isinstance(watched, MainWindow)):
                shown.append(type(watched).__name__)
            return False

    watch = Watch()
    QApplication.instance().installEventFilter(watch)  # type: ignore[union-attr]
    try:
        w = MainWindow(None, settings, database="rapport.sqlite")
        qtbot.addWidget(w)
        w.show()
        w.load(services)
        w.select("demo-huadong")
        for i in range(w.tabs.count()):
            w.tabs.setCurrentIndex(i)
            QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(watch)  # type: ignore[union-attr]
    assert shown == []


def app_start_modules(db: Path, home: Path, last_account: str) -> set[str]:
    """Start the app as main.py does, reopening ``last_account``; once it is idle and the
    overview scored, the modules loaded (full names)."""
    script = """
import json, sys, time
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

def _exec(self):
    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "portfolio")]
    deadline = time.monotonic() + 60
    while (not windows[0].is_loaded() or windows[0].portfolio.is_scoring()) \\
            and time.monotonic() < deadline:
        QEventLoop().processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    print(json.dumps({"key": windows[0].current_key, "modules": sorted(sys.modules)}))
    return 0

QApplication.exec = _exec
from app.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RAPPORT_DB", None)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        (home / name.lower()).mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    conf = home / "config" / "Rapport" / "Rapport.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text(f"[window]\nlastAccount={last_account}\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True,
                            text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["key"] == last_account
    return set(report["modules"])


def test_reopening_an_account_builds_none_of_the_other_tabs(
        db_path: Path, tmp_path: Path) -> None:
    services = bootstrap(str(db_path))
    services.accounts.import_documents(demo_documents())
    services.close()
    loaded = app_start_modules(db_path, tmp_path / "home", "demo-huadong")
    later = {"numpy", "app.views.map.tab", "app.views.plan.tab", "app.views.assessment.tab",
             "app.views.pdf_export", "app.views.assessment.settings_dialog"}
    assert loaded.isdisjoint(later), sorted(loaded & later)
