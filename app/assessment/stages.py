"""Cranfield relationship stages: the evidence checklist, the evidence stage and the gap.

The ladder runs exploratory → basic → cooperative → interdependent → integrated;
disintegrating is off the ladder (a relationship breaking down, from any stage).
Each ladder stage has criteria: some computed from the account data, others
ticked by the user (``stage_evidence``), because no data shows whether the
customer lists us as a preferred supplier. ``evaluate`` checks every criterion,
``stage_gap`` compares the recorded stage and the target with what the evidence
supports, and ``stage_findings`` turns that into ``Finding``s for the Insights
panel. The exact rules are in ``docs/stages.md``; keep the two in step.

Missing values never make the account look better than the data shows: an
unset relationship is 0, unset influence is no key person, an unset stance is
neither friend nor opponent, and a date after today is no contact (yet).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from app.assessment.people import (
    DIAMOND_OURS,
    DIAMOND_THEIRS,
    WORKING,
    is_working,
    relationship_of,
    relationship_shape,
)
from app.assessment.wording import day, listing, lower_first, money, month, names, with_value
from app.graph.analysis import (
    FRIENDLY,
    KEY_INFLUENCE,
    OPPONENTS,
    POWER_ROLES,
    TRUSTED,
    Finding,
    Severity,
    finding_order,
)
from app.graph.model import stakeholders_by_id
from app.i18n import N_, _, ngettext
from app.models.account import AccountFile, EvidenceRecord, StakeholderRecord
from app.models.enums import Evidence, RelationshipStage, label

S = RelationshipStage
LADDER: tuple[RelationshipStage, ...] = (S.EXPLORATORY, S.BASIC, S.COOPERATIVE,
                                         S.INTERDEPENDENT, S.INTEGRATED)

KIND = "stage_gap"
BEYOND_PEOPLE = 3  # contacts_beyond_purchasing: working relationships ...
BEYOND_DEPARTMENTS = 2  # ... spread over at least this many departments
REGULAR_MONTHS = 3  # regular_contact: distinct calendar months with an interaction ...
REGULAR_WINDOW_DAYS = 180  # ... no more than this many days before today


#: the figures the criteria's explanations quote, by their placeholders' names
_FIGURES = {"people": BEYOND_PEOPLE, "departments": BEYOND_DEPARTMENTS,
            "months": REGULAR_MONTHS, "days": REGULAR_WINDOW_DAYS, "ours": DIAMOND_OURS,
            "theirs": DIAMOND_THEIRS, "influence": KEY_INFLUENCE}


@dataclass(frozen=True)
class Criterion:
    """One line of the stage checklist.

    ``id`` is ``stage.criterion`` (a stable key, never translated); for a manual
    criterion it equals the ``Evidence`` value the user ticks. ``explanation`` says
    why it matters and, for a computed one, the exact rule. ``title`` and
    ``explanation`` are in the language of the moment (a window's, a PDF's); the
    English sources are ``title_source`` and ``explanation_source``.
    """

    id: str
    stage: RelationshipStage
    title_source: str
    explanation_source: str
    computed: bool

    @property
    def title(self) -> str:
        return _(self.title_source)

    @property
    def explanation(self) -> str:
        return _(self.explanation_source).format(**_FIGURES)


def _computed(key: str, title: str, explanation: str) -> Criterion:
    return Criterion(key, RelationshipStage(key.split(".")[0]), title, explanation, True)


def _manual(evidence: Evidence, title: str, explanation: str) -> Criterion:
    return Criterion(evidence.value, RelationshipStage(evidence.value.split(".")[0]), title,
                     explanation, False)


CRITERIA: tuple[Criterion, ...] = (
    _computed("exploratory.potential_assessed", N_("Potential revenue assessed"),
              N_("Knowing what the account could be worth is the reason to invest in it: "
                 "met when a potential revenue above 0 is recorded.")),
    _computed("exploratory.contact_made", N_("First contact made"),
              N_("A relationship starts with a first conversation: met when an interaction "
                 "or a stakeholder's last contact is dated on or before today.")),
    _computed("basic.named_contact", N_("A named contact with a working relationship"),
              N_("In a basic relationship we deal with at least one known person: met when "
                 "at least one stakeholder's relationship is 2 (Working) or more.")),
    _computed("basic.trading", N_("Trading: annual revenue recorded"),
              N_("A basic relationship is a trading one: met when an annual revenue above 0 "
                 "is recorded.")),
    _manual(Evidence.QUALIFIED_SUPPLIER, N_("Approved supplier"),
            N_("The customer lists us as an approved (qualified) supplier, so its people "
               "may buy from us; tick it when that is confirmed.")),
    _computed("cooperative.contacts_beyond_purchasing",
              N_("Several contacts beyond purchasing"),
              N_("Cooperation reaches past the buyer into other functions: met when at least "
                 "{people} stakeholders have a relationship of 2 (Working) or more, in "
                 "at least {departments} different recorded departments.")),
    _computed("cooperative.regular_contact", N_("Regular contact"),
              N_("Cooperation needs a steady rhythm, not one-off calls: met when interactions "
                 "fall in at least {months} different calendar months, each no more "
                 "than {days} days before today.")),
    _manual(Evidence.REVIEWS_HELD, N_("Account reviews held"),
            N_("We reviewed the account with the customer in the last 6 months; tick it for "
               "now (it will be computed from the account plan's reviews when that feature "
               "lands).")),
    _manual(Evidence.PREFERRED_SUPPLIER, N_("Preferred supplier"),
            N_("The customer prefers us over other approved suppliers (first call, larger "
               "share); tick it when they have said or shown so.")),
    _computed("interdependent.senior_sponsor", N_("A senior sponsor on their side"),
              N_("Interdependence needs someone with power who vouches for us: met when an "
                 "economic buyer or decision maker has a relationship of 3 (Trusted) or more "
                 "and is a supporter or champion.")),
    _manual(Evidence.OUR_EXECUTIVE_SPONSOR, N_("Our executive sponsor engaged"),
            N_("A senior executive on our side owns the relationship with the customer's "
               "leadership; tick it when one is named and active.")),
    _computed("interdependent.multi_threaded", N_("Many-to-many contacts (diamond)"),
              N_("Interdependence does not hang on one pair of people: met when at least "
                 "{ours} of our people (our owner) hold working relationships (2 or "
                 "more) with at least {theirs} of theirs.")),
    _manual(Evidence.JOINT_PLANS, N_("Joint account plans"),
            N_("We plan the business together with the customer, with shared goals; tick it "
               "when a plan has been agreed with them.")),
    _manual(Evidence.STRATEGIC_INFORMATION, N_("Strategic information shared"),
            N_("The customer shares plans, forecasts or costs it would not show a mere "
               "supplier; tick it when that happens.")),
    _computed("integrated.key_people_covered", N_("Every key person trusted"),
              N_("Integration means trust at every level that matters: met when there is at "
                 "least one key person (influence {influence} or more, or economic buyer "
                 "or decision maker) and every key person's relationship is 3 (Trusted) or "
                 "more.")),
    _computed("integrated.no_key_opponents", N_("No key person against us"),
              N_("One powerful opponent can undo an integrated relationship: met when there "
                 "is at least one key person and none of them is a skeptic or blocker.")),
    _manual(Evidence.JOINT_TEAMS, N_("Joint teams"),
            N_("People from both companies work in joint teams on shared goals; tick it when "
               "such teams exist.")),
    _manual(Evidence.SHARED_SYSTEMS, N_("Shared systems and processes"),
            N_("Systems or processes are linked across the two companies (shared forecasts, "
               "connected ordering, common quality system); tick it when in place.")),
    _manual(Evidence.JOINT_VALUE, N_("Joint value creation"),
            N_("We develop value together (joint products, cost savings, market entry) and "
               "share its results; tick it when a joint initiative runs.")),
)

assert [c.stage for c in CRITERIA] == sorted((c.stage for c in CRITERIA), key=LADDER.index)
assert sorted(c.id for c in CRITERIA if not c.computed) == sorted(e.value for e in Evidence)


@dataclass(frozen=True)
class CriterionResult:
    """A criterion checked against an account.

    ``detail`` gives the concrete numbers or the tick; ``stakeholders`` are the ids
    of the people it concerns (such as the key people not yet trusted), file order.
    """

    criterion: Criterion
    met: bool
    detail: str
    stakeholders: tuple[str, ...] = ()


# --- computed criteria --------------------------------------------------------------------

_Outcome = tuple[bool, str, tuple[str, ...]]


@dataclass(frozen=True)
class _Facts:
    """What the rules share, read once per evaluation."""

    doc: AccountFile
    today: dt.date
    people: dict[str, StakeholderRecord]

    def working(self) -> list[str]:
        return [k for k, p in self.people.items() if is_working(p)]

    def key_people(self) -> list[str]:
        return [k for k, p in self.people.items()
                if (p.influence is not None and p.influence >= KEY_INFLUENCE)
                or p.role in POWER_ROLES]

    def names(self, keys: Iterable[str]) -> str:
        return names([self.people[k].name for k in keys])


def _potential_assessed(f: _Facts) -> _Outcome:
    value = f.doc.account.potential_revenue
    if value is None:
        return False, _("potential revenue not recorded"), ()
    if value <= 0:
        return False, _("potential revenue recorded as 0"), ()
    return True, _("potential revenue {amount}").format(
        amount=money(value, f.doc.account.currency)), ()


def _trading(f: _Facts) -> _Outcome:
    value = f.doc.account.annual_revenue
    if value is None:
        return False, _("annual revenue not recorded"), ()
    if value <= 0:
        return False, _("annual revenue recorded as 0"), ()
    return True, _("annual revenue {amount}").format(
        amount=money(value, f.doc.account.currency)), ()


def _contact_made(f: _Facts) -> _Outcome:
    dates = [i.date for i in f.doc.interactions]
    dates += [p.last_contact for p in f.people.values() if p.last_contact is not None]
    past = [d for d in dates if d <= f.today]
    if past:
        return True, _("last contact {date}").format(date=day(max(past))), ()
    if dates:
        return False, _("no contact on or before {date}, only later dates").format(
            date=day(f.today)), ()
    return False, _("no contact recorded"), ()


def _named_contact(f: _Facts) -> _Outcome:
    working = f.working()
    if not working:
        return False, _("no working relationship yet (needs relationship {level} or "
                        "more)").format(level=WORKING), ()
    return True, ngettext("{n} working relationship: {names}",
                          "{n} working relationships: {names}", len(working)).format(
        n=len(working), names=f.names(working)), tuple(working)


def _department(person: StakeholderRecord) -> str | None:
    """Departments compare without case or surrounding spaces ("Finance " = "finance")."""
    text = (person.department or "").strip().casefold()
    return text or None


def _contacts_beyond_purchasing(f: _Facts) -> _Outcome:
    working = f.working()
    departments = {d for k in working if (d := _department(f.people[k])) is not None}
    without = sum(1 for k in working if _department(f.people[k]) is None)
    met = len(working) >= BEYOND_PEOPLE and len(departments) >= BEYOND_DEPARTMENTS
    where = ngettext("in {n} department", "in {n} departments",
                     len(departments)).format(n=len(departments))
    detail = ngettext("{n} working relationship {in_departments}",
                      "{n} working relationships {in_departments}", len(working)).format(
        n=len(working), in_departments=where)
    if without:
        detail = _("{detail}, {n} without a department").format(detail=detail, n=without)
    if not met:
        detail = _("{detail} (needs {people} in {departments})").format(
            detail=detail, people=BEYOND_PEOPLE, departments=BEYOND_DEPARTMENTS)
    return met, detail, tuple(working)


def _regular_contact(f: _Facts) -> _Outcome:
    months = sorted({(i.date.year, i.date.month) for i in f.doc.interactions
                     if 0 <= (f.today - i.date).days <= REGULAR_WINDOW_DAYS})
    met = len(months) >= REGULAR_MONTHS
    detail = ngettext("interactions in {n} calendar month of the last {days} days",
                      "interactions in {n} calendar months of the last {days} days",
                      len(months)).format(n=len(months), days=REGULAR_WINDOW_DAYS)
    if months:
        detail = _("{detail}: {months}").format(
            detail=detail, months=listing([month(dt.date(y, m, 1)) for y, m in months]))
    if not met:
        detail = _("{detail} (needs {n})").format(detail=detail, n=REGULAR_MONTHS)
    return met, detail, ()


def _senior_sponsor(f: _Facts) -> _Outcome:
    power = [k for k, p in f.people.items() if p.role in POWER_ROLES]
    sponsors = [k for k in power if relationship_of(f.people[k]) >= TRUSTED
                and f.people[k].stance in FRIENDLY]
    if sponsors:
        return True, _("trusted and a supporter or champion: {names}").format(
            names=f.names(sponsors)), tuple(sponsors)
    if not power:
        return False, _("no economic buyer or decision maker identified"), ()
    return False, _("no economic buyer or decision maker is both trusted ({level} or more) "
                    "and a supporter or champion: {names}").format(
        level=TRUSTED, names=f.names(power)), tuple(power)


def _multi_threaded(f: _Facts) -> _Outcome:
    shape = relationship_shape(f.doc)
    met = shape.kind == "diamond"
    detail = shape.explanation
    if not met:
        detail = _("{detail} (needs {ours} of ours and {theirs} of theirs)").format(
            detail=detail, ours=DIAMOND_OURS, theirs=DIAMOND_THEIRS)
    return met, detail, shape.theirs


def _no_key_person() -> str:
    return _("no key person identified (influence {influence} or more, or economic "
             "buyer or decision maker)").format(influence=KEY_INFLUENCE)


def _key_people_covered(f: _Facts) -> _Outcome:
    key = f.key_people()
    if not key:
        return False, _no_key_person(), ()
    weak = [k for k in key if relationship_of(f.people[k]) < TRUSTED]
    detail = ngettext("{trusted} of {n} key person trusted",
                      "{trusted} of {n} key people trusted", len(key)).format(
        trusted=len(key) - len(weak), n=len(key))
    if weak:
        detail = _("{detail}; not yet: {names}").format(detail=detail, names=f.names(weak))
    return not weak, detail, tuple(weak)


def _no_key_opponents(f: _Facts) -> _Outcome:
    key = f.key_people()
    if not key:
        return False, _no_key_person(), ()
    against = [k for k in key if f.people[k].stance in OPPONENTS]
    if not against:
        return True, ngettext("no skeptic or blocker among the {n} key person",
                              "no skeptic or blocker among the {n} key people",
                              len(key)).format(n=len(key)), ()
    who = names([with_value(f.people[k].name, label(f.people[k].stance).lower())
                 for k in against])
    return False, ngettext("{against} of {n} key person against us: {names}",
                           "{against} of {n} key people against us: {names}",
                           len(key)).format(against=len(against), n=len(key), names=who), \
        tuple(against)


_RULES: dict[str, Callable[[_Facts], _Outcome]] = {
    "exploratory.potential_assessed": _potential_assessed,
    "exploratory.contact_made": _contact_made,
    "basic.named_contact": _named_contact,
    "basic.trading": _trading,
    "cooperative.contacts_beyond_purchasing": _contacts_beyond_purchasing,
    "cooperative.regular_contact": _regular_contact,
    "interdependent.senior_sponsor": _senior_sponsor,
    "interdependent.multi_threaded": _multi_threaded,
    "integrated.key_people_covered": _key_people_covered,
    "integrated.no_key_opponents": _no_key_opponents,
}

assert set(_RULES) == {c.id for c in CRITERIA if c.computed}


# --- manual criteria ----------------------------------------------------------------------


def _ticks(doc: AccountFile) -> dict[str, EvidenceRecord]:
    """The tick per criterion; of duplicates the newest-dated wins (undated is oldest,
    equal dates: the later in the file), as that is the one the user saw last."""
    ticks: dict[str, EvidenceRecord] = {}
    for record in doc.stage_evidence:
        seen = ticks.get(record.criterion.value)
        if seen is None or (record.date or dt.date.min) >= (seen.date or dt.date.min):
            ticks[record.criterion.value] = record
    return ticks


def _tick_detail(record: EvidenceRecord) -> str:
    note = " ".join((record.note or "").split())  # one line, however the note was typed
    if record.date:
        if note:
            return _("ticked {date}: {note}").format(date=day(record.date), note=note)
        return _("ticked {date}").format(date=day(record.date))
    return _("ticked: {note}").format(note=note) if note else _("ticked")


# --- evaluation, evidence stage and gap ---------------------------------------------------


def evaluate(doc: AccountFile, today: dt.date) -> list[CriterionResult]:
    """Every criterion checked against the account, in ladder order.

    ``today`` is a parameter (not the clock) so results are reproducible.
    """
    facts = _Facts(doc, today, stakeholders_by_id(doc))
    ticks = _ticks(doc)
    results = []
    for criterion in CRITERIA:
        if criterion.computed:
            met, detail, people = _RULES[criterion.id](facts)
            results.append(CriterionResult(criterion, met, detail, people))
        elif criterion.id in ticks:
            results.append(CriterionResult(criterion, True, _tick_detail(ticks[criterion.id])))
        else:
            results.append(CriterionResult(criterion, False, _("not ticked yet")))
    return results


@dataclass(frozen=True)
class StageGap:
    """The recorded stage and target set against what the evidence supports.

    ``evidenced``: the highest ladder stage the evidence supports (None: not even
    exploratory). ``unmet``: the unmet criteria of the ladder stages after
    ``current`` up to and including ``target`` (from exploratory when ``current``
    is unset or disintegrating). ``contradicted``: ``current`` is a ladder stage
    above ``evidenced``. ``results``: every criterion, as ``evaluate`` gives them.
    """

    current: RelationshipStage | None
    target: RelationshipStage | None
    evidenced: RelationshipStage | None
    unmet: tuple[CriterionResult, ...]
    contradicted: bool
    results: tuple[CriterionResult, ...]


def _stage_met(results: Iterable[CriterionResult], stage: RelationshipStage) -> tuple[int, int]:
    """(criteria met, criteria in total) of one stage."""
    own = [r for r in results if r.criterion.stage == stage]
    return sum(r.met for r in own), len(own)


def _supported(results: Iterable[CriterionResult], stage: RelationshipStage) -> bool:
    """At least half of the stage's criteria are met: a stage is never all-or-nothing."""
    met, total = _stage_met(results, stage)
    return met * 2 >= total


def evidenced_stage(results: Iterable[CriterionResult]) -> RelationshipStage | None:
    """Highest ladder stage such that it and every stage below are supported."""
    results = list(results)
    best: RelationshipStage | None = None
    for stage in LADDER:
        if not _supported(results, stage):
            break
        best = stage
    return best


def _first_gap_stage(current: RelationshipStage | None) -> int:
    """Ladder index where the way up starts: the stage after ``current``, or the bottom."""
    return LADDER.index(current) + 1 if current in LADDER else 0


def stage_gap(doc: AccountFile, today: dt.date) -> StageGap:
    """Where the account stands on the ladder, and what is missing to reach the target."""
    results = tuple(evaluate(doc, today))
    current, target = doc.account.relationship_stage, doc.account.target_stage
    evidenced = evidenced_stage(results)
    start = _first_gap_stage(current)
    unmet: tuple[CriterionResult, ...] = ()
    if target in LADDER and LADDER.index(target) >= start:
        way = LADDER[start:LADDER.index(target) + 1]
        unmet = tuple(r for r in results if r.criterion.stage in way and not r.met)
    contradicted = current in LADDER and (
        evidenced is None or LADDER.index(current) > LADDER.index(evidenced))
    return StageGap(current, target, evidenced, unmet, contradicted, results)


# --- stage history ------------------------------------------------------------------------


@dataclass(frozen=True)
class StageStep:
    """One recorded stage change; ``previous`` is None for the first one."""

    date: dt.date
    previous: RelationshipStage | None
    stage: RelationshipStage
    note: str | None


def stage_timeline(doc: AccountFile) -> list[StageStep]:
    """The stage history oldest first (equal dates keep file order), each with the
    stage before it, so a view can show "Basic → Cooperative" without looking back."""
    steps: list[StageStep] = []
    previous: RelationshipStage | None = None
    for record in sorted(doc.stage_history, key=lambda r: r.date):
        steps.append(StageStep(record.date, previous, record.stage, record.note))
        previous = record.stage
    return steps


# --- findings -----------------------------------------------------------------------------


def _evidence_wording(evidenced: RelationshipStage | None,
                      supports: Literal["only", "still", "plain"]) -> str:
    """What the evidence supports, worded for the sentence it goes in."""
    if evidenced is None:
        return _("the evidence does not support even {stage}").format(stage=label(LADDER[0]))
    if supports == "only":
        text = _("the evidence supports only {stage}")
    elif supports == "still":
        text = _("the evidence still supports {stage}")
    else:
        text = _("the evidence supports {stage}")
    return text.format(stage=label(evidenced))


def _people_of(results: Iterable[CriterionResult]) -> tuple[str, ...]:
    """Stakeholders of several results, each once, in order of first mention."""
    return tuple(dict.fromkeys(k for r in results for k in r.stakeholders))


def _contradiction(gap: StageGap) -> Finding:
    """High: the recorded stage overstates the relationship; name the first stage that
    fails and its unmet criteria, which are what to fix (or the stage to correct)."""
    assert gap.current is not None
    blocking = LADDER[_first_gap_stage(gap.evidenced)]
    met, total = _stage_met(gap.results, blocking)
    holding = [r for r in gap.results if r.criterion.stage == blocking and not r.met]
    needed = (total + 1) // 2
    return Finding(KIND, "high", _people_of(holding), ngettext(
        "Recorded as {stage}, but {evidence}. {blocking} needs at least {needed} of its "
        "{total} criterion and has {met}; not met: {criteria}.",
        "Recorded as {stage}, but {evidence}. {blocking} needs at least {needed} of its "
        "{total} criteria and has {met}; not met: {criteria}.", total).format(
        stage=label(gap.current), evidence=_evidence_wording(gap.evidenced, "only"),
        blocking=label(blocking), needed=needed, total=total, met=met,
        criteria=listing([lower_first(r.criterion.title) for r in holding])))


def _disintegrating(gap: StageGap, doc: AccountFile) -> Finding:
    """High: a breaking relationship needs action now; key opponents are named because
    winning them back comes first."""
    opponents = next(r for r in gap.results
                     if r.criterion.id == "integrated.no_key_opponents").stakeholders
    evidence = _evidence_wording(gap.evidenced, "still")
    if opponents:
        people = stakeholders_by_id(doc)
        message = _("Recorded as {stage}: the relationship is breaking down ({evidence}). "
                    "Recovery needs a frank talk with the customer's senior people about what "
                    "went wrong, our executive sponsor involved, and regular contact again; "
                    "win back {names}.").format(
            stage=label(S.DISINTEGRATING), evidence=evidence,
            names=names([people[k].name for k in opponents]))
    else:
        message = _("Recorded as {stage}: the relationship is breaking down ({evidence}). "
                    "Recovery needs a frank talk with the customer's senior people about what "
                    "went wrong, our executive sponsor involved, and regular contact "
                    "again.").format(stage=label(S.DISINTEGRATING), evidence=evidence)
    return Finding(KIND, "high", opponents, message)


def _step(result: CriterionResult, next_stage: RelationshipStage) -> Finding:
    """One missing criterion on the way up: medium for the next stage (this planning
    cycle's work), low for stages beyond it."""
    stage = result.criterion.stage
    severity: Severity = "medium" if stage == next_stage else "low"
    return Finding(KIND, severity, result.stakeholders,
                   _("To reach {stage}: {criterion} — {detail}.").format(
                       stage=label(stage), criterion=lower_first(result.criterion.title),
                       detail=result.detail), rank=LADDER.index(stage))


def _no_stage(gap: StageGap) -> Finding | None:
    """Low hint when the current or target stage is missing: without both, no gap can
    be shown."""
    evidence = _evidence_wording(gap.evidenced, "plain")
    if gap.current is None:
        if gap.target is None:
            message = _("No relationship stage recorded ({evidence}): record the current "
                        "stage and the stage you aim for.")
        else:
            message = _("No relationship stage recorded ({evidence}): record the current "
                        "stage.")
        return Finding(KIND, "low", (), message.format(evidence=evidence))
    if gap.current in LADDER[:-1] and gap.target is None:
        return Finding(KIND, "low", (),
                       _("No target stage set: the account is recorded as {stage}; set the "
                         "stage you aim for to see what is missing to get there.").format(
                           stage=label(gap.current)))
    return None


def stage_findings(doc: AccountFile, today: dt.date) -> list[Finding]:
    """Stage findings (kind ``stage_gap``) in the order of ``analysis.analyze``, so the
    two lists merge into one deterministic list."""
    gap = stage_gap(doc, today)
    findings: list[Finding] = []
    if gap.contradicted:
        findings.append(_contradiction(gap))
    if gap.current == S.DISINTEGRATING:
        findings.append(_disintegrating(gap, doc))
    next_stage = LADDER[min(_first_gap_stage(gap.current), len(LADDER) - 1)]
    findings += [_step(r, next_stage) for r in gap.unmet]
    hint = _no_stage(gap)
    if hint is not None:
        findings.append(hint)
    return sorted(findings, key=finding_order)
