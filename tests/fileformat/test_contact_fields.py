"""People's e-mail, phone and messenger handles: optional, checked, kept as written."""

from __future__ import annotations

import json

import pytest

from app.errors import InvalidInput
from app.fileformat import parse_account_file
from app.fileformat.writer import dump_account_file
from app.reports.editions import client_document
from tests.conftest import account_doc


def _with_first_person(**fields: object) -> bytes:
    data = account_doc()
    data["stakeholders"][0].update(fields)
    return json.dumps(data, ensure_ascii=False).encode()


def test_contact_details_are_kept_exactly_as_written() -> None:
    doc = parse_account_file(_with_first_person(
        email="wang.wei@huadong.cn", phone="+86 (21) 6888-1234 доб. 12",
        messengers={"wechat": "wangwei_hd", "telegram": "@wangwei"}))
    person = doc.stakeholders[0]
    assert (person.email, person.phone) == ("wang.wei@huadong.cn", "+86 (21) 6888-1234 доб. 12")
    assert person.messengers is not None and person.messengers.wechat == "wangwei_hd"
    assert parse_account_file(dump_account_file(doc)) == doc


@pytest.mark.parametrize(("fields", "expected"), [
    ({"email": "wang.wei at huadong"}, "stakeholders[0].email: must be an e-mail address"),
    ({"phone": "call me"}, "stakeholders[0].phone: must be a phone number"),
    ({"phone": "12"}, "stakeholders[0].phone: must be a phone number"),
    ({"messengers": {"icq": "123"}}, "stakeholders[0].messengers.icq"),
    ({"messengers": {"wechat": " "}}, "stakeholders[0].messengers.wechat: must not be empty"),
])
def test_a_bad_contact_detail_is_refused_where_it_is(fields: dict[str, object],
                                                      expected: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_account_file(_with_first_person(**fields))
    assert str(info.value.problems[0]).startswith(expected)


def test_the_client_edition_never_carries_contact_details() -> None:
    doc = parse_account_file(_with_first_person(
        email="wang.wei@huadong.cn", phone="+86 21 6888 1234", messengers={"wechat": "ww"}))
    person = client_document(doc).stakeholders[0]
    assert (person.email, person.phone, person.messengers) == (None, None, None)
