"""Live changes (issue 17): a colleague's save (another process, another connection)
shows in the open window within a few seconds, keeping what the user was doing, and the
status bar says who; on SQLite by polling, on PostgreSQL by LISTEN/NOTIFY. And the quick
capture beside the open app: ``main.py log`` on the very file the app holds."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bootstrap import Services, bootstrap
from app.services import map_edits
from app.views.main_window import MainWindow
from tests.conftest import parsed_doc

pytestmark = [pytest.mark.gui, pytest.mark.both_stores]
ROOT = Path(__file__).resolve().parents[2]
#: "within a few seconds": the watcher polls SQLite every 2 s; the notices of a
#: server arrive at once
SOON = 15000  # "within a few seconds" (polling every 2 s), with room for a loaded CI machine


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    second = parsed_doc(account={"id": "beta", "name": "Beta Ltd"}, stakeholders=[],
                        influences=[], interactions=[])
    services.accounts.import_documents([parsed_doc(), second])
    w = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                   live=True)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("acme")
    yield w
    w.stop_live()


@pytest.fixture
def colleague(db_target: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    """Anna, on her own connection (a command beside the app takes no file lock)."""
    monkeypatch.setenv("RAPPORT_USER", "Anna")
    anna = bootstrap(db_target, exclusive=False)
    yield anna
    anna.close()


def _title(w: MainWindow, sid: str) -> str | None:
    assert w._shown is not None
    return next(p.title for p in w._shown.stakeholders if p.id == sid)


def test_a_colleagues_edit_shows_with_who_and_the_typing_kept(
        qtbot: QtBot, window: MainWindow, colleague: Services, store: str) -> None:
    window.tabs.setCurrentWidget(window.map)
    window.map.scene.select_people(["s3"])
    panel = window.map.panel
    panel.notes.setFocus()
    panel.notes.setPlainText("Met at the fair; wants a pilot")  # typed, not saved
    window.profile.notes.setPlainText("Budget review in May")  # typed in the profile too
    assert window.live is not None
    assert window.live.mode == ("listen" if store == "postgres" else "poll")

    theirs = colleague.accounts.read("acme")
    colleague.accounts.save(map_edits.update_person(theirs.doc, "s1", {"title": "Chairman"}),
                            theirs.version, "their title")
    qtbot.waitUntil(lambda: _title(window, "s1") == "Chairman", timeout=SOON)

    message = window.statusBar().currentMessage()
    assert re.fullmatch(r"Changed by Anna at \d\d:\d\d", message), message
    card = window.map.scene.cards["s1"]
    assert "Chairman" in card.person.title
    assert window.map.scene.selected_ids() == ["s3"]  # the selection stays
    assert panel.person_id() == "s3"
    assert panel.notes.toPlainText() == "Met at the fair; wants a pilot"  # the typing stays
    assert "Anna changed this account while you were typing" in panel.notice.text()
    assert window.profile.notes.toPlainText() == "Budget review in May"
    assert window.undo_stack.count() == 0  # nothing of ours was saved meanwhile


def test_other_accounts_added_changed_and_deleted_follow_in_the_list(
        qtbot: QtBot, window: MainWindow, colleague: Services) -> None:
    colleague.accounts.create("Gamma GmbH", key="gamma")
    qtbot.waitUntil(lambda: window.model.summary("gamma") is not None, timeout=SOON)
    assert window.count_label.text() == "3 accounts"
    assert re.fullmatch(r"Gamma GmbH added by Anna at \d\d:\d\d",
                        window.statusBar().currentMessage())
    assert window.current_key == "acme"  # a colleague's new account is not opened

    colleague.accounts.update("beta", {"tier": "strategic"})
    qtbot.waitUntil(lambda: (window.model.summary("beta") or [None] * 5)[4] == "strategic",
                    timeout=SOON)
    assert window.current_key == "acme"

    colleague.accounts.delete("beta")
    qtbot.waitUntil(lambda: window.model.summary("beta") is None, timeout=SOON)
    assert window.count_label.text() == "2 accounts"
    assert "Beta Ltd" in window.statusBar().currentMessage()
    assert window.current_key == "acme"


def test_the_windows_own_saves_come_back_quietly(
        qtbot: QtBot, window: MainWindow, store: str) -> None:
    window.profile.industry.setFocus()
    window.profile.industry.setText("Chemicals")
    window.profile.commit_pending()
    window.statusBar().showMessage("mine")
    qtbot.wait(2600 if store == "sqlite" else 500)  # the notice came and went
    QApplication.processEvents()
    assert window.statusBar().currentMessage() == "mine"
    assert window.undo_stack.count() == 1


@pytest.mark.sqlite_only
def test_main_py_log_beside_the_open_app_shows_in_the_window(
        qtbot: QtBot, window: MainWindow, db_target: str) -> None:
    """The app holds the file for its session; a command that saves one account does
    not wait for it (SQLite's transactions and the versions keep them apart)."""
    window.tabs.setCurrentWidget(window.plan)
    interactions = window.plan.sections["interactions"].model
    before = interactions.rowCount()
    env = {**os.environ, "RAPPORT_USER": "Anna", "RAPPORT_LANG": "en"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db_target, "log", "Acme Corp",
         "--person", "Jane Doe", "--channel", "message", "--summary", "WeChat: pilot go"],
        capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "logged Message" in done.stdout
    qtbot.waitUntil(lambda: interactions.rowCount() == before + 1, timeout=SOON)
    assert window.workspace.snapshot("acme").interactions[-1].summary == "WeChat: pilot go"
    qtbot.waitUntil(lambda: re.fullmatch(r"Changed by Anna at \d\d:\d\d",
                                         window.statusBar().currentMessage()) is not None,
                    timeout=SOON)
    # and a second app on the same file is still kept out
    app = subprocess.run(
        [sys.executable, "-c", "from app.bootstrap import bootstrap; bootstrap("
         f"{db_target!r})"], capture_output=True, text=True, cwd=ROOT, timeout=60,
        check=False)
    assert app.returncode != 0 and "open in another Rapport" in app.stderr
