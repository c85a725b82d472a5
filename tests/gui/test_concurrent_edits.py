"""Two writers on one account (a second window, a colleague on the shared server):
an edit made on an older version is re-applied to the current one, never written over
it; a clash is refused with a message; undo takes back only this window's edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.bootstrap import Services
from app.models.account import AccountFile
from app.models.enums import Stance
from app.services import map_edits
from app.services.accounts import AccountService
from app.storage.database import Database
from app.views.main_window import MainWindow

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 12, 6)


@pytest.fixture
def window(qtbot: QtBot, demo: Services, settings: QSettings) -> MainWindow:
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("demo-ural")
    return w


@pytest.fixture
def colleague(demo: Services, db_path: Path) -> Iterator[AccountService]:
    engine = create_engine(f"sqlite:///{db_path}")
    yield AccountService(Database(url=engine.url, engine=engine,
                                  sessions=sessionmaker(engine)))
    engine.dispose()


def _person(doc: AccountFile, sid: str) -> Any:
    return next(p for p in doc.stakeholders if p.id == sid)


def _edit_on_map(w: MainWindow, change: Any, text: str) -> None:
    before = w._shown
    assert before is not None
    w.map.editRequested.emit((before, change(before)), text)


def test_an_edit_on_an_older_version_keeps_the_colleagues_change(
        window: MainWindow, colleague: AccountService) -> None:
    theirs = colleague.read("demo-ural")
    colleague.save(map_edits.update_person(theirs.doc, "gd", {"stance": Stance.CHAMPION},
                                           today=TODAY), theirs.version, "their stance")
    _edit_on_map(window, lambda d: map_edits.update_person(d, "it", {"title": "CIO"}),
                 "Set title")
    stored = colleague.snapshot("demo-ural")
    assert _person(stored, "gd").stance == Stance.CHAMPION  # theirs
    assert _person(stored, "it").title == "CIO"  # mine
    assert _person(window._shown, "gd").stance == Stance.CHAMPION  # the window shows both
    window.undo_stack.undo()
    stored = colleague.snapshot("demo-ural")
    assert _person(stored, "it").title != "CIO"  # mine is taken back
    assert _person(stored, "gd").stance == Stance.CHAMPION  # theirs stays


def test_a_clash_on_the_same_person_is_refused_and_shows_their_version(
        window: MainWindow, colleague: AccountService,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(
        box.text() + " " + box.informativeText()))
    theirs = colleague.read("demo-ural")
    colleague.save(map_edits.update_person(theirs.doc, "it", {"title": "CTO"}),
                   theirs.version, "their title")
    version = colleague.read("demo-ural").version
    _edit_on_map(window, lambda d: map_edits.update_person(d, "it", {"title": "CIO"}),
                 "Set title")
    assert shown and "changed meanwhile" in shown[0] and "not saved" in shown[0].lower()
    assert colleague.read("demo-ural").version == version  # nothing written
    assert _person(colleague.snapshot("demo-ural"), "it").title == "CTO"
    assert window.undo_stack.count() == 0  # a refused edit is no undo step
