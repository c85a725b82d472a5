"""The schema's head is read from the version scripts without Alembic (app.storage.migrations):
it must be Alembic's own, and anything the plain reading does not cover is left to Alembic."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from app.storage import migrations
from app.storage.database import open_database


def alembic_view(location: Path) -> tuple[str | None, set[str]]:
    cfg = migrations.config()
    cfg.set_main_option("script_location", str(location))
    script = ScriptDirectory.from_config(cfg)
    return script.get_current_head(), {r.revision for r in script.walk_revisions()}


def test_the_head_and_the_known_revisions_are_alembics() -> None:
    chain = migrations._chain_at(migrations.HERE)
    assert chain is not None, "the version scripts are no longer a plain chain"
    head, known = alembic_view(migrations.HERE)
    assert chain == (head, frozenset(known))
    assert migrations.head_revision() == head
    assert all(migrations.is_known(r) for r in known)
    assert not migrations.is_known("9001") and not migrations.is_known("")


def copy_of_the_scripts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations.HERE, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrations, "HERE", scripts)
    return scripts


NEXT = '''"""a later revision"""
from alembic import op
import sqlalchemy as sa

{revision}
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("website", sa.String(200)))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("website")
'''


@pytest.mark.parametrize("line", ['revision = "9001"', "revision: str = '9001'"])
def test_a_new_script_is_the_new_head(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      line: str) -> None:
    old_head = migrations.head_revision()
    scripts = copy_of_the_scripts(tmp_path, monkeypatch)
    (scripts / "versions" / "9001_next.py").write_text(
        NEXT.format(revision=line, down=old_head))
    assert migrations._chain_at(scripts) is not None
    assert migrations.head_revision() == "9001" == alembic_view(scripts)[0]


@pytest.mark.parametrize("line", ['revision = "9001"  # a comment',
                                  'revision = "9001"; x = 1'])
def test_a_script_read_otherwise_is_left_to_alembic(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    line: str) -> None:
    old_head = migrations.head_revision()
    scripts = copy_of_the_scripts(tmp_path, monkeypatch)
    (scripts / "versions" / "9001_next.py").write_text(
        NEXT.format(revision=line, down=old_head))
    assert migrations._chain_at(scripts) is None
    assert migrations.head_revision() == "9001" == alembic_view(scripts)[0]
    assert migrations.is_known("9001") and migrations.is_known(old_head)


def test_two_heads_are_left_to_alembic(tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    old_head = migrations.head_revision()
    scripts = copy_of_the_scripts(tmp_path, monkeypatch)
    for name in ("9001", "9002"):
        (scripts / "versions" / f"{name}_branch.py").write_text(
            NEXT.format(revision=f'revision = "{name}"', down=old_head))
    assert migrations._chain_at(scripts) is None
    with pytest.raises(Exception, match="head"):  # Alembic's MultipleHeads, as before
        migrations.head_revision()


def test_a_url_database_reads_its_revision_with_a_select(tmp_path: Path) -> None:
    path = tmp_path / "by-url.sqlite"
    memory = open_database("sqlite://", writer=False)  # made from nothing: upgraded
    db = open_database(f"sqlite:///{path}")
    try:
        assert migrations.current_revision(memory.engine) == migrations.head_revision()
        assert migrations.current_revision(db.engine) == migrations.head_revision()
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM alembic_version")
        assert migrations.current_revision(db.engine) is None
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE alembic_version")
        assert migrations.current_revision(db.engine) is None
    finally:
        db.close()
        memory.close()
