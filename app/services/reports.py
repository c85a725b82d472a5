"""Account plan PDFs: the use case the CLI (``pdf``) and the app (File › Export plan as
PDF…) call. Reads the account and the scoring settings, then hands over to
``app.reports`` (no Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app import i18n
from app.errors import RapportError
from app.models.account import AccountFile
from app.reports import SECTION_KEYS, Edition
from app.reports.editions import (
    Flag,
    PreviewSection,
    client_flags,
    document_language,
    flagged_text,
    none_in_edition,
    preview_heading,
    sections_for,
    unknown_edition,
    unknown_sections,
)
from app.reports.editions import client_preview as preview_of

if TYPE_CHECKING:
    from app.assessment.settings import ScoringSettings
    from app.bootstrap import Services
    from app.reports import Progress
    from app.reports.history import History


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int
    edition: Edition
    account: str  # the account's name
    #: characters the fonts cannot draw (printed blank): the user should be told
    missing: tuple[str, ...] = ()


class FlaggedText(RapportError):
    """The client edition would print texts that look internal (see ``client_flags``)."""

    def __init__(self, flags: list[Flag]) -> None:
        self.flags = flags
        super().__init__(flagged_text(flags, FLAGS_SHOWN))


FLAGS_SHOWN = 10


def client_text_flags(services: Services, key: str) -> list[Flag]:
    """What a client export of account ``key`` would print that looks internal."""
    return client_flags(services.accounts.snapshot(key))


#: what one entry of each section made of plan entries is called ("2 of 7 actions
#: shared"; in words, in every language, by app.reports.editions.preview_heading);
#: these sections reach the customer entry by entry, as the user shares them
PLAN_ENTRIES: dict[str, tuple[str, str]] = {
    "whitespace": ("white-space cell", "white-space cells"),
    "insights": ("insight", "insights"),
    "objectives": ("objective", "objectives"),
    "revenue": ("quarter", "quarters"),
    "risks": ("risk", "risks"),
    "actions": ("action", "actions"),
    "team": ("team member", "team members"),
    "reviews": ("review", "reviews"),
    "kpis": ("KPI", "KPIs"),
}


@dataclass(frozen=True)
class ClientPreview:
    """What the client edition of one account shows, section by section, before it is
    written: the chosen sections in print order, the empty ones too (they are left out
    of the PDF, and the user should see why)."""

    sections: tuple[PreviewSection, ...]
    #: not one plan entry of any section is shared (ticked or not): the PDF will hold
    #: the profile, the org chart and the stage only
    nothing_shared: bool
    #: per section, entries marked shared that are held back all the same because a
    #: risk marked internal wins (the risk itself, or an action tied to it)
    internal: dict[str, int] = field(default_factory=dict)
    #: the document's language the preview is written in (its titles, entries and
    #: :meth:`heading`); None: the language of the moment
    lang: str | None = None

    def chosen(self, keys: Iterable[str] | None) -> ClientPreview:
        """The same preview for the sections ``keys`` only (None: all)."""
        if keys is None:
            return self
        wanted = frozenset(keys)
        return ClientPreview(tuple(s for s in self.sections if s.key in wanted),
                             self.nothing_shared, self.internal, self.lang)

    @property
    def printed(self) -> tuple[PreviewSection, ...]:
        return tuple(s for s in self.sections if not s.empty)

    @property
    def left_out(self) -> tuple[PreviewSection, ...]:
        return tuple(s for s in self.sections if s.empty)

    def heading(self, section: PreviewSection) -> str:
        """One line that sums a section up, in the preview's language: "Action plan — 2
        of 7 actions shared", "Risks — nothing shared (5 recorded, none marked shared):
        left out of the PDF"."""
        with i18n.language(self.lang or i18n.current()):
            return preview_heading(section, self.internal.get(section.key, 0))


def client_preview(services: Services, key: str, sections: Iterable[str] | None = None,
                   *, lang: str | None = None) -> ClientPreview:
    """Exactly what a client export of account ``key`` with these ``sections`` (None:
    all) shows, for the user to see before the file is written; in the document's
    language ``lang`` (None: the language of the moment)."""
    return preview_for(services.accounts.snapshot(key), lang=lang).chosen(sections)


def preview_for(doc: AccountFile, *, lang: str | None = None) -> ClientPreview:
    lang = document_language(lang)
    with i18n.language(lang):
        everything = preview_of(doc)
    internal_risks = {r.id for r in doc.risks if r.internal}
    internal = {
        "risks": sum(1 for r in doc.risks if r.internal and r.client_visible),
        "actions": sum(1 for a in doc.actions if a.client_visible and a.risk in internal_risks),
    }
    return ClientPreview(
        tuple(everything),
        not any(s.items for s in everything if s.key in PLAN_ENTRIES),
        {k: n for k, n in internal.items() if n}, lang)


def history_for(services: Services, key: str, today: dt.date,
                settings: ScoringSettings | None = None) -> History:
    """What changed in account ``key`` since the last review held (else in the last 90
    days), from its kept versions: what the internal edition and the brief print. When
    no version is kept from that day, the earliest kept one stands in (and the PDF says
    so); with no earlier version at all there is nothing to compare."""
    from app.assessment.changes import changes
    from app.reports.history import DAYS, History
    from app.services.timeline import Timeline, last_review

    timeline = Timeline(services.accounts)
    versions = timeline.versions(key)
    now = timeline.moment(key, versions[-1])
    review = last_review(now.doc, today)
    since = review or today - dt.timedelta(days=DAYS)
    then = timeline.as_of(key, since)
    kept_from = None
    if then is None and not versions[0].current:
        then = timeline.moment(key, versions[0])
        kept_from = then.day
    if then is None:
        return History(since, review is not None)
    found = changes(then.doc, now.doc, old_day=kept_from or since, new_day=today,
                    settings=settings)
    return History(since, review is not None, tuple(found), then.doc, then.day, kept_from)


def export_pdf(services: Services, key: str, edition: Edition | str, out: Path, *,
               sections: Iterable[str] | None = None, progress: Progress | None = None,
               today: dt.date | None = None, allow_flagged: bool = False,
               lang: str | None = None) -> PdfResult:
    """Write account ``key``'s plan as a PDF of the given edition to ``out``.

    ``sections``: section keys (``app.reports.SECTION_KEYS``) to include, None for all
    of the edition's; ignored by the executive brief. ``progress(percent, message)`` is
    called as the work goes on; an exception raised from it stops the export and leaves
    no file. Errors the user can act on (unknown account, bad edition or section, a path
    that cannot be written, a missing font) are RapportErrors. A client edition whose
    free texts name a stance or a score, or repeat an internal risk, is refused with
    FlaggedText unless ``allow_flagged`` (the user has seen the list and agreed).

    ``lang``: the document's language ("en", "zh_CN", "ru"; None: the language of the
    moment), whatever the window's or the command line's: a Russian-speaking manager
    can hand a Chinese customer a Chinese client edition. Errors, flags and progress
    messages stay in the language of the moment (the user's).
    """
    from app.reports.build import build_pdf, unprintable  # reportlab: on the first export

    try:
        edition = Edition(edition)
    except ValueError:
        raise RapportError(unknown_edition(str(edition))) from None
    chosen: frozenset[str] | None = None
    if sections is not None:
        chosen = frozenset(sections)
        unknown = sorted(chosen - set(SECTION_KEYS))
        if unknown:
            raise RapportError(unknown_sections(unknown))
        if edition != Edition.EXECUTIVE:
            printed = {s.key for s in sections_for(edition, chosen)}
            if not printed:
                raise RapportError(none_in_edition(edition))
    doc = services.accounts.snapshot(key)
    if edition == Edition.CLIENT and not allow_flagged:
        flags = client_flags(doc)
        if flags:
            raise FlaggedText(flags)
    settings = services.settings.scoring()
    today = today or dt.date.today()
    # the client edition never shows what changed (the changes name stances)
    history = (None if edition == Edition.CLIENT
               else history_for(services, key, today, settings))
    pages = build_pdf(doc, edition, Path(out), today=today, settings=settings,
                      sections=chosen, progress=progress, lang=lang, history=history)
    return PdfResult(Path(out), pages, edition, doc.account.name,
                     tuple(unprintable(doc, edition, lang=lang)))
