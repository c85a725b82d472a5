"""Stable ids for the entries that files may leave without one.

People and plan entries always had ids. Lines, stage and relationship history,
interactions and milestones get theirs when they enter the store (an import, a
new account, an edit that adds one): ``ln1``, ``st1``, ``ph1``, ``ix1``, ``ms1``…,
the next free number of the account. An undo, a rebased edit, a selection or the
entry being typed then follows the id, not a position or the entry's content.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from app.models.account import AccountFile

#: top-level sections whose entries may arrive without an id, and their id prefix
PREFIXES = {"influences": "ln", "stage_history": "st", "stakeholder_history": "ph",
            "interactions": "ix"}
#: milestones are numbered across all objectives of an account
MILESTONE_PREFIX = "ms"


def _numbers(prefix: str, taken: Iterable[str]) -> int:
    pattern = re.compile(rf"{re.escape(prefix)}(\d+)")
    return max((int(m.group(1)) for key in taken if (m := pattern.fullmatch(key))),
               default=0)


def _fill(entries: Sequence[Any], prefix: str) -> list[Any] | None:
    """``entries`` with an id given to each that has none; None if all had one."""
    if all(e.id is not None for e in entries):
        return None
    taken = {e.id for e in entries if e.id is not None}
    n = _numbers(prefix, taken)
    filled = []
    for entry in entries:
        if entry.id is None:
            n += 1
            while f"{prefix}{n}" in taken:
                n += 1
            entry = entry.model_copy(update={"id": f"{prefix}{n}"})
        filled.append(entry)
    return filled


def missing_ids(doc: AccountFile) -> bool:
    """Whether some entry still lacks its id (a file written before ids, or by hand)."""
    return any(e.id is None for section in PREFIXES for e in getattr(doc, section)) or any(
        m.id is None for o in doc.objectives for m in o.milestones)


def with_ids(doc: AccountFile, sections: Iterable[str] | None = None) -> AccountFile:
    """``doc`` with every entry that lacks an id given one; ``doc`` itself if none
    lacks one. ``sections``: only look there (an edit names what it changed)."""
    names = PREFIXES.keys() if sections is None else [s for s in sections if s in PREFIXES]
    update: dict[str, Any] = {}
    for section in names:
        filled = _fill(getattr(doc, section), PREFIXES[section])
        if filled is not None:
            update[section] = filled
    if (sections is None or "objectives" in sections) and any(
            m.id is None for o in doc.objectives for m in o.milestones):
        taken = {m.id for o in doc.objectives for m in o.milestones if m.id is not None}
        n = _numbers(MILESTONE_PREFIX, taken)
        objectives = []
        for objective in doc.objectives:
            milestones = []
            for milestone in objective.milestones:
                if milestone.id is None:
                    n += 1
                    while f"{MILESTONE_PREFIX}{n}" in taken:
                        n += 1
                    milestone = milestone.model_copy(update={"id": f"{MILESTONE_PREFIX}{n}"})
                milestones.append(milestone)
            objectives.append(objective.model_copy(update={"milestones": milestones})
                              if milestones != list(objective.milestones) else objective)
        update["objectives"] = objectives
    return doc.model_copy(update=update) if update else doc
