"""The "message" channel (issue 17: ``log --channel message``): accepted by ``log``,
kept by export and import, labelled in every language; files without it read as
before (the format stays version 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import i18n
from app.bootstrap import bootstrap
from app.cli import main
from app.fileformat import read_account_file
from app.models.enums import Channel, label
from tests.conftest import account_doc


@pytest.fixture
def db(tmp_path: Path) -> str:
    target = str(tmp_path / "r.sqlite")
    older = tmp_path / "older.json"  # as Rapport 0.1.0 wrote it: no "message" anywhere
    older.write_text(json.dumps(account_doc()), encoding="utf-8")
    assert main(["--db", target, "import", str(older)]) == 0
    return target


def test_log_with_the_message_channel_and_the_file_keeps_it(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "log", "acme", "--person", "Jane Doe", "--channel", "message",
                 "--summary", "WeChat: pilot go", "--date", "2026-11-02"]) == 0
    assert "logged Message on 2026-11-02" in capsys.readouterr().out
    out = tmp_path / "acme.json"
    assert main(["--db", db, "export", "acme", "--json", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["version"] == 1
    assert [i["channel"] for i in written["interactions"]] == ["call", "message"]
    assert read_account_file(out).interactions[-1].channel == Channel.MESSAGE
    again = str(tmp_path / "again.sqlite")  # and back in
    assert main(["--db", again, "import", str(out)]) == 0
    s = bootstrap(again, writer=False)
    try:
        assert s.accounts.snapshot("acme").interactions[-1].channel == Channel.MESSAGE
    finally:
        s.close()


def test_an_older_file_still_reads(db: str) -> None:
    """The fixture imported a file as Rapport 0.1.0 wrote it (no "message")."""
    s = bootstrap(db, writer=False)
    try:
        assert [i.channel for i in s.accounts.snapshot("acme").interactions] == [
            Channel.CALL]
    finally:
        s.close()


def test_an_unknown_channel_is_still_refused(db: str, capsys: pytest.CaptureFixture[str]
                                             ) -> None:
    with pytest.raises(SystemExit):
        main(["--db", db, "log", "acme", "--channel", "telegram"])
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize(("lang", "word"), [("en", "Message"), ("ru", "Сообщение"),
                                            ("zh_CN", "消息")])
def test_the_label_in_each_language(lang: str, word: str) -> None:
    with i18n.language(lang):
        assert label(Channel.MESSAGE) == word
