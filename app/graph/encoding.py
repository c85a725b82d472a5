"""The stakeholder map's visual encoding as plain data (no Qt), shared by the app's map
(``app.views.map.style`` builds its QColors from here) and the PDF report, so the two
can never disagree.

Colour and a marker's shape = stance toward us, size = influence (1–5), border =
strength of our relationship (0 none … 4 advocate), badge = buying role; grey org-chart
lines for reporting, coloured arrows for influence (formal solid, informal dotted,
conflict dashed). Colours are ``#rrggbb`` strings; sizes are in map scene units.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from typing import Literal

from app.graph import layout
from app.i18n import pgettext
from app.models.account import AccountFile
from app.models.enums import BuyingRole, InfluenceKind, Stance

Point = tuple[float, float]
LineStyle = Literal["solid", "dot", "dash"]

# Compact cards (issue 16). "Fit" on a 40-person org chart on a 1280×800 laptop leaves the
# map about 880×600 px. Org charts are wide, not tall: the demo accounts and a 40-person
# chart of the usual shape (a leadership team of 8, teams stacked under them) are 9–13
# slots across and 4–7 card heights deep, so "Fit" is set by the width and gives each
# card about 880 / (slots across) px on screen whatever the slot's size in scene units.
# What the slot's shape decides is the height those pixels come with: 224×80 (2.8:1)
# gave 22–25 px, one line of a name at 9 px at best; 128×72 (16:9) gives 33–52 px, room
# for a Russian name of three words on three lines (the cards draw names that large at
# that zoom: app.views.map.items). Smaller gaps give the cards what the gaps took: 12
# between cards side by side and down a stack (9 % of a card, was 11 %), 28 between the
# rows (room for the org-chart elbows and a routed line; the layout's default is 72).
# At 100 % zoom 128×72 is a compact card with the name on up to two lines and a title.
# Measured in an 880×600 canvas with DejaVu Sans (a wide font): 40 people of the usual
# shape: fit 0.71, every name 9.9–16 px (median 12.7); the demo charts (12–13 slots
# across): fit 0.52–0.57, names 8–19 px (medians 9.7–11.4; before: 3–4 px).
# Stored positions are kept: only new auto layouts use these numbers.

#: the layout slot every card fits in (the largest card, influence 5), width × height
SLOT: tuple[float, float] = (128.0, 72.0)
#: the auto layouts' gaps: between cards side by side (and down a stack), between rows
GAP_X = 12.0
GAP_Y = 28.0

STANCE_FILL: dict[Stance | None, str] = {
    Stance.CHAMPION: "#1b5e20",
    Stance.SUPPORTER: "#43a047",
    Stance.NEUTRAL: "#9e9e9e",
    Stance.SKEPTIC: "#f2a007",
    Stance.BLOCKER: "#880e4f",  # burgundy, not #c62828: red and dark green were one
    # colour to protanopes (ΔE 8); now every pair differs by ΔE ≥ 25 in the simulations
    # of protanopia, deuteranopia and tritanopia (Machado 2009, tests/graph/test_encoding.py)
    None: "#eceff1",
}

#: a polygon of a stance marker: points in a unit box (-1 … 1 both ways, y down)
Polygon = tuple[Point, ...]


def _circle(radius: float, points: int = 24) -> Polygon:
    return tuple((radius * math.cos(2 * math.pi * k / points),
                  radius * math.sin(2 * math.pi * k / points)) for k in range(points))


def _star(outer: float = 1.0, inner: float = 0.42) -> Polygon:
    return tuple((r * math.cos(math.pi * (k / 5 - 0.5)), r * math.sin(math.pi * (k / 5 - 0.5)))
                 for k in range(10) for r in ((outer, inner)[k % 2],))


def _cross(reach: float = 0.95, half: float = 0.3) -> Polygon:
    """An ✕ reaching ``reach`` out along the diagonals, its bars ``2 * half`` wide."""
    n = half / math.sqrt(2)  # a bar's half width along x and y
    c, a = 2 * n, reach - n  # the notch between two bars; a bar's end on its diagonal
    return ((0.0, -c), (a - n, -a - n), (a + n, -a + n), (c, 0.0), (a + n, a - n),
            (a - n, a + n), (0.0, c), (-a + n, a + n), (-a - n, a - n), (-c, 0.0),
            (-a - n, -a + n), (-a + n, -a - n))


#: stance told by a shape too, not by colour alone (issue 16): the marker on every card,
#: in the legend and on the printed map; each a few polygons filled even-odd (the ring's
#: hole), drawn as paths, so no font has to have the glyph. Champion ★, supporter ▲,
#: neutral ▬ (neither up nor down), skeptic ▼, blocker ✕, unknown ○.
STANCE_MARK: dict[Stance | None, tuple[Polygon, ...]] = {
    Stance.CHAMPION: (_star(),),
    Stance.SUPPORTER: (((0.0, -0.95), (0.95, 0.7), (-0.95, 0.7)),),
    Stance.NEUTRAL: (((-0.95, -0.34), (0.95, -0.34), (0.95, 0.34), (-0.95, 0.34)),),
    Stance.SKEPTIC: (((0.0, 0.95), (-0.95, -0.7), (0.95, -0.7)),),
    Stance.BLOCKER: (_cross(),),
    None: (_circle(0.85), _circle(0.45)),
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
#: what changed since a review, as the map's compare view and the PDF's compare map mark
#: it: a new person's outline, a departed person's ghost, a move for us or against us
CHANGE_NEW = "#7b1fa2"
CHANGE_GHOST = "#78909c"
CHANGE_BETTER = "#2e7d32"
CHANGE_WORSE = "#c62828"

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


#: the smallest card (influence 1) is this share of the slot; 5 fills it
SMALLEST_CARD = 0.85


def card_size(influence: int | None) -> tuple[float, float]:
    """1 → 108.8×61.2 … 5 → 128×72 (85 % … 100 % of the slot); unknown influence is
    drawn as 3. (The cards were 75 % … 100 %: at a laptop's "Fit" the smallest names
    need the room more than influence needs the contrast.)"""
    level = 3 if influence is None else max(1, min(5, influence))
    share = SMALLEST_CARD + (1 - SMALLEST_CARD) * (level - 1) / 4
    return SLOT[0] * share, SLOT[1] * share


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


def auto_positions(doc: AccountFile, mode: str = "org",
                   start: Mapping[str, Point] | None = None) -> dict[str, Point]:
    """Card positions from the org-chart (``org``) or force-directed (``force``)
    layout, ignoring stored ones (the map's "Arrange" commands). ``start`` (force only):
    the drawing to keep — the people it places stay unless they overlap, the others
    join near their manager or the people they are linked to."""
    nodes = [s.id for s in doc.stakeholders]
    parent = {s.id: s.reports_to for s in doc.stakeholders}
    if mode == "force":
        links = [(i.source, i.target) for i in doc.influences]
        return layout.force_layout(nodes, parent, links, card_size=SLOT, gap_x=GAP_X,
                                   gap_y=GAP_Y, start=start or None)
    return layout.hierarchical_layout(nodes, parent, card_size=SLOT, gap_x=GAP_X, gap_y=GAP_Y)


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
        card_size=SLOT, gap_x=GAP_X, gap_y=GAP_Y)
    left = min(x for x, _ in placed)
    top = max(y for _, y in placed) + 2 * SLOT[1]
    x0 = min(x for x, _ in chart.values())
    y0 = min(y for _, y in chart.values())
    return {sid: (left + x - x0, top + y - y0) for sid, (x, y) in chart.items()}
