"""Opening databases: new, foreign, damaged, newer, older (upgrade with backup), locked."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy

from app.errors import DatabaseError, DatabaseLocked
from app.models.ids import with_ids
from app.services.accounts import AccountService
from app.storage import migrations
from app.storage.database import APPLICATION_ID, open_database, resolve_target
from tests.conftest import damage_last_pages, parsed_doc


def test_new_database_is_created_marked_and_in_wal_mode(db_path: Path) -> None:
    db = open_database(str(db_path))
    try:
        assert db.created
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        db.close()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
        migrations.head_revision()
    )
    con.close()
    again = open_database(str(db_path))
    assert not again.created
    again.close()


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "a" / "b" / "r.sqlite"))
    db.close()
    assert (tmp_path / "a" / "b" / "r.sqlite").is_file()


def test_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("just some notes\n")
    with pytest.raises(DatabaseError, match="not a Rapport database"):
        open_database(str(path))
    assert path.read_text() == "just some notes\n"


def test_other_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.execute("INSERT INTO invoices VALUES (1, 9.5)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_foreign_sqlite_file_without_tables_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1196444487")  # another program's mark
    con.execute("PRAGMA user_version = 7")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(str(path), writer=False)
    assert path.read_bytes() == before


def test_empty_sqlite_file_becomes_a_rapport_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()  # 0 bytes
    open_database(str(path)).close()
    assert sqlite3.connect(path).execute("PRAGMA application_id").fetchone()[0] == (
        APPLICATION_ID
    )


def test_reading_does_not_change_the_journal_mode(db_path: Path) -> None:
    open_database(str(db_path)).close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=DELETE")  # as a copied or VACUUM INTO file would be
    con.close()
    before = db_path.read_bytes()
    db = open_database(str(db_path), writer=False)
    assert AccountService(db).list_summaries() == []
    db.close()
    assert db_path.read_bytes() == before


def test_a_busy_database_gives_a_clear_error_and_nothing_half_done(db_path: Path) -> None:
    db = open_database(str(db_path))
    service = AccountService(db)
    key = service.create("Acme")
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    db.engine.dispose()

    @sqlalchemy.event.listens_for(db.engine, "connect")  # don't wait 5 s in a test
    def _no_wait(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout=0")  # type: ignore[attr-defined]

    try:
        with pytest.raises(DatabaseError, match="busy: another program is writing"):
            service.update(key, {"name": "Changed"})
    finally:
        other.rollback()
        other.close()
    assert service.profile(key).name == "Acme"
    db.close()


def test_damaged_database_is_refused_untouched(db_path: Path) -> None:
    db = open_database(str(db_path))
    AccountService(db).import_documents([parsed_doc()])
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    # Garble the b-tree pages after the header page (keeps the SQLite header intact).
    for i in range(page + 8, min(len(data), 4 * page)):
        data[i] = 0xA5
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(str(db_path))
    assert db_path.read_bytes() == bytes(data)


def test_database_from_a_newer_rapport_is_refused_untouched(db_path: Path) -> None:
    open_database(str(db_path)).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version of Rapport"):
        open_database(str(db_path))
    assert db_path.read_bytes() == before


def test_second_writer_is_refused_but_readers_may_look(db_path: Path) -> None:
    first = open_database(str(db_path))
    try:
        with pytest.raises(DatabaseLocked, match="open in another Rapport"):
            open_database(str(db_path))
        reader = open_database(str(db_path), writer=False)
        assert AccountService(reader).list_summaries() == []
        reader.close()
    finally:
        first.close()
    open_database(str(db_path)).close()  # the lock is released on close


UPGRADE = '''"""test: add a column"""
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("website", sa.String(200)))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("website")
'''


def test_older_database_is_backed_up_then_upgraded(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(str(db_path))
    AccountService(db).import_documents([parsed_doc()])
    db.close()
    old_head = migrations.head_revision()

    # A future schema version, in a copy of the real migrations folder.
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations.HERE, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_test.py").write_text(UPGRADE.format(head=old_head))
    monkeypatch.setattr(migrations, "HERE", scripts)

    db = open_database(str(db_path))
    try:
        assert db.backup is not None and db.backup.parent == db_path.parent
        assert old_head in db.backup.name
        with db.engine.connect() as conn:
            cols = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(accounts)")]
            assert "website" in cols
        assert [s.name for s in AccountService(db).list_summaries()] == ["Acme Corp"]
    finally:
        db.close()
    backup = sqlite3.connect(db.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old_head
    assert backup.execute("SELECT name FROM accounts").fetchall() == [("Acme Corp",)]
    backup.close()


def test_explicit_target_beats_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAPPORT_DB", "/tmp/from-env.sqlite")
    assert resolve_target("/tmp/explicit.sqlite") == "/tmp/explicit.sqlite"
    assert resolve_target(None) == "/tmp/from-env.sqlite"
    monkeypatch.delenv("RAPPORT_DB")
    assert resolve_target(None).endswith("rapport.sqlite")


def test_sqlalchemy_url_is_accepted(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'via-url.sqlite'}")
    try:
        assert db.path == (tmp_path / "via-url.sqlite").resolve()
        assert AccountService(db).list_summaries() == []
    finally:
        db.close()


@pytest.mark.parametrize("url", ["nosuchdriver+x://", "sqlite+nodriver:///{tmp}/x.db"])
def test_bad_url_gives_a_clear_error(url: str, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="Cannot use|not a valid"):
        open_database(url.format(tmp=tmp_path))
    assert not (tmp_path / "x.db").exists()


def _demo_database(path: Path) -> None:
    from app.services.demo import demo_documents

    db = open_database(str(path))
    AccountService(db).import_documents(demo_documents())
    db.close()


def test_damage_deep_in_the_file_is_found_at_open(db_path: Path) -> None:
    _demo_database(db_path)
    damaged = damage_last_pages(db_path)
    with pytest.raises(DatabaseError, match="is damaged"):
        open_database(str(db_path))
    assert db_path.read_bytes() == damaged


def test_background_check_blocks_every_write_to_a_damaged_file(db_path: Path) -> None:
    _demo_database(db_path)
    damaged = damage_last_pages(db_path)
    db = open_database(str(db_path), background_check=True)  # cheap checks pass
    try:
        with pytest.raises(DatabaseError, match="is damaged"):
            AccountService(db).create("Must not be written")
        with pytest.raises(DatabaseError, match="is damaged"):
            db.ensure_checked()
    finally:
        db.close()
    assert db_path.read_bytes() == damaged


def test_background_check_passes_a_healthy_file(db_path: Path) -> None:
    _demo_database(db_path)
    db = open_database(str(db_path), background_check=True)
    try:
        db.ensure_checked()
        AccountService(db).create("Fine")
    finally:
        db.close()


def test_a_database_from_the_first_release_upgrades_to_the_current_schema(
    db_path: Path,
) -> None:
    """Real history: a 0001 database (before map positions) keeps its data."""
    engine = sqlalchemy.create_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO accounts (key, name) VALUES ('old', 'Старый клиент')")
        conn.exec_driver_sql(
            "INSERT INTO stakeholders (account_id, key, name) VALUES (1, 's1', '李伟')")
    engine.dispose()
    db = open_database(str(db_path))
    try:
        assert db.backup is not None and "0001" in db.backup.name
        people = AccountService(db).snapshot("old").stakeholders
        assert [(p.name, p.position) for p in people] == [("李伟", None)]
    finally:
        db.close()


def test_migrations_build_exactly_the_schema_the_code_expects(db_path: Path) -> None:
    """A hand-written migration that forgets a column, index or constraint fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.storage.tables import metadata

    engine = sqlalchemy.create_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, migrations.head_revision())
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert diff == []


def test_a_database_from_before_the_account_plan_upgrades_and_takes_a_plan(
    db_path: Path,
) -> None:
    """0003 → head: old interactions have no participants; plan data can be stored."""
    from tests.fileformat.plan import plan_doc

    engine = sqlalchemy.create_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO accounts (key, name) VALUES ('old', 'Старый клиент')")
        conn.exec_driver_sql("INSERT INTO interactions (account_id, date, summary) "
                             "VALUES (1, '2026-01-05', '会议')")
    engine.dispose()
    db = open_database(str(db_path))
    try:
        assert db.backup is not None and "0003" in db.backup.name
        service = AccountService(db)
        old = service.snapshot("old")
        assert [(i.summary, i.participants) for i in old.interactions] == [("会议", [])]
        assert old.team == old.risks == old.kpis == []
        service.import_documents([plan_doc()])
        assert service.snapshot("acme") == with_ids(plan_doc())
    finally:
        db.close()


def test_the_account_plan_migration_can_be_undone(db_path: Path) -> None:
    from alembic import command

    engine = sqlalchemy.create_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, "0006")  # 0007 is undone by restoring its backup
    cfg = migrations.config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    tables = set(sqlalchemy.inspect(engine).get_table_names())
    columns = {c["name"] for c in sqlalchemy.inspect(engine).get_columns("interactions")}
    engine.dispose()
    assert not tables & {"team_members", "insights", "objectives", "milestones",
                         "revenue_plan", "risks", "actions", "reviews", "kpis", "kpi_values"}
    assert "participants" not in columns and "stakeholders" in tables


def test_team_emails_stored_before_they_were_checked_move_into_the_notes(
    db_path: Path,
) -> None:
    """0004 → head: the account still opens; the address typed is kept in the notes."""
    engine = sqlalchemy.create_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, "0004")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO accounts (key, name) VALUES ('old', 'Старый клиент')")
        conn.exec_driver_sql(
            "INSERT INTO team_members (account_id, key, name, email, notes) VALUES "
            "(1, 't1', 'Anna', 'anna', NULL), (1, 't2', 'Лена', 'lena@example.com', NULL), "
            "(1, 't3', 'Tom', 'tom at work', 'Technik')")
    engine.dispose()
    db = open_database(str(db_path))
    try:
        assert db.backup is not None and "0004" in db.backup.name
        team = AccountService(db).snapshot("old").team
        assert [(m.email, m.notes) for m in team] == [
            (None, "E-mail as entered before Rapport checked addresses: anna"),
            ("lena@example.com", None),
            (None, "Technik\nE-mail as entered before Rapport checked addresses: tom at work")]
    finally:
        db.close()


def test_nothing_becomes_shared_with_the_customer_by_the_sharing_upgrade(
    db_path: Path,
) -> None:
    """0005 → head: every plan entry stored before opt-in sharing stays unshared, the
    database is backed up first, and a client edition of it shows no plan entry."""
    from app.reports.editions import client_document
    from app.services.demo import demo_documents

    engine = sqlalchemy.create_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, "0005")
    doc = demo_documents()[2]
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO accounts (key, name) VALUES ('old', 'Старый клиент')")
        conn.exec_driver_sql(
            "INSERT INTO team_members (account_id, key, name) VALUES (1, 't1', 'Anna')")
        conn.exec_driver_sql(
            "INSERT INTO risks (account_id, key, title, internal) VALUES "
            "(1, 'r1', 'Тендер: проигрыш по цене', 0)")
        conn.exec_driver_sql(
            "INSERT INTO actions (account_id, key, title) VALUES (1, 'a1', '与李静共进晚餐')")
        conn.exec_driver_sql(
            "INSERT INTO reviews (account_id, key, date, held, our_attendees, "
            "their_attendees, follow_ups) VALUES (1, 'rv1', '2026-01-10', 0, '[]', '[]', '[]')")
    engine.dispose()
    db = open_database(str(db_path))
    try:
        assert db.backup is not None and "0005" in db.backup.name
        service = AccountService(db)
        old = service.snapshot("old")
        assert [r.title for r in old.risks] == ["Тендер: проигрыш по цене"]
        assert not any(e.client_visible for e in (*old.team, *old.risks, *old.actions,
                                                   *old.reviews))
        shown = client_document(old)
        assert (shown.team, shown.risks, shown.actions, shown.reviews) == ([], [], [], [])
        # the flag is stored and read back once set
        service.import_documents([doc])
        again = service.snapshot(doc.account.id)
        assert [a.id for a in again.actions if a.client_visible] == [
            a.id for a in doc.actions if a.client_visible] != []
    finally:
        db.close()
