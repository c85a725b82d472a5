"""The demo workspace: three realistic key accounts (Chinese, Russian, English).

Built in code rather than shipped as JSON so that dates stay relative to today
(recent contacts look recent) while names, titles and structure are fixed.
Every document goes through the same validation as an imported file.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from app.fileformat.schema import AccountFile

# (key, name, title, department, reports_to, role, stance, influence, relationship, our_owner)
Person = tuple[str, str, str, str, str | None, str | None, str | None, int, int, str | None]

_HUADONG: list[Person] = [
    ("ceo", "王建国", "总裁 (CEO)", "总裁办", None, "economic_buyer", "neutral", 5, 1,
     "Anna Weber"),
    ("cfo", "李静", "首席财务官", "财务部", "ceo", "economic_buyer", "skeptic", 5, 1, "Anna Weber"),
    ("coo", "张伟", "首席运营官", "运营中心", "ceo", "decision_maker", "supporter", 5, 3,
     "Anna Weber"),
    ("cto", "陈晓明", "首席技术官", "研发中心", "ceo", "decision_maker", "champion", 4, 4,
     "Tom Becker"),
    ("cpo", "刘洋", "采购总监", "采购部", "cfo", "gatekeeper", "skeptic", 3, 2, "Lena Fischer"),
    ("mfg", "赵磊", "制造总监", "生产部", "coo", "user_buyer", "supporter", 4, 3, "Lena Fischer"),
    ("qa", "孙丽", "质量总监", "质量部", "coo", "technical_buyer", "neutral", 3, 2, "Tom Becker"),
    ("it", "周强", "信息化总监", "信息部", "cto", "technical_buyer", "champion", 3, 3,
     "Tom Becker"),
    ("rd", "吴芳", "研发总监", "研发中心", "cto", "influencer", "supporter", 3, 2, "Tom Becker"),
    ("scm", "郑浩", "供应链经理", "运营中心", "coo", "influencer", "blocker", 3, 1, None),
    ("hr", "冯雪", "人力资源总监", "人力资源部", "ceo", "other", "neutral", 2, 0, None),
    ("sec", "何敏", "总裁助理", "总裁办", "ceo", "coach", "champion", 2, 3, "Anna Weber"),
]
_HUADONG_STAFF = ["林涛", "马超", "高洁", "罗军", "梁静", "宋佳", "唐宁", "许杰", "韩梅",
                  "曹阳", "邓超", "彭丽"]

_URAL: list[Person] = [
    ("gd", "Алексей Петрович Иванов", "Генеральный директор", "Дирекция", None,
     "economic_buyer", "neutral", 5, 1, "Anna Weber"),
    ("fd", "Ольга Сергеевна Смирнова", "Финансовый директор", "Финансы", "gd",
     "economic_buyer", "skeptic", 5, 1, "Anna Weber"),
    ("kd", "Дмитрий Николаевич Кузнецов", "Коммерческий директор", "Коммерция", "gd",
     "decision_maker", "supporter", 4, 2, "Lena Fischer"),
    ("td", "Сергей Викторович Попов", "Технический директор", "Техническая служба", "gd",
     "decision_maker", "champion", 4, 3, "Tom Becker"),
    ("log", "Наталья Андреевна Васильева", "Директор по логистике", "Логистика", "kd",
     "user_buyer", "supporter", 3, 3, "Lena Fischer"),
    ("zak", "Игорь Павлович Соколов", "Начальник отдела закупок", "Закупки", "fd",
     "gatekeeper", "blocker", 3, 1, None),
    ("it", "Андрей Михайлович Морозов", "Директор по ИТ", "ИТ", "td", "technical_buyer",
     "neutral", 3, 2, "Tom Becker"),
    ("sb", "Виктор Алексеевич Волков", "Начальник службы безопасности", "Безопасность", "gd",
     "influencer", "skeptic", 4, 0, None),
    ("pom", "Екатерина Игоревна Лебедева", "Помощник генерального директора", "Дирекция", "gd",
     "coach", "supporter", 2, 2, "Anna Weber"),
]
_URAL_STAFF = ["Михаил Козлов", "Анна Новикова", "Павел Морозов", "Юлия Павлова",
               "Роман Семёнов", "Татьяна Голубева", "Артём Виноградов", "Ирина Богданова",
               "Константин Фёдоров", "Светлана Михайлова", "Максим Белов"]

_NORTHWIND: list[Person] = [
    ("ceo", "Margaret Ellison", "Chief Executive Officer", "Executive", None,
     "economic_buyer", "supporter", 5, 2, "Anna Weber"),
    ("cfo", "David Okafor", "Chief Financial Officer", "Finance", "ceo", "economic_buyer",
     "neutral", 5, 1, "Anna Weber"),
    ("cmo", "Priya Raman", "Chief Medical Officer", "Clinical", "ceo", "decision_maker",
     "champion", 5, 4, "Tom Becker"),
    ("cio", "James Whitfield", "Chief Information Officer", "IT", "ceo", "decision_maker",
     "skeptic", 4, 1, "Tom Becker"),
    ("coo", "Sarah Lindqvist", "Chief Operating Officer", "Operations", "ceo",
     "decision_maker", "supporter", 4, 2, "Lena Fischer"),
    ("proc", "Kevin Marsh", "Head of Procurement", "Procurement", "cfo", "gatekeeper",
     "neutral", 3, 2, "Lena Fischer"),
    ("ciso", "Rachel Stone", "Chief Information Security Officer", "IT", "cio",
     "technical_buyer", "blocker", 4, 0, None),
    ("arch", "Tomás Alvarez", "Enterprise Architect", "IT", "cio", "technical_buyer",
     "supporter", 2, 3, "Tom Becker"),
    ("nurse", "Linda Park", "Chief Nursing Officer", "Clinical", "cmo", "user_buyer",
     "champion", 4, 3, "Tom Becker"),
    ("lab", "Dr. Henry Cole", "Director of Laboratory Services", "Clinical", "cmo",
     "user_buyer", "supporter", 3, 2, "Tom Becker"),
    ("fin", "Olivia Grant", "Finance Director", "Finance", "cfo", "influencer", "neutral", 3,
     1, None),
    ("ea", "Beth Morgan", "Executive Assistant to the CEO", "Executive", "ceo", "coach",
     "champion", 2, 3, "Anna Weber"),
]
_NORTHWIND_STAFF = ["Aaron Blake", "Chloe Nguyen", "Marcus Reid", "Hannah Brooks",
                    "Ethan Wallace", "Grace Kim", "Noah Patel", "Emily Carter", "Lucas Bennett",
                    "Sophie Turner", "Ryan Hughes", "Mia Foster", "Daniel Price", "Ava Collins",
                    "Owen Murphy", "Isla Jenkins", "Jack Russell", "Zoe Ward", "Leo Barnes",
                    "Ella Fisher"]


def _staff(
    rng: random.Random, names: list[str], managers: list[Person], titles: list[str]
) -> list[Person]:
    """Managers and specialists under the leadership team."""
    people: list[Person] = []
    for i, name in enumerate(names):
        boss = managers[(i * 7) % len(managers)]
        title = titles[i % len(titles)]
        role = rng.choice(["user_buyer", "influencer", "technical_buyer", "other", None])
        stance = rng.choice(["supporter", "neutral", "neutral", "skeptic", None])
        owner = rng.choice([None, None, "Lena Fischer", "Tom Becker"])
        people.append((f"p{i + 1:02d}", name, title, boss[3], boss[0], role, stance,
                       rng.randint(1, 3), rng.randint(0, 2) if owner else 0, owner))
    return people


def _document(
    today: dt.date,
    seed: int,
    account: dict[str, Any],
    leaders: list[Person],
    staff_names: list[str],
    staff_titles: list[str],
    history: list[tuple[int, str, str]],
    summaries: list[str],
    extras: dict[str, Any],
) -> AccountFile:
    rng = random.Random(seed)
    people = leaders + _staff(rng, staff_names, leaders[1:9], staff_titles)
    stakeholders = []
    for key, name, title, dept, boss, role, stance, infl, rel, owner in people:
        days = rng.choice([5, 12, 30, 45, 80, 120, 200]) if rel else None
        stakeholders.append({
            "id": key, "name": name, "title": title, "department": dept, "role": role,
            "stance": stance, "influence": infl, "relationship": rel, "reports_to": boss,
            "our_owner": owner,
            "last_contact": (today - dt.timedelta(days=days)).isoformat() if days else None,
            "notes": None,
        })
    keys = [p[0] for p in people]
    influences = []
    pairs: set[tuple[str, str]] = set()
    for i in range(len(people) // 3 + 2):
        src = keys[(i * 5 + 3) % len(keys)]
        dst = keys[(i * 3) % 9]
        if src == dst or (src, dst) in pairs:
            continue
        pairs.add((src, dst))
        kind = "conflict" if i % 7 == 6 else ("informal" if i % 3 else "formal")
        influences.append({"source": src, "target": dst, "strength": 1 + i % 3, "kind": kind,
                           "note": None})
    stage_history = [
        {"date": (today - dt.timedelta(days=d)).isoformat(), "stage": s, "note": n}
        for d, s, n in history
    ]
    interactions = []
    contacts = [s for s in stakeholders if s["last_contact"]]
    for i, text in enumerate(summaries):
        person = contacts[i % len(contacts)]
        interactions.append({
            "date": person["last_contact"], "stakeholder": person["id"],
            "channel": ["meeting", "call", "email", "event"][i % 4], "summary": text,
        })
    changes = [
        {"date": (today - dt.timedelta(days=d)).isoformat(), "stakeholder": sid, "field": field,
         "old": old, "new": new, "note": note}
        for d, sid, field, old, new, note in extras.pop("person_changes", [])
    ]
    evidence = [
        {"criterion": criterion, "date": (today - dt.timedelta(days=d)).isoformat(),
         "note": note}
        for d, criterion, note in extras.pop("evidence", [])
    ]
    return AccountFile.model_validate({
        "format": "rapport-account", "version": 1, "account": account,
        "stakeholders": stakeholders, "influences": influences,
        "stage_history": stage_history, "interactions": interactions,
        "stakeholder_history": changes, "stage_evidence": evidence, **extras,
    }, strict=False)


def _grid(units: list[str], offerings: list[str], rows: list[str],
          values: dict[tuple[int, int], float]) -> dict[str, Any]:
    """A white-space grid from one letter per cell: H has, O opportunity, C competitor,
    N not relevant, . not assessed."""
    status = {"H": "has", "O": "opportunity", "C": "competitor", "N": "not_relevant"}
    cells = []
    for u, row in enumerate(rows):
        for o, letter in enumerate(row):
            if letter == ".":
                continue
            cells.append({"unit": units[u], "offering": offerings[o], "status": status[letter],
                          "value": values.get((u, o)) if letter == "O" else None})
    return {"units": units, "offerings": offerings, "cells": cells}


def _selection(*scores: int) -> dict[str, int]:
    keys = ("revenue", "growth_potential", "strategic_fit", "relationship", "cultural_fit",
            "ease_of_service", "partnership_willingness")
    return dict(zip(keys, scores, strict=True))


def demo_documents(today: dt.date | None = None) -> list[AccountFile]:
    today = today or dt.date.today()
    return [
        _document(
            today, 1,
            {"id": "demo-huadong", "name": "华东精密制造集团",
             "industry": "精密制造 / Manufacturing",
             "owner": "Anna Weber", "tier": "strategic", "annual_revenue": 42_000_000.0,
             "potential_revenue": 95_000_000.0, "currency": "CNY", "lifecycle_stage": "repeat",
             "relationship_stage": "cooperative", "target_stage": "interdependent",
             "notes": "三年框架协议将于明年续签。Framework agreement renews next year."},
            _HUADONG, _HUADONG_STAFF,
            ["生产经理", "工艺工程师", "采购专员", "质量工程师", "IT 经理", "项目经理"],
            [(900, "exploratory", "首次拜访"), (620, "basic", "First order"),
             (300, "cooperative", "Quarterly reviews started")],
            ["季度业务回顾：讨论产能扩张计划", "Call about the pilot line results",
             "发送了新报价", "Trade fair in Shanghai: met the CTO's team",
             "与采购部谈判付款条款", "Workshop on predictive maintenance"],
            {"person_changes": [
                (420, "cto", "stance", "neutral", "supporter", "试点线成功 / pilot line worked"),
                (400, "cto", "relationship", 2, 3, None),
                (210, "cto", "stance", "supporter", "champion", "Sponsored the roll-out"),
                (200, "cto", "relationship", 3, 4, None),
                (150, "coo", "relationship", 2, 3, "季度回顾 / quarterly review"),
                (60, "cfo", "stance", "neutral", "skeptic", "质疑总拥有成本 / questions TCO"),
             ],
             "evidence": [(610, "basic.qualified_supplier", "合格供应商名录"),
                          (35, "cooperative.reviews_held", "Q3 business review")],
             "selection": _selection(5, 5, 4, 3, 3, 2, 4),
             "whitespace": _grid(
                 ["苏州工厂", "无锡工厂", "研发中心", "供应链"],
                 ["Condition monitoring", "Predictive maintenance", "MES integration",
                  "Training"],
                 ["HOOH", "HC.O", "NOHN", "..C."],
                 {(0, 1): 6_500_000.0, (0, 2): 3_800_000.0, (1, 3): 450_000.0,
                  (2, 1): 2_200_000.0})},
        ),
        _document(
            today, 2,
            {"id": "demo-ural", "name": "ТрансЛогистик Урал", "industry": "Логистика / Logistics",
             "owner": "Lena Fischer", "tier": "key", "annual_revenue": 1_800_000.0,
             "potential_revenue": 3_100_000.0, "currency": "EUR", "lifecycle_stage": "at_risk",
             "relationship_stage": "basic", "target_stage": "cooperative",
             "notes": "Новый финансовый директор пересматривает всех поставщиков."},
            _URAL, _URAL_STAFF,
            ["Руководитель склада", "Инженер", "Менеджер по закупкам", "Диспетчер",
             "Аналитик"],
            [(700, "exploratory", "Первая встреча"), (400, "basic", "Пилотный проект"),
             (150, "cooperative", "Расширение на 3 склада"), (40, "basic", "Смена финдиректора")],
            ["Встреча с техническим директором", "Звонок: жалоба на сроки поставки",
             "Письмо с новым графиком", "Отраслевая конференция в Екатеринбурге"],
            {"person_changes": [
                (320, "td", "relationship", 2, 3, "Совместный пилот"),
                (300, "td", "stance", "supporter", "champion", None),
                (45, "fd", "stance", "neutral", "skeptic", "Новый финансовый директор"),
                (38, "zak", "stance", "neutral", "blocker", "Тендер на всех поставщиков"),
                (30, "kd", "relationship", 3, 2, None),
             ],
             "evidence": [(380, "basic.qualified_supplier", "Реестр поставщиков")],
             "selection": _selection(4, 3, 3, 2, 4, 4, 2),
             "whitespace": _grid(
                 ["Склад Екатеринбург", "Склад Челябинск", "Автопарк", "ИТ"],
                 ["Телематика", "WMS", "Route optimisation", "Support 24/7"],
                 ["HHOH", "OC.O", "HNO.", "NO.O"],
                 {(0, 2): 240_000.0, (1, 0): 180_000.0, (1, 3): 60_000.0,
                  (2, 2): 320_000.0, (3, 1): 150_000.0, (3, 3): 45_000.0})},
        ),
        _document(
            today, 3,
            {"id": "demo-northwind", "name": "Northwind Health Systems",
             "industry": "Healthcare", "owner": "Tom Becker", "tier": "growth",
             "annual_revenue": 650_000.0, "potential_revenue": 2_400_000.0, "currency": "USD",
             "lifecycle_stage": "new", "relationship_stage": "basic",
             "target_stage": "cooperative",
             "notes": "Won the lab-systems pilot; IT security review is the gate to roll-out."},
            _NORTHWIND, _NORTHWIND_STAFF,
            ["Clinical Lead", "Systems Analyst", "Lab Manager", "Ward Manager",
             "Procurement Specialist", "Data Engineer"],
            [(240, "exploratory", "Met at HIMSS"), (90, "basic", "Pilot contract signed")],
            ["Pilot kick-off with the clinical team", "Security questionnaire call",
             "Sent the ROI model", "Dinner at the healthcare IT summit",
             "Steering committee: pilot results", "Call with procurement on framework terms"],
            {"person_changes": [
                (200, "cmo", "stance", "neutral", "supporter", "Saw the pilot data"),
                (120, "cmo", "stance", "supporter", "champion", None),
                (110, "cmo", "relationship", 3, 4, None),
                (28, "ciso", "stance", "neutral", "blocker", "Security review opened"),
                (25, "cio", "relationship", 2, 1, "Sided with the CISO"),
             ],
             "evidence": [(85, "basic.qualified_supplier", "Vendor onboarding done")],
             "selection": _selection(2, 5, 5, 3, 5, 4, 4),
             "whitespace": _grid(
                 ["Laboratory", "Radiology", "Nursing", "IT"],
                 ["Lab systems", "Analytics", "Integration", "Training"],
                 ["HOOH", "CO..", ".O.O", "N.C."],
                 {(0, 1): 380_000.0, (0, 2): 220_000.0, (1, 1): 290_000.0,
                  (2, 1): 150_000.0, (2, 3): 40_000.0})},
        ),
    ]
