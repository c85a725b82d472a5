"""What an edit changed in an account document, small enough to keep and to re-apply.

``diff(before, after)`` names only what differs: whole records (the account, the
selection checklist, the white-space grid), entries of id-keyed lists by id (people,
plan entries, and lines and log entries once they have ids), and for the other
lists (ticked evidence, quarters) the one window of entries that changed.
``Delta.apply(current)`` makes the same change to a document that moved on since
``before`` (another window or team member saved in between): it succeeds when the
entries the edit touched are still as the edit found them, and raises
``DeltaConflict`` naming the first one that is not. ``inverse()`` is the undo.

An undo step keeps a Delta instead of two whole documents: a stance change on a
1,000-person account keeps two person records and a history line, not 2 × 1,000.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.models.account import AccountFile

#: list sections whose entries carry a stable ``id``
KEYED = ("stakeholders", "team", "insights", "objectives", "risks", "actions", "reviews",
         "kpis")
#: list sections whose entries carry an id once stored (a file may leave it out):
#: keyed when every entry on both sides has one, else windowed
IDENTIFIED = ("influences", "stage_history", "interactions", "stakeholder_history")
#: list sections without ids: a change is one window of entries replaced
WINDOWED = ("stage_evidence", "revenue_plan")
#: single records
WHOLE = ("account", "selection", "whitespace")


class DeltaConflict(Exception):
    """The entry an edit changed was changed differently in the current document."""

    def __init__(self, section: str, what: str) -> None:
        self.section, self.what = section, what
        super().__init__(f"{what} in {section.replace('_', ' ')} was changed meanwhile")


@dataclass(frozen=True)
class _Keyed:
    """Entries of an id-keyed section: id -> (before or None, after or None); the id
    each added entry follows in ``after`` and each removed one followed in ``before``
    (None: first), so that an undo puts an entry back exactly where it was."""

    changes: dict[str, tuple[Any, Any]]
    follows: dict[str, str | None]
    followed: dict[str, str | None] = field(default_factory=dict)
    #: the ids in their order before and after, only when the edit reordered them
    order: tuple[tuple[str, ...], tuple[str, ...]] | None = None


@dataclass(frozen=True)
class _Window:
    """``removed`` entries at ``start`` were replaced by ``added``."""

    start: int
    removed: tuple[Any, ...]
    added: tuple[Any, ...]


@dataclass(frozen=True)
class Delta:
    """The change from one document to another, section by section."""

    whole: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    keyed: dict[str, _Keyed] = field(default_factory=dict)
    windows: dict[str, _Window] = field(default_factory=dict)

    @property
    def sections(self) -> frozenset[str]:
        """Which top-level parts of the document the edit touched."""
        return frozenset(self.whole) | frozenset(self.keyed) | frozenset(self.windows)

    def __bool__(self) -> bool:
        return bool(self.whole or self.keyed or self.windows)

    def inverse(self) -> Delta:
        return Delta(
            whole={s: (a, b) for s, (b, a) in self.whole.items()},
            keyed={s: _Keyed({i: (a, b) for i, (b, a) in k.changes.items()},
                             k.followed, k.follows,
                             None if k.order is None else (k.order[1], k.order[0]))
                   for s, k in self.keyed.items()},
            windows={s: _Window(w.start, w.added, w.removed) for s, w in self.windows.items()})

    def apply(self, current: AccountFile) -> AccountFile:
        """``current`` with this change made; DeltaConflict if it cannot be."""
        update: dict[str, Any] = {}
        for section, (before, after) in self.whole.items():
            now = getattr(current, section)
            if now != before and now != after:
                raise DeltaConflict(section, _whole_name(section))
            update[section] = after
        for section, keyed in self.keyed.items():
            update[section] = _apply_keyed(section, getattr(current, section), keyed)
        for section, window in self.windows.items():
            update[section] = _apply_window(section, getattr(current, section), window)
        return current.model_copy(update=update)


def diff(before: AccountFile, after: AccountFile) -> Delta:
    """What changed from ``before`` to ``after`` (an empty Delta: nothing)."""
    delta = Delta()
    for section in WHOLE:
        b, a = getattr(before, section), getattr(after, section)
        if b is not a and b != a:
            delta.whole[section] = (b, a)
    for section in KEYED:
        b, a = getattr(before, section), getattr(after, section)
        if b is not a and b != a:
            delta.keyed[section] = _diff_keyed(b, a)
    for section in IDENTIFIED:
        b, a = getattr(before, section), getattr(after, section)
        if b is not a and b != a:
            if all(e.id is not None for e in b) and all(e.id is not None for e in a):
                delta.keyed[section] = _diff_keyed(b, a)
            else:
                delta.windows[section] = _diff_window(b, a)
    for section in WINDOWED:
        b, a = getattr(before, section), getattr(after, section)
        if b is not a and b != a:
            delta.windows[section] = _diff_window(b, a)
    return delta


def _diff_keyed(before: Sequence[Any], after: Sequence[Any]) -> _Keyed:
    old = {e.id: e for e in before}
    new = {e.id: e for e in after}
    changes: dict[str, tuple[Any, Any]] = {}
    followed: dict[str, str | None] = {}
    previous_old: str | None = None
    for entry in before:
        key = entry.id
        if key not in new:
            changes[key] = (entry, None)
            followed[key] = previous_old
        elif new[key] != entry:
            changes[key] = (entry, new[key])
        previous_old = key
    follows: dict[str, str | None] = {}
    previous: str | None = None
    for entry in after:
        if entry.id not in old:
            changes[entry.id] = (None, entry)
            follows[entry.id] = previous
        previous = entry.id
    kept_before = tuple(e.id for e in before if e.id in new)
    kept_after = tuple(e.id for e in after if e.id in old)
    order = None if kept_before == kept_after else (
        tuple(e.id for e in before), tuple(e.id for e in after))
    return _Keyed(changes, follows, followed, order)


def _apply_keyed(section: str, current: Sequence[Any], keyed: _Keyed) -> list[Any]:
    entries = list(current)
    index = {e.id: i for i, e in enumerate(entries)}
    removed: set[str] = set()
    for key, (before, after) in keyed.changes.items():
        if before is None:
            continue
        if key not in index:
            if after is None:
                continue  # removed here and there: the same outcome
            raise DeltaConflict(section, f'"{key}"')
        now = entries[index[key]]
        if now != before and now != after:
            raise DeltaConflict(section, f'"{key}"')
        if after is None:
            removed.add(key)
        else:
            entries[index[key]] = after
    entries = [e for e in entries if e.id not in removed]
    for key, (before, after) in keyed.changes.items():
        if before is not None or after is None:
            continue
        if any(e.id == key for e in entries):
            existing = next(e for e in entries if e.id == key)
            if existing != after:
                raise DeltaConflict(section, f'"{key}" (added on both sides)')
            continue
        anchor = keyed.follows.get(key)
        position = next((i + 1 for i, e in enumerate(entries) if e.id == anchor),
                        0 if anchor is None else len(entries))
        entries.insert(position, after)
    if keyed.order is not None:  # the edit reordered: its order, others' entries last
        rank = {key: i for i, key in enumerate(keyed.order[1])}
        entries.sort(key=lambda e: rank.get(e.id, len(rank)))
    return entries


def _diff_window(before: Sequence[Any], after: Sequence[Any]) -> _Window:
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end_b, end_a = len(before), len(after)
    while end_b > start and end_a > start and before[end_b - 1] == after[end_a - 1]:
        end_b -= 1
        end_a -= 1
    return _Window(start, tuple(before[start:end_b]), tuple(after[start:end_a]))


def _apply_window(section: str, current: Sequence[Any], window: _Window) -> list[Any]:
    entries = list(current)
    size = len(window.removed)
    if not window.removed:  # an insertion: at the same place if it still exists, else last
        position = min(window.start, len(entries))
        return entries[:position] + list(window.added) + entries[position:]
    for start in _candidates(window.start, len(entries) - size):
        if tuple(entries[start:start + size]) == window.removed:
            return entries[:start] + list(window.added) + entries[start + size:]
    if all(a in entries for a in window.added) and not any(r in entries
                                                          for r in window.removed):
        return entries  # the same change was made meanwhile
    raise DeltaConflict(section, f"entry {window.start + 1}")


def _candidates(start: int, last: int) -> list[int]:
    """Where to look for a window: where it was, then ever further away."""
    if last < 0:
        return []
    order = [min(start, last)]
    for step in range(1, last + 1):
        for i in (start - step, start + step):
            if 0 <= i <= last:
                order.append(i)
    return order


def _whole_name(section: str) -> str:
    return {"account": "the profile", "selection": "the KAM checklist",
            "whitespace": "the white-space grid"}[section]
