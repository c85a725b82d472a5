"""What changed since the last review: the internal edition's section (the change list
grouped by kind, with before → after, and a compare map) and the executive brief's
"Top changes".

The changes come computed (:class:`app.reports.history.History`, from the kept
versions); this module only words and draws them. The compare map is the stakeholder
map of today (:mod:`app.reports.map_drawing`) with the changes on top: people new
since then outlined, people gone since then as faint dashed ghosts where they sat,
and a stance that moved noted under the card ("neutral → supporter"). The client
edition never prints any of it: the changes speak of stances.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from app.assessment.changes import Change, describe, significant
from app.graph import encoding
from app.i18n import N_, _, ngettext
from app.models.account import AccountFile, Position, StakeholderRecord
from app.models.enums import (
    RELATIONSHIP_LABELS,
    BuyingRole,
    InfluenceKind,
    ObjectiveStatus,
    RelationshipStage,
    RiskStatus,
    Stance,
    label,
)
from app.reports import map_drawing
from app.reports.context import Context, Heading
from app.reports.fonts import has_cjk, runs_width, text_shape
from app.reports.history import History
from app.reports.styles import gap

#: lines of "Top changes" on the executive brief
TOP = 5
TOP_CHARS = 160
#: the overlay's inks: new people, gone people, a stance moved
NEW_INK = encoding.CHANGE_NEW  # as the app's compare view
GHOST_INK = encoding.CHANGE_GHOST
GHOST_FILL = "#f4f6f8"
NOTE_INK = "#37474f"  # a stance note: dark ink, not the new people's violet
NOTE_FILL = "#eceff1"
MAP_RESERVE = 56.0  # heading and caption above the compare map, points

#: the change list's groups, in print order, each with the kinds it holds
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (N_("People"), ("person_added", "person_removed", "person_renamed", "person_moved")),
    (N_("Stances and relationships"), ("stance_changed", "relationship_changed",
                                       "influence_changed", "role_changed",
                                       "owner_changed")),
    (N_("Influence lines"), ("line_added", "line_removed", "line_changed")),
    (N_("Relationship stage and health"), ("stage_changed", "health_moved")),
    (N_("Risks"), ("risk_opened", "risk_closed", "risk_rerated")),
    (N_("Objectives"), ("objective_status_changed",)),
)
#: the vocabulary of each kind's before and after (its words differ: an "open" risk)
VOCABULARY: dict[str, type[StrEnum]] = {
    "stance_changed": Stance, "role_changed": BuyingRole,
    "stage_changed": RelationshipStage, "objective_status_changed": ObjectiveStatus,
}
#: what changed, in a word, by kind (the change list's second column)
WHAT: dict[str, str] = {
    "person_added": N_("joined"),
    "person_removed": N_("left"),
    "person_renamed": N_("renamed"),
    "person_moved": N_("reports to, department"),
    "stance_changed": N_("stance"),
    "relationship_changed": N_("our relationship"),
    "influence_changed": N_("influence"),
    "role_changed": N_("buying role"),
    "owner_changed": N_("owner on our side"),
    "line_added": N_("new line"),
    "line_removed": N_("line removed"),
    "line_changed": N_("line changed"),
    "stage_changed": N_("relationship stage"),
    "health_moved": N_("health score"),
    "risk_opened": N_("opened"),
    "risk_closed": N_("closed"),
    "risk_rerated": N_("re-rated"),
    "objective_status_changed": N_("status"),
}


def title(ctx: Context, history: History) -> str:
    """"Changes since 01.11.2026" (the last review held), else "Changes in the last 90
    days"."""
    if history.review:
        return _("Changes since {date}").format(date=ctx.date(history.since))
    return ngettext("Changes in the last {n} day", "Changes in the last {n} days",
                    history.days).format(n=history.days)


def top_title(ctx: Context, history: History) -> str:
    """The brief's heading: "Top changes since 01.11.2026"."""
    if history.review:
        return _("Top changes since {date}").format(date=ctx.date(history.since))
    return ngettext("Top changes in the last {n} day", "Top changes in the last {n} days",
                    history.days).format(n=history.days)


def names(ctx: Context, history: History) -> dict[str, str]:
    """Everyone's name by id: today's, and the departed's as they were."""
    return history.names | {p.id: p.name for p in ctx.doc.stakeholders}


def _compared(ctx: Context, history: History) -> str:
    """Which version the changes are counted from, in one sentence."""
    if history.then is None:
        return _("No earlier version of this account is kept yet: Rapport keeps one for "
                 "each day the account is edited, so the next review will have changes to "
                 "show.")
    if history.kept_from is not None:
        return _("No version is kept from {since}: compared with the earliest one kept, "
                 "saved on {day}.").format(since=ctx.date(history.since),
                                           day=ctx.date(history.kept_from))
    if history.review:
        return _("Compared with the version in force at the review of {since} (saved on "
                 "{day}).").format(since=ctx.date(history.since),
                                   day=ctx.date(history.then_day))
    return _("Compared with the version in force on {since} (saved on {day}).").format(
        since=ctx.date(history.since), day=ctx.date(history.then_day))


def word(kind: type[StrEnum], value: Any) -> str:
    """A vocabulary value in words; a value the vocabulary does not know as itself."""
    if value is None or value == "":
        return ""
    try:
        return label(kind(value))
    except ValueError:
        return str(value)


def _value(ctx: Context, change: Change, value: Any, people: dict[str, str]) -> str:
    """One side of a change in words ("supporter", "2 Acquainted", "Li Na · Sales")."""
    k = change.kind
    if value is None or value == "":
        return "—"
    if k in ("person_added", "person_removed"):
        parts = [value.get("title") or "", word(Stance, value.get("stance"))]
        return " · ".join(p for p in parts if p) or "—"
    if k == "person_moved":
        boss = value.get("reports_to")
        parts = [people.get(boss, boss) if boss else _("reports to nobody on the map"),
                 value.get("department") or ""]
        return " · ".join(p for p in parts if p)
    if k in ("line_added", "line_removed", "line_changed"):
        kind = word(InfluenceKind, value.get("kind") or "informal")
        strength = value.get("strength")
        return kind + (_(", strength {n}").format(n=strength) if strength else "")
    if k in ("risk_opened", "risk_closed", "risk_rerated"):
        status = word(RiskStatus, value.get("status"))
        lk, im = value.get("likelihood"), value.get("impact")
        score = f"{lk}×{im}={lk * im}" if lk and im else ""
        return " · ".join(p for p in (score, status) if p) or "—"
    if k == "relationship_changed":
        return f"{value} {RELATIONSHIP_LABELS[int(value)]}"
    if k in VOCABULARY:
        return word(VOCABULARY[k], value)
    return str(value)


def rows(ctx: Context, found: Sequence[Change], people: dict[str, str]
         ) -> list[tuple[str, list[list[str]]]]:
    """The change list as (group title, [who or what, change, before, after]) in
    :data:`GROUPS` order, empty groups left out."""
    out = []
    for group, kinds in GROUPS:
        lines = [[c.name, _(WHAT[c.kind]), _value(ctx, c, c.before, people),
                  _value(ctx, c, c.after, people)] for c in found if c.kind in kinds]
        if lines:
            out.append((_(group), lines))
    return out


def section(ctx: Context) -> list[Flowable]:
    """The internal edition's "Changes since …": a summary line, the change list by
    kind, then the compare map on a landscape page."""
    s = ctx.styles
    history = ctx.history
    if history is None:  # built without the account's history (nothing to compare)
        return []
    out: list[Flowable] = [Heading(title(ctx, history), s, 0, "changes")]
    found = list(history.changes)
    out.append(s.para(_compared(ctx, history), s.muted))
    if history.then is None:
        return out
    if not found:
        out.append(s.note(_("Nothing changed on the map, in the stage, the risks or the "
                            "objectives.")))
        return out
    weighty = significant(found)
    out.append(s.para(ngettext("{n} change, {k} of them significant (listed first in a "
                               "review's agenda).",
                               "{n} changes, {k} of them significant (listed first in a "
                               "review's agenda).", len(found)).format(
                                   n=len(found), k=len(weighty))))
    people = names(ctx, history)
    w = ctx.width
    header = [_("Who or what"), _("Change"), _("Before"), _("After")]
    widths = [w * 0.28, w * 0.2, w * 0.26, w * 0.26]
    for group, lines in rows(ctx, found, people):
        out += [*s.subheading(group), s.table(header, lines, widths, font_size=7.5)]
    out += compare_map(ctx, history)
    return out


# -- the compare map ---------------------------------------------------------------------


def _ghosts(now: AccountFile, history: History) -> list[StakeholderRecord]:
    """The people gone since then, as they were, placed where they can be drawn: their
    own card position if it is free, else below the map (when today's cards have
    stored positions), else wherever the org chart puts them with their old team."""
    if history.then is None:
        return []
    gone = {c.subject for c in history.changes if c.kind == "person_removed"}
    kept = {p.id for p in now.stakeholders} | gone
    people = [p.model_copy(update={"reports_to": p.reports_to if p.reports_to in kept
                                   else None})
              for p in history.then.stakeholders if p.id in gone]
    placed = [p for p in now.stakeholders if p.position is not None]
    if not placed:  # the org chart lays everyone out: a ghost sits in its old team
        return [p.model_copy(update={"position": None}) for p in people]
    slot_w, slot_h = encoding.SLOT
    taken = [(p.position.x, p.position.y) for p in placed if p.position is not None]

    def free(p: StakeholderRecord) -> bool:
        if p.position is None:
            return False
        return all(abs(p.position.x - x) >= slot_w or abs(p.position.y - y) >= slot_h
                   for x, y in taken)

    ok = [p for p in people if free(p)]
    rest = [p.model_copy(update={"position": None}) for p in people if not free(p)]
    merged = now.model_copy(update={"stakeholders": [*now.stakeholders, *ok, *rest]})
    spots = encoding.positions_for_new(merged, {p.id for p in rest})
    placed_rest = []
    for p in rest:
        x, y = spots.get(p.id, (0.0, 0.0))
        placed_rest.append(p.model_copy(update={"position": Position(x=x, y=y)}))
    return ok + placed_rest


def compare_scene(ctx: Context, history: History
                  ) -> tuple[map_drawing.MapScene, map_drawing.MapScene, set[str]]:
    """(the scene of today with the ghosts, the same without the ghosts' cards and
    lines — what map_drawing draws —, the ghosts' ids)."""
    ghosts = _ghosts(ctx.doc, history)
    gone = {p.id for p in ghosts}
    merged = ctx.doc.model_copy(update={"stakeholders": [*ctx.doc.stakeholders, *ghosts]})
    whole = map_drawing.build_scene(merged)
    if map_drawing.fit_scale(whole, *ctx.landscape_frame) < map_drawing.MIN_SCALE:
        # too large to read on a page: the people concerned and their managers only
        concerned = {pid for c in history.changes for pid in c.people} & (
            {p.id for p in merged.stakeholders})
        bosses = {p.reports_to for p in merged.stakeholders
                  if p.id in concerned and p.reports_to}
        whole = map_drawing.build_scene(merged, people=concerned | bosses)
    drawn = map_drawing.MapScene(
        tuple(c for c in whole.cards if c.person.id not in gone),
        tuple(line for line in whole.lines if not set(line.ends) & gone), whole.bounds)
    return whole, drawn, gone


def overlay(ctx: Context, history: History, whole: map_drawing.MapScene, gone: set[str]
            ) -> map_drawing.Decoration:
    """The changes drawn over the map: ghosts, outlines of the new, stance notes."""
    fonts = ctx.styles.fonts
    new = {c.subject for c in history.changes if c.kind == "person_added"}
    moved = {c.subject: c for c in history.changes if c.kind == "stance_changed"}
    boxes = {c.person.id: c for c in whole.cards}
    ghost_lines = [line for line in whole.lines
                   if line.kind == "reports" and set(line.ends) & gone]

    def font(text: str, bold: bool = False) -> str:
        if has_cjk(text) and fonts.cjk:
            return fonts.cjk
        return fonts.bold if bold else fonts.text

    def shapes(xy: Callable[[map_drawing.Point], map_drawing.Point], scale: float
               ) -> list[Any]:
        pen = scale / map_drawing.MIN_SCALE * 0.5
        factor = min(map_drawing.MAX_TEXT_FACTOR, scale / map_drawing.MIN_SCALE)
        out: list[Any] = []
        for line in ghost_lines:
            flat = [v for p in line.points for v in xy(p)]
            out.append(PolyLine(flat, strokeColor=colors.HexColor(GHOST_INK),
                                strokeWidth=0.6 * pen, strokeDashArray=[2, 2]))
        for pid in gone:
            card = boxes.get(pid)
            if card is None:
                continue
            (x0, top), (x1, y0) = xy((card.box[0], card.box[1])), xy((card.box[2],
                                                                       card.box[3]))
            out.append(Rect(x0, y0, x1 - x0, top - y0, rx=4 * pen, ry=4 * pen,
                            fillColor=colors.HexColor(GHOST_FILL),
                            strokeColor=colors.HexColor(GHOST_INK), strokeWidth=0.9 * pen,
                            strokeDashArray=[3, 2]))
            name = card.person.name
            size = map_drawing.NAME_SIZE_SMALL * factor
            room = x1 - x0 - 5 * factor
            f = font(name, bold=True)
            shown = name
            while shown and stringWidth(shown, f, size) > room:
                shown = shown[:-1]
            if shown != name:
                shown = shown.rstrip()[:-1] + "…" if len(shown) > 1 else "…"
            out.append(String(x0 + 2.5 * factor, top - 2.5 * factor - size, shown,
                              fontName=f, fontSize=size,
                              fillColor=colors.HexColor(GHOST_INK)))
            left = _("left")
            out.append(String(x0 + 2.5 * factor, y0 + 2.5 * factor, left,
                              fontName=font(left), fontSize=map_drawing.TITLE_SIZE * factor,
                              fillColor=colors.HexColor(GHOST_INK)))
        for pid in new:
            card = boxes.get(pid)
            if card is None:
                continue
            (x0, top), (x1, y0) = xy((card.box[0], card.box[1])), xy((card.box[2],
                                                                       card.box[3]))
            out.append(Rect(x0 - 2.2 * pen, y0 - 2.2 * pen, x1 - x0 + 4.4 * pen,
                            top - y0 + 4.4 * pen, rx=5 * pen, ry=5 * pen, fillColor=None,
                            strokeColor=colors.HexColor(NEW_INK), strokeWidth=1.8 * pen))
        for pid, change in moved.items():
            card = boxes.get(pid)
            if card is None:
                continue
            (x0, top), (x1, y0) = xy((card.box[0], card.box[1])), xy((card.box[2],
                                                                       card.box[3]))
            text = "{before} → {after}".format(
                before=word(Stance, change.before) or "—",
                after=word(Stance, change.after) or "—")
            size = 5.6 * factor
            f = font(text)
            w = stringWidth(text, f, size) + 4 * factor
            cx = (x0 + x1) / 2
            out.append(Rect(cx - w / 2, y0 - size * 0.75, w, size * 1.5, rx=1.5, ry=1.5,
                            fillColor=colors.HexColor(NOTE_FILL),
                            strokeColor=colors.HexColor(NOTE_INK), strokeWidth=0.5))
            out.append(String(cx, y0 - size * 0.35, text, fontName=f, fontSize=size,
                              fillColor=colors.HexColor(NOTE_INK), textAnchor="middle"))
        return out

    return shapes


def overlay_legend(ctx: Context, width: float) -> Drawing:
    """One line: how the changes are marked."""
    fonts = ctx.styles.fonts
    size = 7.0
    ink = colors.HexColor("#37474f")
    drawing = Drawing(width, 13, initialFontName=fonts.text)
    x, y = 0.0, 3.0
    entries = [("new", _("new since then")), ("ghost", _("gone since then")),
               ("note", _("stance then → now")),
               ("", _("colours, sizes and lines as on the stakeholder map"))]
    for kind, text in entries:
        if kind == "new":
            drawing.add(Rect(x, y - 2, 22, 9, rx=2, ry=2, fillColor=colors.white,
                             strokeColor=colors.HexColor(NEW_INK), strokeWidth=1.6))
            x += 27
        elif kind == "ghost":
            drawing.add(Rect(x, y - 2, 22, 9, rx=2, ry=2,
                             fillColor=colors.HexColor(GHOST_FILL),
                             strokeColor=colors.HexColor(GHOST_INK), strokeWidth=0.8,
                             strokeDashArray=[3, 2]))
            x += 27
        elif kind == "note":
            drawing.add(Rect(x, y - 2, 22, 9, rx=1.5, ry=1.5,
                             fillColor=colors.HexColor(NOTE_FILL),
                             strokeColor=colors.HexColor(NOTE_INK), strokeWidth=0.5))
            drawing.add(Line(x + 6, y + 2.5, x + 16, y + 2.5,
                             strokeColor=colors.HexColor(NOTE_INK), strokeWidth=0.6))
            x += 27
        drawing.add(text_shape(x, y, text, fonts, size, ink))
        x += runs_width(fonts, text, size) + 16
    return drawing


def compare_map(ctx: Context, history: History) -> list[Flowable]:
    """A landscape page: today's map with the changes on it, and its key."""
    s = ctx.styles
    concerned = [c for c in history.changes if c.people]
    if history.then is None or not concerned or not ctx.doc.stakeholders:
        return []
    whole, drawn, gone = compare_scene(ctx, history)
    width, height = ctx.landscape_frame
    key = map_drawing.legend(s.fonts, width, encoded=True)
    marks = overlay_legend(ctx, width)
    room = height - MAP_RESERVE - key.height - marks.height - 12
    scale = map_drawing.fit_scale(whole, width, room)
    everyone = len(whole.cards) - len(gone) == len(ctx.doc.stakeholders)
    caption = (_("Today's map with the changes since then marked on it.") if everyone else
               _("The people the changes concern and their managers, with the changes "
                 "marked (the whole map is too large to read on one page)."))
    return [NextPageTemplate("landscape"), PageBreak(),
            Heading(_("Compare map"), s, 1, "changes-map"),
            s.para(caption, s.muted),
            map_drawing.draw(drawn, s.fonts, whole.bounds, scale, encoded=True,
                             extra=overlay(ctx, history, whole, gone)),
            gap(6), marks, gap(4), key,
            NextPageTemplate("portrait"), PageBreak()]


# -- the executive brief ------------------------------------------------------------------


def brief(ctx: Context) -> list[Flowable]:
    """The brief's "Top changes since …" heading and lines (nothing without history)."""
    history = ctx.history
    if history is None:
        return []
    s = ctx.styles
    out: list[Flowable] = [s.para(top_title(ctx, history), s.h2)]
    if history.then is None:
        return out + [s.note(_("No earlier version of this account is kept yet."))]
    return out + ([s.bullet(text) for text in top_changes(ctx)] or [s.note(_(
        "Nothing changed on the map, in the stage, the risks or the objectives."))])


def top_changes(ctx: Context) -> list[str]:
    """The brief's "Top changes": the :data:`TOP` weightiest, one line each."""
    history = ctx.history
    if history is None:
        return []
    people = names(ctx, history)
    lines = [describe(c, people) for c in significant(history.changes, least=1)[:TOP]]
    return [t if len(t) <= TOP_CHARS else t[:TOP_CHARS - 1].rstrip() + "…" for t in lines]
