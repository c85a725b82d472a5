"""Plan › Reviews: each review shows what changed since the previous one (read from the
account's kept versions), and preparing a review fills its agenda from the significant
changes — one undo step, and never over text the user typed without asking."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.models.enums import label
from app.services.demo import demo_documents
from app.services.timeline import Timeline
from app.views.formatting import day_text
from app.views.main_window import MainWindow
from app.views.plan import changes
from app.views.plan.section import SectionPage
from tests.gui.plan_helpers import page, stored
from tests.reports.history_helpers import Past, give_history

TODAY = dt.date.today()


@pytest.fixture
def past(services: Services) -> Past:
    """demo-ural saved ten days before its review held and five days after it."""
    doc = next(d for d in demo_documents(TODAY) if d.account.id == "demo-ural")
    held = max(r.date for r in doc.reviews if r.held)
    return give_history(services, doc, held - dt.timedelta(days=10),
                        min(TODAY, held + dt.timedelta(days=5)))


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path, past: Past) -> MainWindow:
    w = MainWindow(services, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    w.select("demo-ural")
    # what the main window's _make_tab gives the plan tab (see the lead's lines)
    w.plan.timeline = Timeline(services.accounts)
    w.tabs.setCurrentWidget(w.plan)
    return w


def _select(p: SectionPage, held: bool, empty: bool = False) -> int:
    """Select the held review (or the first one still to come, ``empty``: with no
    agenda yet); its row."""
    reviews = p.model.items
    row = next(i for i, r in enumerate(reviews) if r.held == held
               and (held or r.date >= TODAY) and not (empty and r.agenda))
    p.table.setCurrentIndex(p.view_index(row))
    QApplication.processEvents()
    return row


def _shown(window: MainWindow) -> list[str]:
    model = window.plan.review_changes.model
    return [model.data(model.index(i)) for i in range(model.rowCount())]


def test_a_review_still_to_come_lists_the_changes_since_the_last_one_held(
        window: MainWindow, past: Past) -> None:
    reviews = page(window, "reviews")
    _select(reviews, held=False)
    box = window.plan.review_changes
    held = max(r.date for r in stored(window).reviews if r.held)
    assert box.title.text() == (f"Changes since the previous review ({day_text(held)} "
                                "→ today)")
    lines = _shown(window)
    # the weightiest first: the departed person and the stance moves, in full names
    assert lines[0] == f"{past.left} left the map"
    for name, before, after in past.moved:
        assert f"{name}: stance {label(before)} → {label(after)}" in lines
    assert box.fill.isEnabled()


def test_the_held_review_shows_its_own_window_and_says_what_is_not_kept(
        window: MainWindow) -> None:
    reviews = page(window, "reviews")
    _select(reviews, held=True)
    box = window.plan.review_changes
    # no earlier review held: the 90 days before it, of which only part is kept
    assert box.title.text().startswith("Changes in the 90 days before ")
    assert box.note.isVisible()
    assert "No history is kept from" in box.note.text()
    assert not box.fill.isEnabled()  # held: its agenda is history, not to prepare


def test_a_long_list_shows_a_few_and_more_on_request(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(changes, "SHOWN", 2)  # the demo's history has 5 changes
    reviews = page(window, "reviews")
    _select(reviews, held=False)
    box = window.plan.review_changes
    every = len(box.model.lines)
    assert every > 2, every
    assert box.model.rowCount() == 2
    assert box.more.isVisible() and box.more.text() == f"and {every - 2} more…"
    box.more.click()
    assert box.model.rowCount() == every
    assert box.more.text() == "Show fewer"


def test_a_new_review_starts_with_the_significant_changes_in_its_agenda(
        window: MainWindow, past: Past) -> None:
    reviews = page(window, "reviews")
    before = len(stored(window).reviews)
    reviews.add_button.click()
    QApplication.processEvents()
    added = stored(window).reviews
    assert len(added) == before + 1
    new = next(r for r in added if r.date == TODAY and not r.held)
    agenda = (new.agenda or "").split("\n")
    assert agenda[0] == f"• {past.left} left the map"
    for name, b, a in past.moved:
        assert f"• {name}: stance {label(b)} → {label(a)}" in agenda
    assert all(line.startswith("• ") for line in agenda)
    window.undo_action.trigger()  # one step: the review and its agenda go together
    assert len(stored(window).reviews) == before


def test_fill_agenda_is_one_undo_step_and_undo_restores_the_empty_agenda(
        window: MainWindow, past: Past) -> None:
    reviews = page(window, "reviews")
    row = _select(reviews, held=False, empty=True)
    rid = stored(window).reviews[row].id
    assert not stored(window).reviews[row].agenda
    assert window.plan.fill_agenda()
    filled = next(r for r in stored(window).reviews if r.id == rid).agenda or ""
    assert f"• {past.left} left the map" in filled.split("\n")
    assert reviews.details is not None
    assert reviews.details.editors["agenda"].toPlainText() == filled
    window.undo_action.trigger()
    assert not next(r for r in stored(window).reviews if r.id == rid).agenda
    assert reviews.details.editors["agenda"].toPlainText() == ""


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel,
                                    QMessageBox.StandardButton.Yes])
def test_typed_agenda_text_is_never_overwritten(
        window: MainWindow, past: Past, monkeypatch: pytest.MonkeyPatch,
        answer: QMessageBox.StandardButton) -> None:
    reviews = page(window, "reviews")
    row = _select(reviews, held=False, empty=True)
    rid = stored(window).reviews[row].id
    assert reviews.details is not None
    box = reviews.details.editors["agenda"]
    box.setFocus()
    box.selectAll()
    box.insertPlainText("Renewal first — 续约")  # typed, not yet saved
    asked: list[str] = []

    def question(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window.plan.review_changes.fill.click()
    QApplication.processEvents()
    assert asked and "already has text" in asked[0]
    agenda = next(r for r in stored(window).reviews if r.id == rid).agenda or ""
    if answer == QMessageBox.StandardButton.Cancel:
        assert agenda == "Renewal first — 续约"  # saved as typed, nothing added
    else:
        lines = agenda.split("\n")
        assert lines[0] == "Renewal first — 续约"
        assert f"• {past.left} left the map" in lines
        window.undo_action.trigger()  # the lines go, the typed text stays
        assert next(r for r in stored(window).reviews
                    if r.id == rid).agenda == "Renewal first — 续约"


def test_without_the_history_the_page_says_so(qtbot: QtBot, services: Services,
                                              tmp_path: Path) -> None:
    services.accounts.import_documents(demo_documents(TODAY))
    w = MainWindow(services, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.select("demo-ural")
    w.plan.timeline = None
    w.tabs.setCurrentWidget(w.plan)
    reviews = page(w, "reviews")
    _select(reviews, held=False)
    assert w.plan.review_changes.note.text() == "The account's history is not available here."
    assert not w.plan.review_changes.fill.isEnabled()
