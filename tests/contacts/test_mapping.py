"""Columns are mapped from their names in three languages and from CRM presets; a
mapping is a small JSON value the user can correct and keep."""

from __future__ import annotations

import json

import pytest

from app.contacts import NO_HEADER, Mapping, auto_mapping, layout, read_source
from app.contacts.fields import header_key
from app.errors import InvalidInput


def _fields(*headers: str, preset: str | None = None) -> dict[str, str]:
    return auto_mapping(list(headers), preset).fields


def test_header_names_in_english_russian_and_chinese() -> None:
    assert _fields("Full name", "Job Title", "Dept.", "Reports to", "E-mail", "Mobile",
                   "WeChat ID") == {
        "name": "Full name", "title": "Job Title", "department": "Dept.",
        "manager": "Reports to", "email": "E-mail", "phone": "Mobile", "wechat": "WeChat ID"}
    assert _fields("ФИО", "Должность", "Отдел", "Руководитель", "Эл. почта", "Телефон",
                   "Телеграм") == {
        "name": "ФИО", "title": "Должность", "department": "Отдел", "manager": "Руководитель",
        "email": "Эл. почта", "phone": "Телефон", "telegram": "Телеграм"}
    assert _fields("姓", "名", "职位", "部门", "直属领导", "邮箱", "手机", "微信", "钉钉") == {
        "last_name": "姓", "first_name": "名", "title": "职位", "department": "部门",
        "manager": "直属领导", "email": "邮箱", "phone": "手机", "wechat": "微信",
        "dingtalk": "钉钉"}


def test_names_are_compared_without_case_width_spaces_or_punctuation() -> None:
    assert {header_key(h) for h in ("E-mail", " e_mail ", "Ｅｍａｉｌ", "EMAIL:")} == {"email"}
    assert header_key("Рабочий телефон (контакт)") == header_key("рабочий  телефон")
    assert header_key("Ё-mail") == header_key("е-mail")


def test_a_second_phone_or_email_column_is_the_fallback() -> None:
    assert _fields("Name", "Work phone", "Mobile", "Email", "Personal email", "Fax") == {
        "name": "Name", "phone": "Work phone", "other_phone": "Mobile", "email": "Email",
        "other_email": "Personal email"}


@pytest.mark.parametrize(("headers", "preset", "expected"), [
    (["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Job Title",
      "Contact owner", "Lifecycle Stage"], "hubspot",
     {"source_id": "Record ID", "first_name": "First Name", "last_name": "Last Name",
      "email": "Email", "phone": "Phone Number", "title": "Job Title",
      "our_owner": "Contact owner"}),
    (["(Do Not Modify) Contact", "(Do Not Modify) Row Checksum", "Full Name", "Job Title",
      "Department", "Email", "Business Phone", "Mobile Phone", "Manager"], "dynamics",
     {"source_id": "(Do Not Modify) Contact", "name": "Full Name", "title": "Job Title",
      "department": "Department", "email": "Email", "phone": "Business Phone",
      "other_phone": "Mobile Phone", "manager": "Manager"}),
    (["ID", "NAME", "SECOND_NAME", "LAST_NAME", "POST", "Частный e-mail"], "bitrix24",
     {"source_id": "ID", "first_name": "NAME", "middle_name": "SECOND_NAME",
      "last_name": "LAST_NAME", "title": "POST", "other_email": "Частный e-mail"}),
    (["ID", "Полное имя (контакт)", "Должность (контакт)", "Рабочий телефон (контакт)",
      "Рабочий email (контакт)", "Ответственный"], "amocrm",
     {"source_id": "ID", "name": "Полное имя (контакт)", "title": "Должность (контакт)",
      "phone": "Рабочий телефон (контакт)", "email": "Рабочий email (контакт)",
      "our_owner": "Ответственный"}),
])
def test_crm_exports_are_recognised_and_mapped(headers: list[str], preset: str,
                                               expected: dict[str, str]) -> None:
    view = layout(read_source((",".join(headers) + "\r\n" + ",".join("x" * len(headers))
                               + "\r\n").encode(), "export.csv"))
    assert view.preset == preset
    assert view.mapping.fields == expected


def test_bitrix_name_is_a_first_name_only_in_its_preset() -> None:
    data = "NAME,SECOND_NAME,LAST_NAME\r\nИван,Ильич,Петров\r\n".encode()
    assert layout(read_source(data, "x.csv")).mapping.fields["first_name"] == "NAME"
    generic = layout(read_source(data, "x.csv"), preset="generic")
    assert generic.preset is None and generic.mapping.fields["name"] == "NAME"


def test_a_mapping_round_trips_through_json_and_corrects_the_guess() -> None:
    table = read_source(b"Name,Org unit,Remarks\r\nAnna,Sales,hi\r\n", "x.csv")
    fixed = Mapping.from_json('{"Org unit": "department", "Remarks": null}')
    view = layout(table, mapping=fixed)
    assert view.mapping.fields == {"name": "Name", "department": "Org unit"}
    assert view.unmapped == ("Remarks",)
    saved = json.dumps(view.mapping.to_json(), ensure_ascii=False)
    assert layout(table, mapping=saved).mapping == view.mapping
    moved = layout(table, mapping={"Remarks": "name"})  # the guess gives "name" up
    assert moved.mapping.fields == {"name": "Remarks"}
    assert "Name" in moved.unmapped


def test_bad_mappings_are_refused_with_every_reason() -> None:
    with pytest.raises(InvalidInput) as err:
        Mapping.from_json({"A": "email", "B": "email", "C": "shoe_size", "D": 3})
    messages = [p.message for p in err.value.problems]
    assert len(messages) == 3
    assert "mapped twice (also from column \"A\")" in messages[0]
    assert "unknown field \"shoe_size\"" in messages[1]
    assert "must name a column and a field" in messages[2]
    with pytest.raises(InvalidInput, match="not JSON"):
        Mapping.from_json("{name: Name}")
    table = read_source(b"Name\r\nAnna\r\n", "x.csv")
    with pytest.raises(InvalidInput, match="no such column in the file; its columns are Name"):
        layout(table, mapping={"Nmae": "name"})
    with pytest.raises(InvalidInput, match="unknown preset"):
        layout(table, preset="sap")


def test_empty_and_repeated_headers_get_names_and_the_header_row_can_be_chosen() -> None:
    table = read_source(b"Title line\r\nName,,Phone,Phone\r\nAnna,x,1,2,extra\r\n",
                        "x.csv")
    view = layout(table)
    assert view.header_row == 2
    assert view.columns == ("Name", "Column B", "Phone", "Phone (2)", "Column E")
    assert view.mapping.fields == {"name": "Name", "phone": "Phone",
                                   "other_phone": "Phone (2)"}
    chosen = layout(table, header_row=1)
    assert chosen.header_row == 1 and not chosen.has_name
    with pytest.raises(InvalidInput, match="row 7 is empty or not in the file"):
        layout(table, header_row=7)


def test_a_file_without_a_header_row() -> None:
    table = read_source(b"Anna Weber,anna@acme.de\r\nMax Braun,max@acme.de\r\n",
                        "names.csv")
    view = layout(table, header_row=NO_HEADER, mapping={"Column A": "name"})
    assert view.columns == ("Column A", "Column B")
    assert view.mapping.fields == {"name": "Column A"}  # the e-mails need a correction too
    assert [n for n, _ in view.records()] == [1, 2]
