"""The stakeholder map as vector graphics (reportlab ``Drawing``), laid out and encoded
exactly as the app's map: positions from :func:`app.graph.encoding.map_positions`
(stored positions, else the org-chart layout), colour = stance, size = influence,
border = our relationship, badge = buying role, grey org-chart connectors and influence
arrows. The client edition draws the org chart with our contact on each card instead.

Text is never scaled below legibility: when the whole map does not fit one page at
:data:`MIN_SCALE`, it is cut into page-sized parts along the gaps between cards, after
an overview page showing where each part lies.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, Path, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.fileformat.schema import AccountFile, StakeholderRecord
from app.graph import encoding, layout
from app.models.enums import RELATIONSHIP_LABELS, InfluenceKind, Stance, label
from app.reports.fonts import Fonts, has_cjk

Box = tuple[float, float, float, float]  # left, top, right, bottom in scene units (y down)
Point = tuple[float, float]

#: points per scene unit below which card text would be too small: parts instead
MIN_SCALE = 0.5
#: never drawn larger than this (a three-person map does not fill a page)
MAX_SCALE = 0.8
MAX_TEXT_FACTOR = 1.3
NAME_SIZE = 7.5
NAME_SIZE_SMALL = 6.5
TITLE_SIZE = 6.2
CLIENT_FILL = "#e8eef3"
COVERED = "#1f4e79"


@dataclass(frozen=True)
class Card:
    person: StakeholderRecord
    box: Box  # the drawn card (smaller than its slot for low influence)


@dataclass(frozen=True)
class MapLine:
    points: tuple[Point, ...]
    kind: str  # "reports" or an influence kind
    strength: int


@dataclass(frozen=True)
class MapScene:
    cards: tuple[Card, ...]
    lines: tuple[MapLine, ...]
    bounds: Box

    @property
    def width(self) -> float:
        return self.bounds[2] - self.bounds[0]

    @property
    def height(self) -> float:
        return self.bounds[3] - self.bounds[1]


def _border_point(box: Box, towards: Point) -> Point:
    """Where the line from the box's centre to ``towards`` leaves the box."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    hw, hh = (box[2] - box[0]) / 2, (box[3] - box[1]) / 2
    t = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    return cx + dx * t, cy + dy * t


def build_scene(doc: AccountFile, *, uniform: bool = False,
                people: set[str] | None = None, influences: bool = True) -> MapScene:
    """Cards and lines in scene units. ``uniform``: every card the same size (the client
    edition has no influence to show); ``people``: draw only these (re-laid out, each
    reporting line to the nearest kept manager); ``influences``: draw influence arrows."""
    if people is not None:
        doc = _subset(doc, people)
    positions = encoding.map_positions(doc)
    slot_w, slot_h = encoding.SLOT
    cards: dict[str, Card] = {}
    for p in doc.stakeholders:
        x, y = positions[p.id]
        w, h = encoding.card_size(None if uniform else p.influence)
        left, top = x + (slot_w - w) / 2, y + (slot_h - h) / 2
        cards[p.id] = Card(p, (left, top, left + w, top + h))
    stacked = layout.stacked_reports([s.id for s in doc.stakeholders],
                                     {s.id: s.reports_to for s in doc.stakeholders})
    lines: list[MapLine] = []
    for p in doc.stakeholders:
        if p.reports_to and p.reports_to in cards:
            boss, report = positions[p.reports_to], positions[p.id]
            a, b = cards[p.reports_to].box, cards[p.id].box
            pts = [list(q) for q in layout.connector_path(
                boss, report, encoding.SLOT,
                stacked=p.id in stacked and report[1] > boss[1] + slot_h)]
            pts[0][1] = a[3]
            last, before = pts[-1], pts[-2]
            if last[0] == before[0]:
                last[1] = b[1]
            else:
                last[0] = b[0] if before[0] < last[0] else b[2]
            lines.append(MapLine(tuple((q[0], q[1]) for q in pts), "reports", 1))
    if influences:
        for link in doc.influences:
            if link.source in cards and link.target in cards:
                a, b = cards[link.source].box, cards[link.target].box
                start = _border_point(a, ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2))
                end = _border_point(b, ((a[0] + a[2]) / 2, (a[1] + a[3]) / 2))
                lines.append(MapLine((start, end), str(link.kind or "informal"),
                                   link.strength or 1))
    if positions:
        bounds = (min(c.box[0] for c in cards.values()) - 6,
                  min(c.box[1] for c in cards.values()) - 6,
                  max(c.box[2] for c in cards.values()) + 6,
                  max(c.box[3] for c in cards.values()) + 6)
    else:
        bounds = (0.0, 0.0, 0.0, 0.0)
    return MapScene(tuple(cards.values()), tuple(lines), bounds)


def _subset(doc: AccountFile, keep: set[str]) -> AccountFile:
    by_id = {p.id: p for p in doc.stakeholders}

    def manager(pid: str) -> str | None:
        seen: set[str] = set()
        boss = by_id[pid].reports_to
        while boss is not None and boss in by_id and boss not in keep and boss not in seen:
            seen.add(boss)
            boss = by_id[boss].reports_to
        return boss if boss in keep else None

    people = [p.model_copy(update={"reports_to": manager(p.id), "position": None})
              for p in doc.stakeholders if p.id in keep]
    links = [i for i in doc.influences if i.source in keep and i.target in keep]
    return doc.model_copy(update={"stakeholders": people, "influences": links})


# -- cutting into pages ------------------------------------------------------------------


def _cuts(start: float, end: float, span: float,
          intervals: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Windows of at most ``span`` covering [start, end], cut where no card is."""
    def free(c: float) -> bool:
        return not any(a < c < b for a, b in intervals)

    candidates = sorted({b + 1 for _, b in intervals} | {a - 1 for a, _ in intervals})
    windows = []
    left = start
    while left < end - 1e-6:
        limit = left + span
        if limit >= end:
            windows.append((left, end))
            break
        good = [c for c in candidates if left + span * 0.4 < c <= limit and free(c)]
        cut = good[-1] if good else limit
        windows.append((left, cut))
        left = cut
    return windows


def tiles(scene: MapScene, width: float, height: float, scale: float) -> list[Box]:
    """Page-sized windows (scene units) covering every card, empty windows left out."""
    left, top, right, bottom = scene.bounds
    cols = _cuts(left, right, width / scale, [(c.box[0], c.box[2]) for c in scene.cards])
    rows = _cuts(top, bottom, height / scale, [(c.box[1], c.box[3]) for c in scene.cards])
    out = []
    for y0, y1 in rows:
        for x0, x1 in cols:
            if any(x0 <= (c.box[0] + c.box[2]) / 2 <= x1 and y0 <= (c.box[1] + c.box[3]) / 2
                   <= y1 for c in scene.cards):
                out.append((x0, y0, x1, y1))
    return out


def fit_scale(scene: MapScene, width: float, height: float) -> float:
    if scene.width <= 0 or scene.height <= 0:
        return MAX_SCALE
    return min(width / scene.width, height / scene.height, MAX_SCALE)


# -- drawing -----------------------------------------------------------------------------


class _Painter:
    """Draws scene content into a Drawing of the given window at the given scale."""

    def __init__(self, fonts: Fonts, window: Box, scale: float, height: float, *,
                 encoded: bool, text: bool = True) -> None:
        self.fonts, self.window, self.s, self.h = fonts, window, scale, height
        self.encoded, self.text = encoded, text
        # the text grows and shrinks with the cards, from MIN_SCALE on (at most by a
        # third: a small map drawn large); below it only on the executive brief's map
        self.text_factor = min(MAX_TEXT_FACTOR, scale / MIN_SCALE)

    def xy(self, p: Point) -> Point:
        return (p[0] - self.window[0]) * self.s, self.h - (p[1] - self.window[1]) * self.s

    def font(self, text: str, bold: bool = False) -> str:
        if has_cjk(text) and self.fonts.cjk:
            return self.fonts.cjk
        return self.fonts.bold if bold else self.fonts.text

    def line(self, line: MapLine) -> list[Group | PolyLine | Polygon]:
        pts = [self.xy(p) for p in line.points]
        flat = [v for p in pts for v in p]
        if line.kind == "reports":
            return [PolyLine(flat, strokeColor=colors.HexColor(encoding.REPORTING),
                             strokeWidth=encoding.REPORTING_WIDTH * self.s * 1.2)]
        kind = InfluenceKind(line.kind)
        colour = colors.HexColor(encoding.INFLUENCE[kind])
        width = encoding.influence_width(line.strength) * self.s * 1.2
        style = encoding.INFLUENCE_STYLE[kind]
        dash = None if style == "solid" else (
            [0.1, width * 2.2] if style == "dot" else [width * 3, width * 2])
        shaft = PolyLine(flat, strokeColor=colour, strokeWidth=width, strokeDashArray=dash,
                         strokeLineCap=1)
        (x0, y0), (x1, y1) = pts[0], pts[-1]
        angle = math.atan2(y1 - y0, x1 - x0)
        size = (7 + 2 * line.strength) * self.s
        head = Polygon([x1, y1,
                        x1 - size * math.cos(angle - 0.45), y1 - size * math.sin(angle - 0.45),
                        x1 - size * math.cos(angle + 0.45), y1 - size * math.sin(angle + 0.45)],
                       fillColor=colour, strokeColor=colour, strokeWidth=0.3)
        return [shaft, head]

    def card(self, card: Card) -> list[Rect | String | Group]:
        p = card.person
        x0, y_top = self.xy((card.box[0], card.box[1]))
        w = (card.box[2] - card.box[0]) * self.s
        h = (card.box[3] - card.box[1]) * self.s
        y0 = y_top - h
        if self.encoded:
            fill = encoding.STANCE_FILL[p.stance]
            width, style = encoding.border(p.relationship)
            width *= self.s * 1.2
            dash = [3, 2] if style == "dash" else None
        else:
            fill, width, dash = CLIENT_FILL, 0.8, None
        shapes: list[Rect | String | Group] = [Rect(
            x0 + width / 2, y0 + width / 2, w - width, h - width, rx=4 * self.s * 1.6,
            ry=4 * self.s * 1.6, fillColor=colors.HexColor(fill),
            strokeColor=colors.HexColor(encoding.BORDER), strokeWidth=width,
            strokeDashArray=dash)]
        if not self.text:
            return shapes
        ink = colors.HexColor(encoding.text_colour(fill))
        f = self.text_factor
        pad = 2.5 + width / 2
        right = x0 + w - pad
        badge = encoding.ROLE_BADGE.get(p.role, "") if (self.encoded and p.role) else ""
        top = y_top - pad
        if badge:
            bsize = 5.6 * f
            bw = stringWidth(badge, self.fonts.bold, bsize) + 4 * f
            bh = bsize + 3 * f
            shapes.append(Rect(right - bw, top - bh, bw, bh, rx=1.5, ry=1.5,
                               fillColor=colors.Color(1, 1, 1, 0.85), strokeColor=None))
            shapes.append(String(right - bw / 2, top - bh + 1.6 * f, badge,
                                 fontName=self.fonts.bold, fontSize=bsize,
                                 fillColor=colors.HexColor("#263238"), textAnchor="middle"))
        name_room = w - 2 * pad - (stringWidth(badge, self.fonts.bold, 5.6 * f) + 8 * f
                                   if badge else 0)
        full_room = w - 2 * pad
        font = self.font(p.name, bold=True)
        # one line at the name size, else two, else two a little smaller (elided last)
        for size, count in ((NAME_SIZE * f, 2), (NAME_SIZE_SMALL * f, 2),
                            (NAME_SIZE_SMALL * f, 3)):
            lines = _wrap(p.name, font, size, name_room, count, rest_room=full_room)
            if "".join(lines).replace(" ", "") == p.name.replace(" ", ""):
                break
        y = top - size
        for text in lines:
            shapes.append(String(x0 + pad, y, text, fontName=font, fontSize=size,
                                 fillColor=ink))
            y -= size * 1.12
        sub = " · ".join(t for t in (p.title, p.department) if t)
        if not self.encoded and p.our_owner:
            owner_size = TITLE_SIZE * f
            owner = "Our contact: " + p.our_owner
            ofont = self.font(owner)
            shapes.append(String(x0 + pad, y0 + pad, _elide(owner, ofont, owner_size,
                                                             full_room),
                                 fontName=ofont, fontSize=owner_size,
                                 fillColor=colors.HexColor(COVERED)))
            bottom = y0 + pad + owner_size * 1.2
        else:
            bottom = y0 + pad * 0.6
        tsize = TITLE_SIZE * f
        room = int((y + tsize - bottom) // (tsize * 1.15))
        if sub and room > 0:
            tfont = self.font(sub)
            for text in _wrap(sub, tfont, tsize, full_room, room):
                y_line = y + tsize * 0.1
                shapes.append(String(x0 + pad, y_line, text, fontName=tfont, fontSize=tsize,
                                     fillColor=ink))
                y -= tsize * 1.15
        return shapes


def _elide(text: str, font: str, size: float, room: float) -> str:
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _wrap(text: str, font: str, size: float, first_room: float, lines: int, *,
          rest_room: float | None = None) -> list[str]:
    """At most ``lines`` lines, the first at most ``first_room`` points wide, the others
    ``rest_room`` (default the same); words kept whole where they fit (CJK text breaks
    anywhere); the last line elided."""
    out: list[str] = []
    rest = text.strip()
    while rest and len(out) < lines:
        room = first_room if not out else (rest_room or first_room)
        if stringWidth(rest, font, size) <= room:
            out.append(rest)
            rest = ""
            break
        if len(out) == lines - 1:
            out.append(_elide(rest, font, size, room))
            rest = ""
            break
        cut = len(rest)
        while cut > 1 and stringWidth(rest[:cut], font, size) > room:
            cut -= 1
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0 and not has_cjk(rest[space:cut]):
            cut = space
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return out or [""]


def draw(scene: MapScene, fonts: Fonts, window: Box, scale: float, *, encoded: bool,
         text: bool = True, outlines: Sequence[Box] = ()) -> Drawing:
    """The part of the scene inside ``window`` as a Drawing, clipped to it; ``outlines``
    (scene boxes) are drawn numbered on top (the overview's parts)."""
    w = (window[2] - window[0]) * scale
    h = (window[3] - window[1]) * scale
    drawing = Drawing(w, h, initialFontName=fonts.text)
    painter = _Painter(fonts, window, scale, h, encoded=encoded, text=text)
    clip = Path(strokeColor=None, fillColor=None, isClipPath=1)
    clip.moveTo(0, 0)
    clip.lineTo(w, 0)
    clip.lineTo(w, h)
    clip.lineTo(0, h)
    clip.closePath()
    group = Group(clip)
    lo, to, ro, bo = window
    for line in scene.lines:
        if _touches(line.points, window):
            for shape in painter.line(line):
                group.add(shape)
    for card in scene.cards:
        c = card.box
        if c[2] >= lo and c[0] <= ro and c[3] >= to and c[1] <= bo:
            for shape in painter.card(card):
                group.add(shape)
    for i, box in enumerate(outlines, start=1):
        x0, y1 = painter.xy((box[0], box[1]))
        x1, y0 = painter.xy((box[2], box[3]))
        group.add(Rect(x0 + 1, y0 + 1, x1 - x0 - 2, y1 - y0 - 2, fillColor=None,
                       strokeColor=colors.HexColor("#ff6f00"), strokeWidth=1.2,
                       strokeDashArray=[4, 2]))
        size = max(5.0, min(12.0, (x1 - x0) / (len(str(i)) * 0.7 + 0.8), (y1 - y0) * 0.6))
        group.add(String(x0 + 2 + size * 0.2, y1 - size - 2, str(i), fontName=fonts.bold,
                         fontSize=size, fillColor=colors.HexColor("#ff6f00")))
    drawing.add(group)
    return drawing


def _touches(points: Iterable[Point], window: Box) -> bool:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return not (max(xs) < window[0] or min(xs) > window[2] or max(ys) < window[1]
                or min(ys) > window[3])


# -- legend ------------------------------------------------------------------------------


def legend(fonts: Fonts, width: float, *, encoded: bool) -> Drawing:
    """The key to the map's encoding, in columns across ``width`` points."""
    row = 10.5
    size = 7.0
    ink = colors.HexColor("#37474f")
    columns: list[tuple[str, list[tuple[str, str]]]] = []
    if encoded:
        columns.append(("Fill: stance toward us",
                        [(label(s) if s else "Unknown", f"fill:{s}") for s in (*Stance, None)]))
        columns.append(("Border: our relationship",
                        [(f"{lv} {RELATIONSHIP_LABELS[lv]}", f"border:{lv}")
                         for lv in range(5)]))
        columns.append(("Badge: buying role",
                        [(f"{badge}  {label(role)}", "") for role, badge in
                         encoding.ROLE_BADGE.items() if badge]))
        columns.append(("Lines (thicker = stronger)",
                        [("Reports to", "line:reports")]
                        + [(f"Influence: {label(k).lower()} →", f"line:{k}")
                           for k in InfluenceKind]
                        + [("Size: influence, 1 … 5", "")]))
    else:
        columns.append(("How to read the map", [
            ("Card: a person in your organisation", "fill:client"),
            ("Reports to", "line:reports"),
            ("Our contact: who in our team you work with", "")]))
    rows = max(len(items) for _, items in columns) + 1
    height = rows * row + 4
    drawing = Drawing(width, height, initialFontName=fonts.text)
    col_w = width / max(len(columns), 2)
    for c, (title, items) in enumerate(columns):
        x = c * col_w
        y = height - row
        drawing.add(String(x, y, title, fontName=fonts.bold, fontSize=size, fillColor=ink))
        for text, swatch in items:
            y -= row
            tx = x
            if swatch:
                tx = x + 30
                kind, _, value = swatch.partition(":")
                if kind == "fill":
                    fill = CLIENT_FILL if value == "client" else encoding.STANCE_FILL[
                        None if value == "None" else Stance(value)]
                    drawing.add(Rect(x, y - 1, 24, 8, rx=2, ry=2,
                                     fillColor=colors.HexColor(fill),
                                     strokeColor=colors.HexColor(encoding.BORDER),
                                     strokeWidth=0.6))
                elif kind == "border":
                    bw, st = encoding.border(int(value))
                    drawing.add(Rect(x + 1, y - 1, 22, 8, rx=2, ry=2, fillColor=colors.white,
                                     strokeColor=colors.HexColor(encoding.BORDER),
                                     strokeWidth=bw * 0.6,
                                     strokeDashArray=[2, 1.5] if st == "dash" else None))
                else:
                    if value == "reports":
                        colour, lw, dash = encoding.REPORTING, 1.4, None
                    else:
                        k = InfluenceKind(value)
                        colour, lw = encoding.INFLUENCE[k], 1.6
                        st = encoding.INFLUENCE_STYLE[k]
                        dash = None if st == "solid" else ([0.1, 3] if st == "dot" else [4, 2])
                    drawing.add(Line(x, y + 3, x + 24, y + 3,
                                     strokeColor=colors.HexColor(colour), strokeWidth=lw,
                                     strokeDashArray=dash, strokeLineCap=1))
            font = fonts.cjk if (has_cjk(text) and fonts.cjk) else fonts.text
            drawing.add(String(tx, y, text, fontName=font, fontSize=size, fillColor=ink))
    return drawing
