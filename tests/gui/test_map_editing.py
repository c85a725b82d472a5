"""Editing the map without friction: Esc leaves drawing, a click on one card and one on
another draws a line, a new card lands beside the selected person in free space, and
an empty map says how to start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.graph.encoding import auto_positions
from app.views.main_window import MainWindow
from app.views.map import style

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, demo: Services, settings: QSettings) -> MainWindow:
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("demo-ural")
    w.tabs.setCurrentWidget(w.map)
    w.map.view.resetTransform()  # 1:1, so a click lands where the card is
    return w


def _at(window: MainWindow, sid: str) -> QPoint:
    card = window.map.scene.cards[sid]
    window.map.view.centerOn(card)
    return window.map.view.mapFromScene(card.scene_card_rect().center())


def _click(window: MainWindow, sid: str) -> None:
    QTest.mouseClick(window.map.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, _at(window, sid))


def _influences(window: MainWindow) -> set[tuple[str, str, str | None]]:
    doc = window.services.accounts.snapshot("demo-ural")
    return {(i.source, i.target, i.kind) for i in doc.influences}


def test_esc_leaves_the_drawing_mode(window: MainWindow) -> None:
    informal = window.map.connect_actions["informal"]
    informal.trigger()
    assert window.map.scene.connect_mode == "informal"
    QTest.keyClick(window.map.view, Qt.Key.Key_Escape)
    assert not informal.isChecked() and window.map.scene.connect_mode is None


def test_a_click_on_a_card_then_on_another_draws_the_line(window: MainWindow) -> None:
    before = _influences(window)
    window.map.connect_actions["informal"].trigger()
    _click(window, "it")
    assert window.map.scene.drawing()  # the line follows the mouse to the next click
    _click(window, "log")
    assert _influences(window) - before == {("it", "log", "informal")}
    assert not window.map.scene.drawing()


def test_esc_drops_the_line_being_drawn_and_keeps_the_mode(window: MainWindow) -> None:
    before = _influences(window)
    window.map.connect_actions["conflict"].trigger()
    _click(window, "it")
    QTest.keyClick(window.map.view, Qt.Key.Key_Escape)
    assert not window.map.scene.drawing() and window.map.scene.connect_mode == "conflict"
    _click(window, "log")  # a click now starts a new line; it draws nothing by itself
    assert _influences(window) == before


def test_new_people_land_beside_the_selected_person_in_a_row(window: MainWindow) -> None:
    scene = window.map.scene
    scene.select_people(["it"])
    x, y = scene.positions()["it"]
    added = []
    for _ in range(3):
        before = set(scene.cards)
        window.map.add_person()
        QApplication.processEvents()
        (sid,) = set(scene.cards) - before
        added.append(sid)
    spots = [scene.positions()[sid] for sid in added]
    assert all(sy == y for _sx, sy in spots)  # the selected person's row, not a diagonal
    assert spots[0][0] > x
    w, h = style.SLOT.width(), style.SLOT.height()
    others = [p for sid, p in scene.positions().items()]
    for sid, (sx, sy) in zip(added, spots, strict=True):
        assert not any(abs(sx - px) < w and abs(sy - py) < h
                       for other, (px, py) in scene.positions().items() if other != sid)
    assert len(others) == len(set(others))


def test_an_empty_map_says_how_to_start(qtbot: QtBot, window: MainWindow) -> None:
    key = window.create_account("Новый клиент")
    assert key is not None
    window.tabs.setCurrentWidget(window.map)
    QApplication.processEvents()
    hint = window.map.view.empty_hint
    assert hint.isVisible() and "Import contacts" in hint.text()
    window.map.add_person()
    QApplication.processEvents()
    assert not hint.isVisible()


def test_arrow_keys_walk_the_chart_and_enter_edits(window: MainWindow) -> None:
    view, scene = window.map.view, window.map.scene
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)  # nobody selected: the top card
    (top,) = scene.selected_ids()
    assert scene.positions()[top][1] == min(y for _x, y in scene.positions().values())
    QTest.keyClick(view, Qt.Key.Key_Down)  # into the row below
    (below,) = scene.selected_ids()
    assert scene.positions()[below][1] > scene.positions()[top][1]
    QTest.keyClick(view, Qt.Key.Key_Right)
    (right,) = scene.selected_ids()
    assert scene.positions()[right][0] > scene.positions()[below][0]
    QTest.keyClick(view, Qt.Key.Key_Left)
    (left,) = scene.selected_ids()
    assert scene.positions()[left][0] < scene.positions()[right][0]
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.map.panel.name


def test_ctrl_arrows_move_the_card_and_undo_moves_it_back(window: MainWindow) -> None:
    view, scene = window.map.view, window.map.scene
    scene.select_people(["it"])
    view.setFocus()
    x, y = scene.positions()["it"]
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert scene.positions()["it"] == (x + 12, y + 12)
    stored = next(p for p in window.services.accounts.snapshot("demo-ural").stakeholders
                  if p.id == "it")
    assert stored.position is not None and (stored.position.x, stored.position.y) == (
        x + 12, y + 12)
    window.undo()
    window.undo()
    assert scene.positions()["it"] == (x, y)


def test_the_selected_card_is_told_in_words_not_colour(window: MainWindow) -> None:
    window.map.scene.select_people(["gd"])
    person = window.map.scene.cards["gd"].person
    from app.models.enums import label

    name = window.map.view.accessibleName()
    assert name.startswith(person.name + ", ")
    assert label(person.stance) in name  # the stance in words, not only as a colour
    assert f"influence {person.influence}" in name


def test_zoom_and_export_stay_in_sight_in_the_longest_language(
        qtbot: QtBot, demo: Services, settings: QSettings, qapp: QApplication) -> None:
    from app.views import i18n

    i18n.install(qapp, "ru")
    try:
        w = MainWindow(demo, settings)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        w.select("demo-ural")
        w.tabs.setCurrentWidget(w.map)
        QApplication.processEvents()
        bar = w.map.view_bar
        for action in (w.map.fit_action, w.map.export_action):
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible()
            assert bar.rect().contains(button.geometry())
    finally:
        i18n.install(qapp, "en")


def test_force_again_keeps_the_drawing_and_brings_newcomers_close(
        window: MainWindow) -> None:
    """Force lays the map out by relationships; pressed again after a person was added,
    the drawing stays (no reshuffle) and the newcomer joins near their manager."""
    tab, scene = window.map, window.map.scene
    tab.force_action.trigger()
    drawn = scene.positions()
    tab.force_action.trigger()
    assert scene.positions() == drawn  # twice: nothing moves
    scene.select_people(["it"])
    manager = scene.cards["it"].person.reports_to
    assert manager is not None
    tab.add_person()
    QApplication.processEvents()
    (new,) = set(scene.cards) - set(drawn)
    tab.panel.edited.emit(new, "reports_to", manager)  # as the panel's "Reports to" does
    QApplication.processEvents()
    tab.force_action.trigger()
    after = scene.positions()
    moved = [abs(after[s][0] - drawn[s][0]) + abs(after[s][1] - drawn[s][1]) for s in drawn]
    assert sum(moved) / len(moved) < 5  # the drawing stays
    (bx, by), (nx, ny) = after[manager], after[new]
    w, h = style.SLOT.width(), style.SLOT.height()
    assert abs(nx - bx) <= 3 * w and abs(ny - by) <= 3 * h  # beside the manager
    tab.org_action.trigger()
    tab.force_action.trigger()  # after another layout: Force starts afresh
    assert tab.doc is not None
    assert scene.positions() == auto_positions(tab.doc, "force")


def test_a_large_screen_gives_its_room_to_the_map_not_the_toolbar(
        qtbot: QtBot, window: MainWindow) -> None:
    """At 1920×1080 the toolbars keep their height; the canvas takes the rest."""
    window.resize(1920, 1080)
    tab = window.map
    qtbot.waitUntil(lambda: tab.view.height() > 700)
    assert tab.toolbar.height() <= tab.toolbar.sizeHint().height() + 4
    assert tab.view_bar.height() <= tab.view_bar.sizeHint().height() + 4
