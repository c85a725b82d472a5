"""Map lines routed around the cards they do not connect, in the real map tab: after
loading, after a card is dragged into a line's way, and after undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.graph import routing
from app.models.account import AccountFile
from app.services.demo import demo_documents
from app.views.main_window import MainWindow
from app.views.map import scene as scene_module
from app.views.map.edges import EdgeItem
from app.views.map.items import CardItem
from app.views.map.scene import MapScene
from app.views.map.view import MapView

pytestmark = pytest.mark.gui

DEMO = ["demo-huadong", "demo-ural", "demo-northwind"]


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    services.accounts.import_documents(demo_documents())
    w = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("demo-huadong")
    w.tabs.setCurrentWidget(w.map)
    return w


def drag(view: MapView, start: QPointF, end: QPointF) -> None:
    held = Qt.MouseButton.LeftButton

    def mouse(kind: QEvent.Type, at: QPointF, buttons: Qt.MouseButton) -> None:
        pos = QPointF(view.mapFromScene(at))
        QApplication.sendEvent(view.viewport(), QMouseEvent(
            kind, pos, view.viewport().mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons,
            Qt.KeyboardModifier.NoModifier))

    mouse(QEvent.Type.MouseButtonPress, start, held)
    for step in range(1, 9):
        mouse(QEvent.Type.MouseMove, start + (end - start) * (step / 8), held)
    mouse(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def rect(card: CardItem) -> routing.Rect:
    r = card.scene_card_rect()
    return (r.left(), r.top(), r.right(), r.bottom())


def lines_over_cards(scene: MapScene) -> list[tuple[str, str, str]]:
    """Each (line, visible card it does not connect) the line's drawn path runs through."""
    found = []
    for edge in scene.edges:
        if not edge.isVisible():
            continue
        for card in scene.cards.values():
            if card.isVisible() and card not in (edge.source, edge.target) \
                    and routing.polyline_enters(edge.points(), rect(card)):
                found.append((*edge.line()[:2], card.sid))
    return found


def unrelated(scene: MapScene, edge: EdgeItem, at: QPointF) -> CardItem:
    """A card with no line to the edge's ends, far from ``at`` (so it really moves)."""
    ends = {edge.source, edge.target}
    cards = [c for c in scene.cards.values()
             if c not in ends and not any(e.source in ends or e.target in ends
                                          for e in c.edges)]
    return max(cards, key=lambda c: (c.scene_card_rect().center() - at).manhattanLength())


@pytest.mark.parametrize("key", DEMO)
def test_no_line_runs_over_an_unrelated_card_in_the_demo_maps(window: MainWindow,
                                                              key: str) -> None:
    window.select(key)
    scene = window.map.scene
    scene.finish_routing()
    assert scene.routing_pending() == 0
    assert lines_over_cards(scene) == []
    # the maps do need routing: drawn straight, influence lines would cross cards
    rects = {sid: rect(c) for sid, c in scene.cards.items()}
    straight = [(e.source.sid, e.target.sid, routing.straight_line(
        rects[e.source.sid], rects[e.target.sid])) for e in scene.edges if e.kind != "reports"]
    assert routing.count_crossings(rects, straight) > 0
    assert any(e.route is not None and e.route.waypoints for e in scene.edges)


def test_a_card_dragged_onto_an_influence_line_is_gone_around_and_undo_restores(
        window: MainWindow) -> None:
    view, scene = window.map.view, window.map.scene
    scene.finish_routing()
    edge = next(e for e in scene.edges if e.kind != "reports" and e.route is not None
                and not e.route.waypoints
                and (QPointF(*e.points()[-1]) - QPointF(*e.points()[0])).manhattanLength()
                > 250)
    before = list(edge.points())
    (x0, y0), (x1, y1) = before[0], before[-1]
    middle = QPointF((x0 + x1) / 2, (y0 + y1) / 2)
    card = unrelated(scene, edge, middle)
    where = card.pos()
    drag(view, card.scene_card_rect().center(), middle)
    scene.finish_routing()
    assert card.scene_card_rect().contains(middle)  # the card sits on the old line
    assert routing.polyline_enters(before, rect(card))
    assert not routing.polyline_enters(edge.points(), rect(card))  # the line went round
    assert edge.route is not None and edge.route.waypoints
    assert lines_over_cards(scene) == []
    assert window.undo_stack.undoText() == "Move card"
    window.undo_action.trigger()
    scene.finish_routing()
    assert card.pos() == where
    assert list(edge.points()) == before


def test_a_card_moved_under_a_reporting_connector_reroutes_it(window: MainWindow) -> None:
    view, scene = window.map.view, window.map.scene
    scene.finish_routing()
    # a connector with an elbow: down from the manager, across, down to the report
    edge = next(e for e in scene.edges if e.kind == "reports" and len(e.points()) == 4
                and abs(e.points()[1][0] - e.points()[2][0]) > 60)
    before = list(edge.points())
    (ax, y), (bx, _) = before[1], before[2]
    run = QPointF((ax + bx) / 2, y)  # the middle of the elbow's run
    card = unrelated(scene, edge, run)
    drag(view, card.scene_card_rect().center(), run)
    scene.finish_routing()
    assert routing.polyline_enters(before, rect(card))
    assert list(edge.points()) != before
    assert not routing.polyline_enters(edge.points(), rect(card))
    assert lines_over_cards(scene) == []
    window.undo_action.trigger()
    scene.finish_routing()
    assert list(edge.points()) == before  # the tidy connector again


def test_hidden_cards_are_no_obstacles(window: MainWindow) -> None:
    scene = window.map.scene
    scene.finish_routing()
    edge = next(e for e in scene.edges if e.kind != "reports" and e.route is not None
                and e.route.waypoints)
    ends = {edge.source.sid, edge.target.sid}
    scene.set_filter(lambda card: card.sid in ends)
    scene.finish_routing()
    assert edge.isVisible()
    assert edge.route is not None and not edge.route.waypoints  # nothing left in the way
    scene.set_filter(None)
    scene.finish_routing()
    assert edge.route is not None and edge.route.waypoints
    assert lines_over_cards(scene) == []


def wide_chart(people: int = 140) -> AccountFile:
    """An org chart with long rows of cards and influence lines running far along them,
    so that routing a line is a search of many steps."""
    ids = [f"p{i:03d}" for i in range(people)]
    boss = {ids[i]: (ids[0] if i <= 10 else ids[1 + (i - 11) % 10]) for i in range(1, people)}
    links = [(ids[11 + i], ids[people - 1 - i], "informal") for i in range(0, 40, 3)]
    links += [(ids[1 + i], ids[10 - i], "conflict") for i in range(4)]
    return AccountFile.model_validate({
        "format": "rapport-account", "version": 1,
        "account": {"id": "wide", "name": "Wide"},
        "stakeholders": [{"id": sid, "name": sid, "reports_to": boss.get(sid),
                          "influence": 1 + i % 5} for i, sid in enumerate(ids)],
        "influences": [{"source": a, "target": b, "kind": k} for a, b, k in links],
    }, strict=False)


def drawn(scene: MapScene) -> list[tuple[str, str, tuple[tuple[float, float], ...]]]:
    return [(e.source.sid, e.target.sid, tuple(e.points())) for e in scene.edges]


def test_lines_routed_a_step_at_a_time_from_the_event_loop_end_as_routed_at_once(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = wide_chart()
    at_once = MapScene()
    at_once.set_document(doc)
    at_once.finish_routing()
    assert any(e.route is not None and e.route.waypoints for e in at_once.edges)
    # each slice of the event loop routes one step of a search (and the first show none)
    monkeypatch.setattr(scene_module, "ROUTE_FIRST", 0.0)
    monkeypatch.setattr(scene_module, "ROUTE_SLICE", 0.0)
    stepped = MapScene()
    stepped.set_document(doc)
    assert stepped.routing_pending() > 0
    paused = []
    while stepped.routing_pending():  # what the event loop does, one turn at a time
        stepped._route_on()
        paused.append(stepped._current is not None)
    assert sum(paused) > 10  # searches did pause between turns
    assert drawn(stepped) == drawn(at_once)
    # a card moved while a search is paused: the search starts again on the new map
    card = max(stepped.cards.values(), key=lambda c: len(c.edges))
    other = at_once.cards[card.sid]
    for moved in (card, other):
        moved.setPos(moved.pos() + QPointF(700, 40))
    at_once.finish_routing()
    while stepped._current is None and stepped.routing_pending():
        stepped._route_on()
    searching = stepped._current
    assert searching is not None
    edge = searching[0]
    ends = (edge.source, edge.target)
    # where the search would lead on the map as it was: put a card in the way there
    before = edge.route
    assert before is not None
    edge.reroute(stepped)
    assert edge.route is not None
    points = edge.route.points
    middle = QPointF(*points[len(points) // 2])
    edge.set_route(before)  # as it was: still being searched
    far = max((c for c in stepped.cards.values() if c is not card and c not in ends
               and not any(e.source in ends or e.target in ends for e in c.edges)),
              key=lambda c: (c.scene_card_rect().center() - middle).manhattanLength())
    far.setPos(far.pos() + middle - far.scene_card_rect().center())
    assert stepped._current is not None and stepped._current[0] is edge
    while stepped.routing_pending():
        stepped._route_on()
    route = edge.route
    assert routing.polyline_enters(points, rect(far))  # the line it would have drawn
    assert not routing.polyline_enters(edge.points(), rect(far))  # goes round the card
    edge.reroute(stepped)  # routed again on the map as it is now: the same line
    assert edge.route == route
