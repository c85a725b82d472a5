"""The client edition's copy of the account: every field of the account file is decided
(kept or removed), so a field added later cannot reach customers unnoticed."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from app.models.account import (
    AccountFile,
    AccountRecord,
    ActionRecord,
    InsightRecord,
    ReviewRecord,
    RiskRecord,
    StakeholderRecord,
    TeamMemberRecord,
    WhitespaceCell,
)
from app.reports.editions import Edition, client_document, client_flags, sections_for
from app.services.demo import demo_documents

#: per record type, the fields the client edition removes (set to None or dropped);
#: every other field of these records is shown as it is
REMOVED: dict[type[BaseModel], set[str]] = {
    AccountRecord: {"notes", "tier", "potential_revenue", "lifecycle_stage"},
    StakeholderRecord: {"stance", "influence", "relationship", "notes", "role",
                        "last_contact", "email", "phone", "messengers"},
    TeamMemberRecord: {"notes"},
    RiskRecord: {"notes", "escalation"},
    ActionRecord: {"notes"},
    ReviewRecord: {"notes"},
    WhitespaceCell: {"value", "note"},
}
KEPT: dict[type[BaseModel], set[str]] = {
    AccountRecord: {"id", "name", "industry", "owner", "annual_revenue", "currency",
                    "relationship_stage", "target_stage"},
    StakeholderRecord: {"id", "name", "title", "department", "reports_to", "our_owner",
                        "position"},
    TeamMemberRecord: {"id", "name", "role", "email", "client_visible"},
    RiskRecord: {"id", "title", "category", "likelihood", "impact", "mitigation", "owner",
                 "status", "internal", "client_visible"},
    ActionRecord: {"id", "title", "owner", "due", "status", "objective", "risk",
                   "stakeholder", "client_visible"},
    ReviewRecord: {"id", "date", "title", "held", "agenda", "our_attendees",
                   "their_attendees", "decisions", "follow_ups", "client_visible"},
    WhitespaceCell: {"unit", "offering", "status", "client_visible"},
}
#: top-level lists and records of the file: emptied, filtered, or kept
TOP_LEVEL = {
    "format": "kept", "version": "kept", "account": "fields", "stakeholders": "fields",
    "influences": "removed", "stage_history": "notes removed", "interactions": "removed",
    "stakeholder_history": "removed", "stage_evidence": "removed", "selection": "removed",
    "whitespace": "shared cells", "team": "shared only", "insights": "shared only",
    "objectives": "shared only", "revenue_plan": "shared only", "risks": "shared only",
    "actions": "shared only", "reviews": "shared only", "kpis": "shared only",
}


def test_every_field_of_the_account_file_is_decided_for_the_client_edition() -> None:
    assert set(AccountFile.model_fields) == set(TOP_LEVEL), (
        "a new section of the account file: decide what the client edition shows of it "
        "(app/reports/editions.py client_document) and list it here")
    for model, removed in REMOVED.items():
        assert set(model.model_fields) == removed | KEPT[model], (
            f"{model.__name__} has fields the client edition has not decided on")


def _values(doc: AccountFile, model: type[BaseModel]) -> list[Any]:
    found: list[Any] = []

    def walk(value: Any) -> None:
        if isinstance(value, model):
            found.append(value)
        if isinstance(value, BaseModel):
            for name in type(value).model_fields:
                walk(getattr(value, name))
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(doc)
    return found


def test_client_document_removes_what_it_says() -> None:
    for doc in demo_documents():
        client = client_document(doc)
        for model, removed in REMOVED.items():
            for record in _values(client, model):
                for name in removed:
                    assert getattr(record, name) is None, (model.__name__, name)
        assert client.influences == [] and client.interactions == []
        assert client.stakeholder_history == [] and client.stage_evidence == []
        assert client.selection is None
        assert all(s.note is None for s in client.stage_history)
        assert all(o.notes is None for o in client.objectives)
        assert not any(r.internal for r in client.risks)
        internal_risks = {r.id for r in doc.risks if r.internal}
        assert internal_risks and not any(a.risk in internal_risks for a in client.actions)
        kept = {a.id for a in client.actions}
        assert all(set(r.follow_ups) <= kept for r in client.reviews)
        # what is kept is untouched
        assert [p.name for p in client.stakeholders] == [p.name for p in doc.stakeholders]
        assert client.kpis == [k for k in doc.kpis if k.client_visible]
        assert client.insights == [i for i in doc.insights if i.client_visible]


def test_insight_record_fields_are_all_printed_for_shared_insights() -> None:
    assert set(InsightRecord.model_fields) == {"id", "kind", "text", "confirmed",
                                               "value_proposition", "client_visible"}


def test_sections_of_each_edition() -> None:
    internal = [s.key for s in sections_for(Edition.INTERNAL)]
    client = [s.key for s in sections_for(Edition.CLIENT)]
    assert client == [k for k in internal if k not in ("changes", "findings", "interactions")]
    assert [s.key for s in sections_for(Edition.CLIENT, {"map", "findings"})] == ["map"]


def _flagged(**plan: Any) -> list[str]:
    from tests.fileformat.plan import plan_doc

    return [f.path for f in client_flags(plan_doc(**plan))]


def test_free_texts_naming_a_stance_or_a_score_are_flagged_in_any_of_three_languages() -> None:
    shared = {"client_visible": True}
    risks = [
        {"id": "r1", "title": "CFO Li Wei is a blocker", "status": "open", **shared},
        {"id": "r2", "title": "Tender", "mitigation": "Переубедить скептика из закупок",
         **shared},
        {"id": "r3", "title": "数据合规", "mitigation": "说服阻碍者王总", **shared},
        {"id": "r4", "title": "Neutral pricing review", "mitigation": "Benchmark", **shared},
        {"id": "r5", "title": "Secret: budget cut at the CFO office", "internal": True,
         "notes": "our champion told us", **shared},
    ]
    actions = [{"id": "a1", "title": "Counter the secret: budget cut at the CFO office",
                **shared},
               {"id": "a2", "title": "Raise relationship strength with Li Wei", **shared}]
    assert _flagged(risks=risks, actions=actions, reviews=[]) == [
        "risks[0].title", "risks[1].mitigation", "risks[2].mitigation",
        "actions[0].title", "actions[1].title"]  # r4 is fine; r5 and its notes are gone


def test_demo_accounts_have_nothing_flagged() -> None:
    for doc in demo_documents():
        assert client_flags(doc) == []
