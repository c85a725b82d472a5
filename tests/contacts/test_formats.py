"""Contact files as users' tools write them come out as the names they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.contacts import layout, open_source, read_source
from app.contacts.encoding import decode
from app.errors import InvalidInput
from tests.contacts.samples import (
    BITRIX_CSV,
    CHINESE_CSV,
    SALESFORCE_CSV,
    VCARD_21,
    VCARD_30,
    VCARD_40,
    by_row,
    plan_path,
    workbook,
    write,
)


def test_gbk_chinese_csv_is_read_as_chinese(tmp_path: Path) -> None:
    table = open_source(write(tmp_path, "联系人.csv", CHINESE_CSV, "gbk"))
    assert (table.kind, table.encoding, table.delimiter) == ("csv", "gb18030", ",")
    assert table.rows[1] == (2, ("王伟", "总经理", "总经办", "", "138 0013 8000",
                                 "wang.wei@huaxin.cn"))


def test_cp1251_bitrix_export_is_read_as_russian(tmp_path: Path) -> None:
    table = open_source(write(tmp_path, "contacts.csv", BITRIX_CSV, "cp1251"))
    assert (table.encoding, table.delimiter) == ("cp1251", ";")
    assert table.rows[1][1][2:5] == ("Алексей", "Петрович", "Иванов")
    assert table.rows[3][1][4] == "Ёлкин"


def test_russian_that_also_decodes_as_gb18030_is_still_russian() -> None:
    """Even-length Cyrillic words are valid GB18030 bytes (rare hanzi): the guess must
    not fall for them."""
    text = "Name,Boss\r\nИван Глеб,Анна\r\nПетр Инна,Вера\r\nГЛЕБ ЛИДА,Иван\r\n"
    data = text.encode("cp1251")
    data.decode("gb18030")  # the trap is real
    assert decode(data).text == text and decode(data).encoding == "cp1251"


def test_western_cp1252_and_utf16_files() -> None:
    text = "Name;Title\r\nJürgen Müller;Geschäftsführer\r\nFrançois Lefèvre;Directeur\r\n"
    assert decode(text.encode("cp1252")).text == text
    for codec in ("utf-16", "utf-16-le"):  # Excel's "Unicode text": tabs, UTF-16
        table = read_source("姓名\t职务\r\n王伟\t总经理\r\n".encode(codec), "x.txt")
        assert table.rows[1] == (2, ("王伟", "总经理")) and table.delimiter == "\t"


def test_the_encoding_can_be_overridden_and_a_wrong_one_is_refused(tmp_path: Path) -> None:
    data = "Имя,Фамилия\r\nИван,Олег\r\n".encode("cp1251")
    assert read_source(data, "x.csv", encoding="koi8-r").encoding == "koi8-r"
    forced = read_source(data, "x.csv", encoding="cp1251")
    assert forced.rows[1][1] == ("Иван", "Олег") and forced.encoding_reason == "chosen by you"
    with pytest.raises(InvalidInput, match="not utf-8 text"):
        read_source(data, "x.csv", encoding="utf-8")
    with pytest.raises(InvalidInput, match="unknown encoding"):
        read_source(data, "x.csv", encoding="klingon")


def test_salesforce_export_with_bom_is_recognised(tmp_path: Path) -> None:
    table = open_source(write(tmp_path, "Contact.csv", SALESFORCE_CSV))
    view = layout(table)
    assert table.encoding == "utf-8-sig" and view.preset == "salesforce"
    assert view.columns[0] == "Id"  # no byte-order mark glued to the first header
    assert view.mapping.fields["manager"] == "ReportsToId"
    assert view.unmapped == ("AccountId",)


def test_xlsx_with_the_header_below_a_title(tmp_path: Path) -> None:
    data = workbook([["Key contacts: Acme GmbH"], ["exported 2026-01-05"], [],
                     ["No.", "Full name", "Job title", "Reports to", "E-mail", "Mobile"],
                     [1, "Anna Weber", "CFO", None, "anna@acme.de", 4930123456],
                     [2, "Tom Lee", "Buyer", "Anna Weber", "tom@acme.de", 8613800138000.0]])
    path = write(tmp_path, "export.dat", data)  # the content says workbook, not the name
    table = open_source(path)
    view = layout(table)
    assert (table.kind, table.sheet, view.header_row) == ("xlsx", "Contacts", 4)
    assert view.unmapped == ("No.",)
    rows = by_row(plan_path(path))
    assert rows[5].changes["phone"] == (None, "4930123456")  # a number cell, as typed
    assert rows[6].changes["phone"] == (None, "8613800138000")  # not 8.6e12 nor "….0"
    assert rows[6].changes["reports_to"] == (None, rows[5].person_id)


def test_csv_title_lines_and_excel_sep_hint(tmp_path: Path) -> None:
    text = ("sep=;\r\nКонтакты ООО Ромашка\r\n\r\nФИО;Должность;Почта\r\n"
            "Иванов Иван;Директор;i@r.ru\r\n")
    view = layout(read_source(text.encode("utf-8"), "x.csv"))
    assert view.header_row == 4 and view.table.delimiter == ";"
    assert view.records() == [(5, {"name": "Иванов Иван", "title": "Директор",
                                   "email": "i@r.ru"})]


def test_multiline_cells_keep_excel_row_numbers() -> None:
    text = 'Name,Notes\r\nAnna,"line one\r\nline two"\r\nBob,x\r\n'
    view = layout(read_source(text.encode(), "x.csv"))
    assert [n for n, _ in view.records()] == [2, 3]


def test_vcard_21_quoted_printable_utf8(tmp_path: Path) -> None:
    plan = plan_path(write(tmp_path, "contacts.vcf", VCARD_21))
    first, second = plan.rows
    assert first.name == "王芳" and first.action == "create"
    assert first.record is not None
    assert {k: first.record[k] for k in ("title", "department", "phone", "email")} == {
        "title": "采购经理", "department": "采购部", "phone": "+86 139 1234 5678",
        "email": "wang.fang@huaxin.cn"}
    assert first.record["messengers"] == {"wechat": "wangfang88"}
    assert first.record["notes"] == "喜欢茶\n不喝咖啡"  # a soft line break, then a hard one
    assert second.name == "Олег Иванович Петров"


def test_vcard_30_and_40(tmp_path: Path) -> None:
    plan = plan_path(write(tmp_path, "a.vcf", VCARD_30))
    anna, max_ = (r.record for r in plan.rows)
    assert anna is not None and max_ is not None
    assert anna["name"] == "Dr. Anna Weber" and anna["department"] == "Finance / Controlling"
    assert anna["phone"] == "+49 170 1234567"  # the preferred number first
    assert anna["messengers"] == {"telegram": "annaweber",
                                  "linkedin": "https://www.linkedin.com/in/annaweber"}
    assert anna["notes"] == "Prefers calls, not mail"
    assert max_["reports_to"] == plan.rows[0].person_id  # Outlook's X-MS-MANAGER
    (oleg,) = plan_path(write(tmp_path, "b.vcf", VCARD_40)).rows
    assert oleg.record is not None
    assert (oleg.record["phone"], oleg.record["department"]) == ("+7-916-123-45-67",
                                                                 "Отдел закупок")


def test_a_broken_card_is_reported_and_the_others_come_in(tmp_path: Path) -> None:
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Max\r\nN:=;;\r\nBEGIN:VCARD\r\nEND:VCARD\r\n"
    plan = plan_path(write(tmp_path, "x.vcf", VCARD_40 + broken))
    assert plan.rows[0].action == "create"
    assert plan.rows[1].action == "skip" and plan.rows[1].problems
    assert str(plan.rows[1].problems[0]).startswith("card 2: ")
