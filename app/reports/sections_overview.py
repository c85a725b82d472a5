"""Cover, table of contents, executive summary and account profile."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from app.assessment.gaps import all_findings
from app.assessment.health import health, is_open
from app.assessment.selection import kam_fit
from app.assessment.stages import stage_gap
from app.assessment.tiering import computed_tier
from app.i18n import _, ngettext, pgettext
from app.models.account import ObjectiveRecord, RiskRecord
from app.models.enums import ObjectiveStatus, label
from app.reports.context import Context, Heading
from app.reports.editions import Edition, edition_title
from app.reports.styles import ACCENT, gap

MM = 72 / 25.4  # points per millimetre
TOP = 3  # risks, objectives and findings in the summary
_OBJECTIVE_ORDER = {ObjectiveStatus.AT_RISK: 0, ObjectiveStatus.ON_TRACK: 1,
                    ObjectiveStatus.PLANNED: 2, None: 3, ObjectiveStatus.ACHIEVED: 4,
                    ObjectiveStatus.DROPPED: 5}


def cover(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    a = ctx.doc.account
    audience = {
        Edition.INTERNAL: _("For the account team only: contains internal assessments of "
                            "people and risks."),
        Edition.CLIENT: _("Prepared for {account}.").format(account=a.name),
        Edition.EXECUTIVE: _("For our leadership."),
    }[ctx.edition]
    rows = [(_("Account"), a.name), (_("Date"), ctx.date(ctx.today, long=True)),
            (_("Account owner"), a.owner or "—"), (_("Edition"), edition_title(ctx.edition))]
    if a.industry:
        rows.insert(1, (_("Industry"), a.industry))
    block = s.facts(rows, (38 * MM, ctx.width - 38 * MM), size=10.5)
    return [Spacer(1, 150), s.para(_("Account plan"), s.subtitle), s.para(a.name, s.title),
            _rule(ctx.width, s.fonts.text), gap(10), block, gap(18), s.para(audience, s.muted)]


def _rule(width: float, font: str) -> Table:
    t = Table([[""]], colWidths=[width], rowHeights=[3])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 2, ACCENT),
                           ("FONTNAME", (0, 0), (-1, -1), font)]))
    return t


def contents(ctx: Context) -> list[Flowable]:
    toc = TableOfContents()
    toc.levelStyles = [ctx.styles.toc1]
    toc.tableStyle = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("FONTNAME", (0, 0), (-1, -1), ctx.styles.fonts.text)])
    toc.dotsMinLevel = 0
    return [ctx.styles.para(_("Contents"), ctx.styles.h1), gap(6), toc, PageBreak()]


def top_risks(ctx: Context, n: int = TOP) -> list[RiskRecord]:
    """Open risks, highest likelihood × impact first (unscored last), file order on ties."""
    open_risks = [r for r in ctx.doc.risks if is_open(r)]
    return sorted(open_risks, key=lambda r: -(r.score or 0))[:n]


def top_objectives(ctx: Context, n: int = TOP) -> list[ObjectiveRecord]:
    """Objectives still in play, those at risk first."""
    live = [o for o in ctx.doc.objectives
            if o.status not in (ObjectiveStatus.ACHIEVED, ObjectiveStatus.DROPPED)]
    return sorted(live, key=lambda o: _OBJECTIVE_ORDER[o.status])[:n]


def stage_text(ctx: Context) -> str:
    a = ctx.doc.account
    text = label(a.relationship_stage) or _("not set")
    if a.target_stage:
        text = _("{stage} → target {target}").format(stage=text, target=label(a.target_stage))
    if ctx.internal:
        gap_ = stage_gap(ctx.doc, ctx.today)
        text = _("{stage} (the evidence supports {evidenced})").format(
            stage=text, evidenced=label(gap_.evidenced) or _("no stage yet"))
    return text


def health_text(ctx: Context) -> str:
    h = health(ctx.doc, ctx.today, ctx.settings)
    if h.score is None:
        return _("no data to score")
    text = _("{score}/100").format(score=h.score)
    if h.score < ctx.settings.churn_threshold:
        text = _("{score}, below the churn warning threshold of {threshold}").format(
            score=text, threshold=ctx.settings.churn_threshold)
    return text


def tier_text(ctx: Context) -> str:
    a = ctx.doc.account
    placement = computed_tier(a, ctx.settings)
    text = label(a.tier) or _("not set")
    if placement.tier is not None and placement.tier != a.tier:
        text = _("{tier} (the revenue figures say {computed})").format(
            tier=text, computed=label(placement.tier))
    return text


def risk_line(ctx: Context, r: RiskRecord) -> str:
    parts = [r.title]
    if r.score is not None:
        parts.append(_("likelihood {likelihood} × impact {impact}").format(
            likelihood=r.likelihood, impact=r.impact))
    if r.owner:
        parts.append(ctx.team_name(r.owner))
    return " · ".join(parts)


def objective_line(ctx: Context, o: ObjectiveRecord) -> str:
    parts = [o.title]
    if o.status:
        parts.append(label(o.status))
    if o.target_date:
        parts.append(_("by {date}").format(date=ctx.date(o.target_date)))
    return " · ".join(parts)


def summary(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    a = ctx.doc.account
    out: list[Flowable] = [Heading(_("Executive summary"), s, 0, "summary")]
    figures = [(_("Relationship stage"), stage_text(ctx))]
    if ctx.internal:
        figures += [(_("Health"), health_text(ctx)), (_("Tier"), tier_text(ctx))]
    if a.annual_revenue is not None:
        figures.append((_("Annual revenue"), ctx.money(a.annual_revenue)))
    if ctx.internal and a.potential_revenue is not None:
        figures.append((_("Potential revenue"), ctx.money(a.potential_revenue)))
    upcoming = sorted((r for r in ctx.doc.reviews if not r.held and r.date >= ctx.today),
                      key=lambda r: r.date)
    if upcoming:
        figures.append((_("Next review"), f"{ctx.date(upcoming[0].date)} "
                                          f"{upcoming[0].title or ''}".strip()))
    out.append(s.facts(figures, (38 * MM, ctx.width - 38 * MM)))
    objectives = top_objectives(ctx)
    risks = top_risks(ctx)
    # the customer's copy shows what is shared, without "nothing recorded" lines
    if objectives or ctx.internal:
        out += s.subheading(_("Top objectives"))
        out += [s.bullet(objective_line(ctx, o)) for o in objectives] or [
            s.note(_("No open objectives recorded."))]
    if risks or ctx.internal:
        out += s.subheading(_("Top risks"))
        out += [s.bullet(risk_line(ctx, r)) for r in risks] or [
            s.note(_("No open risks recorded."))]
    if ctx.internal:
        findings = [f for f in all_findings(ctx.doc, ctx.today, ctx.settings)
                    if f.severity == "high"][:TOP]
        out += s.subheading(_("Most urgent findings"))
        out += [s.bullet(f.message) for f in findings] or [
            s.note(_("No high-severity findings."))]
        h = health(ctx.doc, ctx.today, ctx.settings)
        if h.score is not None:
            out += s.subheading(_("Health, component by component"))
            rows = [[c.label, _("{points} of {most}").format(
                points=f"{c.contribution:.0f}", most=f"{h.available(c):.0f}"), c.detail]
                    for c in h.components]
            out.append(s.table([_("Component"), _("Points"), _("How it was reached")], rows,
                               [32 * MM, 24 * MM, ctx.width - 56 * MM],
                               right=(1,)))
    return out


def profile(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    a = ctx.doc.account
    out: list[Flowable] = [Heading(_("Account profile"), s, 0, "profile")]
    rows = [(pgettext("account", "Name"), a.name), (_("Industry"), a.industry or "—"),
            (_("Account owner"), a.owner or "—")]
    if ctx.internal:
        rows += [(_("Tier"), label(a.tier) or "—"),
                 (_("Lifecycle stage"), label(a.lifecycle_stage) or "—")]
    rows += [(_("Relationship stage"), label(a.relationship_stage) or "—"),
             (_("Target stage"), label(a.target_stage) or "—"),
             (_("Annual revenue"), ctx.money(a.annual_revenue) or "—")]
    if ctx.internal:
        rows.append((_("Potential revenue"), ctx.money(a.potential_revenue) or "—"))
    rows.append((_("Currency"), a.currency or "—"))
    if ctx.internal and a.notes:
        rows.append((_("Notes"), a.notes))
    out.append(s.facts(rows, (38 * MM, ctx.width - 38 * MM)))
    if ctx.internal:
        fit = kam_fit(ctx.doc)
        out += s.subheading(_("Key-account selection checklist"))
        if fit.score is None:
            out.append(s.note(_("The KAM selection checklist is not scored.")))
        else:
            out.append(s.para(ngettext(
                "Fit {score}/100 ({verdict}), {answered} of {n} criterion scored.",
                "Fit {score}/100 ({verdict}), {answered} of {n} criteria scored.",
                len(fit.items)).format(score=fit.score, verdict=fit.verdict_text,
                                       answered=fit.answered, n=len(fit.items))))
            out.append(s.table([_("Criterion"), _("Score (1–5)")],
                               [[i.label, "—" if i.score is None else str(i.score)]
                                for i in fit.items],
                               [80 * MM, 30 * MM], right=(1,)))
    return out
