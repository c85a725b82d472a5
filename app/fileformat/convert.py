"""Map between account files and ORM objects, field for field (lossless)."""

from __future__ import annotations

from app.fileformat.schema import (
    AccountFile,
    AccountRecord,
    InfluenceRecord,
    InteractionRecord,
    Position,
    StageRecord,
    StakeholderRecord,
)
from app.models.orm import Account, Influence, Interaction, StageChange, Stakeholder

ACCOUNT_FIELDS = tuple(f for f in AccountRecord.model_fields if f != "id")
STAKEHOLDER_FIELDS = tuple(
    f for f in StakeholderRecord.model_fields if f not in ("id", "reports_to", "position")
)


def account_from_file(doc: AccountFile) -> Account:
    """Build a new, unsaved Account graph from a validated file."""
    rec = doc.account
    account = Account(key=rec.id, **{f: getattr(rec, f) for f in ACCOUNT_FIELDS})
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
    return account


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
    )
