"""Help › Keyboard shortcuts lists the keys the app really answers to, in the window's
language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.views.main_window import MainWindow

pytestmark = pytest.mark.gui


def _rows(window: MainWindow) -> list[tuple[str, str, str]]:
    dialog = window.show_shortcuts()
    try:
        return list(dialog.model.rows)
    finally:
        dialog.close()


def test_the_list_holds_the_menus_keys_and_the_maps(qtbot: QtBot, demo: Services,
                                                    settings: QSettings) -> None:
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    assert window.shortcuts_action.text() == "&Keyboard shortcuts"
    rows = _rows(window)
    keys = {k for _where, k, _what in rows}
    native = QKeySequence.SequenceFormat.NativeText
    for action in (window.new_action, window.contacts_action, window.pdf_action,
                   window.portfolio_action):
        assert action.shortcut().toString(native) in keys  # the same keys as the menus
    map_rows = {what for where, _k, what in rows if where == "Stakeholder map"}
    assert "Drop the line being drawn, leave the drawing mode, or leave the focus" in map_rows
    assert "Select the next person that way" in map_rows
    from app.views.map.tab import MapTab

    tab = MapTab()  # the map's own keys, as its card actions answer to them
    try:
        for action in (tab.collapse_action, tab.expand_action, tab.focus_action):
            assert action.shortcut().toString(native) in keys, action.text()
    finally:
        tab.deleteLater()


def test_the_list_speaks_russian(qtbot: QtBot, demo: Services, settings: QSettings,
                                 qapp: QApplication) -> None:
    from app.views import i18n

    i18n.install(qapp, "ru")
    try:
        window = MainWindow(demo, settings)
        qtbot.addWidget(window)
        rows = _rows(window)
        assert ("Карта заинтересованных лиц", "Esc",
                "Отменить рисуемую линию, выйти из режима рисования или из фокуса") in rows
        assert all(what and not what.isascii() for _where, _k, what in rows)
    finally:
        i18n.install(qapp, "en")
