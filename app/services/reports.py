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
from app.reports import SECTION_KEYS, Edition, Progress, build_pdf

if TYPE_CHECKING:
    from app.bootstrap import Services


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int
    edition: Edition
    account: str  # the account's name


def export_pdf(services: Services, key: str, edition: Edition | str, out: Path, *,
               sections: Iterable[str] | None = None, progress: Progress | None = None,
               today: dt.date | None = None) -> PdfResult:
    """Write account ``key``'s plan as a PDF of the given edition to ``out``.

    ``sections``: section keys (``app.reports.SECTION_KEYS``) to include, None for all
    of the edition's; ignored by the executive brief. ``progress(percent, message)`` is
    called as the work goes on; an exception raised from it stops the export and leaves
    no file. Errors the user can act on (unknown account, bad edition or section, a path
    that cannot be written, a missing font) are RapportErrors.
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
    doc = services.accounts.snapshot(key)
    settings = services.settings.scoring()
    pages = build_pdf(doc, edition, Path(out), today=today or dt.date.today(),
                      settings=settings, sections=chosen, progress=progress)
    return PdfResult(Path(out), pages, edition, doc.account.name)
