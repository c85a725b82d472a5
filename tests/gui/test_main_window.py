"""The main window driven like a user would, with real widgets on a real database file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, bootstrap
from app.services.demo import demo_documents
from app.views.main_window import MainWindow
from app.views.pdf_export import PdfExportDialog
from tests.conftest import account_doc, dump_database

pytestmark = pytest.mark.gui


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, CJK and Cyrillic included (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def press_return(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def visible_names(window: MainWindow) -> list[str]:
    m = window.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, services: Services, settings: QSettings) -> Iterator[MainWindow]:
    w = MainWindow(services, settings)
    qtbot.addWidget(w)
    w.show()
    yield w


@pytest.fixture
def demo_window(window: MainWindow) -> MainWindow:
    assert window.load_demo()
    return window


def test_create_edit_undo_redo_delete(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Acme Corp", True))
    window.new_action.trigger()
    assert visible_names(window) == ["Acme Corp"]
    key = window.current_key
    assert key is not None and window.title.text() == "Acme Corp"

    window.profile.industry.clear()
    type_text(window.profile.industry, "Logistics")
    press_return(qtbot, window.profile.industry)
    assert window.services.accounts.profile(key).industry == "Logistics"

    tier = window.profile.tier
    tier.setCurrentIndex(tier.findData("strategic"))
    assert window.model.summary(key).tier == "strategic"
    assert window.undo_stack.undoText() == "Set tier to Strategic"

    window.undo_action.trigger()
    assert window.model.summary(key).tier is None
    assert tier.currentData() is None
    window.undo_action.trigger()
    assert window.services.accounts.profile(key).industry is None
    assert window.profile.industry.text() == ""
    window.redo_action.trigger()
    assert window.profile.industry.text() == "Logistics"

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert visible_names(window) == []
    assert window.services.accounts.list_summaries() == []
    assert window.detail_stack.currentIndex() == 0  # "No account selected"

    window.undo_action.trigger()
    assert visible_names(window) == ["Acme Corp"]
    assert window.services.accounts.profile(key).industry == "Logistics"


def test_delete_is_cancelled_when_the_user_says_no(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def cancel(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    demo_window.select("demo-ural")
    demo_window.delete_action.trigger()
    assert "ТрансЛогистик Урал" in asked[0] and "20 stakeholders" in asked[0]
    assert len(demo_window.services.accounts.list_summaries()) == 3


def test_undoing_a_delete_restores_all_stakeholders(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    before = demo_window.services.accounts.snapshot("demo-huadong")
    demo_window.select("demo-huadong")
    demo_window.delete_action.trigger()
    assert demo_window.model.row_of("demo-huadong") == -1
    demo_window.undo_action.trigger()
    assert demo_window.services.accounts.snapshot("demo-huadong") == before
    assert demo_window.current_key == "demo-huadong"


def test_search_filters_as_you_type(qtbot: QtBot, demo_window: MainWindow) -> None:
    qtbot.keyClicks(demo_window.search, "north")
    assert visible_names(demo_window) == ["Northwind Health Systems"]
    assert demo_window.count_label.text() == "1 of 3 accounts"
    demo_window.search.clear()
    assert len(visible_names(demo_window)) == 3
    type_text(demo_window.search, "урал")
    assert visible_names(demo_window) == ["ТрансЛогистик Урал"]
    demo_window.search.clear()
    type_text(demo_window.search, "精密")
    assert visible_names(demo_window) == ["华东精密制造集团"]
    demo_window.search.clear()
    qtbot.keyClicks(demo_window.search, "strategic")  # tier label matches too
    assert visible_names(demo_window) == ["华东精密制造集团"]
    demo_window.search.clear()
    qtbot.keyClicks(demo_window.search, "no such account")
    assert visible_names(demo_window) == []


def test_selection_survives_filtering_and_sorting(demo_window: MainWindow) -> None:
    demo_window.select("demo-ural")
    type_text(demo_window.search, "basic")  # the two accounts at the basic stage
    assert len(visible_names(demo_window)) == 2
    demo_window.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)  # by people
    selected = demo_window.table.selectionModel().selectedRows()
    assert [demo_window.model.key_at(i.row()) for i in selected] == ["demo-ural"]
    assert demo_window.current_key == "demo-ural"


@pytest.mark.parametrize("name", ["华东精密制造集团 (上海)", "ТрансЛогистик Урал-Сибирь"])
def test_typed_chinese_and_russian_names_are_saved_and_shown(
    qtbot: QtBot, window: MainWindow, name: str, db_path: Path
) -> None:
    key = window.create_account("placeholder")
    window.profile.name.clear()
    type_text(window.profile.name, name)
    press_return(qtbot, window.profile.name)
    assert window.services.accounts.profile(key).name == name
    assert visible_names(window) == [name]
    assert window.title.text() == name
    window.services.close()  # what is on disk is what a restart shows
    reopened = bootstrap(str(db_path), writer=False)
    assert reopened.accounts.profile(key).name == name
    reopened.close()


def test_invalid_edit_is_refused_with_a_message_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    key = window.create_account("Acme")
    before = dump_database(db_path)
    window.profile.annual_revenue.setText("-500")
    press_return(qtbot, window.profile.annual_revenue)
    assert window.profile.error.isVisible()
    assert "greater than or equal to 0" in window.profile.error.text()
    assert window.profile.annual_revenue.text() == "-500"  # left there for correcting
    assert dump_database(db_path) == before

    window.profile.annual_revenue.setText("12k")
    press_return(qtbot, window.profile.annual_revenue)
    assert '"12k" is not an amount' in window.profile.error.text()
    window.profile.annual_revenue.setText("12000")
    press_return(qtbot, window.profile.annual_revenue)
    assert not window.profile.error.isVisible()
    assert window.services.accounts.profile(key).annual_revenue == 12000

    window.profile.name.clear()
    press_return(qtbot, window.profile.name)
    assert "must not be empty" in window.profile.error.text()
    assert window.services.accounts.profile(key).name == "Acme"
    assert window.undo_stack.count() == 2  # the creation and the revenue
    window.profile.name.setText("Acme")  # back to the stored text: nothing pending


def test_revenue_accepts_grouped_numbers(qtbot: QtBot, window: MainWindow) -> None:
    key = window.create_account("Acme")
    window.profile.annual_revenue.setText("1,250,000")
    press_return(qtbot, window.profile.annual_revenue)
    assert window.services.accounts.profile(key).annual_revenue == 1_250_000
    assert "1,250,000" in window.model.data(window.model.index(0, 6))


def test_last_account_and_geometry_are_remembered(
    qtbot: QtBot, services: Services, settings: QSettings
) -> None:
    services.accounts.import_documents(demo_documents())
    first = MainWindow(services, settings)
    qtbot.addWidget(first)
    first.show()
    first.select("demo-ural")
    first.resize(760, 580)  # inside the offscreen screen (800x600)
    first.close()
    second = MainWindow(services, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.current_key == "demo-ural"
    assert (second.width(), second.height()) == (760, 580)


def test_importing_a_bad_file_shows_every_problem_and_changes_nothing(
    demo_window: MainWindow, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    doc = account_doc()
    doc["stakeholders"][0]["reports_to"] = "ghost"
    doc["account"]["tier"] = "gold"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    before = dump_database(db_path)
    assert not demo_window.import_paths([bad])
    assert "account.tier" in shown[0]
    assert 'stakeholders[0].reports_to: unknown id "ghost"' in shown[0]
    assert dump_database(db_path) == before


def test_import_is_one_undo_step(demo_window: MainWindow, tmp_path: Path) -> None:
    good = tmp_path / "acme.json"
    good.write_text(json.dumps(account_doc(), ensure_ascii=False), encoding="utf-8")
    assert demo_window.import_paths([good])
    assert demo_window.current_key == "acme"
    demo_window.tabs.setCurrentWidget(demo_window.map)  # a hidden tab loads when shown
    assert demo_window.stakeholders.model.rowCount() == 3
    demo_window.undo_action.trigger()
    assert demo_window.model.row_of("acme") == -1
    assert len(demo_window.services.accounts.list_summaries()) == 3


def test_stakeholder_tab_lists_people_with_their_managers(demo_window: MainWindow) -> None:
    demo_window.select("demo-huadong")
    demo_window.tabs.setCurrentWidget(demo_window.map)
    model = demo_window.stakeholders.model
    rows = {model.data(model.index(r, 0)): model.data(model.index(r, 3))
            for r in range(model.rowCount())}
    assert rows["李静"] == "王建国"  # the CFO reports to the CEO
    assert demo_window.map.summary.text().startswith("24 stakeholders")


def test_ctrl_z_in_a_saved_field_undoes_the_edit(qtbot: QtBot, window: MainWindow) -> None:
    key = window.create_account("Acme")
    window.profile.industry.setFocus()
    type_text(window.profile.industry, "Mining")
    press_return(qtbot, window.profile.industry)
    assert window.services.accounts.profile(key).industry == "Mining"
    # The focus is still in the field, which would normally take Ctrl+Z for itself.
    qtbot.keyClick(window.profile.industry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.services.accounts.profile(key).industry is None
    assert window.profile.industry.text() == ""
    qtbot.keyClick(window.profile.industry, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.services.accounts.profile(key).industry == "Mining"


def test_ctrl_z_while_typing_undoes_the_typing_only(qtbot: QtBot, window: MainWindow) -> None:
    key = window.create_account("Acme")
    window.profile.industry.setFocus()
    type_text(window.profile.industry, "Min")
    qtbot.keyClick(window.profile.industry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.profile.industry.text() != "Min"  # the field's own text undo
    assert window.undo_stack.index() == 1  # the app's history did not move
    assert window.services.accounts.list_summaries()[0].key == key


def test_visiting_a_field_never_rewrites_its_value(qtbot: QtBot, window: MainWindow) -> None:
    key = window.create_account("Acme")
    window.workspace.update(key, {"annual_revenue": 98765.4321, "currency": "EUR"})
    assert window.profile.annual_revenue.text() == "98,765.4321"  # every stored digit
    for field in ("annual_revenue", "name", "industry"):
        widget = getattr(window.profile, field)
        widget.setFocus()
        press_return(qtbot, widget)
    window.profile.currency.setFocus()
    window.profile.notes.setFocus()
    window.profile.name.setFocus()
    assert window.services.accounts.profile(key).annual_revenue == 98765.4321
    assert window.undo_stack.count() == 1  # the creation only


def test_notes_are_saved_when_the_field_is_left(qtbot: QtBot, window: MainWindow) -> None:
    key = window.create_account("Acme")
    window.profile.notes.setFocus()
    type_text(window.profile.notes, "Встреча в Шанхае")
    window.profile.name.setFocus()
    assert window.services.accounts.profile(key).notes == "Встреча в Шанхае"


def test_currency_from_the_list_or_typed_is_saved(qtbot: QtBot, window: MainWindow) -> None:
    key = window.create_account("Acme")
    combo = window.profile.currency
    combo.setCurrentIndex(combo.findData("CNY"))
    combo.activated.emit(combo.currentIndex())  # what a click in the list sends
    assert window.services.accounts.profile(key).currency == "CNY"
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    type_text(line, "abc")
    press_return(qtbot, line)
    assert window.services.accounts.profile(key).currency == "ABC"
    assert combo.findText("abc") == -1  # typed text is not added to the choices


def test_undo_saves_a_half_typed_field_first(qtbot: QtBot, window: MainWindow) -> None:
    key = window.create_account("Acme")
    window.profile.tier.setCurrentIndex(window.profile.tier.findData("key"))
    window.profile.industry.setFocus()
    type_text(window.profile.industry, "Mining")  # no Return: still being typed
    window.undo_action.trigger()  # the toolbar button never takes the focus
    # The typing was the latest change, so it is what undo takes back.
    assert window.services.accounts.profile(key).industry is None
    assert window.services.accounts.profile(key).tier == "key"
    window.redo_action.trigger()
    assert window.services.accounts.profile(key).industry == "Mining"


def test_switching_accounts_saves_the_field_to_the_account_it_belongs_to(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    demo_window.select("demo-ural")
    demo_window.profile.owner.setFocus()
    demo_window.profile.owner.selectAll()
    type_text(demo_window.profile.owner, "Мария Петрова")
    demo_window.select("demo-northwind")
    assert demo_window.current_key == "demo-northwind"
    assert demo_window.services.accounts.profile("demo-ural").owner == "Мария Петрова"
    assert demo_window.services.accounts.profile("demo-northwind").owner == "Tom Becker"
    assert demo_window.profile.owner.text() == "Tom Becker"


def test_an_unreadable_value_keeps_the_account_open_until_fixed(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    demo_window.select("demo-ural")
    demo_window.profile.annual_revenue.setText("12k")
    demo_window.select("demo-northwind")
    qtbot.wait(20)  # the selection is put back on the next turn of the event loop
    assert demo_window.current_key == "demo-ural"
    assert demo_window.model.key_at(demo_window.table.currentIndex().row()) == "demo-ural"
    assert '"12k" is not an amount' in demo_window.profile.error.text()
    demo_window.profile.annual_revenue.setText("2,000,000")
    demo_window.select("demo-northwind")
    assert demo_window.current_key == "demo-northwind"
    assert demo_window.services.accounts.profile("demo-ural").annual_revenue == 2_000_000


def test_closing_with_an_unsavable_value_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.create_account("Acme")
    window.profile.potential_revenue.setText("lots")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def ask(_parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", ask)
    assert not window.close()  # Cancel: the window stays
    assert window.isVisible() and '"lots" is not an amount' in asked[0]
    assert window.close()  # Discard


def test_an_account_created_during_a_search_is_shown(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    qtbot.keyClicks(demo_window.search, "north")
    key = demo_window.create_account("Acme Mining")
    assert demo_window.search.text() == ""
    assert demo_window.current_key == key and demo_window.profile.isEnabled()
    assert demo_window.count_label.text() == "4 accounts"


def test_renaming_out_of_the_search_updates_the_count(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    demo_window.select("demo-ural")
    type_text(demo_window.search, "трансл")
    assert demo_window.count_label.text() == "1 of 3 accounts"
    demo_window.profile.name.selectAll()
    type_text(demo_window.profile.name, "Сибирь Логистик")
    press_return(qtbot, demo_window.profile.name)
    assert demo_window.count_label.text() == "0 of 3 accounts"


def test_a_failed_undo_is_dropped_and_explained(
    qtbot: QtBot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    import sqlalchemy

    key = window.create_account("Acme")
    window.profile.tier.setCurrentIndex(window.profile.tier.findData("key"))
    shown: list[str] = []
    monkeypatch.setattr(window, "_error", lambda what, err, detail="": shown.append(str(err)))
    engine = window.services.db.engine
    engine.dispose()

    @sqlalchemy.event.listens_for(engine, "connect")
    def _no_wait(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout=0")

    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        window.undo_action.trigger()
    finally:
        other.rollback()
        other.close()
    assert "busy" in shown[0]
    assert window.services.accounts.profile(key).tier == "key"
    assert window.profile.tier.currentData() == "key"
    assert window.undo_stack.undoText() != "Set tier to Key"  # no stale entry left behind


def test_undoing_an_import_that_replaced_an_account_brings_it_back(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = demo_window.services.accounts.snapshot("demo-ural")
    doc = account_doc()
    doc["account"]["id"] = "demo-ural"
    path = tmp_path / "ural.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert demo_window.import_paths([path])
    assert demo_window.model.summary("demo-ural").name == "Acme Corp"
    demo_window.undo_action.trigger()
    assert demo_window.services.accounts.snapshot("demo-ural") == before


def test_two_files_with_the_same_account_id_are_refused(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window, "_error", lambda what, err, detail="": shown.append(str(err)))
    paths = []
    for name in ("a.json", "b.json"):
        paths.append(tmp_path / name)
        paths[-1].write_text(json.dumps(account_doc(), ensure_ascii=False), encoding="utf-8")
    before = dump_database(db_path)
    assert not window.import_paths(paths)
    assert 'same account id "acme"' in shown[0]
    assert dump_database(db_path) == before


def test_the_mouse_wheel_over_an_unfocused_choice_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    key = window.create_account("Acme")
    window.profile.name.setFocus()
    combo = window.profile.tier
    event = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == 0
    assert window.services.accounts.profile(key).tier is None


def test_stakeholder_table_sorts_by_level_and_keeps_selection(demo_window: MainWindow) -> None:
    demo_window.select("demo-ural")
    demo_window.tabs.setCurrentWidget(demo_window.map)
    table = demo_window.stakeholders.table
    model = table.model()  # as shown, sorted
    table.selectRow(0)
    chosen = model.data(model.index(0, 0))
    table.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # relationship: advocate first
    levels = [model.data(model.index(r, 7)) for r in range(model.rowCount())]
    order = ["Advocate", "Trusted", "Working", "Acquainted", "None"]
    assert levels == sorted(levels, key=order.index)
    selected = table.selectionModel().selectedRows()
    assert [model.data(i) for i in selected] == [chosen]
    demo_window.select("demo-northwind")  # another account keeps the chosen order
    levels = [model.data(model.index(r, 7)) for r in range(model.rowCount())]
    assert levels == sorted(levels, key=order.index)


def wait_scored(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.portfolio.is_scoring(), timeout=20000)


def test_the_portfolio_shows_when_no_account_is_selected_and_opens_accounts(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.portfolio_action.trigger()
    assert window.current_key is None
    assert window.detail_stack.currentIndex() == 0 and window.portfolio.isVisible()
    wait_scored(qtbot, window)
    model = window.portfolio.model
    assert sorted(model.key_at(r) for r in range(model.rowCount())) == [
        "demo-huadong", "demo-northwind", "demo-ural"]
    # picking an account in the overview opens it, even when the search hides it
    window.search.setText("Northwind")
    window.portfolio.accountActivated.emit("demo-ural")
    assert window.current_key == "demo-ural" and window.search.text() == ""
    assert window.detail_stack.currentIndex() == 1 and not window.portfolio.isVisible()


def test_the_portfolio_follows_edits_and_deletions(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    wait_scored(qtbot, window)
    model = window.portfolio.model
    window.select("demo-ural")
    window.tabs.setCurrentWidget(window.assessment)
    window.assessment.health.use_tier.click()  # key -> the computed strategic
    assert model.score("demo-ural").tier == "key"  # the overview is hidden: not yet
    window.show_portfolio()  # scored again when it is shown
    assert model.score("demo-ural").tier == "strategic"
    window.select("demo-ural")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert model.score("demo-ural") is None
    window.undo_action.trigger()
    window.show_portfolio()
    assert model.score("demo-ural") is not None


def test_the_portfolio_is_shown_at_start_unless_an_account_was_open(
    qtbot: QtBot, services: Services, settings: QSettings
) -> None:
    services.accounts.import_documents(demo_documents())
    first = MainWindow(services, settings)
    qtbot.addWidget(first)
    assert first.current_key is None and first.detail_stack.currentIndex() == 0
    first.select("demo-huadong")
    first.portfolio_action.trigger()  # back to the overview, then quit
    first.close()
    second = MainWindow(services, settings)
    qtbot.addWidget(second)
    assert second.current_key is None and second.detail_stack.currentIndex() == 0


def test_file_export_plan_as_pdf_writes_the_selected_account_and_shows_it(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo_window.select(None)
    assert not demo_window.pdf_action.isEnabled()
    demo_window.select("demo-huadong")
    assert demo_window.pdf_action.isEnabled()
    out = tmp_path / "plan.pdf"

    def fill_and_accept(dialog: PdfExportDialog) -> int:
        dialog.path_edit.setText(str(out))
        dialog.accept()
        return int(dialog.result())

    shown: list[Path] = []
    monkeypatch.setattr(PdfExportDialog, "exec", fill_and_accept)
    demo_window.open_pdf = shown.append
    demo_window.pdf_action.trigger()
    assert shown == [out]
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "华东精密制造集团" in text
    assert str(out) in demo_window.statusBar().currentMessage()
