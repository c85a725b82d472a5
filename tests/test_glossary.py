"""The glossary explains every word the map and the findings use: a new role, stance,
level, stage or kind of finding without a meaning fails here."""

from __future__ import annotations

from app import i18n
from app.assessment import gaps
from app.graph import analysis, encoding, glossary
from app.models.enums import (
    RELATIONSHIP_LABELS,
    BuyingRole,
    RelationshipStage,
    Stance,
    label,
)


def _keys(section: str) -> list[str]:
    return [e.key for e in glossary.entries() if e.section == section]


def test_every_value_of_the_vocabularies_has_an_entry() -> None:
    assert _keys("role") == [r.value for r in BuyingRole]
    assert _keys("stance") == [s.value for s in Stance] + [""]  # "" : not recorded
    assert _keys("strength") == [str(level) for level in RELATIONSHIP_LABELS]
    assert _keys("stage") == [s.value for s in RelationshipStage]


def test_every_kind_of_finding_has_an_entry() -> None:
    kinds = _keys("finding")
    assert set(analysis.KINDS) <= set(kinds)  # the map's
    assert sorted(kinds) == sorted(gaps.KINDS)  # and the account's, nothing else


def test_entries_use_the_apps_own_words() -> None:
    entries = glossary.entries()
    assert [s for s, _title in glossary.SECTIONS] == list(dict.fromkeys(
        e.section for e in entries))
    assert all(e.term and e.meaning and e.meaning.endswith(".") for e in entries)
    assert len({e.meaning for e in entries}) == len(entries)  # no meaning copied
    for e in entries:
        if e.section == "role":
            assert e.term == label(BuyingRole(e.key))
            assert e.badge == encoding.role_badge(e.key)
        elif e.section == "finding":
            assert e.term == analysis.kind_title(e.key)
        else:
            assert not e.badge
    by_key = {(e.section, e.key): e for e in entries}
    assert by_key["role", "economic_buyer"].badge == "EB"
    assert by_key["role", "other"].badge == ""
    assert by_key["strength", "3"].term == "3 Trusted"
    assert by_key["finding", "coverage_gap"].term == "Coverage gap"


def test_the_words_are_in_the_language_of_the_moment() -> None:
    with i18n.language("ru"):
        entries = {(e.section, e.key): e for e in glossary.entries()}
        assert entries["role", "decision_maker"].badge == encoding.role_badge(
            BuyingRole.DECISION_MAKER) != "DM"
        assert entries["stance", "blocker"].term == label(Stance.BLOCKER) == "Противник"
        assert entries["strength", "3"].term == "3 Доверие"
        assert glossary.section_title("strength") == "Рамка: наши отношения"
        assert all(not e.term.isascii() for e in entries.values())
