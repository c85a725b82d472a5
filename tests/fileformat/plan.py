"""A small valid account plan on top of conftest's account (people s1, s2, s3), in
Chinese, Russian and English, for the file-format, storage and service tests."""

from __future__ import annotations

import copy
from typing import Any

from app.models.account import AccountFile
from tests.conftest import account_doc

PLAN: dict[str, Any] = {
    "team": [
        {"id": "t1", "name": "Anna Weber", "role": "account_lead",
         "email": "anna.weber@example.com"},
        {"id": "t2", "name": "Tom Becker", "role": "technical_lead", "notes": "负责技术"},
        {"id": "t3", "name": "Dr. Eva König", "role": "executive_sponsor"},
    ],
    "insights": [
        {"id": "i1", "kind": "goal", "text": "产能翻倍 (double capacity by 2028)",
         "confirmed": True, "value_proposition": "Predictive maintenance cuts downtime."},
        {"id": "i2", "kind": "pressure", "text": "Давление на издержки"},
    ],
    "objectives": [
        {"id": "o1", "title": "Win the framework renewal", "measure": "contract value",
         "target_value": 2500000, "target_date": "2027-06-30", "owner": "t1",
         "status": "on_track",
         "milestones": [{"title": "Pilot report", "due": "2026-12-15", "done": True},
                        {"title": "Проект договора", "due": "2027-03-01"}]},
        {"id": "o2", "title": "Second plant", "status": "planned"},
    ],
    "revenue_plan": [
        {"year": 2026, "quarter": 4, "planned": 250000, "actual": 231000.5},
        {"year": 2027, "quarter": 1, "planned": 300000},
    ],
    "risks": [
        {"id": "r1", "title": "Новый финдиректор пересматривает поставщиков",
         "category": "relationship", "likelihood": 4, "impact": 5, "owner": "t1",
         "escalation": "management", "status": "open", "internal": True},
        {"id": "r2", "title": "Competitor undercuts on price", "category": "competitive",
         "likelihood": 2, "impact": 3, "status": "mitigating",
         "mitigation": "Show total cost of ownership."},
    ],
    "actions": [
        {"id": "a1", "title": "Meet the CFO", "owner": "t3", "due": "2026-11-30",
         "status": "open", "risk": "r1", "stakeholder": "s2"},
        {"id": "a2", "title": "发送试点报告", "owner": "t2", "status": "done",
         "objective": "o1"},
    ],
    "reviews": [
        {"id": "rv1", "date": "2026-10-15", "title": "Q4 2026 account review", "held": True,
         "agenda": "1. Pilot\n2. Renewal", "our_attendees": ["t1", "t2"],
         "their_attendees": ["s1", "s3"], "notes": "Хорошая встреча.",
         "decisions": "Go for the roll-out.", "follow_ups": ["a1"]},
        {"id": "rv2", "date": "2027-01-20"},
    ],
    "kpis": [
        {"id": "k1", "name": "On-time delivery", "unit": "%", "target": 95,
         "values": [{"date": "2026-09-30", "value": 91}, {"date": "2026-10-31", "value": 93.5}]},
        {"id": "k2", "name": "Complaints", "unit": "per month", "target": 2,
         "higher_is_better": False, "values": [{"date": "2026-10-31", "value": 4}]},
    ],
}


def plan_dict(**overrides: Any) -> dict[str, Any]:
    """conftest's account with the plan above; an interaction with participants too."""
    doc = account_doc(**copy.deepcopy(PLAN))
    doc["interactions"][0]["participants"] = ["s1", "s2"]
    doc.update(overrides)
    return doc


def plan_doc(**overrides: Any) -> AccountFile:
    return AccountFile.model_validate(plan_dict(**overrides), strict=False)
