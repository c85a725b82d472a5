"""Editions of the account plan and what each one leaves out (see docs/pdf.md).

The client edition is made safe at the data level: :func:`client_document` returns a
copy of the account with everything internal removed (stances, scores, notes, internal
risks, influence lines, the interaction log, …), and every section is drawn from that
copy. A section that forgets to hide something cannot leak it: it is not there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.fileformat.schema import AccountFile
from app.reports.fonts import has_cjk


class Edition(StrEnum):
    INTERNAL = "internal"
    CLIENT = "client"
    EXECUTIVE = "executive"


EDITION_TITLES = {
    Edition.INTERNAL: "Internal edition",
    Edition.CLIENT: "Client edition",
    Edition.EXECUTIVE: "Executive brief",
}

_BOTH = frozenset({Edition.INTERNAL, Edition.CLIENT})
_INTERNAL = frozenset({Edition.INTERNAL})


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    editions: frozenset[Edition] = _BOTH


#: the sections of the internal and client editions, in print order (the cover and the
#: table of contents always come first; the executive brief has its own fixed layout)
SECTIONS: tuple[Section, ...] = (
    Section("summary", "Executive summary"),
    Section("profile", "Account profile"),
    Section("map", "Stakeholder map"),
    Section("stakeholders", "Stakeholders"),
    Section("stages", "Relationship stage"),
    Section("findings", "Gap analysis", _INTERNAL),
    Section("whitespace", "White space"),
    Section("insights", "Customer insight"),
    Section("objectives", "Objectives and milestones"),
    Section("revenue", "Revenue plan"),
    Section("risks", "Risks"),
    Section("actions", "Action plan"),
    Section("team", "Account team"),
    Section("reviews", "Review schedule"),
    Section("kpis", "KPIs"),
    Section("interactions", "Recent interactions", _INTERNAL),
)
SECTION_KEYS = tuple(s.key for s in SECTIONS)


def sections_for(edition: Edition, chosen: frozenset[str] | set[str] | None = None
                 ) -> tuple[Section, ...]:
    """The sections an edition prints, in order; ``chosen`` (keys) narrows them down.
    The executive brief has no optional sections (empty result)."""
    if edition == Edition.EXECUTIVE:
        return ()
    return tuple(s for s in SECTIONS
                 if edition in s.editions and (chosen is None or s.key in chosen))


def client_document(doc: AccountFile) -> AccountFile:
    """The account as the customer may see it.

    Kept: the profile's name, industry, owner, currency, annual revenue, stages; who
    is who (names, titles, departments, reporting lines, our contact); stage history
    dates; white-space statuses; confirmed insights; objectives and milestones; the
    revenue plan; risks not marked internal, with their mitigation; actions (except
    those tied to an internal risk); the team; reviews' agenda and decisions; KPIs.

    Removed: stance, influence, relationship strength, buying role and last contact of
    every person, every note (account, people, influence lines, stage history, team,
    objectives, risks, actions, reviews, white-space cells), tier, lifecycle stage,
    potential revenue, influence lines, the interaction log, stance and relationship
    history, stage evidence ticks, the KAM selection checklist, unconfirmed insights
    (our reading of them, not theirs), white-space values, risks marked internal and
    risk escalation.
    """
    account = doc.account.model_copy(update={
        "notes": None, "tier": None, "potential_revenue": None, "lifecycle_stage": None})
    people = [p.model_copy(update={
        "stance": None, "influence": None, "relationship": None, "notes": None,
        "role": None, "last_contact": None}) for p in doc.stakeholders]
    internal_risks = {r.id for r in doc.risks if r.internal}
    risks = [r.model_copy(update={"notes": None, "escalation": None})
             for r in doc.risks if not r.internal]
    actions = [a.model_copy(update={"notes": None})
               for a in doc.actions if a.risk not in internal_risks]
    kept_actions = {a.id for a in actions}
    whitespace = doc.whitespace
    if whitespace is not None:
        whitespace = whitespace.model_copy(update={"cells": [
            c.model_copy(update={"value": None, "note": None}) for c in whitespace.cells]})
    return doc.model_copy(update={
        "account": account,
        "stakeholders": people,
        "influences": [],
        "stage_history": [s.model_copy(update={"note": None}) for s in doc.stage_history],
        "interactions": [],
        "stakeholder_history": [],
        "stage_evidence": [],
        "selection": None,
        "whitespace": whitespace,
        "team": [m.model_copy(update={"notes": None}) for m in doc.team],
        "insights": [i for i in doc.insights if i.confirmed],
        "objectives": [o.model_copy(update={"notes": None}) for o in doc.objectives],
        "risks": risks,
        "actions": actions,
        "reviews": [r.model_copy(update={
            "notes": None, "follow_ups": [f for f in r.follow_ups if f in kept_actions]})
            for r in doc.reviews],
    })



#: words that characterise the customer's people from our side (stances, scores), in
#: the languages Rapport's users write: the client edition leaves out the fields that
#: hold them, but a title or a mitigation typed by hand may still say them
SENSITIVE_WORDS = (
    "champion", "supporter", "skeptic", "sceptic", "blocker", "detractor",
    "influence score", "relationship strength",
    "чемпион", "сторонник", "скептик", "блокер", "противник", "сила отношений",
    "支持者", "拥护者", "怀疑者", "阻碍者", "反对者", "关系强度", "影响力评分",
)
# Latin and Cyrillic words at the start of a word ("blockers", "скептика" count);
# Chinese has no spaces between words, so anywhere
_WORDS = re.compile("|".join(
    re.escape(w) if has_cjk(w) else rf"\b{re.escape(w)}" for w in SENSITIVE_WORDS),
    re.IGNORECASE)
#: internal risk titles shorter than this are not looked for (too likely by chance)
_TITLE_MIN = 12


@dataclass(frozen=True)
class Flag:
    """A text the client edition would print that looks internal: where, and why."""

    path: str
    text: str
    reason: str

    def __str__(self) -> str:
        shown = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return f"{self.path}: “{shown}” ({self.reason})"


def client_flags(doc: AccountFile) -> list[Flag]:
    """Texts the client edition of ``doc`` would print that name a stance or a score,
    or repeat the title of a risk marked internal. The fields that hold such things
    are left out anyway; this finds them where they were typed into free text."""
    internal = [r.title for r in doc.risks if r.internal and len(r.title) >= _TITLE_MIN]
    flags: list[Flag] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}.{key}" if path else key)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{path}[{i}]")
        elif isinstance(value, str):
            found = _WORDS.search(value)
            if found:
                flags.append(Flag(path, value, f"says “{found.group(0)}”"))
                return
            folded = value.casefold()
            title = next((t for t in internal if t.casefold() in folded), None)
            if title is not None:
                flags.append(Flag(path, value, "repeats an internal risk"))

    walk(client_document(doc).model_dump(mode="json", exclude={"format", "version"}), "")
    return flags
