"""Schema 0006 (frozen): account documents to and from the relational rows, field for
field. Used by migration 0007 only (and its tests).
"""

from __future__ import annotations

from typing import Any, TypeVar

from app.models.account import (
    AccountFile,
    AccountRecord,
    ActionRecord,
    EvidenceRecord,
    InfluenceRecord,
    InsightRecord,
    InteractionRecord,
    KpiRecord,
    KpiValue,
    MilestoneRecord,
    ObjectiveRecord,
    Position,
    RelationshipChangeRecord,
    RevenueRecord,
    ReviewRecord,
    RiskRecord,
    SelectionRecord,
    StageRecord,
    StakeholderRecord,
    StanceChangeRecord,
    TeamMemberRecord,
    WhitespaceRecord,
    stored_rows,
)
from app.models.account import (
    PersonChange as PersonChangeRecord,
)
from app.storage.legacy.orm import (
    Account,
    Action,
    Influence,
    Insight,
    Interaction,
    Kpi,
    Milestone,
    Objective,
    PersonChange,
    RevenuePlan,
    Review,
    Risk,
    StageChange,
    StageEvidence,
    Stakeholder,
    TeamMember,
)
from app.storage.legacy.orm import KpiValue as KpiValueRow

ACCOUNT_FIELDS = tuple(f for f in AccountRecord.model_fields if f != "id")
#: fields the model gained after schema 0006 (it has no column for them)
LATER_FIELDS = ("email", "phone", "messengers")
STAKEHOLDER_FIELDS = tuple(
    f for f in StakeholderRecord.model_fields
    if f not in ("id", "reports_to", "position", *LATER_FIELDS)
)


def _plain(record: type[Any], *special: str) -> tuple[str, ...]:
    """Fields stored as a column of the same name (all but the id and ``special``)."""
    return tuple(f for f in record.model_fields if f not in ("id", *special))


#: plain columns of the plan tables; the rest (references, nested lists) is mapped by hand
TEAM_FIELDS = _plain(TeamMemberRecord)
INSIGHT_FIELDS = _plain(InsightRecord)
OBJECTIVE_FIELDS = _plain(ObjectiveRecord, "owner", "milestones")
MILESTONE_FIELDS = _plain(MilestoneRecord)
REVENUE_FIELDS = _plain(RevenueRecord)
RISK_FIELDS = _plain(RiskRecord, "owner")
ACTION_FIELDS = _plain(ActionRecord, "owner", "objective", "risk", "stakeholder")
REVIEW_FIELDS = _plain(ReviewRecord)
KPI_FIELDS = _plain(KpiRecord, "values")


def account_from_file(doc: AccountFile) -> Account:
    """Build a new, unsaved Account graph from a validated file."""
    rec = doc.account
    account = Account(key=rec.id, **{f: getattr(rec, f) for f in ACCOUNT_FIELDS})
    account.selection = _json(doc.selection)
    account.whitespace = _json(doc.whitespace)
    people: dict[str, Stakeholder] = {}
    for s in doc.stakeholders:
        person = Stakeholder(key=s.id, **{f: getattr(s, f) for f in STAKEHOLDER_FIELDS})
        if s.position is not None:
            person.map_x, person.map_y = s.position.x, s.position.y
        people[s.id] = person
        account.stakeholders.append(person)
    for s in doc.stakeholders:
        if s.reports_to is not None:
            people[s.id].reports_to = people[s.reports_to]
    for link in doc.influences:
        account.influences.append(
            Influence(
                source=people[link.source],
                target=people[link.target],
                strength=link.strength,
                kind=link.kind,
                note=link.note,
            )
        )
    for st in doc.stage_history:
        account.stage_history.append(StageChange(date=st.date, stage=st.stage, note=st.note))
    for it in doc.interactions:
        account.interactions.append(
            Interaction(
                date=it.date,
                stakeholder=people[it.stakeholder] if it.stakeholder else None,
                participants=list(it.participants),
                channel=it.channel,
                summary=it.summary,
            )
        )
    for ch in doc.stakeholder_history:
        change = PersonChange(date=ch.date, stakeholder=people[ch.stakeholder], field=ch.field,
                              note=ch.note)
        if isinstance(ch, StanceChangeRecord):
            change.old_stance, change.new_stance = ch.old, ch.new
        else:
            change.old_level, change.new_level = ch.old, ch.new
        account.person_changes.append(change)
    for ev in doc.stage_evidence:
        account.evidence.append(StageEvidence(criterion=ev.criterion, date=ev.date,
                                              note=ev.note))
    _plan_from_file(doc, account, people)
    return account


def _plan_from_file(doc: AccountFile, account: Account, people: dict[str, Stakeholder]) -> None:
    """The account plan: references become ORM links, so foreign keys are filled in
    on flush whatever the order of the sections."""
    team: dict[str, TeamMember] = {}
    for m in doc.team:
        team[m.id] = TeamMember(key=m.id, **{f: getattr(m, f) for f in TEAM_FIELDS})
        account.team.append(team[m.id])
    for i in doc.insights:
        account.insights.append(Insight(key=i.id, **{f: getattr(i, f) for f in INSIGHT_FIELDS}))
    goals: dict[str, Objective] = {}
    for o in doc.objectives:
        goals[o.id] = Objective(
            key=o.id, owner=_get(team, o.owner),
            milestones=[Milestone(**{f: getattr(m, f) for f in MILESTONE_FIELDS})
                        for m in o.milestones],
            **{f: getattr(o, f) for f in OBJECTIVE_FIELDS})
        account.objectives.append(goals[o.id])
    for r in doc.revenue_plan:
        account.revenue_plan.append(RevenuePlan(**{f: getattr(r, f) for f in REVENUE_FIELDS}))
    risks: dict[str, Risk] = {}
    for k in doc.risks:
        risks[k.id] = Risk(key=k.id, owner=_get(team, k.owner),
                           **{f: getattr(k, f) for f in RISK_FIELDS})
        account.risks.append(risks[k.id])
    for a in doc.actions:
        account.actions.append(Action(
            key=a.id, owner=_get(team, a.owner), objective=_get(goals, a.objective),
            risk=_get(risks, a.risk), stakeholder=_get(people, a.stakeholder),
            **{f: getattr(a, f) for f in ACTION_FIELDS}))
    for v in doc.reviews:
        # model_dump copies the lists of keys (stored as JSON arrays)
        account.reviews.append(Review(key=v.id, **v.model_dump(include=set(REVIEW_FIELDS))))
    for p in doc.kpis:
        account.kpis.append(Kpi(key=p.id, values=[KpiValueRow(date=v.date, value=v.value)
                                                  for v in p.values],
                                **{f: getattr(p, f) for f in KPI_FIELDS}))


_T = TypeVar("_T")


def _get(table: dict[str, _T], key: str | None) -> _T | None:
    return None if key is None else table[key]


def _json(record: SelectionRecord | WhitespaceRecord | None) -> dict[str, Any] | None:
    return record.model_dump(mode="json", exclude_none=True) if record is not None else None


def _person_change(ch: PersonChange) -> PersonChangeRecord:
    if ch.field == "stance":
        return StanceChangeRecord(date=ch.date, stakeholder=ch.stakeholder.key, field="stance",
                                  old=ch.old_stance, new=ch.new_stance, note=ch.note)
    return RelationshipChangeRecord(date=ch.date, stakeholder=ch.stakeholder.key,
                                    field="relationship", old=ch.old_level, new=ch.new_level,
                                    note=ch.note)


def account_to_file(account: Account) -> AccountFile:
    """Snapshot a persisted Account (with its collections) as a file document."""
    with stored_rows():  # stored before a newer rule (a list limit): still opens
        return _account_to_file(account)


def _account_to_file(account: Account) -> AccountFile:
    people = account.stakeholders
    return AccountFile(
        format="rapport-account",
        version=1,
        account=AccountRecord(
            id=account.key, **{f: getattr(account, f) for f in ACCOUNT_FIELDS}
        ),
        stakeholders=[
            StakeholderRecord(
                id=p.key,
                reports_to=p.reports_to.key if p.reports_to else None,
                position=(Position(x=p.map_x, y=p.map_y)
                          if p.map_x is not None and p.map_y is not None else None),
                **{f: getattr(p, f) for f in STAKEHOLDER_FIELDS},
            )
            for p in people
        ],
        influences=[
            InfluenceRecord(
                source=i.source.key,
                target=i.target.key,
                strength=i.strength,
                kind=i.kind,
                note=i.note,
            )
            for i in account.influences
        ],
        stage_history=[
            StageRecord(date=s.date, stage=s.stage, note=s.note) for s in account.stage_history
        ],
        interactions=[
            InteractionRecord(
                date=i.date,
                stakeholder=i.stakeholder.key if i.stakeholder else None,
                participants=list(i.participants or ()),
                channel=i.channel,
                summary=i.summary,
            )
            for i in account.interactions
        ],
        stakeholder_history=[_person_change(ch) for ch in account.person_changes],
        stage_evidence=[EvidenceRecord(criterion=e.criterion, date=e.date, note=e.note)
                        for e in account.evidence],
        selection=(SelectionRecord.model_validate(account.selection, strict=False)
                   if account.selection is not None else None),
        whitespace=(WhitespaceRecord.model_validate(account.whitespace, strict=False)
                    if account.whitespace is not None else None),
        **_plan_to_file(account),
    )


def _key(row: Any) -> str | None:
    return None if row is None else str(row.key)


def _plan_to_file(account: Account) -> dict[str, Any]:
    """The plan sections of ``account_to_file``."""
    return {
        "team": [TeamMemberRecord(id=m.key, **{f: getattr(m, f) for f in TEAM_FIELDS})
                 for m in account.team],
        "insights": [InsightRecord(id=i.key, **{f: getattr(i, f) for f in INSIGHT_FIELDS})
                     for i in account.insights],
        "objectives": [
            ObjectiveRecord(
                id=o.key, owner=_key(o.owner),
                milestones=[MilestoneRecord(**{f: getattr(m, f) for f in MILESTONE_FIELDS})
                            for m in o.milestones],
                **{f: getattr(o, f) for f in OBJECTIVE_FIELDS})
            for o in account.objectives
        ],
        "revenue_plan": [RevenueRecord(**{f: getattr(r, f) for f in REVENUE_FIELDS})
                         for r in account.revenue_plan],
        "risks": [RiskRecord(id=k.key, owner=_key(k.owner),
                             **{f: getattr(k, f) for f in RISK_FIELDS})
                  for k in account.risks],
        "actions": [
            ActionRecord(id=a.key, owner=_key(a.owner), objective=_key(a.objective),
                         risk=_key(a.risk), stakeholder=_key(a.stakeholder),
                         **{f: getattr(a, f) for f in ACTION_FIELDS})
            for a in account.actions
        ],
        "reviews": [ReviewRecord(id=v.key, **{f: getattr(v, f) for f in REVIEW_FIELDS})
                    for v in account.reviews],
        "kpis": [
            KpiRecord(id=p.key, values=[KpiValue(date=v.date, value=v.value) for v in p.values],
                      **{f: getattr(p, f) for f in KPI_FIELDS})
            for p in account.kpis
        ],
    }
