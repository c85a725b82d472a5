"""Start-up (issue 13): the command line loads only what a command needs. Heavy packages
(networkx, reportlab, numpy, icalendar, Alembic, and for ``list`` and ``--help`` also
SQLAlchemy, pydantic and Qt) are imported on first use. Checked as behaviour, in a fresh
interpreter that runs ``app.cli.main`` in-process and reports ``sys.modules``; no timing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy

from app.bootstrap import bootstrap
from app.services.demo import demo_documents
from app.storage import migrations

ROOT = Path(__file__).resolve().parents[2]
#: loaded on first use only: never by the commands below
ON_FIRST_USE = ("networkx", "reportlab", "numpy", "icalendar", "alembic", "mako", "pygments")
#: what ``list`` on an up-to-date file and ``--help`` do without, too
HEAVY = (*ON_FIRST_USE, "sqlalchemy", "pydantic", "PySide6", "filelock")

_RUN = """
import json, sys
from app.cli import main
try:
    status = main(sys.argv[1:])
except SystemExit as done:  # --help, --version
    status = done.code
loaded = sorted({m.split(".")[0] for m in sys.modules})
print(json.dumps({"status": status, "loaded": loaded}))
"""


def run(*args: str) -> tuple[int, set[str], str]:
    """``app.cli.main(args)`` in a fresh interpreter: exit status, top-level packages
    loaded, and what it printed before the report."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("RAPPORT_DB", None)
    result = subprocess.run([sys.executable, "-c", _RUN, *args], capture_output=True,
                            text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    *printed, report = result.stdout.splitlines()
    data = json.loads(report)
    return data["status"], set(data["loaded"]), "\n".join(printed)


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    services = bootstrap(str(db_path))
    services.accounts.import_documents(demo_documents())
    services.close()
    return db_path


def test_list_loads_none_of_the_heavy_packages(demo_db: Path) -> None:
    status, loaded, printed = run("list", "--db", str(demo_db))
    assert status == 0 and "华东精密制造集团" in printed
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_help_loads_none_of_the_heavy_packages() -> None:
    status, loaded, printed = run("--help")
    assert status == 0 and "usage: rapport" in printed
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_a_command_that_opens_the_database_loads_no_alembic_when_none_is_due(
        demo_db: Path, tmp_path: Path) -> None:
    status, loaded, printed = run("export", "demo-ural", "--json", str(tmp_path / "u.json"),
                                  "--db", str(demo_db))
    assert status == 0 and "exported demo-ural" in printed
    assert "sqlalchemy" in loaded  # the full path, indeed
    assert loaded.isdisjoint(ON_FIRST_USE), sorted(loaded & set(ON_FIRST_USE))


def test_alembic_is_loaded_when_a_migration_is_due(db_path: Path) -> None:
    engine = sqlalchemy.create_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, "0006")
    engine.dispose()
    status, loaded, printed = run("demo", "--db", str(db_path))
    assert status == 0 and "created demo-ural" in printed
    assert "alembic" in loaded
    status, loaded, _printed = run("list", "--db", str(db_path))  # now at the head
    assert status == 0 and loaded.isdisjoint(HEAVY)
