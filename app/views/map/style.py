"""The map's visual encoding as Qt values, shared by the canvas, its legend and exports.

Colour = stance toward us, size = influence (1–5), border = strength of our
relationship (0 none … 4 advocate). The values themselves live in
``app.graph.encoding`` (no Qt), which the PDF report draws from too, so the legend,
the cards and the printed map can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QColor, QPalette

from app.graph import encoding
from app.models.enums import BuyingRole, InfluenceKind, Stance
from app.views import colors

#: the layout slot every card fits in (the largest card, influence 5)
SLOT = QSizeF(*encoding.SLOT)

STANCE_FILL: dict[Stance | None, QColor] = {
    stance: QColor(hex_) for stance, hex_ in encoding.STANCE_FILL.items()}

ROLE_BADGE: dict[BuyingRole, str] = dict(encoding.ROLE_BADGE)

BORDER = QColor(encoding.BORDER)
REPORTING = QColor(encoding.REPORTING)
INFLUENCE: dict[InfluenceKind | None, QColor] = {
    kind: QColor(hex_) for kind, hex_ in encoding.INFLUENCE.items()}
_PEN: dict[encoding.LineStyle, Qt.PenStyle] = {
    "solid": Qt.PenStyle.SolidLine, "dot": Qt.PenStyle.DotLine, "dash": Qt.PenStyle.DashLine}
INFLUENCE_STYLE: dict[InfluenceKind | None, Qt.PenStyle] = {
    kind: _PEN[line] for kind, line in encoding.INFLUENCE_STYLE.items()}


def card_size(influence: int | None) -> QSizeF:
    """The card drawn for an influence level (see ``encoding.card_size``: 85 % … 100 % of
    the slot); unknown influence is drawn as 3."""
    return QSizeF(*encoding.card_size(influence))


def border(relationship: int | None) -> tuple[float, Qt.PenStyle]:
    """Pen width and style for our relationship strength (0 dashed thin … 4 thick)."""
    width, line = encoding.border(relationship)
    return width, _PEN[line]


def text_colour(fill: QColor) -> QColor:
    """Near black or white, whichever contrasts more with the fill (as the PDF writes
    it), checked for 4.5:1 (WCAG AA) on the fill."""
    return colors.readable_on(fill, QColor(encoding.text_colour(fill.name())))


#: a role badge: a light pill with dark text on every card fill and in any palette
#: (the pair contrasts 12:1)
BADGE_FILL = QColor(241, 244, 246)
BADGE_TEXT = QColor("#263238")
#: the selection ring and a line being drawn: orange, not the palette's highlight (blue,
#: which informal influence lines already are), darkened or lightened to read
SELECTION = QColor("#ff6f00")
#: the canvas in a light palette (a dark palette's canvas is its Base)
LIGHT_CANVAS = QColor("#fafbfc")


def canvas(palette: QPalette) -> QColor:
    """The map's background in ``palette``: near white in a light palette, the palette's
    Base in a dark one."""
    return palette.color(QPalette.ColorRole.Base) if colors.is_dark(palette) \
        else QColor(LIGHT_CANVAS)


def on_canvas(colour: QColor, background: QColor) -> QColor:
    """A line's, a border's or the selection's colour as drawn on ``background``: its
    hue, made lighter or darker until it stands out 3:1 (WCAG, graphical objects)."""
    return colors.ensure_contrast(colour, background, colors.GRAPHIC_AA)
