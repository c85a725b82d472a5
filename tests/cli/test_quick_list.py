"""``list`` reads an up-to-date SQLite file with sqlite3 alone (app.storage.quick); it must
print exactly what the full path (bootstrap + AccountService.list_summaries) prints, and
leave every other file to the full path and its messages."""

from __future__ import annotations

import argparse
import io
import sqlite3
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
import sqlalchemy

from app import bootstrap as bootstrap_module
from app import cli
from app.bootstrap import bootstrap
from app.errors import DatabaseError
from app.services.demo import demo_documents
from app.storage import migrations
from app.storage.database import open_database
from app.storage.quick import list_rows
from tests.conftest import damage_last_pages, parsed_doc

#: names that sort by casefold across scripts, with a tie (ordered by id then)
EXTRA = [("zeta", "Ёлка и Ко", "strategic", "interdependent"),
         ("alpha", "ёлка и ко", None, None),
         ("beijing", "北京数据", "growth", "exploratory"),
         ("plain", "Acme Corp", "maintain", "basic"),
         ("wide", "东方 Ост East", "key", "integrated")]


def full_list(db_path: Path) -> str:
    services = bootstrap(str(db_path), writer=False, create=False)
    try:
        out = io.StringIO()
        with redirect_stdout(out):
            cli.cmd_list(services, argparse.Namespace())
        return out.getvalue()
    finally:
        services.close()


def quick_list(db_path: Path) -> str:
    rows = list_rows(str(db_path))
    assert rows is not None, "the sqlite3 path was not taken"
    out = io.StringIO()
    with redirect_stdout(out):
        cli.print_list(rows)
    return out.getvalue()


def run_main(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = cli.main(list(args))
    return status, out.getvalue(), err.getvalue()


def portfolio(db_path: Path) -> Path:
    services = bootstrap(str(db_path))
    try:
        services.accounts.import_documents(demo_documents())
        for key, name, tier, stage in EXTRA:
            record: dict[str, str | None] = {"id": key, "name": name, "currency": "EUR"}
            if tier:
                record.update(tier=tier, relationship_stage=stage)
            services.accounts.import_documents([parsed_doc(account=record)])
    finally:
        services.close()
    return db_path


def damage(db_path: Path, statement: str) -> None:
    with sqlite3.connect(db_path) as con:
        con.execute(statement)
    con.close()


def test_the_quick_list_prints_what_the_full_list_prints(db_path: Path) -> None:
    portfolio(db_path)
    expected = full_list(db_path)
    assert "华东精密制造集团" in expected and "ТрансЛогистик Урал" in expected
    assert expected.index("Ёлка и Ко") < expected.index("ёлка и ко")  # the tie: by id
    assert quick_list(db_path) == expected


def test_main_takes_the_quick_path_for_list(db_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    portfolio(db_path)
    expected = full_list(db_path)

    def no_bootstrap(*args: object, **kwargs: object) -> None:
        raise AssertionError("list opened the database the full way")

    monkeypatch.setattr(bootstrap_module, "bootstrap", no_bootstrap)
    assert run_main("list", "--db", str(db_path)) == (0, expected, "")


@pytest.mark.parametrize("statement", [
    "UPDATE accounts SET name=X'00ff' WHERE key='demo-ural'",
    "UPDATE accounts SET name=CAST('Урал ' || char(1055) AS BLOB) WHERE key='demo-ural'",
    "UPDATE accounts SET tier=X'6b6579ff', key=CAST(key AS BLOB) WHERE key='demo-huadong'",
    "UPDATE accounts SET relationship_stage=NULL, tier=NULL WHERE key='zeta'",
])
def test_damaged_and_unset_cells_are_shown_alike(db_path: Path, statement: str) -> None:
    portfolio(db_path)
    damage(db_path, statement)
    expected = full_list(db_path)
    assert quick_list(db_path) == expected
    if "BLOB" in statement or "X'" in statement:
        assert "(damaged) " in expected
    assert run_main("list", "--db", str(db_path)) == (0, expected, "")


def test_an_empty_database_lists_nothing_alike(db_path: Path) -> None:
    bootstrap(str(db_path)).close()
    assert quick_list(db_path) == full_list(db_path) == (
        "No accounts yet. Add some with 'import' or 'demo'.\n")


def _older(db_path: Path) -> None:
    engine = sqlalchemy.create_engine(f"sqlite:///{db_path}")
    migrations.upgrade(engine, "0006")
    engine.dispose()


def _newer(db_path: Path) -> None:
    portfolio(db_path)
    damage(db_path, "UPDATE alembic_version SET version_num='9001'")


def _no_revision(db_path: Path) -> None:
    portfolio(db_path)
    damage(db_path, "DELETE FROM alembic_version")


def _foreign(db_path: Path) -> None:
    damage(db_path, "CREATE TABLE budget (x)")


def _not_sqlite(db_path: Path) -> None:
    db_path.write_bytes(b"PK\x03\x04 spreadsheet bytes")


def _empty(db_path: Path) -> None:
    db_path.write_bytes(b"")


def _damaged(db_path: Path) -> None:
    portfolio(db_path)
    damage_last_pages(db_path)


def _missing(db_path: Path) -> None:
    pass


def _folder(db_path: Path) -> None:
    db_path.mkdir()


def _no_accounts_table(db_path: Path) -> None:
    portfolio(db_path)
    damage(db_path, "DROP TABLE accounts")


@pytest.mark.parametrize("make", [_older, _newer, _no_revision, _foreign, _not_sqlite,
                                  _empty, _damaged, _missing, _folder],
                         ids=lambda f: f.__name__.strip("_"))
def test_other_files_go_the_full_way_with_its_message(
        db_path: Path, make: Callable[[Path], None]) -> None:
    make(db_path)
    assert list_rows(str(db_path)) is None
    with pytest.raises(DatabaseError) as refused:
        open_database(str(db_path), writer=False, create=False).close()
    status, out, err = run_main("list", "--db", str(db_path))
    assert (status, out) == (1, "")
    assert err == f"rapport: error: {refused.value}\n"


def test_an_sqlite_error_in_the_query_goes_the_full_way(db_path: Path) -> None:
    _no_accounts_table(db_path)
    assert list_rows(str(db_path)) is None
    with pytest.raises(sqlalchemy.exc.OperationalError):  # as before the quick path
        run_main("list", "--db", str(db_path))


def test_a_url_goes_the_full_way(db_path: Path) -> None:
    portfolio(db_path)
    url = f"sqlite:///{db_path}"
    assert list_rows(url) is None
    assert run_main("list", "--db", url) == (0, full_list(db_path), "")
