"""The people (and the plan's lists) as spreadsheets, read back as a user's Excel would
read them: openpyxl for the workbook, the csv module for the CSV, the bytes for the BOM."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.atomic import ReadOnlyTarget
from app.errors import RapportError
from app.fileformat import spreadsheet
from app.fileformat.spreadsheet import (
    CUT_MARK,
    EXCEL_CELL_LIMIT,
    PEOPLE_HEADERS,
    REPLACEMENT,
    csv_text,
    people_csv_bytes,
    people_rows,
    sheets,
    workbook_bytes,
    write_people_csv,
    write_workbook,
)
from app.models.account import AccountFile, stored_rows
from tests.conftest import account_doc

#: what must stay text wherever it is written (CSV / formula injection)
FORMULAS = ['=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)",
            "=1+1", " =1+1"]


def plan_doc(**changes: Any) -> dict[str, Any]:
    """The conftest account with contact details, a team and a plan to export."""
    data = account_doc()
    people = data["stakeholders"]
    people[0].update(department="总经办", email="wang.wei@huadong.cn",
                     phone="+86 21 6888 1234", our_owner="Anna Weber",
                     messengers={"wechat": "wangwei_hd", "dingtalk": "wangwei"},
                     last_contact="2026-09-15", notes="Line one\n\tindented line two")
    people[1].update(department="Финансы", role="gatekeeper",
                     messengers={"telegram": "@olga_i", "whatsapp": "+7 916 123 45 67",
                                 "linkedin": "in/olga", "other": "skype:olga"})
    data["team"] = [{"id": "t1", "name": "Anna Weber"}, {"id": "t2", "name": "Том Бекер"}]
    data["objectives"] = [{"id": "o1", "title": "Renew the framework"}]
    data["risks"] = [
        {"id": "r1", "title": "Price-only tender", "category": "financial", "likelihood": 4,
         "impact": 5, "mitigation": "Cost breakdown", "owner": "t1",
         "escalation": "management", "status": "mitigating"},
        {"id": "r2", "title": "Ольга favours the competitor", "internal": True},
    ]
    data["actions"] = [
        {"id": "a1", "title": "Send the cost breakdown", "owner": "t2", "due": "2026-12-01",
         "status": "in_progress", "objective": "o1", "risk": "r1", "stakeholder": "s2",
         "notes": "before the tender"},
        {"id": "a2", "title": "技术交流"},
    ]
    data["interactions"].append({"date": "2026-11-02", "channel": "meeting",
                                 "participants": ["s1", "s2"], "summary": "Квартальный обзор"})
    data.update(changes)
    return data


def parsed(data: dict[str, Any]) -> AccountFile:
    return AccountFile.model_validate(data, strict=False)


def stored(data: dict[str, Any]) -> AccountFile:
    """A document as the database may hold it: made before a rule refused some
    characters (a lone surrogate, a bell in the notes)."""
    with stored_rows():
        return AccountFile.model_validate(data, strict=False)


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8 in any locale
    return list(csv.DictReader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def read_book(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data))


def by_header(ws: Any) -> list[dict[str, Any]]:
    """A sheet's rows as header -> cell."""
    rows = list(ws.iter_rows())
    headers = [c.value for c in rows[0]]
    return [dict(zip(headers, row, strict=True)) for row in rows[1:]]


# -- the people ---------------------------------------------------------------------------

def test_people_rows_are_what_the_people_table_shows_with_every_contact_detail() -> None:
    rows = [dict(zip(PEOPLE_HEADERS, r, strict=True)) for r in people_rows(parsed(plan_doc()))]
    wang, olga, jane = rows
    assert (wang["Name"], wang["Department"], wang["E-mail"], wang["Phone"]) == (
        "王伟", "总经办", "wang.wei@huadong.cn", "+86 21 6888 1234")
    assert (wang["WeChat"], wang["DingTalk"], wang["Telegram"]) == ("wangwei_hd", "wangwei", None)
    assert (olga["Telegram"], olga["WhatsApp"], olga["LinkedIn"], olga["Other messenger"]) == (
        "@olga_i", "+7 916 123 45 67", "in/olga", "skype:olga")
    # the manager by name, and by id for a re-import that links by id
    assert [(r["Reports to"], r["Id"], r["Manager id"]) for r in rows] == [
        (None, "s1", None), ("王伟", "s2", "s1"), ("Ольга Иванова", "s3", "s2")]
    # the app's wording for vocabularies; levels as numbers; the date a date
    assert (wang["Buying role"], wang["Stance"], olga["Buying role"]) == (
        "Economic buyer", "Neutral", "Gatekeeper")
    assert [(r["Influence"], r["Relationship"]) for r in rows] == [
        (5, "1 Acquainted"), (4, "2 Working"), (2, "3 Trusted")]
    assert (wang["Last contact"], wang["Our owner"]) == (dt.date(2026, 9, 15), "Anna Weber")
    assert wang["Notes"] == "Line one\n\tindented line two"


def test_the_csv_has_a_bom_and_chinese_and_cyrillic_names_intact() -> None:
    data = people_csv_bytes(parsed(plan_doc()))
    rows = read_csv(data)
    assert list(rows[0]) == list(PEOPLE_HEADERS)
    assert [r["Name"] for r in rows] == ["王伟", "Ольга Иванова", "Jane Doe"]
    assert [r["Reports to"] for r in rows] == ["", "王伟", "Ольга Иванова"]
    assert [r["Manager id"] for r in rows] == ["", "s1", "s2"]
    assert (rows[0]["Department"], rows[1]["Department"]) == ("总经办", "Финансы")
    assert rows[0]["Last contact"] == "2026-09-15" and rows[2]["Influence"] == "2"
    assert rows[0]["Notes"] == "Line one\n\tindented line two"  # quoted, kept whole
    assert data.count(b"\r\n") >= 4  # the line ends Excel expects
    # no BOM in the middle, and the text is UTF-8 (not GBK, not cp1251)
    assert "王伟".encode() in data and "Ольга".encode() in data and data.count(b"\xef\xbb\xbf") == 1


@pytest.mark.parametrize("text", FORMULAS)
def test_a_csv_cell_that_looks_like_a_formula_gets_an_apostrophe(text: str) -> None:
    data = plan_doc()
    data["stakeholders"][0]["name"] = text.strip()
    data["stakeholders"][1]["title"] = text
    data["stakeholders"][2]["notes"] = "\t" + text
    rows = read_csv(people_csv_bytes(parsed(data)))
    assert rows[0]["Name"] == "'" + text.strip()
    assert rows[1]["Title"] == "'" + text
    assert rows[1]["Reports to"] == "'" + text.strip()  # the manager's name too
    assert rows[2]["Notes"] == "'\t" + text


def test_only_what_looks_like_a_formula_is_prefixed() -> None:
    for plain in ("Jane Doe", "王伟", "a=b", "50%", "E-mail: x@y.z", "#N/A", ""):
        assert csv_text(plain) == plain
    for risky in ("=A1", "+7 495 123-45-67", "-", "@x", "\tx", "\rx", "\n=x", "  +1"):
        assert csv_text(risky) == "'" + risky


# -- the workbook -------------------------------------------------------------------------

def test_the_workbook_has_four_sheets_with_frozen_bold_filtered_headers() -> None:
    book = read_book(workbook_bytes(parsed(plan_doc())))
    assert book.sheetnames == ["People", "Actions", "Risks", "Interactions"]
    expected = {"People": ("B2", "A1:U4"), "Actions": ("A2", "A1:H3"),
                "Risks": ("A2", "A1:K3"), "Interactions": ("A2", "A1:E3")}
    for ws in book:
        header = next(ws.iter_rows(max_row=1))
        assert all(c.font.bold for c in header) and all(c.data_type == "s" for c in header)
        assert (ws.freeze_panes, ws.auto_filter.ref) == expected[ws.title]
        widths = [ws.column_dimensions[c.column_letter].width for c in header]
        assert all(8 <= w <= 60 for w in widths), (ws.title, widths)
    people = book["People"]
    assert [c.value for c in people[1]] == list(PEOPLE_HEADERS)
    # a wide column for the long Chinese and Russian names, a narrow one for Influence
    assert people.column_dimensions["A"].width >= len("Ольга Иванова")
    assert people.column_dimensions["O"].width < 15


def test_the_people_sheet_holds_names_dates_and_numbers_as_excel_would() -> None:
    book = read_book(workbook_bytes(parsed(plan_doc())))
    wang, olga, jane = by_header(book["People"])
    assert [p["Name"].value for p in (wang, olga, jane)] == ["王伟", "Ольга Иванова", "Jane Doe"]
    assert (olga["Reports to"].value, jane["Reports to"].value) == ("王伟", "Ольга Иванова")
    assert (olga["Manager id"].value, wang["Manager id"].value) == ("s1", None)
    assert wang["Last contact"].is_date
    assert wang["Last contact"].value.date() == dt.date(2026, 9, 15)
    assert wang["Last contact"].number_format == "yyyy-mm-dd"
    assert (wang["Influence"].value, wang["Influence"].data_type) == (5, "n")
    assert (wang["Stance"].value, wang["Buying role"].value) == ("Neutral", "Economic buyer")
    assert wang["Notes"].value == "Line one\n\tindented line two"
    assert olga["WhatsApp"].value == "+7 916 123 45 67" and olga["WhatsApp"].data_type == "s"


def test_the_plan_sheets_name_people_team_members_objectives_and_risks() -> None:
    book = read_book(workbook_bytes(parsed(plan_doc())))
    a1, a2 = by_header(book["Actions"])
    assert {k: c.value for k, c in a1.items() if k != "Due"} == {
        "Title": "Send the cost breakdown", "Owner": "Том Бекер", "Status": "In progress",
        "Objective": "Renew the framework", "Risk": "Price-only tender",
        "Stakeholder": "Ольга Иванова", "Notes": "before the tender"}
    assert a1["Due"].is_date and a1["Due"].value.date() == dt.date(2026, 12, 1)
    assert [c.value for c in a2.values()] == ["技术交流", *[None] * 7]
    r1, r2 = by_header(book["Risks"])
    assert {k: c.value for k, c in r1.items()} == {
        "Title": "Price-only tender", "Category": "Financial", "Likelihood": 4, "Impact": 5,
        "Score": 20, "Mitigation": "Cost breakdown", "Owner": "Anna Weber",
        "Escalation": "Management", "Status": "Mitigating", "Internal": False, "Notes": None}
    assert (r2["Internal"].value, r2["Score"].value) == (True, None)
    i1, i2 = by_header(book["Interactions"])
    assert i1["Date"].value.date() == dt.date(2026, 10, 1) and i1["Person"].value == "Jane Doe"
    assert (i1["Channel"].value, i1["Summary"].value) == ("Call", "Pilot scope")
    assert (i2["Person"].value, i2["Participants"].value) == (None, "王伟, Ольга Иванова")
    assert (i2["Channel"].value, i2["Summary"].value) == ("Meeting", "Квартальный обзор")


@pytest.mark.parametrize("text", [*FORMULAS, "#N/A", "#DIV/0!", "TRUE"])
def test_a_workbook_cell_that_looks_like_a_formula_stays_text(text: str) -> None:
    data = plan_doc()
    data["stakeholders"][0]["name"] = text.strip()
    data["stakeholders"][1]["notes"] = text
    data["risks"][0]["title"] = text.strip()
    data["interactions"][0]["summary"] = text
    raw = workbook_bytes(parsed(data))
    book = read_book(raw)
    cells = [book["People"]["A2"], book["People"]["D3"], book["People"]["S3"],
             book["Risks"]["A2"], book["Actions"]["F2"], book["Interactions"]["E2"]]
    for cell, expected in zip(cells, [text.strip(), text.strip(), text, text.strip(),
                                      text.strip(), text], strict=True):
        assert (cell.value, cell.data_type) == (expected, "s"), cell.coordinate
        # shown as typed with an apostrophe: editing the cell in Excel keeps it text
        assert cell.quotePrefix == spreadsheet.looks_like_formula(expected)
    with zipfile.ZipFile(io.BytesIO(raw)) as z:  # no formula anywhere in the file
        assert not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in z.namelist()
                       if n.startswith("xl/worksheets/"))


def test_characters_a_spreadsheet_cannot_hold_are_replaced_not_a_crash(
        tmp_path: Path) -> None:
    data = plan_doc()
    # what an account stored before these were refused may hold
    data["stakeholders"][0]["name"] = "王\ufffe伟"
    data["stakeholders"][1]["notes"] = "bell\x07, escape \x1b[31m, ok\ttab\n"
    data["interactions"][0]["summary"] = "form\x0cfeed"
    doc = stored(data)
    # half a surrogate pair cannot even be stored; should one get in, it is no crash
    olga = doc.stakeholders[1]
    olga = olga.model_copy(update={"notes": olga.notes.replace(", ok", ", half \ud800, ok")})
    doc = doc.model_copy(update={"stakeholders": [doc.stakeholders[0], olga,
                                                  doc.stakeholders[2]]})
    book_written = write_workbook(doc, tmp_path / "p.xlsx")
    csv_written = write_people_csv(doc, tmp_path / "p.csv")
    # counted by cell: the name, as a name and as a manager, and as a participant
    assert (book_written.replaced, book_written.cut) == (5, 0)
    assert (csv_written.replaced, csv_written.cut) == (3, 0)
    book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    assert book["People"]["A2"].value == f"王{REPLACEMENT}伟"
    assert book["People"]["D3"].value == f"王{REPLACEMENT}伟"
    assert book["People"]["S3"].value == (f"bell{REPLACEMENT}, escape {REPLACEMENT}[31m, "
                                          f"half {REPLACEMENT}, ok\ttab\n")
    assert book["Interactions"]["E2"].value == f"form{REPLACEMENT}feed"
    rows = read_csv((tmp_path / "p.csv").read_bytes())
    assert rows[0]["Name"] == f"王{REPLACEMENT}伟"
    assert rows[1]["Notes"].endswith(f"half {REPLACEMENT}, ok\ttab\n")


def test_a_text_that_fits_an_excel_cell_is_not_cut() -> None:
    data = plan_doc()
    data["stakeholders"][0]["notes"] = "я" * EXCEL_CELL_LIMIT
    data["stakeholders"][1]["notes"] = "𠀀" * (EXCEL_CELL_LIMIT // 2)
    people = read_book(workbook_bytes(parsed(data)))["People"]
    assert people["S2"].value == "я" * EXCEL_CELL_LIMIT
    assert people["S3"].value == "𠀀" * (EXCEL_CELL_LIMIT // 2)


@pytest.mark.parametrize("long_notes", [
    "Заметка " * 12_500,  # 100,000 characters, the format's limit
    "a" + "𠀀" * 16_400,  # 32,801 UTF-16 units: outside the BMP, each counts twice
], ids=["cyrillic", "astral"])
def test_a_text_longer_than_an_excel_cell_is_cut_with_a_mark_in_the_workbook_only(
        tmp_path: Path, long_notes: str) -> None:
    data = plan_doc()
    data["stakeholders"][0]["notes"] = long_notes
    doc = parsed(data)
    written = write_workbook(doc, tmp_path / "p.xlsx")
    assert written.cut == 1
    cell = openpyxl.load_workbook(tmp_path / "p.xlsx")["People"]["S2"].value
    units = len(cell.encode("utf-16-le")) // 2
    assert EXCEL_CELL_LIMIT - 1 <= units <= EXCEL_CELL_LIMIT and cell.endswith(CUT_MARK)
    assert long_notes.startswith(cell.removesuffix(CUT_MARK))
    assert write_people_csv(doc, tmp_path / "p.csv").cut == 0  # a CSV holds it whole
    assert read_csv((tmp_path / "p.csv").read_bytes())[0]["Notes"] == long_notes


def test_an_account_without_people_or_plan_gets_the_headers_alone() -> None:
    doc = parsed(account_doc(stakeholders=[], influences=[], interactions=[]))
    assert [(s.title, len(s.rows)) for s in sheets(doc)] == [
        ("People", 0), ("Actions", 0), ("Risks", 0), ("Interactions", 0)]
    book = read_book(workbook_bytes(doc))
    assert [(ws.max_row, ws.auto_filter.ref) for ws in book] == [
        (1, "A1:U1"), (1, "A1:H1"), (1, "A1:K1"), (1, "A1:E1")]
    assert read_csv(people_csv_bytes(doc)) == []
    assert people_csv_bytes(doc).decode("utf-8-sig").splitlines() == [",".join(PEOPLE_HEADERS)]


def thousand_people() -> AccountFile:
    data = account_doc(influences=[], interactions=[])
    data["stakeholders"] = [
        {"id": f"p{n}", "name": ("王伟", "Ольга Иванова", "Jane Doe")[n % 3] + f" {n}",
         "title": "Инженер-технолог", "department": f"部门 {n % 40}",
         "email": f"person{n}@example.com", "phone": f"+7 495 123-{n:04d}",
         "stance": "neutral", "influence": 1 + n % 5, "relationship": n % 5,
         "last_contact": "2026-10-01", "notes": "Notes on two\nlines",
         "reports_to": None if n == 0 else f"p{(n - 1) // 5}"} for n in range(1000)]
    data["interactions"] = [{"date": "2026-10-01", "stakeholder": f"p{n}", "channel": "call",
                             "summary": "Call"} for n in range(1000)]
    return parsed(data)


def test_a_thousand_people_are_written_in_reasonable_time(tmp_path: Path) -> None:
    doc = thousand_people()
    start = time.perf_counter()
    written = write_workbook(doc, tmp_path / "p.xlsx")
    book_seconds = time.perf_counter() - start
    start = time.perf_counter()
    write_people_csv(doc, tmp_path / "p.csv")
    csv_seconds = time.perf_counter() - start
    assert written.rows == {"People": 1000, "Actions": 0, "Risks": 0, "Interactions": 1000}
    assert book_seconds < 5 and csv_seconds < 2, (book_seconds, csv_seconds)
    people = openpyxl.load_workbook(tmp_path / "p.xlsx", read_only=True)["People"]
    rows = list(people.iter_rows(values_only=True))
    assert len(rows) == 1001 and rows[1000][0] == "王伟 999"
    assert rows[1000][3] == "Ольга Иванова 199" and rows[1000][20] == "p199"
    assert len(read_csv((tmp_path / "p.csv").read_bytes())) == 1000


# -- writing the file -----------------------------------------------------------------------

@pytest.mark.parametrize("write", [write_workbook, write_people_csv])
def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            write: Any) -> None:
    out = tmp_path / "people.out"
    out.write_text("the old file\n")

    def full_disk(_path: Path, _data: bytes) -> None:
        raise RapportError(f"Cannot write {out}: No space left on device.")

    monkeypatch.setattr(spreadsheet, "write_atomically", full_disk)
    with pytest.raises(RapportError, match="No space left"):
        write(parsed(plan_doc()), out)
    assert out.read_text() == "the old file\n"


_ON_A_FULL_DISK = """
import resource, signal, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from app.errors import RapportError
from app.fileformat.spreadsheet import write_people_csv, write_workbook
from app.services.demo import demo_documents

doc = next(d for d in demo_documents() if d.account.id == "demo-ural")
out = Path({out!r})
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))  # room for a little, not for all
try:
    (write_workbook if out.suffix == ".xlsx" else write_people_csv)(doc, out)
except RapportError as err:
    print(err)
    sys.exit(1)
"""


@pytest.mark.skipif(not hasattr(os, "setrlimit") and os.name != "posix",
                    reason="a full disk is a file size limit (POSIX)")
@pytest.mark.parametrize("name", ["people.xlsx", "people.csv"])
def test_a_full_disk_is_an_error_that_keeps_the_old_file(tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    out.write_text("the old file\n")
    script = _ON_A_FULL_DISK.format(root=str(Path(__file__).resolve().parents[2]),
                                    out=str(out))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            encoding="utf-8", timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout == f"Cannot write {out}: File too large.\n"
    assert out.read_text() == "the old file\n"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


@pytest.mark.parametrize("write", [write_workbook, write_people_csv])
def test_a_read_only_file_is_kept_and_a_fifo_refused(tmp_path: Path, write: Any) -> None:
    doc = parsed(plan_doc())
    kept = tmp_path / "signed-off.xlsx"
    kept.write_text("keep me\n")
    kept.chmod(0o444)
    with pytest.raises(ReadOnlyTarget):
        write(doc, kept)
    assert (kept.read_text(), stat.S_IMODE(kept.stat().st_mode)) == ("keep me\n", 0o444)
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / "pipe.csv"
        os.mkfifo(pipe)
        with pytest.raises(RapportError, match="named pipe"):
            write(doc, pipe)  # a write to it would hang
    with pytest.raises(RapportError, match="does not exist"):
        write(doc, tmp_path / "missing" / "p.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["signed-off.xlsx", *(["pipe.csv"] if hasattr(os, "mkfifo") else [])])


def test_nothing_is_written_to_the_system_temporary_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """openpyxl would put each sheet in a temporary file there: the people's details
    outside the chosen folder (left behind if the process is killed)."""
    # a temporary folder that does not exist: any temporary file there would fail
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-system-temp"))
    write_workbook(parsed(plan_doc()), tmp_path / "p.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["p.xlsx"]
    with zipfile.ZipFile(tmp_path / "p.xlsx") as z:
        assert z.testzip() is None
        assert {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml"} <= set(z.namelist())


def test_the_written_file_replaces_an_existing_one_whole(tmp_path: Path) -> None:
    out = tmp_path / "people.xlsx"
    out.write_text("an older export\n")
    written = write_workbook(parsed(plan_doc()), out)
    assert written.path == out and written.rows["People"] == 3
    assert openpyxl.load_workbook(out)["People"]["A2"].value == "王伟"
    assert [p.name for p in tmp_path.iterdir()] == ["people.xlsx"]  # no temporary left


def test_the_headers_are_those_the_contacts_import_maps_back() -> None:
    mapping = pytest.importorskip("app.contacts.mapping")
    fields = mapping.auto_mapping(list(PEOPLE_HEADERS)).fields
    assert fields == {
        "name": "Name", "title": "Title", "department": "Department", "manager": "Reports to",
        "email": "E-mail", "phone": "Phone", "wechat": "WeChat", "telegram": "Telegram",
        "whatsapp": "WhatsApp", "linkedin": "LinkedIn", "dingtalk": "DingTalk",
        "other_messenger": "Other messenger", "role": "Buying role", "stance": "Stance",
        "our_owner": "Our owner", "notes": "Notes", "source_id": "Id"}
