"""The demo workspace: three realistic key accounts (Chinese, Russian, English).

Built in code rather than shipped as JSON so that dates stay relative to today
(recent contacts look recent) while names, titles and structure are fixed.
Every document goes through the same validation as an imported file.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from app.errors import Conflict
from app.i18n import _
from app.models.account import AccountFile
from app.services.accounts import AccountService, ImportResult
from app.storage.store import IMPORT, AccountStore

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
    N not relevant, . not assessed. What the customer already buys from us is shared."""
    status = {"H": "has", "O": "opportunity", "C": "competitor", "N": "not_relevant"}
    cells = []
    for u, row in enumerate(rows):
        for o, letter in enumerate(row):
            if letter == ".":
                continue
            cells.append({"unit": units[u], "offering": offerings[o], "status": status[letter],
                          "value": values.get((u, o)) if letter == "O" else None,
                          "client_visible": letter == "H"})
    return {"units": units, "offerings": offerings, "cells": cells}


def _day(today: dt.date, offset: int) -> str:
    """The ISO date ``offset`` days from today (negative: in the past)."""
    return (today + dt.timedelta(days=offset)).isoformat()


def _revenue(today: dt.date, this_year: list[float], next_year: list[float],
             achieved: list[float]) -> list[dict[str, Any]]:
    """Quarterly plan for this year and the next; actuals (planned × the quarter's share
    in ``achieved``) only for quarters that have ended."""
    lines = []
    for year, plan in ((today.year, this_year), (today.year + 1, next_year)):
        for quarter, planned in enumerate(plan, start=1):
            end = dt.date(year + quarter // 4, quarter % 4 * 3 + 1, 1) - dt.timedelta(days=1)
            actual = (round(planned * achieved[quarter - 1], -3)
                      if year == today.year and end < today else None)
            lines.append({"year": year, "quarter": quarter, "planned": planned,
                          "actual": actual})
    return lines


def _review(today: dt.date, key: str, offset: int, title: str, **fields: Any) -> dict[str, Any]:
    when = today + dt.timedelta(days=offset)
    quarter = (when.month - 1) // 3 + 1
    return {"id": key, "date": when.isoformat(),
            "title": f"Q{quarter} {when.year} {title}", "held": offset < 0, **fields}


def _kpi(today: dt.date, key: str, name: str, unit: str, target: float,
         values: list[tuple[int, float]], higher_is_better: bool = True) -> dict[str, Any]:
    """A KPI with values measured (days ago, value)."""
    return {"id": key, "name": name, "unit": unit, "target": target,
            "higher_is_better": higher_is_better,
            "values": [{"date": _day(today, -days), "value": value} for days, value in values]}


def _team(lead: str, sponsor: str, *others: tuple[str, str, str | None]) -> list[dict[str, Any]]:
    """Our account team: the account lead, an executive sponsor and the others
    (name, role, notes). Ids t1, t2, … in that order."""
    members = [(lead, "account_lead", None), (sponsor, "executive_sponsor", None), *others]
    emails = {name: name.lower().replace("dr. ", "").replace(" ", ".") + "@rapport-demo.example"
              for name, _, _ in members}
    return [{"id": f"t{i}", "name": name, "role": role, "email": emails[name], "notes": notes}
            for i, (name, role, notes) in enumerate(members, start=1)]


def _share(plan: dict[str, Any], **shared: list[str]) -> dict[str, Any]:
    """Mark the named entries (ids per section) as shared with the customer: the demo's
    client PDFs show a realistic handful (joint objectives, the review schedule, the
    KPIs agreed with the customer, one or two actions), everything else stays ours."""
    for section, ids in shared.items():
        for entry in plan[section]:
            if entry["id"] in ids:
                entry["client_visible"] = True
    return plan


def _huadong_plan(today: dt.date) -> dict[str, Any]:
    d = lambda offset: _day(today, offset)  # noqa: E731
    return _share({
        "team": _team("Anna Weber", "Dr. Klaus Hoffmann",
                      ("Tom Becker", "technical_lead", "负责试点线和预测性维护"),
                      ("Lena Fischer", "delivery", "Supply chain and plant roll-outs")),
        "insights": [
            {"id": "i1", "kind": "goal", "confirmed": True,
             "text": "到2028年产能翻倍，新建无锡二期工厂。Double capacity by 2028 (Wuxi phase 2).",
             "value_proposition": "Condition monitoring from day one: new lines reach "
                                  "target OEE months earlier."},
            {"id": "i2", "kind": "pressure", "confirmed": True,
             "text": "主机厂客户要求年降价3%。Car makers demand 3 % lower prices every year.",
             "value_proposition": "Predictive maintenance cuts unplanned downtime by a "
                                  "third: the saving pays the price cut."},
            {"id": "i3", "kind": "initiative", "confirmed": False,
             "text": "数字化工厂项目（MES 升级），由信息化总监周强牵头。",
             "value_proposition": "Our MES connectors shorten the integration to weeks."},
            {"id": "i4", "kind": "pressure", "confirmed": False,
             "text": "CFO 李静 questions the total cost of ownership of every supplier.",
             "value_proposition": None},
        ],
        "objectives": [
            {"id": "o1", "title": "续签三年框架协议 / Renew the framework agreement",
             "measure": "Contract value (CNY)", "target_value": 150_000_000.0,
             "target_date": d(220), "owner": "t1", "status": "on_track",
             "milestones": [
                 {"title": "Business review held", "due": d(-35), "done": True},
                 {"title": "TCO study for the CFO", "due": d(-5), "done": False},
                 {"title": "提交续约报价", "due": d(120), "done": False},
             ], "notes": None},
            {"id": "o2", "title": "Predictive maintenance in Suzhou",
             "measure": "Lines connected", "target_value": 12.0, "target_date": d(300),
             "owner": "t2", "status": "on_track",
             "milestones": [
                 {"title": "Pilot line live", "due": d(-200), "done": True},
                 {"title": "4 more lines", "due": d(60), "done": False},
             ], "notes": "试点线停机时间减少 31%。"},
            {"id": "o3", "title": "Enter the Wuxi plant", "measure": "Annual revenue (CNY)",
             "target_value": 8_000_000.0, "target_date": d(480), "owner": "t4",
             "status": "planned",
             "milestones": [{"title": "Site visit with 赵磊", "due": d(45), "done": False}],
             "notes": None},
        ],
        "revenue_plan": _revenue(today, [10e6, 10.5e6, 11e6, 11.5e6],
                                 [12e6, 12.5e6, 13e6, 13.5e6], [1.04, 0.97, 1.02, 0.99]),
        "risks": [
            {"id": "r1", "title": "CFO pushes a price-only tender for the renewal",
             "category": "financial", "likelihood": 3, "impact": 5,
             "mitigation": "TCO study with plant data; sponsor meeting with 李静.",
             "owner": "t1", "escalation": "management", "status": "mitigating",
             "internal": False, "notes": None},
            {"id": "r2", "title": "本地竞争对手低价进入无锡工厂",
             "category": "competitive", "likelihood": 3, "impact": 3,
             "mitigation": "Reference visit to the Suzhou pilot line.", "owner": "t4",
             "escalation": "none", "status": "open", "internal": False, "notes": None},
            {"id": "r3", "title": "郑浩 (supply chain) works against us",
             "category": "relationship", "likelihood": 4, "impact": 3,
             "mitigation": "Win him through 张伟; never escalate over his head.",
             "owner": "t1", "escalation": "account_team", "status": "open", "internal": True,
             "notes": "Internal only: do not show in client documents."},
            {"id": "r4", "title": "Sensor delivery delays from our plant",
             "category": "delivery", "likelihood": 2, "impact": 4,
             "mitigation": "Safety stock in Shanghai.", "owner": "t4", "escalation": "none",
             "status": "closed", "internal": False, "notes": None},
            {"id": "r5", "title": "数据出境合规 / cross-border data rules for cloud analytics",
             "category": "compliance", "likelihood": 2, "impact": 5,
             "mitigation": "On-premise option in the offer.", "owner": "t2",
             "escalation": "none", "status": "open", "internal": False, "notes": None},
        ],
        "actions": [
            {"id": "a1", "title": "TCO study for 李静", "owner": "t1", "due": d(-5),
             "status": "in_progress", "objective": "o1", "risk": "r1", "stakeholder": "cfo",
             "notes": "Overdue: plant data from 赵磊 still missing."},
            {"id": "a2", "title": "Sponsor dinner: Dr. Hoffmann with 王建国", "owner": "t2",
             "due": d(25), "status": "open", "objective": "o1", "risk": "r1",
             "stakeholder": "ceo", "notes": None},
            {"id": "a3", "title": "发送试点线报告", "owner": "t3", "due": d(-40),
             "status": "done", "objective": "o2", "risk": None, "stakeholder": "cto",
             "notes": None},
            {"id": "a4", "title": "Plan the next four lines with 赵磊", "owner": "t3",
             "due": d(-12), "status": "open", "objective": "o2", "risk": None,
             "stakeholder": "mfg", "notes": None},
            {"id": "a5", "title": "Reference visit for the Wuxi team", "owner": "t4",
             "due": d(40), "status": "open", "objective": "o3", "risk": "r2",
             "stakeholder": "coo", "notes": None},
            {"id": "a6", "title": "Lunch with 郑浩 and 张伟", "owner": "t1", "due": d(14),
             "status": "open", "objective": None, "risk": "r3", "stakeholder": "scm",
             "notes": None},
            {"id": "a7", "title": "On-premise analytics offer", "owner": "t3", "due": d(-60),
             "status": "done", "objective": None, "risk": "r5", "stakeholder": "it",
             "notes": None},
        ],
        "reviews": [
            _review(today, "rv1", -35, "business review / 季度业务回顾",
                    agenda="1. 试点线结果 Pilot results\n2. Capacity plan 2028\n"
                           "3. Renewal timeline",
                    our_attendees=["t1", "t3", "t4"], their_attendees=["coo", "cto", "mfg"],
                    notes="张伟 wants the Suzhou roll-out before the renewal. 李静 was absent.",
                    decisions="Four more lines in Suzhou next quarter; TCO study for the CFO.",
                    follow_ups=["a1", "a4"]),
            _review(today, "rv2", 55, "business review / 季度业务回顾",
                    agenda="1. TCO study\n2. Renewal offer", our_attendees=["t1", "t2"],
                    their_attendees=["ceo", "cfo", "coo"]),
            _review(today, "rv3", 146, "business review / 季度业务回顾"),
        ],
        "kpis": [
            _kpi(today, "k1", "Unplanned downtime, pilot line", "h / month", 20.0,
                 [(150, 41.0), (120, 33.5), (90, 29.0), (60, 24.5), (30, 22.0), (5, 19.5)],
                 higher_is_better=False),
            _kpi(today, "k2", "准时交付率 On-time delivery", "%", 98.0,
                 [(120, 95.5), (90, 97.0), (60, 96.0), (30, 98.5)]),
            _kpi(today, "k3", "Lines connected", "lines", 12.0, [(200, 1.0), (60, 2.0), (10, 3.0)]),
        ],
    }, team=["t1", "t2"], insights=["i1"], objectives=["o2"],
                  actions=["a3", "a4"], reviews=["rv1", "rv2", "rv3"],
                  kpis=["k1", "k2", "k3"])


def _ural_plan(today: dt.date) -> dict[str, Any]:
    d = lambda offset: _day(today, offset)  # noqa: E731
    return _share({
        "team": _team("Lena Fischer", "Dr. Klaus Hoffmann",
                      ("Anna Weber", "other", "Ведёт отношения с генеральным и финансовым "
                                              "директором"),
                      ("Tom Becker", "technical_lead", None)),
        "insights": [
            {"id": "i1", "kind": "pressure", "confirmed": True,
             "text": "Новый финансовый директор сокращает затраты на 15 % и пересматривает "
                     "всех поставщиков.",
             "value_proposition": "Телематика снижает расход топлива на 8 %: экономия "
                                  "больше нашей цены."},
            {"id": "i2", "kind": "goal", "confirmed": True,
             "text": "Доставка «день в день» в Екатеринбурге и Челябинске к 2027 году.",
             "value_proposition": "Route optimisation for same-day delivery."},
            {"id": "i3", "kind": "initiative", "confirmed": False,
             "text": "Собственная WMS вместо внешних систем (слух от ИТ-директора).",
             "value_proposition": None},
        ],
        "objectives": [
            {"id": "o1", "title": "Удержать контракт на телематику", "measure": "Renewal signed",
             "target_value": None, "target_date": d(90), "owner": "t1", "status": "at_risk",
             "milestones": [
                 {"title": "Расчёт экономии для финдиректора", "due": d(-10), "done": False},
                 {"title": "Встреча с генеральным директором", "due": d(30), "done": False},
             ], "notes": "Тендер объявлен после смены финансового директора."},
            {"id": "o2", "title": "Route optimisation pilot in Chelyabinsk",
             "measure": "Pilot revenue (EUR)", "target_value": 180_000.0,
             "target_date": d(240), "owner": "t4", "status": "planned",
             "milestones": [{"title": "Pilot proposal", "due": d(45), "done": False}],
             "notes": None},
        ],
        "revenue_plan": _revenue(today, [450e3, 450e3, 470e3, 470e3],
                                 [430e3, 450e3, 480e3, 500e3], [1.0, 0.93, 0.86, 0.8]),
        "risks": [
            {"id": "r1", "title": "Тендер на всех поставщиков: проигрыш по цене",
             "category": "financial", "likelihood": 4, "impact": 5,
             "mitigation": "Расчёт совокупной стоимости владения; визит спонсора.",
             "owner": "t1", "escalation": "executive", "status": "open", "internal": False,
             "notes": None},
            {"id": "r2", "title": "Соколов (закупки) blocks every meeting",
             "category": "relationship", "likelihood": 4, "impact": 4,
             "mitigation": "Go through Кузнецов; do not bypass procurement openly.",
             "owner": "t3", "escalation": "management", "status": "mitigating",
             "internal": True, "notes": "Только для внутреннего пользования."},
            {"id": "r3", "title": "Служба безопасности запрещает облачную телематику",
             "category": "security", "likelihood": 3, "impact": 4,
             "mitigation": "Локальный сервер в Екатеринбурге.", "owner": "t4",
             "escalation": "account_team", "status": "open", "internal": False,
             "notes": None},
            {"id": "r4", "title": "Санкционные ограничения на поставку оборудования",
             "category": "compliance", "likelihood": 2, "impact": 5,
             "mitigation": "Export control check for every order.", "owner": "t1",
             "escalation": "management", "status": "open", "internal": False, "notes": None},
            {"id": "r5", "title": "Задержки поставок запчастей", "category": "delivery",
             "likelihood": 3, "impact": 2, "mitigation": None, "owner": None,
             "escalation": "none", "status": "closed", "internal": False, "notes": None},
        ],
        "actions": [
            {"id": "a1", "title": "Расчёт экономии для Смирновой", "owner": "t1", "due": d(-10),
             "status": "in_progress", "objective": "o1", "risk": "r1", "stakeholder": "fd",
             "notes": None},
            {"id": "a2", "title": "Встреча Dr. Hoffmann — Иванов", "owner": "t2", "due": d(30),
             "status": "open", "objective": "o1", "risk": "r1", "stakeholder": "gd",
             "notes": None},
            {"id": "a3", "title": "Ответ на вопросы службы безопасности", "owner": "t4",
             "due": d(-20), "status": "open", "objective": None, "risk": "r3",
             "stakeholder": "sb", "notes": "Просрочено"},
            {"id": "a4", "title": "Прислать новый график поставок", "owner": "t1", "due": d(-50),
             "status": "done", "objective": None, "risk": "r5", "stakeholder": "log",
             "notes": None},
            {"id": "a5", "title": "Pilot proposal for Chelyabinsk", "owner": "t4", "due": d(45),
             "status": "open", "objective": "o2", "risk": None, "stakeholder": "kd",
             "notes": None},
            {"id": "a6", "title": "Обед с Кузнецовым", "owner": "t3", "due": d(-3),
             "status": "cancelled", "objective": None, "risk": "r2", "stakeholder": "kd",
             "notes": "Перенесено на следующий квартал."},
        ],
        "reviews": [
            _review(today, "rv1", -60, "обзор аккаунта",
                    agenda="1. Сроки поставок\n2. Новый финансовый директор",
                    our_attendees=["t1", "t3"], their_attendees=["kd", "log"],
                    notes="Кузнецов предупредил о тендере. Смирнова не пришла.",
                    decisions="Готовим расчёт экономии; подключаем спонсора.",
                    follow_ups=["a1", "a2", "a4"]),
            _review(today, "rv2", 30, "обзор аккаунта", our_attendees=["t1", "t2", "t3"],
                    their_attendees=["gd", "fd", "kd"], agenda="Продление контракта"),
            _review(today, "rv3", 121, "обзор аккаунта"),
        ],
        "kpis": [
            _kpi(today, "k1", "Доставка в срок", "%", 97.0,
                 [(150, 96.0), (120, 95.0), (90, 92.5), (60, 90.0), (30, 88.5)]),
            _kpi(today, "k2", "Жалобы", "в месяц", 2.0,
                 [(120, 1.0), (90, 3.0), (60, 4.0), (30, 5.0)], higher_is_better=False),
        ],
    }, team=["t1", "t2"], insights=["i2"], objectives=["o2"],
                  actions=["a4", "a5"], reviews=["rv2", "rv3"], kpis=["k1", "k2"])


def _northwind_plan(today: dt.date) -> dict[str, Any]:
    d = lambda offset: _day(today, offset)  # noqa: E731
    return _share({
        "team": _team("Tom Becker", "Dr. Klaus Hoffmann",
                      ("Anna Weber", "support", "Executive relationships"),
                      ("Lena Fischer", "delivery", "Runs the pilot roll-out")),
        "insights": [
            {"id": "i1", "kind": "goal", "confirmed": True,
             "text": "Cut lab turnaround times by 30 % across all four hospitals.",
             "value_proposition": "Our lab systems cut turnaround by 35 % in the pilot."},
            {"id": "i2", "kind": "pressure", "confirmed": True,
             "text": "Ransomware attacks on hospitals: every vendor faces a security review.",
             "value_proposition": "ISO 27001 and an on-premise option."},
            {"id": "i3", "kind": "initiative", "confirmed": True,
             "text": "Enterprise analytics platform led by the CIO.",
             "value_proposition": "Open APIs that feed the platform."},
            {"id": "i4", "kind": "goal", "confirmed": False,
             "text": "Nurse staffing: less time on paperwork.", "value_proposition": None},
        ],
        "objectives": [
            {"id": "o1", "title": "Roll out lab systems to all four hospitals",
             "measure": "Hospitals live", "target_value": 4.0, "target_date": d(270),
             "owner": "t1", "status": "at_risk",
             "milestones": [
                 {"title": "Pilot results to the steering committee", "due": d(-20),
                  "done": True},
                 {"title": "Security review passed", "due": d(15), "done": False},
                 {"title": "Framework contract signed", "due": d(90), "done": False},
             ], "notes": "The CISO's review is the gate."},
            {"id": "o2", "title": "Analytics pilot in radiology",
             "measure": "Pilot revenue (USD)", "target_value": 290_000.0,
             "target_date": d(365), "owner": "t3", "status": "planned",
             "milestones": [], "notes": None},
        ],
        "revenue_plan": _revenue(today, [120e3, 150e3, 170e3, 210e3],
                                 [300e3, 420e3, 520e3, 600e3], [1.1, 1.05, 0.95, 1.0]),
        "risks": [
            {"id": "r1", "title": "Security review blocks the roll-out",
             "category": "security", "likelihood": 4, "impact": 5,
             "mitigation": "Penetration test report; CISO workshop.", "owner": "t1",
             "escalation": "management", "status": "mitigating", "internal": False,
             "notes": None},
            {"id": "r2", "title": "CIO prefers the incumbent EHR vendor's module",
             "category": "competitive", "likelihood": 3, "impact": 4,
             "mitigation": "Integration demo with the enterprise architect.",
             "owner": "t1", "escalation": "account_team", "status": "open", "internal": True,
             "notes": "Whitfield sided with the CISO: keep this out of client decks."},
            {"id": "r3", "title": "Budget freeze after the fiscal year closes",
             "category": "financial", "likelihood": 2, "impact": 4, "mitigation": None,
             "owner": "t3", "escalation": "none", "status": "open", "internal": False,
             "notes": None},
            {"id": "r4", "title": "Pilot staff turnover", "category": "delivery",
             "likelihood": 2, "impact": 2, "mitigation": "Train the trainers.",
             "owner": "t4", "escalation": "none", "status": "closed", "internal": False,
             "notes": None},
        ],
        "actions": [
            {"id": "a1", "title": "Send the penetration test report", "owner": "t1",
             "due": d(-8), "status": "open", "objective": "o1", "risk": "r1",
             "stakeholder": "ciso", "notes": None},
            {"id": "a2", "title": "CISO workshop with our security team", "owner": "t4",
             "due": d(12), "status": "open", "objective": "o1", "risk": "r1",
             "stakeholder": "ciso", "notes": None},
            {"id": "a3", "title": "Integration demo for the enterprise architect",
             "owner": "t1", "due": d(-30), "status": "done", "objective": "o1", "risk": "r2",
             "stakeholder": "arch", "notes": None},
            {"id": "a4", "title": "Share the ROI model with the CFO", "owner": "t3",
             "due": d(-2), "status": "in_progress", "objective": "o1", "risk": "r3",
             "stakeholder": "cfo", "notes": None},
            {"id": "a5", "title": "Radiology analytics proposal", "owner": "t3", "due": d(60),
             "status": "open", "objective": "o2", "risk": None, "stakeholder": "cmo",
             "notes": None},
        ],
        "reviews": [
            _review(today, "rv1", -20, "steering committee",
                    agenda="1. Pilot results\n2. Security review\n3. Roll-out plan",
                    our_attendees=["t1", "t2", "t4"], their_attendees=["cmo", "cio", "nurse"],
                    notes="Dr. Raman presented the turnaround data herself.",
                    decisions="Roll-out approved subject to the security review.",
                    follow_ups=["a1", "a2", "a4"]),
            _review(today, "rv2", 70, "account review", our_attendees=["t1", "t3"],
                    their_attendees=["ceo", "cmo", "coo"]),
            _review(today, "rv3", 161, "account review"),
        ],
        "kpis": [
            _kpi(today, "k1", "Lab turnaround time", "min", 45.0,
                 [(120, 72.0), (90, 61.0), (60, 52.0), (30, 47.0)], higher_is_better=False),
            _kpi(today, "k2", "Clinician satisfaction", "score 1–10", 8.0,
                 [(90, 6.5), (30, 7.8)]),
        ],
    }, team=["t1", "t2", "t4"], insights=["i1", "i3"],
                  objectives=["o1", "o2"], actions=["a1", "a5"],
                  reviews=["rv1", "rv2", "rv3"], kpis=["k1", "k2"])


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
                (100, "cfo", "stance", "neutral", "skeptic", "质疑总拥有成本 / questions TCO"),
                (75, "mfg", "stance", "neutral", "supporter",
                 "试点线数据说服了他 / won over by the pilot data"),
                (70, "mfg", "relationship", 2, 3, None),
                (13, "rd", "stance", "champion", "supporter",
                 "研发预算被削减 / her R&D budget was cut"),
                (13, "rd", "relationship", 3, 2, None),
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
                  (2, 1): 2_200_000.0}),
             **_huadong_plan(today)},
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
                (100, "it", "stance", "skeptic", "neutral", "Увидел телематику в работе"),
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
                  (2, 2): 320_000.0, (3, 1): 150_000.0, (3, 3): 45_000.0}),
             **_ural_plan(today)},
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
                (30, "arch", "stance", "neutral", "supporter", "The integration demo won him"),
                (28, "ciso", "stance", "neutral", "blocker", "Security review opened"),
                (25, "cio", "stance", "neutral", "skeptic", "Sided with the CISO"),
                (25, "cio", "relationship", 2, 1, None),
             ],
             "evidence": [(85, "basic.qualified_supplier", "Vendor onboarding done")],
             "selection": _selection(2, 5, 5, 3, 5, 4, 4),
             "whitespace": _grid(
                 ["Laboratory", "Radiology", "Nursing", "IT"],
                 ["Lab systems", "Analytics", "Integration", "Training"],
                 ["HOOH", "CO..", ".O.O", "N.C."],
                 {(0, 1): 380_000.0, (0, 2): 220_000.0, (1, 1): 290_000.0,
                  (2, 1): 150_000.0, (2, 3): 40_000.0}),
             **_northwind_plan(today)},
        ),
    ]


# -- history ------------------------------------------------------------------------------
# The demo accounts as they were over the past two quarters, so that "the map as of a
# date" and "what changed since the last review" have something to show on first start.
# Each account's story is a list of edited days, newest last; each day says how to undo
# what was changed that day (the state before it, from the state after it), so the
# earlier versions are derived from today's document and always end in it. Stance and
# relationship moves are not listed: they are in the documents' stakeholder history and
# rolled back from it (``state_as_of``), as are interactions, stage changes, KPI values.
#
# Undo steps:
#   ("set", section, id, {field: value before})  a person, risk or objective changed
#   ("new", section, id)                          it appeared that day (absent before)
#   ("gone", "person", record)                    a person left that day (back before)
#   ("new", "line", source, target)               a line drawn that day
#   ("gone", "line", record)                      a line removed that day
Undo = tuple[Any, ...]


@dataclass(frozen=True)
class _Day:
    days: int  # before today
    by: str  # who of our account team saved it
    undo: tuple[Undo, ...] = ()


@dataclass(frozen=True)
class PastVersion:
    """One version of a demo account: the day it was saved, by whom, and how it was."""

    day: dt.date
    saved_by: str
    doc: AccountFile


def _left(key: str, name: str, title: str, department: str, boss: str | None, role: str,
          stance: str, influence: int, relationship: int, owner: str | None,
          contact: int | None) -> Undo:
    """A person who left (``contact``: days before today of their last contact)."""
    return ("gone", "person", {
        "id": key, "name": name, "title": title, "department": department, "role": role,
        "stance": stance, "influence": influence, "relationship": relationship,
        "reports_to": boss, "our_owner": owner, "notes": None, "last_contact": contact})


def _line(key: str, source: str, target: str, kind: str, strength: int) -> Undo:
    return ("gone", "line", {"id": key, "source": source, "target": target, "kind": kind,
                             "strength": strength, "note": None})


_STORIES: dict[str, list[_Day]] = {
    # Huadong: procurement's skeptic leaves, the CFO turns against the renewal price,
    # then the pilot line wins the plant over (the quarter's net gain: the portfolio's
    # "improved most"), and after the Q3 review R&D cools (budget cut) while a local
    # competitor appears in Wuxi.
    "demo-huadong": [
        _Day(178, "Anna Weber"),
        _Day(150, "Lena Fischer", (
            ("new", "line", "p03", "cto"),
            ("set", "objective", "o2", {"status": "at_risk"}),
            ("set", "risk", "r4", {"status": "open", "likelihood": 3}))),
        _Day(120, "Tom Becker", (
            _left("qian", "钱伟", "采购经理", "采购部", "cpo", "gatekeeper", "skeptic", 3, 1,
                  None, 150),
            _line("ln90", "qian", "cpo", "informal", 3),
            ("set", "objective", "o2", {"status": "on_track"}))),
        _Day(91, "Lena Fischer", (
            ("new", "person", "p11"),
            ("new", "line", "p12", "cto"),
            ("set", "risk", "r4", {"status": "mitigating"}))),
        _Day(60, "Anna Weber", (
            ("new", "risk", "r1"),
            ("set", "person", "qa", {"influence": 2}))),
        _Day(35, "Anna Weber", (
            _line("ln91", "p05", "mfg", "informal", 2),
            ("set", "objective", "o1", {"status": "planned"}),
            ("set", "risk", "r1", {"status": "open"}))),
        _Day(13, "Tom Becker", (
            ("new", "person", "hr"),
            ("new", "risk", "r2"),
            ("set", "risk", "r1", {"likelihood": 2}))),
        _Day(0, "Anna Weber", (
            ("new", "line", "p08", "qa"),
            ("set", "person", "p04", {"reports_to": "mfg", "department": "生产部"}),
            ("set", "person", "cpo", {"our_owner": "Anna Weber"}))),
    ],
    # Ural: IT comes round, the security service gains a veto, the CFO's tender turns
    # procurement into a blocker, the stage falls back to basic, our ally in the
    # commercial team leaves and Kuznetsov cools.
    "demo-ural": [
        _Day(175, "Lena Fischer"),
        _Day(150, "Lena Fischer", (
            ("new", "line", "pom", "it"),
            ("set", "objective", "o1", {"status": "planned"}),
            ("new", "risk", "r5"))),
        _Day(100, "Tom Becker", (
            ("new", "person", "p11"),
            ("set", "person", "it", {"our_owner": "Lena Fischer"}),
            ("set", "risk", "r4", {"likelihood": 1}))),
        _Day(60, "Lena Fischer", (
            ("set", "risk", "r5", {"status": "open"}),
            ("set", "person", "sb", {"influence": 3}),
            ("new", "person", "p10"))),
        _Day(45, "Anna Weber", (
            ("new", "risk", "r1"),
            ("new", "line", "p05", "gd"))),
        _Day(40, "Lena Fischer", (
            ("set", "objective", "o1", {"status": "on_track"}),)),
        _Day(38, "Lena Fischer", (
            ("set", "risk", "r2", {"likelihood": 3}),)),
        _Day(30, "Lena Fischer", (
            _left("akhm", "Руслан Ахметов", "Заместитель коммерческого директора",
                  "Коммерция", "kd", "influencer", "supporter", 3, 3, "Lena Fischer", 35),
            _line("ln90", "akhm", "kd", "informal", 3),
            _line("ln91", "akhm", "log", "informal", 2))),
        _Day(0, "Tom Becker", (
            ("set", "risk", "r3", {"likelihood": 2}),
            ("set", "person", "p06", {"role": "user_buyer"}))),
    ],
    # Northwind: a new CIO replaces our supporter, the pilot contract moves the stage
    # to basic, the CMO becomes our champion, the security review turns the CISO into a
    # blocker and the new CIO sides with her; after the steering committee a new finance
    # director arrives and a budget freeze looms.
    "demo-northwind": [
        _Day(170, "Tom Becker"),
        _Day(120, "Tom Becker", (
            ("new", "line", "p05", "ceo"),)),
        _Day(110, "Anna Weber", (
            ("new", "person", "cio"),
            _left("hale", "Robert Hale", "Chief Information Officer", "IT", "ceo",
                  "decision_maker", "supporter", 4, 2, "Tom Becker", 125),
            _line("ln90", "hale", "ceo", "formal", 2),
            _line("ln91", "arch", "hale", "informal", 2),
            *(("set", "person", who, {"reports_to": "hale"})
              for who in ("ciso", "arch", "p07", "p15")))),
        _Day(90, "Tom Becker", (
            ("set", "objective", "o1", {"status": "planned"}),
            ("new", "risk", "r2"))),
        _Day(58, "Lena Fischer", (
            ("set", "risk", "r4", {"status": "open"}),
            ("new", "objective", "o2"),
            ("set", "person", "nurse", {"influence": 3}))),
        _Day(30, "Tom Becker", (
            ("new", "risk", "r1"),)),
        _Day(28, "Tom Becker", (
            ("new", "line", "ciso", "cio"),
            ("set", "risk", "r2", {"likelihood": 2}))),
        _Day(25, "Anna Weber"),
        _Day(20, "Tom Becker", (
            ("set", "objective", "o1", {"status": "on_track"}),)),
        _Day(8, "Lena Fischer", (
            ("new", "person", "fin"),
            ("new", "risk", "r3"),
            ("set", "risk", "r1", {"likelihood": 3}))),
        _Day(0, "Tom Becker", (
            ("set", "person", "p08", {"role": None}),
            ("set", "person", "lab", {"influence": 2}))),
    ],
}

_SECTIONS = {"person": "stakeholders", "risk": "risks", "objective": "objectives",
             "insight": "insights"}


def _undo(state: dict[str, Any], step: Undo, today: dt.date) -> None:
    """Turn the state after a day's edit into the state before it (in place)."""
    what, section = step[0], step[1]
    if section == "line":
        if what == "new":
            state["influences"] = [x for x in state["influences"]
                                   if (x["source"], x["target"]) != (step[2], step[3])]
        else:
            state["influences"].append(dict(step[2]))
        return
    entries = state[_SECTIONS[section]]
    if what == "set":
        entry = next(e for e in entries if e["id"] == step[2])
        entry.update(step[3])
    elif what == "gone":
        record = dict(step[2])
        days = record.pop("last_contact")
        record["last_contact"] = None if days is None else _day(today, -days)
        entries.append(record)
    elif section == "person":
        _remove_person(state, step[2])
    else:
        state[_SECTIONS[section]] = [e for e in entries if e["id"] != step[2]]
        field = {"risks": "risk", "objectives": "objective"}.get(_SECTIONS[section])
        for action in state["actions"] if field else ():
            if action[field] == step[2]:
                action[field] = None


def _remove_person(state: dict[str, Any], key: str) -> None:
    state["stakeholders"] = [p for p in state["stakeholders"] if p["id"] != key]
    for p in state["stakeholders"]:
        if p["reports_to"] == key:
            p["reports_to"] = None
    state["influences"] = [x for x in state["influences"] if key not in (x["source"],
                                                                          x["target"])]
    state["interactions"] = [i for i in state["interactions"] if i["stakeholder"] != key]
    state["stakeholder_history"] = [h for h in state["stakeholder_history"]
                                    if h["stakeholder"] != key]
    for action in state["actions"]:
        if action["stakeholder"] == key:
            action["stakeholder"] = None
    for review in state["reviews"]:
        review["their_attendees"] = [x for x in review["their_attendees"] if x != key]


#: how long before a version's day its people had last been talked to (by their place
#: in the list), when their last contact known today came later
_TALKED = (4, 11, 19, 27, 36, 52)


def _dated(state: dict[str, Any], day: dt.date) -> AccountFile:
    """The account as saved on ``day``: dated records after it rolled back."""
    from app.assessment.health import state_as_of

    doc = state_as_of(AccountFile.model_validate(state, strict=False), day)
    data = doc.model_dump(mode="json")
    if data["stage_history"]:
        data["account"]["relationship_stage"] = data["stage_history"][-1]["stage"]
    later = {p["id"] for p in state["stakeholders"]
             if p["last_contact"] and p["last_contact"] > day.isoformat()}
    for i, person in enumerate(data["stakeholders"]):
        if person["id"] in later and person["last_contact"] is None:
            person["last_contact"] = (day - dt.timedelta(days=_TALKED[i % len(_TALKED)])
                                      ).isoformat()
    text = day.isoformat()
    horizon = (day + dt.timedelta(days=100)).isoformat()  # reviews planned a quarter ahead
    reviews = []
    for review in data["reviews"]:
        if review["date"] > horizon:
            continue
        if review["date"] > text:
            review.update(held=False, notes=None, decisions=None, follow_ups=[])
        reviews.append(review)
    data["reviews"] = reviews
    for objective in data["objectives"]:
        for milestone in objective["milestones"]:
            milestone["done"] = milestone["done"] and (milestone["due"] or "") <= text
    for action in data["actions"]:
        if action["status"] == "done" and (action["due"] or "") > text:
            action["status"] = "in_progress"
    return AccountFile.model_validate(data, strict=False)


def demo_history(today: dt.date | None = None) -> list[list[PastVersion]]:
    """Each demo account's versions over the past two quarters, oldest first; the last
    is :func:`demo_documents` of ``today`` (with the ids the store gives)."""
    from app.models.ids import with_ids

    today = today or dt.date.today()
    found = []
    for final in demo_documents(today):
        final = with_ids(final)
        story = _STORIES[final.account.id]
        state = final.model_dump(mode="json")
        versions = [PastVersion(today, story[-1].by, final)]
        for newer, older in zip(story[:0:-1], story[-2::-1], strict=True):
            for step in newer.undo:
                _undo(state, step, today)
            day = today - dt.timedelta(days=older.days)
            versions.append(PastVersion(day, older.by, _dated(state, day)))
        found.append(versions[::-1])
    return found


#: the time of day each past version was saved, by its place in the story
_HOURS = ((9, 12), (16, 40), (11, 5), (14, 25), (10, 50), (17, 15), (8, 35), (13, 55))


def install_demo(accounts: AccountService, today: dt.date | None = None, *,
                 replace: bool = False,
                 now: dt.datetime | None = None) -> list[ImportResult]:
    """Put the demo accounts in the database with their history: every version of
    :func:`demo_history` saved with its past date and the team member who made it,
    the last one ``now`` (default: the current time, on ``today``). One transaction:
    all accounts and versions, or nothing. A demo account already stored is refused
    (Conflict, nothing written) unless ``replace``: then the demo is saved over it
    and what was there stays readable in its history."""
    from app.assessment.changes import changes, describe

    today = today or dt.date.today()
    now = now or dt.datetime.combine(today, dt.datetime.now().time())
    stories = demo_history(today)
    keys = [versions[-1].doc.account.id for versions in stories]
    store = AccountStore()
    with accounts.database.transaction() as session:
        conn = session.connection()
        existing = store.existing(conn, keys)
        if existing and not replace:
            raise Conflict(_("Already in the database: {keys}. Use --replace to overwrite "
                             "(nothing was imported).").format(
                                 keys=", ".join(f'"{k}"' for k in existing)))
        results = []
        for versions in stories:
            first, last = versions[0], versions[-1]
            key = first.doc.account.id
            for i, version in enumerate(versions):
                hour, minute = _HOURS[i % len(_HOURS)]
                when = (now if version is last
                        else dt.datetime.combine(version.day, dt.time(hour, minute)))
                if i == 0 and key in existing:
                    store.save(conn, version.doc, None, origin=IMPORT, now=when,
                               changes=_("replaced by an import"), saved_by=version.saved_by)
                elif i == 0:
                    store.insert(conn, version.doc, origin=IMPORT, now=when,
                                 saved_by=version.saved_by)
                else:
                    before = versions[i - 1].doc
                    names = {p.id: p.name for p in version.doc.stakeholders}
                    lines = [describe(c, names) for c in changes(before, version.doc)]
                    store.save(conn, version.doc, None, now=when, changes="; ".join(lines),
                               saved_by=version.saved_by, previous=before)
            results.append(ImportResult(key, last.doc.account.name,
                                        len(last.doc.stakeholders), key in existing))
        return results
