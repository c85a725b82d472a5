"""Account health, 0–100, as a sum of components the user can check by hand.

No black box: each component has an exact rule, a score from 0 to 1, the
points it adds and a sentence saying why (``Component.detail``). The rules,
the weights and the warnings are documented in ``docs/health.md``; keep the
two in step.

Missing data never makes an account look healthier: no contact, no key people
or no stance recorded scores 0, not "unknown". Only the plan's components have
no score while their section is empty (no risk register, no KPI measured
against a target): an account plan is optional, so they are left out and the
other weights are rescaled.

``today`` is always a parameter, so that results are reproducible, and
``state_as_of`` rebuilds the account as it stood on an earlier day, which is
what the health trend compares against.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.assessment.settings import ScoringSettings
from app.assessment.wording import day, listing, names, percent, sentence, signed, with_value
from app.graph.analysis import Finding
from app.i18n import N_, _, ngettext, pgettext
from app.models.account import (
    AccountFile,
    InteractionRecord,
    KpiRecord,
    RelationshipChangeRecord,
    RiskRecord,
    StakeholderRecord,
    StanceChangeRecord,
)
from app.models.enums import BuyingRole, RiskStatus, Stance

COMPONENTS = ("recency", "frequency", "coverage", "stance", "risks", "kpis")
#: each component's name (English; ``Component.label`` is in the language of the moment)
LABELS = {
    "recency": N_("Recency"),
    "frequency": N_("Frequency"),
    "coverage": N_("Coverage"),
    "stance": N_("Stance"),
    "risks": N_("Risks"),
    "kpis": N_("KPIs"),
}


def in_sentence(key: str) -> str:
    """A component's name inside a finding's sentence ("weakest: coverage (…)")."""
    return {
        "recency": pgettext("health component in a sentence", "recency"),
        "frequency": pgettext("health component in a sentence", "frequency"),
        "coverage": pgettext("health component in a sentence", "coverage"),
        "stance": pgettext("health component in a sentence", "stance"),
        "risks": pgettext("health component in a sentence", "risks"),
        "kpis": pgettext("health component in a sentence", "KPIs"),
    }[key]

FRESH_DAYS = 14  # recency: full marks up to this many days since the last contact
COLD_DAYS = 120  # recency: no marks from this many days
FREQUENCY_DAYS = 90  # frequency: interactions this many days back, up to today
FULL_FREQUENCY = 6  # frequency: this many interactions or more is full marks
KEY_INFLUENCE = 4  # coverage: a key person has influence at least this ...
KEY_ROLES = (BuyingRole.ECONOMIC_BUYER, BuyingRole.DECISION_MAKER)  # ... or one of these
COVERED = 2  # coverage: relationship "Working" or better
STANCE_VALUES = {
    Stance.CHAMPION: 1.0,
    Stance.SUPPORTER: 0.5,
    Stance.NEUTRAL: 0.0,
    Stance.SKEPTIC: -0.5,
    Stance.BLOCKER: -1.0,
}
HIGH_RISK = 15  # risks: likelihood × impact at least this is a high risk ...
TOLERATED_HIGH_RISKS = 3  # ... and this many open high risks score 0
_WEAKEST_SHOWN = 2  # components named in a finding message


@dataclass(frozen=True)
class Component:
    """One part of the health score and how it was reached.

    ``score`` is 0–1, or None when it has no data (an empty risk register or
    no KPI to measure; then it is left out and the other weights are
    rescaled); ``contribution`` is the points of the 0–100 total it adds.
    """

    key: str
    label: str
    weight: int
    score: float | None
    contribution: float
    detail: str


@dataclass(frozen=True)
class Health:
    """The health score as of a day; ``score`` is None when nothing weighted has data."""

    score: int | None
    components: tuple[Component, ...]
    as_of: dt.date

    def component(self, key: str) -> Component:
        return next(c for c in self.components if c.key == key)

    def available(self, component: Component) -> float:
        """Points the component adds at full marks, after rescaling (0 without data)."""
        total = sum(c.weight for c in self.components if c.score is not None)
        if component.score is None or not total:
            return 0.0
        return component.weight / total * 100


@dataclass(frozen=True)
class _Measure:
    score: float | None
    detail: str


def _names(people: Iterable[StakeholderRecord]) -> str:
    return names([p.name for p in people])


def last_contact(doc: AccountFile, today: dt.date) -> dt.date | None:
    """Latest contact on or before ``today``: a logged interaction or a person's
    last-contact date (either may be updated without the other)."""
    dates = [i.date for i in doc.interactions]
    dates += [p.last_contact for p in doc.stakeholders if p.last_contact is not None]
    past = [d for d in dates if d <= today]
    return max(past, default=None)


def _recency(doc: AccountFile, today: dt.date) -> _Measure:
    rule = _("full marks up to {fresh} days, none from {cold}").format(fresh=FRESH_DAYS,
                                                                       cold=COLD_DAYS)
    latest = last_contact(doc, today)
    if latest is None:
        return _Measure(0.0, _("no contact recorded ({rule})").format(rule=rule))
    days = (today - latest).days
    score = min(1.0, max(0.0, (COLD_DAYS - days) / (COLD_DAYS - FRESH_DAYS)))
    when = (pgettext("last contact", "today") if days == 0
            else ngettext("{n} day ago", "{n} days ago", days).format(n=days))
    return _Measure(score, _("last contact {when}, on {date} ({rule})").format(
        when=when, date=day(latest), rule=rule))


def _frequency(doc: AccountFile, today: dt.date) -> _Measure:
    recent = [i for i in doc.interactions if 0 <= (today - i.date).days <= FREQUENCY_DAYS]
    score = min(len(recent) / FULL_FREQUENCY, 1.0)
    return _Measure(score, ngettext(
        "{n} interaction in the last {days} days (full marks from {full})",
        "{n} interactions in the last {days} days (full marks from {full})",
        len(recent)).format(n=len(recent), days=FREQUENCY_DAYS, full=FULL_FREQUENCY))


def is_key_person(person: StakeholderRecord) -> bool:
    """Influential (4 or 5) or holding the budget or the decision."""
    return ((person.influence is not None and person.influence >= KEY_INFLUENCE)
            or person.role in KEY_ROLES)


def _coverage(doc: AccountFile, today: dt.date) -> _Measure:
    key = [p for p in doc.stakeholders if is_key_person(p)]
    if not key:
        return _Measure(0.0, _("no key people identified (influence 4+, economic buyer "
                               "or decision maker)"))
    uncovered = [p for p in key if (p.relationship or 0) < COVERED]
    covered = len(key) - len(uncovered)
    detail = ngettext("{covered} of {n} key person with a working relationship or better (2+)",
                      "{covered} of {n} key people with a working relationship or better (2+)",
                      len(key)).format(covered=covered, n=len(key))
    if uncovered:
        detail = _("{detail}; not yet: {names}").format(detail=detail,
                                                        names=_names(uncovered))
    return _Measure(covered / len(key), detail)


def _stance(doc: AccountFile, today: dt.date) -> _Measure:
    rated = [p for p in doc.stakeholders if p.stance is not None]
    if not rated:
        return _Measure(0.0, _("no stance recorded"))
    # Unset influence weighs 1: the person counts, but no more than we know.
    weights = [p.influence or 1 for p in rated]
    values = [STANCE_VALUES[p.stance] for p in rated if p.stance is not None]
    mean = sum(w * v for w, v in zip(weights, values, strict=True)) / sum(weights)
    return _Measure((mean + 1) / 2, ngettext(
        "influence-weighted stance {mean} over {n} person with a stance "
        "(−1 all blockers, +1 all champions)",
        "influence-weighted stance {mean} over {n} people with a stance "
        "(−1 all blockers, +1 all champions)", len(rated)).format(mean=signed(mean),
                                                                   n=len(rated)))


def is_open(risk: RiskRecord) -> bool:
    """Open or being mitigated; a risk without a status counts as open."""
    return risk.status is not RiskStatus.CLOSED


def is_high(risk: RiskRecord) -> bool:
    """Likelihood × impact of 15 or more (e.g. 3 × 5, 4 × 4); unrated is not high."""
    return risk.score is not None and risk.score >= HIGH_RISK


def _risks(doc: AccountFile, today: dt.date) -> _Measure:
    if not doc.risks:
        return _Measure(None, _("no risk register yet"))
    high = sorted((r for r in doc.risks if is_open(r) and is_high(r)),
                  key=lambda r: -(r.score or 0))  # stable: file order among equals
    rule = _("high: likelihood × impact {high}+; full marks with none, 0 from "
             "{tolerated}").format(high=HIGH_RISK, tolerated=TOLERATED_HIGH_RISKS)
    score = 1 - min(len(high) / TOLERATED_HIGH_RISKS, 1.0)
    if not high:
        return _Measure(score, ngettext("no open high risk among {n} risk ({rule})",
                                        "no open high risk among {n} risks ({rule})",
                                        len(doc.risks)).format(n=len(doc.risks), rule=rule))
    listed = names([with_value(r.title, r.score) for r in high])
    return _Measure(score, ngettext("{n} open high risk: {risks} ({rule})",
                                    "{n} open high risks: {risks} ({rule})",
                                    len(high)).format(n=len(high), risks=listed, rule=rule))


def kpi_attainment(kpi: KpiRecord, today: dt.date) -> float | None:
    """How far the latest value on or before ``today`` reaches the target, 0–1
    (see docs/health.md); None without a target or such a value."""
    past = [v for v in kpi.values if v.date <= today]
    if kpi.target is None or not past:
        return None
    value, target = max(past, key=lambda v: v.date).value, kpi.target
    met = value >= target if kpi.higher_is_better else value <= target
    if met:
        return 1.0
    if target <= 0:
        return 0.0  # a ratio to a target of 0 or below means nothing
    # not met and target > 0: higher is better → value < target; lower → value > target > 0
    return max(value, 0.0) / target if kpi.higher_is_better else target / value


def _kpis(doc: AccountFile, today: dt.date) -> _Measure:
    measured = [(k, a) for k in doc.kpis if (a := kpi_attainment(k, today)) is not None]
    if not measured:
        return _Measure(None, _("no KPI with a target and a value yet") if doc.kpis
                        else _("no KPIs yet"))
    mean = sum(a for _kpi, a in measured) / len(measured)
    detail = ngettext("mean attainment {mean} over {n} KPI with a target and a value",
                      "mean attainment {mean} over {n} KPIs with a target and a value",
                      len(measured)).format(mean=percent(mean), n=len(measured))
    short = sorted(((a, k.name) for k, a in measured if a < 1), key=lambda p: p[0])
    if short:
        detail = _("{detail}; below target: {kpis}").format(
            detail=detail, kpis=names([with_value(name, percent(a)) for a, name in short]))
    return _Measure(mean, detail)


# The one place where a component gets its data.
_MEASURES: dict[str, Callable[[AccountFile, dt.date], _Measure]] = {
    "recency": _recency,
    "frequency": _frequency,
    "coverage": _coverage,
    "stance": _stance,
    "risks": _risks,
    "kpis": _kpis,
}
assert tuple(_MEASURES) == COMPONENTS


def round_half_up(value: float) -> int:
    """72.5 → 73, as people round by hand (Python's round() gives 72)."""
    return math.floor(round(value, 9) + 0.5)


#: components that measure the relationship with the customer's people
PEOPLE_COMPONENTS = ("recency", "frequency", "coverage", "stance")
NOT_ENOUGH_DATA = N_("not enough data: no people or interactions recorded yet")


def health(doc: AccountFile, today: dt.date, settings: ScoringSettings) -> Health:
    """Health of the account as of ``today``, with every component explained.

    contribution = weight / (sum of the weights of components with data)
    × score × 100, so components without data neither help nor hurt.
    """
    weights = settings.weights.model_dump()
    measures = {key: _MEASURES[key](doc, today) for key in COMPONENTS}
    if not doc.stakeholders and not doc.interactions:
        # A new account: no contact, coverage or stance yet is not a bad relationship
        # but an unknown one; scoring it 0 would raise a churn warning on day one.
        for key in PEOPLE_COMPONENTS:
            measures[key] = _Measure(None, _(NOT_ENOUGH_DATA))
    total = sum(weights[k] for k, m in measures.items() if m.score is not None)
    components = []
    for key, m in measures.items():
        share = weights[key] / total * 100 if total and m.score is not None else 0.0
        components.append(Component(key, _(LABELS[key]), weights[key], m.score,
                                    share * (m.score or 0.0), m.detail))
    score = round_half_up(sum(c.contribution for c in components)) if total else None
    return Health(score, tuple(components), today)


#: a dated change of a person's stance or relationship
_Change = StanceChangeRecord | RelationshipChangeRecord


def _first_changes_after(history: Iterable[_Change], day: dt.date
                         ) -> dict[tuple[str, str], _Change]:
    """Per (person, field): the earliest change after ``day``, the first in file order
    among changes of that date. One pass over the history."""
    first: dict[tuple[str, str], _Change] = {}
    for change in history:
        if change.date > day:
            key = (change.stakeholder, change.field)
            seen = first.get(key)
            if seen is None or change.date < seen.date:
                first[key] = change
    return first


def _latest_talks(interactions: Iterable[InteractionRecord]) -> dict[str, dt.date]:
    """Per person: the date of their latest interaction (as its main person)."""
    latest: dict[str, dt.date] = {}
    for talk in interactions:
        if talk.stakeholder is not None:
            seen = latest.get(talk.stakeholder)
            if seen is None or talk.date > seen:
                latest[talk.stakeholder] = talk.date
    return latest


def _rolled_back(person: StakeholderRecord,
                 first_after: dict[tuple[str, str], _Change],
                 latest_talk: dict[str, dt.date], day: dt.date) -> StakeholderRecord:
    update: dict[str, object] = {}
    for field in ("stance", "relationship"):
        change = first_after.get((person.id, field))
        if change is not None:
            # The earliest change after the day started from the value of that day.
            update[field] = change.old
    if person.last_contact is not None and person.last_contact > day:
        update["last_contact"] = latest_talk.get(person.id)
    return person.model_copy(update=update) if update else person


def state_as_of(doc: AccountFile, day: dt.date) -> AccountFile:
    """The account as it stood on ``day``, as far as the dated records tell.

    Interactions, history entries, dated stage evidence and KPI values after
    ``day`` are dropped; each person's stance and relationship are rolled back
    through the stakeholder history, and a last contact after ``day`` becomes
    their latest interaction up to ``day`` (or none). Undated data (who the
    people are, their roles, influence, the account profile, the risk register)
    cannot be rolled back and is kept.

    Linear in the size of the account: the history and the interactions are
    gathered per person once, not searched again for every person.
    """
    interactions = [i for i in doc.interactions if i.date <= day]
    first_after = _first_changes_after(doc.stakeholder_history, day)
    latest_talk = _latest_talks(interactions)
    people = [_rolled_back(person, first_after, latest_talk, day)
              for person in doc.stakeholders]
    return doc.model_copy(update={
        "stakeholders": people,
        "interactions": interactions,
        "stakeholder_history": [c for c in doc.stakeholder_history if c.date <= day],
        "stage_history": [s for s in doc.stage_history if s.date <= day],
        "stage_evidence": [e for e in doc.stage_evidence if e.date is None or e.date <= day],
        "kpis": [k if all(v.date <= day for v in k.values) else
                 k.model_copy(update={"values": [v for v in k.values if v.date <= day]})
                 for k in doc.kpis],
    })


def health_trend(doc: AccountFile, today: dt.date,
                 settings: ScoringSettings) -> tuple[Health, Health]:
    """(health ``drop_window_days`` ago, health today): what a sharp drop compares."""
    then = today - dt.timedelta(days=settings.drop_window_days)
    return health(state_as_of(doc, then), then, settings), health(doc, today, settings)


def _points(value: float) -> str:
    return f"{round_half_up(value)}"


def _weakest(now: Health) -> str:
    """The components furthest below full marks, worst first: where to act ("" if none
    is)."""
    lost = sorted(((now.available(c) - c.contribution, -COMPONENTS.index(c.key), c)
                   for c in now.components), reverse=True)
    parts = []
    for gap, _index, c in lost[:_WEAKEST_SHOWN]:
        if gap >= 0.5:
            available = round_half_up(now.available(c))
            parts.append(ngettext("{component} ({points} of {available} point)",
                                  "{component} ({points} of {available} points)",
                                  available).format(component=in_sentence(c.key),
                                                    points=_points(c.contribution),
                                                    available=available))
    return listing(parts)


def _most_lost(then: Health, now: Health) -> str:
    """The components whose points fell the most between the two days ("" if none did)."""
    deltas = [(n.contribution - t.contribution, COMPONENTS.index(n.key), n.key)
              for t, n in zip(then.components, now.components, strict=True)]
    falls = [d for d in sorted(deltas) if d[0] <= -0.5][:_WEAKEST_SHOWN]
    parts = []
    for delta, _index, key in falls:
        points = round_half_up(-delta)
        parts.append(ngettext("{component} (−{n} point)", "{component} (−{n} points)",
                              points).format(component=in_sentence(key), n=points))
    return listing(parts)


def health_findings(doc: AccountFile, today: dt.date, settings: ScoringSettings,
                    trend: tuple[Health, Health] | None = None) -> list[Finding]:
    """At most one "health_drop" finding: below the churn threshold (high), else
    a sharp drop within the window (medium). Nothing when health has no score.

    ``trend``: ``health_trend(doc, today, settings)`` when the caller has it already
    (the portfolio scores thousands of accounts; health is the costly part)."""
    then, now = trend if trend is not None else health_trend(doc, today, settings)
    if now.score is None:
        return []
    sharp = then.score is not None and then.score - now.score >= settings.drop_points
    since = day(then.as_of)
    if now.score < settings.churn_threshold:
        if sharp:
            message = _("Health {score}/100 is below the churn warning threshold of "
                        "{threshold}, down from {before} since {since}").format(
                score=now.score, threshold=settings.churn_threshold, before=then.score,
                since=since)
        else:
            message = _("Health {score}/100 is below the churn warning threshold of "
                        "{threshold}").format(score=now.score,
                                              threshold=settings.churn_threshold)
        weakest = _weakest(now)
        if weakest:
            message = _("{message}; weakest: {components}").format(message=message,
                                                                   components=weakest)
        return [Finding("health_drop", "high", (), sentence(message))]
    if sharp:
        message = _("Health fell from {before} to {score} since {since}").format(
            before=then.score, score=now.score, since=since)
        most_lost = _most_lost(then, now)
        if most_lost:
            message = _("{message}; most lost: {components}").format(message=message,
                                                                     components=most_lost)
        return [Finding("health_drop", "medium", (), sentence(message))]
    return []
