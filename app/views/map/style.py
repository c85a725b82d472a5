"""The map's visual encoding, shared by the canvas, its legend and exports.

Colour = stance toward us, size = influence (1–5), border = strength of our
relationship (0 none … 4 advocate). Kept in one place so the legend can never
disagree with the cards.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QColor

from app.models.enums import BuyingRole, InfluenceKind, Stance

#: the layout slot every card fits in (the largest card, influence 5)
SLOT = QSizeF(224, 80)

STANCE_FILL: dict[Stance | None, QColor] = {
    Stance.CHAMPION: QColor("#1b5e20"),
    Stance.SUPPORTER: QColor("#43a047"),
    Stance.NEUTRAL: QColor("#9e9e9e"),
    Stance.SKEPTIC: QColor("#f2a007"),
    Stance.BLOCKER: QColor("#c62828"),
    None: QColor("#eceff1"),
}

ROLE_BADGE: dict[BuyingRole, str] = {
    BuyingRole.ECONOMIC_BUYER: "EB",
    BuyingRole.DECISION_MAKER: "DM",
    BuyingRole.TECHNICAL_BUYER: "TB",
    BuyingRole.USER_BUYER: "UB",
    BuyingRole.INFLUENCER: "INF",
    BuyingRole.COACH: "COACH",
    BuyingRole.GATEKEEPER: "GK",
    BuyingRole.OTHER: "",
}

BORDER = QColor("#1f2d3a")
REPORTING = QColor("#78909c")
INFLUENCE: dict[InfluenceKind | None, QColor] = {
    InfluenceKind.FORMAL: QColor("#5e35b1"),  # not grey: reporting lines are grey
    InfluenceKind.INFORMAL: QColor("#1565c0"),
    InfluenceKind.CONFLICT: QColor("#d32f2f"),
    None: QColor("#1565c0"),
}
INFLUENCE_STYLE: dict[InfluenceKind | None, Qt.PenStyle] = {
    InfluenceKind.FORMAL: Qt.PenStyle.SolidLine,
    InfluenceKind.INFORMAL: Qt.PenStyle.DotLine,
    InfluenceKind.CONFLICT: Qt.PenStyle.DashLine,
    None: Qt.PenStyle.DotLine,
}


def card_size(influence: int | None) -> QSizeF:
    """1 → 168×60 … 5 → 224×80; unknown influence is drawn as 3."""
    level = 3 if influence is None else influence
    return QSizeF(154 + 14 * level, 55 + 5 * level)


def border(relationship: int | None) -> tuple[float, Qt.PenStyle]:
    """Pen width and style for our relationship strength (0 dashed thin … 4 thick)."""
    level = 0 if relationship is None else relationship
    if level == 0:
        return 1.0, Qt.PenStyle.DashLine
    return (1.0, 2.0, 3.5, 5.5)[level - 1], Qt.PenStyle.SolidLine


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF()))


def text_colour(fill: QColor) -> QColor:
    """Black or white, whichever contrasts more with the fill (WCAG relative luminance)."""
    lum = _luminance(fill)
    return QColor("#ffffff") if (1.05 / (lum + 0.05)) > ((lum + 0.05) / 0.05) else QColor(
        "#111111")
