"""The account list on a 1280×800 window: names in full (the name column takes the room,
the other columns are few and narrow), columns chosen from the header's menu and kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.services.demo import demo_documents
from app.views.account_model import COLUMNS
from app.views.main_window import MainWindow

pytestmark = pytest.mark.gui

CELL_MARGINS = 8  # the text's margins inside a cell, both sides, with room to spare


def _window(qtbot: QtBot, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _column(title: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.title == title)


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_names_show_in_full_at_1280x800(qtbot: QtBot, demo: Services, settings: QSettings,
                                        qapp: QApplication, language: str) -> None:
    from app.views import i18n

    i18n.install(qapp, language)
    try:
        window = _window(qtbot, demo, settings)
        table = window.table
        names = [d.account.name for d in demo_documents()]
        widest = max(table.fontMetrics().horizontalAdvance(n) for n in names)
        assert table.columnWidth(0) >= widest + CELL_MARGINS, (table.columnWidth(0), widest)
        shown = [c for c in range(len(COLUMNS)) if not table.isColumnHidden(c)]
        assert len(shown) >= 3  # the name is not bought by hiding everything else
        # every shown column inside the list, none scrolled out of sight
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width()
    finally:
        i18n.install(qapp, "en")


def test_a_column_chosen_in_the_header_menu_is_remembered(
        qtbot: QtBot, demo: Services, settings: QSettings) -> None:
    window = _window(qtbot, demo, settings)
    stage, industry = _column("Stage"), _column("Industry")
    assert not window.table.isColumnHidden(stage) and window.table.isColumnHidden(industry)
    menu = window.column_menu()
    actions = {a.text(): a for a in menu.actions()}
    assert "Name" not in actions  # the name always shows
    assert actions["Stage"].isChecked() and not actions["Industry"].isChecked()
    actions["Stage"].trigger()
    actions["Industry"].trigger()
    menu.close()
    assert window.table.isColumnHidden(stage) and not window.table.isColumnHidden(industry)

    # kept at once: a second window on the same settings (the first never closed)
    again = _window(qtbot, demo, settings)
    assert again.table.isColumnHidden(stage)
    assert not again.table.isColumnHidden(industry)
    assert again.table.columnWidth(industry) > 0


def test_the_list_steps_aside_for_the_map_and_comes_back(
        qtbot: QtBot, demo: Services, settings: QSettings) -> None:
    """On a laptop the map needs the window's width: the list steps aside on the map tab
    and is there on the others; View › Account list (or the Accounts button) changes
    that for the page on screen, kept for the next start; Find brings the list back."""
    window = _window(qtbot, demo, settings)
    window.select(demo_documents()[0].account.id)
    assert window.list_panel.isVisible()  # the profile: the list as usual
    before = window.detail_stack.width()
    window.tabs.setCurrentWidget(window.map)
    assert not window.list_panel.isVisible() and not window.list_button.isChecked()
    qtbot.waitUntil(lambda: window.detail_stack.width() > before + 300)
    window.list_button.click()  # wanted on the map after all
    assert window.list_panel.isVisible() and window.list_action.isChecked()
    window.tabs.setCurrentIndex(0)
    window.list_action.trigger()  # and not on the profile
    assert not window.list_panel.isVisible()
    window.save_settings()
    window.close()

    again = _window(qtbot, demo, settings)
    again.select(demo_documents()[0].account.id)
    again.tabs.setCurrentIndex(0)
    assert not again.list_panel.isVisible()
    again.tabs.setCurrentWidget(again.map)
    assert again.list_panel.isVisible()
    again.list_action.trigger()
    assert not again.list_panel.isVisible()
    qtbot.waitUntil(lambda: again.detail_stack.width() > 1100)
    again.activateWindow()
    again.find_action.trigger()
    assert again.list_panel.isVisible()
    qtbot.waitUntil(again.search.hasFocus)
    assert again.list_panel.width() > 300  # back at a useful width, not squeezed to 0
