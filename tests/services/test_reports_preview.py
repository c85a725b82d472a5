"""The client edition's preview as a use case: what the customer will see of an account,
section by section, and how each section is summed up in words."""

from __future__ import annotations

import pytest

from app.bootstrap import Services
from app.reports import editions
from app.services.demo import demo_documents
from app.services.reports import PLAN_ENTRIES, client_preview, preview_for
from tests.fileformat.plan import plan_doc

pytestmark = pytest.mark.both_stores


@pytest.fixture
def demo(services: Services) -> Services:
    services.accounts.import_documents(demo_documents())
    return services


def test_the_preview_is_the_reports_preview_of_the_stored_account(demo: Services) -> None:
    stored = demo.accounts.snapshot("demo-ural")
    assert list(client_preview(demo, "demo-ural").sections) == editions.client_preview(stored)
    chosen = {"actions", "risks", "findings", "profile"}
    assert list(client_preview(demo, "demo-ural", chosen).sections) == \
        editions.client_preview(stored, chosen)  # findings: not in the client edition


def test_the_sections_made_of_plan_entries_are_the_ones_the_reports_share_one_by_one(
) -> None:
    assert set(PLAN_ENTRIES) == set(editions._PLAN_SECTIONS)


def test_headings_give_counts_and_say_why_a_section_is_left_out(demo: Services) -> None:
    preview = client_preview(demo, "demo-ural")
    headings = {s.key: preview.heading(s) for s in preview.sections}
    assert headings["actions"] == "Action plan — 2 of 6 actions shared"
    assert headings["kpis"] == "KPIs — all 2 KPIs shared"
    assert headings["risks"] == ("Risks — nothing shared (5 recorded, none marked shared): "
                                 "left out of the PDF")
    assert headings["stakeholders"] == "Stakeholders — 20 people"
    assert headings["profile"] == "Account profile"
    assert [s.key for s in preview.left_out] == ["revenue", "risks"]
    assert not preview.nothing_shared


def test_nothing_shared_at_all_is_known_whatever_the_sections_chosen(
        services: Services) -> None:
    services.accounts.import_documents([plan_doc()])
    preview = client_preview(services, "acme", {"profile"})
    assert preview.nothing_shared  # about the plan, not about the ticked sections
    assert [s.key for s in preview.sections] == ["profile"] and not preview.left_out
    shared = preview_for(plan_doc(kpis=[{"id": "k1", "name": "Uptime",
                                         "client_visible": True}]))
    assert not shared.nothing_shared


def test_a_risk_marked_shared_but_internal_is_said_to_be_held_back() -> None:
    doc = plan_doc(
        risks=[{"id": "r1", "title": "Новый финдиректор", "internal": True,
                "client_visible": True}],
        actions=[{"id": "a1", "title": "Meet the CFO", "risk": "r1", "client_visible": True},
                 {"id": "a2", "title": "Send the report", "client_visible": True}])
    preview = preview_for(doc)
    headings = {s.key: preview.heading(s) for s in preview.sections}
    assert headings["risks"] == ("Risks — nothing shared (1 recorded, 1 marked shared but "
                                 "internal): left out of the PDF")
    assert headings["actions"] == ("Action plan — 1 of 2 actions shared (1 more marked "
                                   "shared but tied to an internal risk)")


def test_a_section_with_nothing_recorded_says_so() -> None:
    preview = preview_for(plan_doc(kpis=[]))
    kpis = next(s for s in preview.sections if s.key == "kpis")
    assert preview.heading(kpis) == "KPIs — nothing recorded: left out of the PDF"
    one = preview_for(plan_doc(kpis=[{"id": "k1", "name": "Uptime", "client_visible": True}]))
    kpis = next(s for s in one.sections if s.key == "kpis")
    assert one.heading(kpis) == "KPIs — 1 KPI, shared"
