"""The stakeholder map's visual encoding as plain data (no Qt), shared by the app's map
(``app.views.map.style`` builds its QColors from here) and the PDF report, so the two
can never disagree.

Colour = stance toward us, size = influence (1–5), border = strength of our
relationship (0 none … 4 advocate), badge = buying role; grey org-chart lines for
reporting, coloured arrows for influence (formal solid, informal dotted, conflict dashed).
Colours are ``#rrggbb`` strings; sizes are in map scene units.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from app.graph import layout
from app.i18n import pgettext
from app.models.account import AccountFile
from app.models.enums import BuyingRole, InfluenceKind, Stance

Point = tuple[float, float]
LineStyle = Literal["solid", "dot", "dash"]

#: the layout slot every card fits in (the largest card, influence 5), width × height
SLOT: tuple[float, float] = (224.0, 80.0)

STANCE_FILL: dict[Stance | None, str] = {
    Stance.CHAMPION: "#1b5e20",
    Stance.SUPPORTER: "#43a047",
    Stance.NEUTRAL: "#9e9e9e",
    Stance.SKEPTIC: "#f2a007",
    Stance.BLOCKER: "#c62828",
    None: "#eceff1",
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



def role_badge(role: BuyingRole | str | None) -> str:
    """The badge of a buying role in the current language ("EB"; "ЛПР" for a Russian
    decision maker, "决策" for a Chinese one); "" for none or "other". ``ROLE_BADGE``
    holds the English ones."""
    if not role:
        return ""
    # Translators: a buying role's badge on a stakeholder card, explained by the
    # legend; at most about 5 letters or 2 Chinese characters
    badges: dict[str, str] = {
        BuyingRole.ECONOMIC_BUYER: pgettext("role badge", "EB"),
        BuyingRole.DECISION_MAKER: pgettext("role badge", "DM"),
        BuyingRole.TECHNICAL_BUYER: pgettext("role badge", "TB"),
        BuyingRole.USER_BUYER: pgettext("role badge", "UB"),
        BuyingRole.INFLUENCER: pgettext("role badge", "INF"),
        BuyingRole.COACH: pgettext("role badge", "COACH"),
        BuyingRole.GATEKEEPER: pgettext("role badge", "GK"),
    }
    return badges.get(str(role), "")


BORDER = "#1f2d3a"
REPORTING = "#78909c"
INFLUENCE: dict[InfluenceKind | None, str] = {
    InfluenceKind.FORMAL: "#5e35b1",  # not grey: reporting lines are grey
    InfluenceKind.INFORMAL: "#1565c0",
    InfluenceKind.CONFLICT: "#d32f2f",
    None: "#1565c0",
}
INFLUENCE_STYLE: dict[InfluenceKind | None, LineStyle] = {
    InfluenceKind.FORMAL: "solid",
    InfluenceKind.INFORMAL: "dot",
    InfluenceKind.CONFLICT: "dash",
    None: "dot",
}
REPORTING_WIDTH = 1.6


def card_size(influence: int | None) -> tuple[float, float]:
    """1 → 168×60 … 5 → 224×80; unknown influence is drawn as 3."""
    level = 3 if influence is None else influence
    return 154.0 + 14 * level, 55.0 + 5 * level


def border(relationship: int | None) -> tuple[float, LineStyle]:
    """Pen width and style for our relationship strength (0 dashed thin … 4 thick)."""
    level = 0 if relationship is None else relationship
    if level == 0:
        return 1.0, "dash"
    return (1.0, 2.0, 3.5, 5.5)[level - 1], "solid"


def influence_width(strength: int | None) -> float:
    """Pen width of an influence arrow: thicker is stronger (1–3)."""
    return 0.8 + 0.9 * (strength or 1)


def rgb(colour: str) -> tuple[float, float, float]:
    """``#rrggbb`` as 0–1 floats."""
    value = colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def _luminance(colour: str) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def text_colour(fill: str) -> str:
    """Black or white, whichever contrasts more with the fill (WCAG relative luminance)."""
    lum = _luminance(fill)
    return "#ffffff" if (1.05 / (lum + 0.05)) > ((lum + 0.05) / 0.05) else "#111111"


def auto_positions(doc: AccountFile, mode: str = "org") -> dict[str, Point]:
    """Card positions from the org-chart (``org``) or force-directed (``force``)
    layout, ignoring stored ones (the map's "Arrange" commands)."""
    nodes = [s.id for s in doc.stakeholders]
    parent = {s.id: s.reports_to for s in doc.stakeholders}
    if mode == "force":
        links = [(i.source, i.target) for i in doc.influences]
        return layout.force_layout(nodes, parent, links, card_size=SLOT)
    return layout.hierarchical_layout(nodes, parent, card_size=SLOT)


def map_positions(doc: AccountFile, mode: str = "org") -> dict[str, Point]:
    """Where each card sits, as on the app's map: a stored position wins, everyone else
    comes from :func:`auto_positions`; top-left corners, y down."""
    placed = {s.id: (s.position.x, s.position.y) for s in doc.stakeholders if s.position}
    if len(placed) == len(doc.stakeholders):
        return placed
    auto = auto_positions(doc, mode)
    return {s.id: placed.get(s.id) or auto[s.id] for s in doc.stakeholders}


def positions_for_new(doc: AccountFile, new: Collection[str]) -> dict[str, Point]:
    """Where people just added without a position go when the others have theirs: an org
    chart of their own (reporting lines among them kept), below the cards already
    placed, left-aligned with them. Empty when nobody else is placed: the whole map is
    laid out as an org chart anyway."""
    placed = [(s.position.x, s.position.y) for s in doc.stakeholders
              if s.position is not None and s.id not in new]
    added = [s for s in doc.stakeholders if s.id in new and s.position is None]
    if not placed or not added:
        return {}
    ids = {s.id for s in added}
    chart = layout.hierarchical_layout(
        [s.id for s in added],
        {s.id: s.reports_to if s.reports_to in ids else None for s in added},
        card_size=SLOT)
    left = min(x for x, _ in placed)
    top = max(y for _, y in placed) + 2 * SLOT[1]
    x0 = min(x for x, _ in chart.values())
    y0 = min(y for _, y in chart.values())
    return {sid: (left + x - x0, top + y - y0) for sid, (x, y) in chart.items()}
