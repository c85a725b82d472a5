"""The map canvas: builds cards and lines from an account document and reports drags.

The scene never saves anything. A finished drag is announced with
``cardsMoved({id: (old, new)})`` and the tab turns it into one undo step.

Routing: the scene keeps the visible cards in a spatial hash (``obstacles``, see
``app.graph.routing``) and the lines' polylines in another (``line_grid``). A card that
moves, changes size or is shown or hidden updates only its own buckets; its lines are
routed again by the card (``CardItem.itemChange`` → ``EdgeItem.adjust``), and the other
lines whose path runs over its old or new place are found through ``line_grid`` and
queued. Queued lines are routed a slice of time at a time from the event loop, so that a
1,000-card map draws at once (lines first straight, or as the connector) and routes
itself within a few turns; a small map is routed before anything is shown. A long search
pauses every few segment queries and goes on in the next slice (``routing.
route_line_steps``; started again if a card moved meanwhile), and a slice that changed
lines on screen waits for the frame that shows them: the map keeps painting while its
lines finish. A move (a nudge, an undo) routes its card's lines for 2 ms with a small
search budget in its own frame, the rest follows; lines are drawn without antialiasing
until every line is routed, then smooth. While cards
are dragged, their own lines follow at every mouse move (their previous bends reused when
still clear, a small search otherwise, straight when a frame's time is spent) and the
lines of others wait until the mouse is released; then every line touched is routed in
full, so the final picture does not depend on the path of the drag.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from functools import partial

from PySide6.QtCore import QLineF, QObject, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent

from app.graph import encoding, layout, routing
from app.models.account import AccountFile
from app.views.map import style
from app.views.map.edges import EdgeItem
from app.views.map.items import CardItem

Point = tuple[float, float]

#: seconds of routing a map may spend before it is first shown, or after a batch of moves
#: (an undo, a layout); the rest follows in slices of ROUTE_SLICE from the event loop, each
#: short enough that the turns between them keep painting and taking input at 60 frames/s
ROUTE_FIRST = 0.12
ROUTE_SLICE = 0.004
#: seconds of one turn of the event loop (a mouse move, a nudge, an undo) that routing the
#: moved cards' lines may take; lines beyond it are drawn straight and routed next turns
TURN_SLICE = 0.002
DRAG_SLICE = 0.004
#: after a move, lines are drawn without antialiasing (quicker) until every line is
#: routed and nothing has moved for this many milliseconds; then drawn smooth again
SMOOTH_AFTER_MS = 150
#: a slice of routing that changed lines on screen waits for the frame that shows them
#: (``drawForeground`` starts the next slice) or this many milliseconds: frames and slices
#: alternate, so the map keeps painting while its lines finish
FRAME_WAIT_MS = 16


class MapScene(QGraphicsScene):
    cardsMoved = Signal(object)  # dict[str, tuple[Point, Point]]: id -> (old, new)
    #: a line was drawn from one card to another: (source id, target id, kind)
    connectRequested = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(style.canvas(self.palette()))  # light, or the dark Base
        self.cards: dict[str, CardItem] = {}
        self.edges: list[EdgeItem] = []
        self._press: dict[str, Point] = {}
        #: None, or the kind of line a drag draws: "reports" or an influence kind
        self.connect_mode: str | None = None
        self._rubber: QGraphicsLineItem | None = None
        self._from: CardItem | None = None
        self.selectionChanged.connect(self._highlight_neighbourhood)
        #: the visible cards, by id, for routing; the lines' polylines
        self.obstacles: routing.Obstacles[str] = routing.Obstacles()
        self.line_grid: routing.SpatialHash[EdgeItem] = routing.SpatialHash()
        self._pending: dict[EdgeItem, None] = {}  # lines to route again, in order
        self._stale: set[EdgeItem] = set()  # … of which these do not meet their cards
        #: cards that moved (their old and new rectangles) whose neighbours' lines are
        #: still to be looked for: done from the event loop, after the move's frame
        self._moved: list[tuple[CardItem, routing.Rect | None, routing.Rect | None]] = []
        self._batch = 0
        self._drag = False
        self._drag_from: dict[str, routing.Rect | None] = {}  # where dragged cards were
        self._turn_start: float | None = None
        #: the line being searched a few steps a slice: (line, its search, the version of
        #: the obstacles it started on)
        self._current: tuple[EdgeItem, routing.Steps[None], int] | None = None
        self._await_frame = False  # the next routing slice waits for a frame
        self._route_timer = QTimer(self)
        self._route_timer.setSingleShot(True)
        self._route_timer.setInterval(0)
        self._route_timer.timeout.connect(self._route_on)
        self._rough = False  # lines drawn without antialiasing (see EdgeItem.paint)
        self._smooth_timer = QTimer(self)
        self._smooth_timer.setSingleShot(True)
        self._smooth_timer.setInterval(SMOOTH_AFTER_MS)
        self._smooth_timer.timeout.connect(self._smooth)

    # -- content -------------------------------------------------------------------
    def set_document(self, doc: AccountFile | None) -> None:
        self.setBackgroundBrush(style.canvas(self.palette()))  # the palette may have changed
        """Rebuild everything; stored positions win, the rest comes from the org chart."""
        self.cards, self.edges = {}, []  # first: clear() announces selection changes
        self._rubber, self._from, self._press = None, None, {}  # a drag in progress ends
        self.obstacles, self.line_grid = routing.Obstacles(), routing.SpatialHash()
        self._pending, self._stale, self._drag, self._drag_from = {}, set(), False, {}
        self._moved, self._current = [], None
        self._route_timer.stop()
        self._smooth_timer.stop()
        self._rough = False
        self.clear()
        if doc is None:
            return
        positions = encoding.map_positions(doc)  # as the PDF draws it
        for person in doc.stakeholders:
            card = CardItem(person)
            x, y = positions[person.id]
            card.setPos(x, y)
            self.addItem(card)
            self.cards[person.id] = card
            self._watch(card)
        stacked = layout.stacked_reports([s.id for s in doc.stakeholders],
                                         {s.id: s.reports_to for s in doc.stakeholders})
        for person in doc.stakeholders:
            if person.reports_to:
                self._add_edge(EdgeItem(self.cards[person.reports_to], self.cards[person.id],
                                        "reports", stacked=person.id in stacked))
        for link in doc.influences:
            self._add_edge(EdgeItem(self.cards[link.source], self.cards[link.target],
                                    (link.kind or "informal").__str__(), link.strength))
        offsets = routing.pair_offsets([(e.source.sid, e.target.sid, e.kind == "reports")
                                        for e in self.edges])
        for edge, offset in zip(self.edges, offsets, strict=True):
            edge.offset = offset
        self._queue(self.edges, stale=False)  # drawn straight until routed
        self._route_slice(ROUTE_FIRST)
        self.grow_to_content()

    # -- routing ---------------------------------------------------------------------
    def _watch(self, card: CardItem) -> None:
        """Keep the card's place among the obstacles: on a move, a resize (through its
        lines' ``adjust``), and when it is shown or hidden (a filter, a collapsed team)."""
        sync = partial(self.sync_card, card)
        card.xChanged.connect(sync)
        card.yChanged.connect(sync)
        card.visibleChanged.connect(sync)
        self.sync_card(card)

    def sync_card(self, card: CardItem) -> None:
        """File the card where it is now (or drop it, hidden); the lines of others that
        ran over its old or new place are queued for routing."""
        if card.scene() is not self or self.cards.get(card.sid) is not card:
            return
        r = card.scene_card_rect() if card.isVisible() else None
        rect = (r.left(), r.top(), r.right(), r.bottom()) if r is not None else None
        old = self.obstacles.rects.get(card.sid)
        if old == rect:
            return
        self.obstacles.set(card.sid, rect)
        if self._drag:  # the others' lines wait for the release: only where it started counts
            self._drag_from.setdefault(card.sid, old)
            return
        # the lines of others over its old or new place: looked for (a few ms on a big
        # map) and routed from the event loop, so the move's own frame stays short
        self._moved.append((card, old, rect))
        if not self._batch and not self._route_timer.isActive():
            self._next_slice(after_frame=True)  # the move's frame is painted first

    def _lines_over(self, rects: Iterable[routing.Rect | None],
                    card: CardItem) -> list[EdgeItem]:
        """Lines of other cards whose path runs over (or hugs, after a detour) these
        rectangles: found in the line grid, not by looking at every line."""
        found: list[EdgeItem] = []
        for rect in rects:
            if rect is None:
                continue
            # a line that went round the card passes within its margin, or a little
            # further when it is one of parallel lines, moved aside
            area = routing.inflate(rect, routing.MARGIN + 2 * routing.PARALLEL + 2)
            for edge in self.line_grid.near_rect(area):
                if edge.source is card or edge.target is card or edge in found:
                    continue
                if routing.polyline_enters(edge.points(), area):
                    found.append(edge)
        return found

    def _queue(self, edges: Iterable[EdgeItem], *, stale: bool) -> None:
        for edge in edges:
            self._pending[edge] = None
            if stale:
                self._stale.add(edge)
        if self._pending and not self._drag and not self._batch \
                and not self._route_timer.isActive():
            self._next_slice(after_frame=False)

    def route_now(self, edge: EdgeItem) -> bool:
        """Whether a line whose card moved is routed at once (else it is queued)."""
        if self._batch:
            self._queue((edge,), stale=True)
            return False
        now = time.perf_counter()
        if self._turn_start is None:
            self._turn_start = now
            QTimer.singleShot(0, self._end_turn)
            self._roughen()
        if now - self._turn_start > (DRAG_SLICE if self._drag else TURN_SLICE):
            # this turn's time is spent: straight for a moment (queued, so not filed in
            # the line grid: it is filed when routed)
            edge.straighten()
            self._queue((edge,), stale=False)
            return False
        self._pending.pop(edge, None)
        self._stale.discard(edge)
        if self._current is not None and self._current[0] is edge:
            self._current = None  # routed now instead
        return True

    def _end_turn(self) -> None:
        self._turn_start = None

    def line_routed(self, edge: EdgeItem) -> None:
        self.line_grid.put_polyline(edge, edge.points())

    def dragging(self) -> bool:
        return self._drag

    def rough(self) -> bool:
        """Whether lines are drawn without antialiasing: while cards are dragged, and
        after a move until its lines are routed (each frame then repaints long lines)."""
        return self._drag or self._rough

    def _roughen(self) -> None:
        self._rough = True
        self._smooth_timer.start()

    def _smooth(self) -> None:
        if self._drag or self.routing_pending():
            self._smooth_timer.start()  # not settled yet
            return
        self._rough = False
        self.update()  # drawn smooth again

    def defer(self, edge: EdgeItem) -> None:
        self._queue((edge,), stale=False)

    def routing_pending(self) -> int:
        """How many lines (or moved cards' neighbourhoods) wait to be routed."""
        return len(self._pending) + len(self._moved) + (self._current is not None)

    def finish_routing(self) -> None:
        """Route every queued line now."""
        self._route_slice(None)

    def _route_on(self) -> None:
        """A slice of routing from the event loop."""
        self._route_slice(ROUTE_SLICE)

    def _route_slice(self, budget: float | None) -> None:
        """Route queued lines for about ``budget`` seconds (None: all of them); the
        rest are drawn straight (when their card moved) and wait for the next turn."""
        self._route_timer.stop()
        self._await_frame = False
        start = time.perf_counter()
        moved, self._moved = self._moved, []
        self._batch += 1  # no timer started while queueing: the end of the slice decides
        try:
            for card, old, rect in moved:
                if card.scene() is self:
                    self._queue(self._lines_over((old, rect), card), stale=False)
        finally:
            self._batch -= 1
        changed: list[EdgeItem] = []
        while self._pending or self._current is not None:
            if self._current is None:
                edge = next(iter(self._pending))
                del self._pending[edge]
                if edge in self._stale:
                    self._stale.discard(edge)
                    edge.straighten()  # meets its cards while its search goes on
                    changed.append(edge)
                if edge.scene() is not self:
                    continue
                self._current = (edge, edge.reroute_steps(self), self.obstacles.version)
            edge, steps, version = self._current
            if version != self.obstacles.version:  # a card moved meanwhile: start again
                steps = edge.reroute_steps(self)
                self._current = (edge, steps, self.obstacles.version)
            try:
                next(steps)  # a few segment queries
            except StopIteration:
                self._current = None
                changed.append(edge)
            if budget is not None and time.perf_counter() - start > budget:
                break
        for edge in self._stale:
            edge.straighten()  # meets its cards until routed
            changed.append(edge)
        self._stale.clear()
        if self.routing_pending() and not self._drag:
            self._next_slice(after_frame=self._on_screen(changed))

    def _next_slice(self, *, after_frame: bool) -> None:
        """Route on from the event loop: at once, or once the next frame is painted."""
        self._await_frame = after_frame
        self._route_timer.start(FRAME_WAIT_MS if after_frame else 0)

    def _on_screen(self, edges: Iterable[EdgeItem]) -> bool:
        """Whether any of these lines is in a shown view."""
        areas = [v.mapToScene(v.viewport().rect()).boundingRect()
                 for v in self.views() if v.isVisible()]
        return bool(areas) and any(area.intersects(edge.sceneBoundingRect())
                                   for edge in edges for area in areas)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        """After each frame: the routing slice waiting for it runs next."""
        super().drawForeground(painter, rect)
        if self._await_frame and self._route_timer.isActive():
            self._await_frame = False
            self._route_timer.start(0)

    def grow_to_content(self) -> None:
        """Keep every card reachable by scrolling, with room around the map."""
        self.setSceneRect(self.sceneRect().united(
            self.content_rect().adjusted(-400, -300, 400, 300)) if self.cards else QRectF())

    def _add_edge(self, edge: EdgeItem) -> None:
        self.addItem(edge)
        self.edges.append(edge)

    def positions(self) -> dict[str, Point]:
        return {sid: (card.pos().x(), card.pos().y()) for sid, card in self.cards.items()}

    def set_positions(self, positions: Mapping[str, Point | None]) -> None:
        self._batch += 1  # lines are routed once, after every card has moved
        try:
            for sid, pos in positions.items():
                card = self.cards.get(sid)
                if card is not None and pos is not None \
                        and (card.pos().x(), card.pos().y()) != pos:
                    card.setPos(QPointF(*pos))
        finally:
            self._batch -= 1
        self._route_slice(TURN_SLICE)
        self.grow_to_content()

    def content_rect(self) -> QRectF:
        """Where the shown cards are (a filter hides some)."""
        rect = QRectF()
        for card in self.cards.values():
            if card.isVisible():
                rect = rect.united(card.sceneBoundingRect())
        return rect

    def select_people(self, ids: list[str]) -> None:
        self.clearSelection()
        for sid in ids:
            if sid in self.cards:
                self.cards[sid].setSelected(True)

    def selected_ids(self) -> list[str]:
        return [c.sid for c in self.cards.values() if c.isSelected()]

    def card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def selected_lines(self) -> list[EdgeItem]:
        return [e for e in self.edges if e.isSelected()]

    def set_filter(self, keep: Callable[[CardItem], bool] | None) -> None:
        """Show only the people ``keep`` accepts (None: everyone), and lines between them."""
        self._batch += 1
        try:
            for card in self.cards.values():
                card.setVisible(keep is None or keep(card))
            for edge in self.edges:
                edge.setVisible(edge.source.isVisible() and edge.target.isVisible())
        finally:
            self._batch -= 1
        self._route_slice(TURN_SLICE)  # hidden cards are no obstacles

    # -- drawing lines ---------------------------------------------------------------
    def drawing(self) -> bool:
        """Whether a line is being drawn (a card chosen, the other end not yet)."""
        return self._from is not None

    def cancel_drawing(self) -> bool:
        """Drop the line being drawn (Esc); whether there was one."""
        if self._rubber is not None:
            self.removeItem(self._rubber)
        self._rubber = None
        was, self._from = self._from is not None, None
        return was

    def _finish_drawing(self, target: CardItem | None) -> None:
        source = self._from
        self.cancel_drawing()
        if source is not None and target is not None and target is not source \
                and self.connect_mode:
            self.connectRequested.emit(source.sid, target.sid, self.connect_mode)

    # -- dragging ------------------------------------------------------------------
    def start_drawing(self, card: CardItem, towards: QPointF | None = None) -> None:
        """Start a line at ``card`` (in a drawing mode): it follows the mouse to the card
        clicked next; Esc (``cancel_drawing``) drops it."""
        self.cancel_drawing()
        self._from = card
        centre = card.scene_card_rect().center()
        self._rubber = self.addLine(QLineF(centre, towards or centre),
                                    QPen(QColor("#ff6f00"), 2, Qt.PenStyle.DashLine))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.connect_mode is not None and event.button() == Qt.MouseButton.LeftButton:
            if self._from is not None:  # the second click: on the other end, or elsewhere
                self._finish_drawing(self.card_at(event.scenePos()))
                event.accept()
                return
            card = self.card_at(event.scenePos())
            if card is not None:
                self.start_drawing(card, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)
        self._press = {c.sid: (c.pos().x(), c.pos().y())
                       for c in self.cards.values() if c.isSelected()}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._rubber is not None:
            line = self._rubber.line()
            line.setP2(event.scenePos())
            self._rubber.setLine(line)
            return
        if self._press and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag = True  # cards follow the mouse: see the module's doc on routing
            self._route_timer.stop()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._rubber is not None or (self.connect_mode and self._from is None):
            target = self.card_at(event.scenePos())
            if target is not None and target is self._from:
                return  # a click on a card: the line follows the mouse to the next click
            self._finish_drawing(target)  # dragged onto another card, or off the cards
            return
        super().mouseReleaseEvent(event)
        moved = {}
        for sid, old in self._press.items():
            card = self.cards.get(sid)
            if card is not None and (card.pos().x(), card.pos().y()) != old:
                moved[sid] = (old, (card.pos().x(), card.pos().y()))
        self._press = {}
        if self._drag:
            self._drag = False
            # the moved cards' lines in full (the drag reused bends), then the others'
            # that ran over where the cards were or now are
            lines = [e for sid in moved for e in self.cards[sid].edges]
            for sid, old_rect in self._drag_from.items():
                card = self.cards.get(sid)
                if card is not None:
                    lines += self._lines_over((old_rect, self.obstacles.rects.get(sid)), card)
            self._drag_from = {}
            self._pending = dict.fromkeys([*lines, *self._pending])
            self._route_slice(TURN_SLICE)
            self._roughen()  # drawn smooth again once the lines are routed (_smooth)
        if moved:
            self.grow_to_content()
            self.cardsMoved.emit(moved)

    # -- highlighting ----------------------------------------------------------------
    def _highlight_neighbourhood(self) -> None:
        """One card selected: fade everyone outside its direct relationships."""
        selected = [c for c in self.cards.values() if c.isSelected()]
        if len(selected) != 1:
            for item in (*self.cards.values(), *self.edges):
                item.setOpacity(1.0)
            return
        focus = selected[0]
        near = {focus} | {e.source for e in focus.edges} | {e.target for e in focus.edges}
        for card in self.cards.values():
            card.setOpacity(1.0 if card in near else 0.25)
        for edge in self.edges:
            edge.setOpacity(1.0 if focus in (edge.source, edge.target) else 0.12)
