"""The account list model: its fast sort and narrowing filter agree with plain Python."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.enums import label
from app.services.accounts import AccountSummary
from app.views.account_model import AccountTableModel

pytestmark = pytest.mark.gui

NAMES = ["Acme", "Северсталь", "华东精密", "Northwind", "North Logistics", "Урал Транс",
         "acme east", "Ñandú SA"]


def summary(i: int, name: str, tier: str | None = None, people: int = 0) -> AccountSummary:
    return AccountSummary(f"k{i}", name, "Logistics" if i % 2 else None, None, tier,
                          None, "basic" if i % 3 else None, float(i * 1000), None, "EUR",
                          people)


def expected(rows: list[AccountSummary], text: str) -> set[str]:
    words = text.casefold().split()
    hay = {r.key: " ".join(filter(None, (r.name, r.key, r.industry, r.owner, label(r.tier),
                                         label(r.relationship_stage),
                                         label(r.lifecycle_stage)))).casefold()
           for r in rows}
    return {r.key for r in rows if all(w in hay[r.key] for w in words)}


def shown(model: AccountTableModel) -> list[str]:
    return [model.key_at(r) for r in range(model.rowCount())]


@settings(max_examples=80, deadline=None)
@given(typing=st.lists(st.one_of(st.sampled_from(list("aceнrtoл华 ")),
                                 st.just("<bs>"), st.just("<clear>")), max_size=25))
def test_filtering_while_typing_matches_a_full_search(qapp: QApplication,
                                                      typing: list[str]) -> None:
    rows = [summary(i, n) for i, n in enumerate(NAMES)]
    model = AccountTableModel()
    model.set_summaries(rows)
    text = ""
    for stroke in typing:
        text = "" if stroke == "<clear>" else text[:-1] if stroke == "<bs>" else text + stroke
        model.set_filter(text)
        assert set(shown(model)) == expected(rows, text), repr(text)


def test_sorting_by_columns(qapp: QApplication) -> None:
    rows = [summary(0, "b", "growth", 5), summary(1, "a", "strategic", 9),
            summary(2, "C", None, 1), summary(3, "d", "key", 9)]
    model = AccountTableModel()
    model.set_summaries(rows)
    assert shown(model) == ["k1", "k0", "k2", "k3"]  # by name, case-insensitive
    model.sort(1)  # tier in business order, unset last
    assert shown(model) == ["k1", "k3", "k0", "k2"]
    model.sort(8, Qt.SortOrder.DescendingOrder)  # people; ties by name (reversed)
    assert shown(model) == ["k3", "k1", "k0", "k2"]


def test_upsert_and_remove_keep_the_filter(qapp: QApplication) -> None:
    model = AccountTableModel()
    model.set_summaries([summary(0, "Acme"), summary(1, "Northwind")])
    model.set_filter("north")
    model.upsert(summary(2, "North Star"))
    model.upsert(summary(3, "Zeta"))
    assert shown(model) == ["k2", "k1"]  # "north star" sorts before "northwind"
    model.remove("k1")
    assert shown(model) == ["k2"] and model.total_count() == 3
    model.set_filter("")
    assert shown(model) == ["k0", "k2", "k3"]
