"""A damaged account (a cell the app never writes) is isolated: the others work."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.assessment.settings import ScoringSettings
from app.bootstrap import bootstrap
from app.services.demo import demo_documents
from app.services.portfolio import PortfolioService
from tests.cli.test_cli import rapport

DAMAGE = {
    "unknown_enum": ("UPDATE stakeholders SET stance='wizard' WHERE id=(SELECT min(id) FROM "
                     "stakeholders WHERE account_id={aid})", "stakeholders", "stance", "wizard"),
    "bad_date": ("UPDATE actions SET due='not-a-date' WHERE account_id={aid}", "actions",
                 "due", "not-a-date"),
    "broken_json": ("UPDATE accounts SET whitespace='{{broken' WHERE id={aid}", "accounts",
                    "whitespace", "{broken"),
    "blob_name": ("UPDATE stakeholders SET name=X'00ff' WHERE id=(SELECT min(id) FROM "
                  "stakeholders WHERE account_id={aid})", "stakeholders", "name", "00ff"),
}


def damaged_db(db_path: Path, sql: str) -> None:
    """The demo workspace with demo-ural damaged by ``sql``."""
    services = bootstrap(str(db_path))
    services.accounts.import_documents(demo_documents())
    services.close()
    with sqlite3.connect(db_path) as conn:
        (aid,) = conn.execute("SELECT id FROM accounts WHERE key='demo-ural'").fetchone()
        conn.execute(sql.format(aid=aid))
    conn.close()


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_account_fails_alone_with_one_line(tmp_path: Path, db_path: Path,
                                                   kind: str) -> None:
    sql, table, column, value = DAMAGE[kind]
    damaged_db(db_path, sql)
    for command in (["export", "demo-ural", "--json", tmp_path / "out.json"],
                    ["gaps", "demo-ural"], ["pdf", "demo-ural", "--out", tmp_path / "o.pdf"],
                    ["map", "demo-ural", "--out", tmp_path / "o.png"]):
        result = rapport(*command, db=db_path)
        assert result.returncode == 1, (command, result.stderr)
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1
        assert "demo-ural" in lines[0] and table in lines[0] and column in lines[0]
        assert value in lines[0]
    healthy = rapport("export", "demo-huadong", "--json", tmp_path / "ok.json", db=db_path)
    assert healthy.returncode == 0, healthy.stderr
    listed = rapport("list", db=db_path)
    assert listed.returncode == 0, listed.stderr
    assert "demo-ural" in listed.stdout and "demo-huadong" in listed.stdout


def test_list_shows_a_blob_account_name_as_damaged(db_path: Path) -> None:
    damaged_db(db_path, "UPDATE accounts SET name=X'00ff' WHERE id={aid}")
    result = rapport("list", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "(damaged)" in result.stdout
    assert "demo-huadong" in result.stdout and "demo-northwind" in result.stdout
    services = bootstrap(str(db_path), writer=False, create=False)
    try:
        names = {s.key: s.name for s in services.accounts.list_summaries()}
    finally:
        services.close()
    assert isinstance(names["demo-ural"], str) and names["demo-ural"].startswith("(damaged)")


@pytest.mark.parametrize("kind", [*sorted(DAMAGE), "blob_account_name"])
def test_portfolio_skips_a_damaged_account_and_scores_the_others(db_path: Path,
                                                                 kind: str) -> None:
    damaged_db(db_path, DAMAGE[kind][0] if kind in DAMAGE
               else "UPDATE accounts SET name=X'00ff' WHERE id={aid}")
    services = bootstrap(str(db_path), writer=False, create=False)
    try:
        portfolio = PortfolioService(services.accounts.database)
        scores = [s for batch in portfolio.iter_scores(dt.date(2026, 12, 6),
                                                       ScoringSettings()) for s in batch]
    finally:
        services.close()
    assert sorted(s.key for s in scores) == ["demo-huadong", "demo-northwind"]
    assert [d.key for d in portfolio.damaged] == ["demo-ural"]
