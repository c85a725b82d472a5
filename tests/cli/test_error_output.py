"""What the command line prints is data too: a hostile file cannot drive the terminal,
flood it, or crash the printing; a file too large for an account is refused at once."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.cli.test_cli import rapport, write
from tests.conftest import account_doc, dump_database
from tests.fixtures.hostile_files import (
    TERMINAL_TRICKS,
    crowded_account,
    hidden_characters,
    to_bytes,
    with_number,
)


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """stderr of a refused import: exit 1, no traceback, nothing a terminal obeys."""
    assert result.returncode == 1, result.stdout
    stderr = result.stderr
    assert "Traceback" not in stderr, stderr
    assert not hidden_characters(stderr), stderr
    assert all(line.startswith(("rapport: error: ", "  ")) for line in stderr.splitlines())
    return stderr


def test_import_prints_names_with_their_control_characters_escaped(
        tmp_path: Path, db_path: Path) -> None:
    doc = account_doc()
    doc["account"].update(id="acme\u202e", name="Evil\u202eCorp\u2066")
    result = rapport("import", write(tmp_path / "acme.json", doc), db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "created acme\\u202e: Evil\\u202eCorp\\u2066 (3 stakeholders)\n"


def test_problems_show_escape_sequences_instead_of_obeying_them(
        tmp_path: Path, db_path: Path) -> None:
    doc = account_doc()
    for i, trick in enumerate(TERMINAL_TRICKS):
        doc["account"][f"key{i}{trick}"] = trick
    doc["stakeholders"][1]["reports_to"] = "\x1b[2J" + TERMINAL_TRICKS[-1]
    stderr = refused(rapport("import", write(tmp_path / "bad.json", doc), db=db_path))
    assert "account.key0\\x1b[2J\\x1b[H: unknown key" in stderr
    assert "account.key5\\x0d\\x0acreated evil: Evil Corp (0 stakeholders): unknown key" in stderr
    assert ('stakeholders[1].reports_to: unknown id "\\u001b[2J\\r\\ncreated evil: Evil '
            'Corp (0 stakeholders)"' in stderr)


def test_a_hostile_file_name_is_escaped_too(tmp_path: Path, db_path: Path) -> None:
    bad = tmp_path / "acme\x1b[2J\u202e.json"
    bad.write_bytes(b"{}")
    stderr = refused(rapport("import", bad, db=db_path))
    assert "acme\\x1b[2J\\u202e.json: 1 problem, nothing was imported:" in stderr


def test_a_long_problem_list_is_cut_after_fifty(tmp_path: Path, db_path: Path) -> None:
    doc = crowded_account(5_000, influence="high", stance="friendly")
    stderr = refused(rapport("import", write(tmp_path / "crowd.json", doc), db=db_path))
    lines = stderr.splitlines()
    assert lines[0].endswith("crowd.json: 10,000 problems, nothing was imported:")
    assert lines[1:3] == ["  stakeholders[0].stance: input should be 'champion', 'supporter', "
                          "'neutral', 'skeptic' or 'blocker' (got \"friendly\")",
                          "  stakeholders[0].influence: input should be a valid integer "
                          '(got "high")']
    assert len(lines) == 52 and lines[-1] == "  … and 9,950 more problems"


def test_a_lone_surrogate_is_one_clear_line_not_a_crash(tmp_path: Path, db_path: Path) -> None:
    doc = account_doc()
    doc["stakeholders"][1]["reports_to"] = "s\ud800"
    doc["stakeholders"][2]["notes"] = "\udc00"
    bad = tmp_path / "bad.json"
    bad.write_bytes(to_bytes(doc))
    stderr = refused(rapport("import", bad, db=db_path))
    assert stderr.splitlines()[1:] == [
        "  stakeholders[1].reports_to: must not contain U+D800 (half of a surrogate pair on "
        "its own: not a character)",
        "  stakeholders[2].notes: must not contain U+DC00 (half of a surrogate pair on "
        "its own: not a character)"]


def test_a_five_thousand_digit_number_is_named_by_its_path(tmp_path: Path,
                                                           db_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(with_number(5_000))
    stderr = refused(rapport("import", bad, db=db_path))
    assert stderr.splitlines()[1] == ("  account.annual_revenue: a number with 5,000 digits "
                                      "is too long (at most 100 digits)")
    assert "set_int_max_str_digits" not in stderr


def test_a_hundred_thousand_people_are_refused_with_the_limit(tmp_path: Path,
                                                             db_path: Path) -> None:
    assert rapport("import", write(tmp_path / "ok.json", account_doc()), db=db_path
                   ).returncode == 0
    before = dump_database(db_path)
    big = tmp_path / "big.json"
    big.write_text(json.dumps(crowded_account(100_000)), encoding="utf-8")
    stderr = refused(rapport("import", big, db=db_path))
    assert stderr.splitlines()[1:] == [
        "  stakeholders: 100,000 people; an account holds at most 5,000"]
    assert dump_database(db_path) == before
