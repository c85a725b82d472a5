"""The PDF export takes whatever the account file format accepts: texts up to 100,000
characters flow across pages (a table cell holds the start, the rest goes on below the
table) and charts take any finite number (±1.8e308, 5e-324, all values equal) without
an exception, NaN coordinates or 300-digit axis labels. Issue 12, item 5.

The hostile accounts come from tests/fixtures/extreme_accounts.py (generated)."""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, Shape

from app.assessment.settings import ScoringSettings
from app.models.account import MAX_MONEY, MAX_TEXT, AccountFile
from app.reports import Edition, build_pdf
from app.reports.charts import fraction, kpi_chart, revenue_chart
from app.reports.context import Context
from app.reports.editions import client_document
from app.reports.figures import axis, full
from app.reports.fonts import load_fonts
from app.reports.styles import CELL_LINES, make_styles
from tests.fixtures.extreme_accounts import (
    EXTREME_MONEY,
    EXTREME_NUMBERS,
    TEXT_FIELDS,
    extreme_account,
    long_text,
    marker,
)

TODAY = dt.date(2026, 11, 25)
SETTINGS = ScoringSettings()
FONTS = load_fonts(True)


def _export(doc: AccountFile, edition: Edition, out: Path,
            sections: frozenset[str] | None = None) -> tuple[int, list[str]]:
    pages = build_pdf(doc, edition, out, today=TODAY, settings=SETTINGS, sections=sections)
    return pages, [page.extract_text() or "" for page in PdfReader(out).pages]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _assert_whole(text: str, name: str, pdf_text: str) -> None:
    """Both markers of ``text`` and (almost) every 40-character stretch of it between
    them are in the PDF: nothing lost, read in order (page headers and the
    "continued" marks interrupt it here and there)."""
    squashed = _squash(pdf_text)
    assert _squash(marker(name, "start")) in squashed
    assert _squash(marker(name, "end")) in squashed
    body = _squash(text)
    stretches = [body[i:i + 40] for i in range(0, len(body) - 40, 40)]
    found = sum(s in squashed for s in stretches)
    assert found >= 0.97 * len(stretches), (found, len(stretches))


# -- the sizes of the issue: each one made reportlab raise LayoutError --------------------

@pytest.mark.parametrize(("field", "length", "edition", "section"), [
    ("risk.mitigation", 2_400, Edition.CLIENT, "risks"),
    ("insight.text", 3_400, Edition.CLIENT, "insights"),
    ("insight.text", 3_400, Edition.INTERNAL, "insights"),
    ("action.notes", 6_150, Edition.INTERNAL, "actions"),
    ("review.decisions", 8_000, Edition.CLIENT, "reviews"),
    ("account.notes", 12_000, Edition.INTERNAL, "profile"),
])
def test_a_text_longer_than_a_table_cell_goes_on_below_the_table(
        tmp_path: Path, field: str, length: int, edition: Edition, section: str) -> None:
    text = long_text(length, "latin", name="cell")
    doc = extreme_account({field: text})
    _pages, texts = _export(doc, edition, tmp_path / "cell.pdf", frozenset({section}))
    whole = "\n".join(texts)
    _assert_whole(text, "cell", whole)
    assert "[continued below, 1]" in whole
    assert re.search(r"\[1\] .*, continued", whole)


def test_continued_text_reads_at_full_width(tmp_path: Path) -> None:
    """The rest of a long mitigation is set across the page, not one word per line."""
    text = long_text(20_000, "latin", name="wide")
    _pages, texts = _export(extreme_account({"risk.mitigation": text}), Edition.INTERNAL,
                            tmp_path / "wide.pdf", frozenset({"risks"}))
    start = next(i for i, t in enumerate(texts) if "Mitigation, continued" in t)
    lines = [line for t in texts[start + 1:] for line in t.splitlines()
             if "QXWIDE" not in line and "Page " not in line and len(line) > 1]
    assert lines
    assert sum(len(line) for line in lines) / len(lines) > 70  # ~95 on a full line


def test_a_cell_keeps_the_start_of_a_long_text_and_says_where_it_goes_on() -> None:
    styles = make_styles(FONTS)
    text = long_text(5_000, "latin", name="cut")
    cut = styles.cell_cut(text, 7.5, 110.0)
    assert cut is not None and 100 < cut < 1_000
    assert text[cut - 1] in " ." or text[cut] == " "  # at a word, not inside one
    assert styles.cell_cut("A short mitigation.", 7.5, 110.0) is None
    assert styles.cell_cut("\n".join(["line"] * CELL_LINES), 7.5, 110.0) is None
    assert styles.cell_cut("\n".join(["line"] * (CELL_LINES + 5)), 7.5, 110.0) is not None
    chinese = long_text(5_000, "chinese", name="cut")
    cut = styles.cell_cut(chinese, 7.5, 110.0)
    assert cut is not None and 50 < cut < 600


# -- 100,000 characters, the format's limit, in every edition -----------------------------

def test_internal_edition_prints_100000_characters_in_a_cell_and_in_objective_notes(
        tmp_path: Path) -> None:
    mitigation = long_text(MAX_TEXT, "chinese", breaks=True, name="mit")
    notes = long_text(MAX_TEXT, "latin", name="obj")
    doc = extreme_account({"risk.mitigation": mitigation, "objective.notes": notes})
    pages, texts = _export(doc, Edition.INTERNAL, tmp_path / "internal.pdf",
                           frozenset({"objectives", "risks", "kpis"}))
    whole = "\n".join(texts)
    _assert_whole(mitigation, "mit", whole)
    _assert_whole(notes, "obj", whole)
    assert pages > 30


def test_client_edition_prints_100000_characters_of_shared_insight(tmp_path: Path) -> None:
    text = long_text(MAX_TEXT, "cyrillic", breaks=True, name="ins")
    doc = extreme_account({"insight.text": text, "review.agenda": long_text(
        20_000, "chinese", name="agenda")})
    _pages, texts = _export(doc, Edition.CLIENT, tmp_path / "client.pdf")
    whole = "\n".join(texts)
    _assert_whole(text, "ins", whole)
    assert _squash(marker("agenda", "end")) in _squash(whole)


def test_executive_brief_stays_two_pages_with_100000_character_texts(tmp_path: Path) -> None:
    texts = {field: long_text(MAX_TEXT, "latin", name=f"x{i}")
             for i, field in enumerate(("risk.mitigation", "account.notes",
                                        "objective.notes"))}
    pages, printed = _export(extreme_account(texts), Edition.EXECUTIVE, tmp_path / "exec.pdf")
    assert pages == 2
    # the escalated risk's plan is one of the asks, shortened to a line or two
    assert _squash(marker("x0", "start")) in _squash(printed[0])


# -- numbers at the edges of a float --------------------------------------------------------

def _numbers(shape: Any) -> list[float]:
    """Every coordinate and size of a drawing, recursively."""
    found: list[float] = []
    if isinstance(shape, Group):
        found += [float(v) for v in shape.transform]
        for child in shape.contents:
            found += _numbers(child)
    elif isinstance(shape, Shape):
        for name in ("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height"):
            value = getattr(shape, name, None)
            if isinstance(value, (int, float)):
                found.append(float(value))
        found += [float(v) for v in getattr(shape, "points", []) or []]
    return found


def _labels(shape: Any) -> list[str]:
    if isinstance(shape, Group):
        return [t for child in shape.contents for t in _labels(child)]
    text = getattr(shape, "text", None)
    return [text] if isinstance(text, str) else []


def _check_drawing(d: Drawing) -> None:
    assert all(math.isfinite(v) for v in _numbers(d))
    assert all(len(label) <= 60 for label in _labels(d))  # no 300-digit figures
    page = PdfReader(io.BytesIO(renderPDF.drawToString(d))).pages[0]
    content = page.get_contents()
    assert content is not None
    assert not re.search(rb"\b(nan|inf)\b", content.get_data(), re.IGNORECASE)


PAIRS = [(1e308, -1e308), (1.7976931348623157e308, -1.7976931348623157e308),
         (5e-324, -5e-324), (1e308, 1e308), (0.0, 0.0), (5e-324, 1e308), (-1e308, -1e-300),
         (2.2250738585072014e-308, 1e15), (123.456, 123.456)]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_kpi_chart_takes_any_finite_number(a: float, b: float) -> None:
    points = [(TODAY - dt.timedelta(days=30), a), (TODAY, b)]
    for target in (a, b, None, 0.0):
        _check_drawing(kpi_chart(FONTS, "KPI", points, target, 240))
        _check_drawing(kpi_chart(FONTS, "KPI", points[:1], target, 240))


@pytest.mark.parametrize("amounts", [(MAX_MONEY, 5e-324), (5e-324, 5e-324), (0.0, 0.0),
                                     (1e-300, MAX_MONEY), (MAX_MONEY, MAX_MONEY)])
def test_revenue_chart_takes_any_amount_the_format_accepts(
        amounts: tuple[float, float]) -> None:
    planned, actual = amounts
    quarters = [("Q1 2026", planned, actual), ("Q2 2026", actual, planned),
                ("Q3 2026", None, actual), ("Q4 2026", planned, None)]
    _check_drawing(revenue_chart(FONTS, quarters, "EUR", 480))


def test_chart_positions_and_axis_figures_at_the_edges() -> None:
    assert fraction(1e308, -1e308, 1e308) == 1.0
    assert fraction(-1e308, -1e308, 1e308) == 0.0
    assert fraction(0.0, -1e308, 1e308) == 0.5
    assert fraction(5e-324, 0.0, 5e-324) == 1.0
    assert fraction(7.0, 7.0, 7.0) == 0.5
    assert axis(1.7976931348623157e308) == "1.8E308"
    assert axis(-1e308) == "−1E308"
    assert axis(5e-324) == "4.94E−324"
    assert axis(4_200_000) == "4.2M"
    assert axis(0.0) == "0"


def test_table_figures_at_the_edges_keep_every_digit_in_scientific_notation() -> None:
    assert full(1.7976931348623157e308) == "1.7976931348623157E308"
    assert full(-1e308) == "−1E308"
    assert full(5e-324) == "5E−324"
    assert full(150_000_000) == "150,000,000"
    assert full(93.5) == "93.5"
    assert full(None) == ""
    ctx = Context(extreme_account(), Edition.INTERNAL, TODAY, SETTINGS, make_styles(FONTS))
    assert ctx.number(1e308) == "1E308"
    assert ctx.money(5e-324) == "EUR\u00a05E−324"
    assert ctx.money(MAX_MONEY) == "EUR 1,000,000,000,000,000".replace(" ", "\u00a0")


@pytest.mark.parametrize("edition", list(Edition))
def test_every_edition_with_kpis_and_objectives_of_plus_minus_1e308(
        tmp_path: Path, edition: Edition) -> None:
    doc = extreme_account(number=1.7976931348623157e308, low=-1.7976931348623157e308,
                          tiny_money=5e-324)
    pages, texts = _export(doc, edition, tmp_path / "numbers.pdf")
    assert pages >= 2
    if edition != Edition.EXECUTIVE:
        whole = "\n".join(texts)
        assert "1.7976931348623157E308" in whole  # the KPI table and the objective
        assert "1.8E308" in whole  # the chart's axis


# -- property: random accounts at the limits always make every edition -------------------

_SCRIPTS = st.sampled_from(["latin", "cyrillic", "chinese"])
_NUMBERS = st.one_of(st.sampled_from(EXTREME_NUMBERS),
                     st.floats(allow_nan=False, allow_infinity=False))
_MONEY = st.one_of(st.sampled_from(EXTREME_MONEY),
                   st.floats(min_value=0, max_value=MAX_MONEY, allow_nan=False))
# one or two long texts per account (each costs layout time: the 100,000-character case
# is tested above, once per edition), the other texts short
_LENGTHS = st.sampled_from([40, 900, 2_400, 3_400, 6_150, 12_000])


@st.composite
def _accounts(draw: st.DrawFn) -> tuple[AccountFile, dict[str, str]]:
    fields = draw(st.lists(st.sampled_from(sorted(TEXT_FIELDS)), min_size=1, max_size=2,
                           unique=True))
    texts = {field: long_text(draw(_LENGTHS), draw(_SCRIPTS), breaks=draw(st.booleans()),
                              name=f"p{i}", seed=draw(st.integers(0, 1000)))
             for i, field in enumerate(fields)}
    doc = extreme_account(texts, number=draw(_NUMBERS), low=draw(_NUMBERS),
                          money=draw(_MONEY), tiny_money=draw(_MONEY))
    return doc, texts


@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(case=_accounts())
def test_random_accounts_at_the_limits_make_every_edition(
        tmp_path: Path, case: tuple[AccountFile, dict[str, str]]) -> None:
    doc, texts = case
    internal: str | None = None
    for edition in Edition:
        out = tmp_path / f"{edition}.pdf"
        pages, printed = _export(doc, edition, out)
        assert pages == 2 if edition == Edition.EXECUTIVE else pages > 2
        if edition == Edition.INTERNAL:
            internal = _squash("\n".join(printed))
    assert internal is not None
    for i, field in enumerate(texts):
        assert _squash(marker(f"p{i}", "start")) in internal, field
        assert _squash(marker(f"p{i}", "end")) in internal, field
    assert client_document(doc).kpis  # the client edition had the extreme KPIs to draw
