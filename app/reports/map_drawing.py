"""The stakeholder map as vector graphics (reportlab ``Drawing``), laid out and encoded
exactly as the app's map: positions from :func:`app.graph.encoding.map_positions`
(stored positions, else the org-chart layout), colour = stance, size = influence,
border = our relationship, badge = buying role, grey org-chart connectors and influence
arrows.

Text is never scaled below legibility: when the whole map does not fit one page at
:data:`MIN_SCALE`, it is cut into page-sized parts along the gaps between cards, after
an overview page showing where each part lies.

The client edition has nothing to encode, so it draws a compact org chart instead
(:func:`org_chart`): small cards (name, title, our contact), a top-down tree, on one
page when it can be read there, else split by whole teams with page references.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Line, Path, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isAnything
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.graph import encoding, layout
from app.i18n import N_, _, pgettext
from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import RELATIONSHIP_LABELS, InfluenceKind, Stance, label
from app.reports.fonts import (
    Fonts,
    draw_runs,
    font_for,
    has_cjk,
    runs_width,
    text_shape,
)

Box = tuple[float, float, float, float]  # left, top, right, bottom in scene units (y down)
Point = tuple[float, float]

#: the scales below were chosen for cards in 224-unit slots; the compact 128-unit slot
#: of the app's map (issue 16) is printed 1.3 times as large per unit (83 points wide at
#: the least, a title on two lines: the demo maps print in 2 parts where they took 3),
#: lines and borders as thick as before (``_Painter.pen``)
_PAPER = 1.3 * 128.0 / encoding.SLOT[0]
#: points per scene unit below which card text would be too small: parts instead
MIN_SCALE = 0.5 * _PAPER
#: never drawn larger than this (a three-person map does not fill a page)
MAX_SCALE = 0.8 * _PAPER
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
    #: the people it joins (manager and report, or source and target)
    ends: tuple[str, str] = ("", "")


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
                boss, report, encoding.SLOT, gap_x=encoding.GAP_X, gap_y=encoding.GAP_Y,
                stacked=p.id in stacked and report[1] > boss[1] + slot_h)]
            pts[0][1] = a[3]
            last, before = pts[-1], pts[-2]
            if last[0] == before[0]:
                last[1] = b[1]
            else:
                last[0] = b[0] if before[0] < last[0] else b[2]
            lines.append(MapLine(tuple((q[0], q[1]) for q in pts), "reports", 1,
                                 (p.reports_to, p.id)))
    if influences:
        for link in doc.influences:
            if link.source in cards and link.target in cards:
                a, b = cards[link.source].box, cards[link.target].box
                start = _border_point(a, ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2))
                end = _border_point(b, ((a[0] + a[2]) / 2, (a[1] + a[3]) / 2))
                lines.append(MapLine((start, end), str(link.kind or "informal"),
                                   link.strength or 1, (link.source, link.target)))
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
        self.pen = scale / _PAPER  # lines and borders as thick as before
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
                             strokeWidth=encoding.REPORTING_WIDTH * self.pen * 1.2)]
        kind = InfluenceKind(line.kind)
        colour = colors.HexColor(encoding.INFLUENCE[kind])
        width = encoding.influence_width(line.strength) * self.pen * 1.2
        style = encoding.INFLUENCE_STYLE[kind]
        dash = None if style == "solid" else (
            [0.1, width * 2.2] if style == "dot" else [width * 3, width * 2])
        shaft = PolyLine(flat, strokeColor=colour, strokeWidth=width, strokeDashArray=dash,
                         strokeLineCap=1)
        (x0, y0), (x1, y1) = pts[0], pts[-1]
        angle = math.atan2(y1 - y0, x1 - x0)
        size = (7 + 2 * line.strength) * self.pen
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
            width *= self.pen * 1.2
            dash = [3, 2] if style == "dash" else None
        else:
            fill, width, dash = CLIENT_FILL, 0.8, None
        shapes: list[Rect | String | Group] = [Rect(
            x0 + width / 2, y0 + width / 2, w - width, h - width, rx=4 * self.pen * 1.6,
            ry=4 * self.pen * 1.6, fillColor=colors.HexColor(fill),
            strokeColor=colors.HexColor(encoding.BORDER), strokeWidth=width,
            strokeDashArray=dash)]
        if self.encoded:  # stance by shape too, on the card's top left corner
            inset = 2.5 * self.pen
            shapes.append(stance_mark(p.stance, x0 + inset, y_top - inset,
                                      min(4.2, 9 * self.pen)))
        if not self.text:
            return shapes
        ink = colors.HexColor(encoding.text_colour(fill))
        f = self.text_factor
        pad = 2.5 + width / 2
        right = x0 + w - pad
        # the badge in the document's language ("ЛПР", "决策"; Chinese never bold)
        badge = encoding.role_badge(p.role) if (self.encoded and p.role) else ""
        badge_font = self.font(badge, bold=True)
        top = y_top - pad
        if badge:
            bsize = 5.6 * f
            bw = stringWidth(badge, badge_font, bsize) + 4 * f
            bh = bsize + 3 * f
            shapes.append(Rect(right - bw, top - bh, bw, bh, rx=1.5, ry=1.5,
                               fillColor=colors.Color(1, 1, 1, 0.85), strokeColor=None))
            shapes.append(String(right - bw / 2, top - bh + 1.6 * f, badge,
                                 fontName=badge_font, fontSize=bsize,
                                 fillColor=colors.HexColor("#263238"), textAnchor="middle"))
        name_room = w - 2 * pad - (stringWidth(badge, badge_font, 5.6 * f) + 8 * f
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
            owner = our_contact(p.our_owner)
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


def stance_mark(stance: Stance | None, x: float, y: float, radius: float,
                outline: str = encoding.BORDER, width: float = 0.5) -> Path:
    """The stance's marker (``encoding.STANCE_MARK``: ★ ▲ ▬ ▼ ✕ ○) centred on (x, y) in
    points, y up, filled with the stance's colour and outlined, as the app draws it."""
    path = Path(fillColor=colors.HexColor(encoding.STANCE_FILL[stance]),
                strokeColor=colors.HexColor(outline), strokeWidth=width, fillMode=0,
                strokeLineJoin=0)  # fillMode 0: even-odd (the ring's hole)
    for polygon in encoding.STANCE_MARK[stance]:
        (px, py), *rest = polygon
        path.moveTo(x + px * radius, y - py * radius)
        for qx, qy in rest:
            path.lineTo(x + qx * radius, y - qy * radius)
        path.closePath()
    return path


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


#: draws on top of a map (the changes' overlay): given the function from scene units to
#: the drawing's points and the scale (points per scene unit), the shapes to add
Decoration = Callable[[Callable[[Point], Point], float], Sequence[Any]]


def draw(scene: MapScene, fonts: Fonts, window: Box, scale: float, *, encoded: bool,
         text: bool = True, outlines: Sequence[Box] = (),
         extra: Decoration | None = None) -> Drawing:
    """The part of the scene inside ``window`` as a Drawing, clipped to it; ``outlines``
    (scene boxes) are drawn numbered on top (the overview's parts), then what ``extra``
    adds (app.reports.changes_section marks what changed)."""
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
    if extra is not None:
        for shape in extra(painter.xy, scale):
            group.add(shape)
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
    if not encoded:
        return _client_legend(fonts, width, size, ink)
    columns: list[tuple[str, list[tuple[str, str]]]] = []
    if encoded:
        columns.append((_("Fill: stance toward us"),
                        [(label(s) if s else pgettext("stance", "Unknown"), f"fill:{s}")
                         for s in (*Stance, None)]))
        columns.append((_("Border: our relationship"),
                        [(f"{lv} {RELATIONSHIP_LABELS[lv]}", f"border:{lv}")
                         for lv in range(5)]))
        columns.append((_("Badge: buying role"),
                        [(f"{encoding.role_badge(role)}  {label(role)}", "")
                         for role in encoding.ROLE_BADGE if encoding.role_badge(role)]))
        columns.append((_("Lines (thicker = stronger)"),
                        [(_("Reports to"), "line:reports")]
                        + [(_("Influence: {kind} →").format(kind=label(k).lower()),
                            f"line:{k}") for k in InfluenceKind]
                        + [(_("Size: influence, 1 … 5"), "")]))
    else:
        columns.append((_("How to read the map"), [
            (_("Card: a person in your organisation"), "fill:client"),
            (_("Reports to"), "line:reports"),
            (_("Our contact: who in our team you work with"), "")]))
    rows = max(len(items) for _, items in columns) + 1
    height = rows * row + 4
    drawing = Drawing(width, height, initialFontName=fonts.text)
    col_w = width / max(len(columns), 2)
    for c, (title, items) in enumerate(columns):
        x = c * col_w
        y = height - row
        drawing.add(text_shape(x, y, title, fonts, size, ink, bold=True))
        for text, swatch in items:
            y -= row
            tx = x
            if swatch:
                tx = x + 30
                kind, _sep, value = swatch.partition(":")
                if kind == "fill":
                    fill = CLIENT_FILL if value == "client" else encoding.STANCE_FILL[
                        None if value == "None" else Stance(value)]
                    drawing.add(Rect(x + 3, y - 1, 21, 8, rx=2, ry=2,
                                     fillColor=colors.HexColor(fill),
                                     strokeColor=colors.HexColor(encoding.BORDER),
                                     strokeWidth=0.6))
                    if value != "client":
                        drawing.add(stance_mark(None if value == "None" else Stance(value),
                                                x + 3.5, y + 3, 3.6))
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
            drawing.add(text_shape(tx, y, text, fonts, size, ink))
    return drawing


def _client_legend(fonts: Fonts, width: float, size: float, ink: colors.Color) -> Drawing:
    """One line: the org chart has little to explain."""
    drawing = Drawing(width, 12, initialFontName=fonts.text)
    x = 0.0
    y = 3.0
    title = _("How to read the chart:")
    drawing.add(text_shape(x, y, title, fonts, size, ink, bold=True))
    x += runs_width(fonts, title, size, bold=True) + 10
    drawing.add(Rect(x, y - 1.5, 24, 9, rx=2, ry=2, fillColor=colors.HexColor(CLIENT_FILL),
                     strokeColor=colors.HexColor(encoding.BORDER), strokeWidth=0.6))
    x += 30
    items = [(_("a person in your organisation: name and title"), ""),
             (_("Reports to"), "line"),
             (_("Our contact: who in our team works with them"), "")]
    for text, swatch in items:
        if swatch:
            drawing.add(Line(x, y + 2.5, x + 24, y + 2.5, strokeColor=colors.HexColor(
                encoding.REPORTING), strokeWidth=1.2))
            x += 30
        drawing.add(text_shape(x, y, text, fonts, size, ink))
        x += runs_width(fonts, text, size) + 18
    return drawing


# -- the client edition's org chart ---------------------------------------------------
#
# A compact top-down tree in points at print size. Every card of a chart is as wide as
# the others and as high as its name, title and our contact need (cards side by side in
# a row, or in one stack, are made as high as the highest), plus a band for a page marker
# on the cards of managers whose team is on another page. Text sizes are fixed, never
# below MIN_TEXT_SIZE; what adapts is the card width (ORG_WIDTHS, widest first) and how
# each team is arranged: side by side (the classic chart) with the reports who have no
# team of their own stacked in columns under their manager, or, where that is too wide,
# one below the other hanging off a line at their left, in one column indented under
# the manager or in up to four columns. Each subtree keeps a few arrangements that are
# not both wider and taller than another (a Pareto front), so that a manager can pick
# the mix of its teams' arrangements that fits the page. Everything is decided in file
# order with no randomness: the same account gives the same chart.
#
# When the chart cannot be read on one page, it is split by whole teams (:func:`_split`)
# and the teams are packed onto pages (:func:`_pack_units`); the page numbers on the
# cards are filled in while the document is laid out (:class:`PageRegistry`).

#: card widths tried, widest first; the classic tree at a comfortable width is preferred
#: to indented lists, and both to narrower cards
ORG_WIDTHS = (150.0, 138.0, 126.0, 116.0, 106.0, 98.0, 90.0, 84.0, 78.0, 72.0)
ORG_COMFORTABLE = 96.0
#: card widths the split chart chooses from (the one whose cards take least room)
SPLIT_WIDTHS = (126.0, 116.0, 106.0, 98.0, 90.0)
NAME_SIZES = ((7.5, 2), (6.5, 2), (6.0, 2), (6.0, 3))  # the name: (size, lines) in turn
TITLE_SIZES = ((6.5, 2), (6.0, 2), (6.0, 3))  # the title: (size, lines) tried in turn
NOTE_SIZE = 6.0  # our contact, page markers
MIN_TEXT_SIZE = 6.0
MAX_ZOOM = 1.25  # a small chart is drawn larger, up to this
PAD = 3.5
GAP_X = 8.0  # between neighbouring teams
GAP_Y = 16.0  # from a manager's card down to the cards of the reports
LANE = 10.0  # room for the line a stack or an indented list hangs off
STACK_GAP = 5.0  # between stacked cards
UNIT_GAP = 18.0  # between separate trees or teams on a page
KEEP = 10  # arrangements kept per subtree
MARKER_INK = "#8a4100"
MARKER_FILL = "#fbe9dc"
NAME_INK = "#111111"
TITLE_INK = "#37474f"
HEAD_FILL = "#ffffff"
_EPS = 1e-6
NUMBER = _NUMBER = "999"  # stands for a page number while marker text is measured
_SAMPLE = 80  # people measured to choose a card width for a large chart

Room = tuple[float, float]


# text -----------------------------------------------------------------------------------

_ADVANCES: dict[str, dict[str, float]] = {}
_CJK_CHARS: dict[str, bool] = {}


def _advance(font: str, char: str) -> float:
    """Width of one character at 1 pt (TrueType widths simply add up: no kerning)."""
    table = _ADVANCES.setdefault(font, {})
    width = table.get(char)
    if width is None:
        width = table[char] = stringWidth(char, font, 1000.0) / 1000.0
    return width


def _is_cjk(char: str) -> bool:
    known = _CJK_CHARS.get(char)
    if known is None:
        known = _CJK_CHARS[char] = has_cjk(char)
    return known


def _width(text: str, font: str, size: float) -> float:
    return sum(_advance(font, c) for c in text) * size


def _set(text: str, font: str, size: float, room: float) -> list[str]:
    """``text`` in lines of at most ``room`` points: broken at spaces (and after a hyphen
    or slash), so Latin and Cyrillic words stay whole, and between any two characters
    next to a CJK one; a word longer than a line is cut where the line is full."""
    text = " ".join(text.split())
    lines: list[str] = []
    n = len(text)
    start = 0
    width = 0.0
    cut = -1  # the last place the current line may end (before this index)
    i = 0
    while i < n:
        char = text[i]
        if i > start:
            before = text[i - 1]
            if char == " " or before in "-/" or _is_cjk(char) or _is_cjk(before):
                cut = i
        advance = _advance(font, char) * size
        if width + advance > room and i > start and char != " ":
            end = cut if cut > start else i
            lines.append(text[start:end].rstrip())
            start = end
            while start < n and text[start] == " ":
                start += 1
            width = _width(text[start:i], font, size)
            cut = -1
            continue
        width += advance
        i += 1
    if start < n:
        lines.append(text[start:])
    return lines


def _clip(lines: list[str], count: int, font: str, size: float,
          room: float) -> tuple[list[str], bool]:
    """At most ``count`` lines, the last one ended with "…" if text was left over."""
    if len(lines) <= count:
        return lines, False
    last = lines[count - 1]
    while last and _width(last + "…", font, size) > room:
        last = last[:-1]
    return [*lines[:count - 1], last.rstrip() + "…"], True


def _org_font(fonts: Fonts, text: str, bold: bool = False) -> str:
    return font_for(fonts, text, bold=bold)


def our_contact(name: str) -> str:
    """A card's line naming who in our team works with the person."""
    return _("Our contact: {name}").format(name=name)


@dataclass(frozen=True)
class _Text:
    """A block of lines on a card, all in one font and size."""

    lines: tuple[str, ...]
    font: str
    size: float
    ink: str
    leading: float = 1.15

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * self.leading


@dataclass(frozen=True)
class _CardText:
    name: _Text
    title: _Text | None
    contact: _Text | None
    #: a name or title had to be cut short with "…"
    elided: bool

    @property
    def upper(self) -> float:
        """Height of the name and title."""
        return self.name.height + (1.2 + self.title.height if self.title else 0.0)


def _fitted_lines(text: str, font: str, sizes: Sequence[tuple[float, int]], room: float
                  ) -> tuple[list[str], float, bool]:
    """``text`` set at the first (size, most lines) of ``sizes`` where it fits ``room``
    points; at the last size cut to its lines with "…" (True) when nothing fits."""
    size, count = sizes[-1]
    lines: list[str] = []
    for size, count in sizes:
        lines = _set(text, font, size, room)
        if len(lines) <= count:
            return lines, size, False
    lines, cut = _clip(lines, count, font, size, room)
    return lines, size, cut


def _card_text(p: StakeholderRecord, fonts: Fonts, room: float) -> _CardText:
    """Name (bold) and title set in ``room`` points: one line, else two, else two a
    little smaller, else three at the smallest size; only then cut with "…"."""
    font = _org_font(fonts, p.name, bold=True)
    lines, size, elided = _fitted_lines(p.name, font, NAME_SIZES, room)
    name = _Text(tuple(lines), font, size, NAME_INK)
    title = None
    if p.title and p.title.strip():
        tfont = _org_font(fonts, p.title)
        tlines, tsize, cut = _fitted_lines(p.title, tfont, TITLE_SIZES, room)
        elided = elided or cut
        title = _Text(tuple(tlines), tfont, tsize, TITLE_INK, 1.18)
    contact = None
    if p.our_owner and p.our_owner.strip():
        text = our_contact(p.our_owner.strip())
        cfont = _org_font(fonts, text)
        clines, _cut = _clip(_set(text, cfont, NOTE_SIZE, room), 2, cfont, NOTE_SIZE, room)
        contact = _Text(tuple(clines), cfont, NOTE_SIZE, COVERED)
    return _CardText(name, title, contact, elided)


def _card_height(text: _CardText, contacts: bool) -> float:
    """A card as high as its name, title and (``contacts``) our contact need."""
    lower = text.contact.height if (contacts and text.contact) else 0.0
    return 2 * PAD + text.upper + (1.5 + lower if lower else 0.0)


def _marker(text: str, fonts: Fonts, room: float) -> _Text:
    font = _org_font(fonts, text, bold=True)
    lines, _cut = _clip(_set(text, font, NOTE_SIZE, room), 3, font, NOTE_SIZE, room)
    return _Text(tuple(lines), font, NOTE_SIZE, MARKER_INK)


def _band(text: _Text | None) -> float:
    """Height of the marker band at the foot of a card."""
    return text.height + 3.0 if text else 0.0


def stub_text(same_page: bool) -> str:
    """The marker on a manager's card whose team is drawn elsewhere."""
    return _("→ team shown separately on this page") if same_page else (
        _("→ team continued on page {page}").format(page=_NUMBER))


_stub_text = stub_text


def _head_text(boss: str | None, same_page: bool, continued: bool, fonts: Fonts,
               room: float) -> str:
    """The marker on the card heading a team moved to a page of its own; the manager's
    name is shortened if need be, so that the page number is never cut off."""
    if continued:
        return (_("team continued from this page") if same_page
                else _("team continued from page {page}").format(page=_NUMBER))
    name = (boss or "").strip()
    for limit in (len(name), 40, 28, 20, 12, 6):
        short = name if len(name) <= limit else name[:limit - 1].rstrip() + "…"
        text = (_("reports to {name}, this page").format(name=short) if same_page else
                _("reports to {name}, page {page}").format(name=short, page=_NUMBER))
        font = _org_font(fonts, text, bold=True)
        if len(_set(text, font, NOTE_SIZE, room)) <= 3:
            break
    return text


def _more_text(same_page: bool) -> str:
    return _("→ more of the team on this page") if same_page else (
        _("→ more of the team on page {page}").format(page=_NUMBER))


# arrangements -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Shape:
    """A subtree drawn in a box ``w`` × ``h`` points: its card at (card_x, 0), card_h
    high; its reports at positions relative to the box."""

    w: float
    h: float
    card_x: float
    card_h: float
    #: reports with their own shape: (id, x, y, shape, extra height of the report's card
    #: to line it up with the highest card of its row, x of the line it hangs off at its
    #: side or None: the line comes down to the middle of the card's top)
    kids: tuple[tuple[str, float, float, _Shape, float, float | None], ...] = ()
    #: the side lines come down from the card's left (an indented list), not off the
    #: line below the card that the lines to all reports branch off
    listed: bool = False
    #: reports stacked in columns: (id, x, y, card height, x of the line they hang off)
    stacked: tuple[tuple[str, float, float, float, float], ...] = ()


def _spread(values: list[float], most: int) -> list[float]:
    """At most ``most`` of the sorted ``values``, evenly spread, the first and last kept."""
    if len(values) <= most:
        return values
    step = (len(values) - 1) / (most - 1)
    return [values[round(i * step)] for i in range(most)]


def _in_column(shape: _Shape) -> bool:
    """Whether a subtree reads right in a column of reports: not with its reports
    straight below its card, where they would look like more of the column."""
    if shape.listed or not (shape.kids or shape.stacked):
        return True
    return len(shape.kids) + len({lane for *_, lane in shape.stacked}) >= 2


def _fits(shape: _Shape, room: Room) -> bool:
    return shape.w <= room[0] + _EPS and shape.h <= room[1] + _EPS


def _partition(heights: list[float], count: int, gap: float) -> list[list[int]]:
    """``heights`` in order into at most ``count`` consecutive groups, the highest group
    (its items and the gaps between them) about as low as it can be."""
    def columns(limit: float) -> int:
        used = -1.0
        made = 1
        for h in heights:
            if used >= 0 and used + gap + h > limit + _EPS:
                made += 1
                used = h
            else:
                used = h if used < 0 else used + gap + h
        return made

    low = max(heights)
    high = sum(heights) + gap * (len(heights) - 1)
    for _step in range(16):
        middle = (low + high) / 2
        if columns(middle) <= count:
            high = middle
        else:
            low = middle
    out: list[list[int]] = [[]]
    used = 0.0
    for i, h in enumerate(heights):
        if out[-1] and used + gap + h > high + _EPS:
            out.append([])
        used = h if not out[-1] else used + gap + h
        out[-1].append(i)
    return out


class _Org:
    """Arrangements of the reporting forest at one card size. Managers in :attr:`cut`
    are drawn without their team (a stub with a page marker): the team is on a page of
    its own, headed by the manager's card again."""

    def __init__(self, kids: dict[str, list[str]], parent: dict[str, str | None],
                 width: float, heights: dict[str, float], stub: float, limit: Room) -> None:
        self.kids, self.parent = kids, parent
        self.w, self.heights, self.stub = width, heights, stub
        self.limit = limit  # nothing larger can be on a page: not kept
        self.cut: set[str] = set()
        self.memo: dict[str, tuple[list[_Shape], list[_Shape]]] = {}

    def shown(self, v: str) -> list[str]:
        return [] if v in self.cut else self.kids[v]

    def card_h(self, v: str) -> float:
        return self.heights[v] + (self.stub if v in self.cut else 0.0)

    def leaf(self, v: str, card_h: float | None = None) -> _Shape:
        h = self.card_h(v) if card_h is None else card_h
        return _Shape(self.w, h, 0.0, h)

    def options(self, v: str) -> tuple[list[_Shape], list[_Shape]]:
        """(classic arrangements, all arrangements) of v's subtree, narrowest first."""
        found = self.memo.get(v)
        if found is not None:
            return found
        todo = [(v, False)]
        while todo:  # post-order without recursion: a reporting chain may be long
            u, ready = todo.pop()
            if u in self.memo:
                continue
            shown = self.shown(u)
            if not shown:
                one = [self.leaf(u)]
                self.memo[u] = (one, one)
            elif ready:
                self.memo[u] = self.arrange(self.card_h(u), shown)
            else:
                todo.append((u, True))
                todo.extend((c, False) for c in shown if c not in self.memo)
        return self.memo[v]

    def arrange(self, card_h: float, children: list[str]) -> tuple[list[_Shape], list[_Shape]]:
        """A manager's card of height ``card_h`` above ``children``: the classic
        arrangements (side by side, leaves stacked) and all (indented lists too)."""
        classic = self._front(self._rows(card_h, children, 0))
        plain = all(self.options(c)[0] is self.options(c)[1] for c in children)
        extra = [] if plain else self._rows(card_h, children, 1)
        every = self._front(classic + extra + self._columns(card_h, children))
        if len(every) == len(classic) and all(a is b for a, b in zip(every, classic,
                                                                     strict=True)):
            every = classic
        return classic, every

    def _rows(self, card_h: float, children: list[str], family: int) -> list[_Shape]:
        opts = {c: self.options(c)[family] for c in children}
        subs = [c for c in children if self.shown(c)]
        leaves = [c for c in children if not self.shown(c)]
        plans: list[tuple[list[str], list[str], int]] = [(children, [], 0)]
        if len(leaves) >= 2:
            plans += [(subs, leaves, k) for k in range(1, max(1, min(6, len(leaves) // 2)) + 1)]
        out = []
        narrowest: tuple[float, list[str], list[_Shape], list[str], int] | None = None
        limit_w, limit_h = self.limit
        for row, stacked, columns in plans:
            stack_w = stack_h = 0.0
            if stacked:  # the block of the stack, as _row lays it out
                per = math.ceil(len(stacked) / columns)
                used = math.ceil(len(stacked) / per)
                stack_w = used * (LANE + self.w) + used * GAP_X
                stack_h = per * (max(self.card_h(c) for c in stacked) + STACK_GAP) - STACK_GAP
            if not row:
                out.append(self._row(card_h, [], [], stacked, columns))
                continue
            choices = [opts[c] for c in row]
            floor = max(o[-1].h for o in choices)
            caps = _spread(sorted({s.h for o in choices for s in o if s.h >= floor - _EPS}),
                           2 * KEEP)
            for cap in reversed(caps):  # the highest first: the narrowest arrangements
                picked = [next(s for s in o if s.h <= cap + _EPS) for o in choices]
                width = sum(s.w for s in picked) + GAP_X * (len(picked) - 1) + stack_w
                if narrowest is None or width < narrowest[0]:
                    narrowest = (width, row, picked, stacked, columns)
                if width > limit_w + _EPS:
                    break  # lower caps are only wider: none fits a page
                if card_h + GAP_Y + max(max(s.h for s in picked), stack_h) > limit_h + _EPS:
                    continue
                out.append(self._row(card_h, row, picked, stacked, columns))
        if not out and narrowest is not None:  # nothing fits a page: one to measure by
            out.append(self._row(card_h, *narrowest[1:]))
        return out

    def _row(self, card_h: float, row: list[str], picked: list[_Shape], stacked: list[str],
             columns: int) -> _Shape:
        """Reports side by side under the card (the ones in ``stacked`` in columns in
        the middle of the row), the card centred over the row."""
        w = self.w
        top = card_h + GAP_Y
        half = (len(row) + 1) // 2 if stacked else len(row)
        seq: list[tuple[str, _Shape] | None] = list(zip(row[:half], picked[:half], strict=True))
        if stacked:
            seq.append(None)
        seq += list(zip(row[half:], picked[half:], strict=True))
        kids: list[tuple[str, float, float, _Shape, float, float | None]] = []
        stack: list[tuple[str, float, float, float, float]] = []
        centres: list[float] = []
        x = 0.0
        bottom = top
        line_up = max((s.card_h for s in picked), default=0.0)  # the row's cards alike
        for item in seq:
            if item is None:
                per = math.ceil(len(stacked) / columns)
                used = math.ceil(len(stacked) / per)
                h = max(self.card_h(c) for c in stacked)  # a stack's cards alike
                for j in range(used):
                    col = x + j * (LANE + w + GAP_X)
                    y = top
                    for c in stacked[j * per:(j + 1) * per]:
                        stack.append((c, col + LANE, y, h, col + LANE / 2))
                        y += h + STACK_GAP
                    bottom = max(bottom, y - STACK_GAP)
                centres.append(x + LANE + w / 2 + (used - 1) * (LANE + w + GAP_X) / 2)
                x += used * (LANE + w) + (used - 1) * GAP_X + GAP_X
            else:
                c, s = item
                grow = line_up - s.card_h
                kids.append((c, x, top, s, grow, None))
                centres.append(x + s.card_x + w / 2)
                bottom = max(bottom, top + s.h + grow)
                x += s.w + GAP_X
        card_x = (centres[0] + centres[-1]) / 2 - w / 2
        shift = max(0.0, -card_x)
        width = max(x - GAP_X + shift, card_x + shift + w)
        if shift:
            kids = [(c, kx + shift, ky, s, g, None) for c, kx, ky, s, g, _ in kids]
            stack = [(c, kx + shift, ky, h, lane + shift) for c, kx, ky, h, lane in stack]
        return _Shape(width, bottom, card_x + shift, card_h, tuple(kids), False, tuple(stack))

    def _columns(self, card_h: float, children: list[str]) -> list[_Shape]:
        """Reports one below the other, hanging off a line at their left: in one column
        indented under the card (its own teams indented further), or in up to four
        columns side by side under the card (for teams too wide side by side)."""
        opts = [[s for s in o if _in_column(s)] or o
                for o in (self.options(c)[1] for c in children)]
        floor = max(o[0].w for o in opts)
        caps = sorted({s.w for o in opts for s in o if s.w >= floor - _EPS})
        caps = _spread(caps, KEEP)
        out = []
        for cap in caps:
            picked = [[s for s in o if s.w <= cap + _EPS][-1] for o in opts]
            out.append(self._column_shape(card_h, children, picked, [list(range(len(picked)))]))
            for k in range(2, min(4, len(children)) + 1):
                groups = _partition([s.h for s in picked], k, GAP_Y / 2)
                if len(groups) == k:
                    out.append(self._column_shape(card_h, children, picked, groups))
        return out

    def _column_shape(self, card_h: float, children: list[str], picked: list[_Shape],
                      groups: list[list[int]]) -> _Shape:
        listed = len(groups) == 1
        top = card_h + (GAP_Y / 2 if listed else GAP_Y)
        kids: list[tuple[str, float, float, _Shape, float, float | None]] = []
        x = 0.0
        bottom = top
        for group in groups:
            y = top
            for k, i in enumerate(group):
                s = picked[i]
                kids.append((children[i], x + LANE, y, s, 0.0, x + LANE / 2))
                y += s.h
                if k + 1 < len(group):
                    plain = not (s.kids or s.stacked or picked[group[k + 1]].kids
                                 or picked[group[k + 1]].stacked)
                    y += STACK_GAP if plain else GAP_Y / 2
            bottom = max(bottom, y)
            x += LANE + max(picked[i].w for i in group) + GAP_X
        width = x - GAP_X
        if listed:
            return _Shape(max(self.w, width), bottom, 0.0, card_h, tuple(kids), True)
        card_x = width / 2 - self.w / 2
        return _Shape(width, bottom, card_x, card_h, tuple(kids))

    def _front(self, shapes: list[_Shape]) -> list[_Shape]:
        """The arrangements not both wider and taller than another, narrowest first, at
        most KEEP of them; ones larger than a page are dropped (one is kept if none
        fits, to measure by)."""
        fitting = [s for s in shapes if _fits(s, self.limit)]
        if not fitting:
            return [min(shapes, key=lambda s: (s.w * s.h, s.w))]
        fitting.sort(key=lambda s: (s.w, s.h))
        front: list[_Shape] = []
        best = math.inf
        for s in fitting:
            if s.h < best - _EPS:
                front.append(s)
                best = s.h
        if len(front) > KEEP:
            step = (len(front) - 1) / (KEEP - 1)
            front = [front[round(i * step)] for i in range(KEEP)]
        return front

    def fit(self, card_h: float, children: list[str],
            room: Room) -> tuple[_Shape | None, list[_Shape]]:
        """The widest classic arrangement of a card over ``children`` that fits
        ``room`` (else the widest of all, else None), and every one that fits."""
        if not children:
            leaf = _Shape(self.w, card_h, 0.0, card_h)
            return (leaf, [leaf]) if _fits(leaf, room) else (None, [])
        classic, every = self.arrange(card_h, children)
        best = None
        for family in (classic, every):
            ok = [s for s in family if _fits(s, room)]
            if ok:
                best = max(ok, key=lambda s: (s.w, -s.h))
                break
        found = {id(s): s for s in [*classic, *every] if _fits(s, room)}
        return best, list(found.values())

    def cut_team(self, manager: str, head: str | None) -> None:
        self.cut.add(manager)
        v: str | None = manager
        while v is not None and v != head:
            self.memo.pop(v, None)
            v = self.parent.get(v)

    def biggest(self, children: list[str]) -> tuple[str | None, float]:
        """The manager with the largest team drawn among ``children`` and below, and
        the room all those cards take at the least (to know, without arranging them,
        that they cannot fit a page)."""
        order: list[str] = []
        todo = list(reversed(children))
        while todo:
            u = todo.pop()
            order.append(u)
            todo.extend(reversed(self.shown(u)))
        size: dict[str, int] = {}
        for u in reversed(order):
            size[u] = 1 + sum(size[c] for c in self.shown(u))
        managers = [u for u in order if self.shown(u)]
        area = sum((self.w + GAP_X) * (self.card_h(u) + STACK_GAP) for u in order)
        return (max(managers, key=lambda u: size[u]) if managers else None), area


# splitting and packing --------------------------------------------------------------------


@dataclass
class _Unit:
    """A tree, or a team moved to a page of its own (headed by its manager's card
    again), or a person outside the reporting lines."""

    head: str
    shape: _Shape
    #: every arrangement that fits a page (the packing picks one)
    options: list[_Shape] = field(default_factory=list)
    #: the head's manager, named on the head's card (a team moved here)
    boss: str | None = None
    #: the unit holding the card that points here (the stub, or the team's first part)
    source: int | None = None
    #: this is a further part of a team too large for one page
    continued: bool = False
    #: the unit holding the next part of the head's team
    more: int | None = None
    #: cards of managers whose team is in another unit: id -> that unit
    stubs: dict[str, int] = field(default_factory=dict)


def _stubs(shape: _Shape, cut: set[str]) -> list[str]:
    """Managers drawn without their team in ``shape``, in reading order."""
    out: list[str] = []
    todo = [shape]
    while todo:
        s = todo.pop()
        items = sorted([(x, y, c, k) for c, x, y, k, _g, _l in s.kids]
                       + [(x, y, c, None) for c, x, y, _h, _l in s.stacked],
                       key=lambda t: (t[0], t[1]))
        nested = []
        for _x, _y, c, k in items:
            if k is None or not (k.kids or k.stacked):
                if c in cut:
                    out.append(c)
            else:
                nested.append(k)
        todo.extend(reversed(nested))
    return out


def _split(org: _Org, roots: list[str], loners: list[str], first: Room, part: Room,
           heads: dict[str, float], more: float) -> list[_Unit]:
    """Whole teams onto pages. From the lowest managers up, each manager's team is
    made to fit a page: while it does not, the largest team among the manager's reports
    is cut away (that report keeps a card with a page marker; the team gets a page of its
    own, headed by the report's card again). Then each tree and each team cut away is a
    unit to put on a page. A manager whose reports do not fit one page even without
    their teams has them in parts. ``heads``: height of each team head's card."""
    units: list[_Unit] = []

    def size(v: str) -> int:
        count = 0
        todo = [v]
        while todo:
            u = todo.pop()
            count += 1
            todo.extend(org.shown(u))
        return count

    def fits(v: str, room: Room) -> bool:
        if v in org.cut or org.parent[v] is None:
            card_h = heads[v] if org.parent[v] is not None else org.card_h(v)
            return org.fit(card_h, org.kids[v], room)[0] is not None
        # as the head of a team of its own, v's card is higher by the page marker: its
        # arrangements are that much higher, no wider
        extra = heads[v] - org.card_h(v)
        return any(s.w <= room[0] + _EPS and s.h + extra <= room[1] + _EPS
                   for s in org.options(v)[1])

    for k, root in enumerate(roots):
        order: list[str] = []
        walk = [root]
        while walk:
            v = walk.pop()
            order.append(v)
            walk.extend(org.kids[v])
        for v in reversed(order):  # reports before their managers
            if not org.kids[v]:
                continue
            room = first if (k == 0 and v == root) else part
            while not fits(v, room):
                teams = [c for c in org.kids[v] if org.shown(c)]
                if not teams:
                    break
                org.cut_team(max(teams, key=size), None)

    def place(head: str, boss: str | None, source: int | None, room: Room) -> list[int]:
        children = org.kids[head]
        card_h = heads[head] if boss is not None else org.card_h(head)
        while True:
            manager, area = org.biggest(children)
            if area <= room[0] * room[1] or manager is None:  # else it cannot fit
                shape, options = org.fit(card_h, children, room)
                if shape is not None:
                    units.append(_Unit(head, shape, options, boss, source))
                    return [len(units) - 1]
            if manager is None:
                break
            org.cut_team(manager, head)
        # even with every team below cut away the reports do not fit: in parts
        card_h = max(card_h, heads[head]) + more
        chunks: list[list[str]] = [[]]
        for c in children:
            if chunks[-1] and org.fit(card_h, [*chunks[-1], c], room)[0] is None:
                chunks.append([])
            chunks[-1].append(c)
        made: list[int] = []
        for k, chunk in enumerate(chunks):
            shape, options = org.fit(card_h, chunk, room)
            shape = shape or org.arrange(card_h, chunk)[1][0]
            unit = _Unit(head, shape, options or [shape],
                         boss if k == 0 else None, source if k == 0 else made[-1],
                         continued=k > 0)
            units.append(unit)
            if made:
                units[made[-1]].more = len(units) - 1
            made.append(len(units) - 1)
        return made

    pending: list[tuple[str, int]] = []
    for k, root in enumerate(roots):
        for index in place(root, None, None, first if k == 0 else part):
            pending += [(m, index) for m in _stubs(units[index].shape, org.cut)]
    for loner in loners:
        units.append(_Unit(loner, org.leaf(loner), [org.leaf(loner)]))
    todo = list(reversed(pending))
    while todo:
        manager, source = todo.pop()
        made = place(manager, org.parent[manager] or "", source, part)
        units[source].stubs[manager] = made[0]
        found = [(m, index) for index in made for m in _stubs(units[index].shape, org.cut)]
        todo.extend(reversed(found))
    return units


def _pack(sizes: Sequence[tuple[float, float]], first: Room,
          part: Room) -> list[list[tuple[int, float, float]]]:
    """Units in order onto pages, in rows (shelves) left to right, a new row when the
    next is too wide, a new page when it is too tall: [(unit, x, y), ...] per page."""
    pages: list[list[tuple[int, float, float]]] = [[]]
    room = first
    x = y = shelf = 0.0
    for i, (w, h) in enumerate(sizes):
        if x > 0 and x + w > room[0] + _EPS:
            y += shelf + UNIT_GAP
            x = shelf = 0.0
        if pages[-1] and y + h > room[1] + _EPS:
            pages.append([])
            room = part
            x = y = shelf = 0.0
        pages[-1].append((i, x, y))
        x += w + UNIT_GAP
        shelf = max(shelf, h)
    return pages


def _pack_units(units: list[_Unit], first: Room,
                part: Room) -> list[list[tuple[int, float, float]]]:
    """Like :func:`_pack`, but each unit takes the arrangement that needs least room of
    those that fit where it goes (beside the last one, below it, or on a new page), so
    that small teams share pages; a unit alone on its page keeps its widest arrangement
    (the classic tree where it fits). Sets each unit's shape."""
    def compact(shapes: list[_Shape]) -> _Shape:
        return min(shapes, key=lambda s: (round(s.w * s.h), -s.w))

    best = [u.shape for u in units]
    pages: list[list[tuple[int, float, float]]] = [[]]
    room = first
    x = y = shelf = 0.0
    for i, unit in enumerate(units):
        opts = unit.options or [unit.shape]
        if pages[-1]:
            here = [s for s in opts if x + s.w <= room[0] + _EPS and y + s.h <= room[1] + _EPS]
            below = y + shelf + UNIT_GAP
            under = [s for s in opts if s.w <= room[0] + _EPS and below + s.h <= room[1] + _EPS]
            if here:
                unit.shape = compact(here)
            elif under:
                unit.shape = compact(under)
                x, y, shelf = 0.0, below, 0.0
            else:
                pages.append([])
                room = part
                x = y = shelf = 0.0
        if not pages[-1]:
            unit.shape = compact([s for s in opts if _fits(s, room)] or [unit.shape])
        pages[-1].append((i, x, y))
        x += unit.shape.w + UNIT_GAP
        shelf = max(shelf, unit.shape.h)
    for page in pages:
        if len(page) == 1:
            units[page[0][0]].shape = best[page[0][0]]
    return pages


def _centred(page: list[tuple[int, float, float]], sizes: Sequence[tuple[float, float]],
             width: float) -> list[tuple[int, float, float]]:
    """Each row of a page centred across ``width``."""
    out = []
    for y in sorted({p[2] for p in page}):
        row = [p for p in page if p[2] == y]
        right = max(x + sizes[i][0] for i, x, _ in row)
        shift = max(0.0, (width - right) / 2)
        out += [(i, x + shift, y) for i, x, _ in row]
    return out


# the result -------------------------------------------------------------------------------


class PageRegistry(Flowable):
    """Where each page of the org chart landed, recorded as the pages are drawn; the
    page markers print the numbers of the previous layout pass. An indexing flowable
    (like the table of contents): the document is laid out again until the numbers no
    longer change. So the first pass is never the one printed, and the chart's pages
    skip drawing their content in it (they still take their room)."""

    def __init__(self) -> None:
        super().__init__()
        self.width = self.height = 0
        self.previous: dict[int, int] = {}
        self.current: dict[int, int] = {}
        self.passes = 0

    def isIndexing(self) -> int:  # noqa: N802 (reportlab's name)
        return 1

    def beforeBuild(self) -> None:  # noqa: N802 (reportlab's name)
        self.previous, self.current = self.current, {}
        self.passes += 1

    def afterBuild(self) -> None:  # noqa: N802 (reportlab's name)
        pass

    def notify(self, kind: str, stuff: object) -> None:
        """Other indexing news (table of contents entries) is not ours."""

    def isSatisfied(self) -> bool:  # noqa: N802 (reportlab's name)
        return self.current == self.previous

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass

    def record(self, part: int, page: int) -> None:
        self.current[part] = page

    def page(self, part: int) -> str:
        found = self.previous.get(part)
        return "?" if found is None else str(found)


class _ChartDrawing(Drawing):
    """A page of the org chart: records its page and fills in the page markers."""

    _attrMap = AttrMap(BASE=Drawing, part=AttrMapValue(isAnything),  # noqa: N815
                       registry=AttrMapValue(isAnything), markers=AttrMapValue(isAnything))

    def __init__(self, width: float, height: float, fonts: Fonts, part: int,
                 registry: PageRegistry | None) -> None:
        super().__init__(width, height, initialFontName=fonts.text)
        self.part = part
        self.registry = registry
        #: (String, its text with NUMBER where the page number goes, page part it
        #: refers to)
        self.markers: list[tuple[String, str, int]] = []

    def draw(self, showBoundary: Any = None) -> None:  # noqa: N803 (reportlab's name)
        if self.registry is not None:
            self.registry.record(self.part, self.canv.getPageNumber())
            if self.registry.passes == 1:
                return  # a layout pass that is never printed (see PageRegistry)
            for shape, text, part in self.markers:
                shape.text = text.replace(_NUMBER, self.registry.page(part), 1)
        if showBoundary is None:
            super().draw()
        else:
            super().draw(showBoundary)


class TeamIndex(Flowable):
    """The overview's list of the teams continued on other pages, "Team of <name> —
    page N", in columns, in order of pages (read across); the numbers are those of the
    previous layout pass."""

    TITLE = N_("Teams continued on other pages")
    ROW = 10.0
    ROWS = 2  # rows in one piece: a long list fills the page and goes on on the next
    SIZE = 7.0
    COLUMN = 180.0

    def __init__(self, fonts: Fonts, entries: Sequence[tuple[str, int]],
                 registry: PageRegistry, width: float, *, title: bool = True) -> None:
        super().__init__()
        self.fonts, self.entries, self.registry = fonts, list(entries), registry
        self.width = width
        self.title = title
        self.columns, self.rows = self.grid(len(self.entries), width)
        self.height = self.rows * self.ROW + (12.0 if title else 2.0)

    @classmethod
    def grid(cls, count: int, width: float) -> tuple[int, int]:
        columns = max(1, min(count, int(width // cls.COLUMN)))
        return columns, math.ceil(count / columns)

    @classmethod
    def measure(cls, count: int, width: float) -> float:
        """Height of the whole list, in its pieces."""
        if count == 0:
            return 0.0
        rows = cls.grid(count, width)[1]
        return rows * cls.ROW + 12.0 + 2.0 * (math.ceil(rows / cls.ROWS) - 1)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        fonts = self.fonts
        ink = colors.HexColor(TITLE_INK)
        canv.saveState()
        top = self.height
        if self.title:
            canv.setFillColor(ink)
            draw_runs(canv, 0, self.height - 8, _(self.TITLE), fonts, 7.5, bold=True)
            top -= 12.0
        column = self.width / self.columns
        for k, (name, part) in enumerate(self.entries):
            r, c = divmod(k, self.columns)
            x = c * column
            y = top - (r + 1) * self.ROW + 2.5
            # the words around the name, wherever the language puts it
            before, _sep, rest = _("Team of {name} — page {page}").partition("{name}")
            after = rest.format(page=self.registry.page(part))
            nfont = _org_font(fonts, name, bold=True)
            room = (column - 8 - runs_width(fonts, before, self.SIZE)
                    - runs_width(fonts, after, self.SIZE))
            shown = name
            if _width(shown, nfont, self.SIZE) > room:
                shown = _clip(_set(name, nfont, self.SIZE, room), 1, nfont, self.SIZE, room)[0][0]
            canv.setFillColor(ink)
            draw_runs(canv, x, y, before, fonts, self.SIZE)
            x += runs_width(fonts, before, self.SIZE)
            canv.setFont(nfont, self.SIZE)
            canv.drawString(x, y, shown)
            x += _width(shown, nfont, self.SIZE)
            canv.setFillColor(colors.HexColor(MARKER_INK))
            draw_runs(canv, x, y, after, fonts, self.SIZE)
        canv.restoreState()


@dataclass(frozen=True)
class OrgPage:
    drawing: Drawing
    #: names of the managers whose teams this page continues
    teams: tuple[str, ...]
    #: every card on the page: (person id, (left, top, right, bottom) in points, y down)
    cards: tuple[tuple[str, Box], ...]


@dataclass(frozen=True)
class OrgChart:
    pages: tuple[OrgPage, ...]
    #: managers whose team continues on another page: (person id, page index)
    cuts: tuple[tuple[str, int], ...]
    #: the page numbers, resolved while the document is laid out: put it in the story
    registry: PageRegistry
    #: the list of teams continued on other pages, in pieces that fit a page
    index: tuple[TeamIndex, ...]
    #: "Our contact" lines are on the cards (dropped only to fit one page)
    contacts: bool
    card_width: float
    zoom: float


# putting it together ----------------------------------------------------------------------


def _forest(doc: AccountFile) -> tuple[list[str], dict[str, list[str]], dict[str, str | None]]:
    ids = list(dict.fromkeys(p.id for p in doc.stakeholders))
    parent: dict[str, str | None] = dict.fromkeys(ids)
    kids: dict[str, list[str]] = {i: [] for i in ids}
    for boss, report in layout.reporting_edges(ids, {p.id: p.reports_to
                                                    for p in doc.stakeholders}):
        parent[report] = boss
        kids[boss].append(report)
    return ids, kids, parent


class _Builder:
    """Card texts and sizes of one chart, and its drawing."""

    def __init__(self, doc: AccountFile, fonts: Fonts) -> None:
        self.fonts = fonts
        self.people = {p.id: p for p in doc.stakeholders}
        self.ids, self.kids, self.parent = _forest(doc)
        self.roots = [i for i in self.ids if self.parent[i] is None and self.kids[i]]
        self.loners = [i for i in self.ids if self.parent[i] is None and not self.kids[i]]
        self.texts: dict[float, dict[str, _CardText]] = {}
        step = max(1, len(self.ids) // _SAMPLE)
        self.sample = self.ids[::step]

    def text(self, width: float, who: Iterable[str] | None = None) -> dict[str, _CardText]:
        done = self.texts.setdefault(width, {})
        room = width - 2 * PAD
        for i in self.ids if who is None else who:
            if i not in done:
                done[i] = _card_text(self.people[i], self.fonts, room)
        return done

    def heights(self, width: float, contacts: bool,
                who: Iterable[str] | None = None) -> dict[str, float]:
        chosen = self.ids if who is None else list(who)
        texts = self.text(width, chosen)
        return {i: _card_height(texts[i], contacts) for i in chosen}

    def mean_height(self, width: float, contacts: bool) -> float:
        """Of a sample of the cards (a large chart is not measured whole to choose)."""
        found = self.heights(width, contacts, self.sample)
        return sum(found.values()) / max(1, len(found))

    def org(self, width: float, contacts: bool, limit: Room) -> _Org:
        room = width - 2 * PAD
        stub = _band(_marker(_stub_text(False), self.fonts, room))
        stub = max(stub, _band(_marker(_stub_text(True), self.fonts, room)))
        return _Org(self.kids, self.parent, width, self.heights(width, contacts), stub, limit)

    def head_heights(self, org: _Org) -> tuple[dict[str, float], float]:
        room = org.w - 2 * PAD
        heads = {}
        for m in self.ids:
            if not self.kids[m]:
                continue
            boss = self.parent[m]
            name = self.people[boss].name if boss else ""
            bands = [_band(_marker(_head_text(name, same, cont, self.fonts, room), self.fonts,
                                   room))
                     for same in (False, True) for cont in (False, True)]
            heads[m] = org.heights[m] + max(bands)
        more = max(_band(_marker(_more_text(same), self.fonts, room)) for same in (False, True))
        return heads, more

    # -- one page

    def one_page(self, room: Room) -> tuple[_Org, list[_Unit], bool] | None:
        """The chart on one page at the widest card that fits (classic tree first),
        with our contacts if possible: (arrangement, units, contacts) or None."""
        n = len(self.ids)
        area = room[0] * room[1]
        has_contacts = any(self.people[i].our_owner for i in self.ids)
        orgs: dict[tuple[float, bool], _Org] = {}  # both families from one arrangement
        for contacts in ((True, False) if has_contacts else (False,)):
            for family, comfortable in ((0, True), (1, True), (0, False), (1, False)):
                for width in ORG_WIDTHS:
                    if (width >= ORG_COMFORTABLE) != comfortable:
                        continue
                    estimate = self.mean_height(width, contacts) * 0.9
                    if n * (width + GAP_X) * (estimate + STACK_GAP) > area:
                        continue  # cannot fit, whatever the arrangement
                    org = orgs.get((width, contacts))
                    if org is None:
                        org = orgs[width, contacts] = self.org(width, contacts, room)
                    units = self._one_page(org, family, room)
                    if units is not None:
                        return org, units, contacts
        return None

    def _one_page(self, org: _Org, family: int, room: Room) -> list[_Unit] | None:
        choices = [org.arrange(org.card_h(r), self.kids[r])[family] for r in self.roots]
        choices += [[org.leaf(v)] for v in self.loners]
        floor = max(c[-1].h for c in choices)
        for cap in sorted({s.h for c in choices for s in c if s.h >= floor - _EPS}):
            picked = [next(s for s in c if s.h <= cap + _EPS) for c in choices]
            if not all(_fits(s, room) for s in picked):
                continue
            pages = _pack([(s.w, s.h) for s in picked], room, room)
            if len(pages) == 1 and all(y + picked[i].h <= room[1] + _EPS
                                       for i, _, y in pages[0]):
                heads = [*self.roots, *self.loners]
                return [_Unit(h, s) for h, s in zip(heads, picked, strict=True)]
        return None

    # -- split

    def split_width(self) -> float:
        """The card width at which the cards take least room (ties: the wider)."""
        def area(width: float) -> float:
            return (width + GAP_X) * (self.mean_height(width, True) + STACK_GAP)
        return min(SPLIT_WIDTHS, key=lambda w: (round(area(w)), -w))

    # -- drawing

    def draw(self, org: _Org, units: list[_Unit], pages: list[list[tuple[int, float, float]]],
             room_width: float, contacts: bool, zoom: float,
             registry: PageRegistry | None) -> list[OrgPage]:
        page_of = {i: k for k, page in enumerate(pages) for i, _, _ in page}
        texts = self.text(org.w)
        sizes = [(u.shape.w, u.shape.h) for u in units]
        out = []
        for k, page in enumerate(pages):
            placed = _centred(page, sizes, room_width)
            cards: list[tuple[str, Box, int]] = []  # id, box, unit
            lines: list[list[Point]] = []
            for i, x, y in placed:
                self._realize(org, units[i], x, y, i, cards, lines)
            height = max(b[3] for _, b, _ in cards)
            d = _ChartDrawing(room_width * zoom, height * zoom, self.fonts, k, registry)
            ink = colors.HexColor(encoding.REPORTING)
            for pts in lines:
                d.add(PolyLine([v * zoom if j % 2 == 0 else (height - v) * zoom
                                for p in pts for j, v in enumerate(p)],
                               strokeColor=ink, strokeWidth=0.9 * zoom))
            room = org.w - 2 * PAD
            for person, box, i in cards:
                unit = units[i]
                repeat = person == unit.head and (unit.boss is not None or unit.continued)
                markers: list[tuple[str, int | None]] = []  # text, page part it names
                if repeat and unit.source is not None:
                    same = page_of[unit.source] == k
                    boss = self.people[unit.boss].name if unit.boss else None
                    markers.append((_head_text(boss, same, unit.continued, self.fonts, room),
                                    None if same else page_of[unit.source]))
                if person == unit.head and unit.more is not None:
                    same = page_of[unit.more] == k
                    markers.append((_more_text(same), None if same else page_of[unit.more]))
                if person != unit.head and person in unit.stubs:
                    same = page_of[unit.stubs[person]] == k
                    markers.append((_stub_text(same),
                                    None if same else page_of[unit.stubs[person]]))
                self._card(d, box, texts[person], contacts, markers, repeat, zoom, height, room)
            out.append(OrgPage(d, tuple(self.people[units[i].head].name for i, _, _ in placed
                                        if units[i].boss is not None or units[i].continued),
                               tuple((p, b) for p, b, _ in cards)))
        return out

    def _realize(self, org: _Org, unit: _Unit, x0: float, y0: float, i: int,
                 cards: list[tuple[str, Box, int]], lines: list[list[Point]]) -> None:
        w = org.w
        todo = [(unit.head, unit.shape, x0, y0, 0.0)]
        while todo:
            v, s, x, y, grow = todo.pop()
            left = x + s.card_x
            cards.append((v, (left, y, left + w, y + s.card_h + grow), i))
            y += grow  # the reports below a card made higher to line up with its row
            centre, bottom = left + w / 2, y + s.card_h
            bus = bottom + GAP_Y / 2
            for c, kx, ky, ks, kg, side in s.kids:
                kleft, ktop = x + kx + ks.card_x, y + ky
                mid = ktop + (ks.card_h + kg) / 2
                if side is not None and s.listed:
                    lines.append([(x + side, bottom), (x + side, mid), (kleft, mid)])
                elif side is not None:
                    lines.append([(centre, bottom), (centre, bus), (x + side, bus),
                                  (x + side, mid), (kleft, mid)])
                else:
                    lines.append([(centre, bottom), (centre, bus), (kleft + w / 2, bus),
                                  (kleft + w / 2, ktop)])
                todo.append((c, ks, x + kx, y + ky, kg))
            for c, kx, ky, kh, lane in s.stacked:
                mid = y + ky + kh / 2
                lines.append([(centre, bottom), (centre, bus), (x + lane, bus), (x + lane, mid),
                              (x + kx, mid)])
                cards.append((c, (x + kx, y + ky, x + kx + w, y + ky + kh), i))

    def _card(self, d: _ChartDrawing, box: Box, text: _CardText, contacts: bool,
              markers: list[tuple[str, int | None]], head: bool, z: float, height: float,
              room: float) -> None:
        x0, top, x1, bottom = box

        def y(v: float) -> float:
            return (height - v) * z

        d.add(Rect(x0 * z, y(bottom), (x1 - x0) * z, (bottom - top) * z, rx=3 * z, ry=3 * z,
                   fillColor=colors.HexColor(HEAD_FILL if head else CLIENT_FILL),
                   strokeColor=colors.HexColor(encoding.BORDER), strokeWidth=0.6 * z,
                   strokeDashArray=[2.5 * z, 1.5 * z] if head else None))
        set_markers = [_marker(t, self.fonts, room) for t, _ in markers]
        band = sum(_band(m) for m in set_markers)
        if band:
            d.add(Rect((x0 + 0.6) * z, y(bottom - 0.6), (x1 - x0 - 1.2) * z, (band - 0.6) * z,
                       rx=2.5 * z, ry=2.5 * z, fillColor=colors.HexColor(MARKER_FILL),
                       strokeColor=None))
        cursor = top + PAD
        blocks: list[tuple[_Text, float]] = [(text.name, cursor)]
        cursor += text.name.height
        if text.title:
            blocks.append((text.title, cursor + 1.2))
        # the markers right after the name in the content, so the text reads "name,
        # → team continued on page N" when copied out of the PDF
        foot = bottom - band
        mark_blocks = []
        for m, (_t, part) in zip(set_markers, markers, strict=True):
            mark_blocks.append((m, foot + 1.8, part))
            foot += _band(m)
        self._lines(d, blocks[0][0], blocks[0][1], x0, z, height)
        for m, at, part in mark_blocks:
            shapes = self._lines(d, m, at, x0, z, height)
            # the line that holds the page number (the last one in English; wherever
            # the language puts it)
            holder = next((sh for sh in reversed(shapes) if _NUMBER in sh.text), None)
            if part is not None and holder is not None:
                d.markers.append((holder, holder.text, part))
        for block, at in blocks[1:]:
            self._lines(d, block, at, x0, z, height)
        if contacts and text.contact:
            self._lines(d, text.contact, bottom - band - PAD - text.contact.height, x0, z,
                        height)

    @staticmethod
    def _lines(d: Drawing, block: _Text, top: float, x0: float, z: float,
               height: float) -> list[String]:
        out = []
        step = block.size * block.leading
        base = top + block.size * 0.92
        for k, line in enumerate(block.lines):
            s = String((x0 + PAD) * z, (height - (base + k * step)) * z, line,
                       fontName=block.font, fontSize=block.size * z,
                       fillColor=colors.HexColor(block.ink))
            d.add(s)
            out.append(s)
        return out


def org_chart(doc: AccountFile, fonts: Fonts, width: float, one_page: float, first: float,
              part: float) -> OrgChart:
    """The client edition's org chart, ``width`` points wide: on one page of
    ``one_page`` points' height if it can be read there (cards at least
    ``ORG_WIDTHS[-1]`` wide, text at least MIN_TEXT_SIZE), else split by whole teams over
    a first page of ``first`` points (less the list of teams continued elsewhere) and
    further pages of ``part`` points."""
    b = _Builder(doc, fonts)
    found = b.one_page((width, one_page))
    if found is not None:
        org, units, contacts = found
        sizes = [(u.shape.w, u.shape.h) for u in units]
        pages = _pack(sizes, (width, one_page), (width, one_page))
        used_w = max(x + sizes[i][0] for i, x, _ in pages[0])
        used_h = max(y + sizes[i][1] for i, _, y in pages[0])
        zoom = max(1.0, min(MAX_ZOOM, width / used_w, one_page / used_h))
        registry = PageRegistry()
        drawn = b.draw(org, units, pages, width / zoom, contacts, zoom, registry)
        return OrgChart(tuple(drawn), (), registry, (), contacts, org.w, zoom)
    card_w = b.split_width()
    org = b.org(card_w, True, (width, max(part, first)))
    heads, more = b.head_heights(org)
    reserve = 0.0
    for _attempt in range(4):
        # the first page keeps room for the list of teams below its chart, unless the
        # list is long: then it follows on a page of its own. Less room only ever means
        # more teams cut away, so the teams cut so far stay cut (and measured).
        room_first = (width, first - reserve)
        units = _split(org, b.roots, b.loners, room_first, (width, part), heads, more)
        pages = _pack_units(units, room_first, (width, part))
        page_of = {i: k for k, page in enumerate(pages) for i, _, _ in page}
        entries = [(m, page_of[t]) for u in units for m, t in u.stubs.items()]
        entries += [(u.head, page_of[u.more]) for u in units if u.more is not None]
        needed = TeamIndex.measure(len(entries), width) + 6.0 if entries else 0.0
        if needed <= reserve + _EPS or needed > first / 3:
            break
        reserve = needed
    registry = PageRegistry()
    drawn = b.draw(org, units, pages, width, True, 1.0, registry)
    named = [(b.people[m].name, k) for m, k in sorted(entries, key=lambda e: e[1])]
    columns = TeamIndex.grid(len(named), width)[0]
    size = columns * TeamIndex.ROWS
    index = tuple(TeamIndex(fonts, named[i:i + size], registry, width, title=i == 0)
                  for i in range(0, len(named), size))
    return OrgChart(tuple(drawn), tuple(entries), registry, index, True, org.w, 1.0)
