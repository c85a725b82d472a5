"""Assemble the PDF: page templates (cover, portrait, landscape map pages), running
header and footer with "Page N of M", the table of contents and PDF outline, and an
atomic write: the PDF is built in memory and only then written to a temporary file in
the target folder, renamed when complete (a killed export leaves nothing behind).

Layout runs in passes (``multiBuild``) until the contents and the page count no longer
change, so the contents' page numbers and every "of M" are those of the final layout.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from app import i18n
from app.assessment.settings import ScoringSettings
from app.atomic import check_target, write_atomically
from app.errors import RapportError
from app.i18n import N_, _
from app.models.account import AccountFile
from app.reports import (
    changes_section,
    executive,
    sections_overview,
    sections_people,
    sections_plan,
)
from app.reports.context import FOOTER, HEADER, LANDSCAPE, PORTRAIT, Context, Heading
from app.reports.editions import (
    Edition,
    client_document,
    document_language,
    edition_title,
    printed_sections,
)
from app.reports.fonts import (
    draw_runs,
    font_for,
    has_cjk,
    load_fonts,
    missing_glyphs,
    runs_width,
)
from app.reports.history import History
from app.reports.styles import MARGIN, MUTED, RULE, fitted, make_styles

#: progress(percent 0–100, what is happening); raise from it to cancel the export
Progress = Callable[[int, str], None]
#: languages whose documents need the CJK font whatever the account holds
CJK_LANGUAGES = frozenset({"zh_CN"})

SECTION_BUILDERS: dict[str, Callable[[Context], list[Flowable]]] = {
    "summary": sections_overview.summary,
    "changes": changes_section.section,
    "profile": sections_overview.profile,
    "map": sections_people.stakeholder_map,
    "stakeholders": sections_people.stakeholders,
    "stages": sections_people.stages,
    "findings": sections_people.findings,
    "whitespace": sections_plan.whitespace,
    "insights": sections_plan.insights,
    "objectives": sections_plan.objectives,
    "revenue": sections_plan.revenue,
    "risks": sections_plan.risks,
    "actions": sections_plan.actions,
    "team": sections_plan.team,
    "reviews": sections_plan.reviews,
    "kpis": sections_plan.kpis,
    "interactions": sections_plan.interactions,
}
_PLANNING = 30  # percent of the progress bar for building the sections


class PlanDocument(BaseDocTemplate):
    """Three page templates and the table-of-contents / outline bookkeeping."""

    def __init__(self, path: str | io.BytesIO, ctx: Context, **kwargs: Any) -> None:
        super().__init__(path, pagesize=PORTRAIT, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + HEADER, bottomMargin=MARGIN + FOOTER, **kwargs)
        self.ctx = ctx
        self.header_text = ctx.doc.account.name
        self.footer_text = f"{ctx.doc.account.name} · {ctx.date(ctx.today)}"
        #: pages of the previous layout pass: the "of M" in "Page N of M"
        self.total_pages: int | None = None
        templates = [
            self._template("cover", PORTRAIT, header=False),
            self._template("portrait", PORTRAIT),
            self._template("landscape", LANDSCAPE),
        ]
        if ctx.edition == Edition.EXECUTIVE:  # no cover: two pages, the first one portrait
            templates = templates[1:]
        self.addPageTemplates(templates)

    def _template(self, name: str, size: tuple[float, float], *,
                  header: bool = True) -> PageTemplate:
        frame = Frame(MARGIN, MARGIN + FOOTER, size[0] - 2 * MARGIN,
                      size[1] - 2 * MARGIN - HEADER - FOOTER, id=name, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        if header:
            return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=self._header)
        return PageTemplate(id=name, frames=[frame], pagesize=size)

    def _header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        fonts = self.ctx.styles.fonts
        width, height = canvas._pagesize
        canvas.saveState()
        edition = edition_title(self.ctx.edition)
        room = width - 2 * MARGIN - runs_width(fonts, edition, 8) - 24
        name = self.header_text
        font = font_for(fonts, name, bold=True)
        canvas.setFont(font, 8)
        canvas.setFillColor(MUTED)
        top = height - MARGIN
        canvas.drawString(MARGIN, top, fitted(name, font, 8, room))
        draw_runs(canvas, width - MARGIN, top, edition, fonts, 8, anchor="end")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
        page = canvas.getPageNumber()
        if self.total_pages is not None:
            number = _("Page {page} of {pages}").format(page=page, pages=self.total_pages)
        else:
            number = _("Page {page}").format(page=page)
        draw_runs(canvas, width - MARGIN, MARGIN - 2, number, fonts, 7.5, anchor="end")
        footer = self.footer_text
        font = font_for(fonts, footer)
        canvas.setFont(font, 7.5)
        room = width - 2 * MARGIN - runs_width(fonts, number, 7.5) - 24
        canvas.drawString(MARGIN, MARGIN - 2, fitted(footer, font, 7.5, room))
        canvas.restoreState()

    def _allSatisfied(self) -> bool:  # noqa: N802 (reportlab's name)
        """Another pass until the contents and the page count ("of M") are settled."""
        settled = bool(super()._allSatisfied()) and self.page == self.total_pages
        self.total_pages = self.page
        return settled

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Heading):
            key = flowable.toc_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, level=flowable.toc_level,
                                      closed=False)
            if flowable.in_toc:  # markup: a Chinese heading in the CJK font
                self.notify("TOCEntry", (flowable.toc_level,
                                         self.ctx.styles.markup(flowable.toc_text),
                                         self.page, key))


def story(ctx: Context, sections: frozenset[str] | None,
          progress: Progress | None = None, speaks: str | None = None) -> list[Flowable]:
    """Every flowable of the document, in order."""
    if ctx.edition == Edition.EXECUTIVE:
        return executive.executive(ctx)
    out: list[Flowable] = []
    out += sections_overview.cover(ctx)
    out += [NextPageTemplate("portrait"), PageBreak()]
    out += sections_overview.contents(ctx)
    chosen = printed_sections(ctx.edition, ctx.doc, sections,
                              history=ctx.history is not None)
    for i, section in enumerate(chosen):
        if progress is not None:
            with i18n.language(speaks or i18n.current()):  # the user's language
                message = _("Preparing {section}").format(section=section.title.lower())
            progress(_PLANNING * i // max(1, len(chosen)), message)
        part = SECTION_BUILDERS[section.key](ctx)
        if (len(part) > 1 and isinstance(part[0], NextPageTemplate)
                and isinstance(part[1], PageBreak) and isinstance(out[-1], PageBreak)):
            # a new page is starting anyway (after the contents, after the map):
            # switch its template rather than leave a blank page
            out[-1:-1] = [part[0]]
            part = part[2:]
        else:
            # a section starts where at least its heading and a few lines fit
            part = [CondPageBreak(110), *part]
        out += part
    while isinstance(out[-1], PageBreak):  # no blank last page after the map
        out.pop()
    return out


def unprintable(doc: AccountFile, edition: Edition, *, lang: str | None = None) -> list[str]:
    """Characters the edition of ``doc`` holds that its fonts cannot draw: the PDF is
    still written, but the user is told which characters came out blank."""
    shown = client_document(doc) if edition == Edition.CLIENT else doc
    text = shown.model_dump_json()
    return missing_glyphs(text, load_fonts(_needs_cjk(text, document_language(lang))))


def _needs_cjk(text: str, lang: str) -> bool:
    return lang in CJK_LANGUAGES or has_cjk(text)


def _check_target(out: Path) -> None:
    """Refuse before the layout (which takes a while) what the write would refuse: a
    folder, a missing folder, a FIFO or device, a read-only file, a folder we may not
    write in."""
    try:
        if out.is_dir():
            raise RapportError(_("{path} is a folder; give a file name such as "
                                 "plan.pdf.").format(path=out))
    except OSError as err:  # e.g. a name longer than the file system allows
        raise RapportError(_("Cannot write {path}: {reason}.").format(
            path=out, reason=err.strerror or err)) from None
    real = check_target(out)
    folder = real.parent
    if not os.access(folder, os.W_OK):
        raise RapportError(_("Cannot write {path}: no permission to write in "
                             "{folder}.").format(path=out, folder=folder))


def build_pdf(doc: AccountFile, edition: Edition, out: Path, *, today: dt.date,
              settings: ScoringSettings, sections: frozenset[str] | None = None,
              progress: Progress | None = None, lang: str | None = None,
              history: History | None = None) -> int:
    """Write the account plan PDF to ``out`` and return its page count.

    ``sections``: keys of :data:`app.reports.editions.SECTIONS` to print (None: all of
    the edition's). ``lang``: the document's language ("en", "zh_CN", "ru"; None: the
    language of the moment), independent of the window's: its headings, tables,
    legends, contents, "Page N of M", dates and figures; the layout runs inside
    ``with i18n.language(lang):``. Errors and ``progress`` messages stay in the language
    of the moment (the user's). The file appears complete or not at all: the PDF is
    built in memory, then written to a temporary file next to ``out`` and renamed over
    it; on any error an existing ``out`` is left as it was. What ``out`` may be (not a
    FIFO or a device; a read-only file only once confirmed): see :mod:`app.atomic`.

    ``history``: what changed since the last review (``app.services.reports.history_for``
    reads it from the kept versions): the internal edition's "Changes since …" section
    and the brief's "Top changes". The client edition never prints it.
    """
    edition = Edition(edition)
    speaks = i18n.current()  # the user's language, for errors and progress
    lang = document_language(lang)
    _check_target(out)  # before the layout, which takes a while
    shown = client_document(doc) if edition == Edition.CLIENT else doc
    if edition == Edition.CLIENT:
        history = None
    told = "".join(c.name for c in history.changes) if history is not None else ""
    fonts = load_fonts(_needs_cjk(shown.model_dump_json() + told, lang))
    ctx = Context(shown, edition, today, settings, make_styles(fonts), locale=lang,
                  history=history)
    passes = [0]
    estimate = [1]
    reported = [_PLANNING]

    def say(percent: int, message: str) -> None:
        if progress is not None:
            with i18n.language(speaks):
                text = _(message)
            progress(percent, text)

    def on_progress(kind: str, value: int) -> None:
        if progress is None:
            return
        if kind == "SIZE_EST":
            passes[0] += 1
            estimate[0] = max(1, value)
        elif kind == "PROGRESS":
            share = min(1.0, (passes[0] - 1 + value / estimate[0]) / 2)
            percent = _PLANNING + int((99 - _PLANNING) * share)
            if percent > reported[0]:  # a third pass must not run the bar backwards
                reported[0] = percent
                say(percent, N_("Laying out pages"))

    with i18n.language(lang):
        flowables = story(ctx, sections, progress, speaks)
        # Built in memory: the temporary file beside ``out`` exists only while the
        # finished bytes are written (a 500-person plan is a few MB).
        buffer = io.BytesIO()
        pdf = PlanDocument(buffer, ctx, initialFontName=fonts.text,
                           title=_("Account plan: {account}").format(account=doc.account.name),
                           author=doc.account.owner or "", subject=edition_title(edition),
                           creator="Rapport", lang=lang.replace("_", "-"))
        pdf.setProgressCallBack(on_progress)
        pdf.multiBuild(flowables)
    pages = pdf.page
    say(100, N_("Done"))  # the last chance to cancel: the file is not there yet
    write_atomically(out, buffer.getvalue())
    return int(pages)
