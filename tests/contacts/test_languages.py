"""The contacts import in Chinese and Russian (issue 15): a refused file, each row's
problems (a row of a CSV, a card of a vCard file) and the summary, as the CLI prints it
and the wizard shows it; the column keys (a vCard's, "Column C") stay as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from app import i18n
from app.contacts import layout, plan_import, read_source
from app.errors import InvalidInput
from app.services.contacts import apply_import
from tests.conftest import parsed_doc

CSV = (b"Name,E-mail,Manager\n"
       b"Anna Weber,anna@x.de,Nobody\n"
       b",x@y.z,\n"
       b"Anna Weber,anna@x.de,\n"
       b"Bob,not-a-mail,Anna Weber\n")
VCARDS = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Иван Петров\r\nEMAIL:ivan@x.ru\r\nEND:VCARD\r\n"
          "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Иван Петров\r\nEMAIL:ivan@x.ru\r\nEND:VCARD\r\n"
          ).encode()


def _summary(data: bytes, name: str, lang: str) -> list[str]:
    with i18n.language(lang):
        table = read_source(data, name)
        plan = plan_import(parsed_doc(), layout(table))
        return apply_import(plan, today=dt.date(2026, 12, 1)).summary.lines()


def test_the_rows_and_the_summary_in_russian() -> None:
    assert _summary(CSV, "c.csv", "ru") == [
        "создано: 2, обновлено: 0, без изменений: 0, пропущено: 2",
        "  создан    строка 2: Anna Weber (p01)",
        "  создан    строка 5: Bob (p02)",
        "  пропущен  строка 3: (без имени): нет имени",
        "  пропущен  строка 4: Anna Weber: тот же человек, что в строке 2 (тот же e-mail): "
        "эта строка пропущена",
        '  внимание  строка 2: Руководитель (ID, e-mail или имя): "Nobody" нет ни в файле, '
        "ни у клиента: линия подчинения не проведена",
        "  внимание  строка 5: E-mail: должен быть адрес e-mail, например "
        "anna.weber@example.com",
    ]


def test_a_vcard_file_speaks_of_cards_in_chinese() -> None:
    lines = _summary(VCARDS, "phone.vcf", "zh_CN")
    assert lines[0] == "新建 1，更新 0，未变 0，跳过 1"
    assert lines[1] == "  新建  第 1 张名片：Иван Петров（p01）"
    assert lines[2] == ("  跳过  第 2 张名片：Иван Петров：与第 1 张名片是同一个人"
                        "（电子邮箱相同）：此名片被略过")


def test_english_is_as_before() -> None:
    assert _summary(CSV, "c.csv", "en")[:2] == ["2 created, 0 updated, 0 unchanged, 2 skipped",
                                                "  created  row 2: Anna Weber (p01)"]


@pytest.mark.parametrize(("data", "ru", "zh"), [
    (b"", "файл пуст", "文件为空"),
    (b"%PDF-1.4\n", "это документ PDF, а не список контактов: экспортируйте контакты в CSV, "
                    "Excel или vCard",
     "这是 PDF 文档，不是联系人列表：请将联系人导出为 CSV、Excel 或 vCard"),
    (b"PK\x03\x04broken", "повреждённый файл zip или Excel: его нельзя открыть",
     "zip 或 Excel 文件已损坏：无法打开"),
])
def test_a_file_that_is_no_contact_list_is_refused_in_each_language(
        data: bytes, ru: str, zh: str) -> None:
    for lang, message in (("ru", ru), ("zh_CN", zh)):
        with i18n.language(lang), pytest.raises(InvalidInput) as caught:
            read_source(data, "x")
        assert [p.message for p in caught.value.problems] == [message]


def test_column_names_stay_keys_whatever_the_language() -> None:
    with i18n.language("ru"):
        table = read_source(b"a,,c\n1,2,3\n", "x.csv")
        assert layout(table).columns == ("a", "Column B", "c")
