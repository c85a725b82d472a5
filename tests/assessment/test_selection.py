"""KAM selection checklist: items, fit score and verdict, worked out by hand.

Each answer s (1–5) counts (s − 1) / 4 × 100: 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.assessment.selection import kam_fit, verdict
from app.models.account import AccountFile
from app.models.enums import FitCriterion
from tests.conftest import parsed_doc

ORDER = ["revenue", "growth_potential", "strategic_fit", "relationship", "cultural_fit",
         "ease_of_service", "partnership_willingness"]


def doc(selection: dict[str, Any] | None) -> AccountFile:
    return parsed_doc(account={"id": "acc", "name": "中国石化"}, selection=selection)


def answers(*scores: int) -> dict[str, int]:
    return dict(zip(ORDER, scores, strict=False))


def test_nothing_answered() -> None:
    for selection in (None, {}, {"note": "not assessed yet"}):
        fit = kam_fit(doc(selection))
        assert (fit.answered, fit.score, fit.verdict) == (0, None, None)
        assert [item.score for item in fit.items] == [None] * 7


def test_items_in_order_with_labels_and_questions() -> None:
    fit = kam_fit(doc(answers(5, 4)))
    assert [item.criterion for item in fit.items] == list(FitCriterion)
    assert [item.criterion.value for item in fit.items] == ORDER
    assert [item.score for item in fit.items] == [5, 4, None, None, None, None, None]
    labels = {item.criterion: item.label for item in fit.items}
    assert labels[FitCriterion.EASE_OF_SERVICE] == "Location / ease of service"
    assert labels[FitCriterion.PARTNERSHIP_WILLINGNESS] == "Partnership willingness"
    questions = [item.question for item in fit.items]
    assert len(set(questions)) == 7
    assert all("1 = " in q and "5 = " in q for q in questions)


@pytest.mark.parametrize(("scores", "expected", "verdict_"), [
    ((5,) * 7, 100, "strong"),
    ((1,) * 7, 0, "weak"),
    ((5, 4, 3), 75, "strong"),  # (100 + 75 + 50) / 3 = 75
    ((4, 4, 4, 4, 3), 70, "strong"),  # (4 × 75 + 50) / 5 = 70: at the boundary
    ((4, 4, 4, 3), 69, "moderate"),  # (3 × 75 + 50) / 4 = 68.75 → 69
    ((3, 3, 3, 3, 2), 45, "moderate"),  # (4 × 50 + 25) / 5 = 45: at the boundary
    ((3, 3, 3, 2), 44, "weak"),  # (3 × 50 + 25) / 4 = 43.75 → 44
    ((2, 3), 38, "weak"),  # (25 + 50) / 2 = 37.5 → 38, half up
])
def test_fit_score_and_verdict(scores: tuple[int, ...], expected: int, verdict_: str) -> None:
    fit = kam_fit(doc(answers(*scores)))
    assert (fit.answered, fit.score, fit.verdict) == (len(scores), expected, verdict_)


def test_unanswered_criteria_are_left_out_not_counted_as_poor() -> None:
    # Only partnership willingness, 5 → 100; counting the six blanks as 1 would give 14.
    fit = kam_fit(doc({"partnership_willingness": 5}))
    assert (fit.answered, fit.score, fit.verdict) == (1, 100, "strong")


def test_verdict_thresholds() -> None:
    assert [verdict(s) for s in (0, 44, 45, 69, 70, 100)] == [
        "weak", "weak", "moderate", "moderate", "strong", "strong"]
