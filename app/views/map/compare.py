"""The compare view: today's map with what changed since a day drawn over it, and the
list of those changes beside it.

Everything here is an overlay, added to the map's scene next to the cards and lines the
scene made, never a change of them: a new person's card gets a dashed halo and a "NEW"
tag (:class:`NewMark`), a person who left is a faded dashed card where they last were
(:class:`GhostCard`), a stance change hangs an arrow label above the card ("▬ neutral →
▲ supporter", green when it got better, red when worse: :class:`StanceLabel`), a
stronger or weaker relationship an ↑ or ↓ on the card's border (:class:`RelationshipMark`),
a new influence line glows under the line (:class:`LineGlow`) and a removed one is a
faint dashed ghost (:class:`GhostLine`). Labels and marks keep their size on screen at
any zoom, as the collapse badge does.

The scene rebuilds its cards on every load (and deletes what hangs on them), so
:class:`CompareOverlay` is built again after each load and holds its items itself (an
item made in Python and given only to its parent dies with its last Python reference).
Lines are routed a little after a load or a move: :meth:`CompareOverlay.sync` follows
them (the tab calls it on a timer while comparing).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QListView,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from app.assessment.changes import Change, describe
from app.assessment.health import STANCE_VALUES
from app.graph import encoding
from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import Stance, label
from app.views import colors
from app.views.map import style
from app.views.map.items import MARK_INSET, RADIUS, CardItem, canvas_of, paint_mark
from app.views.plain import PlainLabel, plain

translate = QCoreApplication.translate

#: the people a row of the change list concerns (a list of ids)
IDS_ROLE = Qt.ItemDataRole.UserRole + 1
#: the change of a row (None: a group's heading)
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 2

#: new people and lines: violet, a hue no stance, line or the selection has
NEW = QColor(encoding.CHANGE_NEW)
BETTER = QColor(encoding.CHANGE_BETTER)
WORSE = QColor(encoding.CHANGE_WORSE)
GHOST = QColor(encoding.CHANGE_GHOST)


TAG_FONT = QFont()
TAG_FONT.setPointSizeF(7.5)
TAG_FONT.setBold(True)
LABEL_FONT = QFont()
LABEL_FONT.setPointSizeF(8.0)
GHOST_FONT = QFont()
GHOST_FONT.setPointSizeF(11.0)
GHOST_FONT.setItalic(True)


def stance_of(value: Any) -> Stance | None:
    try:
        return Stance(value) if value else None
    except ValueError:
        return None


def direction(change: Change) -> int:
    """+1 got better for us, -1 worse, 0 neither (or not a change with a direction): a
    stance by the health score's values (unknown counts as neutral), our relationship by
    its level. Influence has none of its own: more of it is good news in a champion's
    hands and bad news in a blocker's (the movers weigh it so)."""
    if change.kind == "stance_changed":
        before = STANCE_VALUES.get(stance_of(change.before), 0.0)  # type: ignore[arg-type]
        after = STANCE_VALUES.get(stance_of(change.after), 0.0)  # type: ignore[arg-type]
    elif change.kind == "relationship_changed":
        before, after = change.before or 0, change.after or 0
    else:
        return 0
    return (after > before) - (after < before)


def _on(colour: QColor, item: QGraphicsItem) -> QColor:
    """``colour`` as drawn on the item's canvas: 3:1 at least (light or dark palette)."""
    return style.on_canvas(colour, canvas_of(item))


def _palette(item: QGraphicsItem) -> QPalette:
    scene = item.scene()
    return scene.palette() if scene is not None else QPalette()


def _pill(painter: QPainter, rect: QRectF, fill: QColor, edge: QColor) -> None:
    painter.setPen(QPen(edge, 1.5))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)


# -- on the cards ------------------------------------------------------------------------
class _OnScreen(QGraphicsObject):
    """A mark of a card drawn at the same size on screen at any zoom."""

    def __init__(self, card: CardItem) -> None:
        super().__init__(card)
        self.card = card
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(3)
        self._rect = QRectF()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-2, -2, 2, 2)


class NewMark(QGraphicsObject):
    """A new person: a dashed halo around the card and a "NEW" tag above it."""

    def __init__(self, card: CardItem) -> None:
        super().__init__(card)
        self.card = card
        self.sid = card.sid
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(-1)  # under the card's own drawing: around it
        self._rect = card.card_rect().adjusted(-6, -6, 6, 6)
        self.tag = NewTag(card)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(_on(NEW, self), 2.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._rect, RADIUS + 4, RADIUS + 4)


class NewTag(_OnScreen):
    """"NEW" over a new person's card (its top right)."""

    def __init__(self, card: CardItem) -> None:
        super().__init__(card)
        self.text = translate("CompareOverlay", "NEW", "a person new on the map")
        metrics = QFontMetricsF(TAG_FONT)
        width, height = metrics.horizontalAdvance(self.text) + 10, metrics.height() + 2
        self._rect = QRectF(-width, -height / 2, width, height)
        rect = card.card_rect()
        self.setPos(QPointF(rect.right() + 4, rect.top() - 2))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = _on(NEW, self)
        _pill(painter, self._rect, fill, canvas_of(self))
        painter.setPen(colors.black_or_white(fill))
        painter.setFont(TAG_FONT)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


class StanceLabel(_OnScreen):
    """"▬ neutral → ▲ supporter" above the card: the stance's markers and words, the
    arrow and the edge green (better for us) or red (worse). Where the card is too small
    on screen for the words, only the markers and the arrow."""

    def __init__(self, card: CardItem, change: Change) -> None:
        super().__init__(card)
        self.change = change
        self.before, self.after = stance_of(change.before), stance_of(change.after)
        self.words = (_stance_word(self.before), _stance_word(self.after))
        self.better = direction(change)
        metrics = QFontMetricsF(LABEL_FONT)
        self._mark = metrics.height() * 0.42
        self._arrow = metrics.horizontalAdvance(" → ")
        self._height = metrics.height() + 4
        self._short = self._width(False)
        self._long = self._width(True)
        self._rect = QRectF(-self._long / 2, -self._height - 3, self._long, self._height)
        rect = card.card_rect()
        self.setPos(QPointF(rect.center().x(), rect.top()))
        self.setToolTip(plain(describe(change)))

    def _width(self, words: bool) -> float:
        metrics = QFontMetricsF(LABEL_FONT)
        width = 8 + 2 * (2 * self._mark + 3) + self._arrow
        if words:
            width += sum(metrics.horizontalAdvance(w) + 3 for w in self.words)
        return width

    def wordy(self) -> bool:
        """Whether the words fit: the card is at least as wide on screen as the label."""
        views = self.scene().views() if self.scene() is not None else []
        scale = views[0].transform().m11() if views else 1.0
        return self.card.card_rect().width() * scale * 1.35 >= self._long

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        words = self.wordy()
        width = self._long if words else self._short
        rect = QRectF(-width / 2, self._rect.top(), width, self._height)
        pal = _palette(self)
        base = canvas_of(self)
        tone = _on(BETTER if self.better > 0 else WORSE if self.better < 0 else GHOST, self)
        _pill(painter, rect, base, tone)
        text = colors.readable_on(base, pal.color(QPalette.ColorRole.Text))
        border = style.on_canvas(style.BORDER, base)
        x = rect.left() + 4
        middle = rect.center().y()
        painter.setFont(LABEL_FONT)
        for k, stance in enumerate((self.before, self.after)):
            paint_mark(painter, stance, QPointF(x + self._mark, middle), self._mark, border)
            x += 2 * self._mark + 3
            if words:
                painter.setPen(text)
                w = QFontMetricsF(LABEL_FONT).horizontalAdvance(self.words[k])
                painter.drawText(QRectF(x, rect.top(), w + 1, rect.height()),
                                 Qt.AlignmentFlag.AlignVCenter, self.words[k])
                x += w + 3
            if k == 0:
                painter.setPen(tone)
                painter.drawText(QRectF(x, rect.top(), self._arrow, rect.height()),
                                 Qt.AlignmentFlag.AlignCenter, "→")
                x += self._arrow


class RelationshipMark(_OnScreen):
    """↑ or ↓ on the card's right border: our relationship got stronger or weaker."""

    def __init__(self, card: CardItem, change: Change) -> None:
        super().__init__(card)
        self.change = change
        self.better = direction(change)
        self.text = "↑" if self.better > 0 else "↓"
        size = QFontMetricsF(TAG_FONT).height() + 3
        self._rect = QRectF(-size / 2, -size / 2, size, size)
        rect = card.card_rect()
        self.setPos(QPointF(rect.right(), rect.center().y()))
        self.setToolTip(plain(describe(change)))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = _on(BETTER if self.better > 0 else WORSE, self)
        painter.setPen(QPen(canvas_of(self), 1.5))
        painter.setBrush(fill)
        painter.drawEllipse(self._rect)
        painter.setPen(colors.black_or_white(fill))
        painter.setFont(TAG_FONT)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


def _stance_word(stance: Stance | None) -> str:
    return label(stance) if stance is not None else "—"


# -- people who left, lines ----------------------------------------------------------------
class GhostCard(QGraphicsObject):
    """Someone who left: a faded dashed card where they last were. Selectable (the change
    list selects it), never moved nor edited."""

    def __init__(self, person: StakeholderRecord, pos: QPointF) -> None:
        super().__init__()
        self.person = person
        self.sid = person.id
        size = style.card_size(person.influence)
        slot = style.SLOT
        self._rect = QRectF((slot.width() - size.width()) / 2,
                            (slot.height() - size.height()) / 2, size.width(), size.height())
        self.setPos(pos)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(-2)
        self.setToolTip(plain(describe(Change("person_removed", person.id, person.name))))

    def card_rect(self) -> QRectF:
        return self._rect

    def scene_card_rect(self) -> QRectF:
        return self.mapRectToScene(self._rect)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect.adjusted(-12, -12, 12, 12)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, RADIUS, RADIUS)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = canvas_of(self)
        edge = _on(GHOST, self)
        fill = colors.mix(base, style.STANCE_FILL[self.person.stance], 0.18)
        if self.isSelected():
            pen = QPen(style.on_canvas(style.SELECTION, base), 3.0)
        else:
            pen = QPen(edge, 1.6, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(self._rect.adjusted(1, 1, -1, -1), RADIUS, RADIUS)
        text = colors.ensure_contrast(edge, fill, colors.TEXT_AA)
        painter.setPen(text)
        painter.setFont(GHOST_FONT)
        inner = self._rect.adjusted(10, 6, -6, -6)
        metrics = QFontMetricsF(GHOST_FONT)
        name = metrics.elidedText(self.person.name, Qt.TextElideMode.ElideRight,
                                  inner.width())
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)
        small = QFont(TAG_FONT)
        painter.setFont(small)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         translate("CompareOverlay", "left the map"))
        painter.setOpacity(0.6)
        paint_mark(painter, self.person.stance,
                   self._rect.topLeft() + QPointF(MARK_INSET, MARK_INSET), 7.0, edge)


class _Track(QGraphicsItem):
    """A line drawn along points that follow cards (or ghosts); :meth:`sync` redraws it
    when they moved or the line was routed again."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._points: tuple[tuple[float, float], ...] = ()
        self._path = QPainterPath()

    def points(self) -> Sequence[tuple[float, float]]:
        return ()

    def sync(self) -> None:
        points = tuple(self.points())
        if points == self._points:
            return
        self.prepareGeometryChange()
        self._points = points
        path = QPainterPath()
        for k, (x, y) in enumerate(points):
            if k == 0:
                path.moveTo(x, y)
            else:
                path.lineTo(x, y)
        self._path = path

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._path.boundingRect().adjusted(-8, -8, 8, 8)


class LineGlow(_Track):
    """A new influence line: a broad violet glow under the line, along its route."""

    def __init__(self, edge: Any, change: Change) -> None:
        super().__init__()
        self.edge = edge
        self.change = change
        self.setZValue(-1)
        self.sync()

    def points(self) -> Sequence[tuple[float, float]]:
        return self.edge.points() if shiboken6.isValid(self.edge) else ()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        glow = QColor(_on(NEW, self))
        glow.setAlphaF(0.35)
        pen = QPen(glow, 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawPath(self._path)


class GhostLine(_Track):
    """A removed influence line: faint and dashed, between its two people (or their
    ghosts), straight."""

    def __init__(self, ends: tuple[Any, Any], change: Change) -> None:
        super().__init__()
        self.ends = ends
        self.change = change
        self.setZValue(-2)
        self.sync()

    def points(self) -> Sequence[tuple[float, float]]:
        if not all(shiboken6.isValid(e) for e in self.ends):
            return ()
        a, b = (e.scene_card_rect() for e in self.ends)
        line = _clip_between(a, b)
        return (line[0], line[1]) if line else ()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self._points:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(_on(GHOST, self))
        pen = QPen(colour, 1.6, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setOpacity(0.7)
        painter.setPen(pen)
        painter.drawPath(self._path)
        # a cross at the middle: this line is gone
        (x1, y1), (x2, y2) = self._points[0], self._points[-1]
        mid = QPointF((x1 + x2) / 2, (y1 + y2) / 2)
        scale = painter.worldTransform().m11() or 1.0
        r = 5 / scale
        pen.setStyle(Qt.PenStyle.SolidLine)
        pen.setWidthF(2)
        painter.setPen(pen)
        painter.drawLine(mid + QPointF(-r, -r), mid + QPointF(r, r))
        painter.drawLine(mid + QPointF(-r, r), mid + QPointF(r, -r))

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(4)
        return stroker.createStroke(self._path)


def _clip_between(a: QRectF, b: QRectF) -> tuple[tuple[float, float],
                                                  tuple[float, float]] | None:
    """The segment from rectangle ``a``'s edge to ``b``'s, on the line between centres."""
    ca, cb = a.center(), b.center()
    if ca == cb:
        return None

    def edge(rect: QRectF, inside: QPointF, outside: QPointF) -> tuple[float, float]:
        dx, dy = outside.x() - inside.x(), outside.y() - inside.y()
        ts = [t for t in (
            (rect.width() / 2 / abs(dx)) if dx else None,
            (rect.height() / 2 / abs(dy)) if dy else None) if t is not None]
        t = min(ts + [1.0])
        return (inside.x() + dx * t, inside.y() + dy * t)

    return edge(a, ca, cb), edge(b, cb, ca)


# -- the overlay ---------------------------------------------------------------------------
class CompareOverlay:
    """The marks of one comparison on the scene: built after the scene drew today's
    map, removed before it is drawn again (or the comparison ends)."""

    def __init__(self, scene: QGraphicsScene, cards: dict[str, CardItem],
                 then: AccountFile, found: Sequence[Change]) -> None:
        self.scene = scene
        self.items: list[QGraphicsItem] = []
        self.ghosts: dict[str, GhostCard] = {}
        old_people = {p.id: p for p in then.stakeholders}
        old_places = encoding.map_positions(then) if then.stakeholders else {}
        for change in found:
            card = cards.get(change.subject)
            if change.kind == "person_added" and card is not None:
                mark = NewMark(card)
                self.items += [mark, mark.tag]
            elif change.kind == "stance_changed" and card is not None:
                self.items.append(StanceLabel(card, change))
            elif change.kind == "relationship_changed" and card is not None \
                    and direction(change):
                self.items.append(RelationshipMark(card, change))
            elif change.kind == "person_removed" and change.subject in old_people:
                x, y = old_places.get(change.subject, (0.0, 0.0))
                spot = self._free_spot(x, y, cards)
                ghost = GhostCard(old_people[change.subject], QPointF(*spot))
                scene.addItem(ghost)
                self.ghosts[ghost.sid] = ghost
                self.items.append(ghost)
        for change in found:
            if change.kind == "line_added":
                for edge in _edges_of(scene, change):
                    glow = LineGlow(edge, change)
                    scene.addItem(glow)
                    self.items.append(glow)
            elif change.kind == "line_removed":
                source, target = change.people
                ends = (cards.get(source) or self.ghosts.get(source),
                        cards.get(target) or self.ghosts.get(target))
                if ends[0] is not None and ends[1] is not None:
                    ghost_line = GhostLine((ends[0], ends[1]), change)
                    scene.addItem(ghost_line)
                    self.items.append(ghost_line)

    def _free_spot(self, x: float, y: float,
                   cards: dict[str, CardItem]) -> tuple[float, float]:
        """Where the person was, or the nearest place along the row (then below) where
        their ghost covers no card of today's map and no other ghost."""
        w, h = style.SLOT.width(), style.SLOT.height()
        taken = [c.scene_card_rect() for c in cards.values()] + [
            g.scene_card_rect() for g in self.ghosts.values()]
        step_x, step_y = w + 16, h + 16
        for row in range(60):
            for col in (0, *(c for n in range(1, 6) for c in (n, -n))):
                spot = QRectF(x + col * step_x, y + row * step_y, w, h)
                if not any(spot.intersects(r) for r in taken):
                    return (spot.x(), spot.y())
        return (x, y)

    def of_type(self, kind: type) -> list[Any]:
        return [i for i in self.items if isinstance(i, kind)]

    def sync(self) -> None:
        """Follow moved cards and lines routed again."""
        for item in self.items:
            if isinstance(item, _Track) and shiboken6.isValid(item):
                item.sync()

    def remove(self) -> None:
        """Take every mark off the scene (those on cards the scene deleted are gone)."""
        for item in self.items:
            if shiboken6.isValid(item) and item.scene() is self.scene \
                    and item.parentItem() is None:
                self.scene.removeItem(item)
        self.items, self.ghosts = [], {}


def _edges_of(scene: Any, change: Change) -> list[Any]:
    after = change.after or {}
    kind = after.get("kind") or "informal"
    return [e for e in getattr(scene, "edges", [])
            if e.kind != "reports" and e.source.sid == after.get("source")
            and e.target.sid == after.get("target") and e.kind == kind]


# -- the change list ---------------------------------------------------------------------
#: the groups of the list, in order, and the kinds in each
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("added", ("person_added",)),
    ("removed", ("person_removed",)),
    ("stance", ("stance_changed",)),
    ("relationship", ("relationship_changed",)),
    ("people", ("person_renamed", "person_moved", "role_changed", "influence_changed",
                "owner_changed")),
    ("lines", ("line_added", "line_removed", "line_changed")),
    ("account", ("stage_changed", "risk_opened", "risk_closed", "risk_rerated",
                 "objective_status_changed", "health_moved")),
)


def _icon(glyph: str, colour: QColor) -> QIcon:
    pixmap = QPixmap(QSize(16, 16))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(QRectF(1, 1, 14, 14))
    painter.setPen(colors.black_or_white(colour))
    font = QFont()
    font.setPixelSize(11)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, 16, 16), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)


def change_icon(change: Change) -> QIcon:
    k = change.kind
    if k == "person_added":
        return _icon("+", NEW)
    if k == "person_removed":
        return _icon("−", GHOST)
    if k == "line_added":
        return _icon("+", style.INFLUENCE[None])
    if k == "line_removed":
        return _icon("−", style.INFLUENCE[None])
    way = direction(change)
    if way:
        return _icon("↑" if way > 0 else "↓", BETTER if way > 0 else WORSE)
    if k in ("risk_opened", "risk_rerated"):
        return _icon("!", QColor("#e65100"))
    return _icon("•", QColor("#546e7a"))


class ChangeList(QWidget):
    """What changed since the day compared with, in groups; a click on a change selects
    its people on the map (``peopleChosen``)."""

    peopleChosen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel(wrap=True)
        self.heading.setObjectName("changeSummary")
        self.heading.setStyleSheet("font-weight: 600;")
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(1)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)

    def group_title(self, group: str, count: int) -> str:
        titles = {
            "added": self.tr("New people (%n)", "", count),
            "removed": self.tr("Left the map (%n)", "", count),
            "stance": self.tr("Stance changes (%n)", "", count),
            "relationship": self.tr("Our relationships (%n)", "", count),
            "people": self.tr("People's details (%n)", "", count),
            "lines": self.tr("Influence lines (%n)", "", count),
            "account": self.tr("The account (%n)", "", count),
        }
        return titles[group]

    def summary(self, found: Sequence[Change], day: str) -> str:
        """"5 changes since 15 Oct 2026: 2 new people, 1 left, 2 stance changes"."""
        if not found:
            return self.tr("No changes since {date}").format(date=day)
        count = {g: sum(c.kind in kinds for c in found) for g, kinds in GROUPS}
        words = {
            "added": self.tr("%n new people", "", count["added"]),
            "removed": self.tr("%n left", "", count["removed"]),
            "stance": self.tr("%n stance changes", "", count["stance"]),
            "relationship": self.tr("%n relationship changes", "", count["relationship"]),
            "people": self.tr("%n other changes of people", "", count["people"]),
            "lines": self.tr("%n line changes", "", count["lines"]),
            "account": self.tr("%n account changes", "", count["account"]),
        }
        parts = [words[g] for g, _kinds in GROUPS if count[g]]
        head = self.tr("%n changes since {date}", "", len(found)).format(date=day)
        # Translators: between the counts ("2 new people, 1 left"; "，" in Chinese)
        comma = self.tr(", ")
        # Translators: the head, then the counts ("5 changes since 15 Oct: 2 new people, …")
        return self.tr("{head}: {parts}").format(head=head, parts=comma.join(parts))

    def set_changes(self, found: Sequence[Change], names: dict[str, str], day: str) -> None:
        self.heading.setText(self.summary(found, day))
        self.model.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for group, kinds in GROUPS:
            members = [c for c in found if c.kind in kinds]
            if not members:
                continue
            head = QStandardItem(self.group_title(group, len(members)))
            head.setFont(bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setData(group, Qt.ItemDataRole.UserRole)
            self.model.appendRow(head)
            for change in members:
                text = describe(change, names)
                row = QStandardItem(change_icon(change), text)
                row.setToolTip(plain(text))
                row.setData(list(change.people), IDS_ROLE)
                row.setData(change, CHANGE_ROLE)
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.model.appendRow(row)

    def rows(self) -> list[str]:
        """The texts of the changes listed (not the headings), in order."""
        return [self.model.item(r).text() for r in range(self.model.rowCount())
                if self.model.item(r).data(CHANGE_ROLE) is not None]

    def headings(self) -> list[str]:
        return [self.model.item(r).text() for r in range(self.model.rowCount())
                if self.model.item(r).data(CHANGE_ROLE) is None]

    def index_of(self, kind: str, subject: str | None = None) -> QModelIndex:
        for r in range(self.model.rowCount()):
            change = self.model.item(r).data(CHANGE_ROLE)
            if change is not None and change.kind == kind and (
                    subject is None or change.subject == subject):
                return self.model.index(r, 0)
        return QModelIndex()

    def _chosen(self, index: QModelIndex) -> None:
        ids = index.data(IDS_ROLE)
        if ids:
            self.peopleChosen.emit(list(ids))


def people_rect(items: Iterable[Any]) -> QRectF:
    rect = QRectF()
    for item in items:
        rect = rect.united(item.sceneBoundingRect())
    return rect
