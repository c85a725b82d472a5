"""The map canvas: builds cards and lines from an account document and reports drags.

The scene never saves anything. A finished drag is announced with
``cardsMoved({id: (old, new)})`` and the tab turns it into one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent

from app.graph import encoding, layout
from app.models.account import AccountFile
from app.views.map import style
from app.views.map.edges import EdgeItem
from app.views.map.items import CardItem

Point = tuple[float, float]


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

    # -- content -------------------------------------------------------------------
    def set_document(self, doc: AccountFile | None) -> None:
        self.setBackgroundBrush(style.canvas(self.palette()))  # the palette may have changed
        """Rebuild everything; stored positions win, the rest comes from the org chart."""
        self.cards, self.edges = {}, []  # first: clear() announces selection changes
        self._rubber, self._from, self._press = None, None, {}  # a drag in progress ends
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
        stacked = layout.stacked_reports([s.id for s in doc.stakeholders],
                                         {s.id: s.reports_to for s in doc.stakeholders})
        for person in doc.stakeholders:
            if person.reports_to:
                self._add_edge(EdgeItem(self.cards[person.reports_to], self.cards[person.id],
                                        "reports", stacked=person.id in stacked))
        for link in doc.influences:
            self._add_edge(EdgeItem(self.cards[link.source], self.cards[link.target],
                                    (link.kind or "informal").__str__(), link.strength))
        self.grow_to_content()

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
        for sid, pos in positions.items():
            card = self.cards.get(sid)
            if card is not None and pos is not None and (card.pos().x(), card.pos().y()) != pos:
                card.setPos(QPointF(*pos))
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
        for card in self.cards.values():
            card.setVisible(keep is None or keep(card))
        for edge in self.edges:
            edge.setVisible(edge.source.isVisible() and edge.target.isVisible())

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
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.connect_mode is not None and event.button() == Qt.MouseButton.LeftButton:
            if self._from is not None:  # the second click: on the other end, or elsewhere
                self._finish_drawing(self.card_at(event.scenePos()))
                event.accept()
                return
            self._from = self.card_at(event.scenePos())
            if self._from is not None:
                centre = self._from.scene_card_rect().center()
                self._rubber = self.addLine(QLineF(centre, event.scenePos()),
                                            QPen(QColor("#ff6f00"), 2, Qt.PenStyle.DashLine))
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
