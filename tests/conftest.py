"""Shared fixtures. GUI tests run offscreen; storage tests use real SQLite files, and
(issue 17) a real PostgreSQL server as well.

Both stores: a module with ``pytestmark = pytest.mark.both_stores`` runs each test that
uses ``store``, ``db_target`` or ``services`` twice, ``[sqlite]`` on a new file and
``[postgres]`` on a new database of the server ``$RAPPORT_TEST_POSTGRES`` names
(``postgresql+psycopg://user@host:port/db``, a role that may create databases: see
.ci/postgres.sh); ``@pytest.mark.sqlite_only`` keeps one test to SQLite (what it checks
is the file), ``@pytest.mark.postgres_only`` to the server. Without the variable the
PostgreSQL variants are skipped, and counted at the end of the run; with ``CI=true``
they fail instead, so CI never skips them.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.bootstrap import Services, bootstrap  # noqa: E402
from app.models.account import AccountFile  # noqa: E402

POSTGRES_ENV = "RAPPORT_TEST_POSTGRES"
STORES = ("sqlite", "postgres")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_stores: run on SQLite and on PostgreSQL")
    config.addinivalue_line("markers", "sqlite_only: checks the SQLite file itself")
    config.addinivalue_line("markers", "postgres_only: checks what only a server has")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("both_stores") is None:
        return
    stores = (["sqlite"] if metafunc.definition.get_closest_marker("sqlite_only")
              else ["postgres"] if metafunc.definition.get_closest_marker("postgres_only")
              else list(STORES))
    metafunc.parametrize("store", stores, indirect=True)


_skipped_postgres: list[str] = []


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _skipped_postgres:
        terminalreporter.write_line(
            f"PostgreSQL variants skipped: {len(_skipped_postgres)} (set {POSTGRES_ENV}; "
            "`.ci/postgres.sh start` prints a URL)", yellow=True)


@pytest.fixture
def store(request: pytest.FixtureRequest) -> str:
    """Which store the test runs on: "sqlite" unless the module runs on both."""
    return str(getattr(request, "param", "sqlite"))


class PostgresServer:
    """The test server: a fresh database per test, copied from a template database
    that the migrations brought to the head once (CREATE DATABASE … TEMPLATE)."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self._template: str | None = None
        self._count = 0
        self.prefix = f"rapport_test_{os.getpid()}"

    def _admin(self) -> Any:
        import psycopg

        return psycopg.connect(host=self.url.host, port=self.url.port,
                               user=self.url.username, password=self.url.password,
                               dbname=self.url.database or "postgres", autocommit=True)

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, *, empty: bool = False) -> str:
        """A new database (empty, or with Rapport's schema at the head); its URL."""
        self._count += 1
        name = f"{self.prefix}_{self._count}"
        template = None if empty else self.template()
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"'
                                                       if template else ""))
        return self.url_of(name)

    def template(self) -> str:
        if self._template is None:
            from app.storage.database import open_database

            name = f"{self.prefix}_template"
            with self._admin() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{name}"')
            open_database(self.url_of(name)).close()
            self._template = name
        return self._template

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self._template is not None:
            with self._admin() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self._template}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | None]:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        yield None
        return
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture
def postgres(postgres_server: PostgresServer | None,
             request: pytest.FixtureRequest) -> PostgresServer:
    """The test server; skipped (failed under CI=true) when there is none."""
    if postgres_server is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{POSTGRES_ENV} is not set: CI must run the PostgreSQL variants "
                        "(.ci/run starts a server with .ci/postgres.sh)")
        _skipped_postgres.append(request.node.nodeid)
        pytest.skip(f"PostgreSQL variant: {POSTGRES_ENV} is not set")
    return postgres_server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rapport.sqlite"


@pytest.fixture
def db_target(store: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """What --db names in this test: the SQLite file, or a new database on the server
    (with the schema; dropped afterwards)."""
    if store == "sqlite":
        yield str(db_path)
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    url = server.create()
    yield url
    server.drop(url)


@pytest.fixture
def services(db_target: str) -> Iterator[Services]:
    s = bootstrap(db_target)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _own_identity(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's name (app.storage.identity) in a folder of the test's own, never the
    real ~/.config; $RAPPORT_USER unset, so saves record the OS user unless a test says."""
    monkeypatch.setenv("RAPPORT_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("RAPPORT_USER", raising=False)


def account_doc(**overrides: Any) -> dict[str, Any]:
    """A small valid account file as a dict; tests break it on purpose."""
    doc: dict[str, Any] = {
        "format": "rapport-account",
        "version": 1,
        "account": {"id": "acme", "name": "Acme Corp", "tier": "key", "currency": "EUR",
                    "annual_revenue": 1000000, "relationship_stage": "basic"},
        "stakeholders": [
            {"id": "s1", "name": "王伟", "title": "CEO", "role": "economic_buyer",
             "stance": "neutral", "influence": 5, "relationship": 1},
            {"id": "s2", "name": "Ольга Иванова", "title": "CFO", "reports_to": "s1",
             "stance": "skeptic", "influence": 4, "relationship": 2},
            {"id": "s3", "name": "Jane Doe", "reports_to": "s2", "stance": "champion",
             "influence": 2, "relationship": 3, "last_contact": "2026-10-01"},
        ],
        "influences": [{"source": "s3", "target": "s2", "strength": 2, "kind": "informal"}],
        "stage_history": [{"date": "2025-01-10", "stage": "exploratory", "note": "first call"}],
        "interactions": [{"date": "2026-10-01", "stakeholder": "s3", "channel": "call",
                          "summary": "Pilot scope"}],
    }
    doc.update(overrides)
    return doc


def parsed_doc(**overrides: Any) -> AccountFile:
    return AccountFile.model_validate(account_doc(**overrides), strict=False)


def dump_database(path: Path) -> list[str]:
    """Every row of every table, for 'the database is exactly as it was' checks."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def dump_tables(db: Any) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every row of Rapport's tables through the Database's own engine (SQLite or a
    server), for 'the database is exactly as it was' checks on both stores."""
    from sqlalchemy import select

    from app.storage.tables import metadata

    found = []
    with db.engine.connect() as conn:
        for table in metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            found.append((table.name, [tuple(r) for r in rows]))
    return found


def damage_last_pages(path: Path, pages: int = 2) -> bytes:
    """Garble the file's last b-tree pages, as a bad disk or an interrupted copy would.

    The header page stays intact, so the cheap checks pass and only a full
    integrity check notices. Returns the damaged bytes for comparison.
    """
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    for i in range(len(data) - pages * 4096 + 8, len(data)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    return bytes(data)
