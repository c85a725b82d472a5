"""``export ACCOUNT --xlsx OUT.xlsx`` and ``--csv OUT.csv`` as a user runs them: a real
process, the demo accounts or files imported in the test, the files read back."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import openpyxl
import pytest

from app.bootstrap import bootstrap
from app.services.demo import demo_documents
from tests.cli.test_cli import rapport, write
from tests.cli.test_lazy_imports import run
from tests.conftest import account_doc

OLD = "the existing file, which must survive\n"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, once for the module (the tests only read it)."""
    path = tmp_path_factory.mktemp("demo") / "rapport.sqlite"
    services = bootstrap(str(path))
    services.accounts.import_documents(demo_documents())
    services.close()
    return path


def csv_rows(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def test_export_xlsx_writes_the_people_and_the_plan_as_four_sheets(
        tmp_path: Path, demo_db: Path) -> None:
    out = tmp_path / "ural.xlsx"
    result = rapport("export", "demo-ural", "--xlsx", out, db=demo_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("exported demo-ural: ТрансЛогистик Урал to "
                             f"{out} (20 people, 6 actions, 5 risks, 4 interactions)\n")
    assert result.stderr == ""
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["People", "Actions", "Risks", "Interactions"]
    people = book["People"]
    assert people["A1"].value == "Name" and people.max_row == 21
    assert people["A2"].value == "Алексей Петрович Иванов"
    assert (people["A3"].value, people["D3"].value) == ("Ольга Сергеевна Смирнова",
                                                        "Алексей Петрович Иванов")
    assert people["R2"].is_date  # Last contact
    assert book["Actions"]["B2"].value == "Lena Fischer"  # the team member's name


def test_export_csv_writes_the_people_in_utf8_with_a_bom(tmp_path: Path, demo_db: Path) -> None:
    out = tmp_path / "huadong.csv"
    result = rapport("export", "华东精密制造集团", "--csv", out, db=demo_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"exported demo-huadong: 华东精密制造集团 to {out} (24 people)\n"
    rows = csv_rows(out)
    assert len(rows) == 24 and rows[0]["Name"] == "王建国"
    assert rows[1]["Reports to"] == "王建国" and rows[1]["Manager id"] == rows[0]["Id"]


def test_version_n_works_with_every_format(tmp_path: Path, db_path: Path) -> None:
    first = write(tmp_path / "v1.json", account_doc())
    renamed = account_doc()
    renamed["stakeholders"][0]["name"] = "王伟强"
    second = write(tmp_path / "v2.json", renamed)
    assert rapport("import", first, db=db_path).returncode == 0
    assert rapport("import", second, "--replace", db=db_path).returncode == 0
    for option, name in (("--csv", "old.csv"), ("--xlsx", "old.xlsx"), ("--json", "old.json")):
        result = rapport("export", "acme", option, tmp_path / name, "--version", "1",
                         db=db_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("exported acme (version 1): Acme Corp to ")
    assert [r["Name"] for r in csv_rows(tmp_path / "old.csv")] == [
        "王伟", "Ольга Иванова", "Jane Doe"]
    assert openpyxl.load_workbook(tmp_path / "old.xlsx")["People"]["D3"].value == "王伟"
    old_json = json.loads((tmp_path / "old.json").read_text(encoding="utf-8"))
    assert old_json["stakeholders"][0]["name"] == "王伟"
    assert rapport("export", "acme", "--csv", tmp_path / "now.csv", db=db_path).returncode == 0
    assert csv_rows(tmp_path / "now.csv")[0]["Name"] == "王伟强"
    missing = rapport("export", "acme", "--xlsx", tmp_path / "v9.xlsx", "--version", "9",
                      db=db_path)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert not (tmp_path / "v9.xlsx").exists()


@pytest.mark.parametrize(("args", "message"), [
    ([], "one of the arguments --json --xlsx --csv is required"),
    (["--xlsx", "a.xlsx", "--csv", "a.csv"], "argument --csv: not allowed with argument --xlsx"),
    (["--json", "a.json", "--csv", "a.csv"], "argument --csv: not allowed with argument --json"),
    (["--xlsx", "a.xlsx", "--rescue"], "--rescue writes an account file: use it with --json, "
                                       "not --xlsx"),
    (["--csv", "a.csv", "--rescue"], "--rescue writes an account file: use it with --json, "
                                     "not --csv"),
])
def test_exactly_one_format_and_rescue_only_as_json(tmp_path: Path, demo_db: Path,
                                                    args: list[str], message: str) -> None:
    result = rapport("export", "demo-ural", *[tmp_path / a if "." in a else a for a in args],
                     db=demo_db)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == f"rapport export: error: {message}"
    assert list(tmp_path.iterdir()) == []


def test_names_that_look_like_formulas_stay_text_end_to_end(tmp_path: Path,
                                                            db_path: Path) -> None:
    doc = account_doc()
    doc["stakeholders"][0]["name"] = '=HYPERLINK("http://evil","x")'
    doc["stakeholders"][1]["name"] = "+cmd|' /C calc'!A0"
    doc["stakeholders"][2]["name"] = "@SUM(1)"
    doc["stakeholders"][2]["title"] = "-2+3"
    assert rapport("import", write(tmp_path / "evil.json", doc), db=db_path).returncode == 0
    assert rapport("export", "acme", "--csv", tmp_path / "p.csv", db=db_path).returncode == 0
    assert rapport("export", "acme", "--xlsx", tmp_path / "p.xlsx", db=db_path).returncode == 0
    rows = csv_rows(tmp_path / "p.csv")
    assert [r["Name"] for r in rows] == [
        "'=HYPERLINK(\"http://evil\",\"x\")", "'+cmd|' /C calc'!A0", "'@SUM(1)"]
    assert rows[2]["Title"] == "'-2+3" and rows[1]["Reports to"] == rows[0]["Name"]
    people = openpyxl.load_workbook(tmp_path / "p.xlsx")["People"]
    cells = [people["A2"], people["A3"], people["A4"], people["B4"], people["D3"]]
    assert [(c.value, c.data_type) for c in cells] == [
        ('=HYPERLINK("http://evil","x")', "s"), ("+cmd|' /C calc'!A0", "s"),
        ("@SUM(1)", "s"), ("-2+3", "s"), ('=HYPERLINK("http://evil","x")', "s")]


def test_a_text_too_long_for_an_excel_cell_is_cut_with_a_warning(tmp_path: Path,
                                                                   db_path: Path) -> None:
    doc = account_doc()
    doc["stakeholders"][0]["notes"] = "長" * 40_000
    assert rapport("import", write(tmp_path / "long.json", doc), db=db_path).returncode == 0
    result = rapport("export", "acme", "--xlsx", tmp_path / "p.xlsx", db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ("rapport: warning: 1 cell held more than an Excel cell does "
                             "(32,767 characters) and was cut; --json keeps every text "
                             "whole\n")
    assert len(openpyxl.load_workbook(tmp_path / "p.xlsx")["People"]["S2"].value) == 32_767
    result = rapport("export", "acme", "--csv", tmp_path / "p.csv", db=db_path)
    assert result.returncode == 0 and result.stderr == ""  # the CSV holds it whole
    assert csv_rows(tmp_path / "p.csv")[0]["Notes"] == "長" * 40_000


@pytest.mark.parametrize("option", ["--xlsx", "--csv"])
def test_a_read_only_file_a_fifo_and_a_missing_folder_are_refused(
        tmp_path: Path, demo_db: Path, option: str) -> None:
    suffix = option.replace("--", ".")
    kept = tmp_path / f"signed-off{suffix}"
    kept.write_text(OLD)
    kept.chmod(0o444)
    result = rapport("export", "demo-ural", option, kept, db=demo_db)
    assert result.returncode == 1
    assert result.stderr == (f"rapport: error: {kept} is read-only; it was left as it is. "
                             "Make it writable or choose another file name.\n")
    assert (kept.read_text(), stat.S_IMODE(kept.stat().st_mode)) == (OLD, 0o444)
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / f"pipe{suffix}"
        os.mkfifo(pipe)
        link = tmp_path / f"link{suffix}"
        link.symlink_to(pipe)
        for out in (pipe, link):
            result = rapport("export", "demo-ural", option, out, db=demo_db)  # no hang
            assert result.returncode == 1
            assert "named pipe (FIFO), not a regular file" in result.stderr
        assert stat.S_ISFIFO(os.lstat(pipe).st_mode) and link.is_symlink()
    result = rapport("export", "demo-ural", option, tmp_path / "nowhere" / f"p{suffix}",
                     db=demo_db)
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert not any(p.name.startswith(".rapport-") for p in tmp_path.iterdir())


def test_an_existing_file_is_replaced_and_an_unknown_account_is_an_error(
        tmp_path: Path, demo_db: Path) -> None:
    out = tmp_path / "people.csv"
    out.write_text(OLD)
    unknown = rapport("export", "no-such-account", "--csv", out, db=demo_db)
    assert unknown.returncode == 1
    assert unknown.stderr == 'rapport: error: No account with id or name "no-such-account".\n'
    assert out.read_text() == OLD
    assert rapport("export", "demo-northwind", "--csv", out, db=demo_db).returncode == 0
    assert len(csv_rows(out)) == 32


def test_openpyxl_loads_only_for_a_spreadsheet_export(tmp_path: Path, demo_db: Path) -> None:
    status, loaded, _ = run("export", "--help")
    assert status == 0 and "openpyxl" not in loaded
    status, loaded, printed = run("export", "demo-ural", "--json", str(tmp_path / "u.json"),
                                  "--db", str(demo_db))
    assert status == 0 and "exported demo-ural" in printed and "openpyxl" not in loaded
    status, loaded, printed = run("export", "demo-ural", "--xlsx", str(tmp_path / "u.xlsx"),
                                  "--db", str(demo_db))
    assert status == 0 and "openpyxl" in loaded
