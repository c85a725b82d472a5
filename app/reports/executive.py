"""The executive brief: exactly two pages for our leadership. Page one: where the account
stands, top objectives, top risks and what we ask of leadership, with a column of
pictures beside the text (the stage ladder, the health gauge, its trend and what it is
made of); page two: the key people on the map. Each page's content is shrunk to fit if
need be, never spilled over; page one first makes its pictures smaller, so that its
text keeps its size."""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable

from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
    Wedge,
)
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    ImageAndFlowables,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
)

from app.assessment.agenda import is_overdue
from app.assessment.gaps import all_findings
from app.assessment.health import (
    Health,
    health,
    is_key_person,
    is_open,
    round_half_up,
    state_as_of,
)
from app.assessment.stages import LADDER, stage_gap
from app.graph.analysis import OPPONENTS, POWER_ROLES, Finding
from app.i18n import _, ngettext, pgettext
from app.models.enums import (
    Escalation,
    ObjectiveStatus,
    RelationshipStage,
    Stance,
    TeamRole,
    label,
)
from app.reports import changes_section, map_drawing
from app.reports.context import PORTRAIT, Context, Heading, frame_size
from app.reports.fonts import Fonts, runs_width, text_shape
from app.reports.sections_overview import (
    health_text,
    objective_line,
    risk_line,
    stage_text,
    tier_text,
    top_objectives,
    top_risks,
)
from app.reports.styles import ACCENT, ALERT, INK, MUTED, RULE, ZEBRA, gap

MM = 72 / 25.4
ASKS = 5
OPPONENT_INFLUENCE = 3  # skeptics at least this influential are on the executive map
MAP_PEOPLE = 24  # at most this many on the executive map


ASK_CHARS = 220  # characters of one ask on the brief


def asks(ctx: Context) -> list[str]:
    """What the account team needs from leadership: risks escalated to management or
    the executive level, open actions of our executive sponsor, objectives at risk."""
    out: list[str] = []
    for r in top_risks(ctx, n=len(ctx.doc.risks)):
        if r.escalation in (Escalation.MANAGEMENT, Escalation.EXECUTIVE) and is_open(r):
            text = _("{risk}: escalated to {level}").format(
                risk=r.title, level=label(r.escalation).lower())
            if r.mitigation:
                text = _("{ask}; plan: {mitigation}").format(ask=text, mitigation=r.mitigation)
            out.append(text)
    sponsors = {m.id: m.name for m in ctx.doc.team if m.role == TeamRole.EXECUTIVE_SPONSOR}
    for a in sorted(ctx.doc.actions, key=lambda a: a.due or ctx.today):
        if a.owner in sponsors and a.status not in ("done", "cancelled"):
            text = _("{sponsor}: {action}").format(sponsor=sponsors[a.owner], action=a.title)
            if a.due:
                text = _("{ask} by {date}").format(ask=text, date=ctx.date(a.due))
            if is_overdue(a, ctx.today):
                text = _("{ask} (overdue)").format(ask=text)
            out.append(text)
    for o in ctx.doc.objectives:
        if o.status == ObjectiveStatus.AT_RISK:
            out.append(_("Objective at risk: {objective}").format(objective=o.title))
    # a whole mitigation plan would shrink the page to nothing: one readable line each
    return [t if len(t) <= ASK_CHARS else t[:ASK_CHARS - 1].rstrip() + "…"
            for t in out[:ASKS]]


def key_people(ctx: Context) -> tuple[list[str], int]:
    """Who the executive map shows: key people (influence 4+, economic buyers and decision
    makers), champions, blockers and skeptics of influence 3 or more, everyone when that
    leaves nobody; at most :data:`MAP_PEOPLE` of them, so the names stay readable on one
    page (the most influential first, economic buyers and decision makers first among
    equals, then file order). Returns the ids shown, in file order, and how many
    qualified."""
    people = ctx.doc.stakeholders
    chosen = [p for p in people
              if is_key_person(p) or p.stance in (Stance.CHAMPION, Stance.BLOCKER)
              or (p.stance in OPPONENTS and (p.influence or 0) >= OPPONENT_INFLUENCE)]
    chosen = chosen or list(people)
    order = {p.id: i for i, p in enumerate(people)}
    ranked = sorted(chosen, key=lambda p: (-(p.influence or 0), p.role not in POWER_ROLES,
                                           order[p.id]))
    return sorted((p.id for p in ranked[:MAP_PEOPLE]), key=order.__getitem__), len(chosen)


# -- page one's visual: stage ladder, health gauge and trend -------------------------------

#: the health colours of the app (app/views/assessment/health_panel.py): red below the
#: churn threshold, amber below FAIR_BELOW, green from there
GOOD, FAIR, POOR = (colors.HexColor(c) for c in ("#2e7d32", "#ef8f00", "#c62828"))
FAIR_BELOW = 70
TARGET = colors.HexColor("#ef8f00")  # the target stage's outline, as on the stages page
STEP = colors.HexColor("#eceff1")
VISUAL_SHARE = 0.4  # of the page width: the visual's column, right of the text
TREND_SAMPLES = 13  # health scores drawn across the trend window
PAD = 7.0  # inside a panel
TITLE = 20.0  # a panel's title line
GUTTER = 12.0  # between the text and the visual


def health_colour(score: int, churn: int) -> colors.Color:
    return POOR if score < churn else FAIR if score < FAIR_BELOW else GOOD


def health_series(ctx: Context) -> list[tuple[dt.date, int]]:
    """Health over the drop window (90 days unless set otherwise), oldest first: the
    account as it stood on each of :data:`TREND_SAMPLES` days, scored as the app scores
    it today. Days without a score (nothing to score yet) are left out."""
    window = ctx.settings.drop_window_days
    out: list[tuple[dt.date, int]] = []
    for k in range(TREND_SAMPLES):
        day = ctx.today - dt.timedelta(days=round(window * (1 - k / (TREND_SAMPLES - 1))))
        doc = ctx.doc if day == ctx.today else state_as_of(ctx.doc, day)
        score = health(doc, day, ctx.settings).score
        if score is not None:
            out.append((day, score))
    return out


class _Visual(Drawing):
    """A drawing that :class:`ImageAndFlowables` can set beside the text (it asks an
    image's size through these two methods)."""

    def _restrictSize(self, _aw: float, _ah: float) -> tuple[float, float]:  # noqa: N802
        return self.width, self.height

    def _unRestrictSize(self) -> None:  # noqa: N802 (reportlab's names)
        pass


def _panel(w: float, h: float, title: str, fonts: Fonts, note: str = "", *,
           note_bold: bool = False, note_colour: colors.Color = MUTED) -> Group:
    """A light panel with its title top left (and a short note top right)."""
    g = Group()
    g.add(Rect(0, 0, w, h, rx=4, ry=4, fillColor=ZEBRA, strokeColor=None))
    room = w - 2 * PAD - (runs_width(fonts, note, 7.5, bold=note_bold) + 8 if note else 0)
    size = 8.5  # a longer title (Russian runs long) is set smaller, never over the note
    while size > 6.5 and runs_width(fonts, title, size, bold=True) > room:
        size -= 0.25
    g.add(text_shape(PAD, h - PAD - 8, title, fonts, size, INK, bold=True))
    if note:
        g.add(text_shape(w - PAD, h - PAD - 8, note, fonts, 7.5, note_colour, bold=note_bold,
                         anchor="end"))
    return g


def _diamond(x: float, y: float, r: float, colour: colors.Color) -> Polygon:
    return Polygon([x - r, y, x, y + r, x + r, y, x, y - r], fillColor=colour,
                   strokeColor=None)


def _ladder(ctx: Context, w: float, h: float) -> Group:
    """The Cranfield ladder, lowest stage at the bottom, each step longer than the one
    below: the current stage filled, the target outlined, the stage the evidence
    supports marked with a green diamond, and a key to the three below; a
    disintegrating relationship (off the ladder) is said in red."""
    fonts = ctx.styles.fonts
    a = ctx.doc.account
    current, target = a.relationship_stage, a.target_stage
    evidenced = stage_gap(ctx.doc, ctx.today).evidenced
    g = _panel(w, h, _("Relationship stage"), fonts)
    key_h = 12.0
    off = RelationshipStage.DISINTEGRATING in (current, target)
    note = (_("Disintegrating: off the ladder") if current == RelationshipStage.DISINTEGRATING
            else _("Target: disintegrating") if off
            else _("No stage recorded") if current is None else "")
    foot = key_h + (11.0 if note else 0.0)
    rows = list(reversed(LADDER))
    row_h = min(20.0, (h - TITLE - PAD - foot) / len(rows))
    size = min(8.0, max(6.5, row_h * 0.5))
    label_w = max(runs_width(fonts, label(s), size, bold=True) for s in LADDER) + 6
    room = w - 2 * PAD - label_w - 10  # the evidence mark after the longest step
    top = h - TITLE
    for i, stage in enumerate(rows):
        y = top - (i + 1) * row_h
        length = room * (0.3 + 0.7 * LADDER.index(stage) / (len(LADDER) - 1))
        is_current, is_target = stage == current, stage == target
        g.add(text_shape(PAD, y + row_h / 2 - size * 0.35, label(stage), fonts, size,
                         INK if is_current else MUTED, bold=is_current))
        bar_h = row_h * 0.66
        x = PAD + label_w
        g.add(Rect(x, y + (row_h - bar_h) / 2, length, bar_h, rx=1.5, ry=1.5,
                   fillColor=ACCENT if is_current else STEP,
                   strokeColor=TARGET if is_target else RULE,
                   strokeWidth=2.0 if is_target else 0.5))
        if stage == evidenced:
            g.add(_diamond(x + length + 6, y + row_h / 2, 3.6, GOOD))
    # the key: what filled, outlined and the diamond mean
    y = PAD + (11.0 if note else 0.0) + 1
    x = PAD
    for kind, text in (("current", pgettext("stage", "current")),
                       ("target", pgettext("stage", "target")),
                       ("evidence", _("evidence supports"))):
        if kind == "evidence":
            g.add(_diamond(x + 4, y + 2.5, 3.2, GOOD))
            x += 10
        else:
            g.add(Rect(x, y - 0.5, 12, 6, rx=1, ry=1,
                       fillColor=ACCENT if kind == "current" else STEP,
                       strokeColor=TARGET if kind == "target" else None,
                       strokeWidth=1.4))
            x += 15
        g.add(text_shape(x, y, text, fonts, 6.5, MUTED))
        x += runs_width(fonts, text, 6.5) + 9
    if note:
        g.add(text_shape(PAD, PAD - 1, note, fonts, 7.5, ALERT if off else MUTED, bold=True))
    return g


def _gauge(ctx: Context, score: int | None, w: float, h: float) -> Group:
    """A half circle from 0 to 100, filled up to the score in its health colour, with
    the churn threshold marked and the score in the middle."""
    fonts = ctx.styles.fonts
    churn = ctx.settings.churn_threshold
    g = _panel(w, h, _("Health"), fonts,
               _("churn warning below {threshold}").format(threshold=churn)
               if score is not None else "")
    # room for the threshold's number outside the ring, at either side and above
    r = min(w / 2 - PAD - 14, h - TITLE - PAD - 16 - 10)
    cx, cy = w / 2, PAD + 14 + (h - TITLE - PAD - 14 - 10 - r) / 2
    ring = r * 0.24

    def angle(value: float) -> float:
        return 180 - 1.8 * value

    g.add(Wedge(cx, cy, r, 0, 180, radius1=r - ring, fillColor=STEP, strokeColor=None))
    if score is None:
        g.add(text_shape(cx, cy + r * 0.25, _("no data to score"), fonts, 8, MUTED,
                         anchor="middle"))
        return g
    colour = health_colour(score, churn)
    if score > 0:
        g.add(Wedge(cx, cy, r, angle(score), 180, radius1=r - ring, fillColor=colour,
                    strokeColor=None))
    # the churn threshold: a tick across the ring and its value outside it
    t = math.radians(angle(churn))
    g.add(Line(cx + (r - ring - 2) * math.cos(t), cy + (r - ring - 2) * math.sin(t),
               cx + (r + 3) * math.cos(t), cy + (r + 3) * math.sin(t),
               strokeColor=INK, strokeWidth=1.2))
    lx, ly = cx + (r + 11) * math.cos(t), cy + (r + 11) * math.sin(t)
    g.add(String(lx, ly - 2, str(churn), fontName=fonts.text, fontSize=6.5,
                 fillColor=INK, textAnchor="middle"))
    big = max(12.0, min(26.0, r * 0.5))
    g.add(String(cx, cy + 2, str(score), fontName=fonts.bold, fontSize=big,
                 fillColor=colour, textAnchor="middle"))
    for value in (0, 100):
        g.add(String(cx + (r - ring / 2) * math.cos(math.radians(angle(value))), cy - 9,
                     str(value), fontName=fonts.text, fontSize=6.5, fillColor=MUTED,
                     textAnchor="middle"))
    verdict = _("below the churn threshold") if score < churn else _("of 100")
    g.add(text_shape(cx, cy - 9, verdict, fonts, 7, POOR if score < churn else MUTED,
                     anchor="middle"))
    return g


def _trend(ctx: Context, series: list[tuple[dt.date, int]], w: float, h: float) -> Group:
    """The health scores of the trend window as a line, the churn threshold dashed."""
    fonts = ctx.styles.fonts
    churn = ctx.settings.churn_threshold
    window = ctx.settings.drop_window_days
    title = ngettext("Health, last {n} day", "Health, last {n} days", window).format(n=window)
    if len(series) < 2:
        g = _panel(w, h, title, fonts)
        g.add(text_shape(PAD, h / 2 - 8, _("no data to score") if not series else
                         _("not enough history for a trend"), fonts, 8, MUTED))
        return g
    first, last = series[0][1], series[-1][1]
    delta = last - first
    arrow = "▲" if delta > 0 else "▼" if delta < 0 else "■"
    colour = (GOOD if delta > 0 else POOR if delta <= -ctx.settings.drop_points else
              FAIR if delta < 0 else MUTED)
    g = _panel(w, h, title, fonts, f"{arrow} {delta:+d}".replace("-", "−"),
               note_bold=True, note_colour=colour)
    values = [v for _, v in series] + [churn]
    lo = max(0, min(values) - 6)
    hi = min(100, max(values) + 6)
    hi = max(hi, lo + 10)
    x0, x1 = PAD + 16, w - PAD - 16
    y0, y1 = PAD + 11, h - TITLE - 4
    start, span = series[0][0], max(1, (series[-1][0] - series[0][0]).days)

    def xy(day: dt.date, value: float) -> tuple[float, float]:
        return (x0 + (x1 - x0) * (day - start).days / span,
                y0 + (y1 - y0) * (value - lo) / (hi - lo))

    cy = xy(start, churn)[1]
    g.add(Line(x0, cy, x1, cy, strokeColor=POOR, strokeWidth=0.7, strokeDashArray=[2, 2]))
    g.add(String(x1 + 2, cy - 2.5, str(churn), fontName=fonts.text, fontSize=6.5,
                 fillColor=POOR))
    points = [c for day, value in series for c in xy(day, value)]
    g.add(PolyLine(points, strokeColor=ACCENT, strokeWidth=1.4, strokeLineJoin=1))
    for (day, value), anchor, dx in ((series[0], "end", -3), (series[-1], "start", 3)):
        x, y = xy(day, value)
        g.add(Circle(x, y, 2.2, fillColor=health_colour(value, churn), strokeColor=None))
        g.add(String(x + dx, y - 2.5, str(value), fontName=fonts.bold, fontSize=7,
                     fillColor=INK, textAnchor=anchor))
    g.add(text_shape(x0, PAD - 1, ctx.date(series[0][0]), fonts, 6.5, MUTED))
    g.add(text_shape(x1, PAD - 1, _("today"), fonts, 6.5, MUTED, anchor="end"))
    return g


def _parts(ctx: Context, now: Health, w: float, h: float) -> Group:
    """What the health score is made of: per component the points it adds of those it
    could add (the bar's length is what it could add), as on the Stages & gaps tab."""
    fonts = ctx.styles.fonts
    g = _panel(w, h, _("What the health is made of"), fonts)
    rows = now.components
    row_h = min(16.0, (h - TITLE - PAD + 2) / len(rows))
    size = min(7.5, max(6.5, row_h * 0.5))
    label_w = max(runs_width(fonts, c.label, size) for c in rows) + 6
    texts = [_("{points} of {most}").format(points=round_half_up(c.contribution),
                                            most=round_half_up(now.available(c)))
             if c.score is not None else _("no data") for c in rows]
    value_w = max(runs_width(fonts, t, size) for t in texts) + 6
    room = w - 2 * PAD - label_w - value_w
    most = max((now.available(c) for c in rows), default=0.0) or 1.0
    top = h - TITLE
    for i, (c, text) in enumerate(zip(rows, texts, strict=True)):
        y = top - (i + 1) * row_h
        base = y + row_h / 2 - size * 0.35
        g.add(text_shape(PAD, base, c.label, fonts, size,
                         INK if c.score is not None else MUTED))
        if c.score is not None:
            bar_h = row_h * 0.55
            length = room * now.available(c) / most
            by = y + (row_h - bar_h) / 2
            g.add(Rect(PAD + label_w, by, length, bar_h, fillColor=STEP, strokeColor=None))
            colour = GOOD if c.score >= 0.7 else FAIR if c.score >= 0.4 else POOR
            if c.contribution > 0:
                g.add(Rect(PAD + label_w, by, length * c.contribution / now.available(c),
                           bar_h, fillColor=colour, strokeColor=None))
        g.add(text_shape(w - PAD, base, text, fonts, size,
                         INK if c.score is not None else MUTED, anchor="end"))
    return g


#: points each panel of the visual is tall at full size
LADDER_H, GAUGE_H, TREND_H, PARTS_H = 140.0, 135.0, 105.0, 118.0
SPACE = 6.0  # between panels
#: (scale, with the health components) to try, largest first: the first that lets the
#: text fit the page without shrinking is used (a long brief gets the smallest, and
#: shrinks only if even that is not enough)
VISUAL_SIZES = ((1.0, True), (0.9, True), (1.0, False), (0.85, False), (0.7, False))


def visual(ctx: Context, width: float, scale: float = 1.0, *, components: bool = True,
           now: Health | None = None, series: list[tuple[dt.date, int]] | None = None
           ) -> _Visual:
    """Page one's column of pictures, ``width`` points wide: the stage ladder, the health
    gauge, the health trend and (``components``) what the health is made of, stacked,
    each ``scale`` times its full height. Without a health score only the ladder and
    "no data to score". ``now`` and ``series``: the health and :func:`health_series`
    when the caller has them already."""
    now = now or health(ctx.doc, ctx.today, ctx.settings)
    panels: list[tuple[float, Callable[[float], Group]]] = [
        (LADDER_H, lambda h: _ladder(ctx, width, h)),
        (GAUGE_H, lambda h: _gauge(ctx, now.score, width, h))]
    if now.score is not None:
        series = health_series(ctx) if series is None else series
        panels.append((TREND_H, lambda h: _trend(ctx, series, width, h)))
        if components:
            panels.append((PARTS_H, lambda h: _parts(ctx, now, width, h)))
    height = sum(h * scale for h, _ in panels) + SPACE * (len(panels) - 1)
    d = _Visual(width, height, initialFontName=ctx.styles.fonts.text)
    y = height
    for full, make in panels:
        y -= full * scale
        part = make(full * scale)
        part.translate(0, y)
        d.add(part)
        y -= SPACE
    return d


def _text(ctx: Context, width: float, urgent: list[Finding]) -> list[Flowable]:
    """Page one's text below the heading, for a column ``width`` points wide."""
    s = ctx.styles
    a = ctx.doc.account
    figures = [(_("Relationship stage"), stage_text(ctx)), (_("Health"), health_text(ctx)),
               (_("Tier"), tier_text(ctx))]
    if a.annual_revenue is not None:
        revenue = ctx.money(a.annual_revenue)
        if a.potential_revenue is not None:
            revenue = _("{revenue} now, {potential} potential").format(
                revenue=revenue, potential=ctx.money(a.potential_revenue))
        figures.append((_("Revenue"), revenue))
    out: list[Flowable] = [s.facts(figures, (34 * MM, width - 34 * MM))]
    out.append(s.para(_("Top objectives"), s.h2))
    out += [s.bullet(objective_line(ctx, o)) for o in top_objectives(ctx)] or [
        s.note(_("No open objectives recorded."))]
    out.append(s.para(_("Top risks"), s.h2))
    out += [s.bullet(risk_line(ctx, r) + (_(" [internal]") if r.internal else ""))
            for r in top_risks(ctx)] or [s.note(_("No open risks recorded."))]
    out += changes_section.brief(ctx)
    out.append(s.para(_("Our asks"), s.h2))
    out += [s.para(f"{i}. {text}") for i, text in enumerate(asks(ctx), start=1)] or [
        s.note(_("No asks: no risk is escalated to management or the executive level, our "
                 "executive sponsor has no open actions and no objective is at risk."))]
    if urgent:
        out.append(s.para(_("Watch"), s.h2))
        out += [s.bullet(f.message) for f in urgent]
    return out


def page_one(ctx: Context, width: float, height: float) -> list[Flowable]:
    """The heading, then the text with the visual beside it on the right (the text
    runs on below the visual at full width when it is longer). The visual is as tall as
    lets everything fit without shrinking the text."""
    s = ctx.styles
    a = ctx.doc.account
    head: list[Flowable] = [
        Heading(_("Executive brief"), s, 0, "summary"),
        s.para(_("{account} · {date} · account owner {owner}").format(
            account=a.name, date=ctx.date(ctx.today, long=True), owner=a.owner or "—"),
               s.muted),
    ]
    room = height - sum(f.wrap(width, height)[1] + f.getSpaceAfter() for f in head)
    side = width * VISUAL_SHARE
    scratch = Canvas(io.BytesIO())  # measuring needs one; nothing is drawn on it
    now = health(ctx.doc, ctx.today, ctx.settings)
    series = health_series(ctx) if now.score is not None else []
    urgent = [f for f in all_findings(ctx.doc, ctx.today, ctx.settings)
              if f.severity == "high"][:3]
    body: ImageAndFlowables | None = None
    for scale, components in VISUAL_SIZES:
        picture = visual(ctx, side, scale, components=components, now=now, series=series)
        # a hair narrower than the room beside the visual: ImageAndFlowables compares
        # widths without tolerance, and a table a rounding error too wide is moved below
        body = ImageAndFlowables(picture,
                                 _text(ctx, width - side - GUTTER - 0.5, urgent),
                                 imageLeftPadding=GUTTER, imageRightPadding=0,
                                 imageBottomPadding=8)
        if body.wrapOn(scratch, width, room)[1] <= room:
            break
    assert body is not None
    return [*head, body]


def executive(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    width, height = frame_size(PORTRAIT)
    page1 = page_one(ctx, width, height - 2)

    lw, lh = ctx.landscape_frame
    keep, qualified = key_people(ctx)
    scene = map_drawing.build_scene(ctx.doc, people=set(keep))
    key = map_drawing.legend(s.fonts, lw, encoded=True)
    room = lh - 50 - key.height
    scale = map_drawing.fit_scale(scene, lw, room)
    others = len(ctx.doc.stakeholders) - len(keep)
    who = (ngettext("{n} key person", "{n} key people", len(keep)).format(n=len(keep))
           if qualified == len(keep) else
           ngettext("The {shown} most influential of {n} key person",
                    "The {shown} most influential of {n} key people", qualified).format(
                        shown=len(keep), n=qualified))
    more = (ngettext("; {n} other is on the full map in the internal edition",
                     "; {n} others are on the full map in the internal edition",
                     others).format(n=others) if others else "")
    caption = _("{who}: influence 4 or more, economic buyers and decision makers, "
                "champions, blockers and influential skeptics{more}.").format(who=who,
                                                                              more=more)
    page2: list[Flowable] = [Heading(_("Key people"), s, 0, "map"), s.para(caption, s.muted)]
    if scene.cards:
        page2 += [map_drawing.draw(scene, s.fonts, scene.bounds, scale, encoded=True),
                  gap(6), key]
    else:
        page2.append(s.note(_("No stakeholders recorded.")))
    return [KeepInFrame(width, height - 2, page1, mode="shrink"),
            NextPageTemplate("landscape"), PageBreak(),
            KeepInFrame(lw, lh - 2, page2, mode="shrink")]
