"""The account plan in the database: stored whole with its account, in order, removed
whole, and never with a dangling reference."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from sqlalchemy import text

from app.bootstrap import Services
from app.errors import InvalidInput
from app.models.enums import ActionStatus, TeamRole
from app.models.ids import with_ids
from app.services.demo import demo_documents
from tests.conftest import dump_tables, parsed_doc
from tests.fileformat.plan import plan_dict, plan_doc

pytestmark = pytest.mark.both_stores


def rows(services: Services, table: str) -> int:
    with services.db.engine.connect() as conn:
        return int(conn.scalar(text(f"SELECT count(*) FROM {table}")) or 0)


def test_a_plan_is_stored_and_read_back_exactly(services: Services) -> None:
    services.accounts.import_documents([plan_doc()])
    assert services.accounts.snapshot("acme") == with_ids(plan_doc())
    # one row holds the account; the people index has its people
    assert rows(services, "accounts") == 1
    assert rows(services, "people") == len(plan_doc().stakeholders)


def test_lists_keep_their_file_order_whatever_the_links(services: Services) -> None:
    """Actions before the objectives and risks they serve, reversed ids, a review listing
    follow-ups in another order than the actions: all come back as written."""
    doc = plan_dict()
    doc["team"].reverse()
    doc["objectives"].reverse()
    doc["risks"].reverse()
    doc["kpis"][0]["values"].reverse()
    doc["objectives"][1]["milestones"].reverse()
    doc["revenue_plan"].reverse()
    doc["actions"].append({"id": "a0", "title": "Earlier id, later entry", "objective": "o2"})
    doc["reviews"][0]["follow_ups"] = ["a0", "a1", "a0"]
    doc["reviews"][0]["our_attendees"] = ["t3", "t1"]
    parsed = parsed_doc(**doc)
    services.accounts.import_documents([parsed])
    assert services.accounts.snapshot("acme") == with_ids(parsed)


def test_deleting_an_account_removes_it_only_and_keeps_its_last_version(
        services: Services) -> None:
    other = plan_doc(account={"id": "other", "name": "Other"})
    services.accounts.import_documents([plan_doc(), other])
    services.accounts.delete("acme")
    assert [s.key for s in services.accounts.list_summaries()] == ["other"]
    assert services.accounts.snapshot("other") == with_ids(other)
    assert rows(services, "people") == len(other.stakeholders)
    (kept,) = services.accounts.history("acme")
    assert services.accounts.version("acme", kept.version) == with_ids(plan_doc())


def test_replacing_an_account_keeps_the_new_plan_and_the_old_one_in_history(
        services: Services) -> None:
    services.accounts.import_documents([plan_doc()])
    smaller = plan_dict()
    smaller["kpis"] = []
    smaller["objectives"] = smaller["objectives"][1:]
    smaller["actions"] = [a for a in smaller["actions"] if a.get("objective") != "o1"]
    services.accounts.replace_account(parsed_doc(**smaller))
    assert services.accounts.snapshot("acme") == parsed_doc(**smaller)
    assert services.accounts.version("acme", 1) == with_ids(plan_doc())


def test_an_edit_with_a_dangling_reference_is_refused_and_changes_nothing(
        services: Services) -> None:
    services.accounts.import_documents([plan_doc()])
    before = dump_tables(services.db)
    bad = plan_doc().model_copy(update={"team": plan_doc().team[1:]})  # t1 owns o1 and r1
    with pytest.raises(InvalidInput) as info:
        services.accounts.replace_account(bad)
    assert [str(p) for p in info.value.problems] == [
        'objectives[0].owner: unknown team member "t1"',
        'risks[0].owner: unknown team member "t1"',
        'reviews[0].our_attendees[0]: unknown team member "t1"',
    ]
    assert dump_tables(services.db) == before


def test_the_demo_plans_survive_the_database(services: Services) -> None:
    docs = demo_documents()
    services.accounts.import_documents(docs)
    for doc in docs:
        assert services.accounts.snapshot(doc.account.id) == with_ids(doc)


@pytest.mark.parametrize("today", [dt.date(2026, 11, 25), dt.date(2027, 1, 1),
                                   dt.date(2028, 6, 30), dt.date(2028, 7, 1)])
def test_the_demo_accounts_have_realistic_plans(today: dt.date) -> None:
    for doc in demo_documents(today):
        names = {m.name for m in doc.team}
        owners = {p.our_owner for p in doc.stakeholders} - {None}
        assert 3 <= len(doc.team) <= 4 and owners <= names, doc.account.id
        assert [m.role for m in doc.team].count(TeamRole.EXECUTIVE_SPONSOR) == 1
        assert 3 <= len(doc.insights) <= 4
        assert 2 <= len(doc.objectives) <= 3 and any(o.milestones for o in doc.objectives)
        # this year and next, every quarter; actuals exactly for the quarters that ended
        assert [(r.year, r.quarter) for r in doc.revenue_plan] == [
            (y, q) for y in (today.year, today.year + 1) for q in (1, 2, 3, 4)]
        for line in doc.revenue_plan:
            month = line.quarter * 3
            ended = dt.date(line.year, month, calendar.monthrange(line.year, month)[1]) < today
            assert (line.actual is not None) == ended, (doc.account.id, line)
        assert 4 <= len(doc.risks) <= 6 and any(r.internal for r in doc.risks)
        assert len({r.category for r in doc.risks}) >= 4
        assert len({r.score for r in doc.risks}) >= 3
        assert 5 <= len(doc.actions) <= 8
        open_ = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        assert any(a.status in open_ and a.due is not None and a.due < today
                   for a in doc.actions), "an overdue action"
        assert any(a.status is ActionStatus.DONE for a in doc.actions)
        assert all(a.objective or a.risk for a in doc.actions)
        assert any(a.stakeholder for a in doc.actions)
        held = [r for r in doc.reviews if r.held]
        assert held and all(r.date < today and r.notes and r.decisions and r.follow_ups
                            for r in held)
        assert any(r.date > today and not r.held for r in doc.reviews)
        assert 2 <= len(doc.kpis) <= 3 and all(k.values and k.target for k in doc.kpis)
        assert all(v.date <= today for k in doc.kpis for v in k.values)
