"""The command line in Chinese and Russian (issue 15): ``--lang`` before the command and
``RAPPORT_LANG`` choose the language of help, tables and messages; ``pdf --lang``
chooses the document's own; machine-readable output keeps its English keys. Real
processes, as a user runs them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import MAIN, rapport, write
from tests.conftest import account_doc

CYRILLIC = re.compile("[а-яА-ЯёЁ]")
HAN = re.compile("[\u4e00-\u9fff]")


def run(*args: str | Path, db: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``main.py ARGS`` with extra environment variables (``rapport`` with ``env``)."""
    full = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    full.pop("RAPPORT_DB", None)
    argv = [sys.executable, str(MAIN), *map(str, args)]
    if db is not None:
        argv += ["--db", str(db)]
    return subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", env=full,
                          timeout=120)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("languages") / "rapport.sqlite"
    assert rapport("demo", db=db).returncode == 0
    return db


def test_gaps_in_russian_prints_russian_findings(demo_db: Path) -> None:
    english = rapport("gaps", "demo-northwind", db=demo_db)
    russian = rapport("--lang", "ru", "gaps", "demo-northwind", db=demo_db)
    assert russian.returncode == 0, russian.stderr
    lines = russian.stdout.strip().splitlines()
    assert len(lines) == len(english.stdout.strip().splitlines()) > 3
    assert lines[0].startswith("[ВЫСОКАЯ] ")
    assert not any(word in russian.stdout for word in ("[HIGH", "[MEDIUM", "[LOW"))
    # the kinds stay as they are (keys in docs/findings.md); the messages are Russian,
    # even about an account whose people have English names
    for line in lines:
        kind, message = line.split("] ", 1)[1].split(": ", 1)
        assert re.fullmatch(r"[a-z_]+", kind), line
        assert CYRILLIC.search(message), line


def test_list_in_chinese_has_chinese_headers(demo_db: Path) -> None:
    result = rapport("--lang", "zh_CN", "list", db=demo_db)
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.strip().splitlines()
    assert header.split() == ["ID", "名称", "分级", "阶段", "利益相关者"]
    northwind = next(r for r in rows if r.startswith("demo-northwind"))
    assert northwind.split()[-3:] == ["成长型", "基础型", "32"]  # tier and stage in Chinese
    # the columns line up by display width (a Chinese character takes two columns)
    assert len({_column(r, "32" if "northwind" in r else r.split()[-1]) for r in rows}) == 1


def _column(line: str, last: str) -> int:
    before = line[:line.rindex(last)]
    return sum(2 if HAN.match(c) else 1 for c in before)


def test_rapport_lang_chooses_the_language_and_lang_wins_over_it(demo_db: Path) -> None:
    result = run("list", db=demo_db, env={"RAPPORT_LANG": "ru"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:4] == ["ID", "НАЗВАНИЕ", "УРОВЕНЬ", "СТАДИЯ"]
    chinese = run("--lang", "zh_CN", "list", db=demo_db, env={"RAPPORT_LANG": "ru"})
    assert chinese.stdout.split()[:2] == ["ID", "名称"]
    english = run("--lang", "en", "list", db=demo_db, env={"RAPPORT_LANG": "ru"})
    assert english.stdout.split()[:2] == ["ID", "NAME"]
    unknown = run("list", db=demo_db, env={"RAPPORT_LANG": "fr"})
    assert unknown.returncode == 2 and "unknown language 'fr'" in unknown.stderr


def test_a_bad_account_file_is_refused_in_russian(tmp_path: Path, db_path: Path) -> None:
    doc = account_doc()
    doc["account"]["name"] = ""
    doc["stakeholders"][1]["reports_to"] = "nobody"
    doc["stakeholders"][0]["influence"] = 9
    src = write(tmp_path / "плохой.json", doc)
    result = rapport("--lang", "ru", "import", src, db=db_path)
    assert result.returncode == 1
    first, *problems = result.stderr.strip().splitlines()
    assert first == f"rapport: ошибка: {src}: 3 проблемы, ничего не импортировано:"
    assert problems == [
        '  account.name: не может быть пустым (получено "")',
        "  stakeholders[0].influence: должно быть не больше 5 (получено 9)",
        '  stakeholders[1].reports_to: неизвестный ID "nobody"',
    ]
    assert not db_path.exists() or "acme" not in rapport("list", db=db_path).stdout


def test_a_file_that_is_no_account_file_is_refused_in_chinese(tmp_path: Path,
                                                              db_path: Path) -> None:
    src = tmp_path / "notes.json"
    src.write_text("[1, 2", encoding="utf-8")
    result = rapport("--lang", "zh_CN", "import", src, db=db_path)
    assert result.returncode == 1
    first, problem = result.stderr.strip().splitlines()
    assert first == f"rapport: 错误：{src}：1 个问题，未导入任何内容："
    # Python's JSON parser names the error in English; where it is, in Chinese
    assert re.fullmatch(r"  不是有效的 JSON：第 1 行第 \d+ 列 .+", problem), problem


def test_a_contact_file_that_is_not_one_is_refused_in_russian(demo_db: Path,
                                                              tmp_path: Path) -> None:
    pdf = tmp_path / "контакты.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    result = rapport("--lang", "ru", "import-contacts", "demo-ural", pdf, db=demo_db)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "rapport: ошибка: контакты.pdf: 1 проблема, ничего не импортировано:",
        "  это документ PDF, а не список контактов: экспортируйте контакты в CSV, Excel "
        "или vCard"]


def test_an_import_of_contacts_is_summed_up_in_chinese(demo_db: Path, tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_text("姓名,邮箱,上级\n周杰,not-a-mail,无此人\n,x@example.com,\n", encoding="utf-8")
    result = rapport("--lang", "zh_CN", "import-contacts", "demo-huadong", src, "--dry-run",
                     db=demo_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "试运行：未保存任何内容；将 c.csv 导入 demo-huadong 的结果将是：",
        "新建 1，更新 0，未变 0，跳过 1",
        "  新建  第 2 行：周杰（p13）",
        "  跳过  第 3 行：（无姓名）：无姓名",
        "  警告  第 2 行：电子邮箱：必须是电子邮箱地址，如 anna.weber@example.com",
        '  警告  第 2 行：上级（ID、电子邮箱或姓名）："无此人" 不在文件或客户中：未建立汇报关系',
    ]


def test_gaps_json_keeps_its_keys_and_kinds_and_translates_the_messages(
        demo_db: Path) -> None:
    english = json.loads(rapport("gaps", "demo-ural", "--format", "json",
                                 db=demo_db).stdout)
    russian = json.loads(rapport("--lang", "ru", "gaps", "demo-ural", "--format", "json",
                                 db=demo_db).stdout)
    assert english and len(russian) == len(english)
    for en, ru in zip(english, russian, strict=True):
        assert set(ru) == set(en) == {"kind", "severity", "stakeholders", "message"}
        assert (ru["kind"], ru["severity"], ru["stakeholders"]) == (
            en["kind"], en["severity"], en["stakeholders"])
        assert ru["severity"] in ("high", "medium", "low")
        assert ru["message"] != en["message"] and CYRILLIC.search(ru["message"])


def test_pdf_lang_is_the_documents_language_the_messages_keep_the_cli_s(
        demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ural.pdf"
    result = rapport("--lang", "ru", "pdf", "demo-ural", "--edition", "client",
                     "--lang", "zh_CN", "--out", out, db=demo_db)
    assert result.returncode == 0, result.stderr
    pages = len(PdfReader(out).pages)
    assert result.stdout.strip() == (f"записан {out} (версия для клиента, ТрансЛогистик Урал, "
                                     f"{pages} {_pages(pages)})")
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "客户版" in text  # the client edition, in Chinese
    for english in ("Client edition", "Stakeholders", "Contents", "Page 1 of"):
        assert english not in text
    # without its own --lang the document speaks the CLI's language
    default = tmp_path / "default.pdf"
    assert rapport("--lang", "zh_CN", "pdf", "demo-ural", "--edition", "client", "--out",
                   default, db=demo_db).returncode == 0
    assert "客户版" in "".join(p.extract_text() for p in PdfReader(default).pages)


def _pages(n: int) -> str:
    """Russian's three plural forms of "page"."""
    if n % 10 == 1 and n % 100 != 11:
        return "страница"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "страницы"
    return "страниц"


def test_pdf_lang_refuses_a_language_rapport_does_not_speak(demo_db: Path,
                                                            tmp_path: Path) -> None:
    result = rapport("pdf", "demo-ural", "--lang", "fr", "--out", tmp_path / "x.pdf",
                     db=demo_db)
    assert result.returncode == 2 and "invalid choice: 'fr'" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_help_speaks_the_language_and_wraps_chinese_in_the_terminal() -> None:
    russian = run("--lang", "ru", "--help", env={"COLUMNS": "80"})
    assert russian.returncode == 0
    assert "импортировать файлы клиентов (JSON)" in russian.stdout
    assert "использование: rapport" in russian.stdout  # argparse's own words too
    chinese = run("--lang", "zh_CN", "pdf", "--help", env={"COLUMNS": "80"})
    assert chinese.returncode == 0
    assert "文档的语言" in chinese.stdout and "--lang LANG" in chinese.stdout
    for line in chinese.stdout.splitlines():
        assert sum(2 if HAN.match(c) or "\uff00" <= c <= "\uffef" or "\u3000" <= c <= "\u303f"
                   else 1 for c in line) <= 80, line


def test_argparse_own_words_speak_the_language_too(demo_db: Path) -> None:
    result = run("--lang", "ru", "list", "--bogus", db=demo_db)
    assert result.returncode == 2
    assert result.stderr.startswith("использование: rapport")
    assert "ошибка: нераспознанные аргументы: --bogus" in result.stderr
    helped = run("--lang", "zh_CN", "--help", db=demo_db)
    assert helped.stdout.startswith("用法：rapport") and "显示此帮助信息并退出" in helped.stdout
