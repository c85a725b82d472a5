"""The Plan tab driven like a user would: add, edit, undo and delete rows of the
risk, action and review tables, refused values, the .ics export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.models.account import AccountFile
from app.services.demo import demo_documents
from app.views.main_window import MainWindow
from app.views.plan.dialogs import KpiValueDialog, PickDialog
from app.views.plan.section import SectionPage
from app.views.plan.tab import OVERDUE
from tests.gui.plan_helpers import page, stored

pytestmark = pytest.mark.gui


@pytest.fixture
def window(plan_window: MainWindow) -> MainWindow:
    return plan_window


TODAY = dt.date.today()


def edit(p: SectionPage, row: int, field: str, value: Any) -> None:
    """Set a cell as the delegate does after the user typed or picked a value."""
    col = next(i for i, c in enumerate(p.model.columns) if c.field == field)
    p.proxy.setData(p.view_index(row, col), value, Qt.ItemDataRole.EditRole)
    QApplication.processEvents()  # the edit is applied once the editor has closed


def cell(p: SectionPage, row: int, field: str) -> Any:
    col = next(i for i, c in enumerate(p.model.columns) if c.field == field)
    return p.view_index(row, col).data()


def test_risks_are_added_edited_scored_undone_and_deleted(window: MainWindow) -> None:
    risks = page(window, "risks")
    risks.add_button.click()
    assert [r.title for r in stored(window).risks] == ["New risk"]
    edit(risks, 0, "title", "Новый финдиректор пересматривает поставщиков")
    edit(risks, 0, "likelihood", 4)
    edit(risks, 0, "impact", 5)
    edit(risks, 0, "category", "relationship")
    risk = stored(window).risks[0]
    assert (risk.title, risk.likelihood, risk.impact, risk.category) == (
        "Новый финдиректор пересматривает поставщиков", 4, 5, "relationship")
    assert cell(risks, 0, "score") == "20"
    # a high open risk is red, and counted in its heat-map cell
    assert risks.view_index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert window.plan.heat_map.counts == {(4, 5): 1}

    for _ in range(4):
        window.undo_action.trigger()
    assert stored(window).risks[0].title == "New risk"
    window.redo_action.trigger()
    assert stored(window).risks[0].title.startswith("Новый финдиректор")

    risks.table.selectRow(0)
    risks.remove_button.click()
    assert stored(window).risks == []
    window.undo_action.trigger()
    assert len(stored(window).risks) == 1


def test_a_likelihood_of_7_is_refused_with_a_message_and_nothing_changes(
    window: MainWindow
) -> None:
    risks = page(window, "risks")
    risks.add_button.click()
    before = stored(window)
    edit(risks, 0, "likelihood", 7)
    assert stored(window) == before
    assert not risks.error.isHidden()
    assert "Likelihood: input should be less than or equal to 5" in risks.error.text()
    assert "less than or equal to 5" in risks.error.text()


def test_actions_link_to_the_plan_and_overdue_ones_stand_out(window: MainWindow) -> None:
    team = page(window, "team")
    team.add_button.click()
    edit(team, 0, "name", "Lena Fischer")
    # she owns stakeholders on the map already: the team table says so
    owned = [s.name for s in stored(window).stakeholders if s.our_owner == "Lena Fischer"]
    assert owned and cell(team, 0, "owns") == f"{len(owned)}: " + ", ".join(owned)
    actions = page(window, "actions")
    actions.add_button.click()
    member = stored(window).team[0].id
    edit(actions, 0, "owner", member)
    edit(actions, 0, "due", (TODAY - dt.timedelta(days=3)).isoformat())
    edit(actions, 0, "stakeholder", "fd")
    action = stored(window).actions[0]
    assert (action.owner, action.due, action.stakeholder) == (
        member, TODAY - dt.timedelta(days=3), "fd")
    assert cell(actions, 0, "stakeholder") == "Ольга Сергеевна Смирнова"
    assert actions.view_index(0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    edit(actions, 0, "status", "done")
    assert actions.view_index(0).data(Qt.ItemDataRole.ForegroundRole).color() != OVERDUE

    # removing the team member clears the action's owner instead of leaving a dangling id
    team = page(window, "team")
    team.table.selectRow(0)
    team.remove_button.click()
    assert stored(window).actions[0].owner is None
    # … and says that her stakeholders have no owner now
    assert team.hint.text().startswith(f"{len(owned)} stakeholders no longer have an owner")
    assert all(s.our_owner != "Lena Fischer" for s in stored(window).stakeholders)


def test_bad_dates_and_unknown_owners_are_refused(window: MainWindow) -> None:
    actions = page(window, "actions")
    actions.add_button.click()
    before = stored(window)
    edit(actions, 0, "due", "next Tuesday")
    assert "Due: must be a date written YYYY-MM-DD" in actions.error.text()
    edit(actions, 0, "owner", "nobody")
    assert 'unknown team member "nobody"' in actions.error.text()
    assert stored(window) == before


def test_reviews_are_scheduled_given_attendees_and_exported_as_ics(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reviews = page(window, "reviews")
    window.plan.schedule_reviews()
    dates = [r.date for r in stored(window).reviews]
    assert len(dates) == 4 and dates[0] == TODAY + dt.timedelta(days=7)
    assert all((b - a).days in range(89, 93) for a, b in zip(dates, dates[1:], strict=False))
    edit(reviews, 0, "agenda", "Итоги квартала · 季度回顾")

    def choose(dialog: PickDialog) -> QDialog.DialogCode:
        theirs = dialog.models[1]
        for r in range(theirs.rowCount()):
            if theirs.item(r).data(Qt.ItemDataRole.UserRole) in ("gd", "td"):
                theirs.item(r).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PickDialog, "exec", choose)
    reviews.table.setCurrentIndex(reviews.view_index(0))
    window.plan.pick_review_people()
    first = stored(window).reviews[0]
    assert first.their_attendees == ["gd", "td"]
    assert "Алексей Петрович Иванов" in cell(reviews, 0, "attendees")

    out = tmp_path / "ural.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.plan.export_ics.click()
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == dates
    assert "Итоги квартала" in str(events[0]["description"])
    assert "Сергей Викторович Попов" in str(events[0]["description"])


def test_logging_an_interaction_updates_the_last_contact(window: MainWindow) -> None:
    interactions = page(window, "interactions")
    count = len(stored(window).interactions)
    interactions.add_button.click()
    assert len(stored(window).interactions) == count + 1
    row = len(stored(window).interactions) - 1
    edit(interactions, row, "stakeholder", "sb")
    doc = stored(window)
    assert next(s for s in doc.stakeholders if s.id == "sb").last_contact == TODAY
    assert doc.interactions[row].stakeholder == "sb"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert len(stored(window).interactions) == count


def test_kpi_values_are_measurements_entered_in_a_dialog_and_draw_a_trend(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    kpis = page(window, "kpis")
    kpis.add_button.click()
    edit(kpis, 0, "name", "On-time delivery / Своевременная доставка")
    edit(kpis, 0, "target", 95.0)
    kpis.table.setCurrentIndex(kpis.view_index(0))
    typed = iter([("2026-10-31", "93,5" if QLocale().decimalPoint() == "," else "93.5"),
                  ("2026-09-30", "91")])

    def enter(dialog: KpiValueDialog) -> QDialog.DialogCode:
        day, value = next(typed)
        dialog.date_edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))
        dialog.value_edit.setText(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(KpiValueDialog, "exec", enter)
    window.plan.kpi_values_page.add_button.click()
    window.plan.kpi_values_page.add_button.click()
    values = stored(window).kpis[0].values
    assert [(v.date, v.value) for v in values] == [(dt.date(2026, 9, 30), 91.0),
                                                   (dt.date(2026, 10, 31), 93.5)]
    assert window.plan.kpi_chart.target == 95.0 and len(window.plan.kpi_chart.points) == 2
    window.undo_action.trigger()
    assert len(stored(window).kpis[0].values) == 1


def test_the_kpi_value_dialog_takes_only_a_number_on_a_free_day_up_to_today(
    qtbot: QtBot,
) -> None:
    today = dt.date(2026, 11, 25)
    dialog = KpiValueDialog("Жалобы", "per month", today, {dt.date(2026, 11, 20)})
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing typed: no made-up value
    dialog.value_edit.setText("abc")
    assert not ok.isEnabled() and "not an amount" in dialog.problem.text()
    dialog.value_edit.setText("4")
    assert ok.isEnabled() and (dialog.day, dialog.value) == (today, 4.0)
    dialog.date_edit.setDate(QDate(2026, 11, 20))
    assert not ok.isEnabled() and "already" in dialog.problem.text()
    dialog.date_edit.setDate(QDate(2026, 12, 5))  # after today: the editor stops at today
    assert dialog.day == today


def test_insights_and_objectives_keep_chinese_and_russian_text(window: MainWindow) -> None:
    insights = page(window, "insights")
    insights.add_button.click()
    edit(insights, 0, "text", "降低物流成本 15% · снизить затраты")
    insights.proxy.setData(insights.view_index(0, 2), Qt.CheckState.Checked.value,
                           Qt.ItemDataRole.CheckStateRole)
    QApplication.processEvents()
    objectives = page(window, "objectives")
    objectives.add_button.click()
    objectives.table.setCurrentIndex(objectives.view_index(0))
    window.plan.milestone_page.add_button.click()
    doc = stored(window)
    assert (doc.insights[0].text, doc.insights[0].confirmed) == (
        "降低物流成本 15% · снизить затраты", True)
    assert [m.title for m in doc.objectives[0].milestones] == ["New milestone"]
    assert cell(objectives, 0, "milestones") == "0 of 1 done"


def test_a_due_action_in_the_portfolio_opens_the_plan_at_that_action(
    qtbot: QtBot, services: Services, tmp_path: Path,
) -> None:
    services.accounts.import_documents(demo_documents())
    w = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    qtbot.waitUntil(lambda: not w.portfolio.is_scoring() and w.portfolio.agenda.rowCount() > 0,
                    timeout=20_000)
    agenda = w.portfolio.agenda
    row = next(r for r in range(agenda.rowCount())
               if agenda.row(r).key == "demo-ural" and agenda.row(r).item.kind == "action")
    item = agenda.row(row).item
    w.portfolio.agenda_table.activated.emit(agenda.index(row, 2))
    assert w.current_key == "demo-ural"
    assert w.tabs.currentWidget() is w.plan
    actions = w.plan.sections["actions"]
    assert w.plan.pages.currentWidget() is actions
    assert cell(actions, actions.table.currentIndex().row(), "title") == item.title
    w.portfolio.stop()


def type_into_detail(qtbot: QtBot, p: SectionPage, field: str, text: str) -> None:
    """Type into a detail box, then leave it (which saves it). Chinese and Russian
    arrive as an input method's text (QTest only types ASCII keys)."""
    assert p.details is not None
    box = p.details.editors[field]
    box.setFocus()
    box.selectAll()
    for line_no, line in enumerate(text.split("\n")):
        if line_no:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        box.insertPlainText(line)
    p.table.setFocus()  # leaving the box saves it
    QApplication.processEvents()


def test_a_reviews_agenda_notes_and_decisions_are_edited_in_full_and_undone(
    qtbot: QtBot, window: MainWindow,
) -> None:
    reviews = page(window, "reviews")
    window.plan.schedule_reviews()
    reviews.table.setCurrentIndex(reviews.view_index(1))
    agenda = "1. Итоги квартала\n2. 季度回顾\n3. Renewal"
    type_into_detail(qtbot, reviews, "agenda", agenda)
    type_into_detail(qtbot, reviews, "decisions", "Go for the roll-out.")
    review = stored(window).reviews[1]
    assert (review.agenda, review.decisions) == (agenda, "Go for the roll-out.")
    assert stored(window).reviews[0].agenda is None  # only the selected review changed
    # the table shows the first lines, the cell is read-only: edited below
    assert cell(reviews, 1, "agenda") == agenda.replace("\n", " ")
    assert not reviews.model.flags(reviews.model.index(1, 4)) & Qt.ItemFlag.ItemIsEditable
    # another review shows its own (empty) texts, this one its texts again
    reviews.table.setCurrentIndex(reviews.view_index(0))
    assert reviews.details is not None
    assert reviews.details.editors["agenda"].toPlainText() == ""
    reviews.table.setCurrentIndex(reviews.view_index(1))
    assert reviews.details.editors["agenda"].toPlainText() == agenda
    window.undo_action.trigger()
    assert stored(window).reviews[1].decisions is None
    assert reviews.details.editors["decisions"].toPlainText() == ""
    window.redo_action.trigger()
    assert stored(window).reviews[1].decisions == "Go for the roll-out."
    # Ctrl+Enter saves without leaving the box
    box = reviews.details.editors["notes"]
    box.setFocus()
    box.insertPlainText("Хорошая встреча")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert stored(window).reviews[1].notes == "Хорошая встреча"
    assert box.toPlainText() == "Хорошая встреча"


def test_a_required_text_cleared_in_the_detail_box_is_refused_and_kept_on_screen(
    qtbot: QtBot, window: MainWindow,
) -> None:
    insights = page(window, "insights")
    insights.add_button.click()
    QApplication.processEvents()
    insights.table.setCurrentIndex(insights.view_index(0))
    before = stored(window)
    type_into_detail(qtbot, insights, "text", "   ")
    assert stored(window) == before
    assert not insights.error.isHidden()
    assert "What and why: cannot be empty" in insights.error.text()  # the column's words
    assert insights.details is not None
    assert insights.details.editors["text"].toPlainText() == "   "  # nothing typed is lost


def _column(p: SectionPage, field: str) -> int:
    return next(i for i, c in enumerate(p.model.columns) if c.field == field)


def type_in_cell(qtbot: QtBot, p: SectionPage, row: int, field: str, text: str,
                 leave: Qt.Key = Qt.Key.Key_Return) -> None:
    """Edit a cell with the keyboard: F2, select all, type, then Enter (or Tab)."""
    index = p.view_index(row, _column(p, field))
    p.table.setFocus()
    p.table.setCurrentIndex(index)
    qtbot.keyClick(p.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not p.table
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    # the delegate commits queued and the model hands the edit on a turn later
    with qtbot.waitSignal(p.model.editRequested, timeout=5_000):
        qtbot.keyClick(editor, leave)
    QApplication.processEvents()


def test_keyboard_editing_keeps_the_current_cell_and_tab_moves_on(
    qtbot: QtBot, window: MainWindow,
) -> None:
    actions = page(window, "actions")
    actions.add_button.click()
    QApplication.processEvents()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the new row's editor
    type_in_cell(qtbot, actions, 0, "due", "2026-12-01")
    assert stored(window).actions[0].due == dt.date(2026, 12, 1)
    current = actions.table.currentIndex()
    assert (current.row(), current.column()) == (0, _column(actions, "due"))
    assert actions.table.hasFocus()
    # Tab saves and opens the next cell's editor, which survives the save
    type_in_cell(qtbot, actions, 0, "title", "Angebot senden", leave=Qt.Key.Key_Tab)
    assert stored(window).actions[0].title == "Angebot senden"
    assert actions.table.currentIndex().column() == _column(actions, "title") + 1
    assert actions.table.state() == actions.table.State.EditingState


def test_a_date_typed_the_wrong_way_is_refused_with_what_was_typed(
    qtbot: QtBot, window: MainWindow,
) -> None:
    interactions = page(window, "interactions")
    before = stored(window)
    row = interactions.proxy.mapToSource(interactions.proxy.index(0, 0)).row()  # the newest
    type_in_cell(qtbot, interactions, row, "date", "01.12.2026")
    assert stored(window) == before
    assert not interactions.error.isHidden()
    message = interactions.error.text()
    assert "Date: " in message and "interactions[" not in message
    assert 'must be a date written YYYY-MM-DD' in message and '"01.12.2026"' in message
    future = (TODAY + dt.timedelta(days=3)).isoformat()
    type_in_cell(qtbot, interactions, row, "date", future)
    assert stored(window) == before
    assert "in the future" in interactions.error.text()


def test_switching_accounts_starts_with_nothing_selected(window: MainWindow) -> None:
    window.select("demo-northwind")
    docs = {d.account.id: d for d in demo_documents()}
    window.services.accounts.replace_account(docs["demo-northwind"])
    window.select("demo-ural")
    window.select("demo-northwind")
    actions = page(window, "actions")
    actions.table.setCurrentIndex(actions.view_index(2))
    window.select("demo-ural")
    assert actions.table.currentIndex().row() == -1 or not actions.model.rowCount()


def test_actions_and_reviews_are_added_with_insert_removed_with_delete_and_undone(
    qtbot: QtBot, window: MainWindow,
) -> None:
    for section, what in (("actions", "New action"), ("reviews", "Account review")):
        p = page(window, section)
        p.table.setFocus()
        qtbot.keyClick(p.table, Qt.Key.Key_Insert)
        QApplication.processEvents()
        editor = QApplication.focusWidget()
        if editor is not p.table:  # the new entry's first cell opens for typing
            qtbot.keyClick(editor, Qt.Key.Key_Escape)
        entries = getattr(stored(window), section)
        assert len(entries) == 1 and what in (getattr(entries[0], "title", "") or "")
        p.table.setFocus()
        p.table.selectRow(0)
        qtbot.keyClick(p.table, Qt.Key.Key_Delete)
        assert getattr(stored(window), section) == []
        window.undo_action.trigger()
        assert len(getattr(stored(window), section)) == 1
        window.redo_action.trigger()
        assert getattr(stored(window), section) == []


def test_overdue_actions_missed_reviews_and_late_milestones_say_so_in_words(
    window: MainWindow,
) -> None:
    late = (TODAY - dt.timedelta(days=2)).isoformat()
    actions = page(window, "actions")
    actions.add_button.click()
    edit(actions, 0, "due", late)
    assert cell(actions, 0, "due") == f"{late} · overdue"
    reviews = page(window, "reviews")
    reviews.add_button.click()
    edit(reviews, 0, "date", late)
    assert cell(reviews, 0, "date") == f"{late} · not marked held"
    assert reviews.view_index(0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    objectives = page(window, "objectives")
    objectives.add_button.click()
    edit(objectives, 0, "title", "Рамочный договор 2027")
    objectives.table.setCurrentIndex(objectives.view_index(0))
    milestones = window.plan.milestone_page
    assert "Рамочный договор 2027" in milestones.hint.text()
    milestones.add_button.click()
    edit(milestones, 0, "due", late)
    assert cell(milestones, 0, "due") == f"{late} · overdue"
    assert milestones.view_index(0).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert "1 overdue" in cell(objectives, 0, "milestones")


def test_people_present_at_an_interaction_are_picked_and_get_the_contact(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    interactions = page(window, "interactions")
    interactions.add_button.click()
    QApplication.processEvents()
    row = len(stored(window).interactions) - 1
    edit(interactions, row, "stakeholder", "sb")

    def tick(dialog: PickDialog) -> QDialog.DialogCode:
        [model] = dialog.models
        keys = [model.item(r).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]
        assert "sb" not in keys  # the main person is not offered twice
        for r, key in enumerate(keys):
            if key in ("fd", "gd"):
                model.item(r).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PickDialog, "exec", tick)
    interactions.table.setCurrentIndex(interactions.view_index(row))
    window.plan.pick_participants()
    doc = stored(window)
    assert sorted(doc.interactions[row].participants) == ["fd", "gd"]
    assert {s.id: s.last_contact for s in doc.stakeholders if s.id in ("fd", "gd")} == {
        "fd": TODAY, "gd": TODAY}
    assert "Ольга Сергеевна Смирнова" in cell(interactions, row, "participants")


def test_the_heat_map_names_the_risks_in_a_cell_and_counts_unrated_ones(
    window: MainWindow,
) -> None:
    risks = page(window, "risks")
    for title, likelihood, impact in (("Бюджет урезан", 4, 5), ("新竞争对手", 4, 5),
                                      ("Unrated", None, None)):
        risks.add_button.click()
        row = len(stored(window).risks) - 1
        edit(risks, row, "title", title)
        if likelihood:
            edit(risks, row, "likelihood", likelihood)
            edit(risks, row, "impact", impact)
    heat = window.plan.heat_map
    assert heat.counts == {(4, 5): 2}
    assert heat.titles[(4, 5)] == ["Бюджет урезан", "新竞争对手"]
    assert heat.unrated == 1
    assert heat.cell_at(heat.cell_rect(4, 5).center()) == (4, 5)


def close_new_entry_editor(qtbot: QtBot) -> None:
    """A new entry opens its first cell for typing: close that editor unchanged."""
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    if editor is not None:
        qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_a_follow_up_action_is_made_from_a_review_and_an_amount_typo_is_explained(
    qtbot: QtBot, window: MainWindow,
) -> None:
    reviews = page(window, "reviews")
    reviews.add_button.click()
    QApplication.processEvents()
    reviews.table.setCurrentIndex(reviews.view_index(0))
    window.plan.add_follow_up()
    doc = stored(window)
    assert doc.reviews[0].follow_ups == [doc.actions[0].id]
    assert window.plan.pages.currentWidget() is window.plan.sections["actions"]
    close_new_entry_editor(qtbot)
    revenue = page(window, "revenue_plan")
    revenue.add_button.click()
    close_new_entry_editor(qtbot)
    before = stored(window)
    col = _column(revenue, "planned")
    index = revenue.view_index(0, col)
    revenue.table.setFocus()
    revenue.table.setCurrentIndex(index)
    qtbot.keyClick(revenue.table, Qt.Key.Key_F2)
    typed = QApplication.focusWidget()
    assert typed is not None
    qtbot.keyClicks(typed, "1.5 M")
    qtbot.keyClick(typed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not revenue.error.isHidden(), timeout=3000)
    assert stored(window) == before
    assert '"1.5 M" is not an amount' in revenue.error.text()


def test_a_required_choice_offers_no_blank(qtbot: QtBot, window: MainWindow) -> None:
    insights = page(window, "insights")
    insights.add_button.click()
    close_new_entry_editor(qtbot)
    index = insights.view_index(0, _column(insights, "kind"))
    insights.table.setCurrentIndex(index)
    insights.table.edit(index)
    combo = QApplication.focusWidget()
    assert combo is not None and hasattr(combo, "itemText")
    assert "—" not in [combo.itemText(i) for i in range(combo.count())]


@pytest.fixture
def demo_window(plan_demo_window: MainWindow) -> MainWindow:
    return plan_demo_window


def snapshot(window: MainWindow, key: str) -> AccountFile:
    return window.services.accounts.snapshot(key)


def test_text_typed_before_switching_accounts_is_saved_to_the_account_it_was_typed_in(
    demo_window: MainWindow,
) -> None:
    risks = page(demo_window, "risks")
    risks.table.setCurrentIndex(risks.view_index(0))
    first = snapshot(demo_window, "demo-ural").risks[0]
    northwind = snapshot(demo_window, "demo-northwind")
    assert risks.details is not None
    box = risks.details.editors["mitigation"]
    box.setFocus()
    box.selectAll()
    box.insertPlainText("Звонок финдиректору")  # typed, the box not left
    demo_window.select("demo-northwind")
    ural = snapshot(demo_window, "demo-ural")
    assert next(r for r in ural.risks if r.id == first.id).mitigation == "Звонок финдиректору"
    assert snapshot(demo_window, "demo-northwind") == northwind


def test_a_milestone_typed_before_picking_another_objective_stays_with_its_objective(
    qtbot: QtBot, demo_window: MainWindow,
) -> None:
    objectives = page(demo_window, "objectives")
    objectives.table.setCurrentIndex(objectives.view_index(0))
    milestones = demo_window.plan.milestone_page
    index = milestones.view_index(0, 0)
    milestones.table.setFocus()
    milestones.table.setCurrentIndex(index)
    qtbot.keyClick(milestones.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Signed offer")
    before = snapshot(demo_window, "demo-ural").objectives
    # a click on the second objective, while the milestone's editor is open
    objectives.table.setFocus()
    objectives.table.setCurrentIndex(objectives.view_index(1))
    qtbot.wait(20)
    after = snapshot(demo_window, "demo-ural").objectives
    first, second = (next(o for o in after if o.id == b.id) for b in before[:2])
    assert first.milestones[0].title == "Signed offer"
    assert second.milestones == before[1].milestones


def test_removing_the_entry_being_typed_in_does_not_write_over_the_next_one(
    demo_window: MainWindow,
) -> None:
    risks = page(demo_window, "risks")
    risks.table.setCurrentIndex(risks.view_index(0))
    doc = snapshot(demo_window, "demo-ural")
    gone = risks.model.items[risks.current_row()]
    assert risks.details is not None
    box = risks.details.editors["mitigation"]
    box.setFocus()
    box.insertPlainText(" — typed")
    risks.table.setFocus()  # leaving the box asks for the edit …
    risks.removeRequested.emit([risks.current_row()])  # … and Remove comes first
    QApplication.processEvents()
    after = snapshot(demo_window, "demo-ural")
    assert [r.id for r in after.risks] == [r.id for r in doc.risks if r.id != gone.id]
    assert [r.mitigation for r in after.risks] == [
        r.mitigation for r in doc.risks if r.id != gone.id]
    assert "removed meanwhile" in risks.error.text()


def test_text_typed_before_opening_the_portfolio_is_saved(demo_window: MainWindow) -> None:
    reviews = page(demo_window, "reviews")
    reviews.table.setCurrentIndex(reviews.view_index(0))
    review = reviews.model.items[reviews.current_row()]
    assert reviews.details is not None
    box = reviews.details.editors["notes"]
    box.setFocus()
    box.selectAll()
    box.insertPlainText("Итоги: продление согласовано")
    demo_window.portfolio_action.trigger()
    saved = next(r for r in snapshot(demo_window, "demo-ural").reviews if r.id == review.id)
    assert saved.notes == "Итоги: продление согласовано"


def test_ok_without_a_change_adds_no_undo_step(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    reviews = page(demo_window, "reviews")
    reviews.table.setCurrentIndex(reviews.view_index(0))
    steps = demo_window.undo_stack.count()
    monkeypatch.setattr(PickDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    demo_window.plan.pick_review_people()
    assert demo_window.undo_stack.count() == steps


def test_figures_beside_the_plan_follow_the_users_locale(demo_window: MainWindow) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        demo_window.select("demo-northwind")
        demo_window.select("demo-ural")  # shown again, in German
        revenue = page(demo_window, "revenue_plan")
        variances = [cell(revenue, r, "variance") for r in range(revenue.model.rowCount())]
        assert "−32.000 (−7%)" in variances  # 418,000 of 450,000 planned
        assert "1.840.000\u00a0EUR" in demo_window.plan.revenue_totals.text()
    finally:
        QLocale.setDefault(before)


def test_the_pick_dialog_filters_by_name_and_keeps_ticks_out_of_view(qtbot: QtBot) -> None:
    dialog = PickDialog("People present", [("Their people", [
        ("王建国", "a"), ("Ольга Смирнова", "b"), ("Rachel Stone", "c")], {"a"})])
    qtbot.addWidget(dialog)
    dialog.search.setText("смир")
    [shown] = dialog.filters
    assert shown.rowCount() == 1 and shown.index(0, 0).data() == "Ольга Смирнова"
    shown.setData(shown.index(0, 0), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    assert dialog.chosen() == [["a", "b"]]  # 王建国 stays ticked while filtered out


def test_long_texts_are_read_below_the_table_and_can_be_shown_in_it(
    demo_window: MainWindow,
) -> None:
    reviews = page(demo_window, "reviews")
    agenda = _column(reviews, "agenda")
    assert reviews.table.isColumnHidden(agenda)
    assert reviews.details is not None and "agenda" in reviews.details.editors
    menu = reviews.column_menu()  # what a right-click on the header shows
    titles = {a.text(): a for a in menu.actions()}
    assert "Date" not in titles and not titles["Agenda"].isChecked()  # the first stays
    titles["Agenda"].trigger()
    assert not reviews.table.isColumnHidden(agenda)


def test_an_empty_detail_box_says_what_to_select_in_english(window: MainWindow) -> None:
    texts = {}
    for section in ("actions", "insights", "reviews"):
        details = page(window, section).details
        assert details is not None
        texts[section] = next(iter(details.editors.values())).placeholderText()
    assert texts == {"actions": "Select an action to see and edit this.",
                     "insights": "Select an insight to see and edit this.",
                     "reviews": "Select a review to see and edit this."}
