"""Schema 0006 -> 0007: every account moves, field for field, into its document.

The accounts are written into a real 0006 file with the frozen 0006 code (as the
previous release wrote them), then the file is opened as a user would open it.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import sqlalchemy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from app.bootstrap import bootstrap
from app.models.account import AccountFile
from app.models.ids import with_ids
from app.services.demo import demo_documents
from app.storage import migrations
from app.storage.legacy.convert import account_from_file
from tests.fileformat.test_roundtrip import account_files


def _as_in_0006(doc: AccountFile) -> AccountFile:
    """What schema 0006 could hold of ``doc``: no contact details, no ids on lines,
    log entries and milestones (those came later)."""
    data = doc.model_dump(mode="json")
    for person in data["stakeholders"]:
        for field in ("email", "phone", "messengers"):
            person.pop(field)
    for section in ("influences", "stage_history", "interactions", "stakeholder_history"):
        for entry in data[section]:
            entry.pop("id")
    for objective in data["objectives"]:
        for milestone in objective["milestones"]:
            milestone.pop("id")
    return AccountFile.model_validate(data, strict=False)


def _schema_0006(path: Path, docs: list[AccountFile]) -> None:
    engine = sqlalchemy.create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0006")
    with Session(engine) as session, session.begin():
        for doc in docs:
            session.add(account_from_file(doc))
    engine.dispose()


def _opened(path: Path) -> dict[str, AccountFile]:
    services = bootstrap(str(path))
    try:
        assert services.accounts.database.backup is not None  # taken before the upgrade
        return {k: services.accounts.snapshot(k) for k in services.accounts.keys()}
    finally:
        services.close()


def test_the_demo_database_upgrades_with_every_field(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    docs = demo_documents()
    _schema_0006(path, docs)
    # every field, and the ids lines and log entries get (migration 0008)
    assert _opened(path) == {d.account.id: with_ids(d) for d in docs}
    with sqlite3.connect(path) as conn:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master "
                                             "WHERE type='table'")}
        people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    conn.close()
    assert not tables & {"stakeholders", "actions", "influences", "team_members"}
    assert people == sum(len(d.stakeholders) for d in docs)


@settings(max_examples=25, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(docs=st.lists(account_files(), min_size=1, max_size=3,
                     unique_by=lambda d: d.account.id))
def test_generated_accounts_upgrade_with_every_field(tmp_path: Path,
                                                     docs: list[AccountFile]) -> None:
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "old.sqlite"  # one per example
    _schema_0006(path, docs)
    assert _opened(path) == {d.account.id: with_ids(_as_in_0006(d)) for d in docs}


def test_a_damaged_account_does_not_stop_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    docs = demo_documents()
    _schema_0006(path, docs)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE stakeholders SET stance='wizard' WHERE key='gd' AND account_id="
                     "(SELECT id FROM accounts WHERE key='demo-ural')")
    conn.close()
    opened = _opened(path)
    ural = next(d for d in docs if d.account.id == "demo-ural")
    assert opened["demo-huadong"] == with_ids(next(d for d in docs
                                                  if d.account.id == "demo-huadong"))
    assert next(p for p in opened["demo-ural"].stakeholders if p.id == "gd").stance is None
    assert len(opened["demo-ural"].stakeholders) == len(ural.stakeholders)
    services = bootstrap(str(path), writer=False, create=False)
    try:
        (info,) = services.accounts.history("demo-ural")
    finally:
        services.close()
    assert info.changes[0] == "upgraded to the document store"
    assert any("wizard" in line and "left empty" in line for line in info.changes)
    backups = list(tmp_path.glob("*before-upgrade-0006*"))
    assert backups, "the damaged rows stay in the backup taken before the upgrade"
