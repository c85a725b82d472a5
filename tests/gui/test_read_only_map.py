"""A read-only database (a read-only role on a team server) locks the map and the plan
beyond their toolbars: the card menu offers nothing that edits, a line cannot be started,
an interaction cannot be logged, the line panel takes no typing, no agenda is filled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.views.main_window import MainWindow
from app.views.read_only import lock_map, lock_plan

pytestmark = [pytest.mark.gui,
              pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")]


@pytest.fixture
def window(qtbot: QtBot, demo: Services, settings: QSettings) -> MainWindow:
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("demo-ural")
    w.tabs.setCurrentWidget(w.map)
    return w


def _texts(menu: object) -> list[str]:
    return [a.text() for a in menu.actions() if a.text()]  # type: ignore[attr-defined]


def test_the_card_menu_drawing_and_logging_say_no(window: MainWindow) -> None:
    tab = window.map
    before = _texts(tab.show_card_menu("gd", QPoint(10, 10)))
    assert "Log interaction…" in before and "Delete" in before
    lock_map(tab)  # as the window does on a read-only server
    after = _texts(tab.show_card_menu("gd", QPoint(10, 10)))
    assert "Focus on this person" in after  # looking still works
    assert not {"Edit person", "Log interaction…", "Delete"} & set(after)
    assert "Draw a line from here" not in after
    tab.draw_from("gd", "informal")
    assert not tab.scene.drawing()
    assert tab.log_interaction("gd") is None
    assert all(e.isReadOnly() for e in tab.line_panel.findChildren(QLineEdit))


def test_no_agenda_is_filled_on_a_read_only_plan(window: MainWindow) -> None:
    plan = window.plan
    window.tabs.setCurrentWidget(plan)
    lock_plan(plan)
    assert plan.locked and not plan.review_changes.fill.isEnabled()
