"""Generated account files for the benchmarks: people, lines and a plan that grows with them.

Run from the repository root to write files (each is read back with the real importer's
checks, ``AccountService.read_files``)::

    python bench/gen_accounts.py --sizes 50 300 1000 --out /tmp/accounts

:func:`account_dict` builds one account as the JSON of an account file (``format``
``rapport-account``, version 1), deterministically from its size:

- the org chart of ``bench/map.py`` (``org_chart``: one main reporting tree with varied
  spans of control, a second small tree, ~4 % of people outside any tree) and one
  influence line per three people;
- names, titles and departments in Chinese, Russian and English; every stakeholder field
  set (notes on a third of them), no stored card positions (the map lays them out);
- per person: two interactions (every fifth with two or three participants) and 0.3
  stance or relationship changes in ``stakeholder_history``;
- a plan that grows with the account: 4 + n/100 team members, 1 + n/50 insights,
  1 + n/20 objectives (two milestones each), eight quarters of revenue, 1 + n/10 risks,
  1 + n/5 actions (linked to people, objectives and risks), 4 + n/100 reviews (attendees
  on both sides, follow-up actions), 3 + n/250 KPIs of six values each; a 4 x 4
  white-space grid and three stage changes.

At 1,000 people: 1,000 people, 333 influence lines, 2,000 interactions, 300 changes,
14 team members, 21 insights, 51 objectives, 101 risks, 201 actions, 14 reviews, 7 KPIs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.map import org_chart  # noqa: E402

TODAY = dt.date(2026, 12, 6)
SIZES = (50, 300, 1000)
_SURNAMES = ["王", "李", "张", "刘", "陈", "Иванов", "Смирнова", "Кузнецов", "Попова",
             "Smith", "Johnson", "Whitfield", "Okafor", "Nguyen"]
_GIVEN = ["伟", "静", "晓明", "Алексей", "Ольга", "Дмитрий", "Наталья", "James", "Margaret",
          "Priya", "David"]
_TITLES = ["Director of Operations", "Начальник отдела закупок", "首席技术官", "Plant Manager",
           "Финансовый директор", "质量总监", "IT Architect", "Head of Logistics"]
_DEPARTMENTS = ["Operations", "Закупки", "研发中心", "Finance", "ИТ", "质量部", "Logistics"]
_TEAM = ["Anna Weber", "Tom Becker", "Lena Fischer", "Dr. Klaus Hoffmann", "Mia Schulz",
         "Jonas Wolf", "Sara Neumann", "Paul Richter"]
_TEAM_ROLES = ["account_lead", "technical_lead", "delivery", "executive_sponsor", "support",
               "other"]
_STANCES = ["champion", "supporter", "neutral", "skeptic", "blocker"]


def _day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def account_dict(n: int, key: str | None = None, seed: int | None = None) -> dict[str, Any]:
    """An account file's JSON for ``n`` people (see the module docstring)."""
    rng = random.Random(n if seed is None else seed)
    chart = org_chart(n, seed=n if seed is None else seed)
    ids = list(chart.nodes)
    roles = ["economic_buyer", "decision_maker", "technical_buyer", "user_buyer",
             "influencer", "coach", "gatekeeper", "other", None]
    team = []
    for i in range(4 + n // 100):
        name = _TEAM[i] if i < len(_TEAM) else f"{_TEAM[i % len(_TEAM)]} {i // len(_TEAM)}"
        team.append({"id": f"t{i + 1}", "name": name, "role": _TEAM_ROLES[i % len(_TEAM_ROLES)],
                     "email": f"member{i + 1}@example.com"})
    team_ids = [m["id"] for m in team]
    owners = [m["name"] for m in team[:4]] + [None]
    people = [{
        "id": sid,
        "name": f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)} {i}",
        "title": rng.choice(_TITLES), "department": rng.choice(_DEPARTMENTS),
        "reports_to": chart.parent[sid], "role": rng.choice(roles),
        "stance": rng.choice([*_STANCES, None]), "influence": rng.randint(1, 5),
        "relationship": rng.randint(0, 4), "our_owner": rng.choice(owners),
        "last_contact": _day(-rng.randint(1, 400)),
        "notes": f"Internal note on person {i}." if i % 3 == 0 else None,
    } for i, sid in enumerate(ids)]
    interactions: list[dict[str, Any]] = []
    for i in range(2 * n):
        entry: dict[str, Any] = {
            "date": _day(-rng.randint(1, 400)), "stakeholder": ids[i % n],
            "channel": rng.choice(["meeting", "call", "email", "event", "other"]),
            "summary": f"Talked about the roll-out ({i})."}
        if i % 5 == 0 and n > 3:
            others = rng.sample(ids, 3)
            entry["participants"] = [p for p in others if p != ids[i % n]][:rng.randint(2, 3)]
        interactions.append(entry)
    history: list[dict[str, Any]] = []
    for i in range(3 * n // 10):
        sid = ids[(7 * i) % n]
        if i % 2:
            old, new = rng.sample(_STANCES, 2)
            history.append({"date": _day(-rng.randint(1, 365)), "stakeholder": sid,
                            "field": "stance", "old": old, "new": new})
        else:
            a, b = rng.sample(range(5), 2)
            history.append({"date": _day(-rng.randint(1, 365)), "stakeholder": sid,
                            "field": "relationship", "old": a, "new": b,
                            "note": "After the workshop."})
    history.sort(key=lambda h: h["date"])
    objectives = [{
        "id": f"o{i}", "title": f"Objective {i}: roll-out to site {i}",
        "status": rng.choice(["planned", "on_track", "at_risk", "achieved"]),
        "owner": rng.choice(team_ids), "measure": "Sites live",
        "target_value": float(i + 1), "target_date": _day(60 * (i % 8)),
        "milestones": [{"title": f"Milestone {i}.{k}", "due": _day(30 * (k - 1) + i % 30),
                        "done": k == 1} for k in (1, 2)],
    } for i in range(1 + n // 20)]
    risks = [{
        "id": f"r{i}", "title": f"Risk {i}: delivery slips at site {i}",
        "category": rng.choice(["financial", "delivery", "relationship", "competitive"]),
        "likelihood": rng.randint(1, 5), "impact": rng.randint(1, 5),
        "owner": rng.choice(team_ids), "mitigation": "Weekly check with the plant.",
        "status": rng.choice(["open", "mitigating", "closed"]), "internal": i % 4 == 0,
        "escalation": rng.choice(["none", "account_team", "management"]),
    } for i in range(1 + n // 10)]
    actions = [{
        "id": f"a{i}", "title": f"Action {i}: follow up with {people[i % n]['name']}",
        "owner": rng.choice(team_ids), "due": _day(rng.randint(-40, 90)),
        "status": rng.choice(["open", "in_progress", "done"]), "stakeholder": ids[i % n],
        "objective": f"o{i % len(objectives)}" if i % 3 == 0 else None,
        "risk": f"r{i % len(risks)}" if i % 4 == 1 else None,
    } for i in range(1 + n // 5)]
    reviews = [{
        "id": f"v{i}", "date": _day(90 * (i - 2)), "title": f"Review {i}",
        "held": i < 2, "agenda": "1. Results\n2. Plan",
        "our_attendees": team_ids[:2], "their_attendees": rng.sample(ids, min(3, n)),
        "follow_ups": [f"a{i}"] if i < len(actions) else [],
        "notes": "Good meeting." if i < 2 else None,
    } for i in range(4 + n // 100)]
    units = ["Plant A", "Завод Б", "研发中心", "Logistics"]
    offerings = ["Monitoring", "Maintenance", "Integration", "Training"]
    statuses = ["has", "opportunity", "competitor", "not_relevant"]
    cells: list[dict[str, Any]] = [{"unit": u, "offering": o, "status": rng.choice(statuses)}
             for u in units for o in offerings]
    for k, cell in enumerate(cells):
        if cell["status"] == "opportunity" and k % 2 == 0:
            cell["value"] = 50000.0  # only an opportunity has an estimated value
    return {
        "format": "rapport-account", "version": 1,
        "account": {"id": key or f"bench-{n}", "name": f"Bench 测试 Тест {n}",
                    "industry": "Manufacturing", "owner": team[0]["name"], "tier": "strategic",
                    "annual_revenue": 4.2e6, "potential_revenue": 9.5e6, "currency": "EUR",
                    "lifecycle_stage": "repeat", "relationship_stage": "cooperative",
                    "target_stage": "interdependent",
                    "notes": "Generated by bench/gen_accounts.py."},
        "stakeholders": people,
        "influences": [{"source": a, "target": b, "strength": rng.randint(1, 3),
                        "kind": rng.choice(["formal", "informal", "conflict"])}
                       for a, b in chart.links],
        "stage_history": [{"date": "2024-03-01", "stage": "exploratory"},
                          {"date": "2025-02-01", "stage": "basic"},
                          {"date": "2026-01-15", "stage": "cooperative", "note": "Reviews"}],
        "interactions": interactions,
        "stakeholder_history": history,
        "whitespace": {"units": units, "offerings": offerings, "cells": cells},
        "team": team,
        "insights": [{"id": f"i{i}", "kind": rng.choice(["goal", "pressure", "initiative"]),
                      "text": f"Insight {i}: double capacity by 2028.", "confirmed": i % 2 == 0,
                      "value_proposition": "Faster ramp-up."} for i in range(1 + n // 50)],
        "objectives": objectives,
        "revenue_plan": [{"year": 2025 + q // 4, "quarter": q % 4 + 1,
                          "planned": 1e6 + 5e4 * q,
                          "actual": (9.5e5 + 6e4 * q) if q < 6 else None} for q in range(8)],
        "risks": risks,
        "actions": actions,
        "reviews": reviews,
        "kpis": [{"id": f"k{i}", "name": f"KPI {i}", "unit": "%", "target": 95.0,
                  "values": [{"date": _day(-30 * k), "value": 90.0 + k} for k in range(6)]}
                 for i in range(3 + n // 250)],
    }


def write_account(path: Path, n: int, key: str | None = None, seed: int | None = None) -> Path:
    """Write :func:`account_dict` as an account file (UTF-8 JSON)."""
    path.write_text(json.dumps(account_dict(n, key, seed), ensure_ascii=False, indent=1),
                    encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES),
                        help="people per account (default 50 300 1000)")
    parser.add_argument("--out", type=Path, default=Path("."), help="folder for the files")
    args = parser.parse_args(argv)
    from app.services.accounts import AccountService

    args.out.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        path = write_account(args.out / f"bench-{n}.json", n)
        (doc,) = AccountService.read_files([path])  # InvalidInput if the importer refuses it
        print(f"{path}: {len(doc.stakeholders)} people, {len(doc.influences)} influence lines, "
              f"{len(doc.interactions)} interactions, {len(doc.actions)} actions, "
              f"{path.stat().st_size / 1024:,.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
