"""The executive brief: exactly two pages for our leadership. Page one: where the account
stands, top objectives, top risks and what we ask of leadership; page two: the key people
on the map. Each page's content is shrunk to fit if need be, never spilled over."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepInFrame, NextPageTemplate, PageBreak

from app.assessment.agenda import is_overdue
from app.assessment.gaps import all_findings
from app.assessment.health import is_key_person, is_open
from app.graph.analysis import OPPONENTS, POWER_ROLES
from app.models.enums import Escalation, ObjectiveStatus, Stance, TeamRole, label
from app.reports import map_drawing
from app.reports.context import PORTRAIT, Context, Heading, frame_size
from app.reports.sections_overview import (
    health_text,
    objective_line,
    risk_line,
    stage_text,
    tier_text,
    top_objectives,
    top_risks,
)
from app.reports.styles import gap

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
            text = f"{r.title}: escalated to {label(r.escalation).lower()}"
            if r.mitigation:
                text += f"; plan: {r.mitigation}"
            out.append(text)
    sponsors = {m.id: m.name for m in ctx.doc.team if m.role == TeamRole.EXECUTIVE_SPONSOR}
    for a in sorted(ctx.doc.actions, key=lambda a: a.due or ctx.today):
        if a.owner in sponsors and a.status not in ("done", "cancelled"):
            due = f" by {a.due.isoformat()}" if a.due else ""
            late = " (overdue)" if is_overdue(a, ctx.today) else ""
            out.append(f"{sponsors[a.owner]}: {a.title}{due}{late}")
    for o in ctx.doc.objectives:
        if o.status == ObjectiveStatus.AT_RISK:
            out.append(f"Objective at risk: {o.title}")
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


def executive(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    a = ctx.doc.account
    width, height = frame_size(PORTRAIT)
    page1: list[Flowable] = [
        Heading("Executive brief", s, 0, "summary"),
        s.para(f"{a.name} · {ctx.today.isoformat()} · account owner {a.owner or '—'}", s.muted),
    ]
    figures = [("Relationship stage", stage_text(ctx)), ("Health", health_text(ctx)),
               ("Tier", tier_text(ctx))]
    if a.annual_revenue is not None:
        figures.append(("Revenue", ctx.money(a.annual_revenue)
                        + (f" now, {ctx.money(a.potential_revenue)} potential"
                           if a.potential_revenue is not None else "")))
    page1.append(s.facts(figures, (36 * MM, width - 36 * MM)))
    page1.append(s.para("Top objectives", s.h2))
    page1 += [s.bullet(objective_line(ctx, o)) for o in top_objectives(ctx)] or [
        s.note("No open objectives recorded.")]
    page1.append(s.para("Top risks", s.h2))
    page1 += [s.bullet(risk_line(ctx, r) + (" [internal]" if r.internal else ""))
              for r in top_risks(ctx)] or [s.note("No open risks recorded.")]
    page1.append(s.para("Our asks", s.h2))
    page1 += [s.para(f"{i}. {text}") for i, text in enumerate(asks(ctx), start=1)] or [
        s.note("No asks: no risk is escalated to management or the executive level, our "
               "executive sponsor has no open actions and no objective is at risk.")]
    urgent = [f for f in all_findings(ctx.doc, ctx.today, ctx.settings)
              if f.severity == "high"][:3]
    if urgent:
        page1.append(s.para("Watch", s.h2))
        page1 += [s.bullet(f.message) for f in urgent]

    lw, lh = ctx.landscape_frame
    keep, qualified = key_people(ctx)
    scene = map_drawing.build_scene(ctx.doc, people=set(keep))
    key = map_drawing.legend(s.fonts, lw, encoded=True)
    room = lh - 50 - key.height
    scale = map_drawing.fit_scale(scene, lw, room)
    others = len(ctx.doc.stakeholders) - len(keep)
    who = (f"{len(keep)} key people" if qualified == len(keep) else
           f"The {len(keep)} most influential of {qualified} key people")
    caption = (f"{who}: influence 4 or more, economic buyers and decision "
               "makers, champions, blockers and influential skeptics"
               + (f"; {others} others are on the full map in the internal edition."
                  if others else "."))
    page2: list[Flowable] = [Heading("Key people", s, 0, "map"), s.para(caption, s.muted)]
    if scene.cards:
        page2 += [map_drawing.draw(scene, s.fonts, scene.bounds, scale, encoded=True),
                  gap(6), key]
    else:
        page2.append(s.note("No stakeholders recorded."))
    return [KeepInFrame(width, height - 2, page1, mode="shrink"),
            NextPageTemplate("landscape"), PageBreak(),
            KeepInFrame(lw, lh - 2, page2, mode="shrink")]
