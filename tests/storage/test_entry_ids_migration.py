"""Schema 0007 -> 0008: stored accounts' lines, log entries and milestones get ids,
the account's version stays, and the backup holds the file as it was."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app.bootstrap import bootstrap
from app.models.ids import missing_ids, with_ids
from app.services.demo import demo_documents

#: JSON paths of the ids migration 0008 gives, as SQLite's json_remove takes them
ID_PATHS = ("influences", "stage_history", "interactions", "stakeholder_history")


def _as_written_by_0007(path: Path) -> dict[str, int]:
    """Take every entry id out of the stored documents and mark the file 0007."""
    con = sqlite3.connect(path)
    with con:
        for key, document in con.execute("SELECT key, document FROM accounts").fetchall():
            doc = json.loads(document)
            for section in ID_PATHS:
                for entry in doc[section]:
                    entry.pop("id", None)
            for objective in doc["objectives"]:
                for milestone in objective["milestones"]:
                    milestone.pop("id", None)
            con.execute("UPDATE accounts SET document = ? WHERE key = ?",
                        (json.dumps(doc, ensure_ascii=False), key))
        con.execute("UPDATE alembic_version SET version_num = '0007'")
        versions = dict(con.execute("SELECT key, version FROM accounts"))
    con.close()
    return versions


def test_stored_accounts_get_the_ids_an_import_would_give(tmp_path: Path) -> None:
    path = tmp_path / "rapport.sqlite"
    docs = demo_documents()
    services = bootstrap(str(path))
    services.accounts.import_documents(docs)
    services.close()
    versions = _as_written_by_0007(path)

    services = bootstrap(str(path))
    try:
        backup = services.accounts.database.backup
        assert backup is not None and "0007" in backup.name
        for doc in docs:
            stored = services.accounts.read(doc.account.id)
            assert stored.doc == with_ids(doc)  # every field, and the same ids as an import
            assert not missing_ids(stored.doc)
            assert stored.version == versions[doc.account.id]  # nobody edited anything
    finally:
        services.close()
    con = sqlite3.connect(backup)
    (document,) = con.execute("SELECT document FROM accounts LIMIT 1").fetchone()
    con.close()
    assert '"ln1"' not in document and '"ix1"' not in document  # as it was before


def test_a_document_that_is_not_json_is_left_for_the_rescue(tmp_path: Path) -> None:
    path = tmp_path / "rapport.sqlite"
    services = bootstrap(str(path))
    services.accounts.import_documents(demo_documents()[:2])
    services.close()
    _as_written_by_0007(path)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE accounts SET document = substr(document, 1, 100) "
                    "WHERE key = 'demo-huadong'")
    con.close()
    services = bootstrap(str(path))
    try:
        keys = services.accounts.keys()
        assert "demo-huadong" in keys
        other = next(k for k in keys if k != "demo-huadong")
        assert not missing_ids(services.accounts.snapshot(other))
    finally:
        services.close()
