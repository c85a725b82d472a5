"""PDF tables: e-mail addresses, ids and amounts are never cut mid-word, and a figure reads
the same in the PDF as in the app's tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from app.assessment.settings import ScoringSettings
from app.models.account import TeamMemberRecord
from app.models.enums import TeamRole
from app.reports import Edition, build_pdf
from app.reports.context import Context
from app.reports.fonts import load_fonts
from app.reports.styles import MIN_CELL_SIZE, SMALL_SIZE, Styles, make_styles
from app.services.demo import demo_documents

TODAY = dt.date(2026, 11, 25)
DEMOS = {d.account.id: d for d in demo_documents(TODAY)}
LONG_ADDRESS = "aleksandra.konstantinopolskaya-rimskaya@very-long-subsidiary.example.com"


@pytest.fixture(scope="module")
def styles() -> Styles:
    return make_styles(load_fonts(False))


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def _team_page(pdf: Path) -> str:
    return next(t for t in (p.extract_text() or "" for p in PdfReader(pdf).pages)
                if "Account team" in t and "E-mail" in t)


@pytest.mark.parametrize("edition", [Edition.INTERNAL, Edition.CLIENT])
def test_a_long_email_address_is_printed_whole_in_the_team_table(
        tmp_path: Path, edition: Edition) -> None:
    doc = DEMOS["demo-northwind"]
    member = TeamMemberRecord(id="t-long", name="Aleksandra Konstantinopolskaya-Rimskaya",
                              role=TeamRole.TECHNICAL_LEAD, email=LONG_ADDRESS,
                              notes="Covers the Nordic subsidiaries.", client_visible=True)
    doc = doc.model_copy(update={"team": [*doc.team, member]})
    out = tmp_path / "team.pdf"
    build_pdf(doc, edition, out, today=TODAY, settings=ScoringSettings(),
              sections=frozenset({"team"}))
    page = _team_page(out)
    assert LONG_ADDRESS in page  # on one line: no line break (nor a space) inside it
    for other in doc.team:  # the short addresses too (the client's copy: those shared)
        if other.email and (edition == Edition.INTERNAL or other.client_visible):
            assert other.email in page


def test_a_word_too_wide_even_at_6_pt_is_set_at_6_pt_and_broken_after_at_or_dot(
        styles: Styles) -> None:
    room = 150.0  # the address needs about 236 pt at 6 pt
    para = styles.whole_words(LONG_ADDRESS, styles.cell, room)
    assert para.style.fontSize == MIN_CELL_SIZE
    lines = para.text.split("<br/>")
    assert "".join(lines) == LONG_ADDRESS
    assert len(lines) > 1 and all(line.endswith(("@", ".")) for line in lines[:-1])
    assert all(styles.text_width(line, MIN_CELL_SIZE) <= room for line in lines)
    short = styles.whole_words("anna.berg@northwind.example.com", styles.cell, room)
    assert short.style.fontSize == SMALL_SIZE and "<br/>" not in short.text  # fits


def test_shrinking_keeps_a_word_whole_where_6_pt_is_enough(styles: Styles) -> None:
    room = styles.text_width(LONG_ADDRESS, SMALL_SIZE) * 0.8  # needs 6.4 pt
    para = styles.whole_words(LONG_ADDRESS, styles.cell, room)
    assert MIN_CELL_SIZE <= para.style.fontSize < SMALL_SIZE
    assert styles.text_width(LONG_ADDRESS, para.style.fontSize) <= room
    assert "<br/>" not in para.text and "\n" not in para.text


def test_in_a_printed_table_an_address_breaks_only_after_an_at_or_a_dot(
        styles: Styles, tmp_path: Path) -> None:
    ident = "acct-0001-eu-north-7f3a9c2b"  # an id with neither: shrunk, never cut
    table = styles.table(["E-mail", "Id"], [[LONG_ADDRESS, ident]], [120.0, 120.0],
                         nowrap=(0, 1))
    out = tmp_path / "narrow.pdf"
    SimpleDocTemplate(str(out), pagesize=A4).build([table])
    lines = [line.strip() for line in _text(out).splitlines() if line.strip()]
    assert ident in lines
    address = [line for line in lines if line not in ("E-mail Id", "E-mail", "Id", ident)]
    assert "".join(address) == LONG_ADDRESS, lines
    assert len(address) > 1 and all(line.endswith(("@", ".")) for line in address[:-1])


def test_amounts_shrink_rather_than_break_and_break_only_at_the_code(styles: Styles) -> None:
    amount = "EUR\u00a01,250,000,000"
    room = styles.text_width(amount, SMALL_SIZE) * 0.85
    para = styles.whole_words(amount, styles.cell_right, room)
    assert styles.text_width(amount, para.style.fontSize) <= room
    assert "<br/>" not in para.text
    narrow = styles.whole_words(amount, styles.cell_right, 40.0)  # too narrow even at 6 pt
    assert narrow.text.split("<br/>") == ["EUR\u00a0", "1,250,000,000"]


@pytest.mark.gui
def test_the_app_and_the_pdf_write_the_same_full_figure(tmp_path: Path,
                                                         styles: Styles) -> None:
    from PySide6.QtCore import QLocale

    from app.services.accounts import AccountSummary
    from app.views.account_model import COLUMNS, AccountTableModel

    amount = 1_234_567.5
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        model = AccountTableModel()
        model.set_summaries([AccountSummary("k", "Acme", None, None, None, None, None,
                                            amount, None, "EUR", 0)])
        column = next(i for i, c in enumerate(COLUMNS) if c.title == "Revenue")
        in_the_app = model.data(model.index(0, column))
    finally:
        QLocale.setDefault(before)
    assert in_the_app == "EUR\u00a01,234,567.50"  # a table: the full figure
    doc = DEMOS["demo-northwind"]
    doc = doc.model_copy(update={"account": doc.account.model_copy(
        update={"annual_revenue": amount, "currency": "EUR"})})
    ctx = Context(doc, Edition.INTERNAL, TODAY, ScoringSettings(), styles)
    assert ctx.locale == "en" and ctx.money(amount) == in_the_app
    out = tmp_path / "profile.pdf"
    build_pdf(doc, Edition.INTERNAL, out, today=TODAY, settings=ScoringSettings(),
              sections=frozenset({"profile"}))
    # pypdf reads the no-break space back as a plain one
    assert in_the_app.replace("\u00a0", " ") in _text(out)


def test_the_pdf_writes_figures_in_its_contexts_locale(styles: Styles) -> None:
    # a Russian or Chinese edition passes its language (build_pdf(lang=...)) as the locale
    doc = DEMOS["demo-ural"]
    english = Context(doc, Edition.INTERNAL, TODAY, ScoringSettings(), styles)
    russian = Context(doc, Edition.INTERNAL, TODAY, ScoringSettings(), styles, locale="ru")
    currency = doc.account.currency
    assert english.money(4_200_000) == f"{currency}\u00a04,200,000"
    assert russian.money(4_200_000) == "4\u00a0200\u00a0000\u00a0" + str(currency)
    assert english.money(4_200_000, compact=True) == f"{currency}\u00a04.2M"
    assert russian.number(93.5) == "93,5" and english.money(None) == ""
