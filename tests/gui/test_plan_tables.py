"""The Plan tab's tables on their own: names and sort keys worked out once per account
document (not once per row, cell or comparison) and still right after every edit, and
columns sized when a table is first filled, then kept (the user's widths too) until
asked from the header."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.assessment import plan_rows
from app.services.demo import demo_documents
from app.views.i18n import install
from app.views.plan import tab as plan_tab
from app.views.plan.section import FIT_COLUMNS, SHARED, SectionPage
from app.views.plan.tab import PlanTab

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 20)


def demo(key: str) -> Any:
    return next(d for d in demo_documents(TODAY) if d.account.id == key)


@pytest.fixture
def plan(qtbot: QtBot) -> PlanTab:
    tab = PlanTab()
    tab.today = lambda: TODAY
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    return tab


def shown(plan: PlanTab, doc: Any) -> None:
    plan.load(doc)
    QApplication.processEvents()


def column(page: SectionPage, field: str) -> int:
    return next(i for i, c in enumerate(page.model.columns) if c.field == field)


def texts(page: SectionPage, field: str) -> list[str]:
    """The column's texts in the document's order."""
    col = column(page, field)
    return [page.model.index(row, col).data() for row in range(page.model.rowCount())]


def owns(doc: Any) -> list[str]:
    """The team's "Owns" column as plan_rows.owned_by, member by member, has it."""
    return [f"{len(names)}: " + ", ".join(names) if names else "nobody yet"
            for names in (plan_rows.owned_by(m, doc) for m in doc.team)]


def renamed(doc: Any, section: str, key: str, **changes: Any) -> Any:
    """The document after an edit of one entry: a new document object, as every edit makes."""
    return doc.model_copy(update={section: [
        e.model_copy(update=changes) if e.id == key else e for e in getattr(doc, section)]})


def test_names_by_id_are_shown_and_follow_a_renamed_person_or_member(plan: PlanTab) -> None:
    ural = demo("demo-ural")
    shown(plan, ural)
    reviews, actions = plan.sections["reviews"], plan.sections["actions"]
    interactions, team = plan.sections["interactions"], plan.sections["team"]
    assert texts(reviews, "attendees")[0] == (
        "Lena Fischer, Anna Weber, Дмитрий Николаевич Кузнецов, Наталья Андреевна Васильева")
    assert texts(reviews, "follow_ups")[0].startswith("Расчёт экономии для Смирновой, ")
    assert texts(actions, "stakeholder")[:2] == ["Ольга Сергеевна Смирнова",
                                                 "Алексей Петрович Иванов"]
    assert texts(team, "owns") == owns(ural)

    # a stakeholder renamed on the map: a new document, with the same number of entries
    # in every table (the cells change in place), shows the new name everywhere
    edited = renamed(ural, "stakeholders", "kd", name="Dmitry Kuznetsov")
    edited = renamed(edited, "team", "t1", name="Lena Fischer-Braun")
    edited = edited.model_copy(update={"stakeholders": [
        p.model_copy(update={"our_owner": "Lena Fischer-Braun"})
        if p.our_owner == "Lena Fischer" else p for p in edited.stakeholders]})
    shown(plan, edited)
    assert texts(reviews, "attendees")[0] == (
        "Lena Fischer-Braun, Anna Weber, Dmitry Kuznetsov, Наталья Андреевна Васильева")
    assert texts(actions, "stakeholder")[4:] == ["Dmitry Kuznetsov", "Dmitry Kuznetsov"]
    assert texts(interactions, "stakeholder")[2] == "Dmitry Kuznetsov"
    assert texts(team, "owns") == owns(edited)
    assert texts(team, "owns")[0].startswith("7: Dmitry Kuznetsov, Наталья Андреевна Васильева, ")
    # and the account shown before, again: its own names
    shown(plan, ural)
    assert texts(actions, "stakeholder")[4] == "Дмитрий Николаевич Кузнецов"


def test_a_table_asks_for_its_people_once_per_document_not_once_per_cell(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    people: Callable[[Any], list[tuple[str, Any]]] = plan_tab.people

    def counted(doc: Any) -> list[tuple[str, Any]]:
        calls.append(1)
        return people(doc)

    monkeypatch.setattr(plan_tab, "people", counted)  # what the columns are built with
    tab = PlanTab()
    tab.today = lambda: TODAY
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    ural = demo("demo-ural")
    many = ural.model_copy(update={"interactions": ural.interactions * 50})  # 200 rows
    shown(tab, many)
    tab.pages.setCurrentWidget(tab.sections["interactions"])
    QApplication.processEvents()
    # Actions' "Stakeholder" and Interactions' "With": one list each for the document
    assert len(calls) == 2
    assert texts(tab.sections["interactions"], "stakeholder")[:2] == [
        "Алексей Петрович Иванов", "Ольга Сергеевна Смирнова"]


def test_columns_are_sized_when_first_filled_then_kept_until_asked(plan: PlanTab) -> None:
    ural, huadong = demo("demo-ural"), demo("demo-huadong")
    actions = plan.sections["actions"]
    header = actions.table.horizontalHeader()
    shown(plan, ural.model_copy(update={"actions": []}))
    assert not actions.fitted  # nothing to size yet
    shown(plan, ural)  # the first entries: sized to them, capped
    assert actions.fitted
    title = column(actions, "title")
    fitted = actions.table.columnWidth(title)
    assert 60 <= fitted <= 260
    header.resizeSection(title, 420)  # the user widens the first column
    shown(plan, renamed(ural, "actions", "a1", title="Renamed"))  # an edit
    shown(plan, huadong)  # another account
    shown(plan, ural)
    assert actions.table.columnWidth(title) == 420
    # asked from the header's menu: sized to what is shown now
    menu = actions.column_menu()
    [fit] = [a for a in menu.actions() if a.text() == FIT_COLUMNS]
    fit.trigger()
    assert actions.table.columnWidth(title) == fitted


def test_milestones_are_sized_once_not_whenever_another_objective_is_selected(
    plan: PlanTab, monkeypatch: pytest.MonkeyPatch,
) -> None:
    ural = demo("demo-ural")
    assert sum(bool(o.milestones) for o in ural.objectives) >= 2
    shown(plan, ural)
    objectives = plan.sections["objectives"]
    plan.pages.setCurrentWidget(objectives)
    sized: list[int] = []
    monkeypatch.setattr(plan.milestone_page.table, "resizeColumnsToContents",
                        lambda: sized.append(1))
    for row, objective in enumerate(ural.objectives):
        objectives.table.setCurrentIndex(objectives.view_index(row))
        QApplication.processEvents()
        assert plan.milestones.rowCount() == len(objective.milestones)
    assert len(sized) <= 1 and plan.milestone_page.fitted


def in_view(page: SectionPage, field: str) -> list[Any]:
    """The column's texts in the order the table shows them."""
    col = column(page, field)
    return [page.proxy.index(row, col).data() for row in range(page.proxy.rowCount())]


def test_tables_sort_by_value_and_sort_again_after_an_edit(plan: PlanTab) -> None:
    """Sort keys are kept per load: an edit (same number of entries, cells changed in
    place) sorts by the new values, never by those of the document before."""
    ural = demo("demo-ural")
    shown(plan, ural)
    risks = plan.sections["risks"]
    risks.table.sortByColumn(column(risks, "score"), Qt.SortOrder.AscendingOrder)
    assert in_view(risks, "score") == ["6", "10", "12", "16", "20"]  # numbers, not text
    shown(plan, renamed(ural, "risks", "r5", likelihood=5, impact=5))  # 6 → 25
    assert in_view(risks, "score") == ["10", "12", "16", "20", "25"]
    # Shared: the internal risk (r2) sorts as unticked, after the shared ones
    shared = renamed(renamed(ural, "risks", "r1", client_visible=True),
                     "risks", "r2", client_visible=True)
    shown(plan, shared)
    risks.table.sortByColumn(column(risks, SHARED), Qt.SortOrder.DescendingOrder)
    # ticked r1 first; the others as unticked, in the order they had (by score)
    assert [risks.model.item(risks.proxy.mapToSource(risks.proxy.index(r, 0)).row()).id
            for r in range(5)] == ["r1", "r5", "r4", "r3", "r2"]

    interactions = plan.sections["interactions"]  # newest first
    assert in_view(interactions, "date") == ["2026-11-08", "2026-10-06", "2026-07-23",
                                             "2026-05-04"]
    moved = ural.model_copy(update={"interactions": [
        i.model_copy(update={"date": dt.date(2026, 11, 19)}) if i.date.month == 5 else i
        for i in ural.interactions]})
    shown(plan, moved)
    assert in_view(interactions, "date") == ["2026-11-19", "2026-11-08", "2026-10-06",
                                             "2026-07-23"]


#: texts that are the same word in every language
SAME_EVERYWHERE = {"KPI"}


def plan_words(tab: PlanTab) -> list[str]:
    """What the Plan tab names on screen: its sections, every table's column titles,
    and every button (the milestones' and KPI values' own tables too), in a fixed
    order."""
    words = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    for page in (*tab.sections.values(), tab.milestone_page, tab.kpi_values_page):
        model = page.model
        words += [str(model.headerData(col, Qt.Orientation.Horizontal))
                  for col in range(model.columnCount())]
        words += [b.text() for b in page.findChildren(QPushButton)]
        if page.details is not None and page.details.shared is not None:
            words.append(page.details.shared.text())
    return words


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """The windows speak ``lang`` inside, English again afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install(app, lang)
    try:
        yield
    finally:
        install(app, "en")


def made_in(qtbot: QtBot, lang: str) -> PlanTab:
    """A Plan tab made while the windows speak ``lang``."""
    with speaking(lang):
        tab = PlanTab()
        qtbot.addWidget(tab)
    return tab


@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_the_plan_names_its_sections_columns_and_buttons_in_russian_and_chinese(
    qtbot: QtBot, lang: str,
) -> None:
    english = plan_words(made_in(qtbot, "en"))
    translated = plan_words(made_in(qtbot, lang))
    assert len(translated) == len(english) > 100
    left = sorted({text for text in translated if text in english} - SAME_EVERYWHERE)
    assert not left, f"English in the {lang} Plan tab: {left}"
    script = "[а-яё]" if lang == "ru" else "[\u4e00-\u9fff]"
    assert all(re.search(script, text, re.IGNORECASE) for text in translated
               if text not in SAME_EVERYWHERE)
    assert plan_words(made_in(qtbot, "en")) == english  # and English once restored


@pytest.mark.parametrize(("lang", "shared", "removed", "tip"), [
    ("ru", "Открыть доступ клиенту: 3 риска", "Удалить 5 рисков",
     "Вероятность 4 × влияние 4 = 16: 1 открытый риск"),
    ("zh_CN", "与客户共享 3 个风险", "删除 5 个风险", "可能性 4 × 影响 4 = 16：1 个未关闭风险"),
], ids=["ru", "zh_CN"])
def test_counted_edits_take_the_languages_plural_forms(
    qtbot: QtBot, lang: str, shared: str, removed: str, tip: str,
) -> None:
    with speaking(lang):
        tab = PlanTab()
        qtbot.addWidget(tab)
        tab.today = lambda: TODAY
        tab.resize(1280, 800)
        tab.show()
        shown(tab, demo("demo-ural"))
        texts: list[str] = []
        tab.editRequested.connect(lambda _change, text: texts.append(text))
        risks = tab.sections["risks"]
        selection = risks.table.selectionModel()
        for row in (0, 2, 3):  # not r2, the internal one
            selection.select(risks.view_index(row), selection.SelectionFlag.Select
                             | selection.SelectionFlag.Rows)
        risks.share_action.trigger()
        risks.removeRequested.emit([0, 1, 2, 3, 4])
        assert texts == [shared, removed]
        assert tab.heat_map.cell_tip(4, 4).startswith(tip)
