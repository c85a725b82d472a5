"""What every section needs: the account (already cut down for the edition), the date,
the scoring settings, the styles and the frame sizes; plus the heading flowable that
feeds the table of contents and the PDF outline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph

from app.assessment.settings import ScoringSettings
from app.models.account import AccountFile
from app.money import money
from app.reports import figures
from app.reports.editions import Edition
from app.reports.history import History
from app.reports.styles import MARGIN, Styles

PORTRAIT = A4
LANDSCAPE = landscape(A4)
HEADER = 14.0  # points above the frame for the running header
FOOTER = 14.0  # points below the frame for the page number


def frame_size(page: tuple[float, float]) -> tuple[float, float]:
    return page[0] - 2 * MARGIN, page[1] - 2 * MARGIN - HEADER - FOOTER


@dataclass(frozen=True)
class Context:
    doc: AccountFile
    edition: Edition
    today: dt.date
    settings: ScoringSettings
    styles: Styles
    #: the document's language ("en", "zh_CN", "ru"): its words come from the catalogue
    #: of the language :func:`app.reports.build.build_pdf` sets around the layout, its
    #: figures and dates (app.money, Babel) from this
    locale: str = "en"
    #: what changed since the last review (internal edition and brief only; None: not
    #: known, the section and the brief's "Top changes" are left out)
    history: History | None = None

    @property
    def internal(self) -> bool:
        """Internal audiences (the internal edition and the executive brief) see stances,
        scores and notes."""
        return self.edition != Edition.CLIENT

    @property
    def width(self) -> float:
        return frame_size(PORTRAIT)[0]

    @property
    def landscape_frame(self) -> tuple[float, float]:
        return frame_size(LANDSCAPE)

    def team_name(self, member: str | None) -> str:
        if member is None:
            return ""
        return next((m.name for m in self.doc.team if m.id == member), member)

    def person_name(self, person: str | None) -> str:
        if person is None:
            return ""
        return next((p.name for p in self.doc.stakeholders if p.id == person), person)

    def money(self, amount: float | None, *, compact: bool = False) -> str:
        """An amount in the account's currency: a full figure ("EUR 4,200,000") in
        tables and text; ``compact`` only on chart axes (the rule of app.money); at the
        edges of a float in scientific notation ("EUR 5E−324")."""
        return money(amount, self.doc.account.currency, compact=compact, locale=self.locale)

    def number(self, value: float | None) -> str:
        """A number as stored, grouped: "150,000,000", "93.5"; at the edges of a float
        in scientific notation: "1.7976931348623157E308" (see app.reports.figures)."""
        return figures.full(value, self.locale)

    def date(self, value: dt.date | None, *, long: bool = False) -> str:
        """A date in the document's locale: "25.11.2026", "2026/11/25", ISO in English;
        ``long`` for the cover and running text: "25 ноября 2026 г."; "" for None."""
        return figures.date(value, self.locale, long=long)

    def percent(self, share: float) -> str:
        """A share as a whole percentage: "45%", "45 %"."""
        return figures.percent(share, self.locale)


class Heading(Paragraph):
    """A section heading: listed in the table of contents and the PDF outline."""

    def __init__(self, text: str, styles: Styles, level: int = 0, key: str = "", *,
                 in_toc: bool = True) -> None:
        super().__init__(styles.markup(text), styles.h1 if level == 0 else styles.h2)
        self.toc_text = text
        self.toc_level = level
        self.toc_key = key or text
        #: False: in the PDF outline (bookmarks) only, not in the printed contents
        self.in_toc = in_toc
