"""The card of one stakeholder on the map (its lines are in ``edges``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.graph import encoding
from app.models.account import StakeholderRecord
from app.models.enums import RELATIONSHIP_LABELS, label
from app.views.map import style

if TYPE_CHECKING:
    from app.views.map.edges import EdgeItem

NAME_FONT = QFont()
NAME_FONT.setBold(True)
NAME_FONT.setPointSizeF(9.5)
TITLE_FONT = QFont()
TITLE_FONT.setPointSizeF(8.0)
BADGE_FONT = QFont()
BADGE_FONT.setPointSizeF(6.5)
BADGE_FONT.setBold(True)


def canvas_of(item: QGraphicsItem) -> QColor:
    """The colour an item is drawn on: its scene's background when that is one colour,
    else the scene's palette's Base (the light canvas without a scene)."""
    scene = item.scene()
    if scene is None:
        return QColor(style.LIGHT_CANVAS)
    brush = scene.backgroundBrush()
    if brush.style() == Qt.BrushStyle.SolidPattern:
        return brush.color()
    return scene.palette().color(QPalette.ColorRole.Base)


@dataclass(frozen=True)
class _CardText:
    inner: QRectF
    badge: str
    badge_rect: QRectF | None
    name_rect: QRectF
    name_font: QFont
    name: str
    title_rect: QRectF
    title: str


class CardItem(QGraphicsObject):
    """One stakeholder. Its position is the top-left of its layout slot."""

    def __init__(self, person: StakeholderRecord) -> None:
        super().__init__()
        self.edges: list[EdgeItem] = []  # kept by the lines themselves
        self.person = person
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_person(person)

    @property
    def sid(self) -> str:
        return self.person.id

    def set_person(self, person: StakeholderRecord) -> None:
        self.prepareGeometryChange()
        self.person = person
        size = style.card_size(person.influence)
        slot = style.SLOT
        self._rect = QRectF((slot.width() - size.width()) / 2,
                            (slot.height() - size.height()) / 2, size.width(), size.height())
        self._text = self._layout_text()
        self.setToolTip(self._tooltip())
        self.update()

    def _layout_text(self) -> _CardText:
        """Fit and elide the card's texts once per person, not on every paint."""
        p = self.person
        width, _style = style.border(p.relationship)
        inner = self._rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        text_left, text_right = inner.left() + 8, inner.right() - 6
        badge = encoding.role_badge(p.role)  # in the window's language
        badge_rect = None
        if badge:
            bw = QFontMetricsF(BADGE_FONT).horizontalAdvance(badge) + 8
            badge_rect = QRectF(inner.right() - bw - 5, inner.top() + 5, bw, 14)
            text_right = badge_rect.left() - 4
        name_rect = QRectF(text_left, inner.top() + 6, text_right - text_left, 18)
        name_font = _fitting_font(p.name, name_rect.width())
        name = QFontMetricsF(name_font).elidedText(p.name, Qt.TextElideMode.ElideRight,
                                                   name_rect.width())
        title_rect = QRectF(text_left, name_rect.bottom() + 1, inner.right() - 6 - text_left,
                            inner.bottom() - name_rect.bottom() - 4)
        metrics = QFontMetricsF(TITLE_FONT)
        lines = max(1, int(title_rect.height() // metrics.lineSpacing()))
        title = metrics.elidedText(" · ".join(t for t in (p.title, p.department) if t),
                                   Qt.TextElideMode.ElideRight, title_rect.width() * lines - 8)
        return _CardText(inner, badge, badge_rect, name_rect, name_font, name, title_rect,
                         title)

    def card_rect(self) -> QRectF:
        """The drawn card in item coordinates (smaller than the slot for low influence)."""
        return self._rect

    def scene_card_rect(self) -> QRectF:
        return self.mapRectToScene(self._rect)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-5, -5, 5, 5)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, 8, 8)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        p = self.person
        fill = style.STANCE_FILL[p.stance]
        width, pen_style = style.border(p.relationship)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        canvas = canvas_of(self)
        # the border (our relationship) and the selection stand out 3:1 from the canvas
        pen = QPen(style.on_canvas(style.BORDER, canvas), width, pen_style)
        if self.isSelected():
            pen = QPen(style.on_canvas(style.SELECTION, canvas), max(width, 3.0),
                       Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self._text.inner, 8, 8)

        t = self._text
        if t.badge_rect is not None:
            painter.setFont(BADGE_FONT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.BADGE_FILL)
            painter.drawRoundedRect(t.badge_rect, 4, 4)
            painter.setPen(style.BADGE_TEXT)
            painter.drawText(t.badge_rect, Qt.AlignmentFlag.AlignCenter, t.badge)
        painter.setPen(style.text_colour(fill))
        painter.setFont(t.name_font)
        painter.drawText(t.name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         t.name)
        painter.setFont(TITLE_FONT)
        painter.drawText(t.title_rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                         t.title)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)

    def accessible_text(self) -> str:
        """What a screen reader says for the card, not by colour: "王丽娜, CIO, champion,
        influence 4, trusted"."""
        p = self.person
        parts = [p.name]
        if p.title:
            parts.append(p.title)
        if p.role:
            parts.append(label(p.role))
        if p.stance:
            parts.append(label(p.stance))
        if p.influence is not None:
            parts.append(self.tr("influence {level}").format(level=p.influence))
        if p.relationship is not None:
            parts.append(RELATIONSHIP_LABELS[p.relationship])
        # Translators: between the parts a screen reader says for a card ("，" in Chinese)
        return self.tr(", ").join(parts)

    def _tooltip(self) -> str:
        p = self.person
        rows = [f"<b>{_esc(p.name)}</b>"]
        if p.title or p.department:
            rows.append(_esc(" · ".join(t for t in (p.title, p.department) if t)))
        if p.role:
            rows.append(self.tr("Role: {role}").format(role=_esc(label(p.role))))
        if p.stance:
            rows.append(self.tr("Stance: {stance}").format(stance=_esc(label(p.stance))))
        if p.influence is not None:
            rows.append(self.tr("Influence: {level} of 5").format(level=p.influence))
        if p.relationship is not None:
            rows.append(self.tr("Our relationship: {level}").format(
                level=_esc(RELATIONSHIP_LABELS[p.relationship])))
        if p.our_owner:
            rows.append(self.tr("Owner on our side: {name}").format(name=_esc(p.our_owner)))
        if p.last_contact:
            rows.append(self.tr("Last contact: {date}").format(
                date=p.last_contact.isoformat()))
        return "<br>".join(rows)


def _fitting_font(text: str, width: float) -> QFont:
    """The name font, a little smaller for long names (full Russian names), then elided."""
    font = NAME_FONT
    for size in (8.5, 7.5):
        if QFontMetricsF(font).horizontalAdvance(text) <= width:
            break
        font = QFont(NAME_FONT)
        font.setPointSizeF(size)
    return font


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
