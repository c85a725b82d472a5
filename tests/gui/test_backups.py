"""File › Back up now… and File › Restore from backup… (issue 12, item 15)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.storage import backups
from app.views.backup_dialog import RestoreBackupDialog
from app.views.main_window import MainWindow
from tests.conftest import damage_last_pages, dump_database

TAKEN = dt.datetime(2026, 12, 2, 8, 15, 0)


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    w = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    assert w.load_demo()
    yield w


def names(window: MainWindow) -> list[str]:
    m = window.model
    return sorted(m.data(m.index(r, 0)) for r in range(m.rowCount()))


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """The confirmation box answers ``button``; what it asked is recorded."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_back_up_now_copies_the_database_into_its_backups_folder(window: MainWindow) -> None:
    window.backup_action.trigger()
    [made] = window.services.backups.list()
    assert made.kind == "manual" and made.path.parent.name == "backups"
    assert str(made.path) in window.statusBar().currentMessage()


def test_the_restore_dialog_shows_date_and_accounts_before_replacing_anything(
    qtbot: QtBot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.services.backups.back_up_now(now=TAKEN)
    window.services.accounts.delete("demo-ural")
    dialog = RestoreBackupDialog(window.services.backups, window)
    qtbot.addWidget(dialog)
    dialog.show()
    row = [dialog.table.item(0, c).text() for c in range(4)]
    assert row[0] == "Wed 02 Dec 2026, 08:15:00" and row[1] == "Backed up by you"
    assert row[3].startswith("3: ") and "ТрансЛогистик Урал" in row[3]
    shown = dialog.details.toPlainText()
    assert "02 Dec 2026, 08:15" in shown and "3 accounts:" in shown
    for name in ("华东精密制造集团", "ТрансЛогистик Урал", "Northwind Health Systems"):
        assert name in shown
    if shots := os.environ.get("RAPPORT_SCREENSHOTS"):  # to look at by hand
        dialog.resize(760, 520)
        dialog.grab().save(str(Path(shots) / "restore-dialog.png"))

    before = dump_database(db_path)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.restore_button.click()
    assert asked and "3 accounts" in asked[0] and "02 Dec 2026, 08:15" in asked[0]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.chosen is None
    assert dump_database(db_path) == before  # shown and asked: nothing replaced yet

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen is not None


def test_restoring_brings_back_a_deleted_account_and_backs_up_the_current_state(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = window.services.backups.back_up_now(now=TAKEN)
    window.select("demo-ural")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_current()
    assert "ТрансЛогистик Урал" not in names(window)

    def choose(dialog: RestoreBackupDialog) -> int:
        dialog.chosen = saved
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RestoreBackupDialog, "exec", choose)
    window.restore_action.trigger()
    assert "ТрансЛогистик Урал" in names(window)
    assert window.undo_stack.count() == 0  # undo described the replaced state
    kinds = [b.kind for b in window.services.backups.list()]
    assert "before-restore" in kinds
    [pre] = [b for b in window.services.backups.list() if b.kind == "before-restore"]
    assert len(backups.read_backup(pre.path).accounts) == 2
    window.create_account("Still writable")  # the window works on the restored file


def test_a_damaged_backup_is_refused_with_a_message_and_nothing_replaced(
    window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = window.services.backups.back_up_now(now=TAKEN)
    damage_last_pages(saved)  # the header survives: only the full check finds it
    before = dump_database(db_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(
        box.text() + " " + box.informativeText()))
    assert not window.restore_backup(saved)
    assert shown and "Nothing was restored" in shown[0] and "damaged" in shown[0]
    assert dump_database(db_path) == before
    assert [b.kind for b in window.services.backups.list()] == ["manual"]
    assert names(window) == sorted(["华东精密制造集团", "ТрансЛогистик Урал",
                                    "Northwind Health Systems"])


def test_replacing_accounts_by_import_takes_a_backup_first(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ural.json"
    window.services.accounts.export("demo-ural", path)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.import_paths([path])
    [made] = window.services.backups.list()
    assert made.kind == "before-import"
