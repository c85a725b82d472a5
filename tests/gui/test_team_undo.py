"""Undo of an edit someone has since built on (issue 17): the window says who changed
what instead of overwriting their work; on SQLite and on PostgreSQL, two services on
one database (the window's and a colleague's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, bootstrap
from app.models.account import AccountFile
from app.services import map_edits
from app.views.main_window import MainWindow
from tests.conftest import parsed_doc

pytestmark = [pytest.mark.gui, pytest.mark.both_stores]


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    services.accounts.import_documents([parsed_doc()])
    w = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.select("acme")
    return w


@pytest.fixture
def anna(db_target: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    anna = bootstrap(db_target, exclusive=False)
    yield anna
    anna.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: messages.append(
        box.text() + " | " + box.informativeText()))
    return messages


def _title(doc: AccountFile, sid: str) -> Any:
    return next(p.title for p in doc.stakeholders if p.id == sid)


def _as(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("RAPPORT_USER", name)


def test_undo_of_a_title_anna_changed_again_says_so_and_keeps_hers(
        window: MainWindow, anna: Services, shown: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, "Me")
    before = window.workspace.snapshot("acme")
    window.map.editRequested.emit(
        (before, map_edits.update_person(before, "s3", {"title": "Buyer"})), "Set title")
    assert _title(anna.accounts.snapshot("acme"), "s3") == "Buyer"

    _as(monkeypatch, "Anna")  # she builds on it: the same person's title
    theirs = anna.accounts.read("acme")
    anna.accounts.save(map_edits.update_person(theirs.doc, "s3", {"title": "Head buyer"}),
                       theirs.version, "her title")
    version = anna.accounts.read("acme").version

    _as(monkeypatch, "Me")
    window.undo()
    assert shown, "nothing was said"
    assert "Undo or redo could not be completed" in shown[0]
    assert "Anna has since changed what “Set title” changed" in shown[0]
    assert "not undone" in shown[0]
    stored = anna.accounts.read("acme")
    assert stored.version == version  # nothing saved
    assert _title(stored.doc, "s3") == "Head buyer"  # her work stays
    assert _title(window._shown, "s3") == "Head buyer"  # and is what the window shows
    assert not window.undo_stack.canUndo()  # the step that no longer applies is gone


def test_undo_of_a_profile_field_anna_set_since_is_refused(
        qtbot: QtBot, window: MainWindow, anna: Services, shown: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _as(monkeypatch, "Me")
    window.profile.industry.setFocus()
    window.profile.industry.setText("Chemicals")
    assert window.profile.commit_pending()
    _as(monkeypatch, "Anna")
    anna.accounts.update("acme", {"industry": "Pharma"})
    _as(monkeypatch, "Me")
    window.undo()
    assert shown and "Anna has since changed industry to “Pharma”" in shown[0], shown
    assert anna.accounts.profile("acme").industry == "Pharma"


def test_undo_of_an_edit_nobody_touched_since_still_works(
        window: MainWindow, anna: Services, shown: list[str]) -> None:
    before = window.workspace.snapshot("acme")
    window.map.editRequested.emit(
        (before, map_edits.update_person(before, "s3", {"title": "Buyer"})), "Set title")
    theirs = anna.accounts.read("acme")  # Anna changes someone else
    anna.accounts.save(map_edits.update_person(theirs.doc, "s1", {"title": "Chairman"}),
                       theirs.version, "her title")
    window.undo()
    assert not shown
    stored = anna.accounts.snapshot("acme")
    assert _title(stored, "s3") is None and _title(stored, "s1") == "Chairman"
