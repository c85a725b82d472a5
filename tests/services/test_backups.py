"""Backups as the app and the commands use them (issue 12, item 15)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bootstrap import Services, bootstrap
from app.errors import DatabaseError
from tests.conftest import parsed_doc

NOW = dt.datetime(2026, 12, 3, 10, 0)


def test_a_backup_is_taken_before_an_import_replaces_accounts_and_only_then(
    services: Services,
) -> None:
    assert services.backups.before_replacing(["acme"], now=NOW) is None  # nothing to lose
    services.accounts.import_documents([parsed_doc()])
    assert services.backups.before_replacing(["other"], now=NOW) is None
    path = services.backups.before_replacing(["other", "acme"], now=NOW)
    assert path is not None and path.name == "rapport.before-import.2026-12-03_100000.sqlite"
    assert services.backups.contents(path).accounts == [("acme", "Acme Corp")]
    assert [b.kind for b in services.backups.list()] == ["before-import"]


def test_restore_brings_back_a_deleted_account_and_keeps_the_state_it_replaced(
    services: Services,
) -> None:
    services.accounts.import_documents([parsed_doc()])
    saved = services.backups.back_up_now(now=NOW)
    services.accounts.delete("acme")  # undo ends when the app closes
    before = services.backups.restore(saved, now=NOW + dt.timedelta(minutes=5))
    assert [s.name for s in services.accounts.list_summaries()] == ["Acme Corp"]
    assert services.backups.contents(before).accounts == []
    assert {b.kind for b in services.backups.list()} == {"manual", "before-restore"}


def test_an_in_memory_database_has_no_backups() -> None:
    services = bootstrap("sqlite://", writer=False)
    try:
        with pytest.raises(DatabaseError, match="no backups"):
            services.backups.back_up_now()
    finally:
        services.close()
