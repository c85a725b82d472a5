"""Account plan PDFs: the use case the CLI (``pdf``) and the app (File › Export plan as
PDF…) call. Reads the account and the scoring settings, then hands over to
``app.reports`` (no Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import RapportError
from app.reports import SECTION_KEYS, Edition, Progress, build_pdf, unprintable
from app.reports.editions import Flag, client_flags, sections_for

if TYPE_CHECKING:
    from app.bootstrap import Services


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
        shown = "\n".join(f"  {f}" for f in flags[:FLAGS_SHOWN])
        more = len(flags) - FLAGS_SHOWN
        super().__init__(
            "the client edition would show texts that look internal (a stance, a score, "
            "an internal risk):\n" + shown + (f"\n  … and {more} more" if more > 0 else "")
            + "\nReword them, or export anyway (--allow-flagged).")


FLAGS_SHOWN = 10


def client_text_flags(services: Services, key: str) -> list[Flag]:
    """What a client export of account ``key`` would print that looks internal."""
    return client_flags(services.accounts.snapshot(key))


def export_pdf(services: Services, key: str, edition: Edition | str, out: Path, *,
               sections: Iterable[str] | None = None, progress: Progress | None = None,
               today: dt.date | None = None, allow_flagged: bool = False) -> PdfResult:
    """Write account ``key``'s plan as a PDF of the given edition to ``out``.

    ``sections``: section keys (``app.reports.SECTION_KEYS``) to include, None for all
    of the edition's; ignored by the executive brief. ``progress(percent, message)`` is
    called as the work goes on; an exception raised from it stops the export and leaves
    no file. Errors the user can act on (unknown account, bad edition or section, a path
    that cannot be written, a missing font) are RapportErrors. A client edition whose
    free texts name a stance or a score, or repeat an internal risk, is refused with
    FlaggedText unless ``allow_flagged`` (the user has seen the list and agreed).
    """
    try:
        edition = Edition(edition)
    except ValueError:
        raise RapportError(f'Unknown edition "{edition}"; use one of '
                           + ", ".join(e.value for e in Edition) + ".") from None
    chosen: frozenset[str] | None = None
    if sections is not None:
        chosen = frozenset(sections)
        unknown = sorted(chosen - set(SECTION_KEYS))
        if unknown:
            raise RapportError("Unknown section(s): " + ", ".join(unknown) + "; known: "
                               + ", ".join(SECTION_KEYS) + ".")
        if edition != Edition.EXECUTIVE:
            printed = {s.key for s in sections_for(edition, chosen)}
            if not printed:
                raise RapportError(
                    f"None of the sections chosen is in the {edition.value} edition; "
                    "it has: " + ", ".join(s.key for s in sections_for(edition)) + ".")
    doc = services.accounts.snapshot(key)
    if edition == Edition.CLIENT and not allow_flagged:
        flags = client_flags(doc)
        if flags:
            raise FlaggedText(flags)
    settings = services.settings.scoring()
    pages = build_pdf(doc, edition, Path(out), today=today or dt.date.today(),
                      settings=settings, sections=chosen, progress=progress)
    return PdfResult(Path(out), pages, edition, doc.account.name,
                     tuple(unprintable(doc, edition)))
