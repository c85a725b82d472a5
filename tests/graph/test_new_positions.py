"""People brought in by an import find a place on a map whose cards were placed."""

from __future__ import annotations

from app.graph.encoding import SLOT, positions_for_new
from tests.conftest import parsed_doc


def _doc(positions: bool) -> object:
    people = [
        {"id": "s1", "name": "王伟",
         **({"position": {"x": 100.0, "y": 40.0}} if positions else {})},
        {"id": "s2", "name": "Ольга", "reports_to": "s1",
         **({"position": {"x": 500.0, "y": 300.0}} if positions else {})},
        {"id": "n1", "name": "New boss", "reports_to": "s1"},
        {"id": "n2", "name": "New report", "reports_to": "n1"},
        {"id": "n3", "name": "Another report", "reports_to": "n1"},
    ]
    return parsed_doc(stakeholders=people, influences=[])


def test_new_people_form_their_own_chart_below_the_placed_cards() -> None:
    spots = positions_for_new(_doc(True), {"n1", "n2", "n3"})  # type: ignore[arg-type]
    assert set(spots) == {"n1", "n2", "n3"}
    assert min(y for _, y in spots.values()) >= 300.0 + SLOT[1]  # below every placed card
    assert min(x for x, _ in spots.values()) == 100.0  # left-aligned with them
    assert spots["n2"][1] > spots["n1"][1] and spots["n3"][1] > spots["n1"][1]  # under boss
    cards = list(spots.values())
    assert all(abs(a[0] - b[0]) >= SLOT[0] or abs(a[1] - b[1]) >= SLOT[1]
               for i, a in enumerate(cards) for b in cards[i + 1:])  # no overlap


def test_a_map_with_nothing_placed_is_laid_out_whole() -> None:
    assert positions_for_new(_doc(False), {"n1", "n2", "n3"}) == {}  # type: ignore[arg-type]
