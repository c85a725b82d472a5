"""What changed since the last review, in the PDF: the internal edition's section (the
change list by kind with before → after, the compare map) and the executive brief's "Top
changes", read back with pypdf from PDFs written by the real use case on a database
whose account has an earlier version; the client edition holds none of it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import i18n
from app.bootstrap import Services
from app.models.enums import label
from app.reports import Edition, figures
from app.reports.editions import printed_sections
from app.services.demo import demo_documents
from app.services.reports import export_pdf, history_for
from tests.reports.history_helpers import Past, give_history

TODAY = dt.date(2026, 11, 25)
DEMOS = {d.account.id: d for d in demo_documents(TODAY)}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


class Pdf:
    def __init__(self, path: Path) -> None:
        self.reader = PdfReader(path)
        self.texts = [page.extract_text() or "" for page in self.reader.pages]
        self.squashed = _squash("\n".join(self.texts))

    def outline(self) -> list[str]:
        found: list[str] = []

        def walk(items: list[object]) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    found.append(str(item.title))  # type: ignore[attr-defined]

        walk(self.reader.outline)
        return found

    def has(self, text: str) -> bool:
        return _squash(text) in self.squashed


def _review_day(key: str) -> dt.date:
    return max(r.date for r in DEMOS[key].reviews if r.held and r.date <= TODAY)


def _with_history(services: Services, key: str) -> Past:
    held = _review_day(key)
    return give_history(services, DEMOS[key], held - dt.timedelta(days=10),
                        min(TODAY, held + dt.timedelta(days=5)))


@pytest.fixture
def huadong(services: Services) -> tuple[Services, Past]:
    return services, _with_history(services, "demo-huadong")


def _export(services: Services, key: str, edition: Edition, out: Path,
            lang: str | None = "en") -> Pdf:
    export_pdf(services, key, edition, out, today=TODAY, lang=lang, allow_flagged=True)
    return Pdf(out)


def test_the_internal_edition_lists_the_changes_since_the_last_review(
        huadong: tuple[Services, Past], tmp_path: Path) -> None:
    services, past = huadong
    pdf = _export(services, "demo-huadong", Edition.INTERNAL, tmp_path / "internal.pdf")
    heading = f"Changes since {_review_day('demo-huadong').isoformat()}"
    assert heading in pdf.outline()
    assert "Compare map" in pdf.outline()
    # the section's pages: from its heading to the compare map's
    start = next(i for i, t in enumerate(pdf.texts) if _squash(heading) in _squash(t)
                 and "Contents" not in t)
    section = _squash("".join(pdf.texts[start:start + 4]))
    for name, before, after in past.moved:  # one row each: who, what, before, after
        assert _squash(f"{name}stance{label(before)}{label(after)}") in section, name
    assert _squash(f"{past.joined}joined") in section
    assert _squash(f"{past.left}left") in section  # a Chinese name, intact
    assert _squash(f"{past.reopened}opened") in section
    for group in ("People", "Stances and relationships", "Risks"):
        assert _squash(group) in section
    # the compare map draws the one who left, as a ghost
    compare = next(t for t in pdf.texts if "Compare map" in t and "gone since then" in t)
    assert _squash(past.left) in _squash(compare)
    assert "gone since then" in compare


def test_the_executive_brief_has_the_top_changes(
        huadong: tuple[Services, Past], tmp_path: Path) -> None:
    services, past = huadong
    pdf = _export(services, "demo-huadong", Edition.EXECUTIVE, tmp_path / "brief.pdf")
    assert len(pdf.texts) == 2
    first = _squash(pdf.texts[0])
    assert _squash(f"Top changes since {_review_day('demo-huadong').isoformat()}") in first
    assert _squash(f"{past.left} left the map") in first
    for name, before, after in past.moved:
        assert _squash(f"{name}: stance {label(before)} → {label(after)}") in first


def test_the_client_edition_shows_none_of_it(
        huadong: tuple[Services, Past], tmp_path: Path) -> None:
    services, past = huadong
    pdf = _export(services, "demo-huadong", Edition.CLIENT, tmp_path / "client.pdf")
    # the person who left is on no page of today's account: only the changes name them
    assert not pdf.has(past.left)
    for words in ("Changes since", "Top changes", "Compare map", "gone since then",
                  "stance"):
        assert not pdf.has(words), words
    assert not [t for t in pdf.outline() if "Change" in t]


@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_the_section_speaks_the_documents_language_with_names_intact(
        services: Services, tmp_path: Path, lang: str) -> None:
    past = _with_history(services, "demo-ural")
    pdf = _export(services, "demo-ural", Edition.INTERNAL, tmp_path / f"{lang}.pdf", lang)
    history = history_for(services, "demo-ural", TODAY)
    with i18n.language(lang):
        from app.reports.changes_section import GROUPS

        day = figures.date(_review_day("demo-ural"), lang)
        heading = i18n._("Changes since {date}").format(date=day)
        groups = [i18n._(g) for g, _kinds in GROUPS[:2]]
        stances = [(label(b), label(a)) for _n, b, a in past.moved]
    assert history.review and heading != "Changes since {date}"
    assert heading in pdf.outline()
    assert pdf.has(past.left)  # Зайцев Пётр Ильич
    assert pdf.has(past.joined)
    for group in groups:
        assert pdf.has(group), group
    for (name, _b, _a), (before, after) in zip(past.moved, stances, strict=True):
        assert pdf.has(f"{name}") and pdf.has(before) and pdf.has(after)


def test_without_an_earlier_version_the_section_says_so(services: Services,
                                                        tmp_path: Path) -> None:
    services.accounts.import_documents([DEMOS["demo-northwind"]])
    history = history_for(services, "demo-northwind", TODAY)
    assert history.then is None and not history.changes
    pdf = _export(services, "demo-northwind", Edition.INTERNAL, tmp_path / "new.pdf")
    assert pdf.has("No earlier version of this account is kept yet")
    assert "Compare map" not in pdf.outline()
    brief = _export(services, "demo-northwind", Edition.EXECUTIVE, tmp_path / "brief.pdf")
    assert brief.has("No earlier version of this account is kept yet")


def test_without_a_review_held_the_last_90_days_are_compared(services: Services,
                                                             tmp_path: Path) -> None:
    doc = DEMOS["demo-ural"]
    unheld = doc.model_copy(update={"reviews": [r.model_copy(update={"held": False})
                                                for r in doc.reviews]})
    past = give_history(services, unheld, TODAY - dt.timedelta(days=120),
                        TODAY - dt.timedelta(days=20))
    history = history_for(services, "demo-ural", TODAY)
    assert not history.review and history.since == TODAY - dt.timedelta(days=90)
    assert {c.name for c in history.changes if c.kind == "person_removed"} == {past.left}
    pdf = _export(services, "demo-ural", Edition.INTERNAL, tmp_path / "90.pdf")
    assert "Changes in the last 90 days" in pdf.outline()


def test_a_pdf_built_without_history_has_no_changes_section() -> None:
    # build_pdf without history (bench, older callers): the section is not printed
    keys = [s.key for s in printed_sections(Edition.INTERNAL, DEMOS["demo-ural"])]
    assert "changes" not in keys
    assert "changes" in [s.key for s in printed_sections(Edition.INTERNAL,
                                                         DEMOS["demo-ural"],
                                                         history=True)]
    assert "changes" not in [s.key for s in printed_sections(Edition.CLIENT,
                                                             DEMOS["demo-ural"],
                                                             history=True)]
