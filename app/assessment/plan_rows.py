"""Figures shown beside the entries of an account plan: a risk's score, an
objective's milestone progress, a KPI's attainment, a quarter's variance.

Each comes as a value to sort by and a text to show, so that a table sorts 8
before 12 and "−315,000" below "+8,000", and the plan's tables, its PDF and
health (``kpi_attainment``) can never disagree on a figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from app import money as figures
from app.assessment.health import kpi_attainment
from app.assessment.wording import percent
from app.i18n import _, ngettext, pgettext
from app.models.account import (
    AccountFile,
    KpiRecord,
    KpiValue,
    MilestoneRecord,
    ObjectiveRecord,
    RevenueRecord,
    TeamMemberRecord,
)


def milestone_progress(objective: ObjectiveRecord, today: dt.date) -> str:
    """'1 of 3 done, next 2027-03-01' ('… 1 overdue' when a due date has passed)."""
    stones = objective.milestones
    if not stones:
        return ""
    done = sum(m.done for m in stones)
    text = _("{done} of {total} done").format(done=done, total=len(stones))
    late = overdue_milestones(stones, today)
    upcoming = next_milestone(objective)
    if upcoming is not None:
        text = _("{progress}, next {date}").format(progress=text, date=upcoming.isoformat())
    if late:
        # Translators: {n} milestones are overdue
        text = ngettext("{progress}, {n} overdue", "{progress}, {n} overdue",
                        len(late)).format(progress=text, n=len(late))
    return text


def next_milestone(objective: ObjectiveRecord) -> dt.date | None:
    """The earliest due date of the milestones not done yet."""
    return min((m.due for m in objective.milestones if not m.done and m.due is not None),
               default=None)


def overdue_milestones(stones: Sequence[MilestoneRecord], today: dt.date
                       ) -> list[MilestoneRecord]:
    return [m for m in stones if not m.done and m.due is not None and m.due < today]


def owned_by(member: TeamMemberRecord, doc: AccountFile) -> list[str]:
    """Names of the stakeholders whose owner on our side is this member."""
    return [s.name for s in doc.stakeholders if (s.our_owner or "").strip() == member.name]


def latest_value(kpi: KpiRecord, today: dt.date) -> KpiValue | None:
    """The latest measurement on or before ``today`` (a later one is a typo or a
    forecast, not a measurement: health ignores it too)."""
    past = [v for v in kpi.values if v.date <= today]
    return max(past, key=lambda v: v.date) if past else None


#: writes a number for people to read: app.money's, in English unless the caller
#: passes its locale's (the app: 1.234,5 in German; the PDF: its context's)
Number = Callable[[float], str]


def latest_text(kpi: KpiRecord, today: dt.date, number: Number = figures.number) -> str:
    latest = latest_value(kpi, today)
    if latest is None:
        return ""
    unit = f" {kpi.unit}" if kpi.unit else ""
    return f"{number(latest.value)}{unit} ({latest.date.isoformat()})"


def attainment(kpi: KpiRecord, today: dt.date) -> float | None:
    """As health counts it: 0–1, 1 when the target is met."""
    return kpi_attainment(kpi, today)


def attainment_text(kpi: KpiRecord, today: dt.date) -> str:
    share = attainment(kpi, today)
    if share is None:
        return ""
    return pgettext("KPI attainment", "met") if share >= 1 else percent(share)


def variance(quarter: RevenueRecord) -> float | None:
    """Actual minus planned revenue; None until both are known."""
    if quarter.planned is None or quarter.actual is None:
        return None
    return quarter.actual - quarter.planned


def variance_text(quarter: RevenueRecord, number: Number = figures.number) -> str:
    """'+12,000 (+10%)', '−32,000 (−7%)', 'on plan'."""
    diff = variance(quarter)
    if diff is None:
        return ""
    if not diff:
        return pgettext("revenue variance", "on plan")
    assert quarter.planned is not None
    sign = "+" if diff > 0 else "−"  # a real minus sign
    text = f"{sign}{number(abs(round(diff)))}"
    if not quarter.planned:
        return text
    ratio = diff / quarter.planned
    return f"{text} ({'−' if ratio < 0 else '+'}{percent(abs(ratio))})"


def year_totals(plan: Sequence[RevenueRecord]) -> list[tuple[int, float, float, int]]:
    """Per year of the revenue plan: (year, planned, actual, quarters with an actual)."""
    years: dict[int, list[RevenueRecord]] = {}
    for quarter in plan:
        years.setdefault(quarter.year, []).append(quarter)
    return [(year, sum(q.planned or 0.0 for q in qs), sum(q.actual or 0.0 for q in qs),
             sum(q.actual is not None for q in qs))
            for year, qs in sorted(years.items())]


def year_totals_text(plan: Sequence[RevenueRecord], currency: str | None,
                     amount: Callable[[float, str | None], str] = figures.money) -> str:
    """'2026: planned EUR 1,840,000, actual EUR 1,270,000 (3 of 4 quarters) · 2027: …':
    full figures, as in a sentence; ``amount(value, currency)`` writes the amounts (the
    app passes its locale's)."""
    parts = []
    for year, planned, actual, measured in year_totals(plan):
        text = (_("{year}: planned {amount}").format(year=year, amount=amount(planned, currency))
                if planned else _("{year}: nothing planned").format(year=year))
        if measured == 4:
            text = _("{totals}, actual {amount}").format(totals=text,
                                                          amount=amount(actual, currency))
        elif measured:
            text = _("{totals}, actual {amount} ({measured} of 4 quarters)").format(
                totals=text, amount=amount(actual, currency), measured=measured)
        parts.append(text)
    return " · ".join(parts)
