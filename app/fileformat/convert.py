"""Map between account files and ORM objects, field for field (lossless)."""

from __future__ import annotations

from typing import Any

from app.fileformat.schema import (
    AccountFile,
    AccountRecord,
    EvidenceRecord,
    InfluenceRecord,
    InteractionRecord,
    Position,
    RelationshipChangeRecord,
    SelectionRecord,
    StageRecord,
    StakeholderRecord,
    StanceChangeRecord,
    WhitespaceRecord,
)
from app.fileformat.schema import (
    PersonChange as PersonChangeRecord,
)
from app.models.orm import (
    Account,
    Influence,
    Interaction,
    PersonChange,
    StageChange,
    StageEvidence,
    Stakeholder,
)

ACCOUNT_FIELDS = tuple(f for f in AccountRecord.model_fields if f != "id")
STAKEHOLDER_FIELDS = tuple(
    f for f in StakeholderRecord.model_fields if f not in ("id", "reports_to", "position")
)


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
    return account


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
    )
