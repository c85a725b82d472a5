"""The client edition's org chart: compact cards on as few pages as it can be read on.

A 32-person chart fits one landscape page with every name, no text below 6 pt and no
name or title cut with "…"; a 120-person chart is split by whole teams, and every page
reference ("→ team continued on page N", "Team of X — page N") leads to the page that
really holds that team, read back from the PDF.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Group, String

from app.assessment.settings import ScoringSettings
from app.models.account import AccountFile
from app.reports import Edition, build_pdf, fonts, map_drawing
from app.reports.context import Context
from app.reports.editions import client_document
from app.reports.sections_people import stakeholder_map
from app.reports.styles import make_styles
from app.services.demo import demo_documents

TODAY = dt.date(2026, 11, 25)
SETTINGS = ScoringSettings()

_CN_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭林何高罗"
_CN_GIVEN = ["建国", "静怡", "伟东", "洋帆", "晓明", "丽华", "志刚", "海涛", "婷婷", "国栋",
             "文博", "丽娜", "超群", "海燕", "建华", "晓峰", "雪梅", "志远", "洁琼", "振宇"]
_RU_FIRST = [("Александр Владимирович", False), ("Ольга Сергеевна", True),
             ("Дмитрий Николаевич", False), ("Наталья Андреевна", True), ("Игорь", False),
             ("Екатерина", True), ("Михаил", False), ("Анна", True), ("Павел", False),
             ("Юлия", True), ("Роман", False), ("Татьяна", True), ("Артём", False),
             ("Ирина", True), ("Константин", False), ("Светлана", True)]
_RU_LAST = ["Кузнецов", "Смирнов", "Соколов", "Васильев", "Павлов", "Лебедев", "Козлов",
            "Новиков", "Морозов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Фёдоров",
            "Михайлов", "Белов", "Тихонов", "Орлов", "Зайцев"]
_EN_FIRST = ["Margaret", "David", "Priya", "James", "Sarah", "Kevin", "Rachel", "Tomás",
             "Linda", "Dr. Henry", "Olivia", "Beth", "Aaron", "Chloe", "Marcus", "Hannah",
             "Ethan", "Grace", "Noah", "Emily"]
_EN_LAST = ["Ellison-Whitfield", "Okafor", "Raman", "Whitfield", "Lindqvist", "Marsh",
            "Stone", "Alvarez", "Park", "Cole", "Grant", "Morgan", "Blake", "Nguyen", "Reid",
            "Brooks", "Wallace", "Kim", "Patel", "Carter"]
_TOP = ["Chief Executive Officer", "Генеральный директор", "总裁兼首席执行官"]
_VP = ["Заместитель генерального директора по закупкам и логистике",
       "首席信息官兼数字化转型负责人", "Executive Vice President, Global Supply Chain",
       "Финансовый директор", "Chief Medical Officer", "首席运营官"]
_MANAGER = ["Head of Procurement", "Начальник отдела информационной безопасности",
            "质量管理部总监", "Director of Laboratory Services", "Руководитель склада",
            "生产计划与物流经理", "Regional Sales Manager, Central and Eastern Europe"]
_STAFF = ["Systems Analyst", "Инженер-технолог", "采购专员", "Procurement Specialist",
          "Ведущий специалист по закупкам", "工艺工程师", "Data Engineer", "Диспетчер",
          "质量工程师", "Clinical Lead", "Менеджер по работе с ключевыми клиентами",
          "IT-архитектор"]
_OWNERS = ["Anna Weber", "Tom Becker", "Lena Fischer", None, None]


def _names(count: int, rng: random.Random) -> list[str]:
    """Distinct names, Chinese, Russian and English mixed, none inside another (so a
    name found in a page's text is that person's)."""
    chinese = [a + b for b in _CN_GIVEN for a in _CN_SURNAMES]
    russian = [f"{first} {last}{'а' if female else ''}" for last in _RU_LAST
               for first, female in _RU_FIRST]
    english = [f"{first} {last}" for last in _EN_LAST for first in _EN_FIRST]
    for pool in (chinese, russian, english):
        rng.shuffle(pool)
    names: list[str] = []
    for k in range(3 * count):
        if len(names) == count:
            break
        name = (chinese, russian, english)[k % 3][k // 3]
        squashed = _squash(name)
        if not any(squashed in _squash(n) or _squash(n) in squashed for n in names):
            names.append(name)
    assert len(names) == count
    return names


def org_account(n: int, seed: int = 1) -> AccountFile:
    """A company's org chart of ``n`` people: a CEO, a few vice presidents, managers and
    their staff (long titles in three languages), our contact on some of them."""
    rng = random.Random(seed)
    names = _names(n, rng)
    vps = 4 if n <= 40 else 6
    managers = max(vps, round((n - 1 - vps) / 4.2))
    people: list[dict[str, Any]] = []

    def add(boss: str | None, titles: list[str]) -> str:
        i = len(people)
        people.append({"id": f"p{i}", "name": names[i], "title": titles[i % len(titles)],
                       "reports_to": boss, "our_owner": _OWNERS[i % len(_OWNERS)]})
        return f"p{i}"

    ceo = add(None, _TOP)
    top = [add(ceo, _VP) for _ in range(vps)]
    middle = [add(top[k % vps], _MANAGER) for k in range(managers)]
    bosses = middle + top[: vps // 2]  # some vice presidents have staff of their own
    while len(people) < n:
        add(bosses[rng.randrange(len(bosses))], _STAFF)
    return AccountFile.model_validate({
        "format": "rapport-account", "version": 1,
        "account": {"id": f"org-{n}", "name": f"Org chart 测试 Тест {n}", "owner": "Anna Weber"},
        "stakeholders": people}, strict=False)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _build(doc: AccountFile, out: Path) -> list[str]:
    """The client edition with only the map; the squashed text of each page."""
    build_pdf(doc, Edition.CLIENT, out, today=TODAY, settings=SETTINGS,
              sections=frozenset({"map"}))
    return [_squash(page.extract_text() or "") for page in PdfReader(out).pages]


def _context(doc: AccountFile) -> Context:
    shown = client_document(doc)
    loaded = fonts.load_fonts(fonts.has_cjk(shown.model_dump_json()))
    return Context(shown, Edition.CLIENT, TODAY, SETTINGS, make_styles(loaded))


def _strings(shape: Any) -> Iterator[String]:
    if isinstance(shape, String):
        yield shape
    elif isinstance(shape, Group | Drawing):
        for child in shape.contents:
            yield from _strings(child)


def _chart(doc: AccountFile) -> map_drawing.OrgChart:
    ctx = _context(doc)
    width, height = ctx.landscape_frame
    return map_drawing.org_chart(ctx.doc, ctx.styles.fonts, width, height - 80, height - 110,
                                 height - 40)


# -- one page ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chart32(tmp_path_factory: pytest.TempPathFactory) -> tuple[AccountFile, list[str]]:
    doc = org_account(32)
    return doc, _build(doc, tmp_path_factory.mktemp("org") / "org32.pdf")


def test_a_32_person_chart_is_on_one_page_with_every_name(
        chart32: tuple[AccountFile, list[str]]) -> None:
    doc, pages = chart32
    assert len(pages) == 3  # cover, contents, the chart
    chart = pages[2]
    missing = [p.name for p in doc.stakeholders if _squash(p.name) not in chart]
    assert not missing
    assert "continuedonpage" not in chart
    assert _squash("Our contact: Anna Weber") in chart


def test_no_text_of_the_32_person_chart_is_below_6_pt_or_cut_short() -> None:
    doc = org_account(32)
    flowables = stakeholder_map(_context(doc))
    drawings = [f for f in flowables if isinstance(f, Drawing)]
    strings = [s for d in drawings for s in _strings(d)]
    assert len(strings) > 2 * len(doc.stakeholders)
    assert min(s.fontSize for s in strings) >= map_drawing.MIN_TEXT_SIZE
    assert not [s.text for s in strings if "…" in s.text]
    chart = _chart(doc)
    assert len(chart.pages) == 1 and chart.contacts


def test_every_title_of_the_32_person_chart_is_printed_whole(
        chart32: tuple[AccountFile, list[str]]) -> None:
    doc, pages = chart32
    missing = [p.title for p in doc.stakeholders if p.title and _squash(p.title) not in pages[2]]
    assert not missing


def test_the_layout_is_a_tree_and_deterministic() -> None:
    doc = org_account(32)
    first, again = _chart(doc), _chart(org_account(32))
    assert first.pages[0].cards == again.pages[0].cards
    boxes = dict(first.pages[0].cards)
    assert len(boxes) == 32
    for p in doc.stakeholders:  # every manager above their reports
        if p.reports_to:
            assert boxes[p.reports_to][3] < boxes[p.id][1]
    cards = list(boxes.values())
    for i, a in enumerate(cards):  # no two cards overlap
        for b in cards[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_several_roots_and_people_outside_the_tree_share_the_page(tmp_path: Path) -> None:
    doc = org_account(20)
    people = [p.model_copy(update={"reports_to": None}) if p.id in ("p1", "p2") else p
              for p in doc.stakeholders]
    loners = [{"id": f"x{i}", "name": f"Guest Speaker {i}", "title": "Consultant"}
              for i in range(3)]
    doc = AccountFile.model_validate(
        {**doc.model_dump(mode="json"), "stakeholders":
         [p.model_dump(mode="json", exclude_none=True) for p in people] + loners},
        strict=False)
    pages = _build(doc, tmp_path / "forest.pdf")
    assert len(pages) == 3
    assert all(_squash(p.name) in pages[2] for p in doc.stakeholders)


def test_chinese_text_is_set_in_the_cjk_font() -> None:
    doc = org_account(32)
    ctx = _context(doc)
    chart = _chart(doc)
    strings = list(_strings(chart.pages[0].drawing))
    chinese = [s for s in strings if fonts.has_cjk(s.text)]
    assert chinese and all(s.fontName == ctx.styles.fonts.cjk for s in chinese)
    assert all(s.fontName != ctx.styles.fonts.cjk for s in strings
               if re.search("[А-Яа-я]", s.text) and not fonts.has_cjk(s.text))


@pytest.mark.parametrize("key", ["demo-huadong", "demo-ural", "demo-northwind"])
def test_the_demo_accounts_charts_fit_one_page(key: str) -> None:
    doc = next(d for d in demo_documents(TODAY) if d.account.id == key)
    chart = _chart(doc)
    assert len(chart.pages) == 1 and chart.contacts
    strings = [s.text for s in _strings(chart.pages[0].drawing)]
    assert not [t for t in strings if "…" in t]


def test_wrapping_keeps_words_whole_and_breaks_chinese_anywhere() -> None:
    loaded = fonts.load_fonts(True)
    lines = map_drawing._set("Заместитель генерального директора по закупкам", loaded.text,
                             6.0, 80.0)
    assert len(lines) > 1 and " ".join(lines) == "Заместитель генерального директора по закупкам"
    assert all(map_drawing._width(t, loaded.text, 6.0) <= 80.0 for t in lines)
    cjk = loaded.cjk or loaded.text
    lines = map_drawing._set("首席信息官兼数字化转型负责人", cjk, 6.5, 40.0)
    assert len(lines) > 1 and "".join(lines) == "首席信息官兼数字化转型负责人"


# -- split by team -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def chart120(tmp_path_factory: pytest.TempPathFactory) -> tuple[AccountFile, list[str]]:
    doc = org_account(120)
    return doc, _build(doc, tmp_path_factory.mktemp("org") / "org120.pdf")


def _pages_with(pages: list[str], name: str) -> set[int]:
    return {k for k, text in enumerate(pages, start=1) if _squash(name) in text}


def test_a_120_person_chart_is_split_into_a_few_pages_of_whole_teams(
        chart120: tuple[AccountFile, list[str]]) -> None:
    doc, pages = chart120
    chart_pages = len(pages) - 2
    assert 2 <= chart_pages <= 7
    reports: dict[str, list[str]] = {}
    for p in doc.stakeholders:
        if p.reports_to:
            reports.setdefault(p.reports_to, []).append(p.name)
    for boss, names in reports.items():  # a manager's reports all on one page together
        together = set.intersection(*(_pages_with(pages, n) for n in names))
        assert together, (boss, names)
    assert all(_pages_with(pages, p.name) for p in doc.stakeholders)


def test_every_continued_on_page_marker_leads_to_that_team(
        chart120: tuple[AccountFile, list[str]]) -> None:
    doc, pages = chart120
    by_name = {_squash(p.name): p.id for p in doc.stakeholders}
    reports: dict[str, list[str]] = {}
    for p in doc.stakeholders:
        if p.reports_to:
            reports.setdefault(p.reports_to, []).append(p.name)
    marker = re.compile(r"→teamcontinuedonpage(\d+)")
    seen = 0
    for text in pages:
        for found in marker.finditer(text):
            before = text[:found.start()]
            # the card's text: the manager's name comes right before the marker
            manager = next(pid for name, pid in by_name.items() if before.endswith(name))
            target = int(found.group(1))
            assert all(_squash(n) in pages[target - 1] for n in reports[manager]), manager
            seen += 1
    assert seen >= 2


def test_the_overview_lists_each_team_with_its_page(
        chart120: tuple[AccountFile, list[str]]) -> None:
    doc, pages = chart120
    overview = pages[2]
    assert _squash("Teams continued on other pages") in overview
    ids = {_squash(p.name): p.id for p in doc.stakeholders}
    rows = re.findall(r"teamof(.+?)—page(\d+)", overview)
    assert len(rows) >= 2
    for name, page in rows:
        team = [_squash(p.name) for p in doc.stakeholders if p.reports_to == ids[name]]
        assert team and all(n in pages[int(page) - 1] for n in team), name


def test_a_team_page_names_where_its_manager_is(
        chart120: tuple[AccountFile, list[str]]) -> None:
    """The team's page repeats the manager's card, saying whom they report to and on
    which page, and that page shows both of them."""
    doc, pages = chart120
    names = {p.id: _squash(p.name) for p in doc.stakeholders}
    seen = 0
    for k, text in enumerate(pages, start=1):
        for found in re.finditer(r"reportsto(.+?),page(\d+)", text):
            boss = found.group(1)  # a long name may be shortened with "…"
            head = next(p for p in doc.stakeholders
                        if text[:found.start()].endswith(names[p.id]) and p.reports_to
                        and names[p.reports_to].startswith(boss.rstrip("…")))
            source = pages[int(found.group(2)) - 1]
            assert names[head.id] in source and names[head.reports_to or ""] in source
            assert int(found.group(2)) != k
            seen += 1
    assert seen >= 2


def test_a_team_too_large_for_a_page_goes_on_in_parts(tmp_path: Path) -> None:
    people = [{"id": "boss", "name": "Big Boss", "title": "Managing Director"}]
    people += [{"id": f"w{i}", "name": f"Operator Person {i:03d}", "title": "Machine operator",
                "reports_to": "boss"} for i in range(150)]
    doc = AccountFile.model_validate({"format": "rapport-account", "version": 1,
                                      "account": {"id": "wide", "name": "Wide Works"},
                                      "stakeholders": people}, strict=False)
    pages = _build(doc, tmp_path / "wide.pdf")
    assert 4 <= len(pages) <= 9
    assert all(_pages_with(pages, p["name"]) for p in people)
    links = [(k, int(found.group(1))) for k, text in enumerate(pages, start=1)
             for found in re.finditer(r"moreoftheteamonpage(\d+)", text)]
    assert links
    for k, target in links:
        assert target > k and "teamcontinuedfrompage" + str(k) in pages[target - 1]


def test_the_split_chart_keeps_text_at_6_pt_or_more() -> None:
    chart = _chart(org_account(120))
    assert len(chart.pages) > 1 and chart.cuts
    sizes = [s.fontSize for page in chart.pages for s in _strings(page.drawing)]
    assert min(sizes) >= map_drawing.MIN_TEXT_SIZE
