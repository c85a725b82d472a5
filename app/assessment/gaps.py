"""Every finding about an account in one list: the stakeholder analysis of the map
plus stage gaps, white space, health and tiering (rules in docs/findings.md)."""

from __future__ import annotations

import datetime as dt

from app.assessment.health import health_findings
from app.assessment.settings import ScoringSettings
from app.assessment.stages import stage_findings
from app.assessment.tiering import tier_findings
from app.assessment.whitespace import whitespace_findings
from app.graph import analysis
from app.graph.analysis import Finding
from app.i18n import N_
from app.models.account import AccountFile

ACCOUNT_KINDS = ("stage_gap", "whitespace", "health_drop", "tier_mismatch")
KINDS = analysis.KINDS + ACCOUNT_KINDS
#: the account-level kinds' titles and the relationship shapes, as ``label(kind)``
#: words them (marked here for the catalogue; the English is ``label``'s own)
TITLES = (N_("Stage gap"), N_("Whitespace"), N_("Health drop"), N_("Tier mismatch"),
          N_("Bow tie"), N_("Diamond"), N_("Developing"))


def all_findings(doc: AccountFile, today: dt.date, settings: ScoringSettings) -> list[Finding]:
    """The map's findings and the account-level ones, most severe first, in the same
    deterministic order as ``analysis.analyze``."""
    findings = [
        *analysis.analyze(doc, today),
        *stage_findings(doc, today),
        *whitespace_findings(doc),
        *health_findings(doc, today, settings),
        *tier_findings(doc, settings),
    ]
    return sorted(findings, key=analysis.finding_order)
