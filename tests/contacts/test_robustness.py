"""Whatever a file holds, the import says what it makes of it or refuses it with
InvalidInput: never another exception, never an invalid document."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from app.contacts import layout, plan_import, read_source
from app.errors import InvalidInput
from app.services.contacts import apply_import
from tests.conftest import parsed_doc

_HEADERS = ["Name", "ФИО", "姓名", "First name", "Фамилия", "E-mail", "Phone", "手机",
            "Manager", "上级", "Id", "Title", "WeChat", "Notes", "Stance", "Other"]
_CELL = st.one_of(st.text(max_size=30), st.sampled_from(
    ["Anna Weber", "王伟", "Иванов Иван", "1", "2", "a@b.cd", "+7 495 123-45-67",
     "13800138000", "<b>x</b>", "Anna Weber", "1", "champion", "\x07"]))


def _outcome(data: bytes) -> None:
    doc = parsed_doc()
    try:
        plan = plan_import(doc, layout(read_source(data, "fuzz.csv")))
        result = apply_import(plan)
    except InvalidInput as err:
        assert err.problems
        return
    if result.changed:
        assert result.doc.stakeholders != doc.stakeholders


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    _outcome(data)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_HEADERS), min_size=1, max_size=6, unique=True),
       st.lists(st.lists(_CELL, max_size=7), max_size=12),
       st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
       st.sampled_from([",", ";", "\t"]))
def test_any_table(header: list[str], rows: list[list[str]], encoding: str,
                   delimiter: str) -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([header, *rows])
    try:
        data = out.getvalue().encode(encoding)
    except UnicodeEncodeError:
        data = out.getvalue().encode("utf-8")
    _outcome(data)
