"""PDF account plans (reportlab platypus; no Qt): internal, client and executive editions.

``build_pdf`` writes one account's plan; ``app.services.reports`` is the use case the CLI
and the app call. What each edition leaves out is in ``editions`` and docs/pdf.md.
"""

from app.reports.build import Progress, build_pdf, unprintable
from app.reports.editions import SECTION_KEYS, SECTIONS, Edition, Section, sections_for

__all__ = ["SECTIONS", "SECTION_KEYS", "Edition", "Progress", "Section", "build_pdf", "unprintable",
           "sections_for"]
