"""File › Connect to a team server… and a read-only role (issue 17), on the real
PostgreSQL of $RAPPORT_TEST_POSTGRES: the dialog tests a connection and says what is
wrong in its own words, changing nothing; a good server is remembered (never its
password) and the app starts again on it; a read-only role opens a window that says so
and edits nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.bootstrap import Services, bootstrap
from app.services import map_edits
from app.views import gui
from app.views.connect_dialog import SERVER_SETTING, ConnectDialog, startup_target
from app.views.main_window import MainWindow
from tests.conftest import PostgresServer, parsed_doc

pytestmark = [pytest.mark.gui, pytest.mark.both_stores, pytest.mark.postgres_only]


def _fill(dialog: ConnectDialog, url: str, password: str = "", **override: Any) -> None:
    parsed = make_url(url)
    dialog.host.setText(override.get("host", parsed.host))
    dialog.port.setValue(override.get("port", parsed.port))
    dialog.database.setText(override.get("database", parsed.database))
    dialog.user.setText(override.get("user", parsed.username))
    dialog.password_edit.setText(password)


@pytest.fixture
def dialog(qtbot: QtBot, settings: QSettings,
           monkeypatch: pytest.MonkeyPatch) -> ConnectDialog:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    d = ConnectDialog(settings)
    qtbot.addWidget(d)
    return d


@pytest.fixture
def team(services: Services) -> Services:
    services.accounts.import_documents([parsed_doc()])
    return services


def test_no_keyring_disables_remembering_and_says_where_else(dialog: ConnectDialog) -> None:
    assert not dialog.remember.isEnabled()
    assert "pgpass" in dialog.keyring_note.text() and dialog.keyring_note.isVisibleTo(dialog)
    assert "~/.pgpass" in dialog.sources.text() and "service file" in dialog.sources.text()


def test_a_good_server_is_tested_then_remembered_without_its_password(
        dialog: ConnectDialog, team: Services, db_target: str, settings: QSettings) -> None:
    _fill(dialog, db_target)
    assert dialog.test()
    assert dialog.outcome.text().startswith("Connected: 1 account")
    dialog.connect_now()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.value(SERVER_SETTING) == db_target
    assert ":" not in make_url(db_target).username  # (no password in the URL either)
    assert dialog.password is None


@pytest.mark.parametrize("problem", ["password", "no server", "no database", "newer"])
def test_what_is_wrong_is_said_in_the_dialog_and_nothing_changes(
        dialog: ConnectDialog, team: Services, db_target: str, settings: QSettings,
        postgres: PostgresServer, problem: str) -> None:
    if problem == "password":
        with postgres._admin() as conn:
            conn.execute("DROP ROLE IF EXISTS rapport_pw")
            conn.execute("CREATE ROLE rapport_pw LOGIN PASSWORD 's3cret'")
        _fill(dialog, db_target, "wrong", user="rapport_pw")
        expected = "refused the user name or the password"
    elif problem == "no server":
        _fill(dialog, db_target, port=1)
        expected = "No PostgreSQL server answers at 127.0.0.1:1"
    elif problem == "no database":
        _fill(dialog, db_target, database="no_such_rapport")
        expected = 'has no database "no_such_rapport"'
    else:
        with team.db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        _fill(dialog, db_target)
        expected = "newer version of Rapport"
    dialog.connect_now()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert expected in dialog.outcome.text(), dialog.outcome.text()
    assert dialog.outcome.isVisibleTo(dialog)
    assert settings.value(SERVER_SETTING) is None  # nothing remembered
    if problem == "newer":
        with team.db.engine.connect() as conn:
            assert conn.scalar(text("SELECT version_num FROM alembic_version")) == "9999"


def test_the_window_restarts_on_the_server_and_back(
        qtbot: QtBot, team: Services, db_target: str, settings: QSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    w = MainWindow(team, settings)
    qtbot.addWidget(w)
    w.show()
    assert w.local_action.isEnabled()  # on a server: the way back
    monkeypatch.setattr(ConnectDialog, "exec", lambda d: (
        _fill(d, db_target, "typed-once"), d.connect_now(), d.result())[-1])
    assert w.connect_to_server()
    assert w.restart_requested and w.restart_switch
    assert w.restart_env == {"PGPASSWORD": "typed-once"}  # this session only
    assert "typed-once" not in Path(settings.fileName()).read_text()
    # the next start opens it, unless --db or $RAPPORT_DB say otherwise
    monkeypatch.delenv("RAPPORT_DB", raising=False)
    assert startup_target(None, settings) == db_target
    assert startup_target("other.sqlite", settings) == "other.sqlite"
    monkeypatch.setenv("RAPPORT_DB", "env.sqlite")
    assert startup_target(None, settings) is None  # bootstrap reads $RAPPORT_DB
    program, arguments = gui.restart_command(["main.py", "--db", "x.sqlite", "--lang=ru"],
                                             keep_db=False)
    assert arguments[-2:] != ["--db", "x.sqlite"] and "--db" not in arguments


def test_use_the_local_database_forgets_the_server(
        qtbot: QtBot, team: Services, db_target: str, settings: QSettings) -> None:
    settings.setValue(SERVER_SETTING, db_target)
    w = MainWindow(team, settings)
    qtbot.addWidget(w)
    w.show()
    assert w.use_local_database()
    assert settings.value(SERVER_SETTING) is None and w.restart_switch


# -- a read-only role ---------------------------------------------------------------------

@pytest.fixture
def reader(team: Services, db_target: str, postgres: PostgresServer) -> Iterator[Services]:
    """docs/team-server.md's read-only member: SELECT only."""
    name = make_url(db_target).database
    with postgres._admin() as conn:
        try:
            conn.execute("CREATE ROLE rapport_reader LOGIN")
        except psycopg.errors.DuplicateObject:
            pass
        conn.execute(f'GRANT CONNECT ON DATABASE "{name}" TO rapport_reader')
    with team.db.engine.begin() as conn:
        conn.execute(text("GRANT USAGE ON SCHEMA public TO rapport_reader"))
        conn.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO rapport_reader"))
    services = bootstrap(make_url(db_target).set(username="rapport_reader")
                         .render_as_string(hide_password=False))
    yield services
    services.close()


def test_a_read_only_role_sees_a_banner_and_cannot_edit(
        qtbot: QtBot, reader: Services, team: Services, settings: QSettings) -> None:
    w = MainWindow(reader, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("acme")
    assert w.read_only_banner.isVisible()
    assert w.read_only_banner.text().startswith(
        "Read-only: your role on this server can only read")
    for action in (w.new_action, w.import_action, w.delete_action, w.demo_action,
                   w.contacts_action, w.scoring_action, w.restore_action):
        assert not action.isEnabled(), action.text()
    assert w.export_action.isEnabled() and w.history_action.isEnabled()  # reading works
    assert w.profile.industry.isReadOnly() and w.profile.notes.isReadOnly()
    w.tabs.setCurrentWidget(w.map)
    from PySide6.QtWidgets import QGraphicsItem

    card = w.map.scene.cards["s1"]
    assert not card.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    assert not w.map.add_action.isEnabled() and not w.map.force_action.isEnabled()
    assert w.map.fit_action.isEnabled()  # looking is not editing
    w.map.scene.select_people(["s3"])
    assert w.map.panel.name.isReadOnly()
    w.tabs.setCurrentWidget(w.plan)
    assert not w.plan.sections["risks"].add_button.isEnabled()
    # an edit that still reaches the window is not made
    before = w._shown
    assert before is not None
    w.map.editRequested.emit(
        (before, map_edits.update_person(before, "s3", {"title": "CIO"})), "Set title")
    assert w.statusBar().currentMessage() == "Read-only: nothing was changed."
    assert team.accounts.read("acme").version == 1
    assert w.undo_stack.count() == 0


def test_the_read_only_banner_in_russian_and_chinese(
        qtbot: QtBot, reader: Services, settings: QSettings, qapp: Any) -> None:
    from app.views.i18n import install

    try:
        for lang, word in (("ru", "Только чтение"), ("zh_CN", "只读")):
            install(qapp, lang)
            w = MainWindow(reader, settings)
            qtbot.addWidget(w)
            w.resize(1280, 800)
            w.show()
            w.select("acme")
            assert word in w.read_only_banner.text()
            w.close()
    finally:
        install(qapp, "en")


def test_a_remembered_server_that_is_gone_offers_the_local_database(
        settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.setValue(SERVER_SETTING, "postgresql+psycopg://x@127.0.0.1:1/rapport")
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        next(b for b in box.buttons() if "local" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert gui.offer_local_database(settings, "No PostgreSQL server answers")
    assert asked and "team server Rapport used last time" in asked[0]
    assert settings.value(SERVER_SETTING) is None


def test_remembering_puts_the_password_in_the_keyring_only(
        qtbot: QtBot, team: Services, db_target: str, settings: QSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        kept: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop((service, username), None)

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        d = ConnectDialog(settings)
        qtbot.addWidget(d)
        assert d.remember.isEnabled() and not d.keyring_note.isVisibleTo(d)
        _fill(d, db_target, "trust-ignores-it")
        d.remember.setChecked(True)
        d.connect_now()
        assert d.result() == d.DialogCode.Accepted
        assert list(Memory.kept.values()) == ["trust-ignores-it"]
        assert d.password is None  # nothing handed over: the keyring has it
        assert "trust-ignores-it" not in Path(settings.fileName()).read_text()
    finally:
        keyring.set_keyring(previous)
