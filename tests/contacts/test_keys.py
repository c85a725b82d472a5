"""Phones compared as numbers and names as names, whatever way they were written."""

from __future__ import annotations

from app.contacts import layout, plan_import, read_source
from app.contacts.names import composed, name_key
from app.contacts.phones import infer_region, phone_key, region_for
from tests.conftest import parsed_doc


def test_one_number_written_many_ways() -> None:
    assert phone_key("+7 (495) 123-45-67", None) == "+74951234567"
    assert phone_key("8 495 123 45 67 доб. 12", "RU") == "+74951234567"
    assert phone_key("00 7 495 1234567", None) == "+74951234567"
    assert phone_key("tel:+86-138-0013-8000", None) == phone_key("138 0013 8000", "CN")
    assert phone_key("138 0013 8000", None) == "#13800138000"  # no region: its digits
    assert phone_key("12-34", "DE") is None  # too short to compare


def test_the_region_comes_from_the_numbers_then_the_hint_then_the_names() -> None:
    assert infer_region(["+86 138 0013 8000", "+86 139 0000 0000", "+7 495 1234567",
                         "010 8888 6666"], []) == "CN"
    assert infer_region(["010 8888 6666"], ["王伟"], "de") == "DE"
    assert infer_region(["8 916 123 45 67"], ["Иван Петров", "Anna"]) == "RU"
    assert infer_region([], ["Anna Weber"]) is None
    assert region_for("王伟", "DE") == "CN" and region_for("王伟", "TW") == "TW"
    assert region_for("Олег", "UA") == "UA" and region_for("Anna", "DE") == "DE"


def test_a_chinese_colleague_in_a_german_file_is_found_by_phone() -> None:
    doc = parsed_doc(stakeholders=[{"id": "s1", "name": "Wang Wei",
                                    "phone": "+86 138 0013 8000"}], influences=[],
                     interactions=[])
    text = ("Name,Phone\r\nAnna Weber,+49 30 1234567\r\nMax Braun,+49 170 7654321\r\n"
            "王伟,138 0013 8000\r\n")
    plan = plan_import(doc, layout(read_source(text.encode(), "c.csv")))
    assert plan.region == "DE"
    assert [(r.action, r.matched_by) for r in plan.rows][2] == ("unchanged", "phone")


def test_names_as_matching_sees_them() -> None:
    assert name_key("Иванов Иван Иванович") == name_key("иван иванович ИВАНОВ")
    assert name_key("Ёлкин Юрий") == name_key("Елкин Юрий")
    assert name_key("Jürgen Müller") == name_key("Jurgen Muller")
    assert name_key("Dr. Anna Weber") == name_key("Weber, Anna")
    assert name_key("王 伟") == "王伟" != name_key("伟王")
    assert name_key("Йован") != name_key("Иован")  # й is a letter, not an accented и
    assert composed("王", "伟", "") == "王伟"
    assert composed("Иванов", "Иван", "Иванович") == "Иван Иванович Иванов"
    assert composed("Smith", "", "") == "Smith"
