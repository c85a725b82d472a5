"""Stage, evidence, selection and white-space edits: pure, validated, refusing bad values."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInput
from app.models.enums import Evidence, FitCriterion, RelationshipStage, WhitespaceStatus
from app.services import account_edits as edits
from tests.conftest import parsed_doc

pytestmark = pytest.mark.both_stores

DAY = dt.date(2026, 5, 4)


def test_stage_entries_can_be_added_corrected_and_removed() -> None:
    doc = edits.add_stage_entry(parsed_doc(), DAY, RelationshipStage.COOPERATIVE,
                                "первый заказ", today=DAY)
    assert [(h.date, h.stage, h.note) for h in doc.stage_history] == [
        (dt.date(2025, 1, 10), "exploratory", "first call"),
        (DAY, "cooperative", "первый заказ")]
    # the latest change: the current stage follows it
    assert doc.account.relationship_stage == RelationshipStage.COOPERATIVE
    earlier = edits.add_stage_entry(doc, dt.date(2024, 1, 1), RelationshipStage.BASIC,
                                    today=DAY)
    assert earlier.account.relationship_stage == RelationshipStage.COOPERATIVE
    doc = edits.update_stage_entry(doc, 1, {"date": "2026-05-01", "note": None}, today=DAY)
    assert (doc.stage_history[1].date, doc.stage_history[1].note) == (dt.date(2026, 5, 1), None)
    doc = edits.remove_stage_entry(doc, 0)
    assert [h.stage for h in doc.stage_history] == ["cooperative"]


def test_a_bad_stage_entry_is_refused_with_its_path() -> None:
    with pytest.raises(InvalidInput) as info:
        edits.update_stage_entry(parsed_doc(), 0, {"date": "31.12.2026"}, today=DAY)
    assert [p.path for p in info.value.problems] == ["stage_history[0].date"]
    with pytest.raises(InvalidInput, match="in the future"):
        edits.update_stage_entry(parsed_doc(), 0, {"date": "2026-05-05"}, today=DAY)
    with pytest.raises(InvalidInput, match="in the future"):
        edits.add_stage_entry(parsed_doc(), DAY + dt.timedelta(days=1),
                              RelationshipStage.BASIC, today=DAY)
    with pytest.raises(InvalidInput, match="no longer there"):
        edits.remove_stage_entry(parsed_doc(), 5)


def test_evidence_is_ticked_with_a_date_and_unticked() -> None:
    doc = edits.set_evidence(parsed_doc(), Evidence.JOINT_PLANS, True, DAY, "QBR 2026")
    assert [(e.criterion, e.date, e.note) for e in doc.stage_evidence] == [
        (Evidence.JOINT_PLANS, DAY, "QBR 2026")]
    assert edits.set_evidence(doc, Evidence.JOINT_PLANS, False, DAY).stage_evidence == []


def test_selection_scores_are_kept_per_criterion_and_range_checked() -> None:
    doc = edits.set_fit(parsed_doc(), FitCriterion.REVENUE, 4)
    doc = edits.set_fit(doc, FitCriterion.CULTURAL_FIT, 2)
    assert doc.selection is not None
    assert (doc.selection.revenue, doc.selection.cultural_fit) == (4, 2)
    with pytest.raises(InvalidInput) as info:
        edits.set_fit(doc, FitCriterion.REVENUE, 7)
    assert [p.path for p in info.value.problems] == ["selection.revenue"]


def test_whitespace_cells_follow_renames_and_removals() -> None:
    doc = edits.add_to_grid(parsed_doc(), "units", "Завод")
    doc = edits.add_to_grid(doc, "offerings", "传感器")
    doc = edits.set_cell(doc, "Завод", "传感器", WhitespaceStatus.OPPORTUNITY, 50_000.0)
    doc = edits.rename_in_grid(doc, "units", "Завод", "Завод №2")
    assert doc.whitespace is not None
    [cell] = doc.whitespace.cells
    assert (cell.unit, cell.offering, cell.status, cell.value) == (
        "Завод №2", "传感器", "opportunity", 50_000.0)
    # no longer an opportunity: the estimate goes with it
    doc = edits.set_cell(doc, "Завод №2", "传感器", WhitespaceStatus.HAS, 50_000.0)
    assert doc.whitespace is not None and doc.whitespace.cells[0].value is None
    doc = edits.set_cell(doc, "Завод №2", "传感器", None)
    assert doc.whitespace is not None and doc.whitespace.cells == []
    doc = edits.set_cell(doc, "Завод №2", "传感器", WhitespaceStatus.COMPETITOR)
    doc = edits.remove_from_grid(doc, "offerings", "传感器")
    assert doc.whitespace is not None
    assert (doc.whitespace.offerings, doc.whitespace.cells) == ([], [])


def test_whitespace_refuses_duplicates_and_unknown_names() -> None:
    doc = edits.add_to_grid(parsed_doc(), "units", "Sales")
    with pytest.raises(InvalidInput, match="listed twice"):
        edits.add_to_grid(doc, "units", "Sales")
    with pytest.raises(InvalidInput) as info:
        edits.set_cell(doc, "Sales", "Nothing", WhitespaceStatus.HAS)
    assert [p.path for p in info.value.problems] == ["whitespace.cells[0].offering"]
    with pytest.raises(InvalidInput) as info:
        edits.add_to_grid(doc, "offerings", "  ")
    assert [p.path for p in info.value.problems] == ["whitespace.offerings[0]"]
