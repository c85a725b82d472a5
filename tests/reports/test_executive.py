"""The executive brief's first page: the stage ladder, the health gauge, its trend and what
it is made of beside the text, on two pages whatever the account holds (read back with
pypdf, no Qt)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from app.assessment.health import health, state_as_of
from app.assessment.settings import ScoringSettings
from app.assessment.stages import LADDER
from app.models.account import AccountFile
from app.models.enums import RelationshipStage, label
from app.reports import Edition, build_pdf, executive
from app.reports.context import PORTRAIT, Context, frame_size
from app.reports.fonts import load_fonts
from app.reports.styles import make_styles
from app.services.demo import demo_documents

TODAY = dt.date(2026, 11, 25)
SETTINGS = ScoringSettings()
DEMOS = {d.account.id: d for d in demo_documents(TODAY)}
STAGES = [label(s) for s in LADDER]


def _brief(doc: AccountFile, out: Path, settings: ScoringSettings = SETTINGS) -> PdfReader:
    assert build_pdf(doc, Edition.EXECUTIVE, out, today=TODAY, settings=settings) == 2
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    return reader


def _placed(reader: PdfReader) -> list[tuple[str, float, float]]:
    """(text, x, y) of every text run on page one."""
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            # the drawing's strings are placed by the text matrix inside a translated
            # group: the position is the text matrix applied to the current matrix
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text.strip(), x, y))

    reader.pages[0].extract_text(visitor_text=visit)
    return runs


def _ctx(doc: AccountFile) -> Context:
    fonts = load_fonts(True)
    return Context(doc, Edition.EXECUTIVE, TODAY, SETTINGS, make_styles(fonts))


def _empty() -> AccountFile:
    return AccountFile.model_validate({"format": "rapport-account", "version": 1,
                                       "account": {"id": "e", "name": "Empty Ltd"}},
                                      strict=False)


@pytest.mark.parametrize("key", sorted(DEMOS))
def test_page_one_shows_the_ladder_and_the_health_score_beside_the_text(
        tmp_path: Path, key: str) -> None:
    doc = DEMOS[key]
    reader = _brief(doc, tmp_path / "brief.pdf")
    first = reader.pages[0].extract_text()
    score = health(doc, TODAY, SETTINGS).score
    assert score is not None
    assert f"{score}/100" in first  # the figures
    assert "of 100" in first and f"churn warning below {SETTINGS.churn_threshold}" in first
    assert all(stage in first for stage in STAGES), first
    assert "evidence supports" in first and "What the health is made of" in first
    assert f"Health, last {SETTINGS.drop_window_days} days" in first
    assert "Key people" in reader.pages[1].extract_text()
    # beside the text: the pictures in the right column, the text in the left one
    width = float(reader.pages[0].mediabox.width)
    placed = _placed(reader)
    ladder = [x for text, x, _ in placed if text == "Relationship stage"]
    assert len(ladder) == 2  # the figures' row (left) and the ladder's title (right)
    assert min(ladder) < width / 3 and max(ladder) > width / 2
    objectives = [(x, y) for text, x, y in placed if text == "Top objectives"]
    gauge = [y for text, x, y in placed if text == str(score) and x > width / 2]
    assert objectives and objectives[0][0] < width / 3
    assert gauge  # the score in the middle of the gauge, in the right column


@pytest.mark.parametrize("key", sorted(DEMOS))
def test_page_one_keeps_its_text_size(key: str) -> None:
    """The pictures make room, the text is not shrunk to fit (only a brief too long
    for even the smallest pictures would be)."""
    width, height = frame_size(PORTRAIT)
    page = executive.executive(_ctx(DEMOS[key]))[0]
    _, used = page.wrapOn(Canvas(io.BytesIO()), width, height - 2)
    assert used <= height - 2
    assert getattr(page, "_scale", 1.0) == 1.0


def test_a_long_brief_gets_smaller_pictures_not_smaller_text() -> None:
    doc = DEMOS["demo-ural"]
    long = ("Долгое название, которое описывает проблему с поставками и ценами на "
            "следующий год во всех подразделениях клиента ")
    doc = doc.model_copy(update={
        "risks": [r.model_copy(update={"title": long + r.title}) for r in doc.risks],
        "objectives": [o.model_copy(update={"title": long + o.title})
                       for o in doc.objectives]})
    width, height = frame_size(PORTRAIT)
    ctx = _ctx(doc)
    full = executive.visual(ctx, width * executive.VISUAL_SHARE).height
    page = executive.executive(ctx)[0]
    _, used = page.wrapOn(Canvas(io.BytesIO()), width, height - 2)
    assert getattr(page, "_scale", 1.0) == 1.0 and used <= height - 2
    body = page._content[-1]
    assert body._I.height < full  # the smaller pictures were chosen


def test_an_account_without_health_data_still_makes_two_pages(tmp_path: Path) -> None:
    reader = _brief(_empty(), tmp_path / "brief.pdf")
    first = reader.pages[0].extract_text()
    assert "no data to score" in first
    assert "No stage recorded" in first
    assert all(stage in first for stage in STAGES)
    assert "What the health is made of" not in first  # nothing to take apart


def test_a_disintegrating_relationship_is_said_in_red_below_the_ladder(
        tmp_path: Path) -> None:
    doc = DEMOS["demo-ural"]
    account = doc.account.model_copy(update={
        "relationship_stage": RelationshipStage.DISINTEGRATING,
        "target_stage": RelationshipStage.BASIC})
    reader = _brief(doc.model_copy(update={"account": account}), tmp_path / "brief.pdf")
    first = reader.pages[0].extract_text()
    assert "Disintegrating: off the ladder" in first
    assert all(stage in first for stage in STAGES)


def test_below_the_churn_threshold_the_gauge_says_so(tmp_path: Path) -> None:
    strict = SETTINGS.model_copy(update={"churn_threshold": 90})
    reader = _brief(DEMOS["demo-northwind"], tmp_path / "brief.pdf", strict)
    first = reader.pages[0].extract_text()
    assert "below the churn threshold" in first
    assert "churn warning below 90" in first


def test_the_trend_is_the_health_of_the_account_as_it_stood_over_the_window() -> None:
    doc = DEMOS["demo-huadong"]
    series = executive.health_series(_ctx(doc))
    assert len(series) == executive.TREND_SAMPLES
    days = [day for day, _ in series]
    assert days[0] == TODAY - dt.timedelta(days=SETTINGS.drop_window_days)
    assert days[-1] == TODAY and days == sorted(days)
    assert series[-1][1] == health(doc, TODAY, SETTINGS).score
    first_day = days[0]
    assert series[0][1] == health(state_as_of(doc, first_day), first_day, SETTINGS).score
    assert executive.health_series(_ctx(_empty())) == []  # nothing to score, no line
