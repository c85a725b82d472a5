"""The map's visual encoding as Qt values, shared by the canvas, its legend and exports.

Colour = stance toward us, size = influence (1–5), border = strength of our
relationship (0 none … 4 advocate). The values themselves live in
``app.graph.encoding`` (no Qt), which the PDF report draws from too, so the legend,
the cards and the printed map can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QColor

from app.graph import encoding
from app.models.enums import BuyingRole, InfluenceKind, Stance

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
    """1 → 168×60 … 5 → 224×80; unknown influence is drawn as 3."""
    return QSizeF(*encoding.card_size(influence))


def border(relationship: int | None) -> tuple[float, Qt.PenStyle]:
    """Pen width and style for our relationship strength (0 dashed thin … 4 thick)."""
    width, line = encoding.border(relationship)
    return width, _PEN[line]


def text_colour(fill: QColor) -> QColor:
    """Black or white, whichever contrasts more with the fill (WCAG relative luminance)."""
    return QColor(encoding.text_colour(fill.name()))
