"""The PDF in the document's language, whatever the window's: Russian and Chinese
editions read back with pypdf have their headings, contents, "Page N of M", dates and
figures in that language and no English section name; a Russian window writes a
Chinese client edition (the use case, and the dialog's "Document language")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app import i18n
from app.assessment.settings import ScoringSettings
from app.bootstrap import Services
from app.errors import RapportError
from app.reports import SECTIONS, Edition, build_pdf, sections_for
from app.reports.context import Context
from app.reports.editions import edition_title, printed_sections, quarter_name
from app.reports.fonts import load_fonts
from app.reports.styles import make_styles
from app.services.demo import demo_documents
from app.services.reports import client_preview, export_pdf

TODAY = dt.date(2026, 11, 25)
SETTINGS = ScoringSettings()
DEMOS = {d.account.id: d for d in demo_documents(TODAY)}
LANGS = ("ru", "zh_CN")
#: every heading of the internal edition and the brief, in English
ENGLISH_HEADINGS = [s.source for s in SECTIONS] + [
    "Contents", "Key people", "Internal edition", "Client edition", "Executive brief",
    "Top objectives", "Top risks", "Our asks", "Stage history", "Evidence checklist",
    "Influence lines", "Contact details", "Notes on people", "Account plan",
    "How relationships moved", "Relationship shape", "Health, component by component"]
#: words of the PDF's own in each language (headings, labels, the running footer)
OWN_WORDS = {
    "ru": ["Содержание", "Краткое резюме", "Профиль клиента", "Карта заинтересованных лиц",
           "Заинтересованные лица", "Стадия отношений", "План действий", "Риски",
           "Внутренняя версия", "План работы с клиентом"],
    "zh_CN": ["目录", "执行摘要", "客户概况", "利益相关者地图", "利益相关者", "关系阶段",
              "行动计划", "风险", "内部版", "客户计划"],
}
PAGE = {"en": "Page {page} of {pages}", "ru": "Стр. {page} из {pages}",
        "zh_CN": "第 {page} 页，共 {pages} 页"}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


class Pdf:
    def __init__(self, path: Path) -> None:
        self.reader = PdfReader(path)
        self.texts = [page.extract_text() or "" for page in self.reader.pages]
        self.squashed = _squash("\n".join(self.texts))
        #: the text with every run of whitespace one space (a heading is one line)
        self.spaced = " ".join("\n".join(self.texts).split())

    def outline(self, *, top: bool = False) -> list[str]:
        """The bookmarks' titles (``top``: the sections only, not the map's parts)."""
        found: list[str] = []

        def walk(items: Sequence[object], level: int) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item, level + 1)
                elif level == 0 or not top:
                    found.append(str(item.title))  # type: ignore[attr-defined]

        walk(self.reader.outline, 0)
        return found

    def fonts(self) -> set[str]:
        names = set()
        for page in self.reader.pages:
            resources: Any = page["/Resources"]
            for font in (resources.get("/Font") or {}).values():
                names.add(str(font.get_object()["/BaseFont"]))
        return names


def _export(tmp_path: Path, key: str, edition: Edition, lang: str | None) -> Pdf:
    out = tmp_path / f"{key}-{edition.value}-{lang}.pdf"
    build_pdf(DEMOS[key], edition, out, today=TODAY, settings=SETTINGS, lang=lang)
    return Pdf(out)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, Edition, str], Pdf]:
    folder = tmp_path_factory.mktemp("languages")
    return {(key, edition, lang): _export(folder, key, edition, lang)
            for key in ("demo-ural", "demo-huadong") for edition in Edition
            for lang in LANGS}


# -- headings, contents, pages ---------------------------------------------------------


@pytest.mark.parametrize("key", ["demo-ural", "demo-huadong"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_internal_edition_has_its_headings_in_the_documents_language(
        pdfs: dict[tuple[str, Edition, str], Pdf], key: str, lang: str) -> None:
    pdf = pdfs[key, Edition.INTERNAL, lang]
    with i18n.language(lang):
        titles = [s.title for s in printed_sections(Edition.INTERNAL, DEMOS[key])]
    assert pdf.outline(top=True) == titles
    for title in titles:  # in the text and in the contents (page 2)
        assert _squash(title) in pdf.squashed
        assert _squash(title) in _squash(pdf.texts[1])
    for word in OWN_WORDS[lang]:
        assert _squash(word) in pdf.squashed, word


@pytest.mark.parametrize("key", ["demo-ural", "demo-huadong"])
@pytest.mark.parametrize("edition", list(Edition))
@pytest.mark.parametrize("lang", LANGS)
def test_no_english_section_name_is_left(pdfs: dict[tuple[str, Edition, str], Pdf],
                                         key: str, edition: Edition, lang: str) -> None:
    pdf = pdfs[key, edition, lang]
    # proper names aside (the accounts' own texts are partly English): no heading
    left = [h for h in ENGLISH_HEADINGS if h in pdf.spaced]
    assert not left, left
    assert not [t for t in pdf.outline() if t in ENGLISH_HEADINGS]


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_page_n_of_m_in_each_language(tmp_path: Path, lang: str) -> None:
    brief = _export(tmp_path, "demo-ural", Edition.EXECUTIVE, lang)
    assert _squash(PAGE[lang].format(page=1, pages=2)) in _squash(brief.texts[0])
    assert _squash(PAGE[lang].format(page=2, pages=2)) in _squash(brief.texts[1])
    plan = _export(tmp_path, "demo-ural", Edition.CLIENT, lang)
    pages = len(plan.texts)
    for number, text in enumerate(plan.texts[1:], start=2):  # the cover has none
        assert _squash(PAGE[lang].format(page=number, pages=pages)) in _squash(text)


def test_the_cover_dates_and_figures_follow_the_document(
        pdfs: dict[tuple[str, Edition, str], Pdf]) -> None:
    russian = pdfs["demo-ural", Edition.INTERNAL, "ru"]
    chinese = pdfs["demo-huadong", Edition.INTERNAL, "zh_CN"]
    assert "25ноября2026г." in _squash(russian.texts[0])
    assert "2026年11月25日" in _squash(chinese.texts[0])
    assert "25.11.2026" in _squash(russian.texts[1])  # the running footer
    assert "2026/11/25" in _squash(chinese.texts[1])
    # a yuan account in Chinese as Chinese writes it; euros in Russian grouped by spaces
    assert "42,000,000元" in chinese.squashed
    assert _squash("1 800 000 EUR") in russian.squashed
    assert "стр.1из" not in _squash(russian.texts[0]) and "第1页" not in chinese.texts[0]


def test_the_chinese_edition_of_an_english_account_loads_the_chinese_font(
        tmp_path: Path) -> None:
    english = _export(tmp_path, "demo-northwind", Edition.CLIENT, "en")
    chinese = _export(tmp_path, "demo-northwind", Edition.CLIENT, "zh_CN")
    def cjk(names: set[str]) -> bool:
        return any("RapportCJK" in n or "WenQuanYi" in n or "Micro" in n for n in names)

    assert not cjk(english.fonts()) and cjk(chinese.fonts())
    assert _squash("客户版") in chinese.squashed and "clientedition" in english.squashed


def test_chinese_is_set_in_one_regular_weight() -> None:
    """A Chinese heading is never bold (the CJK font has no bold; a bold Latin font no
    Chinese glyphs): its digits and punctuation go with it into the CJK font."""
    styles = make_styles(load_fonts(True))
    cjk = styles.fonts.cjk
    markup = styles.markup("利益相关者地图，第 3 部分，共 12 部分")
    assert markup.count("<font") == 1 and f'name="{cjk}"' in markup
    mixed = styles.markup("KPI（关键绩效指标）")
    assert mixed.startswith("KPI<font")  # Latin letters keep the heading's font


def test_an_unknown_document_language_is_refused_before_anything_is_written(
        tmp_path: Path) -> None:
    with pytest.raises(RapportError, match="Unknown document language"):
        build_pdf(DEMOS["demo-ural"], Edition.CLIENT, tmp_path / "x.pdf", today=TODAY,
                  settings=SETTINGS, lang="fr")
    assert not list(tmp_path.iterdir())


def test_the_context_writes_dates_quarters_and_figures_in_its_language() -> None:
    styles = make_styles(load_fonts(True))
    doc = DEMOS["demo-huadong"]  # CNY
    day = dt.date(2026, 3, 5)
    expected = {"en": ("2026-03-05", "2026-03-05", "CNY\u00a042,000,000", "Q3 2026"),
                "ru": ("05.03.2026", "5 марта 2026\u202fг.", "42\u00a0000\u00a0000\u00a0CNY",
                       "3 кв. 2026"),
                "zh_CN": ("2026/3/5", "2026年3月5日", "42,000,000元", "2026年Q3")}
    for lang, (short, long, money, quarter) in expected.items():
        ctx = Context(doc, Edition.INTERNAL, TODAY, SETTINGS, styles, locale=lang)
        with i18n.language(lang):
            assert (ctx.date(day), ctx.date(day, long=True), ctx.money(42_000_000),
                    quarter_name(3, 2026)) == (short, long, money, quarter)


# -- a Russian window, a Chinese customer ----------------------------------------------


@pytest.fixture
def demo(services: Services) -> Services:
    services.accounts.import_documents(demo_documents(TODAY))
    return services


def test_a_russian_window_writes_a_chinese_client_edition(demo: Services,
                                                          tmp_path: Path) -> None:
    said: list[str] = []
    out = tmp_path / "client.pdf"
    with i18n.language("ru"):  # the window's language
        result = export_pdf(demo, "demo-huadong", Edition.CLIENT, out, today=TODAY,
                            allow_flagged=True, lang="zh_CN",
                            progress=lambda _percent, text: said.append(text))
        # the user's messages stay Russian while the document is written in Chinese
        with pytest.raises(RapportError, match="Неизвестные разделы: gossip"):
            export_pdf(demo, "demo-huadong", Edition.CLIENT, tmp_path / "y.pdf",
                       sections=["gossip"], lang="zh_CN")
    assert result.pages > 1
    assert any(t.startswith("Подготовка раздела") for t in said)
    assert "Вёрстка страниц" in said
    pdf = Pdf(out)
    with i18n.language("zh_CN"):
        titles = [s.title for s in sections_for(Edition.CLIENT)]
        edition = edition_title(Edition.CLIENT)
    assert edition == "客户版" and _squash(edition) in _squash(pdf.texts[1])
    assert "目录" in pdf.texts[1] and _squash("呈送：华东精密制造集团。") in pdf.squashed
    assert all(t in titles for t in pdf.outline())
    assert not re.search("[А-Яа-яЁё]", "\n".join(pdf.texts)), "Russian in a Chinese PDF"
    assert not [h for h in ENGLISH_HEADINGS if h in pdf.spaced]


def test_the_client_preview_speaks_the_documents_language(demo: Services) -> None:
    with i18n.language("ru"):
        chinese = client_preview(demo, "demo-ural", lang="zh_CN")
        russian = client_preview(demo, "demo-ural")
    english = client_preview(demo, "demo-ural")
    rows = {lang: {s.key: p.heading(s) for s in p.sections}
            for lang, p in (("zh_CN", chinese), ("ru", russian), ("en", english))}
    assert rows["en"]["actions"] == "Action plan — 2 of 6 actions shared"
    assert rows["ru"]["actions"] == "План действий — 6 действий, из них доступно клиенту: 2"
    assert rows["zh_CN"]["actions"] == "行动计划 — 共 6 项行动，已共享 2 项"
    assert rows["ru"]["stakeholders"] == "Заинтересованные лица — 20 человек"
    assert rows["zh_CN"]["risks"].endswith("不放入 PDF")
    # the heading keeps the preview's language wherever it is asked
    with i18n.language("en"):
        assert chinese.heading(chinese.sections[0]) == rows["zh_CN"]["summary"]


@pytest.mark.parametrize(("n", "form"), [(1, "1 действие"), (3, "3 действия"),
                                         (5, "5 действий"), (21, "21 действие")])
def test_russian_counts_take_their_three_forms(n: int, form: str) -> None:
    from app.reports.editions import _entries

    with i18n.language("ru"):
        assert _entries("actions", n) == form


# -- the dialog ------------------------------------------------------------------------


@pytest.fixture
def russian_window() -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    from app.views.i18n import install

    app = QApplication.instance() or QApplication([])
    install(app, "ru")
    try:
        yield
    finally:
        install(app, "en")


@pytest.mark.gui
def test_the_dialog_writes_the_document_in_the_language_chosen(
        qtbot: object, demo: Services, tmp_path: Path, russian_window: None) -> None:
    from PySide6.QtCore import QSettings

    from app.views.pdf_export import PdfExportDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("pdf/folder", str(tmp_path))
    dialog = PdfExportDialog(None, "华东精密制造集团", settings,
                             preview=lambda: client_preview(demo, "demo-huadong"))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.document_language() == "ru"  # the window's, by default
    assert [dialog.language_combo.itemText(i) for i in range(3)] == [
        "English", "简体中文", "Русский"]
    dialog.set_edition(Edition.CLIENT)
    assert any(line.startswith("План действий — ") for line in dialog.preview_lines())
    dialog.set_document_language("zh_CN")
    lines = dialog.preview_lines()
    assert any(line.startswith("行动计划 — ") for line in lines)
    assert not any(re.search("[А-Яа-яЁё]", line) for line in lines)
    # the window stays Russian
    assert dialog.export_button.text() == "Экспортировать версию для клиента…"
    choice = dialog.choice()
    assert choice.lang == "zh_CN"
    assert choice.path.name == "华东精密制造集团 - 客户计划（客户版）.pdf"
    dialog.set_document_language("en")
    assert any(line.startswith("Action plan — ") for line in dialog.preview_lines())
    assert dialog.choice().path.name == "华东精密制造集团 - account plan (client).pdf"
