"""The People page: cells edited in place with the side panel's checks and undo, people
added and removed from the table, and contact details in the panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.models.account import StakeholderRecord
from app.views.main_window import MainWindow
from app.views.map.people_page import PeoplePage

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, demo: Services, settings: QSettings) -> MainWindow:
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("demo-ural")
    w.tabs.setCurrentWidget(w.map)
    w.map.pages.setCurrentWidget(w.map.people)
    return w


def _type(widget: QWidget, text: str) -> None:
    """Type any text, Cyrillic and CJK included (qtbot.keyClicks is ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _column(page: PeoplePage, field: str) -> int:
    return next(i for i, c in enumerate(page.model.columns) if c.field == field)


def _person(window: MainWindow, sid: str) -> StakeholderRecord:
    doc = window.services.accounts.snapshot("demo-ural")
    return next(p for p in doc.stakeholders if p.id == sid)


def _edit_cell(qtbot: QtBot, page: PeoplePage, sid: str, field: str, text: str) -> None:
    row = page.model.row_of(sid, -1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.view_index(row, _column(page, field)))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not page.table
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)  # the edit is handed on once the editor has closed
    QApplication.processEvents()


def test_a_cell_edit_is_saved_shown_on_the_card_and_undone(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    page = window.map.people
    _edit_cell(qtbot, page, "gd", "title", "Генеральный директор и совладелец")
    assert _person(window, "gd").title == "Генеральный директор и совладелец"
    assert window.map.scene.cards["gd"].person.title == "Генеральный директор и совладелец"
    assert window.undo_stack.undoText() == "Set title"
    window.undo()
    assert _person(window, "gd").title != "Генеральный директор и совладелец"


def test_a_bad_email_is_refused_above_the_table_and_nothing_changes(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.map.people
    before = window.services.accounts.snapshot("demo-ural")
    _edit_cell(qtbot, page, "gd", "email", "ivanov at translogist")
    assert page.error.isVisible()
    assert "must be an e-mail address" in page.error.text()
    assert window.services.accounts.snapshot("demo-ural") == before
    _edit_cell(qtbot, page, "gd", "email", "ivanov@translogist.ru")
    assert _person(window, "gd").email == "ivanov@translogist.ru"
    assert not page.error.isVisible()


def test_messengers_typed_in_a_cell_are_stored_per_service(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    page = window.map.people
    _edit_cell(qtbot, page, "gd", "messengers", "telegram: @ivanov; 微信: ivanov_wx")
    person = _person(window, "gd")
    assert person.messengers is not None
    assert (person.messengers.telegram, person.messengers.wechat) == ("@ivanov", "ivanov_wx")
    row = page.model.row_of("gd", -1)
    shown = page.model.index(row, _column(page, "messengers")).data()
    assert shown == "wechat: ivanov_wx · telegram: @ivanov"
    _edit_cell(qtbot, page, "gd", "messengers", "skype: ivanov")
    assert "skype: ivanov" in page.error.text()
    assert _person(window, "gd").messengers == person.messengers


def test_add_person_in_the_table_opens_the_name_and_remove_takes_them_out(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.map.people
    count = page.model.rowCount()
    page.add_button.click()
    QApplication.processEvents()
    assert page.model.rowCount() == count + 1
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not page.table  # the name, ready to type
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(editor, "Пётр Новиков")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    QApplication.processEvents()
    doc = window.services.accounts.snapshot("demo-ural")
    added = next(p for p in doc.stakeholders if p.name == "Пётр Новиков")
    assert added.id in window.map.scene.cards
    row = page.model.row_of(added.id, -1)
    page.table.selectRow(page.view_index(row).row())
    page.remove_button.click()
    assert all(p.id != added.id for p in window.services.accounts.snapshot(
        "demo-ural").stakeholders)
    window.undo()
    assert any(p.id == added.id for p in window.services.accounts.snapshot(
        "demo-ural").stakeholders)


def test_the_side_panel_edits_contact_details(qtbot: QtBot, window: MainWindow) -> None:
    window.map.pages.setCurrentIndex(0)
    window.map.scene.select_people(["gd"])
    panel = window.map.panel
    panel.phone.setFocus()
    _type(panel.phone, "+7 (495) 123-45-67 доб. 12")
    qtbot.keyClick(panel.phone, Qt.Key.Key_Return)
    panel.messengers.setFocus()
    _type(panel.messengers, "wechat: ivanov")
    qtbot.keyClick(panel.messengers, Qt.Key.Key_Return)
    person = _person(window, "gd")
    assert person.phone == "+7 (495) 123-45-67 доб. 12"
    assert person.messengers is not None and person.messengers.wechat == "ivanov"
    panel.email.setFocus()
    _type(panel.email, "not an address")
    qtbot.keyClick(panel.email, Qt.Key.Key_Return)
    assert "must be an e-mail address" in panel.error.text()
    assert _person(window, "gd").email is None
