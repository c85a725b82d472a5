"""The main window driven like a user would, with real widgets on a real database file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, bootstrap
from app.services.demo import demo_documents
from app.views.main_window import MainWindow
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
    type_text(demo_window.search, "a")
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
    assert window.profile.annual_revenue.text() == ""  # the stored value is shown again
    assert dump_database(db_path) == before

    window.profile.name.clear()
    press_return(qtbot, window.profile.name)
    assert "must not be empty" in window.profile.error.text()
    assert window.services.accounts.profile(key).name == "Acme"
    assert window.undo_stack.count() == 1  # only the creation


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
    assert demo_window.stakeholders.model.rowCount() == 3
    demo_window.undo_action.trigger()
    assert demo_window.model.row_of("acme") == -1
    assert len(demo_window.services.accounts.list_summaries()) == 3


def test_stakeholder_tab_lists_people_with_their_managers(demo_window: MainWindow) -> None:
    demo_window.select("demo-huadong")
    model = demo_window.stakeholders.model
    rows = {model.data(model.index(r, 0)): model.data(model.index(r, 3))
            for r in range(model.rowCount())}
    assert rows["李静"] == "王建国"  # the CFO reports to the CEO
    assert demo_window.stakeholders.summary.text().startswith("24 stakeholders")


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
    assert window.services.accounts.list_summaries()[0].key == key  # account not undone
