"""PDF account plan benchmark: export time for generated accounts of 20, 100 and 500
stakeholders, per page, and how it grows.

Run from the repository root (not part of the pytest suite)::

    python bench/pdf.py                     # sizes 20, 100, 500; 3 repeats
    python bench/pdf.py --repeat 5 --sizes 20 100 500 1000 --edition client
    python bench/pdf.py --client-vs-internal   # + client against internal, 500 people

Each account is generated deterministically (:func:`synthetic_account`): the org chart
of ``bench/map.py`` (varied spans of control, a second small tree, people outside any
tree), names in Chinese, Russian and English, every stakeholder field set, one influence
line per three people, and an account plan that grows with the account: one
interaction, 0.2 actions, 0.1 risks and 0.05 objectives (with two milestones) per
stakeholder, eight quarters of revenue, three KPIs, four reviews, a 4 × 4 white-space
grid and stage history; every plan entry is shared with the customer (the client
edition's worst case). The export is the real one (``app.reports.build_pdf``: all
sections, table of contents in several passes, fonts embedded, atomic write) to a
temporary file, timed as the median of the repeats after one warm-up.

Reported per size: pages, median seconds, milliseconds per page and per stakeholder,
and the ratio of the largest to the smallest export, set against the ratios of their
people (the content: the plan grows with them) and of their pages. Target: the time
grows no faster than the content, i.e. the time ratio is at most the people ratio.
(Pages are not a fair yardstick on their own: a small account's pages are light ones,
such as the cover, the contents and charts; a large one's are dense tables and map
parts.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.assessment.settings import ScoringSettings  # noqa: E402
from app.models.account import AccountFile  # noqa: E402
from app.reports import Edition, build_pdf  # noqa: E402
from bench.map import org_chart  # noqa: E402

SIZES = (20, 100, 500)
TODAY = dt.date(2026, 11, 25)
_SURNAMES = ["王", "李", "张", "刘", "陈", "Иванов", "Смирнова", "Кузнецов", "Попова",
             "Smith", "Johnson", "Whitfield", "Okafor", "Nguyen"]
_GIVEN = ["伟", "静", "晓明", "Алексей", "Ольга", "Дмитрий", "Наталья", "James", "Margaret",
          "Priya", "David"]
_TITLES = ["Director of Operations", "Начальник отдела закупок", "首席技术官", "Plant Manager",
           "Финансовый директор", "质量总监", "IT Architect", "Head of Logistics"]
_DEPARTMENTS = ["Operations", "Закупки", "研发中心", "Finance", "ИТ", "质量部", "Logistics"]


def _day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def synthetic_account(n: int, seed: int | None = None) -> AccountFile:
    """An account of ``n`` stakeholders with a plan that grows with it (see the module
    docstring); valid like an imported file."""
    rng = random.Random(n if seed is None else seed)
    chart = org_chart(n, seed=n)
    stances = ["champion", "supporter", "neutral", "skeptic", "blocker", None]
    roles = ["economic_buyer", "decision_maker", "technical_buyer", "user_buyer",
             "influencer", "coach", "gatekeeper", "other", None]
    owners = ["Anna Weber", "Tom Becker", "Lena Fischer", None]
    people = [{
        "id": sid,
        "name": f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)} {i}",
        "title": rng.choice(_TITLES), "department": rng.choice(_DEPARTMENTS),
        "reports_to": chart.parent[sid], "role": rng.choice(roles),
        "stance": rng.choice(stances), "influence": rng.randint(1, 5),
        "relationship": rng.randint(0, 4), "our_owner": rng.choice(owners),
        "last_contact": _day(-rng.randint(1, 400)),
        "notes": f"Internal note on person {i}." if i % 3 == 0 else None,
    } for i, sid in enumerate(chart.nodes)]
    ids = chart.nodes
    team = [{"id": f"t{i}", "name": name, "role": role} for i, (name, role) in enumerate(
        [("Anna Weber", "account_lead"), ("Tom Becker", "technical_lead"),
         ("Lena Fischer", "delivery"), ("Dr. Klaus Hoffmann", "executive_sponsor")], 1)]
    objectives = [{
        "id": f"o{i}", "title": f"Objective {i}: roll-out to site {i}", "status": rng.choice(
            ["planned", "on_track", "at_risk", "achieved"]), "owner": "t1",
        "measure": "Sites live", "target_value": float(i + 1), "target_date": _day(60 * i),
        "milestones": [{"title": f"Milestone {i}.{k}", "due": _day(30 * (k - 1)),
                        "done": k == 1} for k in (1, 2)],
    } for i in range(max(1, n // 20))]
    risks = [{
        "id": f"r{i}", "title": f"Risk {i}: delivery slips at site {i}",
        "category": rng.choice(["financial", "delivery", "relationship", "competitive"]),
        "likelihood": rng.randint(1, 5), "impact": rng.randint(1, 5), "owner": "t1",
        "mitigation": "Weekly check with the plant.", "status": rng.choice(
            ["open", "mitigating", "closed"]), "internal": i % 4 == 0,
        "escalation": rng.choice(["none", "account_team", "management"]),
    } for i in range(max(1, n // 10))]
    actions = [{
        "id": f"a{i}", "title": f"Action {i}: follow up with {people[i % n]['name']}",
        "owner": rng.choice(["t1", "t2", "t3", "t4"]), "due": _day(rng.randint(-40, 90)),
        "status": rng.choice(["open", "in_progress", "done"]), "stakeholder": ids[i % n],
    } for i in range(max(1, n // 5))]
    units = ["Plant A", "Завод Б", "研发中心", "Logistics"]
    offerings = ["Monitoring", "Maintenance", "Integration", "Training"]
    statuses = ["has", "opportunity", "competitor", "not_relevant"]
    doc: dict[str, Any] = {
        "format": "rapport-account", "version": 1,
        "account": {"id": f"bench-pdf-{n}", "name": f"Bench 测试 Тест {n}",
                    "industry": "Manufacturing", "owner": "Anna Weber", "tier": "strategic",
                    "annual_revenue": 4.2e6, "potential_revenue": 9.5e6, "currency": "EUR",
                    "lifecycle_stage": "repeat", "relationship_stage": "cooperative",
                    "target_stage": "interdependent", "notes": "Generated for bench/pdf.py."},
        "stakeholders": people,
        "influences": [{"source": a, "target": b, "strength": rng.randint(1, 3),
                        "kind": rng.choice(["formal", "informal", "conflict"])}
                       for a, b in chart.links],
        "stage_history": [{"date": "2024-03-01", "stage": "exploratory"},
                          {"date": "2025-02-01", "stage": "basic"},
                          {"date": "2026-01-15", "stage": "cooperative", "note": "Reviews"}],
        "interactions": [{"date": _day(-rng.randint(1, 300)), "stakeholder": ids[i % n],
                          "channel": rng.choice(["meeting", "call", "email"]),
                          "summary": f"Talked about the roll-out ({i})."} for i in range(n)],
        "whitespace": {"units": units, "offerings": offerings, "cells": [
            {"unit": u, "offering": o, "status": rng.choice(statuses),
             "value": 50000.0 if (j + k) % 3 == 0 else None}
            for j, u in enumerate(units) for k, o in enumerate(offerings)]},
        "team": team,
        "insights": [{"id": "i1", "kind": "goal", "text": "Double capacity by 2028.",
                      "confirmed": True, "value_proposition": "Faster ramp-up."}],
        "objectives": objectives,
        "revenue_plan": [{"year": 2025 + q // 4, "quarter": q % 4 + 1,
                          "planned": 1e6 + 5e4 * q, "actual": (9.5e5 + 6e4 * q) if q < 6
                          else None} for q in range(8)],
        "risks": risks,
        "actions": actions,
        "reviews": [{"id": f"v{i}", "date": _day(90 * (i - 1)), "title": f"Review {i}",
                     "held": i == 0, "agenda": "1. Results\n2. Plan"} for i in range(4)],
        "kpis": [{"id": f"k{i}", "name": f"KPI {i}", "unit": "%", "target": 95.0,
                  "values": [{"date": _day(-30 * k), "value": 90.0 + k}
                             for k in range(6)]} for i in range(3)],
    }
    # every plan entry shared with the customer: the client edition's worst case (its
    # plan sections as full as the internal edition's); internal risks stay internal
    for section in ("team", "insights", "objectives", "revenue_plan", "risks", "actions",
                    "reviews", "kpis"):
        for entry in doc[section]:
            entry["client_visible"] = True
    for cell in doc["whitespace"]["cells"]:
        cell["client_visible"] = True
    return AccountFile.model_validate(doc, strict=False)


def median_seconds(doc: AccountFile, edition: Edition, repeat: int,
                   folder: Path) -> tuple[float, int]:
    out = folder / "plan.pdf"
    settings = ScoringSettings()
    pages = build_pdf(doc, edition, out, today=TODAY, settings=settings)  # warm-up
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        build_pdf(doc, edition, out, today=TODAY, settings=settings)
        times.append(time.perf_counter() - start)
    return statistics.median(times), pages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3,
                        help="timed repeats per size, after one warm-up (default 3)")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES),
                        help="stakeholders per generated account (default 20 100 500)")
    parser.add_argument("--edition", choices=[e.value for e in Edition], default="internal")
    parser.add_argument("--client-vs-internal", action="store_true",
                        help="also time the client and the internal edition of the largest "
                             "account in this run; target: the client edition is not slower")
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)
    edition = Edition(args.edition)
    print(f"Python {platform.python_version()} on {platform.platform()}; "
          f"{edition.value} edition, median of {repeat} after a warm-up")
    rows: list[tuple[int, int, float]] = []
    with tempfile.TemporaryDirectory(prefix="rapport-pdf-bench-") as tmp:
        for n in args.sizes:
            seconds, pages = median_seconds(synthetic_account(n), edition, repeat, Path(tmp))
            rows.append((n, pages, seconds))
    header = ["people", "pages", "seconds", "ms/page", "ms/person"]
    table = [[str(n), str(p), f"{s:.2f}", f"{s * 1000 / p:.0f}", f"{s * 1000 / n:.1f}"]
             for n, p, s in rows]
    widths = [max(len(r[i]) for r in [header, *table]) for i in range(len(header))]
    for r in [header, *table]:
        print("    " + "  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)))
    (n0, p0, s0), (n1, p1, s1) = rows[0], rows[-1]
    time_ratio, page_ratio = s1 / s0, p1 / p0
    print(f"\n    {n1} vs {n0} people: time x{time_ratio:.1f}, pages x{page_ratio:.1f}, "
          f"people x{n1 / n0:.0f}")
    met = time_ratio <= n1 / n0
    print(f"\nTarget:\n    {'met    ' if met else 'NOT MET'}  time grows no faster than the "
          "content (time ratio <= people ratio)")
    if args.client_vs_internal:
        with tempfile.TemporaryDirectory(prefix="rapport-pdf-bench-") as tmp:
            doc = synthetic_account(n1)
            client, client_pages = median_seconds(doc, Edition.CLIENT, repeat, Path(tmp))
            internal, internal_pages = median_seconds(doc, Edition.INTERNAL, repeat,
                                                      Path(tmp))
        faster = client <= internal
        met = met and faster
        print(f"    {'met    ' if faster else 'NOT MET'}  the client edition of {n1} people "
              f"(every plan entry shared) is not slower than the internal edition: "
              f"{client:.2f} s ({client_pages} pages) vs {internal:.2f} s "
              f"({internal_pages} pages), x{client / internal:.2f}")
    return 0 if met else 2


if __name__ == "__main__":
    sys.exit(main())
