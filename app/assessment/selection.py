"""KAM selection checklist: how well an account fits as a key account.

Key account management costs time and senior attention, so it pays only for
accounts that fit. The user scores seven criteria from 1 (poor fit) to 5
(excellent) in the account's ``selection`` section; ``kam_fit`` turns the
answered ones into a 0–100 score and a verdict. Unanswered criteria are left
out rather than guessed. ``docs/health.md`` documents the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.i18n import N_, _, pgettext
from app.models.account import AccountFile
from app.models.enums import FitCriterion, label

Verdict = Literal["strong", "moderate", "weak"]
STRONG = 70  # fit score at or above: strong
MODERATE = 45  # fit score at or above: moderate; below: weak

#: what to weigh for each criterion (English; ``FitItem.question`` is translated)
QUESTIONS: dict[FitCriterion, str] = {
    FitCriterion.REVENUE:
        N_("How much do they buy from us today, compared with our other accounts? "
           "1 = little, 5 = among our largest."),
    FitCriterion.GROWTH_POTENTIAL:
        N_("How much more could they buy from us in the next three to five years, "
           "from their own growth and our share of their spend? 1 = little, 5 = a great "
           "deal."),
    FitCriterion.STRATEGIC_FIT:
        N_("Do their strategy and needs match what we are good at and where we are "
           "heading? 1 = poorly, 5 = closely."),
    FitCriterion.RELATIONSHIP:
        N_("How strong and how broad is our relationship today: contacts, trust, "
           "history? 1 = weak, 5 = strong."),
    FitCriterion.CULTURAL_FIT:
        N_("Do they work the way we do: values, pace, how decisions are made, "
           "openness? 1 = very differently, 5 = alike."),
    FitCriterion.EASE_OF_SERVICE:
        N_("Can we serve them well at a reasonable cost from where we are: "
           "locations, logistics, language, time zones? 1 = hard, 5 = easy."),
    FitCriterion.PARTNERSHIP_WILLINGNESS:
        N_("Do they want a long-term partnership with a supplier like us, rather than "
           "buying on price? 1 = not at all, 5 = actively."),
}
assert set(QUESTIONS) == set(FitCriterion)


@dataclass(frozen=True)
class FitItem:
    """One criterion of the checklist; ``question`` says what to weigh when scoring it."""

    criterion: FitCriterion
    label: str
    question: str
    score: int | None  # 1–5, None = not answered


@dataclass(frozen=True)
class Fit:
    """The checklist in ``FitCriterion`` order, and its 0–100 score over the answers."""

    items: tuple[FitItem, ...]
    answered: int
    score: int | None
    verdict: Verdict | None  # a stable key: "strong", "moderate", "weak"

    @property
    def verdict_text(self) -> str:
        """The verdict in words, in the language of the moment ("" without a score)."""
        return "" if self.verdict is None else verdict_label(self.verdict)


def verdict(score: int) -> Verdict:
    return "strong" if score >= STRONG else "moderate" if score >= MODERATE else "weak"


def verdict_label(verdict: Verdict) -> str:
    """How a verdict reads: "strong", "moderate", "weak" — or their translation."""
    return {
        "strong": pgettext("KAM fit", "strong"),
        "moderate": pgettext("KAM fit", "moderate"),
        "weak": pgettext("KAM fit", "weak"),
    }[verdict]


def kam_fit(doc: AccountFile) -> Fit:
    """Each answer s counts (s − 1) / 4 × 100; the score is their mean, rounded half up."""
    selection = doc.selection
    items = tuple(
        FitItem(c, label(c), _(QUESTIONS[c]),
                None if selection is None else getattr(selection, c.value))
        for c in FitCriterion)
    scores = [item.score for item in items if item.score is not None]
    if not scores:
        return Fit(items, 0, None, None)
    # Whole numbers: (s − 1) × 25 each, so the mean rounds exactly, without float error.
    total, n = sum((s - 1) * 25 for s in scores), len(scores)
    score = (2 * total + n) // (2 * n)
    return Fit(items, n, score, verdict(score))
