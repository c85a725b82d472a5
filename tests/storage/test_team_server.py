"""A team's database (issue 17): live changes, who saved, read-only roles, passwords
from ~/.pgpass, a service file or the keyring, the schema on a server, undo conflicts.

Real databases only: a SQLite file, and a real PostgreSQL server (``[postgres]``,
see tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
import os
import queue
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.bootstrap import Services, bootstrap
from app.errors import DatabaseError
from app.models.delta import diff
from app.models.enums import Stance
from app.services import map_edits
from app.services.accounts import AccountService, EditConflict
from app.services.demo import demo_documents
from app.services.team import (
    AccountEvent,
    KeyringUnavailable,
    is_read_only,
    keyring_problem,
    save_password,
    set_user_name,
    user_name,
    watch,
)
from app.storage import migrations
from app.storage.database import open_database
from tests.conftest import PostgresServer

pytestmark = pytest.mark.both_stores
TODAY = dt.date(2026, 12, 6)


@pytest.fixture
def team(services: Services) -> Services:
    services.accounts.import_documents(demo_documents())
    return services


@pytest.fixture
def colleague(team: Services, db_target: str, store: str) -> Iterator[AccountService]:
    """A second member (a second app) saving to the same database."""
    if store == "sqlite":  # a second process would wait for the file lock; share it
        yield AccountService(team.db)
        return
    db = open_database(db_target)
    yield AccountService(db)
    db.close()


def _stance(doc: Any, person: str, stance: Stance) -> Any:
    return map_edits.update_person(doc, person, {"stance": stance}, today=TODAY)


def _next(events: queue.Queue[AccountEvent], key: str, timeout: float = 8.0) -> AccountEvent:
    while True:
        event = events.get(timeout=timeout)
        if event.key == key:
            return event


@pytest.mark.parametrize("listen", [True, False], ids=["listen", "poll"])
def test_a_colleagues_save_is_reported_with_version_and_name(
        team: Services, colleague: AccountService, monkeypatch: pytest.MonkeyPatch,
        store: str, listen: bool) -> None:
    if store == "sqlite" and listen:
        pytest.skip("SQLite has no notifications: the watcher polls")
    events: queue.Queue[AccountEvent] = queue.Queue()
    watcher = watch(team.db, events.put, interval=0.2, listen=listen)
    try:
        assert watcher.mode == ("listen" if listen else "poll")
        monkeypatch.setenv("RAPPORT_USER", "Anna Petrova")
        before = colleague.read("demo-ural")
        colleague.edit("demo-ural", lambda d: _stance(d, "gd", Stance.CHAMPION), "stance")
        event = _next(events, "demo-ural")
        assert (event.version, event.user, event.origin, event.deleted) == (
            before.version + 1, "Anna Petrova", "edit", False)
        colleague.delete("demo-huadong")
        gone = _next(events, "demo-huadong")
        assert gone.deleted
        if listen:
            assert gone.user == "Anna Petrova"
    finally:
        watcher.stop()
    assert not watcher.running


def test_every_version_records_who_saved_it(team: Services,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    assert user_name()  # the OS user by default
    set_user_name("Li Wei  (KAM)")
    assert user_name() == "Li Wei (KAM)"
    team.accounts.edit("demo-ural", lambda d: _stance(d, "gd", Stance.SUPPORTER), "stance")
    monkeypatch.setenv("RAPPORT_USER", "Ольга")  # a script's or one command's name wins
    team.accounts.edit("demo-ural", lambda d: _stance(d, "gd", Stance.CHAMPION), "stance")
    history = team.accounts.history("demo-ural")
    assert history[-1].saved_by == "Ольга"
    assert team.accounts.read("demo-ural").saved_by == "Ольга"
    set_user_name(None)
    monkeypatch.delenv("RAPPORT_USER")
    assert user_name() != "Li Wei (KAM)"


def test_undo_of_an_edit_someone_built_on_says_so_and_keeps_their_work(
        team: Services, colleague: AccountService) -> None:
    mine = team.accounts.read("demo-ural")
    after = _stance(mine.doc, "gd", Stance.CHAMPION)
    saved = team.accounts.apply_delta("demo-ural", diff(mine.doc, after), "stance", base=mine)
    # a colleague changes the same person again on top of my edit
    colleague.edit("demo-ural", lambda d: _stance(d, "gd", Stance.BLOCKER), "their stance")
    undo = diff(mine.doc, after).inverse()
    with pytest.raises(EditConflict) as info:
        team.accounts.apply_delta("demo-ural", undo, "stance", base=saved, undo=True)
    assert info.value.undo and "Not undone" in str(info.value)
    assert info.value.current.version == saved.version + 1
    now = team.accounts.read("demo-ural")
    assert now.version == saved.version + 1  # nothing saved by the refused undo
    assert next(p for p in now.doc.stakeholders if p.id == "gd").stance == Stance.BLOCKER


def test_undo_of_an_edit_nobody_touched_since_is_rebased_past_others_work(
        team: Services, colleague: AccountService) -> None:
    mine = team.accounts.read("demo-ural")
    after = _stance(mine.doc, "gd", Stance.CHAMPION)
    delta = diff(mine.doc, after)
    saved = team.accounts.apply_delta("demo-ural", delta, "stance", base=mine)
    colleague.edit("demo-ural", lambda d: _stance(d, "it", Stance.SKEPTIC), "their stance")
    team.accounts.apply_delta("demo-ural", delta.inverse(), "undo", base=saved, undo=True)
    people = {p.id: p for p in team.accounts.read("demo-ural").doc.stakeholders}
    assert people["gd"].stance == next(p for p in mine.doc.stakeholders
                                       if p.id == "gd").stance
    assert people["it"].stance == Stance.SKEPTIC  # theirs stays


# -- PostgreSQL only -----------------------------------------------------------------

def _reader(server: PostgresServer, url: str) -> None:
    """The role of docs/team-server.md's read-only member."""
    name = make_url(url).database
    with server._admin() as conn:
        try:
            conn.execute("CREATE ROLE rapport_reader LOGIN")
        except psycopg.errors.DuplicateObject:
            pass
        conn.execute(f'GRANT CONNECT ON DATABASE "{name}" TO rapport_reader')
    with psycopg.connect(host=server.url.host, port=server.url.port,
                         user=server.url.username, dbname=name, autocommit=True) as conn:
        for statement in ("GRANT USAGE ON SCHEMA public TO rapport_reader",
                          "GRANT SELECT ON ALL TABLES IN SCHEMA public TO rapport_reader"):
            conn.execute(statement)


@pytest.mark.postgres_only
def test_a_read_only_role_opens_read_only_and_saves_nothing(
        team: Services, db_target: str, postgres: PostgresServer) -> None:
    assert not is_read_only(team.db)
    _reader(postgres, db_target)
    reader_url = make_url(db_target).set(username="rapport_reader").render_as_string(False)
    reader = bootstrap(reader_url)
    try:
        assert is_read_only(reader.db)
        assert [s.key for s in reader.accounts.list_summaries()]  # reading works
        with pytest.raises(DatabaseError, match="read-only"):
            reader.accounts.edit("demo-ural", lambda d: _stance(d, "gd", Stance.CHAMPION))
    finally:
        reader.close()
    assert team.accounts.read("demo-ural").version == 1


@pytest.mark.postgres_only
def test_a_password_from_pgpass_a_service_file_or_the_keyring(
        team: Services, db_target: str, postgres: PostgresServer, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with postgres._admin() as conn:
        conn.execute("DROP ROLE IF EXISTS rapport_pw")
        conn.execute("CREATE ROLE rapport_pw LOGIN PASSWORD 's3cret-пароль'")
        conn.execute(f'GRANT ALL ON DATABASE "{make_url(db_target).database}" TO rapport_pw')
    with team.db.engine.begin() as conn:  # a member's privileges (docs/team-server.md)
        conn.execute(text("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                          "public TO rapport_pw"))
        conn.execute(text("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO rapport_pw"))
    url = make_url(db_target).set(username="rapport_pw")
    plain = url.render_as_string(hide_password=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with pytest.raises(DatabaseError, match="password"):
        open_database(plain).close()
    # ~/.pgpass (here $PGPASSFILE): libpq reads it, Rapport keeps nothing
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port}:{url.database}:rapport_pw:s3cret-пароль\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    open_database(plain).close()
    # a service file names the server, the database and the user as well
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[rapport]\nhost={url.host}\nport={url.port}\n"
                        f"dbname={url.database}\nuser=rapport_pw\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    by_service = bootstrap("postgresql+psycopg:///?service=rapport")
    try:
        assert len(by_service.accounts.list_summaries()) == 3
    finally:
        by_service.close()
    # the system keyring: none here, and said so
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    assert keyring_problem() is not None and "pgpass" in keyring_problem()  # type: ignore[operator]
    with pytest.raises(KeyringUnavailable, match="plain text"):
        save_password(plain, "s3cret-пароль")
    # with a keyring backend, the password kept there opens the database
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

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        assert keyring_problem() is None
        save_password(plain, "s3cret-пароль")
        assert Memory.kept == {("Rapport", f"rapport_pw@{url.host}:{url.port}/{url.database}"):
                               "s3cret-пароль"}
        open_database(plain).close()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.postgres_only
def test_a_server_set_up_by_a_newer_rapport_is_refused_untouched(
        team: Services, db_target: str) -> None:
    with team.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseError, match="newer version of Rapport"):
        open_database(db_target)
    with team.db.engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == "9999"
        assert conn.scalar(text("SELECT count(*) FROM accounts")) == 3


@pytest.mark.postgres_only
def test_an_older_schema_on_a_server_is_copied_then_upgraded_in_one_go(
        store: str, postgres: PostgresServer) -> None:
    url = postgres.create(empty=True)
    try:
        from sqlalchemy import create_engine

        engine = create_engine(url)
        migrations.upgrade(engine, "0008")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO settings (name, value) VALUES ('scoring', '{}')"))
        engine.dispose()
        db = open_database(url)
        try:
            assert db.backup_schema is not None and db.backup_schema.startswith(
                "rapport_backup_0008_")
            with db.engine.connect() as conn:
                assert conn.scalar(text("SELECT version_num FROM alembic_version")) == \
                    migrations.head_revision()
                assert conn.scalar(text(
                    f'SELECT value FROM "{db.backup_schema}".settings')) == "{}"
                assert conn.scalar(text(
                    f'SELECT version_num FROM "{db.backup_schema}".alembic_version')) == "0008"
        finally:
            db.close()
    finally:
        postgres.drop(url)


@pytest.mark.postgres_only
def test_two_apps_opening_a_new_server_at_once_set_it_up_once(
        store: str, postgres: PostgresServer) -> None:
    import concurrent.futures

    url = postgres.create(empty=True)
    try:
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            opened = list(pool.map(lambda _: open_database(url), range(4)))
        for db in opened:
            db.close()
        db = open_database(url)
        with db.engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM alembic_version")) == 1
            assert conn.scalar(text("SELECT version_num FROM alembic_version")) == \
                migrations.head_revision()
        db.close()
    finally:
        postgres.drop(url)


def test_no_database_for_the_identity_file_outside_the_test(tmp_path: Path) -> None:
    assert os.environ["RAPPORT_CONFIG_DIR"] != str(Path.home() / ".config")
