"""Another process replaces the open account (``rapport import --replace``, a restore)
while a person's field is being typed in: the typed text stays visible with a notice,
nothing is saved over the import, and no undo step appears until the user saves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.models.account import AccountFile
from app.views.main_window import MainWindow
from tests.conftest import account_doc

pytestmark = pytest.mark.gui
TYPED = "Janet Doe-Smith"


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def imported(**changes: Any) -> AccountFile:
    """The account as the other process imports it: Jane Doe's title changed."""
    doc = account_doc(**changes)
    if "stakeholders" not in changes:
        doc["stakeholders"][2]["title"] = "Head of Logistics"
    return AccountFile.model_validate(doc, strict=False)


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    services.accounts.import_documents([imported(stakeholders=account_doc()["stakeholders"])])
    w = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.select("acme")
    w.tabs.setCurrentWidget(w.map)
    w.map.scene.select_people(["s3"])  # Jane Doe
    QApplication.processEvents()
    return w


def back_in_front() -> None:
    """The user switches back to Rapport from the terminal where the import ran."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)


def typing_name(window: MainWindow) -> None:
    name = window.map.panel.name
    name.setFocus()
    name.selectAll()
    type_text(name, TYPED)


def jane(services: Services) -> tuple[str, str | None]:
    person = next(s for s in services.accounts.snapshot("acme").stakeholders if s.id == "s3")
    return person.name, person.title


def test_the_typed_name_stays_with_a_notice_when_the_account_is_replaced(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    panel = window.map.panel
    typing_name(window)
    steps = window.undo_stack.count()
    services.accounts.import_documents([imported()], replace=True)  # another process
    back_in_front()
    assert panel.name.text() == TYPED
    assert panel.title.text() == "Head of Logistics"  # the new version around it
    assert panel.notice.isVisible() and "replaced" in panel.notice.text()
    assert "Enter" in panel.notice.text() and "Esc" in panel.notice.text()
    assert window.undo_stack.count() == steps
    assert jane(services) == ("Jane Doe", "Head of Logistics")
    # Enter saves the typed name to the new version: the import's title stays
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert jane(services) == (TYPED, "Head of Logistics")
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "Set name"
    assert not panel.notice.isVisible()


def test_enter_after_an_unnoticed_replacement_does_not_save_over_the_import(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """The app was not told (it stayed in front): the edit itself finds out."""
    panel = window.map.panel
    typing_name(window)
    steps = window.undo_stack.count()
    services.accounts.import_documents([imported()], replace=True)
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert jane(services) == ("Jane Doe", "Head of Logistics")  # the import is kept
    assert window.undo_stack.count() == steps  # no step for an edit that was not saved
    assert panel.name.text() == TYPED
    assert panel.notice.isVisible()
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)  # now on purpose, on the new version
    assert jane(services) == (TYPED, "Head of Logistics")
    assert window.undo_stack.count() == steps + 1


def test_esc_drops_the_typed_text_and_shows_the_new_version(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    panel = window.map.panel
    steps = window.undo_stack.count()
    typing_name(window)
    services.accounts.import_documents([imported()], replace=True)
    back_in_front()
    assert panel.name.text() == TYPED
    qtbot.keyClick(panel.name, Qt.Key.Key_Escape)
    assert panel.name.text() == "Jane Doe"
    assert not panel.notice.isVisible()
    assert window.undo_stack.count() == steps
    assert jane(services) == ("Jane Doe", "Head of Logistics")


def test_typed_notes_are_kept_too(window: MainWindow, services: Services) -> None:
    panel = window.map.panel
    panel.notes.setFocus()
    type_text(panel.notes, "Prefers calls")
    steps = window.undo_stack.count()
    services.accounts.import_documents([imported()], replace=True)
    back_in_front()
    assert panel.notes.toPlainText() == "Prefers calls"
    assert panel.notice.isVisible()
    assert window.undo_stack.count() == steps


def test_text_typed_for_a_person_the_import_removed_is_shown_not_lost_silently(
    window: MainWindow, services: Services
) -> None:
    panel = window.map.panel
    typing_name(window)
    people = account_doc()["stakeholders"][:2]
    services.accounts.import_documents([imported(stakeholders=people, influences=[],
                                                 interactions=[])], replace=True)
    back_in_front()
    assert panel.notice.isVisible()
    assert "no longer in it" in panel.notice.text() and TYPED in panel.notice.text()
    assert window.undo_stack.count() == 0


def test_nothing_is_reloaded_when_nothing_changed_outside(window: MainWindow) -> None:
    typing_name(window)
    back_in_front()
    assert not window.check_outside_changes()
    assert window.map.panel.name.text() == TYPED
    assert not window.map.panel.notice.isVisible()
