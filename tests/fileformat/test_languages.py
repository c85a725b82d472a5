"""The account file's problems in the user's language (issue 15): every message of the
checks is in the catalogue, pydantic's own English too, counts have their plural forms
and figures their locale's grouping; English stays exactly as it was."""

from __future__ import annotations

import json

import pytest

from app import i18n
from app.errors import InvalidInput, figure
from app.fileformat import parse_account_file
from app.models.account import LIMITS
from tests.conftest import account_doc


def _problems(doc: object, lang: str) -> list[str]:
    with i18n.language(lang), pytest.raises(InvalidInput) as caught:
        parse_account_file(json.dumps(doc, ensure_ascii=False).encode(), "f.json")
    return [str(p) for p in caught.value.problems]


def _broken() -> dict[str, object]:
    doc = account_doc()
    doc["account"].update(name=" ", tier="gold", currency="eur", annual_revenue=-1)
    doc["stakeholders"][0].update(influence="5", email="nope", last_contact="2026-02-30")
    doc["stakeholders"][1]["reports_to"] = "ghost"
    doc["stakeholders"][2]["colour"] = "red"
    return doc


def test_the_problems_of_a_file_in_russian_chinese_and_english() -> None:
    assert _problems(_broken(), "ru") == [
        'account.name: не может быть пустым (получено " ")',
        "account.tier: должно быть 'strategic', 'key', 'growth' или 'maintain' "
        '(получено "gold")',
        "account.annual_revenue: должно быть не меньше 0 (получено -1)",
        "account.currency: должен быть трёхбуквенный код ISO 4217 заглавными буквами, "
        'например EUR или CNY (получено "eur")',
        'stakeholders[0].email: должен быть адрес e-mail, например anna.weber@example.com '
        '(получено "nope")',
        'stakeholders[0].influence: должно быть целым числом (получено "5")',
        "stakeholders[0].last_contact: несуществующая дата (day value is outside expected "
        'range) (получено "2026-02-30")',
        'stakeholders[1].reports_to: неизвестный ID "ghost"',
        "stakeholders[2].colour: неизвестный ключ",
    ]
    chinese = _problems(_broken(), "zh_CN")
    assert chinese[0] == 'account.name: 不能为空（实际为 " "）'
    assert chinese[5] == 'stakeholders[0].influence: 应为整数（实际为 "5"）'
    assert chinese[-2:] == ['stakeholders[1].reports_to: 未知的 ID "ghost"',
                            "stakeholders[2].colour: 未知的键"]
    # English keeps pydantic's words and the checks' own, as before
    english = _problems(_broken(), "en")
    assert english[1] == ("account.tier: input should be 'strategic', 'key', 'growth' or "
                          "'maintain' (got \"gold\")")
    assert english[-1] == "stakeholders[2].colour: unknown key"


def test_the_whole_message_counts_problems_in_each_language() -> None:
    doc = account_doc()
    doc["stakeholders"] = [{"id": f"p{i}", "name": ""} for i in range(52)]
    doc["influences"] = doc["interactions"] = []
    for lang, first, last in (
            ("ru", "f.json: 52 проблемы, ничего не импортировано:", "  … и ещё 2 проблемы"),
            ("zh_CN", "f.json：52 个问题，未导入任何内容：", "  … 另有 2 个问题"),
            ("en", "f.json: 52 problems, nothing was imported:", "  … and 2 more problems")):
        with i18n.language(lang), pytest.raises(InvalidInput) as caught:
            parse_account_file(json.dumps(doc).encode(), "f.json")
        lines = str(caught.value).splitlines()
        assert (lines[0], lines[-1]) == (first, last)


def test_limits_speak_with_plural_forms_and_grouped_figures() -> None:
    people = LIMITS["stakeholders"]
    with i18n.language("ru"):
        assert people.message(5_001) == "5\u00a0001 человек; у клиента может быть не более " \
                                        "5\u00a0000"
        assert LIMITS["objectives[].milestones"].message(1_002) == (
            "1\u00a0002 вехи; у цели может быть не более 1\u00a0000")
        assert figure(1_234_567) == "1\u00a0234\u00a0567"
    with i18n.language("zh_CN"):
        assert people.message(5_001) == "5,001 人；一个客户最多 5,000"
    assert people.message(5_001) == "5,001 people; an account holds at most 5,000"


def test_a_file_that_is_not_json_or_not_ours_in_russian() -> None:
    with i18n.language("ru"):
        for data, message in (
                (b"", "файл пуст"),
                (b'{"format": "other"}', 'format: не файл клиента Rapport (ожидается '
                                         '«rapport-account»)'),
                (b'{"format": "rapport-account", "version": 2, "account": {}}',
                 "version: версия 2 записана более новой версией Rapport; эта читает "
                 "версию 1"),
                (b"\xff\xfe", "не текст UTF-8 (ошибочный байт 0xFF в строке 1, столбце 1, "
                              "смещение 0)")):
            with pytest.raises(InvalidInput) as caught:
                parse_account_file(data)
            assert [str(p) for p in caught.value.problems] == [message]
