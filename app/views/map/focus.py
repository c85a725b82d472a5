"""What the map shows of the account: collapsed teams and a focus on one person.

Both are a way of looking, not an edit: nothing is saved in the account and nothing goes
on the undo stack. Collapsed teams are kept per account while the app runs (an edit
elsewhere reloads the map, the teams stay collapsed); a focus lasts while its person is
on the map.

The lens works through the scene's public parts only: cards and lines are shown or
hidden with ``scene.set_filter`` (a line shows when both its cards do), dimmed with
``setOpacity``, and a collapsed manager's card carries a :class:`CollapseBadge` of its
own ("+12"), a child item the card's painting knows nothing of.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.graph.focus import MAX_HOPS, managers, neighbourhood, team_below
from app.models.account import AccountFile
from app.views.map.items import CardItem
from app.views.map.scene import MapScene

#: how much of a card or a line outside the focus still shows
DIM_CARD, DIM_LINE = 0.12, 0.06

BADGE_FONT = QFont()
BADGE_FONT.setPointSizeF(8.5)
BADGE_FONT.setBold(True)


class CollapseBadge(QGraphicsObject):
    """"+12" under a collapsed manager's card: how many of their team are hidden; a
    click shows them again. Drawn at the same size on screen at any zoom, so it stays
    readable when a fitted map makes the cards small."""

    def __init__(self, card: CardItem, hidden: int, expand: Callable[[str], object]) -> None:
        super().__init__(card)
        self.sid = card.sid
        self.hidden = hidden
        self._expand = expand
        self.text = f"+{hidden}"
        metrics = QFontMetricsF(BADGE_FONT)
        width = max(metrics.horizontalAdvance(self.text) + 12, metrics.height() + 6)
        height = metrics.height() + 4
        # hung just under the card (in screen pixels: the origin is the card's bottom
        # middle), so that on a small card at a fitted zoom it covers none of the name
        self._rect = QRectF(-width / 2, 2, width, height)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)
        self.setToolTip(self.tr("%n people of this team are hidden: click to show them",
                                "", hidden))
        rect = card.card_rect()
        self.setPos(QPointF(rect.center().x(), rect.bottom()))

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        scene = self.scene()
        palette = scene.palette() if scene is not None else QPalette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # the palette's highlight pair: readable in light and dark mode alike
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(self._rect, self._rect.height() / 2, self._rect.height() / 2)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.setFont(BADGE_FONT)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()  # the card under it is neither selected nor dragged

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.boundingRect().contains(event.pos()):
            self._expand(self.sid)


class MapLens(QObject):
    """Collapsed teams and the focus, for the account on the map."""

    #: what is shown changed (a team collapsed or expanded, a focus set or left)
    changed = Signal()

    def __init__(self, scene: MapScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.doc: AccountFile | None = None
        #: account id -> the managers whose team is collapsed, while the app runs
        self._collapsed: dict[str, set[str]] = {}
        self._teams: dict[str, set[str]] = {}
        self._managers: set[str] = set()
        #: the badges on the cards, by manager (held here: an item made in Python and
        #: given only to its parent is deleted with its last Python reference)
        self._badges: dict[str, CollapseBadge] = {}
        #: (person, hops) while focused
        self.focus: tuple[str, int] | None = None
        self._near: set[str] = set()

    # -- the account ---------------------------------------------------------------------
    def load(self, doc: AccountFile | None) -> None:
        """A new or reloaded account on the map (cards rebuilt): what was collapsed on
        it stays collapsed; a focus stays on the same account while its person is there."""
        same = (doc is not None and self.doc is not None
                and doc.account.id == self.doc.account.id)
        self.doc = doc
        self._badges = {}  # gone with the cards the scene rebuilt
        self._managers = managers(doc) if doc is not None else set()
        if doc is not None:
            kept = self._collapsed.get(doc.account.id, set()) & self._managers
            self._collapsed[doc.account.id] = kept
        if self.focus is not None and not (same and self.focus[0] in self.scene.cards):
            self.focus = None
        self._refresh()

    def _refresh(self) -> None:
        doc = self.doc
        self._teams = team_below(doc, self.collapsed()) if doc is not None else {}
        self._near = (neighbourhood(doc, *self.focus)
                      if doc is not None and self.focus is not None else set())

    # -- collapsing --------------------------------------------------------------------
    def collapsed(self) -> set[str]:
        """The managers whose team is collapsed on this account."""
        return set(self._collapsed.get(self.doc.account.id, set())) if self.doc else set()

    def is_manager(self, sid: str) -> bool:
        return sid in self._managers

    def is_collapsed(self, sid: str) -> bool:
        return sid in self.collapsed()

    def collapse(self, sid: str) -> bool:
        """Hide everyone below ``sid``; whether anything changed."""
        if self.doc is None or sid not in self._managers or self.is_collapsed(sid):
            return False
        self._collapsed.setdefault(self.doc.account.id, set()).add(sid)
        self._refresh()
        self.changed.emit()
        return True

    def expand(self, sid: str) -> bool:
        """Show ``sid``'s team again (a collapsed sub-team inside it stays collapsed)."""
        if self.doc is None or not self.is_collapsed(sid):
            return False
        self._collapsed[self.doc.account.id].discard(sid)
        self._refresh()
        self.changed.emit()
        return True

    def hidden(self) -> set[str]:
        """Everyone a collapsed team hides."""
        return set().union(*self._teams.values()) if self._teams else set()

    def hidden_by(self, sid: str) -> int:
        """How many people ``sid``'s collapsed team hides (0: not collapsed)."""
        return len(self._teams.get(sid, ()))

    def badges(self) -> dict[str, CollapseBadge]:
        """The badges on the map, by manager."""
        return dict(self._badges)

    # -- focus ----------------------------------------------------------------------------
    def focus_on(self, sid: str, hops: int = 1) -> None:
        if self.doc is None or sid not in self.scene.cards:
            return
        self.focus = (sid, max(1, min(MAX_HOPS, hops)))
        self._refresh()
        self.changed.emit()

    def leave_focus(self) -> bool:
        """Show everyone at full strength again; whether there was a focus."""
        if self.focus is None:
            return False
        self.focus = None
        self._near = set()
        self.changed.emit()
        return True

    def focused(self) -> set[str]:
        """The people in the focus (empty: no focus)."""
        return set(self._near)

    def focus_rect(self) -> QRectF:
        """Where the focused people's shown cards are (empty: no focus)."""
        rect = QRectF()
        for sid in self._near:
            card = self.scene.cards.get(sid)
            if card is not None and card.isVisible():
                rect = rect.united(card.sceneBoundingRect())
        return rect

    # -- on the map ---------------------------------------------------------------------
    def apply(self, keep: Callable[[CardItem], bool] | None) -> None:
        """Show the cards ``keep`` accepts (None: all) less the collapsed teams, badge the
        collapsed managers, and dim what is outside the focus."""
        hidden = self.hidden()
        if hidden:
            def shown(card: CardItem) -> bool:
                return card.sid not in hidden and (keep is None or keep(card))

            self.scene.set_filter(shown)
        else:
            self.scene.set_filter(keep)
        for sid, badge in list(self._badges.items()):
            if self.hidden_by(sid) != badge.hidden:
                self.scene.removeItem(badge)  # and from its card
                del self._badges[sid]
        for sid in self.collapsed():
            card = self.scene.cards.get(sid)
            if card is not None and sid not in self._badges and self.hidden_by(sid):
                self._badges[sid] = CollapseBadge(card, self.hidden_by(sid), self.expand)
        for card in self.scene.cards.values():
            if card.isSelected() and not card.isVisible():
                card.setSelected(False)  # nothing hidden stays selected (Delete, keys)
        self.dim()

    def dim(self) -> None:
        """While focused: the people in the focus and the lines among them at full
        strength, the rest faint (instead of the scene's fading of what is not around a
        selected card)."""
        if self.focus is None:
            return
        near = self._near
        for sid, card in self.scene.cards.items():
            card.setOpacity(1.0 if sid in near else DIM_CARD)
        for edge in self.scene.edges:
            edge.setOpacity(1.0 if edge.source.sid in near and edge.target.sid in near
                            else DIM_LINE)
