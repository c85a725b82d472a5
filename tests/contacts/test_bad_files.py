"""A file that is no contact list gets one clear message, and the account stays as it was."""

from __future__ import annotations

import os
import random
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from app.contacts import MAX_ROWS, layout, open_source, plan_import, read_source
from app.errors import InvalidInput
from tests.conftest import parsed_doc
from tests.contacts.samples import workbook, write


def _only_problem(err: pytest.ExceptionInfo[InvalidInput]) -> str:
    assert len(err.value.problems) == 1, err.value.problems
    return err.value.problems[0].message


def _refused(data: bytes, name: str = "contacts.csv") -> str:
    doc = parsed_doc()
    before = doc.model_dump()
    with pytest.raises(InvalidInput) as err:
        plan_import(doc, layout(read_source(data, name)))
    assert doc.model_dump() == before
    return _only_problem(err)


def _zip(members: dict[str, bytes]) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "the file is empty"),
    (b"  \r\n\r\n", "the file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "Excel 97-2003"),
    (b"PK\x03\x04garbage", "damaged zip"),
    (_zip({"word/document.xml": b"<w/>"}), "a Word document, not an Excel workbook"),
    (_zip({"readme.txt": b"hello"}), "a zip archive, not an Excel workbook"),
    (_zip({"xl/workbook.xml": b"<not a workbook"}), "a damaged Excel workbook"),
    (b"Name,E-mail\r\n", "no contacts below the header (row 1)"),
    (b"Company,Revenue\r\nAcme,100\r\n", "no name column"),
    ("\ufeffBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half a card\r\n".encode(), "no complete card"),
])
def test_bad_files_give_one_clear_message(data: bytes, expected: str) -> None:
    assert expected in _refused(data)


def test_ten_megabytes_of_random_garbage() -> None:
    rng = random.Random(14)
    garbage = rng.randbytes(10 * 1024 * 1024)
    message = _refused(garbage, "contacts.xlsx")
    assert "binary file" in message or "not text" in message
    no_nul = bytes(b or 1 for b in garbage[:2 * 1024 * 1024])
    assert "not a contact list" in _refused(no_nul)


def test_an_empty_workbook_and_a_header_only_one(tmp_path: Path) -> None:
    assert "sheets are empty" in _refused(workbook([]), "x.xlsx")
    header_only = workbook([["Title"], [], ["Name", "Phone"]])
    assert "no contacts below the header (row 3)" in _refused(header_only, "x.xlsx")


def test_the_size_and_row_caps_say_so(tmp_path: Path) -> None:
    big = tmp_path / "huge.csv"
    with big.open("wb") as f:
        f.truncate(60 * 1024 * 1024)  # sparse: 60 MB without writing them
    with pytest.raises(InvalidInput) as err:
        open_source(big)
    assert "at most 50 MB" in _only_problem(err)
    rows = "Name\r\n" + "".join(f"Person {i}\r\n" for i in range(MAX_ROWS + 100))
    assert f"more than {MAX_ROWS:,} contacts" in _refused(rows.encode())
    wide = ",".join(["x"] * 600) + "\r\n"
    assert "at most 500" in _refused(wide.encode())


def test_an_unreadable_path_is_one_message(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as err:
        open_source(tmp_path / "missing.csv")
    assert "cannot be read" in _only_problem(err)
    with pytest.raises(InvalidInput) as err:
        open_source(tmp_path)
    assert _only_problem(err) == "not a file"
    if hasattr(os, "mkfifo"):  # a pipe would block a reader forever
        os.mkfifo(tmp_path / "pipe.csv")
        with pytest.raises(InvalidInput, match="not a file"):
            open_source(tmp_path / "pipe.csv")
    if os.name == "posix" and os.geteuid() != 0:
        locked = write(tmp_path, "locked.csv", "Name\r\nA\r\n")
        locked.chmod(0)
        with pytest.raises(InvalidInput):
            open_source(locked)


def test_a_cell_beyond_the_csv_limit_is_one_message() -> None:
    text = 'Name,Notes\r\nAnna,"' + "x" * 200_000 + '"\r\n'
    assert "a cell longer than" in _refused(text.encode())
