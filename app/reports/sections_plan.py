"""The account plan: white space, insight, objectives, revenue, risks, actions, team,
reviews, KPIs and (internal) the interaction log."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from app.assessment import plan_rows
from app.assessment import whitespace as ws
from app.assessment.agenda import is_overdue
from app.assessment.health import is_open
from app.i18n import N_, _, ngettext, pgettext
from app.models.enums import ActionStatus, RiskStatus, WhitespaceStatus, label
from app.reports import charts
from app.reports.context import Context, Heading
from app.reports.editions import quarter_name
from app.reports.styles import CELL_PAD, SMALL_SIZE, gap

RECENT_INTERACTIONS = 25
_CELL = {WhitespaceStatus.HAS: N_("✓ has it"), WhitespaceStatus.OPPORTUNITY: N_("◎ opportunity"),
         WhitespaceStatus.COMPETITOR: N_("✗ competitor"), WhitespaceStatus.NOT_RELEVANT: "–"}


#: an e-mail column is widened to its longest address, up to this share of the page
EMAIL_SHARE = 0.5


def whitespace(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Heading(_("White space"), s, 0, "whitespace")]
    grid = ws.grid(ctx.doc)
    if not grid.units or not grid.offerings:
        return out + [s.note(_("No white-space grid recorded."))]
    if ctx.internal:
        out.append(s.para(_("The customer's business units (rows) against our offerings "
                            "(columns): where we already supply, where there is an "
                            "opportunity, where a competitor supplies."), s.muted))
    else:  # only the cells shared with the customer, in their words
        out.append(s.para(_("Your business units (rows) and our offerings (columns): what "
                            "we supply today and where we see room to do more together."),
                          s.muted))
    header = [_("Business unit"), *grid.offerings]
    rows = []
    for unit in grid.units:
        row = [unit]
        for offering in grid.offerings:
            cell = grid.cell(unit, offering)
            text = "" if cell is None else _(_CELL[cell.status])
            if cell is not None and cell.value is not None:
                text += f" {ctx.money(cell.value)}"
            row.append(text)
        rows.append(row)
    if ctx.internal:
        totals = [_("Opportunities")]
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
        pen = "—" if t.penetration is None else ctx.percent(t.penetration)
        relevant = t.has + t.opportunity + t.competitor
        out.append(gap(3))
        out.append(s.para(_("Penetration {penetration}: we supply {has} of {cells}; "
                            "{opportunities} worth {value}.").format(
            penetration=pen, has=t.has,
            cells=ngettext("{n} relevant cell", "{n} relevant cells", relevant).format(
                n=relevant),
            opportunities=ngettext("{n} opportunity", "{n} opportunities",
                                   t.opportunity).format(n=t.opportunity),
            value=ctx.money(t.opportunity_value) or ctx.number(0)), s.muted))
        noted = [c for c in (ctx.doc.whitespace.cells if ctx.doc.whitespace else []) if c.note]
        if noted:
            out.append(s.table([_("Cell"), _("Note")],
                               [[f"{c.unit} × {c.offering}", c.note or ""] for c in noted],
                               [ctx.width * 0.35, ctx.width * 0.65]))
    return out


def insights(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Heading(_("Customer insight"), s, 0, "insights")]
    if not ctx.doc.insights:
        return out + [s.note(_("No customer insight recorded."))]
    w = ctx.width
    header = [_("Kind"), _("What the customer wants or faces"), _("Our answer")]
    rows = []
    for i in ctx.doc.insights:
        kind = label(i.kind) + ("" if i.confirmed or not ctx.internal else _(" (unconfirmed)"))
        rows.append([kind, i.text, i.value_proposition or ""])
    out.append(s.table(header, rows, [w * 0.16, w * 0.44, w * 0.40]))
    return out


def objectives(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading(_("Objectives and milestones"), s, 0, "objectives")]
    if not ctx.doc.objectives:
        return out + [s.note(_("No objectives recorded."))]
    for o in ctx.doc.objectives:
        facts = [label(o.status) or _("No status")]
        if o.measure:
            target = "" if o.target_value is None else f": {ctx.number(o.target_value)}"
            facts.append(f"{o.measure}{target}")
        if o.target_date:
            facts.append(_("by {date}").format(date=ctx.date(o.target_date)))
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
            rows = [["✓" if m.done else (_("overdue") if i in late else ""),
                     m.title, ctx.date(m.due)]
                    for i, m in enumerate(o.milestones)]
            block.append(s.table([_("Done"), _("Milestone"), _("Due")], rows,
                                 [w * 0.13, w * 0.67, w * 0.2], highlight=late))
        elif ctx.internal:  # the customer's copy has no "nothing recorded" lines
            block.append(s.note(_("No milestones yet.")))
        out.append(KeepTogether(block))
    return out


def revenue(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [Heading(_("Revenue plan"), s, 0, "revenue")]
    plan = sorted(ctx.doc.revenue_plan, key=lambda r: (r.year, r.quarter))
    if not plan:
        return out + [s.note(_("No revenue plan recorded."))]
    quarters = [(quarter_name(r.quarter, r.year), r.planned, r.actual) for r in plan]
    out.append(charts.revenue_chart(s.fonts, quarters, ctx.doc.account.currency, ctx.width,
                                    locale=ctx.locale))
    rows = []
    for r in plan:  # the variance as the plan tab writes it: "−32,000 (−7%)"
        rows.append([quarter_name(r.quarter, r.year), ctx.money(r.planned), ctx.money(r.actual),
                     plan_rows.variance_text(r, ctx.number)])
    below = [i for i, r in enumerate(plan)
             if r.planned is not None and r.actual is not None and r.actual < r.planned]
    w = ctx.width
    out.append(gap(4))
    out.append(s.table([_("Quarter"), _("Planned"), _("Actual"), _("Actual vs plan")], rows,
                       [w * 0.2, w * 0.25, w * 0.25, w * 0.2], right=(1, 2, 3),
                       highlight=below, nowrap=(1, 2, 3)))
    return out


def risks(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading(_("Risks"), s, 0, "risks")]
    register = sorted(ctx.doc.risks, key=lambda r: (not is_open(r), -(r.score or 0)))
    if not register:
        return out + [s.note(_("No risks recorded."))]
    cells = [(r.likelihood, r.impact) for r in register if is_open(r)
             and r.likelihood is not None and r.impact is not None]
    heat = charts.heat_map(s.fonts, [(lk, im) for lk, im in cells if lk and im])
    explain = s.para(_("Open risks by likelihood (up) and impact (right); the number is "
                       "how many risks fall in the cell. Red: likelihood × impact 15 or "
                       "more."), s.muted)
    side = Table([[heat, explain]], colWidths=[heat.width + 10, w - heat.width - 10])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("FONTNAME", (0, 0), (-1, -1), s.fonts.text)]))
    out += [side, gap(6)]
    header = [_("Risk"), _("Category"), pgettext("likelihood × impact, abbreviated", "L × I"),
              _("Mitigation"), _("Owner"), _("Status")]
    widths = [w * 0.26, w * 0.13, w * 0.09, w * 0.26, w * 0.14, w * 0.12]
    if ctx.internal:
        header += [_("Escalation")]
        widths = [w * 0.22, w * 0.12, w * 0.09, w * 0.22, w * 0.13, w * 0.10, w * 0.12]
    rows = []
    for r in register:
        title = r.title + (_(" [internal]") if r.internal and ctx.internal else "")
        if ctx.internal and r.notes:
            title += f"\n{r.notes}"
        row = [title, label(r.category), "" if r.score is None else
               f"{r.likelihood}×{r.impact}={r.score}", r.mitigation or "",
               ctx.team_name(r.owner), label(r.status) or label(RiskStatus.OPEN)]
        if ctx.internal:
            row.append(label(r.escalation))
        rows.append(row)
    high = [i for i, r in enumerate(register) if is_open(r) and (r.score or 0) >= 15]
    # labels are single long words in some languages ("Безопасность"): set smaller,
    # not broken
    out.append(s.table(header, rows, widths, right=(2,), highlight=high, font_size=7.5,
                       nowrap=(1, 5, 6)))
    return out


def actions(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading(_("Action plan"), s, 0, "actions")]
    if not ctx.doc.actions:
        return out + [s.note(_("No actions recorded."))]
    listed = sorted(ctx.doc.actions, key=lambda a: (
        a.status in (ActionStatus.DONE, ActionStatus.CANCELLED), a.due or dt.date.max))
    # overdue in red and in words for us; the customer's copy states the due dates
    overdue = [i for i, a in enumerate(listed) if ctx.internal and is_overdue(a, ctx.today)]
    if overdue:
        out.append(s.para(ngettext("{n} overdue (in red).", "{n} overdue (in red).",
                                   len(overdue)).format(n=len(overdue)), s.muted))
    objectives = {o.id: o.title for o in ctx.doc.objectives}
    rows = []
    for a in listed:
        title = a.title
        if ctx.internal and a.notes:
            title += f"\n{a.notes}"
        status = label(a.status) or label(ActionStatus.OPEN)
        if ctx.internal and is_overdue(a, ctx.today):
            status = _("OVERDUE · {status}").format(status=status)
        rows.append([title, ctx.team_name(a.owner), ctx.date(a.due),
                     status, objectives.get(a.objective or "", "")])
    out.append(s.table([_("Action"), _("Owner"), _("Due"), _("Status"), _("Objective")], rows,
                       [w * 0.34, w * 0.14, w * 0.12, w * 0.15, w * 0.25], highlight=overdue))
    return out


def team(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading(_("Account team"), s, 0, "team")]
    if not ctx.doc.team:
        return out + [s.note(_("No account team recorded."))]
    header = [_("Name"), _("Role"), _("E-mail")] + ([_("Notes")] if ctx.internal else [])
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
    out: list[Flowable] = [Heading(_("Review schedule"), s, 0, "reviews")]
    if not ctx.doc.reviews:
        return out + [s.note(_("No reviews scheduled."))]
    rows = []
    for r in sorted(ctx.doc.reviews, key=lambda r: r.date):
        theirs = ", ".join(ctx.person_name(p) for p in r.their_attendees)
        ours = ", ".join(ctx.team_name(m) for m in r.our_attendees)
        who = "; ".join(t for t in (ours, theirs) if t)
        content = r.agenda or ""
        if r.decisions:
            content += ("\n" if content else "") + _("Decisions: {text}").format(
                text=r.decisions)
        if ctx.internal and r.notes:
            content += ("\n" if content else "") + _("Notes: {text}").format(text=r.notes)
        state = pgettext("review", "held") if r.held else (
            pgettext("review", "planned") if r.date >= ctx.today else
            _("not marked held") if ctx.internal else "")
        rows.append([f"{ctx.date(r.date)}\n{state}", r.title or _("Account review"), content,
                     who])
    out.append(s.table([_("Date"), _("Review"), _("Agenda and outcome"), _("Attendees")], rows,
                       [w * 0.14, w * 0.22, w * 0.42, w * 0.22]))
    return out


def kpis(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading(_("KPIs"), s, 0, "kpis")]
    if not ctx.doc.kpis:
        return out + [s.note(_("No KPIs recorded."))]
    charts_: list[Flowable] = []
    for k in ctx.doc.kpis:
        name = _("{name} ({unit})").format(name=k.name, unit=k.unit) if k.unit else k.name
        title = (_("{kpi}, higher is better") if k.higher_is_better
                 else _("{kpi}, lower is better")).format(kpi=name)
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
                     _("{value} ({date})").format(value=ctx.number(latest.value),
                                                  date=ctx.date(latest.date))])
    out.append(s.table([_("KPI"), _("Unit"), pgettext("KPI", "Target"), _("Latest value")],
                       rows,
                       [w * 0.4, w * 0.15, w * 0.15, w * 0.3]))
    return out


def interactions(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    w = ctx.width
    out: list[Flowable] = [Heading(_("Recent interactions"), s, 0, "interactions")]
    recent = sorted(ctx.doc.interactions, key=lambda i: i.date, reverse=True)
    if not recent:
        return out + [s.note(_("No interactions recorded."))]
    shown = recent[:RECENT_INTERACTIONS]
    if len(recent) > len(shown):
        out.append(s.para(ngettext("The latest {shown} of {n}.", "The latest {shown} of {n}.",
                                   len(recent)).format(shown=len(shown), n=len(recent)),
                          s.muted))
    rows = []
    for i in shown:
        who = [ctx.person_name(i.stakeholder)] if i.stakeholder else []
        who += [ctx.person_name(p) for p in i.participants]
        rows.append([ctx.date(i.date), label(i.channel), ", ".join(who), i.summary or ""])
    out.append(s.table([_("Date"), _("Channel"), pgettext("interaction", "With"),
                        _("Summary")], rows,
                       [w * 0.13, w * 0.11, w * 0.26, w * 0.5]))
    return out
