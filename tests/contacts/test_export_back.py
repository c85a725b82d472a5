"""People exported to a spreadsheet import back as they were: Rapport reads its own
exports (CSV with formula guards, the workbook) without losing a phone or a manager."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.contacts import layout, open_source, plan_import
from app.fileformat.spreadsheet import write_people_csv, write_workbook
from app.services.contacts import apply_import
from tests.conftest import parsed_doc

PEOPLE = [
    {"id": "s1", "name": "Алексей Петрович Иванов", "title": "=Генеральный директор",
     "phone": "+7 (495) 111-22-33", "email": "ivanov@romashka.ru",
     "messengers": {"telegram": "@ivanov"}},
    {"id": "s2", "name": "王伟", "reports_to": "s1", "phone": "-138 0013 8000",
     "messengers": {"wechat": "ww88"}},
    {"id": "s3", "name": "@Jane Doe", "reports_to": "s2", "department": "+Sales"},
]


@pytest.mark.parametrize("write", [write_people_csv, write_workbook])
def test_an_export_imports_back_with_its_phones_titles_and_managers(
        tmp_path: Path, write: object) -> None:
    source = parsed_doc(stakeholders=PEOPLE, influences=[], interactions=[])
    path = tmp_path / ("people.csv" if write is write_people_csv else "people.xlsx")
    write(source, path)  # type: ignore[operator]
    empty = parsed_doc(stakeholders=[], influences=[], interactions=[])
    plan = plan_import(empty, layout(open_source(path)))
    assert plan.count("create") == 3 and not plan.problems
    back = {p.name: p for p in apply_import(plan).doc.stakeholders}
    for person in source.stakeholders:
        copy = back[person.name]
        assert (copy.title, copy.department, copy.phone, copy.email, copy.messengers) == (
            person.title, person.department, person.phone, person.email, person.messengers)
    assert back["王伟"].reports_to == back["Алексей Петрович Иванов"].id
    assert back["@Jane Doe"].reports_to == back["王伟"].id
