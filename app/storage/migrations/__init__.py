"""Alembic, driven from code: the schema's history lives in ``versions/``.

Alembic (with Mako and Pygments, ~100 ms of imports) is loaded only to run a migration
(or to read a history the plain reading below does not cover). Opening a database that is
already at the head only needs the head's id: it is read from the version scripts' own
``revision = "…"`` and ``down_revision = …`` lines, a linear chain checked to have one head
(tests/storage/test_lazy_migrations.py checks the result against Alembic's); anything else
(a merge, a branch, a line written differently) is left to Alembic.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine

HERE = Path(__file__).resolve().parent

#: the script files Alembic reads (``alembic.script.base._only_source_rev_file``)
_SCRIPT_FILE = re.compile(r"(?!\.\#|__init__)(.*\.py)$")
_REVISION = re.compile(r"""^revision\s*(?::\s*str\s*)?=\s*(['"])([^'"\s]+)\1\s*$""", re.M)
_DOWN = re.compile(
    r"""^down_revision\s*(?::[^=\n]*)?=\s*(?:None|(['"])([^'"\s]+)\1)\s*$""", re.M)
_ANY_DOWN = re.compile(r"^down_revision\b", re.M)
#: set to something else than None, these make the history more than a plain chain
_OTHER = re.compile(r"^(?:branch_labels|depends_on)\s*(?::[^=\n]*)?=\s*(?!None\s*$)\S", re.M)


def config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def _script() -> ScriptDirectory:
    return _script_at(HERE)


@cache  # parsing the versions folder costs milliseconds on every open
def _script_at(location: Path) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


@cache
def _chain_at(location: Path) -> tuple[str, frozenset[str]] | None:
    """(head, every revision) from the text of the scripts in ``location/versions``, when
    they form one plain chain; None when Alembic must read them."""
    folder = location / "versions"
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return None
    down_of: dict[str, str | None] = {}
    for name in names:
        if not _SCRIPT_FILE.match(name):
            continue
        try:
            text = (folder / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        revisions = _REVISION.findall(text)
        downs = _DOWN.findall(text)
        if (len(revisions) != 1 or len(downs) != 1 or len(_ANY_DOWN.findall(text)) != 1
                or _OTHER.search(text) or revisions[0][1] in down_of):
            return None
        down_of[revisions[0][1]] = downs[0][1] or None
    if not down_of:
        return None
    below = set(down_of.values())
    heads = [r for r in down_of if r not in below]
    if len(heads) != 1:
        return None
    seen: list[str] = []  # walk down from the head: every script, once, to a single root
    current: str | None = heads[0]
    while current is not None and current in down_of and len(seen) <= len(down_of):
        seen.append(current)
        current = down_of[current]
    if current is not None or len(seen) != len(down_of):
        return None
    return heads[0], frozenset(down_of)


def head_revision() -> str:
    chain = _chain_at(HERE)
    if chain is not None:
        return chain[0]
    head = _script().get_current_head()
    assert head is not None, "the migrations folder has no head revision"
    return head


def is_known(revision: str) -> bool:
    chain = _chain_at(HERE)
    if chain is not None and revision in chain[1]:
        return True
    try:  # Alembic also resolves what the plain chain does not list (a unique prefix …)
        return _script().get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for unknown ids
        return False


def current_revision(engine: Engine) -> str | None:
    """The revision a database is at (None: no version table, or an empty one), read
    with a plain SELECT; Alembic only for a version table with several heads."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
        if len(rows) <= 1:
            return rows[0] if rows else None
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()  # raises: several


def upgrade(engine: Engine, revision: str = "head",
            before: Callable[[Connection], bool] | None = None) -> None:
    """Run all pending migrations in one transaction. ``before(conn)`` runs first in
    that transaction (a lock, a backup); False from it: nothing to do after all."""
    from alembic import command

    cfg = config()
    with engine.begin() as conn:
        if before is not None and not before(conn):
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
