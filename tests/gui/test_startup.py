"""Starting the app: first run offers the demo; a bad database gets a message, not a crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.accounts import AccountService
from app.storage.database import open_database
from app.views import gui
from app.views.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    monkeypatch.setattr(gui, "_install_crash_handler", lambda folder: None)
    monkeypatch.setattr(gui, "_setup_logging", lambda: tmp_path)


def run_until_idle(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """Replace the event loop: let the start finish (the database opens behind the shown
    window) and queued work run, then close the windows."""
    seen: list[MainWindow] = []

    def starting() -> bool:
        return any(isinstance(w, MainWindow) and w.isVisible() and not w.is_loaded()
                   for w in QApplication.topLevelWidgets())

    def fake_exec(_app: QApplication) -> int:
        qtbot.waitUntil(lambda: not starting(), timeout=20_000)
        qtbot.wait(50)
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                seen.append(w)
                w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return seen


def test_first_start_creates_the_database_and_loads_the_demo_on_yes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def yes(_parent: Any, title: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    windows = run_until_idle(qtbot, monkeypatch)
    target = tmp_path / "data" / "rapport.sqlite"
    assert gui.run_gui(str(target)) == 0
    assert asked == ["Welcome to Rapport"]
    assert windows and windows[0].model.total_count() == 3
    assert windows[0].undo_stack.count() == 0  # the demo is not an undoable edit
    db = open_database(str(target), writer=False)
    assert len(AccountService(db).list_summaries()) == 3
    db.close()


def test_first_start_stays_empty_on_no(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    windows = run_until_idle(qtbot, monkeypatch)
    assert gui.run_gui(str(tmp_path / "rapport.sqlite")) == 0
    assert windows[0].model.total_count() == 0
    assert windows[0].detail_stack.currentIndex() == 0


def test_a_file_that_is_not_a_database_gets_a_message_and_is_not_touched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    windows = run_until_idle(qtbot, monkeypatch)
    fake = tmp_path / "thesis.docx"
    fake.write_bytes(b"PK\x03\x04 not a database")
    assert gui.run_gui(str(fake)) == 1
    assert "not a Rapport database" in shown[0]
    assert windows == []
    assert fake.read_bytes() == b"PK\x03\x04 not a database"


def test_a_second_window_on_the_same_database_is_refused(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rapport.sqlite"
    holder = open_database(str(target))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    run_until_idle(qtbot, monkeypatch)
    try:
        assert gui.run_gui(str(target)) == 1
    finally:
        holder.close()
    assert "open in another Rapport window" in shown[0]


def test_a_damaged_database_gets_a_message_and_is_not_touched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.demo import demo_documents
    from tests.conftest import damage_last_pages

    target = tmp_path / "rapport.sqlite"
    db = open_database(str(target))
    AccountService(db).import_documents(demo_documents())
    db.close()
    damaged = damage_last_pages(target)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    windows = run_until_idle(qtbot, monkeypatch)
    assert gui.run_gui(str(target)) == 1
    assert "is damaged" in shown[0] and "not modified" in shown[0]
    assert windows == []
    assert target.read_bytes() == damaged


@pytest.mark.parametrize("damage", ["UPDATE accounts SET name=X'00ff' WHERE id={aid}",
                                    "UPDATE accounts SET document=json_set(document, "
                                    "'$.stakeholders[0].stance', 'wizard') WHERE id={aid}"])
def test_the_app_starts_and_lists_every_account_with_one_damaged(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    from tests.cli.test_damaged_rows import damaged_db

    target = tmp_path / "rapport.sqlite"
    damaged_db(target, damage)
    windows = run_until_idle(qtbot, monkeypatch)
    assert gui.run_gui(str(target)) == 0
    assert windows and windows[0].model.total_count() == 3
