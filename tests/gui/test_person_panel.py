"""The side panel beside the map: one form that never cuts a label or a value at 1280×800
(in Russian and Chinese too), that scrolls to the field being edited, and "Log
interaction…" from the panel and from a card's menu (one undo step, the last contact
moves, an empty summary refused)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.models.account import AccountFile
from app.views.i18n import install
from app.views.main_window import MainWindow
from app.views.map.interaction_dialog import InteractionDialog

pytestmark = [pytest.mark.gui,
              pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")]

KEY = "demo-ural"


def _window(qtbot: QtBot, services: Services, settings: QSettings, key: str) -> MainWindow:
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select(key)
    w.tabs.setCurrentWidget(w.map)
    QApplication.processEvents()
    return w


@pytest.fixture
def window(qtbot: QtBot, demo: Services, settings: QSettings) -> MainWindow:
    return _window(qtbot, demo, settings, KEY)


@pytest.fixture(params=["ru", "zh_CN"])
def translated(request: Any, qapp: QApplication) -> Iterator[str]:
    install(qapp, request.param)
    try:
        yield request.param
    finally:
        install(qapp, "en")


def _doc(window: MainWindow, key: str = KEY) -> AccountFile:
    return window.services.accounts.snapshot(key)


@pytest.mark.parametrize("key, sid", [("demo-ural", "fd"), ("demo-huadong", "it"),
                                      ("demo-northwind", "cfo")])
def test_no_label_or_value_is_cut_at_1280x800(qtbot: QtBot, demo: Services,
                                              settings: QSettings, translated: str,
                                              key: str, sid: str) -> None:
    w = _window(qtbot, demo, settings, key)
    tab = w.map
    tab.scene.select_people([sid])
    QApplication.processEvents()
    panel = tab.panel
    assert panel.isEnabled() and not tab.details_area.horizontalScrollBar().isVisible()
    # the form is no wider than the place it is shown in
    assert panel.width() <= tab.details_area.viewport().width()
    for label in panel.findChildren(QLabel):
        if label.isVisibleTo(panel) and label.text():
            assert label.wordWrap() or label.sizeHint().width() <= label.width(), label.text()
            right = label.mapTo(panel, QPoint(label.width(), 0)).x()
            assert right <= panel.width(), label.text()  # inside the panel, not under its edge
            # wrapped or not, it has the height its text needs at its width
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
    # our own words in the lists show whole
    for field in ("role", "stance", "influence", "relationship"):
        combo: QComboBox = getattr(panel, field)
        text_width = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() >= combo.minimumSizeHint().width() > text_width, (field, combo)
    # a typed value shows from its start
    for edit in panel.findChildren(QLineEdit):
        if edit.text():
            assert edit.cursorPosition() == 0 or edit.hasFocus(), edit.text()


def test_labels_go_above_the_fields_when_the_side_is_narrow(window: MainWindow) -> None:
    panel = window.map.panel
    panel.resize(panel.side_by_side_width() - 1, panel.height())
    assert panel.form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows
    panel.resize(panel.side_by_side_width() + 40, panel.height())
    assert panel.form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.DontWrapRows


def test_a_field_below_the_fold_scrolls_into_view(window: MainWindow) -> None:
    tab = window.map
    tab.scene.select_people(["fd"])
    QApplication.processEvents()
    area = tab.details_area
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # the form is longer than the side

    def in_view(widget: Any) -> bool:
        top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
        return (top_left.y() >= 0
                and top_left.y() + widget.height() <= area.viewport().height())

    assert not in_view(tab.panel.notes)
    tab.panel.notes.setFocus()  # as Tab through the form would
    QApplication.processEvents()
    assert bar.value() > 0 and in_view(tab.panel.notes)
    tab.panel.name.setFocus()
    QApplication.processEvents()
    assert in_view(tab.panel.name)


# -- log an interaction ------------------------------------------------------------------

def _fill_and_log(dialog: InteractionDialog, summary: str, others: list[str] = ()) -> None:
    dialog.summary.setPlainText(summary)
    dialog.channel.setCurrentIndex(dialog.channel.findData("call"))
    for row in range(dialog.others.count()):
        item = dialog.others.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in others:
            item.setCheckState(Qt.CheckState.Checked)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)


def _last_contact(window: MainWindow, sid: str) -> dt.date | None:
    return next(s.last_contact for s in _doc(window).stakeholders if s.id == sid)


def _check_logged(window: MainWindow, dialog: InteractionDialog, sid: str,
                  before: AccountFile) -> None:
    today = dt.date.today()
    doc = _doc(window)
    assert not dialog.isVisible()
    assert len(doc.interactions) == len(before.interactions) + 1
    new = doc.interactions[-1]
    assert (new.date, new.stakeholder, str(new.channel), new.summary, new.participants) == (
        today, sid, "call", "Budget for the pilot agreed", ["kd"])
    assert _last_contact(window, sid) == today and _last_contact(window, "kd") == today
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Log interaction"
    window.undo_action.trigger()
    assert _doc(window).interactions == before.interactions
    for person in ("kd", sid):
        assert _last_contact(window, person) == next(
            s.last_contact for s in before.stakeholders if s.id == person)


def test_log_an_interaction_from_the_panel(window: MainWindow) -> None:
    tab, before = window.map, _doc(window)
    tab.scene.select_people(["fd"])
    QTest.mouseClick(tab.panel.log_button, Qt.MouseButton.LeftButton)
    dialog = tab.interaction_dialog
    assert dialog is not None and dialog.isVisible() and dialog.sid == "fd"
    assert dialog.date.date().toPython() == dt.date.today()
    _fill_and_log(dialog, "Budget for the pilot agreed", ["kd"])
    _check_logged(window, dialog, "fd", before)


def test_log_an_interaction_from_a_cards_menu(window: MainWindow) -> None:
    tab, before = window.map, _doc(window)
    menu = tab.show_card_menu("gd", QPoint(100, 100))
    assert menu is not None
    next(a for a in menu.actions() if a.text() == "Log interaction…").trigger()
    dialog = tab.interaction_dialog
    assert dialog is not None and dialog.isVisible() and dialog.sid == "gd"
    _fill_and_log(dialog, "Budget for the pilot agreed", ["kd"])
    _check_logged(window, dialog, "gd", before)


def test_an_empty_summary_is_refused_in_the_dialog(window: MainWindow) -> None:
    tab, before = window.map, _doc(window)
    dialog = tab.log_interaction("fd")
    assert dialog is not None
    _fill_and_log(dialog, "   ")
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "summary is empty" in dialog.error.text()
    assert _doc(window) == before and window.undo_stack.count() == 0
    dialog.reject()
    assert _doc(window) == before and window.undo_stack.count() == 0


def test_the_people_list_of_the_dialog_can_be_narrowed(window: MainWindow) -> None:
    dialog = window.map.log_interaction("fd")
    assert dialog is not None
    assert dialog.others.count() == len(_doc(window).stakeholders) - 1  # everyone else
    dialog.filter.setText("иван")
    shown = [dialog.others.item(r).text() for r in range(dialog.others.count())
             if not dialog.others.item(r).isHidden()]
    assert shown and all("иван" in name.casefold() for name in shown)
    dialog.reject()
