"""``log`` and ``copy`` (issue 17), on a SQLite file and on a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.bootstrap import bootstrap
from app.cli import main
from tests.conftest import PostgresServer

pytestmark = pytest.mark.both_stores


@pytest.fixture
def demo(db_target: str) -> str:
    assert main(["--db", db_target, "demo"]) == 0
    return db_target


def _interactions(target: str, key: str = "demo-ural") -> list[object]:
    s = bootstrap(target, writer=False)
    try:
        return list(s.accounts.snapshot(key).interactions)
    finally:
        s.close()


def test_log_adds_an_interaction_and_moves_last_contact(
        demo: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RAPPORT_USER", "Anna")
    before = len(_interactions(demo))
    assert main(["--db", demo, "log", "ТрансЛогистик Урал", "--person", "gd", "--person",
                 "Андрей Михайлович Морозов", "--channel", "call", "--summary", "Тариф 2027",
                 "--date", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "demo-ural" in out and "Андрей Михайлович Морозов" in out
    s = bootstrap(demo, writer=False)
    try:
        doc = s.accounts.snapshot("demo-ural")
        entry = doc.interactions[-1]
        assert len(doc.interactions) == before + 1
        assert (entry.stakeholder, entry.participants, entry.summary) == (
            "gd", ["it"], "Тариф 2027")
        people = {p.id: p for p in doc.stakeholders}
        assert people["gd"].last_contact == dt.date(2026, 12, 1)
        assert s.accounts.history("demo-ural")[-1].saved_by == "Anna"
    finally:
        s.close()
    assert main(["--db", demo, "history", "demo-ural"]) == 0
    assert "Anna" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["--person", "nobody"], ["--date", "2999-01-01"]],
                         ids=["unknown person", "future"])
def test_log_refuses_and_saves_nothing(demo: str, args: list[str],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    before = _interactions(demo)
    assert main(["--db", demo, "log", "demo-ural", "--channel", "call", *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("rapport: error:") and "Traceback" not in err
    assert _interactions(demo) == before


def test_copy_to_the_other_store_and_back(demo: str, store: str, tmp_path: Path,
                                          postgres_server: PostgresServer | None,
                                          request: pytest.FixtureRequest,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    server: PostgresServer = request.getfixturevalue("postgres")
    assert main(["--db", demo, "log", "demo-ural", "--person", "gd", "--channel",
                 "meeting", "--summary", "before the copy"]) == 0
    other = server.create(empty=True) if store == "sqlite" else str(tmp_path / "copy.sqlite")
    back = str(tmp_path / "back.sqlite")
    try:
        assert main(["copy", "--from", demo, "--to", other]) == 0
        assert "copied 3 accounts" in capsys.readouterr().out
        assert main(["copy", "--from", other, "--to", back]) == 0
        for target in (other, back):
            s = bootstrap(target, writer=False)
            original = bootstrap(demo, writer=False)
            try:
                for key in original.accounts.keys():
                    assert s.accounts.read(key).doc == original.accounts.read(key).doc
                    assert s.accounts.history(key) == original.accounts.history(key)
            finally:
                s.close()
                original.close()
        # a target that holds accounts: refused, unless --replace
        assert main(["copy", "--from", demo, "--to", other]) == 1
        assert "--replace" in capsys.readouterr().err
        assert main(["copy", "--from", demo, "--to", other, "--replace"]) == 0
        assert "3 accounts that were there before were replaced" in capsys.readouterr().out
    finally:
        if store == "sqlite":
            server.drop(other)
