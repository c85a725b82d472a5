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

from reportlab.pdfbase.pdfmetrics import stringWidth
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

from app.assessment.settings import ScoringSettings
from app.atomic import check_target, write_atomically
from app.errors import RapportError
from app.models.account import AccountFile
from app.reports import executive, sections_overview, sections_people, sections_plan
from app.reports.context import FOOTER, HEADER, LANDSCAPE, PORTRAIT, Context, Heading
from app.reports.editions import EDITION_TITLES, Edition, client_document, printed_sections
from app.reports.fonts import has_cjk, load_fonts, missing_glyphs
from app.reports.styles import MARGIN, MUTED, RULE, fitted, make_styles

#: progress(percent 0–100, what is happening); raise from it to cancel the export
Progress = Callable[[int, str], None]

SECTION_BUILDERS: dict[str, Callable[[Context], list[Flowable]]] = {
    "summary": sections_overview.summary,
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
        self.footer_text = f"{ctx.doc.account.name} · {ctx.today.isoformat()}"
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
        edition = EDITION_TITLES[self.ctx.edition]
        room = width - 2 * MARGIN - stringWidth(edition, fonts.text, 8) - 24
        name = self.header_text
        font = fonts.cjk if (has_cjk(name) and fonts.cjk) else fonts.bold
        canvas.setFont(font, 8)
        canvas.setFillColor(MUTED)
        top = height - MARGIN
        canvas.drawString(MARGIN, top, fitted(name, font, 8, room))
        canvas.setFont(fonts.text, 8)
        canvas.drawRightString(width - MARGIN, top, edition)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
        number = f"Page {canvas.getPageNumber()}"
        if self.total_pages is not None:
            number += f" of {self.total_pages}"
        canvas.setFont(fonts.text, 7.5)
        canvas.drawRightString(width - MARGIN, MARGIN - 2, number)
        footer = self.footer_text
        font = fonts.cjk if (has_cjk(footer) and fonts.cjk) else fonts.text
        canvas.setFont(font, 7.5)
        room = width - 2 * MARGIN - stringWidth(number, fonts.text, 7.5) - 24
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
            if flowable.in_toc:
                self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, self.page, key))


def story(ctx: Context, sections: frozenset[str] | None,
          progress: Progress | None = None) -> list[Flowable]:
    """Every flowable of the document, in order."""
    if ctx.edition == Edition.EXECUTIVE:
        return executive.executive(ctx)
    out: list[Flowable] = []
    out += sections_overview.cover(ctx)
    out += [NextPageTemplate("portrait"), PageBreak()]
    out += sections_overview.contents(ctx)
    chosen = printed_sections(ctx.edition, ctx.doc, sections)
    for i, section in enumerate(chosen):
        if progress is not None:
            progress(_PLANNING * i // max(1, len(chosen)), f"Preparing {section.title.lower()}")
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


def unprintable(doc: AccountFile, edition: Edition) -> list[str]:
    """Characters the edition of ``doc`` holds that its fonts cannot draw: the PDF is
    still written, but the user is told which characters came out blank."""
    shown = client_document(doc) if edition == Edition.CLIENT else doc
    text = shown.model_dump_json()
    return missing_glyphs(text, load_fonts(has_cjk(text)))


def _check_target(out: Path) -> None:
    """Refuse before the layout (which takes a while) what the write would refuse: a
    folder, a missing folder, a FIFO or device, a read-only file, a folder we may not
    write in."""
    try:
        if out.is_dir():
            raise RapportError(f"{out} is a folder; give a file name such as plan.pdf.")
    except OSError as err:  # e.g. a name longer than the file system allows
        raise RapportError(f"Cannot write {out}: {err.strerror or err}.") from None
    real = check_target(out)
    folder = real.parent
    if not os.access(folder, os.W_OK):
        raise RapportError(f"Cannot write {out}: no permission to write in {folder}.")


def build_pdf(doc: AccountFile, edition: Edition, out: Path, *, today: dt.date,
              settings: ScoringSettings, sections: frozenset[str] | None = None,
              progress: Progress | None = None) -> int:
    """Write the account plan PDF to ``out`` and return its page count.

    ``sections``: keys of :data:`app.reports.editions.SECTIONS` to print (None: all of
    the edition's). The file appears complete or not at all: the PDF is built in
    memory, then written to a temporary file next to ``out`` and renamed over it; on
    any error an existing ``out`` is left as it was. What ``out`` may be (not a FIFO or
    a device; a read-only file only once confirmed): see :mod:`app.atomic`.
    """
    edition = Edition(edition)
    _check_target(out)  # before the layout, which takes a while
    shown = client_document(doc) if edition == Edition.CLIENT else doc
    fonts = load_fonts(has_cjk(shown.model_dump_json()))
    ctx = Context(shown, edition, today, settings, make_styles(fonts))
    flowables = story(ctx, sections, progress)
    passes = [0]
    estimate = [1]
    reported = [_PLANNING]

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
                progress(percent, "Laying out pages")

    # Built in memory: the temporary file beside ``out`` exists only while the finished
    # bytes are written (a 500-person plan is a few MB).
    buffer = io.BytesIO()
    pdf = PlanDocument(buffer, ctx, initialFontName=fonts.text,
                       title=f"Account plan: {doc.account.name}",
                       author=doc.account.owner or "", subject=EDITION_TITLES[edition],
                       creator="Rapport")
    pdf.setProgressCallBack(on_progress)
    pdf.multiBuild(flowables)
    pages = pdf.page
    if progress is not None:  # the last chance to cancel: the file is not there yet
        progress(100, "Done")
    write_atomically(out, buffer.getvalue())
    return int(pages)
