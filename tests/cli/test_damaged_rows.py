"""A damaged account (a stored document the app never writes) is isolated: the others
work, and every command that reads it says where it is damaged in one line."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.assessment.settings import ScoringSettings
from app.bootstrap import bootstrap
from app.services.demo import demo_documents
from app.services.portfolio import PortfolioService
from tests.cli.test_cli import rapport

Damage = Callable[[sqlite3.Connection, int], None]


def _sql(statement: str) -> Damage:
    def damage(conn: sqlite3.Connection, aid: int) -> None:
        conn.execute(statement.format(aid=aid))
    return damage


def _flip_name_byte(conn: sqlite3.Connection, aid: int) -> None:
    """A bit flip inside a person's name: the document is no longer UTF-8 text."""
    (text,) = conn.execute("SELECT document FROM accounts WHERE id=?", (aid,)).fetchone()
    data = text.encode("utf-8").replace("Иванов".encode(), "Ив".encode() + b"\xff\xfe", 1)
    conn.execute("UPDATE accounts SET document=? WHERE id=?", (data, aid))


#: kind -> (damage, words the one-line error names)
DAMAGE: dict[str, tuple[Damage, tuple[str, ...]]] = {
    "unknown_enum": (_sql("UPDATE accounts SET document=json_set(document, "
                          "'$.stakeholders[0].stance', 'wizard') WHERE id={aid}"),
                     ("stakeholders[0].stance", "wizard")),
    "bad_date": (_sql("UPDATE accounts SET document=json_set(document, '$.actions[1].due', "
                      "'not-a-date') WHERE id={aid}"), ("actions[1].due", "not-a-date")),
    "broken_json": (_sql("UPDATE accounts SET document=substr(document, 1, "
                         "length(document) - 20) WHERE id={aid}"), ("JSON",)),
    "flipped_byte": (_flip_name_byte, ("not UTF-8",)),
}


def damaged_db(db_path: Path, damage: Damage | str) -> None:
    """The demo workspace with demo-ural damaged."""
    services = bootstrap(str(db_path))
    services.accounts.import_documents(demo_documents())
    services.close()
    with sqlite3.connect(db_path) as conn:
        (aid,) = conn.execute("SELECT id FROM accounts WHERE key='demo-ural'").fetchone()
        (_sql(damage) if isinstance(damage, str) else damage)(conn, aid)
    conn.close()


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_account_fails_alone_with_one_line(tmp_path: Path, db_path: Path,
                                                   kind: str) -> None:
    damage, words = DAMAGE[kind]
    damaged_db(db_path, damage)
    result = rapport("export", "demo-ural", "--json", tmp_path / "out.json", db=db_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "demo-ural" in lines[0] and all(w in lines[0] for w in words), lines[0]
    assert "export --rescue" in lines[0]
    assert not (tmp_path / "out.json").exists()


def test_every_command_on_a_damaged_account_says_where_and_the_others_work(
        tmp_path: Path, db_path: Path) -> None:
    damaged_db(db_path, DAMAGE["unknown_enum"][0])
    for command in (["gaps", "demo-ural"], ["pdf", "demo-ural", "--out", tmp_path / "o.pdf"],
                    ["map", "demo-ural", "--out", tmp_path / "o.png"]):
        result = rapport(*command, db=db_path)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "stakeholders[0].stance" in result.stderr and "wizard" in result.stderr
    assert not (tmp_path / "o.pdf").exists() and not (tmp_path / "o.png").exists()
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


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_portfolio_skips_a_damaged_account_and_scores_the_others(db_path: Path,
                                                                 kind: str) -> None:
    damaged_db(db_path, DAMAGE[kind][0])
    services = bootstrap(str(db_path), writer=False, create=False)
    try:
        portfolio = PortfolioService(services.accounts.database)
        scores = [s for batch in portfolio.iter_scores(dt.date(2026, 12, 6),
                                                       ScoringSettings()) for s in batch]
    finally:
        services.close()
    assert sorted(s.key for s in scores) == ["demo-huadong", "demo-northwind"]
    assert [d.key for d in portfolio.damaged] == ["demo-ural"]
