"""GUI tests: any dialog a test did not expect fails the test instead of hanging it."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.models.account import AccountFile
from app.services.demo import demo_documents
from app.views.main_window import MainWindow


def _unexpected(name: str) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"unexpected dialog: {name} {args[1:3]}")

    return fail


@pytest.fixture(autouse=True, scope="session")
def speaks_english(qapp: Any) -> None:
    """The windows speak English, as the app does on an English system: with the English
    plural forms loaded ("1 account", "2 accounts")."""
    from app.views.i18n import install

    install(qapp, "en")


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("question", "information", "warning", "critical", "about", "exec", "open"):
        monkeypatch.setattr(QMessageBox, name, _unexpected(f"QMessageBox.{name}"))
    monkeypatch.setattr(QInputDialog, "getText", _unexpected("QInputDialog.getText"))
    for name in ("getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, _unexpected(f"QFileDialog.{name}"))


def _plan_tab_window(qtbot: QtBot, services: Services, tmp_path: Path,
                     docs: list[AccountFile]) -> MainWindow:
    """A real MainWindow on ``docs``, demo-ural open on the Plan tab."""
    services.accounts.import_documents(docs)
    w = MainWindow(services, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    w.select("demo-ural")
    w.tabs.setCurrentWidget(w.plan)
    return w


@pytest.fixture
def plan_window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    """The demo accounts with an empty plan to start from (the Plan tab's tests)."""
    empty = {"team": [], "insights": [], "objectives": [], "revenue_plan": [], "risks": [],
             "actions": [], "reviews": [], "kpis": []}
    return _plan_tab_window(qtbot, services, tmp_path,
                            [d.model_copy(update=empty) for d in demo_documents()])


@pytest.fixture
def plan_demo_window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    """The demo accounts with their plans."""
    return _plan_tab_window(qtbot, services, tmp_path, demo_documents())


@pytest.fixture
def demo(services: Services) -> Services:
    """The demo workspace, with no window."""
    services.accounts.import_documents(demo_documents())
    return services


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The window's settings in a file of the test's own."""
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
