"""White space: which of our offerings each of the customer's business units buys.

The grid is the account manager's map for growing an account (cross-sell and
upsell): a cell is ``has`` (they buy it from us), ``opportunity`` (they could,
with an estimated annual value), ``competitor`` (a competitor supplies it) or
``not_relevant``; a cell not listed has not been assessed yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.assessment.wording import money, percent
from app.graph.analysis import Finding, Severity
from app.i18n import _, ngettext
from app.models.account import AccountFile, WhitespaceCell, WhitespaceRecord
from app.models.enums import WhitespaceStatus

#: an opportunity worth at least this share of current annual revenue is "medium"
MATERIAL_SHARE = 0.10


@dataclass(frozen=True)
class Totals:
    """Counts of a row, a column or the whole grid."""

    has: int = 0
    opportunity: int = 0
    opportunity_value: float = 0.0
    competitor: int = 0
    not_relevant: int = 0
    unassessed: int = 0

    @property
    def penetration(self) -> float | None:
        """Share of the relevant cells we already supply (None: nothing relevant yet)."""
        relevant = self.has + self.opportunity + self.competitor
        return self.has / relevant if relevant else None


def _totals(cells: Iterable[WhitespaceCell | None]) -> Totals:
    counts = {status: 0 for status in WhitespaceStatus}
    value, unassessed = 0.0, 0
    for cell in cells:
        if cell is None:
            unassessed += 1
            continue
        counts[cell.status] += 1
        if cell.status == WhitespaceStatus.OPPORTUNITY and cell.value is not None:
            value += cell.value
    return Totals(has=counts[WhitespaceStatus.HAS],
                  opportunity=counts[WhitespaceStatus.OPPORTUNITY], opportunity_value=value,
                  competitor=counts[WhitespaceStatus.COMPETITOR],
                  not_relevant=counts[WhitespaceStatus.NOT_RELEVANT], unassessed=unassessed)


@dataclass(frozen=True)
class Grid:
    """The white-space grid with its row (unit), column (offering) and overall totals."""

    units: tuple[str, ...]
    offerings: tuple[str, ...]
    cells: dict[tuple[str, str], WhitespaceCell]

    def cell(self, unit: str, offering: str) -> WhitespaceCell | None:
        return self.cells.get((unit, offering))

    def unit_totals(self, unit: str) -> Totals:
        return _totals(self.cell(unit, o) for o in self.offerings)

    def offering_totals(self, offering: str) -> Totals:
        return _totals(self.cell(u, offering) for u in self.units)

    def totals(self) -> Totals:
        return _totals(self.cell(u, o) for u in self.units for o in self.offerings)


def grid(doc: AccountFile) -> Grid:
    record = doc.whitespace or WhitespaceRecord()
    return Grid(tuple(record.units), tuple(record.offerings),
                {(c.unit, c.offering): c for c in record.cells})


def whitespace_findings(doc: AccountFile, today: dt.date | None = None) -> list[Finding]:
    """Findings of kind ``whitespace`` (rules in docs/findings.md); ``today`` is unused
    but keeps the signature of the other rules."""
    g = grid(doc)
    if not g.units or not g.offerings:
        return [Finding("whitespace", "low", (), _("No white-space grid yet: list the "
                        "customer's business units and our offerings to find cross-sell "
                        "and upsell opportunities."))]
    currency = doc.account.currency
    revenue = doc.account.annual_revenue
    findings = []
    for (unit, offering), cell in g.cells.items():
        if cell.status == WhitespaceStatus.OPPORTUNITY:
            severity: Severity = "low"
            if cell.value is None:
                message = _("Opportunity: {offering} for {unit}.")
            elif revenue and cell.value >= MATERIAL_SHARE * revenue:
                severity = "medium"
                message = _("Opportunity: {offering} for {unit}, estimated {amount} a year "
                            "({share} of current revenue).")
            else:
                message = _("Opportunity: {offering} for {unit}, estimated {amount} a year.")
            share = percent(cell.value / revenue) if revenue and cell.value is not None else ""
            amount = money(cell.value, currency) if cell.value is not None else ""
            findings.append(Finding("whitespace", severity, (),
                                    message.format(offering=offering, unit=unit,
                                                   amount=amount, share=share),
                                    rank=-(cell.value or 0.0)))  # the largest first
        elif cell.status == WhitespaceStatus.COMPETITOR:
            findings.append(Finding("whitespace", "low", (),
                                    _("A competitor supplies {offering} to {unit}: a "
                                      "displacement opportunity, and a foothold to "
                                      "watch.").format(offering=offering, unit=unit)))
    open_cells = g.totals().unassessed
    if open_cells:
        size = len(g.units) * len(g.offerings)
        findings.append(Finding("whitespace", "low", (), ngettext(
            "{open} of {size} cell of the white-space grid is not assessed yet.",
            "{open} of {size} cells of the white-space grid are not assessed yet.",
            size).format(open=open_cells, size=size)))
    return findings
