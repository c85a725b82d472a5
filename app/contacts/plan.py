"""What importing a contact file into an account would do, row by row; nothing is written.

Each row becomes *create* (a new person), *update* (someone the account already has,
see ``matching``: only the fields the file provides are filled or changed — never the
name, and stance, notes, position and the rest stay), *unchanged* (nothing new:
importing a file twice changes nothing the second time) or *skip* (no usable name, a
duplicate of an earlier row, an ambiguous name, or skipped by the user). A value the
account would refuse is left out of its row and reported. Every problem is reported
for its row, numbered as the user sees the file. The manager column becomes reporting
lines (see ``managers``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal

from app.contacts.managers import ManagerLinks, link_managers
from app.contacts.mapping import Layout
from app.contacts.matching import Ambiguous, Identity, Index, Match, shared
from app.contacts.names import name_key
from app.contacts.phones import infer_region, phone_key, region_for
from app.contacts.rows import Candidate, RowProblem, candidate
from app.contacts.sources import refused
from app.errors import figure, quoted
from app.i18n import _, ngettext
from app.models.account import MAX_TEXT, AccountFile, StakeholderRecord

Action = Literal["create", "update", "unchanged", "skip"]


@dataclass(frozen=True, slots=True)
class RowPlan:
    """One row's fate."""

    row: int
    action: Action
    #: the person's name as it will be (or as the file has it; "" if none)
    name: str
    #: the person created or updated (None for a skipped row that matches nobody)
    person_id: str | None
    #: how the row was matched to someone in the account ("e-mail", "phone", "name",
    #: "similar name") and their name then; None for a new person
    matched_by: str | None = None
    matched_name: str | None = None
    #: field -> (before, after), JSON values; for a new person every field set
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    problems: tuple[RowProblem, ...] = ()
    #: the whole record after the import (JSON values), for create and update
    record: dict[str, Any] | None = None

    @property
    def reasons(self) -> list[str]:
        """Why a row is skipped (its blocking problems, with the field), for a summary."""
        return [p.text for p in self.problems if p.blocking]


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """Every row's fate against ``base``, the document it was planned on (apply it to
    that one; plan again if the account changed meanwhile)."""

    base: AccountFile
    layout: Layout
    rows: tuple[RowPlan, ...]
    #: the region numbers without a country code were read in ("CN", "RU", None)
    region: str | None
    region_hint: str | None
    skip: frozenset[int]
    #: (row, manager as written) for each manager that matched nobody
    unmatched_managers: tuple[tuple[int, str], ...] = ()

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def name_of(self, person_id: str) -> str:
        """Whom an id names once imported (a new person's, or someone's in the account):
        for showing a row's manager by name."""
        for r in self.rows:
            if r.person_id == person_id and r.action in ("create", "update", "unchanged"):
                return r.name
        return next((p.name for p in self.base.stakeholders if p.id == person_id), person_id)

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def people_after(self) -> int:
        """How many people the account would hold (it may hold 5,000: ``LIMITS``)."""
        return len(self.base.stakeholders) + self.count("create")

    @property
    def usable(self) -> bool:
        """Whether any row would be imported (created, updated or already there)."""
        return any(r.action != "skip" for r in self.rows)

    def skipping(self, rows: Iterable[int]) -> ImportPlan:
        """The plan again with these rows (numbers as in the file) skipped too."""
        return plan_import(self.base, self.layout, skip=self.skip | set(rows),
                           region=self.region_hint)


def plan_import(doc: AccountFile, layout: Layout, *, skip: Collection[int] = (),
                region: str | None = None) -> ImportPlan:
    """What importing ``layout``'s rows into ``doc`` would do (see the module doc).
    ``skip``: row numbers the user chose to leave out; ``region``: where numbers
    without a country code are from, if the file and the account do not say (ISO
    3166 code such as "CN"). InvalidInput if the file has no name column or no rows."""
    table = layout.table
    if not layout.has_name:
        raise refused(table.name, _(
            "no name column: none of the columns ({columns}) is a name, first name or last "
            "name; choose which one is").format(
                columns=", ".join(quoted(c) for c in layout.columns[:20])))
    records = layout.records()
    if not records:
        if layout.header_row:
            raise refused(table.name, _("no contacts below the header (row {n}): the file "
                                        "has a header but no rows").format(
                                            n=figure(layout.header_row)))
        raise refused(table.name, _("no contacts: the file has a header but no rows"))
    skip = frozenset(skip)
    unreadable = dict(table.unreadable)
    rows = [candidate(number, raw, table.unit) for number, raw in records]
    for c in rows:
        if c.row in unreadable:
            c.problems = [RowProblem(c.row, None, unreadable[c.row], True, table.unit)]
    people = doc.stakeholders
    used_region = infer_region(
        [*(c.values["phone"] for c in rows if "phone" in c.values),
         *(p.phone for p in people if p.phone)],
        [*(c.values.get("name", "") for c in rows), *(p.name for p in people)], region)
    identities = {c.row: _identity(str(c.row), c.values, used_region) for c in rows
                  if not c.blocked}
    known = [_identity(p.id, p.model_dump(include={"name", "email", "phone"}), used_region)
             for p in people]
    (file_emails, file_phones), (own_emails, own_phones) = shared(identities.values()), \
        shared(known)
    emails, phones = file_emails | own_emails, file_phones | own_phones
    if emails or phones:  # a switchboard or sales@… is nobody's identity
        identities = {row: _unshared(i, emails, phones) for row, i in identities.items()}
        known = [_unshared(i, emails, phones) for i in known]
    existing = Index(known)
    matches, duplicates = _match(rows, identities, existing, skip, table.unit)
    importing = {c.row for c in rows if not c.blocked and c.row not in skip}
    ids = _new_ids(doc, [row for row in sorted(importing) if row not in matches])
    person_of = {row: m.ref for row, m in matches.items()} | ids
    person_of |= {row: person_of[first] for row, first in duplicates.items()
                  if first in person_of}  # a duplicate row names its first row's person
    links = link_managers(rows, person_of, people, importing, table.unit)
    by_id = {p.id: p for p in people}
    plans = [_row_plan(c, c.row in importing, matches.get(c.row), person_of.get(c.row),
                       links, by_id, used_region, table.unit) for c in rows]
    return ImportPlan(doc, layout, tuple(plans), used_region, region, skip,
                      tuple(links.unmatched))


def _unshared(who: Identity, emails: set[str], phones: set[str]) -> Identity:
    return Identity(who.ref, None if who.email in emails else who.email,
                    None if who.phone in phones else who.phone, who.name)


def _identity(ref: str, values: dict[str, Any], region: str | None) -> Identity:
    email, phone, name = values.get("email"), values.get("phone"), values.get("name", "")
    return Identity(ref, email.casefold() if email else None,
                    phone_key(phone, region_for(name, region)) if phone else None,
                    name_key(name) if name else "")


def _match(rows: list[Candidate], identities: dict[int, Identity], existing: Index,
           skip: frozenset[int], unit: str) -> tuple[dict[int, Match], dict[int, int]]:
    """Row -> its match in the account, and duplicate row -> the earlier row it repeats
    (a blocking problem of its own); an ambiguous name blocks its row too. Exact
    matches first, then near-identical names among the people still unmatched: a
    typo's row never takes the person another row names exactly."""
    earlier = Index()
    matches: dict[int, Match] = {}
    duplicates: dict[int, int] = {}
    claimed: dict[str, int] = {}
    unmatched: list[Candidate] = []

    def claim(c: Candidate, found: Match) -> None:
        if found.ref in claimed and c.row not in skip:
            first = claimed[found.ref]
            c.refuse(None, (_("card {n} already updates the same person ({how}): this card "
                              "is left out") if unit == "card" else
                            _("row {n} already updates the same person ({how}): this row is "
                              "left out")).format(n=figure(first), how=_how(found)),
                     blocking=True)
            return
        if c.row not in skip:
            claimed[found.ref] = c.row
        matches[c.row] = found

    for c in rows:
        if c.blocked:
            continue
        who = identities[c.row]
        if c.row not in skip:
            same = earlier.find(who) if who.name else None
            if same is not None:
                duplicates[c.row] = int(same.ref)
                c.refuse(None, (_("the same person as card {n} ({how}): this card is left "
                                  "out") if unit == "card" else
                                _("the same person as row {n} ({how}): this row is left "
                                  "out")).format(n=figure(int(same.ref)), how=_how(same)),
                         blocking=True)
                continue
            earlier.add(who)
        found = _ask(c, partial(existing.find, who), skip)
        if found is not None:
            claim(c, found)
        elif not c.blocked:
            unmatched.append(c)
    for c in unmatched:
        found = _ask(c, partial(existing.similar, identities[c.row], claimed), skip)
        if found is not None:
            claim(c, found)
    return matches, duplicates


def _ask(c: Candidate, find: Callable[[], Match | None], skip: frozenset[int]) -> Match | None:
    """``find()``, an ambiguous name turned into the row's (blocking) problem."""
    try:
        return find()
    except Ambiguous as many:
        n = len(many.refs)
        c.refuse("name", ngettext(
            "{n} person in the account has this name ({ids}): which one is meant is unclear",
            "{n} people in the account have this name ({ids}): which one is meant is unclear",
            n).format(n=figure(n), ids=", ".join(many.refs[:5])), blocking=c.row not in skip)
        return None


def _how(match: Match) -> str:
    """How a row was matched, in words: "same e-mail", "similar name"."""
    return {"e-mail": _("same e-mail"), "phone": _("same phone"), "name": _("same name"),
            "similar name": _("similar name")}.get(match.how, match.how)


def _new_ids(doc: AccountFile, rows: list[int]) -> dict[int, str]:
    """Fresh ids for the people created, p01, p02 … after the highest taken."""
    taken = {s.id for s in doc.stakeholders}
    n = max((int(m.group(1)) for s in taken if (m := re.fullmatch(r"p(\d+)", s))),
            default=0)
    ids: dict[int, str] = {}
    for row in rows:
        n += 1
        while f"p{n:02d}" in taken:
            n += 1
        ids[row] = f"p{n:02d}"
    return ids


def _row_plan(c: Candidate, importing: bool, match: Match | None, pid: str | None,
              links: ManagerLinks, people: dict[str, StakeholderRecord],
              region: str | None, unit: str) -> RowPlan:
    problems = tuple(c.problems) + tuple(links.problems.get(c.row, ()))
    name = c.values.get("name", "")
    matched = people.get(match.ref) if match else None
    how = match.how if match else None
    if not importing or pid is None:
        if not c.blocked:
            problems += (RowProblem(c.row, None, _("skipped by you"), True, unit),)
        return RowPlan(c.row, "skip", name, pid if matched else None, how,
                       matched.name if matched else None, problems=problems)
    values = dict(c.values)
    if c.row in links.boss:
        values["reports_to"] = links.boss[c.row]
    if matched is None:
        record = {"id": pid, **values}
        changes = {f: (None, v) for f, v in values.items()}
        return RowPlan(c.row, "create", name, pid, None, None, changes, problems, record)
    before = matched.model_dump(mode="json", exclude_none=True)
    changes = _changes(before, values, (region_for(matched.name, region),
                                        region_for(name, region)))
    notes = changes.get("notes", (None, ""))[1]
    if len(notes) > MAX_TEXT:
        del changes["notes"]
        problems += (RowProblem(c.row, "notes", _(
            "not added: the person's notes would exceed {most} characters").format(
                most=figure(MAX_TEXT)), unit=unit),)
    if name_key(name) != name_key(matched.name):
        problems += (RowProblem(c.row, "name", _(
            "the file calls them {name}; the name in the account is kept").format(
                name=quoted(name)), unit=unit),)
    record = {**before, **{f: new for f, (_, new) in changes.items()}}
    return RowPlan(c.row, "update" if changes else "unchanged", record["name"], pid, how,
                   matched.name, changes, problems, record if changes else None)


def _changes(before: dict[str, Any], values: dict[str, Any],
             regions: tuple[str | None, str | None]) -> dict[str, tuple[Any, Any]]:
    """What the file changes of a person: only what it provides and says differently.
    Never the name: the person is found, and "A. Weber" in a CRM should not rename
    "Anna Weber" (a real change of name is the user's to make). Notes are added
    below the user's own, once, never over them."""
    changes: dict[str, tuple[Any, Any]] = {}
    for f, new in values.items():
        old = before.get(f)
        if f == "name":
            continue
        if f == "email" and old and old.casefold() == new.casefold():
            continue
        if f == "phone" and old and _key(old, regions[0]) == _key(new, regions[1]):
            continue  # the same number written another way: the user's writing stays
        if f == "messengers":
            new = {**(old or {}), **new}
        if f == "notes" and old:
            new = old if new in old else f"{old}\n\n{new}"
        if old != new:
            changes[f] = (old, new)
    return changes


def _key(phone: str, region: str | None) -> str:
    """A number's key, or the text itself when it has none (two short numbers differ)."""
    return phone_key(phone, region) or phone
