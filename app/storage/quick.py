"""The account list read with ``sqlite3`` alone, for ``main.py list``.

Opening a database the full way (``app.bootstrap``) imports SQLAlchemy, pydantic and the
services, ~0.5 s before anything is read. ``list`` needs one query on the summary columns,
so for the common case, an existing SQLite file at the current schema, it takes this path:
the same checks as ``open_database`` for a reader (``inspect_sqlite_file`` with its
``quick_check``: a regular SQLite file with Rapport's application id, its schema revision
read with a plain SELECT, equal to the head) and then, on a read-only connection as the
full path uses, the query ``AccountService.list_summaries`` runs. Anything else (a URL, a
missing, empty, foreign, damaged, older or newer file, any SQLite error) returns None:
the caller then takes the full path, whose errors and messages are the reference.
tests/cli/test_quick_list.py checks that both print the same.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, NamedTuple

from app.errors import DatabaseError, cut, shown
from app.i18n import _
from app.storage import migrations
from app.storage.database import connect_read_only, inspect_sqlite_file

#: the columns of ``AccountService.list_summaries`` the list shows (table ``accounts``)
_QUERY = "SELECT key, name, tier, relationship_stage, people FROM accounts ORDER BY id"


class ListRow(NamedTuple):
    """What the account list shows of one account (fields named as in AccountSummary)."""

    key: str
    name: str
    tier: str | None
    relationship_stage: str | None
    stakeholder_count: int


def readable(value: Any) -> Any:
    """As ``app.services.rescue.readable``: bytes where text belongs (a damaged cell) as
    text that says so."""
    if isinstance(value, bytes):
        return _("(damaged) {text}").format(
            text=cut(shown(value.decode("utf-8", "replace")), 60))
    return value


def list_rows(target: str) -> list[ListRow] | None:
    """The account list of the database file ``target`` (a path, as resolved by
    ``resolve_target``), in the order of ``list_summaries``; None when the full path
    must decide."""
    if "://" in target:
        return None  # a URL: SQLAlchemy's to read
    try:
        path = Path(target).expanduser().resolve()
        if not path.exists():
            return None
    except (OSError, RuntimeError):  # a symlink loop, a folder that may not be searched
        return None
    try:
        new, revision = inspect_sqlite_file(path, quick_check=True)
    except DatabaseError:
        return None  # the full path says what is wrong, in its words
    if new or revision is None or revision != migrations.head_revision():
        return None
    try:
        con = connect_read_only(path)
    except DatabaseError:
        return None
    try:
        rows = con.execute(_QUERY).fetchall()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return [ListRow._make(readable(v) for v in row) for row in rows]
