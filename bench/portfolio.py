"""Portfolio benchmark: 10,000 accounts and 200,000 stakeholders.

Run from the repository root::

    python bench/portfolio.py                 # build (or reuse) the database, then measure
    python bench/portfolio.py --quick         # the first 2,000 accounts, 3 repeats
    python bench/portfolio.py --rebuild       # force a fresh database
    python bench/portfolio.py --repeat 9 --db /path/to/portfolio.sqlite

The database is the document store (schema 0007): one ``accounts`` row per account
holding its validated document, the summary columns and the ``people`` index, filled
with generated documents through ``AccountService.import_documents`` (see ``build``).

It measures what a key account manager with a big portfolio feels:

(a) opening the database and filling the account list
    (``open_database(writer=False, background_check=True)`` +
    ``AccountService.list_summaries()`` +
    ``AccountTableModel.set_summaries()``) against a plain ``sqlite3`` query that
    reads the same rows; target: at most 2x the plain query;
(b) one search keystroke (``AccountTableModel.set_filter``), bare and with a shown
    QTableView including ``QApplication.processEvents()``; target: one 16 ms frame;
(c) the people search the same box starts once typing pauses
    (``AccountService.find_people`` in a shown ``PeopleSearch``, in the GUI thread)
    against the same SQL on plain ``sqlite3``; target: 100 ms (a user action).

(d) ``--movers``: the portfolio's "Movers — last 90 days" on its own database
    (``--movers-accounts`` accounts of ``--movers-people`` people, default 50 × 300, each
    saved 150 days ago, 60 days ago and 10 days ago with a few stances and relationships
    changed): ``PortfolioService.iter_movers`` (read the version in force 90 days ago,
    unpack, parse, diff, score) against ``iter_scores`` over the same accounts, where the
    time goes for one account, and in a shown ``PortfolioView`` the time until the
    scores and until the movers are in, with the longest gap of the GUI's event loop
    while they are computed (a 5 ms timer's late ticks); target: no gap over 100 ms.
    Only this section runs with ``--movers``.

Not part of the pytest suite. Everything runs offscreen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before PySide6 is imported

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import PySide6  # noqa: E402
import sqlalchemy  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from app.fileformat.reader import integrity_problems  # noqa: E402
from app.models.account import AccountFile  # noqa: E402
from app.models.enums import (  # noqa: E402
    BuyingRole,
    InfluenceKind,
    LifecycleStage,
    RelationshipStage,
    Stance,
)
from app.services import accounts as accounts_module  # noqa: E402
from app.services.accounts import AccountService, AccountSummary  # noqa: E402
from app.storage import database as database_module  # noqa: E402
from app.storage import migrations, tables  # noqa: E402
from app.storage import store as store_module  # noqa: E402
from app.storage.database import APPLICATION_ID, Database, open_database  # noqa: E402
from app.views import account_model as account_model_module  # noqa: E402
from app.views.account_model import COLUMNS, AccountTableModel  # noqa: E402
from app.views.people_search import LIMIT as PEOPLE_LIMIT  # noqa: E402
from app.views.people_search import PeopleSearch  # noqa: E402

FRAME_MS = 16.0
ACTION_MS = 100.0
TARGET_RATIO = 2.0
DEFAULT_DB = Path(tempfile.gettempdir()) / "rapport-bench" / "portfolio.sqlite"
#: ``--quick`` (here, in overview.py and scores.py): the first 2,000 accounts of the same
#: generator, in their own file
QUICK_ACCOUNTS = 2_000
QUICK_DB = DEFAULT_DB.with_name("portfolio-2000.sqlite")

#: What a user types into the search box, one entry per keystroke ("" = cleared).
KEYSTROKES: tuple[str, ...] = (
    "с", "се", "сев", "се", "с", "",
    "w", "wa", "wan", "wang", "wan", "wa", "w", "",
    "n", "no", "nor", "nort", "north", "north ", "north l", "north lo", "north log", "",
    "华", "华东", "",
    "k", "ke", "key", "",
)

#: The plain-SQL baseline: the same rows as AccountService.list_summaries(), which reads
#: the summary columns the store writes beside each document (the people count is one of
#: them: no count over a stakeholders table any more).
BASELINE_SQL = """
SELECT key, name, industry, owner, tier, lifecycle_stage, relationship_stage,
       annual_revenue, potential_revenue, currency, people
FROM accounts ORDER BY id
"""

#: What the people search under the list queries once typing pauses
#: (``PeopleSearch.search_now``: the text stripped, two characters or more): each
#: distinct such text of the keystroke sequence, as a slow typist would pause on it.
PEOPLE_TEXTS: tuple[str, ...] = tuple(dict.fromkeys(
    t.strip() for t in KEYSTROKES if len(t.strip()) >= 2))


# =====================================================================================
# Synthetic portfolio
# =====================================================================================

LATIN_STEMS = [
    "North", "Northwind", "Northgate", "Northstar", "Summit", "Meridian", "Atlas", "Granite",
    "Helix", "Blue Harbor", "Redwood", "Silverline", "Oakridge", "Brightwater", "Ironbridge",
    "Westfield", "Eastbrook", "Kingsway", "Lakeside", "Crescent", "Müller & Söhne",
    "Søndergaard", "Évora", "Łódź", "Vasquez", "O'Brien", "Wang Brothers", "Van der Berg",
    "Nakamura", "Kowalski", "Delacroix", "Rossi", "Andersson", "Harbor Point", "Pinecrest",
]
LATIN_SECTORS = [
    "Logistics", "Health Systems", "Foods", "Energy", "Pharma", "Retail Group", "Components",
    "Analytics", "Chemicals", "Aerospace", "Textiles", "Automotive", "Telecom", "Mining",
    "Water", "Packaging", "Medical", "Software", "Steel", "Freight",
]
LATIN_SUFFIXES = ["Ltd", "GmbH", "Inc.", "AG", "S.A.", "plc", "LLC", "B.V.", "SE", "Oy", "", ""]

CYR_FORMS = ["ООО", "АО", "ПАО", "ЗАО", "ГК"]
CYR_STEMS = [
    "Северсталь", "Северный", "Северо-Запад", "Уралмаш", "Сибирь", "Волга", "Балтика",
    "Енисей", "Таймыр", "Кама", "Алтай", "Приморье", "Ладога", "Звезда", "Восток", "Дон",
    "Печора", "Онега", "Байкал", "Кубань",
]
CYR_SECTORS = [
    "Логистика", "Энергосбыт", "Телеком", "Агрохолдинг", "Стройинвест", "Транс",
    "Металлургия", "Нефтехим", "Фармация", "Ритейл", "Машиностроение", "Химпром",
]

ZH_REGIONS = ["华东", "华北", "北方", "南方", "深圳", "上海", "广州", "成都", "杭州", "武汉",
              "重庆", "天津", "苏州", "宁波", "西安", "青岛"]
ZH_CORES = ["精密", "新能源", "重工", "电子", "医药", "物流", "化工", "食品", "汽车", "通信",
            "纺织", "建材", "智能", "环保"]
ZH_SUFFIXES = ["有限公司", "集团", "科技有限公司", "股份有限公司", "制造有限公司"]

INDUSTRIES = {
    "lat": ["Manufacturing", "Healthcare", "Logistics", "Energy", "Retail",
            "Financial services", "Telecommunications", "Chemicals", "Automotive",
            "Food & beverage", "Pharmaceuticals", "Public sector", "Mining", "Aerospace"],
    "cyr": ["Металлургия", "Логистика", "Энергетика", "Нефть и газ", "Розничная торговля",
            "Машиностроение", "Manufacturing", "Telecommunications"],
    "zh": ["制造业", "物流", "能源", "医药", "电子", "Manufacturing", "Automotive"],
}
CURRENCIES = {"lat": ["EUR", "EUR", "USD", "USD", "GBP", "CHF", "SEK"],
              "cyr": ["RUB", "RUB", "RUB", "EUR"],
              "zh": ["CNY", "CNY", "CNY", "USD"]}

OWNERS = [
    "Anna Weber", "Tom Becker", "Lena Fischer", "Wang Lei", "Wang Fang", "Ivan Petrov",
    "Olga Smirnova", "María García", "Jürgen Schäfer", "Chen Jing", "Sophie Martin",
    "Дмитрий Соколов", "Елена Кузнецова", "王芳", "李娜", "Priya Raman", "Lars Nilsson",
    "Ahmed Hassan", "Chloé Dubois", "Kenji Watanabe", "Northcote, James", None,
]

LAT_FIRST = ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda",
             "Sarah", "Thomas", "Anna", "Lukas", "Sofia", "Mateo", "Chloé", "Øyvind", "Zoë",
             "Priya", "Kevin", "Rachel", "Tomás", "Ingrid", "Hiroshi", "Amara"]
LAT_LAST = ["Smith", "Johnson", "Ellison", "Okafor", "Whitfield", "Lindqvist", "Marsh", "Stone",
            "Alvarez", "Müller", "Schmidt", "Dubois", "Rossi", "Nowak", "Wang", "Chen", "García",
            "O'Neill", "Novák", "Jensen", "Kowalczyk", "Fernández", "Brown", "Taylor"]
CYR_MALE = ["Алексей", "Дмитрий", "Сергей", "Игорь", "Андрей", "Виктор", "Михаил", "Павел",
            "Роман", "Артём", "Константин", "Максим", "Николай", "Юрий"]
CYR_FEMALE = ["Ольга", "Наталья", "Екатерина", "Анна", "Юлия", "Татьяна", "Ирина", "Светлана",
              "Мария", "Елена", "Ксения", "Дарья"]
CYR_PATRONYMIC_M = ["Петрович", "Сергеевич", "Николаевич", "Викторович", "Павлович",
                    "Михайлович", "Алексеевич", "Игоревич"]
CYR_PATRONYMIC_F = ["Петровна", "Сергеевна", "Андреевна", "Игоревна", "Викторовна",
                    "Николаевна", "Алексеевна", "Михайловна"]
CYR_LAST_M = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Морозов",
              "Волков", "Лебедев", "Козлов", "Новиков", "Павлов", "Семёнов", "Голубев",
              "Виноградов", "Богданов", "Фёдоров", "Белов", "Северов", "Тарасов"]
ZH_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马",
               "朱", "胡", "郭", "何", "高", "林", "罗"]
ZH_GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
            "明", "超", "秀英", "建国", "晓明", "雪", "浩", "宁", "佳", "梅"]

TITLES = {
    "lat": ["Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer",
            "Chief Information Officer", "Head of Procurement", "IT Director",
            "Plant Manager", "Quality Director", "Supply Chain Manager", "Category Manager",
            "Enterprise Architect", "Head of R&D", "HR Director", "Executive Assistant",
            "Project Lead", "Buyer"],
    "cyr": ["Генеральный директор", "Финансовый директор", "Коммерческий директор",
            "Технический директор", "Директор по логистике", "Начальник отдела закупок",
            "Директор по ИТ", "Главный инженер", "Руководитель проекта",
            "Помощник генерального директора", "Специалист по закупкам"],
    "zh": ["总裁", "首席财务官", "首席运营官", "首席技术官", "采购总监", "制造总监",
           "质量总监", "信息化总监", "研发总监", "供应链经理", "人力资源总监", "总裁助理",
           "采购经理"],
}
DEPARTMENTS = {
    "lat": ["Executive", "Finance", "Operations", "IT", "Procurement", "Manufacturing",
            "Quality", "R&D", "HR", "Supply Chain"],
    "cyr": ["Дирекция", "Финансы", "Коммерция", "Техническая служба", "Логистика", "Закупки",
            "ИТ", "Производство"],
    "zh": ["总裁办", "财务部", "运营中心", "研发中心", "采购部", "生产部", "质量部", "信息部"],
}

TIERS = ["strategic", "key", "growth", "maintain", None]
TIER_WEIGHTS = [5, 20, 35, 30, 10]
LIFECYCLES = [s.value for s in LifecycleStage] + [None]
STAGES = [s.value for s in RelationshipStage] + [None]
STAGE_WEIGHTS = [20, 30, 25, 10, 5, 5, 5]
ROLES = [r.value for r in BuyingRole] + [None]
STANCES = [s.value for s in Stance] + [None]
KINDS = [k.value for k in InfluenceKind] + [None]
NOTES = [None, None, None, None, "Prefers e-mail; decisions by committee.",
         "Budget review every quarter — Q3 is the window.",
         "Ключевой контакт по продлению контракта.", "年度采购评审在十月。",
         "Met at the trade fair; follow up on the pilot."]


def _person(rnd: random.Random, culture: str) -> str:
    if culture == "lat":
        return f"{rnd.choice(LAT_FIRST)} {rnd.choice(LAT_LAST)}"
    if culture == "cyr":
        last = rnd.choice(CYR_LAST_M)
        if rnd.random() < 0.5:
            return f"{rnd.choice(CYR_MALE)} {rnd.choice(CYR_PATRONYMIC_M)} {last}"
        return f"{rnd.choice(CYR_FEMALE)} {rnd.choice(CYR_PATRONYMIC_F)} {last}а"
    return rnd.choice(ZH_SURNAMES) + rnd.choice(ZH_GIVEN)


def _account_name(rnd: random.Random, culture: str) -> str:
    if culture == "lat":
        return " ".join(p for p in (rnd.choice(LATIN_STEMS), rnd.choice(LATIN_SECTORS),
                                    rnd.choice(LATIN_SUFFIXES)) if p)
    if culture == "cyr":
        return f"{rnd.choice(CYR_FORMS)} «{rnd.choice(CYR_STEMS)} {rnd.choice(CYR_SECTORS)}»"
    return rnd.choice(ZH_REGIONS) + rnd.choice(ZH_CORES) + rnd.choice(ZH_SUFFIXES)


#: every this many generated documents, the file reader's cross-reference checks run too
INTEGRITY_SAMPLE_EVERY = 50
#: how ``build`` fills the store (see there)
FILL_IMPORT, FILL_ROWS = "import", "rows"


def generate(n_accounts: int, per_account: int, seed: int = 20261125) -> tuple[
        list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Deterministic rows for accounts, stakeholders (with reports_to) and influences.

    The rows of the relational schema this benchmark began with: ``generate_documents``
    turns them into account documents. Keeping the random sequence keeps the portfolio
    the same accounts, people and lines as before the document store. Tuples:
    accounts (id, key, name, industry, owner, tier, annual_revenue, potential_revenue,
    currency, lifecycle_stage, relationship_stage, target_stage, notes); stakeholders
    (id, account id, key, name, title, department, role, stance, influence,
    relationship, reports_to id, our_owner, last_contact, notes); influences (account
    id, source id, target id, strength, kind, note).
    """
    rnd = random.Random(seed)
    today = dt.date(2026, 11, 25)
    accounts: list[tuple[Any, ...]] = []
    stakeholders: list[tuple[Any, ...]] = []
    influences: list[tuple[Any, ...]] = []
    sid = 0
    for aid in range(1, n_accounts + 1):
        culture = rnd.choices(("lat", "cyr", "zh"), weights=(50, 25, 25))[0]
        annual = None if rnd.random() < 0.05 else round(10 ** rnd.uniform(5, 10.3), -3)
        potential = None if annual is None or rnd.random() < 0.2 else round(
            annual * rnd.uniform(1.0, 3.0), -3)
        stage = rnd.choices(STAGES, weights=STAGE_WEIGHTS)[0]
        accounts.append((
            aid,
            f"acc-{rnd.getrandbits(40):010x}",
            _account_name(rnd, culture),
            None if rnd.random() < 0.08 else rnd.choice(INDUSTRIES[culture]),
            rnd.choice(OWNERS),
            rnd.choices(TIERS, weights=TIER_WEIGHTS)[0],
            annual,
            potential,
            None if annual is None else rnd.choice(CURRENCIES[culture]),
            rnd.choice(LIFECYCLES),
            stage,
            rnd.choice(STAGES) if rnd.random() < 0.6 else None,
            rnd.choice(NOTES),
        ))
        first = sid + 1
        titles, depts = TITLES[culture], DEPARTMENTS[culture]
        for j in range(per_account):
            sid += 1
            # One root per account; everyone else reports to someone earlier, biased upwards
            # so the chart is a realistic few-levels-deep tree.
            parent = None if j == 0 else first + rnd.randrange(0, max(1, (j + 1) // 2))
            contact = None if rnd.random() < 0.3 else (
                today - dt.timedelta(days=rnd.randrange(0, 500))).isoformat()
            stakeholders.append((
                sid, aid, f"p{j:02d}", _person(rnd, culture),
                titles[0] if j == 0 else rnd.choice(titles),
                depts[0] if j == 0 else rnd.choice(depts),
                rnd.choice(ROLES), rnd.choice(STANCES),
                rnd.randint(1, 5) if rnd.random() < 0.9 else None,
                rnd.randint(0, 4) if rnd.random() < 0.9 else None,
                parent,
                rnd.choice(OWNERS),
                contact,
                rnd.choice(NOTES),
            ))
        if per_account >= 2:
            for _ in range(rnd.choice((0, 0, 1, 2, 3, 4, 5, 6, 8))):
                src, dst = rnd.sample(range(first, first + per_account), 2)
                influences.append((aid, src, dst, rnd.randint(1, 3), rnd.choice(KINDS),
                                   rnd.choice((None, None, "lunch together weekly"))))
    return accounts, stakeholders, influences


def generate_documents(n_accounts: int, per_account: int,
                       seed: int = 20261125) -> list[dict[str, Any]]:
    """Deterministic account documents (JSON-shaped, as in a version-1 account file):
    the portfolio of ``generate``, one document per account.

    A person's id is their ``key`` (``p00`` …, unique within the account);
    ``reports_to`` and the influence lines' ends name those ids. Dates are ISO text,
    as in a file, so the documents are validated with ``strict=False``.
    """
    accounts, stakeholders, influences = generate(n_accounts, per_account, seed)
    people: dict[int, list[dict[str, Any]]] = {}
    person_id: dict[int, str] = {}
    for (sid, aid, key, name, title, department, role, stance, influence, relationship,
         reports_to, our_owner, last_contact, notes) in stakeholders:
        person_id[sid] = key
        people.setdefault(aid, []).append({
            "id": key, "name": name, "title": title, "department": department,
            "role": role, "stance": stance, "influence": influence,
            "relationship": relationship,
            "reports_to": None if reports_to is None else person_id[reports_to],
            "our_owner": our_owner, "last_contact": last_contact, "notes": notes})
    lines: dict[int, list[dict[str, Any]]] = {}
    for aid, source, target, strength, kind, note in influences:
        lines.setdefault(aid, []).append({
            "source": person_id[source], "target": person_id[target],
            "strength": strength, "kind": kind, "note": note})
    return [{
        "format": "rapport-account", "version": 1,
        "account": {"id": key, "name": name, "industry": industry, "owner": owner,
                    "tier": tier, "annual_revenue": annual, "potential_revenue": potential,
                    "currency": currency, "lifecycle_stage": lifecycle,
                    "relationship_stage": stage, "target_stage": target, "notes": notes},
        "stakeholders": people.get(aid, []),
        "influences": lines.get(aid, []),
    } for (aid, key, name, industry, owner, tier, annual, potential, currency, lifecycle,
           stage, target, notes) in accounts]


def account_documents(n_accounts: int, per_account: int) -> list[AccountFile]:
    """``generate_documents`` validated as the app validates a file's JSON
    (``AccountFile.model_validate(..., strict=False)``, every document); every
    ``INTEGRITY_SAMPLE_EVERY``-th one also passes the reader's cross-reference checks
    (ids unique, ``reports_to`` and lines name people, no cycle)."""
    raw = generate_documents(n_accounts, per_account)
    docs = [AccountFile.model_validate(d, strict=False) for d in raw]
    for i in range(0, len(raw), INTEGRITY_SAMPLE_EVERY):
        problems = integrity_problems(raw[i])
        assert not problems, f"generated account {i} is not valid: {problems[:3]}"
    return docs


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()


def existing_counts(path: Path) -> tuple[int, int, int] | None:
    """(accounts, people, influence lines) of a usable existing benchmark database, else
    None: another program's file, an older schema (e.g. the relational tables before
    the document store: its Alembic revision is not the head), an empty one, or one
    whose first account is not what this generator writes (another generation)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return None
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if rev is None or rev[0] != migrations.head_revision():
                return None
            a, s, indexed = con.execute(
                "SELECT count(*), coalesce(sum(people), 0), "
                "(SELECT count(*) FROM people) FROM accounts").fetchone()
            if a == 0 or s != indexed or s % a:
                return None
            first = con.execute(
                "SELECT document FROM accounts ORDER BY id LIMIT 1").fetchone()[0]
            if first != account_documents(1, s // a)[0].model_dump_json():
                return None  # written by another version of the generator: rebuild
            i = con.execute("SELECT coalesce(sum(json_array_length(document, '$.influences')), "
                            "0) FROM accounts").fetchone()[0]
            return a, s, i
        finally:
            con.close()
    except sqlite3.Error:
        return None


def insert_rows(db: Database, docs: Sequence[AccountFile]) -> None:
    """What ``AccountStore.insert`` writes for each new account, as two executemany.

    The row values come from the store's own functions (``summary_values``,
    ``_people_rows``, ``_joined``, ``current_user``; the document is
    ``model_dump_json()``, version 1, origin "import", change line "imported"), and
    go through the same SQLAlchemy tables, so types are stored as the app stores
    them. Only the ids are given here (1, 2, …) instead of read back per row, and
    the new-account version is 1 because the file is new (no kept history).
    """
    now = dt.datetime.now()
    user = store_module.current_user()
    changes = store_module._joined(["imported"])
    rows: list[dict[str, Any]] = []
    people_rows: list[dict[str, Any]] = []
    for account_id, doc in enumerate(docs, start=1):
        rows.append({"id": account_id, "key": doc.account.id, "version": 1, "saved_at": now,
                     "saved_by": user, "origin": store_module.IMPORT, "changes": changes,
                     "document": doc.model_dump_json(), **store_module.summary_values(doc)})
        people_rows += store_module._people_rows(account_id, doc)
    with db.transaction() as session:
        conn = session.connection()
        conn.execute(insert(tables.accounts), rows)
        if people_rows:
            conn.execute(insert(tables.people), people_rows)


def build(path: Path, n_accounts: int, per_account: int, *, fill: str = FILL_IMPORT,
          batch: int = 500) -> dict[str, float]:
    """A fresh benchmark database: the schema through the real code path
    (``open_database``: the Alembic migrations), then the generated documents.

    ``fill``: ``"import"`` (the default) stores them with
    ``AccountService.import_documents``, ``batch`` documents per transaction — the
    importer's own path; 10,000 accounts take about 13 s on 2 cores, fast enough for
    a database that is built once and reused. ``"rows"`` writes the same rows with
    ``insert_rows`` (one executemany per table, about 3x faster) for larger
    experiments; both give identical ``accounts`` and ``people`` rows but for
    ``saved_at`` (checked when this was written, on 2,000 accounts).
    """
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    _remove_db_files(path)
    db = open_database(str(path))  # creates the file and runs the Alembic migrations
    try:
        t1 = time.perf_counter()
        docs = account_documents(n_accounts, per_account)
        t2 = time.perf_counter()
        if fill == FILL_IMPORT:
            service = AccountService(db)
            for i in range(0, len(docs), batch):
                service.import_documents(docs[i:i + batch])
        elif fill == FILL_ROWS:
            insert_rows(db, docs)
        else:
            raise ValueError(f"fill must be {FILL_ROWS!r} or {FILL_IMPORT!r}, not {fill!r}")
    finally:
        db.close()
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # steady state: no big WAL left over
    finally:
        con.close()
    t3 = time.perf_counter()
    timings.update(schema=t1 - t0, generate=t2 - t1, insert=t3 - t2, total=t3 - t0)
    return timings


# =====================================================================================
# Measurement helpers
# =====================================================================================

def ms(seconds: float) -> float:
    return seconds * 1000.0


class Stats:
    def __init__(self, samples: Sequence[float]) -> None:
        self.samples = list(samples)
        self.median = statistics.median(self.samples)
        self.min = min(self.samples)
        self.max = max(self.samples)


def repeat(fn: Callable[[], Any], n: int, warmup: int = 1) -> Stats:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(n):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return Stats(out)


def baseline_query(path: Path, sql: str = BASELINE_SQL) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def people_sql(words: int, order: str = "p.name") -> str:
    """AccountService.find_people's query for ``words`` words, for plain sqlite3
    (parameters: one "%word%" per word, then the limit). ``order="+p.name"`` keeps
    SQLite from walking the name index (a scan and a sort instead), for comparison."""
    where = " AND ".join(["p.folded LIKE ? ESCAPE '\\'"] * words)
    return ("SELECT a.key, a.name, p.person, p.name, p.title, p.department "
            "FROM people p JOIN accounts a ON a.id = p.account_id "
            f"WHERE {where} ORDER BY {order} LIMIT ?")


def people_baseline(con: sqlite3.Connection, text: str, limit: int,
                    order: str = "p.name") -> list[tuple[Any, ...]]:
    words = text.casefold().split()
    escaped = [w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
               for w in words]
    return con.execute(people_sql(len(words), order),
                       [f"%{w}%" for w in escaped] + [limit]).fetchall()


class TimedTableView(QTableView):
    """A QTableView that counts and times its own (viewport) paint events."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0
        self.paint_seconds = 0.0

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        t0 = time.perf_counter()
        super().paintEvent(event)
        self.paint_seconds += time.perf_counter() - t0
        self.paints += 1


def make_view(model: Any) -> TimedTableView:
    """A QTableView configured like MainWindow's account list."""
    table = TimedTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    for col, width in ((1, 75), (2, 100), (3, 80), (4, 120), (5, 100), (6, 115), (7, 115),
                       (8, 55)):
        table.setColumnWidth(col, width)
    for col, column in enumerate(COLUMNS):
        table.setColumnHidden(col, not column.shown_by_default)
    table.resize(720, 820)
    return table


def pump(app: QApplication, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def settle(app: QApplication, view: TimedTableView, paints_before: int, *,
           expect_paint: bool, quiet_passes: int = 3, timeout: float = 2.0) -> bool:
    """Spin the event loop until the view is repainted and Qt has nothing more to do.

    One processEvents() is not enough: QTableView lays out on a zero timer after
    layoutChanged and only then posts the repaint, so a single pass would measure
    the previous keystroke's paint. We stop after a few consecutive passes without
    a new paint (and, when a change is expected, only once a paint has happened).
    Returns False on timeout.
    """
    deadline = time.perf_counter() + timeout
    quiet, seen = 0, view.paints
    while True:
        app.processEvents()
        if view.paints != seen:
            seen, quiet = view.paints, 0
        else:
            quiet += 1
        if quiet >= quiet_passes and (not expect_paint or seen != paints_before):
            return True
        if time.perf_counter() > deadline:
            return False


def page_copy(model: AccountTableModel, rows: int) -> QStandardItemModel:
    """The first ``rows`` rows of the list as a pure C++ model (the Qt painting floor)."""
    copy = QStandardItemModel(rows, model.columnCount())
    align = Qt.ItemDataRole.TextAlignmentRole
    for r in range(min(rows, model.rowCount())):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            item = QStandardItem(model.data(index) or "")
            if model.data(index, align) is not None:
                item.setData(model.data(index, align), align)
            copy.setItem(r, c, item)
    return copy


# =====================================================================================
# Main
# =====================================================================================

def movers_database(path: Path, n_accounts: int, people: int) -> None:
    """``n_accounts`` generated accounts of ``people`` people, each saved 150, 60 and 10
    days ago, a few people's stance and relationship changed at each save."""
    from bench.gen_accounts import account_dict

    _remove_db_files(path)
    db = open_database(str(path))
    store = store_module.AccountStore()
    today = dt.date.today()
    stances = [s.value for s in Stance]
    try:
        for i in range(n_accounts):
            data = account_dict(people, key=f"mover-{i:03d}", seed=i)
            rnd = random.Random(i)
            for step, days in enumerate((150, 60, 10)):
                if step:
                    for person in rnd.sample(data["stakeholders"], 3):
                        person["stance"] = rnd.choice(stances)
                        person["relationship"] = rnd.randint(0, 4)
                doc = AccountFile.model_validate(data, strict=False)
                when = dt.datetime.combine(today - dt.timedelta(days=days), dt.time(12))
                with db.transaction() as session:
                    conn = session.connection()
                    if step == 0:
                        store.insert(conn, doc, now=when)
                    else:
                        store.save(conn, doc, None, now=when)
    finally:
        db.close()


def movers_main(args: argparse.Namespace) -> int:
    """Section (d): the movers (see the module's docstring)."""
    import zlib

    from PySide6.QtCore import QTimer

    from app.assessment.changes import changes
    from app.assessment.movement import movement
    from app.assessment.settings import ScoringSettings
    from app.services.portfolio import PortfolioService
    from app.views.portfolio.view import PortfolioView

    n = max(1, args.repeat or 5)
    path = Path(tempfile.mkdtemp(prefix="rapport-movers-")) / "movers.sqlite"
    print(f"database: {args.movers_accounts} accounts × {args.movers_people} people, "
          f"3 versions each, at {path} ...", flush=True)
    t0 = time.perf_counter()
    movers_database(path, args.movers_accounts, args.movers_people)
    print(f"database: built in {time.perf_counter() - t0:.1f} s "
          f"({path.stat().st_size / 1e6:.1f} MB)", flush=True)
    db = open_database(str(path), writer=False)
    service = PortfolioService(db)
    settings = ScoringSettings()
    today = dt.date.today()

    def all_movers() -> list[Any]:
        return [m for batch in service.iter_movers(today, settings) for m in batch]

    def all_scores() -> list[Any]:
        return [s for batch in service.iter_scores(today, settings) for s in batch]

    found = all_movers()
    movers_t = repeat(all_movers, n)
    scores_t = repeat(all_scores, n)
    # one account, step by step
    key = "mover-000"
    with db.engine.connect() as conn:
        kept = conn.execute(sqlalchemy.text(
            "SELECT document FROM account_versions WHERE key = :k ORDER BY version "
            "LIMIT 1 OFFSET 1"), {"k": key}).scalar_one()
    now = AccountService(db).snapshot(key)
    then = store_module.parse_stored(key, zlib.decompress(kept))
    unpack_t = repeat(lambda: zlib.decompress(kept), n)
    parse_t = repeat(lambda: store_module.parse_stored(key, zlib.decompress(kept)), n)
    diff_t = repeat(lambda: changes(then, now), n)
    health_t = repeat(lambda: changes(then, now, old_day=today, new_day=today,
                                      settings=settings), n)
    score_t = repeat(lambda: movement(then, now, day=today, settings=settings), n)

    # in a shown view: until the scores, until the movers, the event loop's gaps
    app = QApplication.instance() or QApplication([])
    gui: list[tuple[float, float, float, float]] = []
    for _ in range(n):
        view = PortfolioView()
        view.resize(1280, 900)
        view.show()
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
        start = time.perf_counter()
        timer.start()
        view.start(service, today, settings)
        scored = None
        while view.is_scoring() or view.is_finding_movers():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if scored is None and not view.is_scoring():
                scored = time.perf_counter()
            time.sleep(0.001)
        done = time.perf_counter()
        timer.stop()
        middle = scored or done
        edges = list(zip([start, *ticks], [*ticks, done], strict=True))
        gaps_scoring = [b - a for a, b in edges if b <= middle] or [0.0]
        gaps_movers = [b - a for a, b in edges if b > middle] or [0.0]
        gui.append((middle - start, done - start, max(gaps_scoring), max(gaps_movers)))
        assert view.improved.rowCount() + view.worsened.rowCount() > 0
        view.stop()
        view.deleteLater()
        app.processEvents()
    db.close()

    med = statistics.median
    w = 58
    line = "-" * (w + 30)
    print()
    print(line)
    print(f"(d) movers: {args.movers_accounts} accounts × {args.movers_people} people, "
          f"median of {n} after 1 warm-up")
    print(line)
    print(f"{'iter_movers, every account (compare with 90 days ago)':<{w}}"
          f"{ms(movers_t.median):>8.0f} ms  ({ms(movers_t.median) / args.movers_accounts:.1f} ms "
          f"per account; {len(found)} moved)")
    print(f"{'iter_scores, same accounts (the overview scoring)':<{w}}"
          f"{ms(scores_t.median):>8.0f} ms")
    print(f"  movers / scores: {movers_t.median / scores_t.median:.2f}x")
    print(f"  one account (ms): unpack {ms(unpack_t.median):.2f} | unpack + parse "
          f"{ms(parse_t.median):.1f} | changes {ms(diff_t.median):.2f} | changes + health on "
          f"both {ms(health_t.median):.1f} | movement {ms(score_t.median):.1f}")
    print(f"{'shown PortfolioView: scores in / movers in':<{w}}"
          f"{med(g[0] for g in gui) * 1000:>8.0f} ms / "
          f"{med(g[1] for g in gui) * 1000:.0f} ms")
    for i, phase in ((2, "scoring"), (3, "finding the movers")):
        worst = max(g[i] for g in gui) * 1000
        print(f"  longest event-loop gap while {phase}: median "
              f"{med(g[i] for g in gui) * 1000:.0f} ms, worst {worst:.0f} ms "
              f"(target 100 ms: {'met' if worst <= 100 else 'NOT met'})")
    print(line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=None,
                        help=f"benchmark database (default {DEFAULT_DB}; with --quick "
                             f"{QUICK_DB})")
    parser.add_argument("--rebuild", action="store_true", help="build the database afresh")
    parser.add_argument("--fill", choices=(FILL_IMPORT, FILL_ROWS), default=FILL_IMPORT,
                        help="how a new database is filled: AccountService.import_documents "
                             "(default) or insert_rows (the same rows, faster)")
    parser.add_argument("--quick", action="store_true",
                        help=f"the first {QUICK_ACCOUNTS:,} accounts, in their own file; "
                             "3 repeats")
    parser.add_argument("--repeat", type=int, default=None,
                        help="timed repeats per measurement, after one warm-up "
                             "(default 5; 3 with --quick)")
    parser.add_argument("--accounts", type=int, default=None,
                        help=f"accounts (default 10,000; {QUICK_ACCOUNTS:,} with --quick)")
    parser.add_argument("--per-account", type=int, default=20,
                        help="stakeholders per account (default 20)")
    parser.add_argument("--keystroke-rounds", type=int, default=None,
                        help="passes over the keystroke sequence (default: --repeat)")
    parser.add_argument("--movers", action="store_true",
                        help="only (d): the movers on their own database")
    parser.add_argument("--movers-accounts", type=int, default=50)
    parser.add_argument("--movers-people", type=int, default=300)
    args = parser.parse_args(argv)
    if args.movers:
        return movers_main(args)
    n = max(1, args.repeat or (3 if args.quick else 5))
    rounds = args.keystroke_rounds or n
    n_accounts = args.accounts or (QUICK_ACCOUNTS if args.quick else 10_000)
    path: Path = (args.db or (QUICK_DB if args.quick else DEFAULT_DB)).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    t_start = time.perf_counter()

    # -- 1. database -------------------------------------------------------------------
    want = (n_accounts, n_accounts * args.per_account)
    counts = None if args.rebuild else existing_counts(path)
    if counts is not None and counts[:2] == want:
        build_line = f"reused (pass --rebuild to rebuild); {counts[2]:,} influence lines"
        print(f"database: reusing {path}", flush=True)
    else:
        print(f"database: building {want[0]:,} accounts / {want[1]:,} stakeholders "
              f"at {path} ({args.fill}) ...", flush=True)
        bt = build(path, n_accounts, args.per_account, fill=args.fill)
        counts = existing_counts(path)
        assert counts is not None and counts[:2] == want, f"build produced {counts}"
        how = ("AccountService.import_documents" if args.fill == FILL_IMPORT
               else "insert_rows")
        build_line = (f"built in {bt['total']:.1f} s (schema via open_database "
                      f"{ms(bt['schema']):.0f} ms, generate + validate {bt['generate']:.1f} s, "
                      f"{how} + commit {bt['insert']:.1f} s); {counts[2]:,} influence lines")
        print(f"database: {build_line}", flush=True)
    size_mb = path.stat().st_size / 1e6

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)

    # -- 2a. open + fill list ---------------------------------------------------------------
    print("measuring (a) open + fill list ...", flush=True)
    parts: dict[str, list[float]] = {"open": [], "query": [], "fill": [], "base": [],
                                     "wait": []}

    def open_and_fill(record: bool) -> AccountTableModel:
        # As the app starts (app.views.gui.run_gui): cheap checks, then quick_check in
        # a background thread while the list is read and filled, then wait for it.
        t0 = time.perf_counter()
        db = open_database(str(path), writer=False, background_check=True)
        t1 = time.perf_counter()
        try:
            summaries = AccountService(db).list_summaries()
            t2 = time.perf_counter()
            model = AccountTableModel()
            model.set_summaries(summaries)
            t3 = time.perf_counter()
            db.ensure_checked()
            t4 = time.perf_counter()
        finally:
            db.close()
        if record:
            parts["open"].append(t1 - t0 + t4 - t3)
            parts["wait"].append(t4 - t3)
            parts["query"].append(t2 - t1)
            parts["fill"].append(t3 - t2)
        return model

    def baseline(record: bool) -> None:
        t0 = time.perf_counter()
        baseline_query(path)
        if record:
            parts["base"].append(time.perf_counter() - t0)

    # Warm-up (module-level caches, alembic script directory), then app run and baseline
    # back to back in alternating order: this VM's speed drifts, and pairing keeps the
    # ratio honest.
    model = open_and_fill(False)
    baseline(False)
    for i in range(n):
        gc.collect()
        if i % 2:
            baseline(True)
            gc.collect()
            model = open_and_fill(True)
        else:
            model = open_and_fill(True)
            gc.collect()
            baseline(True)
    assert model.total_count() == n_accounts
    s_open, s_query, s_fill, s_base = (Stats(parts[k]) for k in ("open", "query", "fill", "base"))
    qf = [q + f for q, f in zip(parts["query"], parts["fill"], strict=True)]
    oqf = [o + x for o, x in zip(parts["open"], qf, strict=True)]
    s_qf, s_all = Stats(qf), Stats(oqf)
    ratio_qf = statistics.median(x / b for x, b in zip(qf, parts["base"], strict=True))
    ratio_all = statistics.median(x / b for x, b in zip(oqf, parts["base"], strict=True))

    # Same rows? (checked once, outside the timings)
    base_rows = sorted(baseline_query(path))
    db = open_database(str(path), writer=False)
    try:
        app_rows = sorted(tuple(s) for s in AccountService(db).list_summaries())
    finally:
        db.close()
    same_rows = base_rows == app_rows

    # Where the time goes (analysis only; uses app internals on purpose).
    s_inspect = repeat(lambda: database_module.inspect_sqlite_file(path), n)

    def quick_check() -> None:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            con.execute("PRAGMA quick_check(5)").fetchall()
        finally:
            con.close()

    s_qc = repeat(quick_check, n)
    s_alembic = repeat(lambda: migrations.is_known(migrations.head_revision()), n)

    db = open_database(str(path), writer=False)
    try:
        def sa_connect() -> None:
            db.engine.dispose()
            with db.engine.connect():
                pass

        s_connect = repeat(sa_connect, n)
        query = accounts_module._SUMMARY.order_by(tables.accounts.c.id)  # as list_summaries

        def sa_rows() -> Sequence[Any]:
            with db.engine.connect() as conn:
                return conn.execute(query).fetchall()

        s_sa_rows = repeat(sa_rows, n)
        rows = sa_rows()
        s_dataclass = repeat(lambda: list(map(AccountSummary._make, rows)), n)
        s_summary = repeat(lambda: [AccountService._summary(r) for r in rows], n)
        service = AccountService(db)
        s_list_alone = repeat(service.list_summaries, n)
        summaries = service.list_summaries()
        plan = "; ".join(r[3] for r in sqlite3.connect(path).execute(
            "EXPLAIN QUERY PLAN " + BASELINE_SQL))
        # A row holds the summary columns after the document (~6 KB of JSON, mostly in
        # overflow pages): reading one of them walks the row's overflow chain.
        s_before_doc = repeat(lambda: baseline_query(path, "SELECT key FROM accounts"), n)
        s_after_doc = repeat(lambda: baseline_query(path, "SELECT people FROM accounts"), n)
    finally:
        db.close()
    by_key = {s.key: s for s in summaries}
    s_hay = repeat(lambda: {k: account_model_module._haystack(s) for k, s in by_key.items()}, n)
    probe = AccountTableModel()
    probe.set_summaries(summaries)
    s_sort = repeat(probe._resort, n)

    # -- 2b. search keystrokes ---------------------------------------------------------------
    print("measuring (b) search keystrokes ...", flush=True)
    k = len(KEYSTROKES)
    matches: dict[str, int] = {}

    # Bare model: only the Python filter and the layout signals (no view listening).
    bare = AccountTableModel()
    bare.set_summaries(summaries)

    def type_bare() -> list[float]:
        out = []
        for text in KEYSTROKES:
            t0 = time.perf_counter()
            bare.set_filter(text)
            out.append(time.perf_counter() - t0)
            matches[text] = bare.rowCount()
        return out

    type_bare()  # warm-up
    bare_times: list[float] = []
    for _ in range(rounds):
        gc.collect()
        bare_times += type_bare()

    # Shown view, as in MainWindow: first fill, then keystrokes timed until repainted.
    viewed = AccountTableModel()
    view = make_view(viewed)
    view.show()
    pump(app)
    p0 = view.paints
    t0 = time.perf_counter()
    viewed.set_summaries(summaries)
    t1 = time.perf_counter()
    settle(app, view, p0, expect_paint=True)
    t_first_fill, t_first_paint = t1 - t0, time.perf_counter() - t1
    view.selectRow(0)  # a selection, so persistent indexes have to be moved on each keystroke
    pump(app)
    current_key = viewed.key_at(0)

    def refill() -> None:
        p = view.paints
        viewed.set_summaries(summaries)
        settle(app, view, p, expect_paint=True)

    s_refill = repeat(refill, n)
    view.selectRow(0)
    pump(app)

    relayouts = [0]
    viewed.layoutChanged.connect(lambda *_: relayouts.__setitem__(0, relayouts[0] + 1))
    unpainted = [0]
    paint_counts: list[int] = []

    def type_viewed() -> tuple[list[float], list[float], list[float]]:
        total, filt, paint = [], [], []
        for text in KEYSTROKES:
            p, r, ps = view.paints, relayouts[0], view.paint_seconds
            t0 = time.perf_counter()
            viewed.set_filter(text)
            t1 = time.perf_counter()
            # As MainWindow._on_search: keep the current account in view.
            row = viewed.row_of(current_key)
            if row >= 0:
                view.scrollTo(viewed.index(row, 0))
            # Something changed: the user sees it once it is painted.
            if not settle(app, view, p, expect_paint=relayouts[0] != r):
                unpainted[0] += 1
            t2 = time.perf_counter()
            total.append(t2 - t0)
            filt.append(t1 - t0)
            paint.append(view.paint_seconds - ps)
            paint_counts.append(view.paints - p)
        return total, filt, paint

    type_viewed()  # warm-up
    paint_counts.clear()
    view_times: list[float] = []
    view_filter: list[float] = []
    view_paint: list[float] = []
    for _ in range(rounds):
        gc.collect()
        a, b, c = type_viewed()
        view_times += a
        view_filter += b
        view_paint += c

    # Painting floor: the same page from a pure C++ model in an identical view.
    def forced_repaint(v: TimedTableView) -> Callable[[], None]:
        return lambda: v.viewport().repaint()

    viewed.set_filter("")
    pump(app)
    s_repaint = repeat(forced_repaint(view), n)
    view.close()
    floor_view = make_view(page_copy(viewed, 80))
    floor_view.show()
    pump(app)
    s_repaint_floor = repeat(forced_repaint(floor_view), n)
    floor_view.close()
    pump(app)

    per_bare = [statistics.median(bare_times[i::k]) for i in range(k)]
    per_view = [statistics.median(view_times[i::k]) for i in range(k)]
    per_view_filter = [statistics.median(view_filter[i::k]) for i in range(k)]

    # -- 2c. people search ------------------------------------------------------------------
    # The search box also finds people (the store's people index): MainWindow._on_search
    # starts PeopleSearch's timer, which queries once typing pauses for SEARCH_DELAY_MS,
    # in the GUI thread. Timed per text: the service call, the same SQL on plain sqlite3,
    # the same SQL with the name index set aside (information), and search_now() in a
    # shown PeopleSearch until the event loop is idle (the GUI thread's stall).
    print("measuring (c) people search ...", flush=True)
    loop = QEventLoop()

    def idle() -> None:
        quiet = 0
        while quiet < 2:
            quiet = 0 if loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents) else quiet + 1

    db = open_database(str(path), writer=False)
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    people_times: dict[str, dict[str, list[float]]] = {
        t: {"app": [], "base": [], "scan": [], "widget": []} for t in PEOPLE_TEXTS}
    people_hits: dict[str, int] = {}
    people_same = True
    service = AccountService(db)
    finder = PeopleSearch(service.find_people, lambda _hit: None)
    try:
        finder.resize(360, 320)
        finder.show()
        idle()
        steps: dict[str, Callable[[str], object]] = {
            "app": lambda t: service.find_people(t, PEOPLE_LIMIT + 1),
            "base": lambda t: people_baseline(con, t, PEOPLE_LIMIT + 1),
            "scan": lambda t: people_baseline(con, t, PEOPLE_LIMIT + 1, "+p.name"),
            "widget": lambda t: (finder.search(t), finder.search_now(), idle()),
        }
        for t in PEOPLE_TEXTS:  # warm-up, and the same rows?
            hits = [tuple(h) for h in service.find_people(t, PEOPLE_LIMIT + 1)]
            people_same &= hits == people_baseline(con, t, PEOPLE_LIMIT + 1)
            people_hits[t] = len(hits)
            steps["widget"](t)
        for i in range(rounds):
            gc.collect()
            order = list(steps) if i % 2 == 0 else list(steps)[::-1]  # the VM drifts
            for t in PEOPLE_TEXTS:
                for what in order:
                    t0 = time.perf_counter()
                    steps[what](t)
                    people_times[t][what].append(time.perf_counter() - t0)
        people_plans = {order: "; ".join(r[3] for r in con.execute(
            "EXPLAIN QUERY PLAN " + people_sql(1, order), ("%x%", 1)))
            for order in ("p.name", "+p.name")}
    finally:
        finder.close()
        con.close()
        db.close()
    people_med = {t: {w: statistics.median(v) for w, v in d.items()}
                  for t, d in people_times.items()}
    people_ratio = statistics.median(
        a / b for d in people_times.values() for a, b in zip(d["app"], d["base"], strict=True))

    # -- 3. report -----------------------------------------------------------------------------
    total_runtime = time.perf_counter() - t_start

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    w = 60
    width = w + 30
    line = "-" * width

    def row3(label_: str, st: Stats) -> None:
        print(f"  {label_:<{w - 2}}{ms(st.median):>8.1f}ms{ms(st.min):>8.1f}ms"
              f"{ms(st.max):>8.1f}ms")

    def row1(label_: str, value_ms: float, digits: int = 1) -> None:
        print(f"  {label_:<{w - 2}}{value_ms:>8.{digits}f}ms")

    print()
    print("=" * width)
    print(f"Rapport portfolio benchmark — {counts[0]:,} accounts, {counts[1]:,} stakeholders, "
          f"{counts[2]:,} influence lines")
    print(f"db       {path} ({size_mb:.1f} MB)")
    print(f"build    {build_line}")
    print(f"runtime  Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"SQLAlchemy {sqlalchemy.__version__}, PySide6 {PySide6.__version__}, "
          f"{os.cpu_count()} CPUs, QPA {os.environ.get('QT_QPA_PLATFORM')}")
    print(f"method   median of {n} repeats after 1 warm-up; OS page cache warm; ratios are "
          f"medians of per-repeat ratios (app run and baseline back to back)")
    print(line)
    print(f"{'(a) open + fill list':<{w}}{'median':>10}{'min':>10}{'max':>10}")
    row3("open (cheap checks + waiting for quick_check)", s_open)
    row3("  of which waiting for the background quick_check", Stats(parts["wait"]))
    row3("AccountService.list_summaries()", s_query)
    row3("AccountTableModel().set_summaries()", s_fill)
    row3("query + fill", s_qf)
    row3("open + query + fill", s_all)
    row3("baseline: sqlite3 connect + SQL + fetchall()", s_base)
    for label_, ratio, best in (
            ("ratio (query + fill) / baseline", ratio_qf, s_qf.min / s_base.min),
            ("ratio (open + query + fill) / baseline", ratio_all, s_all.min / s_base.min)):
        print(f"  {label_:<{w - 2}}{ratio:>9.2f}x   target <= {TARGET_RATIO:.0f}x: "
              f"{verdict(ratio <= TARGET_RATIO)}  (best/best {best:.2f}x)")
    print(f"  rows identical to baseline: {'yes' if same_rows else 'NO'}")
    print(line)
    print("  where the time goes (medians, measured separately)")
    row1("open: inspect_sqlite_file() (quick_check + header checks)", ms(s_inspect.median))
    row1("open:   of which bare PRAGMA quick_check(5) via sqlite3", ms(s_qc.median))
    row1("open: Alembic head_revision() + is_known()", ms(s_alembic.median))
    row1("query: engine connect (+ PRAGMAs, WAL)", ms(s_connect.median))
    row1("query: SQLAlchemy execute + fetchall() (Row objects)", ms(s_sa_rows.median))
    row1("query: AccountSummary._make(row) for every row", ms(s_dataclass.median))
    row1("query: AccountService._summary(row) (+ damaged-cell check)", ms(s_summary.median))
    row1("query: list_summaries() alone (warm, no check running)",
         ms(s_list_alone.median))
    row1("plain: SELECT key (stored before the document)", ms(s_before_doc.median))
    row1("plain: SELECT people (stored after it: overflow pages)", ms(s_after_doc.median))
    row1("fill: _haystack() for every row", ms(s_hay.median))
    row1("fill: _resort() (sort by name)", ms(s_sort.median))
    print(f"  baseline plan: {plan}")
    print(line)
    print(f"{'(a2) list in a shown QTableView (time until painted)':<{w}}")
    row1("first fill: set_summaries() into the shown view", ms(t_first_fill))
    row1("first fill: until first paint done", ms(t_first_paint))
    row3("refill: set_summaries() + until painted", s_refill)
    print(line)
    title_b = f"(b) search keystroke ({k} strokes x {rounds} rounds)"
    print(f"{title_b:<{w}}{'median':>10}{'max':>10}{'> 16ms':>10}")
    for label_, times in (("model.set_filter() only (no view)", bare_times),
                          ("shown view: set_filter + scrollTo + events until painted",
                           view_times)):
        st = Stats(times)
        over = sum(t * 1000 > FRAME_MS for t in times)
        print(f"  {label_:<{w - 2}}{ms(st.median):>8.2f}ms{ms(st.max):>8.2f}ms"
              f"{over:>6}/{len(times):<4}")
    st_v = Stats(view_times)
    print(f"  frame target {FRAME_MS:.0f} ms per keystroke with the view: "
          f"median {verdict(ms(st_v.median) <= FRAME_MS)}, "
          f"max {verdict(ms(st_v.max) <= FRAME_MS)}"
          + (f"; {unpainted[0]} strokes never painted" if unpainted[0] else ""))
    print("  of which (medians with the view):")
    row1("set_filter() incl. the view's layoutChanged handling", ms(Stats(view_filter).median),
         2)
    row1("paintEvent(s) of the list viewport", ms(Stats(view_paint).median), 2)
    print(f"  viewport paints per changing keystroke: median "
          f"{statistics.median([c for c in paint_counts if c] or [0]):.0f}, "
          f"max {max(paint_counts, default=0)}")
    row1("forced viewport repaint, AccountTableModel (all rows)", ms(s_repaint.median), 2)
    row1("forced viewport repaint, same page from QStandardItemModel", ms(s_repaint_floor.median),
         2)
    print("  per keystroke, median ms: model only | with view: set_filter, total | rows shown")
    cells = [f"{(repr(t) if t else '<clear>'):>12} {ms(b):5.1f} |{ms(f):5.1f},{ms(v):5.1f} |"
             f"{matches[t]:>7,}"
             for t, b, f, v in zip(KEYSTROKES, per_bare, per_view_filter, per_view, strict=True)]
    for i in range(0, len(cells), 2):
        print("  " + "    ".join(cells[i:i + 2]))
    print(line)
    title_c = (f"(c) people search once typing pauses ({len(PEOPLE_TEXTS)} texts x "
               f"{rounds} rounds; first {PEOPLE_LIMIT} + 1 of {counts[1]:,} people)")
    print(title_c)
    worst = max(PEOPLE_TEXTS, key=lambda t: people_med[t]["widget"])
    all_widget = Stats([x for d in people_times.values() for x in d["widget"]])
    worst_ms = ms(people_med[worst]["widget"])
    print(f"  shown PeopleSearch: search_now() + events until idle: median "
          f"{ms(all_widget.median):.1f} ms, worst text {worst!r} {worst_ms:.1f} ms (median), "
          f"max {ms(all_widget.max):.1f} ms; the GUI thread is busy meanwhile")
    print(f"  target {ACTION_MS:.0f} ms (a user action): worst text's median "
          f"{verdict(worst_ms <= ACTION_MS)}; a keystroke typed "
          f"meanwhile waits; {sum(ms(d['widget']) > FRAME_MS for d in people_med.values())} "
          f"of {len(PEOPLE_TEXTS)} texts take more than a frame ({FRAME_MS:.0f} ms)")
    print(f"  find_people / plain sqlite3, same SQL: {people_ratio:.2f}x (median of per-sample "
          f"ratios); rows identical: {'yes' if people_same else 'NO'}")
    print(f"  plan: {people_plans['p.name']}")
    print(f"  plan with ORDER BY +p.name (information): {people_plans['+p.name']}")
    print(f"  {'text':>12} {'hits':>5} {'find_people':>12} {'sqlite3':>9} "
          f"{'scan+sort':>10} {'widget':>9}   (median ms)")
    for t in PEOPLE_TEXTS:
        m = people_med[t]
        hits = f"{people_hits[t]}" if people_hits[t] <= PEOPLE_LIMIT else f">{PEOPLE_LIMIT}"
        print(f"  {t!r:>12} {hits:>5} {ms(m['app']):>12.1f} {ms(m['base']):>9.1f} "
              f"{ms(m['scan']):>10.1f} {ms(m['widget']):>9.1f}")
    print(line)
    print(f"total benchmark runtime {total_runtime:.1f} s")
    print("=" * width)
    return 0


if __name__ == "__main__":
    sys.exit(main())
