"""Alembic, driven from code: the schema's history lives in ``versions/``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def _script() -> ScriptDirectory:
    return _script_at(HERE)


@cache  # parsing the versions folder costs milliseconds on every open
def _script_at(location: Path) -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None, "the migrations folder has no head revision"
    return head


def is_known(revision: str) -> bool:
    try:
        return _script().get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for unknown ids
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run all pending migrations in one transaction."""
    cfg = config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
