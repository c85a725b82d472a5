"""The account plan: white space, insight, objectives, revenue, risks, actions, team,
reviews, KPIs and (internal) the interaction log."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from app.assessment import plan_rows
from app.assessment import whitespace as ws
from app.assessment.agenda import is_overdue
from app.assessment.health import is_open
from app.models.enums import ActionStatus, WhitespaceStatus, label
from app.reports import charts
from app.reports.context import Context, Heading
from app.reports.styles import CELL_PAD, SMALL_SIZE, gap

RECENT_INTERACTIONS = 25
_CELL = {WhitespaceStatus.HAS: "✓ has it", WhitespaceStatus.OPPORTUNITY: "◎ opportunity",
         WhitespaceStatus.COMPETITOR: "✗ competitor", WhitespaceStatus.NOT_RELEVANT: "–"}


#: an e-mail column is widened to its longest address, up to this share of the page
EMAIL_SHARE = 0.5


def whitespace(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Heading("White space", s, 0, "whitespace")]
    grid = ws.grid(ctx.doc)
    if not grid.units or not grid.offerings:
        return out + [s.note("No white-space grid recorded.")]
    if ctx.internal:
        out.append(s.para("The customer's business units (rows) against our offerings "
                          "(columns): where we already supply, where there is an opportunity, "
                          "where a competitor supplies.", s.muted))
    else:  # only the cells shared with the customer, in their words
        out.append(s.para("Your business units (rows) and our offerings (columns): what we "
                          "supply today and where we see room to do more together.", s.muted))
    header = ["Business unit", *grid.offerings]
    rows = []
    for unit in grid.units:
        row = [unit]
        for offering in grid.offerings:
            cell = grid.cell(unit, offering)
            text = "" if cell is None else _CELL[cell.status]
            if cell is not None and cell.value is not None:
                text += f" {ctx.money(cell.value)}"
            row.append(text)
        rows.append(row)
    if ctx.internal:
        totals = ["Opportunities"]
        for offering in grid.offerings:
            t = grid.offering_totals(offering)
            totals.append(f"{t.opportunity}" + (f" · {ctx.money(t.opportunity_value)}"
                                                 if t.opportunity_value else ""))
        rows.append(totals)
    first = ctx.width * 0.22
    rest = (ctx.width - first) / len(grid.offerings)
    out.append(s.table(header, rows, [first] + [rest] * len(grid.offerings), font_size=7.5,
                       nowrap=range(1, len(grid.offerings) + 1)))  # amounts stay whole
    if ctx.internal:
        t = grid.totals()
        pen = "—" if t.penetration is None else f"{t.penetration:.0%}"
        out.append(gap(3))
        out.append(s.para(f"Penetration {pen}: we supply {t.has} of "
                          f"{t.has + t.opportunity + t.competitor} relevant cells; "
                          f"{t.opportunity} opportunities worth "
                          f"{ctx.money(t.opportunity_value) or '0'}.", s.muted))
        noted = [c for c in (ctx.doc.whitespace.cells if ctx.doc.whitespace else []) if c.note]
        if noted:
            out.append(s.table(["Cell", "Note"],
                               [[f"{c.unit} × {c.offering}", c.note or ""] for c in noted],
                               [ctx.width * 0.35, ctx.width * 0.65]))
    return out


def insights(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Heading("Customer insight", s, 0, "insights")]
    if not ctx.doc.insights:
        return out + [s.note("No customer insight recorded.")]
    w = ctx.width
    header = ["Kind", "What the customer wants or faces", "Our answer"]
    rows = []
    for i in ctx.doc.insights:
        kind = label(i.kind) + ("" if i.confirmed or not ctx.internal else " (unconfirmed)")
        rows.append([kind, i.text, i.value_proposition or ""])
    out.append(s.table(header, rows, [w * 0.16, w * 0.44, w * 0.40]))
    return out


def objectives(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading("Objectives and milestones", s, 0, "objectives")]
    if not ctx.doc.objectives:
        return out + [s.note("No objectives recorded.")]
    for o in ctx.doc.objectives:
        facts = [label(o.status) or "No status"]
        if o.measure:
            target = "" if o.target_value is None else f": {ctx.number(o.target_value)}"
            facts.append(f"{o.measure}{target}")
        if o.target_date:
            facts.append(f"by {o.target_date.isoformat()}")
        if o.owner:
            facts.append(ctx.team_name(o.owner))
        block: list[Flowable] = [s.para(o.title, s.h2), s.para(" · ".join(facts), s.muted)]
        notes = s.paras(o.notes) if ctx.internal and o.notes else []
        if len(notes) > 1:  # long notes flow over pages: the heading keeps to their start
            out += [KeepTogether([*block, notes[0]]), *notes[1:-1]]
            block = [notes[-1]]
        else:
            block += notes
        if o.milestones:
            # the customer's copy states dates, it does not mark our lateness in red
            late = [i for i, m in enumerate(o.milestones) if ctx.internal
                    and not m.done and m.due is not None and m.due < ctx.today]
            rows = [["✓" if m.done else ("overdue" if i in late else ""),
                     m.title, m.due.isoformat() if m.due else ""]
                    for i, m in enumerate(o.milestones)]
            block.append(s.table(["Done", "Milestone", "Due"], rows,
                                 [w * 0.1, w * 0.7, w * 0.2], highlight=late))
        elif ctx.internal:  # the customer's copy has no "nothing recorded" lines
            block.append(s.note("No milestones yet."))
        out.append(KeepTogether(block))
    return out


def revenue(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Heading("Revenue plan", s, 0, "revenue")]
    plan = sorted(ctx.doc.revenue_plan, key=lambda r: (r.year, r.quarter))
    if not plan:
        return out + [s.note("No revenue plan recorded.")]
    quarters = [(f"Q{r.quarter} {r.year}", r.planned, r.actual) for r in plan]
    out.append(charts.revenue_chart(s.fonts, quarters, ctx.doc.account.currency, ctx.width,
                                    locale=ctx.locale))
    rows = []
    for r in plan:  # the variance as the plan tab writes it: "−32,000 (−7%)"
        rows.append([f"Q{r.quarter} {r.year}", ctx.money(r.planned), ctx.money(r.actual),
                     plan_rows.variance_text(r, ctx.number)])
    below = [i for i, r in enumerate(plan)
             if r.planned is not None and r.actual is not None and r.actual < r.planned]
    w = ctx.width
    out.append(gap(4))
    out.append(s.table(["Quarter", "Planned", "Actual", "Actual vs plan"], rows,
                       [w * 0.2, w * 0.25, w * 0.25, w * 0.2], right=(1, 2, 3),
                       highlight=below, nowrap=(1, 2, 3)))
    return out


def risks(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading("Risks", s, 0, "risks")]
    register = sorted(ctx.doc.risks, key=lambda r: (not is_open(r), -(r.score or 0)))
    if not register:
        return out + [s.note("No risks recorded.")]
    cells = [(r.likelihood, r.impact) for r in register if is_open(r)
             and r.likelihood is not None and r.impact is not None]
    heat = charts.heat_map(s.fonts, [(lk, im) for lk, im in cells if lk and im])
    explain = s.para("Open risks by likelihood (up) and impact (right); the number is how "
                     "many risks fall in the cell. Red: likelihood × impact 15 or more.",
                     s.muted)
    side = Table([[heat, explain]], colWidths=[heat.width + 10, w - heat.width - 10])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("FONTNAME", (0, 0), (-1, -1), s.fonts.text)]))
    out += [side, gap(6)]
    header = ["Risk", "Category", "L × I", "Mitigation", "Owner", "Status"]
    widths = [w * 0.26, w * 0.13, w * 0.09, w * 0.28, w * 0.12, w * 0.12]
    if ctx.internal:
        header += ["Escalation"]
        widths = [w * 0.22, w * 0.12, w * 0.09, w * 0.24, w * 0.11, w * 0.10, w * 0.12]
    rows = []
    for r in register:
        title = r.title + (" [internal]" if r.internal and ctx.internal else "")
        if ctx.internal and r.notes:
            title += f"\n{r.notes}"
        row = [title, label(r.category), "" if r.score is None else
               f"{r.likelihood}×{r.impact}={r.score}", r.mitigation or "",
               ctx.team_name(r.owner), label(r.status) or "Open"]
        if ctx.internal:
            row.append(label(r.escalation))
        rows.append(row)
    high = [i for i, r in enumerate(register) if is_open(r) and (r.score or 0) >= 15]
    out.append(s.table(header, rows, widths, right=(2,), highlight=high, font_size=7.5))
    return out


def actions(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading("Action plan", s, 0, "actions")]
    if not ctx.doc.actions:
        return out + [s.note("No actions recorded.")]
    listed = sorted(ctx.doc.actions, key=lambda a: (
        a.status in (ActionStatus.DONE, ActionStatus.CANCELLED), a.due or dt.date.max))
    # overdue in red and in words for us; the customer's copy states the due dates
    overdue = [i for i, a in enumerate(listed) if ctx.internal and is_overdue(a, ctx.today)]
    if overdue:
        out.append(s.para(f"{len(overdue)} overdue (in red).", s.muted))
    objectives = {o.id: o.title for o in ctx.doc.objectives}
    rows = []
    for a in listed:
        title = a.title
        if ctx.internal and a.notes:
            title += f"\n{a.notes}"
        status = label(a.status) or "Open"
        if ctx.internal and is_overdue(a, ctx.today):
            status = "OVERDUE · " + status
        rows.append([title, ctx.team_name(a.owner), a.due.isoformat() if a.due else "",
                     status, objectives.get(a.objective or "", "")])
    out.append(s.table(["Action", "Owner", "Due", "Status", "Objective"], rows,
                       [w * 0.34, w * 0.14, w * 0.12, w * 0.15, w * 0.25], highlight=overdue))
    return out


def team(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading("Account team", s, 0, "team")]
    if not ctx.doc.team:
        return out + [s.note("No account team recorded.")]
    header = ["Name", "Role", "E-mail"] + (["Notes"] if ctx.internal else [])
    rows = [[m.name, label(m.role), m.email or ""] + ([m.notes or ""] if ctx.internal else [])
            for m in ctx.doc.team]
    widths = ([w * 0.22, w * 0.18, w * 0.28, w * 0.32] if ctx.internal
              else [w * 0.3, w * 0.3, w * 0.4])
    longest = max((s.text_width(m.email or "", SMALL_SIZE) for m in ctx.doc.team), default=0)
    # room for the longest address, taken from the notes, then the role (never the name)
    donors = [(3, w * 0.16), (1, w * 0.12)] if ctx.internal else [(1, w * 0.2), (0, w * 0.2)]
    widths = widened(widths, 2, min(longest + 2 * CELL_PAD, w * EMAIL_SHARE), donors)
    # names and addresses are never cut: set smaller if need be (see Styles.whole_words)
    out.append(s.table(header, rows, widths, nowrap=(0, 2)))
    return out


def widened(widths: list[float], column: int, need: float,
            donors: list[tuple[int, float]]) -> list[float]:
    """``widths`` with ``column`` widened towards ``need``, the room taken from the
    ``donors`` (column, narrowest it may become) in turn."""
    out = list(widths)
    for donor, narrowest in donors:
        give = max(0.0, min(need - out[column], out[donor] - narrowest))
        out[donor] -= give
        out[column] += give
    return out


def reviews(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading("Review schedule", s, 0, "reviews")]
    if not ctx.doc.reviews:
        return out + [s.note("No reviews scheduled.")]
    rows = []
    for r in sorted(ctx.doc.reviews, key=lambda r: r.date):
        theirs = ", ".join(ctx.person_name(p) for p in r.their_attendees)
        ours = ", ".join(ctx.team_name(m) for m in r.our_attendees)
        who = "; ".join(t for t in (ours, theirs) if t)
        content = r.agenda or ""
        if r.decisions:
            content += ("\n" if content else "") + "Decisions: " + r.decisions
        if ctx.internal and r.notes:
            content += ("\n" if content else "") + "Notes: " + r.notes
        state = "held" if r.held else ("planned" if r.date >= ctx.today else
                                       "not marked held" if ctx.internal else "")
        rows.append([f"{r.date.isoformat()}\n{state}", r.title or "Account review", content,
                     who])
    out.append(s.table(["Date", "Review", "Agenda and outcome", "Attendees"], rows,
                       [w * 0.14, w * 0.22, w * 0.42, w * 0.22]))
    return out


def kpis(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading("KPIs", s, 0, "kpis")]
    if not ctx.doc.kpis:
        return out + [s.note("No KPIs recorded.")]
    charts_: list[Flowable] = []
    for k in ctx.doc.kpis:
        unit = f" ({k.unit})" if k.unit else ""
        better = "higher is better" if k.higher_is_better else "lower is better"
        title = f"{k.name}{unit}, {better}"
        charts_.append(charts.kpi_chart(s.fonts, title, [(v.date, v.value) for v in k.values],
                                        k.target, w / 2 - 8, locale=ctx.locale))
    pairs = [charts_[i:i + 2] for i in range(0, len(charts_), 2)]
    for pair in pairs:
        row: list[Flowable | str] = [*pair] + ([""] if len(pair) == 1 else [])
        table = Table([row], colWidths=[w / 2, w / 2])
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("FONTNAME", (0, 0), (-1, -1), s.fonts.text)]))
        out += [CondPageBreak(120), table, gap(6)]
    rows = []
    for k in ctx.doc.kpis:
        latest = max(k.values, key=lambda v: v.date, default=None)
        rows.append([k.name, k.unit or "", ctx.number(k.target),
                     "" if latest is None else
                     f"{ctx.number(latest.value)} ({latest.date.isoformat()})"])
    out.append(s.table(["KPI", "Unit", "Target", "Latest value"], rows,
                       [w * 0.4, w * 0.15, w * 0.15, w * 0.3]))
    return out


def interactions(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading("Recent interactions", s, 0, "interactions")]
    recent = sorted(ctx.doc.interactions, key=lambda i: i.date, reverse=True)
    if not recent:
        return out + [s.note("No interactions recorded.")]
    shown = recent[:RECENT_INTERACTIONS]
    if len(recent) > len(shown):
        out.append(s.para(f"The latest {len(shown)} of {len(recent)}.", s.muted))
    rows = []
    for i in shown:
        who = [ctx.person_name(i.stakeholder)] if i.stakeholder else []
        who += [ctx.person_name(p) for p in i.participants]
        rows.append([i.date.isoformat(), label(i.channel), ", ".join(who), i.summary or ""])
    out.append(s.table(["Date", "Channel", "With", "Summary"], rows,
                       [w * 0.13, w * 0.11, w * 0.26, w * 0.5]))
    return out
