"""PDF account plans (reportlab platypus; no Qt): internal, client and executive editions.

``build_pdf`` writes one account's plan; ``app.services.reports`` is the use case the CLI
and the app call. What each edition leaves out is in ``editions`` and docs/pdf.md.

``build_pdf``, ``Progress`` and ``unprintable`` come from ``build`` on first use (PEP 562):
``build`` imports reportlab (~0.1 s), which the app's first screen does not need.
"""

from typing import TYPE_CHECKING, Any

from app.reports.editions import SECTION_KEYS, SECTIONS, Edition, Section, sections_for

if TYPE_CHECKING:
    from app.reports.build import Progress, build_pdf, unprintable

__all__ = ["SECTIONS", "SECTION_KEYS", "Edition", "Progress", "Section", "build_pdf", "unprintable",
           "sections_for"]

_FROM_BUILD = ("Progress", "build_pdf", "unprintable")


def __getattr__(name: str) -> Any:
    if name in _FROM_BUILD:
        from app.reports import build

        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
