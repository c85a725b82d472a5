"""The card of one stakeholder on the map (its lines are in ``edges``)."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.graph import encoding
from app.models.account import StakeholderRecord
from app.models.enums import RELATIONSHIP_LABELS, Stance, label
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


class Detail(IntEnum):
    """How much a card shows at a zoom (its level of detail)."""

    CHIP = 0  #: the name as large as the card allows, and the stance marker
    COMPACT = 1  #: the name large, the role badge and the stance marker
    FULL = 2  #: name, role badge, title and department, stance marker


#: full detail from the zoom at which the title is this many pixels tall on screen
FULL_FROM_PX = 8.0
#: the compact form while its name is at least this tall on screen, chips below
NAME_MIN_PX = 9.0
#: the largest name of the compact form and of chips, as a share of the card's height
#: (three lines fill the card; a short name stays a name, not a poster)
NAME_CAP = 0.34
#: the stance marker's width on screen, and its largest radius in scene units (it sits
#: on the card's top left corner, half outside: :data:`MARGIN` keeps it in the item)
MARK_PX = 11.0
MARK_MAX = 11.0
MARGIN = 12.0
#: where the marker's centre sits: this far in from the corner, on the rounded edge
MARK_INSET = 2.5
RADIUS = 8.0


def em_px(font: QFont) -> float:
    """The font's size (its em) in scene units: pixels at zoom 1."""
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    return font.pointSizeF() * _screen_dpi() / 72.0


_DPI: list[float] = []


def _screen_dpi() -> float:
    if not _DPI:
        screen = QGuiApplication.primaryScreen()
        _DPI.append(screen.logicalDotsPerInchY() if screen is not None else 96.0)
    return _DPI[0]


@dataclass(frozen=True)
class _Line:
    rect: QRectF
    text: str


@dataclass(frozen=True)
class _Layout:
    """What a card draws at one level of detail, fitted once (not on every paint)."""

    name_font: QFont
    name: tuple[_Line, ...]
    name_align: Qt.AlignmentFlag
    badge: str = ""
    badge_rect: QRectF | None = None
    badge_font: QFont | None = None
    title: tuple[_Line, ...] = ()


def _path(polygons: tuple[encoding.Polygon, ...]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for polygon in polygons:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in polygon]))
        path.closeSubpath()
    return path


#: the stance markers as paths in a unit box (-1 … 1), from ``encoding.STANCE_MARK``
MARKS: dict[Stance | None, QPainterPath] = {
    stance: _path(polygons) for stance, polygons in encoding.STANCE_MARK.items()}


def paint_mark(painter: QPainter, stance: Stance | None, centre: QPointF, radius: float,
               outline: QColor) -> None:
    """The stance's marker: its shape in the stance's colour, outlined in ``outline``
    (one pixel on screen, whatever the zoom)."""
    painter.save()
    painter.translate(centre)
    painter.scale(radius, radius)
    pen = QPen(outline, 1.2)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(style.STANCE_FILL[stance])
    painter.drawPath(MARKS[stance])
    painter.restore()


class CardItem(QGraphicsObject):
    """One stakeholder. Its position is the top-left of its layout slot.

    What it draws depends on the zoom (:meth:`detail`), its geometry never does: the
    lines are routed around :meth:`scene_card_rect` whatever the zoom."""

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
        # painted again at each new zoom, into device pixels (sharp, never a scaled copy)
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
        width, _style = style.border(person.relationship)
        self._inner = self._rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        self._layouts: dict[Detail, _Layout] = {}
        self.setToolTip(self._tooltip())
        self.update()

    # -- level of detail ---------------------------------------------------------------
    def layout(self, detail: Detail) -> _Layout:
        """The texts' fonts, lines and places at ``detail``, fitted on first use."""
        found = self._layouts.get(detail)
        if found is None:
            found = self._layouts[detail] = (
                self._full() if detail == Detail.FULL else self._fitted(detail))
        return found

    def detail(self, scale: float) -> Detail:
        """What the card shows at ``scale`` pixels per scene unit: everything while the
        title reads (≥ :data:`FULL_FROM_PX`), then the compact form while its name is at
        least :data:`NAME_MIN_PX` tall, then a chip with the name as large as it goes."""
        if em_px(TITLE_FONT) * scale >= FULL_FROM_PX:
            return Detail.FULL
        compact = em_px(self.layout(Detail.COMPACT).name_font)
        if compact * scale >= NAME_MIN_PX or compact >= em_px(self.layout(Detail.CHIP).name_font):
            return Detail.COMPACT
        return Detail.CHIP

    def name_pixel_height(self, scale: float) -> float:
        """How tall (the font's em, in pixels) the name is drawn at ``scale``."""
        return em_px(self.layout(self.detail(scale)).name_font) * scale

    def _layout_text(self) -> _Layout:
        """The full-detail layout (its badge in the window's language)."""
        return self.layout(Detail.FULL)

    def mark_radius(self, scale: float) -> float:
        """The stance marker's radius in scene units: :data:`MARK_PX` wide on screen,
        never reaching out of the item (:data:`MARGIN`)."""
        return min(MARK_PX / 2 / max(scale, 1e-6), MARK_MAX)

    def _full(self) -> _Layout:
        p = self.person
        inner = self._inner
        text_left, text_right = inner.left() + 10, inner.right() - 6
        width = text_right - text_left
        badge = encoding.role_badge(p.role)  # in the window's language
        badge_rect = None
        beside = width
        if badge:
            bw = QFontMetricsF(BADGE_FONT).horizontalAdvance(badge) + 8
            badge_rect = QRectF(inner.right() - bw - 4, inner.top() + 4, bw, 14)
            beside = badge_rect.left() - 3 - text_left
        # the name on one line or two, the first beside the badge, or both below it when
        # its first word does not fit there; a little smaller for long names (full
        # Russian ones), at the smallest size words broken and the last line elided
        top = inner.top() + 4
        chosen: tuple[QFont, list[str], float] | None = None
        # two lines first; a three-word name (Russian: name, patronymic, surname) on three
        # rather than cut ("Дмитрий / Николаевич Куз…"): the title keeps a line below
        for most, sizes in ((2, (9.5, 8.5, 7.5)), (3, (8.5, 7.5))):
            for size in sizes:
                font = QFont(NAME_FONT)
                font.setPointSizeF(size)
                metrics = QFontMetricsF(font)
                for widths, start in (([beside, width], top),
                                      ([width], badge_rect.bottom() + 1 if badge_rect
                                       else top)):
                    lines = _wrap(p.name, metrics, widths, most=most, whole_words=True)
                    if lines is not None:
                        chosen = (font, lines, start)
                        break
                if chosen is not None:
                    break
            if chosen is not None:
                break
        if chosen is None:
            font = QFont(NAME_FONT)
            font.setPointSizeF(7.5)
            chosen = (font, _wrap(p.name, QFontMetricsF(font), [beside, width]) or [""], top)
        font, lines, top = chosen
        step = QFontMetricsF(font).lineSpacing()
        rows = tuple(_Line(QRectF(text_left, top + k * step,
                                  (beside if k == 0 and top < inner.top() + 5 else width), step),
                           text) for k, text in enumerate(lines))
        # the title and department below, on as many lines as there is room for
        tm = QFontMetricsF(TITLE_FONT)
        title_top = top + len(lines) * step + 1
        count = max(0, int((inner.bottom() - 3 - title_top) // tm.lineSpacing()))
        sub = " · ".join(t for t in (p.title, p.department) if t)
        title = tuple(
            _Line(QRectF(text_left, title_top + k * tm.lineSpacing(), width, tm.lineSpacing()),
                  text)
            for k, text in enumerate(_wrap(sub, tm, [width], most=count) or [] if count else []))
        return _Layout(font, rows, Qt.AlignmentFlag.AlignLeft, badge, badge_rect,
                       BADGE_FONT, title)

    def _fitted(self, detail: Detail) -> _Layout:
        """The compact form (a badge row, the name large below it) or a chip (the name
        filling the card): the name as large as fits, bold where that fits as large,
        on up to three lines, centred."""
        p = self.person
        inner = self._inner
        pad = max(3.0, inner.height() * 0.05)
        area = inner.adjusted(pad, pad * 0.6, -pad, -pad * 0.6)
        badge = encoding.role_badge(p.role) if detail == Detail.COMPACT else ""
        badge_rect = badge_font = None
        if badge:
            badge_font = QFont(BADGE_FONT)
            badge_font.setPixelSize(max(1, round(inner.height() * 0.2)))
            bm = QFontMetricsF(badge_font)
            bh = bm.height() + 2
            bw = bm.horizontalAdvance(badge) + bm.height() * 0.6
            badge_rect = QRectF(inner.right() - pad - bw, inner.top() + pad * 0.6, bw, bh)
            area.setTop(badge_rect.bottom() + 1)
        cap = self._rect.height() * NAME_CAP
        font, lines = _fit_name(p.name, area.width(), area.height(), cap)
        step = QFontMetricsF(font).lineSpacing()
        top = area.center().y() - step * len(lines) / 2
        rows = tuple(_Line(QRectF(area.left(), top + k * step, area.width(), step), t)
                     for k, t in enumerate(lines))
        return _Layout(font, rows, Qt.AlignmentFlag.AlignHCenter, badge, badge_rect,
                       badge_font)

    # -- geometry ----------------------------------------------------------------------
    def card_rect(self) -> QRectF:
        """The drawn card in item coordinates (smaller than the slot for low influence)."""
        return self._rect

    def scene_card_rect(self) -> QRectF:
        return self.mapRectToScene(self._rect)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, RADIUS, RADIUS)
        return path

    # -- painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        p = self.person
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        detail = self.detail(scale)
        look = self.layout(detail)
        fill = style.STANCE_FILL[p.stance]
        width, pen_style = style.border(p.relationship)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        canvas = canvas_of(self)
        # the border (our relationship) and the selection stand out 3:1 from the canvas
        border = style.on_canvas(style.BORDER, canvas)
        pen = QPen(border, width, pen_style)
        if self.isSelected():
            pen = QPen(style.on_canvas(style.SELECTION, canvas), max(width, 3.0),
                       Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self._inner, RADIUS, RADIUS)

        if look.badge_rect is not None and look.badge_font is not None:
            painter.setFont(look.badge_font)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.BADGE_FILL)
            round_ = look.badge_rect.height() * 0.3
            painter.drawRoundedRect(look.badge_rect, round_, round_)
            painter.setPen(style.BADGE_TEXT)
            painter.drawText(look.badge_rect, Qt.AlignmentFlag.AlignCenter, look.badge)
        ink = style.text_colour(fill)
        painter.setPen(ink)
        painter.setFont(look.name_font)
        for line in look.name:
            painter.drawText(line.rect, look.name_align | Qt.AlignmentFlag.AlignVCenter,
                             line.text)
        if look.title:
            painter.setFont(TITLE_FONT)
            for line in look.title:
                painter.drawText(line.rect, Qt.AlignmentFlag.AlignLeft
                                 | Qt.AlignmentFlag.AlignVCenter, line.text)
        paint_mark(painter, p.stance, self._rect.topLeft() + QPointF(MARK_INSET, MARK_INSET),
                   self.mark_radius(scale), border)

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


def _wrap(text: str, metrics: QFontMetricsF, widths: list[float], most: int = 2, *,
          whole_words: bool = False) -> list[str] | None:
    """``text`` on at most ``most`` lines, line k at most ``widths[k]`` wide (the last
    width for the rest): words kept whole where they fit, text without spaces (Chinese)
    broken anywhere, the last line elided. With ``whole_words``: None instead of a word
    broken or anything elided."""
    out: list[str] = []
    rest = text.strip()
    while rest:
        room = widths[min(len(out), len(widths) - 1)]
        if metrics.horizontalAdvance(rest) <= room:
            out.append(rest)
            break
        if len(out) == most - 1:
            if whole_words:
                return None
            out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room))
            break
        cut = len(rest)
        while cut > 1 and metrics.horizontalAdvance(rest[:cut]) > room:
            cut -= 1
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0:
            cut = space
        elif whole_words and " " in rest:
            return None
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return out or [""]


_REFERENCE = 100  # pixels: names are measured once at this size and scaled


def _fit_name(name: str, width: float, height: float, cap: float) -> tuple[QFont, list[str]]:
    """The largest font (at most ``cap`` scene units) in which ``name`` fits ``width`` ×
    ``height`` on one, two or three lines (between words; a name without spaces on one
    line), bold unless regular fits a fifth larger; too long a name at the
    smallest size is elided. Measured once at a reference size (text widths grow with
    the font), so fitting costs a handful of measurements, not a search."""
    words = name.split() or [name]
    best: tuple[float, bool, list[str]] | None = None
    for bold in (True, False):
        font = QFont(NAME_FONT)
        font.setBold(bold)
        font.setPixelSize(_REFERENCE)
        metrics = QFontMetricsF(font)
        spacing = metrics.lineSpacing() / _REFERENCE
        for count in range(1, min(3, len(words)) + 1):
            for lines in _splits(words, count):
                wide = max(metrics.horizontalAdvance(t) for t in lines) / _REFERENCE
                size = min(cap, width / wide * 0.97, height / (count * spacing))
                if best is None or size > best[0] * (1.2 if not bold and best[1] else 1.0):
                    best = (size, bold, lines)
    assert best is not None
    size, bold, lines = best
    size = max(6.0, size)
    font = QFont(NAME_FONT)
    font.setBold(bold)
    font.setPixelSize(max(1, int(size)))
    metrics = QFontMetricsF(font)
    if any(metrics.horizontalAdvance(t) > width for t in lines):  # at the smallest size
        lines = [metrics.elidedText(t, Qt.TextElideMode.ElideRight, width) for t in lines]
    return font, lines


def _splits(words: list[str], count: int) -> list[list[str]]:
    """``words`` cut into ``count`` lines every way (names have few words; a long one is
    cut into lines of about equal length)."""
    if count == 1:
        return [[" ".join(words)]]
    if len(words) > 8:
        per = math.ceil(len(words) / count)
        return [[" ".join(words[k:k + per]) for k in range(0, len(words), per)]]
    return [[" ".join(words[a:b]) for a, b in zip((0, *cuts), (*cuts, len(words)), strict=True)]
            for cuts in itertools.combinations(range(1, len(words)), count - 1)]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
