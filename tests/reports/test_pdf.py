"""PDF account plans, read back with pypdf: sections, languages, editions, fonts, files.

Each demo account is exported once per edition (module-scoped) and the tests read
those files; only tests about failures build their own.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.assessment.gaps import all_findings
from app.assessment.health import health
from app.assessment.settings import ScoringSettings
from app.errors import RapportError
from app.models.account import AccountFile, Messengers
from app.models.enums import RELATIONSHIP_LABELS, BuyingRole, Stance, label
from app.reports import SECTIONS, Edition, build_pdf, fonts, sections_for
from app.services.demo import demo_documents

TODAY = dt.date(2026, 11, 25)
SETTINGS = ScoringSettings()
DEMOS = {d.account.id: d for d in demo_documents(TODAY)}


@dataclass
class Pdf:
    path: Path
    pages: int
    reader: PdfReader

    @property
    def texts(self) -> list[str]:
        if not hasattr(self, "_texts"):
            self._texts = [page.extract_text() or "" for page in self.reader.pages]
        return self._texts

    @property
    def text(self) -> str:
        return "\n".join(self.texts)

    @property
    def squashed(self) -> str:
        """All text without whitespace, so wrapped lines still match."""
        return _squash(self.text)

    def outline(self) -> list[str]:
        return [title for title, _page, _level in self.entries()]

    def entries(self) -> list[tuple[str, int, int]]:
        """(title, page number from 1, level) of every outline entry, in order."""
        found: list[tuple[str, int, int]] = []

        def walk(items: list[object], level: int) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item, level + 1)
                else:
                    page = self.reader.get_destination_page_number(item)  # type: ignore[arg-type]
                    found.append((str(item.title), page + 1, level))  # type: ignore[attr-defined]

        walk(self.reader.outline, 0)
        return found


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _export(doc: AccountFile, edition: Edition, out: Path, **kwargs: object) -> Pdf:
    pages = build_pdf(doc, edition, out, today=TODAY, settings=SETTINGS, **kwargs)  # type: ignore[arg-type]
    return Pdf(out, pages, PdfReader(out))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, Edition], Pdf]:
    folder = tmp_path_factory.mktemp("pdf")
    return {(key, edition): _export(doc, edition, folder / f"{key}-{edition}.pdf")
            for key, doc in DEMOS.items() for edition in Edition}


# -- content ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(DEMOS))
def test_internal_edition_has_every_section_in_outline_text_and_contents(
        pdfs: dict[tuple[str, Edition], Pdf], key: str) -> None:
    pdf = pdfs[key, Edition.INTERNAL]
    sections = [(title, page) for title, page, level in pdf.entries() if level == 0]
    # built without the account's history: no "Changes since …" (test_changes_pdf.py)
    assert [title for title, _ in sections] == [s.title for s in SECTIONS
                                                if s.key != "changes"]
    for title, page in sections:
        assert title in pdf.texts[page - 1], (title, page)  # the bookmark's page
    # the printed contents: every title, each with the page its bookmark leads to
    contents = pdf.texts[1]
    assert "Contents" in contents
    assert all(title in contents for title, _ in sections)
    numbers = [int(n) for n in re.findall(r"\.\s+(\d+)\s*$", contents, re.MULTILINE)]
    assert sorted(numbers) == sorted(page for _, page in sections)


@pytest.mark.parametrize("key", sorted(DEMOS))
def test_cover_and_running_footer(pdfs: dict[tuple[str, Edition], Pdf], key: str) -> None:
    pdf = pdfs[key, Edition.INTERNAL]
    doc = DEMOS[key]
    cover = _squash(pdf.texts[0])
    for text in (doc.account.name, TODAY.isoformat(), doc.account.owner or "",
                 "Internal edition"):
        assert _squash(text) in cover
    assert "Page" not in pdf.texts[0]
    for number, text in enumerate(pdf.texts[1:], start=2):
        assert f"Page {number} of {pdf.pages}" in text
        assert _squash(doc.account.name) in _squash(text)
    assert 8 <= pdf.pages <= 30


@pytest.mark.parametrize("key", sorted(DEMOS))
def test_every_stakeholder_name_extracts_back_in_chinese_russian_and_english(
        pdfs: dict[tuple[str, Edition], Pdf], key: str) -> None:
    doc = DEMOS[key]
    for edition in (Edition.INTERNAL, Edition.CLIENT):
        text = pdfs[key, edition].squashed
        missing = [p.name for p in doc.stakeholders if _squash(p.name) not in text]
        assert not missing, (edition, missing)
    assert _squash(doc.account.name) in pdfs[key, Edition.EXECUTIVE].squashed


def test_scripts_are_really_there(pdfs: dict[tuple[str, Edition], Pdf]) -> None:
    chinese = pdfs["demo-huadong", Edition.INTERNAL].text
    russian = pdfs["demo-ural", Edition.INTERNAL].text
    assert "华东精密制造集团" in chinese and "首席财务官" in chinese
    assert "ТрансЛогистик Урал" in russian and "Генеральный директор" in russian


@pytest.mark.parametrize("edition", list(Edition))
def test_fonts_are_embedded_truetype_subsets(pdfs: dict[tuple[str, Edition], Pdf],
                                             edition: Edition) -> None:
    reader = pdfs["demo-huadong", edition].reader
    seen = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:  # a Type0 font: the descriptor is on its descendant
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            seen[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert seen and all(seen.values()), seen
    assert any("RapportCJK" in name or "WenQuanYi" in name or "Micro" in name
               for name in seen) or len(seen) >= 2


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_reports_every_font_embedded(pdfs: dict[tuple[str, Edition], Pdf]) -> None:
    out = subprocess.run(["pdffonts", str(pdfs["demo-huadong", Edition.INTERNAL].path)],
                         capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        # name type encoding emb sub uni object ID: "yes" in the emb column
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row), row


# -- editions ----------------------------------------------------------------------------


_WORDS = ([label(s) for s in Stance] + [RELATIONSHIP_LABELS[level] for level in range(1, 5)]
          + [label(r) for r in BuyingRole if r != BuyingRole.OTHER]
          + ["stance", "influence", "churn", "health score", "internal", "KAM selection",
             "Tier", "Potential revenue", "Lifecycle"])


def _forbidden(doc: AccountFile) -> list[str]:
    """What the client edition must never print, taken from the account itself."""
    words = list(_WORDS)
    score = health(doc, TODAY, SETTINGS).score
    if score is not None:
        words.append(f"{score}/100")
    texts = [doc.account.notes]
    texts += [p.notes for p in doc.stakeholders]
    texts += [i.note for i in doc.influences]
    texts += [i.summary for i in doc.interactions]
    texts += [s.note for s in doc.stage_history]
    texts += [c.note for c in doc.stakeholder_history]
    texts += [e.note for e in doc.stage_evidence]
    texts += [m.notes for m in doc.team]
    texts += [o.notes for o in doc.objectives]
    texts += [a.notes for a in doc.actions]
    texts += [r.notes for r in doc.reviews]
    texts += [r.notes for r in doc.risks]
    texts += [r.title for r in doc.risks if r.internal]
    texts += [r.mitigation for r in doc.risks if r.internal]
    texts += [i.text for i in doc.insights if not i.confirmed]
    if doc.whitespace:
        texts += [c.note for c in doc.whitespace.cells]
    texts += [f.message for f in all_findings(doc, TODAY, SETTINGS)]
    return words + [t for t in texts if t and len(_squash(t)) >= 6]


def _shareable(doc: AccountFile) -> str:
    """What the client edition may print, listed here independently of the code under
    test: an internal note that merely repeats such a text is not a leak."""
    texts = [doc.account.name, doc.account.industry or ""]
    texts += [t for p in doc.stakeholders for t in (p.name, p.title or "", p.department or "")]
    texts += [t for i in doc.insights if i.confirmed for t in (i.text, i.value_proposition or "")]
    texts += [t for r in doc.risks if not r.internal for t in (r.title, r.mitigation or "")]
    texts += [o.title for o in doc.objectives] + [m.title for o in doc.objectives
                                                  for m in o.milestones]
    texts += [a.title for a in doc.actions] + [k.name for k in doc.kpis]
    texts += [t for r in doc.reviews for t in (r.title or "", r.agenda or "", r.decisions or "")]
    return _squash(" ".join(texts))


@pytest.mark.parametrize("key", sorted(DEMOS))
def test_client_edition_holds_nothing_internal(pdfs: dict[tuple[str, Edition], Pdf],
                                               key: str) -> None:
    doc = DEMOS[key]
    client = pdfs[key, Edition.CLIENT].squashed
    internal = pdfs[key, Edition.INTERNAL].squashed
    shareable = _shareable(doc)
    forbidden = _forbidden(doc)
    leaked = [t for t in forbidden if _squash(t) in client
              and (t in _WORDS or _squash(t) not in shareable)]
    assert not leaked
    # the check can see: the internal edition prints the internal risks and stances
    assert any(_squash(r.title) in internal for r in doc.risks if r.internal)
    assert _squash("Skeptic") in internal


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Pdf, Pdf]:
    """A demo account with a marked note in every free-text field that is internal."""
    doc = DEMOS["demo-northwind"]
    marks = iter(range(10_000))

    def mark(what: str) -> str:
        return f"SECRET{what}{next(marks)}X"

    def with_notes(items: list, **fields: str) -> list:  # type: ignore[type-arg]
        return [item.model_copy(update={f: mark(v) for f, v in fields.items()})
                for item in items]

    ws = doc.whitespace
    assert ws is not None
    marked = doc.model_copy(update={
        "account": doc.account.model_copy(update={"notes": mark("account")}),
        # and the contact details of the customer's people
        "stakeholders": [p.model_copy(update={
            "email": mark("mail") + "@northwind.example",
            "messengers": Messengers(wechat=mark("chat"))})
            for p in with_notes(doc.stakeholders, notes="person")],
        "influences": with_notes(doc.influences, note="line"),
        "stage_history": with_notes(doc.stage_history, note="stage"),
        "interactions": with_notes(doc.interactions, summary="talk"),
        "team": with_notes(doc.team, notes="team"),
        "objectives": with_notes(doc.objectives, notes="goal"),
        "actions": with_notes(doc.actions, notes="action"),
        "reviews": with_notes(doc.reviews, notes="review"),
        "risks": with_notes(doc.risks, notes="risk"),
        "whitespace": ws.model_copy(update={"cells": with_notes(ws.cells, note="cell")}),
    })
    folder = tmp_path_factory.mktemp("marked")
    return (_export(marked, Edition.INTERNAL, folder / "internal.pdf"),
            _export(marked, Edition.CLIENT, folder / "client.pdf"))


def test_client_edition_leaves_out_every_note(annotated: tuple[Pdf, Pdf]) -> None:
    internal, client = annotated
    assert "SECRET" not in client.text
    # the internal edition prints every one of them: the check can see them
    shown = set(re.findall(r"SECRET([a-z]+)\d+X", internal.text))
    assert shown == {"account", "person", "line", "stage", "talk", "team", "goal", "action",
                     "review", "risk", "cell", "mail", "chat"}


def test_client_map_is_the_org_chart_with_our_contacts(
        pdfs: dict[tuple[str, Edition], Pdf]) -> None:
    text = pdfs["demo-northwind", Edition.CLIENT].text
    assert "Our contact: Anna Weber" in text
    assert "Reports to" in text


@pytest.mark.parametrize("key", sorted(DEMOS))
def test_executive_brief_is_exactly_two_pages(pdfs: dict[tuple[str, Edition], Pdf],
                                              key: str) -> None:
    pdf = pdfs[key, Edition.EXECUTIVE]
    assert pdf.pages == 2 and len(pdf.reader.pages) == 2
    first, second = pdf.texts
    for heading in ("Executive brief", "Top objectives", "Top risks", "Our asks"):
        assert heading in first
    assert "Key people" in second
    assert "Page 2 of 2" in second


def test_executive_brief_of_a_large_account_still_fits_two_pages(tmp_path: Path) -> None:
    from bench.pdf import synthetic_account

    pdf = _export(synthetic_account(150), Edition.EXECUTIVE, tmp_path / "exec.pdf")
    assert len(pdf.reader.pages) == 2


def test_sections_can_be_chosen(tmp_path: Path) -> None:
    pdf = _export(DEMOS["demo-ural"], Edition.INTERNAL, tmp_path / "some.pdf",
                  sections=frozenset({"risks", "stakeholders"}))
    assert pdf.outline() == ["Stakeholders", "Risks"]
    assert pdf.pages <= 5


def test_client_edition_has_no_gap_analysis_or_interaction_log() -> None:
    keys = {s.key for s in sections_for(Edition.CLIENT)}
    assert "findings" not in keys and "interactions" not in keys
    assert sections_for(Edition.EXECUTIVE) == ()


def test_large_map_is_split_into_readable_parts(tmp_path: Path) -> None:
    from bench.pdf import synthetic_account

    doc = synthetic_account(100)
    pdf = _export(doc, Edition.INTERNAL, tmp_path / "big.pdf",
                  sections=frozenset({"map"}))
    parts = [t for t in pdf.outline() if t.startswith("Stakeholder map, part")]
    assert len(parts) >= 2
    assert pdf.pages == len(parts) + 3  # cover, contents, overview + parts
    assert all(_squash(p.name) in pdf.squashed for p in doc.stakeholders)


def test_progress_runs_up_to_100(tmp_path: Path) -> None:
    seen: list[int] = []
    build_pdf(DEMOS["demo-ural"], Edition.CLIENT, tmp_path / "p.pdf", today=TODAY,
              settings=SETTINGS, progress=lambda percent, _text: seen.append(percent))
    assert seen[-1] == 100 and seen == sorted(seen) and len(seen) > 5


# -- files and fonts ---------------------------------------------------------------------


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RapportError, match="does not exist"):
        build_pdf(DEMOS["demo-ural"], Edition.INTERNAL, tmp_path / "no" / "x.pdf",
                  today=TODAY, settings=SETTINGS)
    assert not (tmp_path / "no").exists()


def test_a_folder_as_target_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RapportError, match="is a folder"):
        build_pdf(DEMOS["demo-ural"], Edition.INTERNAL, tmp_path, today=TODAY,
                  settings=SETTINGS)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a POSIX user that file permissions apply to")
def test_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(RapportError, match="permission"):
            build_pdf(DEMOS["demo-ural"], Edition.INTERNAL, folder / "x.pdf", today=TODAY,
                      settings=SETTINGS)
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_failed_export_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the previous plan")

    class Stop(Exception):
        pass

    def stop_late(percent: int, _text: str) -> None:
        if percent > 50:
            raise Stop

    with pytest.raises(Stop):
        build_pdf(DEMOS["demo-huadong"], Edition.INTERNAL, target, today=TODAY,
                  settings=SETTINGS, progress=stop_late)
    assert target.read_bytes() == b"the previous plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    _export(DEMOS["demo-ural"], Edition.EXECUTIVE, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


@pytest.fixture
def no_cjk_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("RAPPORT_PDF_CJK_FONT", "/nonexistent/font.ttc")
    fonts.reset_for_tests()
    yield
    monkeypatch.undo()
    fonts.reset_for_tests()


@pytest.mark.usefixtures("no_cjk_font")
def test_chinese_text_without_a_cjk_font_names_the_package(tmp_path: Path) -> None:
    with pytest.raises(RapportError, match="fonts-wqy-microhei"):
        build_pdf(DEMOS["demo-huadong"], Edition.CLIENT, tmp_path / "x.pdf", today=TODAY,
                  settings=SETTINGS)
    assert list(tmp_path.iterdir()) == []
    # an account without Chinese needs no CJK font
    build_pdf(DEMOS["demo-ural"], Edition.EXECUTIVE, tmp_path / "ok.pdf", today=TODAY,
              settings=SETTINGS)


def test_cjk_runs_split_mixed_text() -> None:
    assert fonts.cjk_runs("CFO 李静 questions") == [("CFO ", False), ("李静", True),
                                                   (" questions", False)]
    assert fonts.has_cjk("华东") and not fonts.has_cjk("ТрансЛогистик")


def test_refused_temporary_file_is_a_clear_error(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """What a folder without write permission does (the test above cannot run as root)."""
    import app.atomic as atomic

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(RapportError, match="Permission denied"):
        build_pdf(DEMOS["demo-ural"], Edition.INTERNAL, tmp_path / "x.pdf", today=TODAY,
                  settings=SETTINGS)
    assert list(tmp_path.iterdir()) == []


def test_an_account_with_nothing_but_a_name_still_makes_every_edition(tmp_path: Path) -> None:
    doc = AccountFile.model_validate({"format": "rapport-account", "version": 1,
                                      "account": {"id": "e", "name": "Empty Ltd"}},
                                     strict=False)
    internal = _export(doc, Edition.INTERNAL, tmp_path / "internal.pdf")
    assert [t for t, _, level in internal.entries() if level == 0] == [
        s.title for s in SECTIONS if s.key != "changes"]
    assert "No stakeholders recorded." in internal.text
    assert "No risks recorded." in internal.text
    assert internal.pages <= 8
    assert len(_export(doc, Edition.EXECUTIVE, tmp_path / "brief.pdf").reader.pages) == 2
    assert _export(doc, Edition.CLIENT, tmp_path / "client.pdf").pages <= 8


def test_font_overrides_take_a_collection_index(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    wqy = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if not wqy.is_file():
        pytest.skip("fonts-wqy-microhei not installed")
    monkeypatch.setenv("RAPPORT_PDF_CJK_FONT", f"{wqy}#1")  # WenQuanYi Micro Hei Mono
    fonts.reset_for_tests()
    try:
        pdf = _export(DEMOS["demo-huadong"], Edition.EXECUTIVE, tmp_path / "mono.pdf")
        names = {str(f.get_object()["/BaseFont"]) for page in pdf.reader.pages
                 for f in page["/Resources"]["/Font"].values()}
        assert any("Mono" in n for n in names), names
        assert "华东精密制造集团" in pdf.text
    finally:
        monkeypatch.undo()
        fonts.reset_for_tests()


def test_no_text_font_names_the_package(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAPPORT_PDF_FONT", str(tmp_path / "missing.ttf"))
    fonts.reset_for_tests()
    try:
        with pytest.raises(RapportError, match="fonts-dejavu-core"):
            build_pdf(DEMOS["demo-ural"], Edition.CLIENT, tmp_path / "x.pdf", today=TODAY,
                      settings=SETTINGS)
    finally:
        monkeypatch.undo()
        fonts.reset_for_tests()
    assert not (tmp_path / "x.pdf").exists()


def test_cancelling_at_the_very_end_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"the plan handed out last quarter")

    def cancel_when_done(percent: int, _text: str) -> None:
        if percent >= 100:
            raise KeyboardInterrupt  # what a Cancel at the last moment raises

    with pytest.raises(KeyboardInterrupt):
        build_pdf(DEMOS["demo-ural"], Edition.INTERNAL, out, today=TODAY, settings=SETTINGS,
                  progress=cancel_when_done)
    assert out.read_bytes() == b"the plan handed out last quarter"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_long_account_name_is_shortened_in_the_header_not_run_over_the_page_number(
    tmp_path: Path,
) -> None:
    name = "Трансконтинентальная логистическая компания " * 4 + "Урал"
    doc = DEMOS["demo-ural"].model_copy(update={"account": DEMOS["demo-ural"].account
                                                .model_copy(update={"name": name[:200]})})
    pdf = _export(doc, Edition.EXECUTIVE, tmp_path / "brief.pdf")
    first = pdf.reader.pages[0].extract_text()
    assert "Executive brief" in first and "Page 1 of 2" in first
    assert "…" in first  # the name in the header and footer, cut to fit
