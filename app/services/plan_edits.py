"""Edits of an account plan (team, insights, objectives, revenue plan, risks,
actions, reviews, KPIs, interactions) as pure functions on account documents.

Every section is a list of records; one generic add / update / remove serves
them all, validated like an imported file (so likelihood 7 or an action owned
by an unknown team member is refused with its path). Removing an entry also
clears what referred to it, so a removal never leaves a dangling reference.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from app.errors import InvalidInput, Problem
from app.i18n import _
from app.models.account import AccountFile
from app.services.documents import rebuilt

Section = Literal["team", "insights", "objectives", "revenue_plan", "risks", "actions",
                  "reviews", "kpis", "interactions"]
SECTIONS: tuple[Section, ...] = ("insights", "objectives", "revenue_plan", "risks", "actions",
                                 "team", "reviews", "kpis", "interactions")
#: sections whose entries have an ``id``; new ids are prefix + number
ID_PREFIX: dict[str, str] = {"team": "t", "insights": "i", "objectives": "o", "risks": "r",
                             "actions": "a", "reviews": "rv", "kpis": "k"}
#: sections whose entries the user shares with the customer one by one
#: (``client_visible``); milestones and KPI values follow their entry, and the
#: interactions log is never shared
SHAREABLE: tuple[Section, ...] = ("insights", "objectives", "revenue_plan", "risks",
                                  "actions", "team", "reviews", "kpis")

# (section, field) that refer to an entry of another section: cleared on removal
_SINGLE_REFS: dict[str, list[tuple[str, str]]] = {
    "team": [("objectives", "owner"), ("risks", "owner"), ("actions", "owner")],
    "objectives": [("actions", "objective")],
    "risks": [("actions", "risk")],
}
_LIST_REFS: dict[str, list[tuple[str, str]]] = {
    "team": [("reviews", "our_attendees")],
    "actions": [("reviews", "follow_ups")],
}


def _items(doc: AccountFile, section: str) -> list[dict[str, Any]]:
    return [item.model_dump(mode="json") for item in getattr(doc, section)]


def new_id(doc: AccountFile, section: str) -> str:
    """The next free id of a section: t1, t2, … for the team, a1, … for actions."""
    prefix = ID_PREFIX[section]
    taken = {item.id for item in getattr(doc, section)}
    pattern = re.compile(rf"{re.escape(prefix)}(\d+)")
    numbers = [int(m.group(1)) for key in taken if (m := pattern.fullmatch(key))]
    n = max(numbers, default=0) + 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def add_item(doc: AccountFile, section: str, values: Mapping[str, Any]
             ) -> tuple[AccountFile, int]:
    """Append an entry (with a fresh id where the section has ids); returns the new
    document and the entry's index."""
    item = dict(values)
    if section in ID_PREFIX and "id" not in item:
        item["id"] = new_id(doc, section)
    items = [*_items(doc, section), item]
    return rebuilt(doc, **{section: items}), len(items) - 1


def update_item(doc: AccountFile, section: str, index: int, changes: Mapping[str, Any]
                ) -> AccountFile:
    items = _items(doc, section)
    if not 0 <= index < len(items):
        raise InvalidInput(doc.account.name, [Problem(section, _("that entry is gone"))])
    old = items[index]
    items[index] = {**old, **changes}
    if section == "risks" and items[index].get("internal") and not old.get("internal"):
        # internal wins: a risk made internal stops being shared, so unticking Internal
        # later does not quietly hand it to the customer again (undo brings both back)
        items[index]["client_visible"] = False
    parts: dict[str, Any] = {section: items}
    if section == "team" and items[index].get("name") != old.get("name"):
        # stakeholders name their owner on our side: a renamed member keeps them
        parts["stakeholders"] = _owners_renamed(doc, {old.get("name"): items[index]["name"]})
    return rebuilt(doc, **parts)


def set_shared(doc: AccountFile, section: str, indices: Iterable[int], shared: bool
               ) -> AccountFile:
    """Mark entries as shared with the customer (``shared``) or not, all in one edit.
    A risk marked internal is never shared: sharing leaves it unshared (see
    :func:`unshareable`), while "stop sharing" clears its flag like any other's."""
    if section not in SHAREABLE:
        raise InvalidInput(doc.account.name, [Problem(
            section, _("these entries are never shared with the customer"))])
    items = _items(doc, section)
    for index in indices:
        if not 0 <= index < len(items):
            raise InvalidInput(doc.account.name, [Problem(section, _("that entry is gone"))])
        if shared and items[index].get("internal"):
            continue
        items[index]["client_visible"] = shared
    return rebuilt(doc, **{section: items})


def unshareable(entry: Any) -> bool:
    """Whether an entry cannot be shared whatever is ticked (a risk marked internal)."""
    return bool(getattr(entry, "internal", False))


def share_cells(doc: AccountFile, cells: Iterable[tuple[str, str]], shared: bool
                ) -> AccountFile:
    """Mark white-space cells (unit, offering) as shared with the customer or not, in
    one edit. Only assessed cells exist to share: one not assessed is refused."""
    grid = (doc.whitespace.model_dump(mode="json") if doc.whitespace is not None
            else {"units": [], "offerings": [], "cells": []})
    wanted = set(cells)
    found = {(c["unit"], c["offering"]) for c in grid["cells"]} & wanted
    missing = sorted(wanted - found)
    if missing:
        raise InvalidInput(doc.account.name, [Problem(
            "whitespace", _("{offering} for {unit} is not assessed yet: assess it first, "
                            "then share it").format(offering=offering, unit=unit))
            for unit, offering in missing])
    grid["cells"] = [{**c, "client_visible": shared}
                     if (c["unit"], c["offering"]) in wanted else c for c in grid["cells"]]
    return rebuilt(doc, whitespace=grid)


def _owners_renamed(doc: AccountFile, renamed: Mapping[Any, Any]) -> list[dict[str, Any]]:
    """Stakeholders with ``our_owner`` renamed (to None: no owner any more)."""
    people = _items(doc, "stakeholders")
    for person in people:
        owner = (person.get("our_owner") or "").strip()
        if owner and owner in renamed:
            person["our_owner"] = renamed[owner]
    return people


def remove_items(doc: AccountFile, section: str, indices: Iterable[int]) -> AccountFile:
    """Remove entries, and clear every reference to them elsewhere in the plan
    (interactions: :func:`remove_interactions`, which also corrects last contacts)."""
    items = _items(doc, section)
    gone_at = set(indices)
    gone = {item.get("id") for i, item in enumerate(items) if i in gone_at} - {None}
    parts: dict[str, Any] = {section: [it for i, it in enumerate(items) if i not in gone_at]}
    for other, field in _SINGLE_REFS.get(section, []):
        entries = parts[other] if other in parts else _items(doc, other)
        parts[other] = [{**e, field: None} if e.get(field) in gone else e for e in entries]
    for other, field in _LIST_REFS.get(section, []):
        entries = parts[other] if other in parts else _items(doc, other)
        parts[other] = [{**e, field: [r for r in e.get(field, []) if r not in gone]}
                        for e in entries]
    if section == "team":  # their stakeholders have no owner on our side any more
        parts["stakeholders"] = _owners_renamed(doc, {
            item["name"]: None for i, item in enumerate(items) if i in gone_at})
    return rebuilt(doc, **parts)


def add_interaction(doc: AccountFile, values: Mapping[str, Any], today: dt.date
                    ) -> tuple[AccountFile, int]:
    """Log an interaction; the people in it get it as their last contact (if later)."""
    items = [*_items(doc, "interactions"), dict(values)]
    return _with_interactions(doc, items, today), len(items) - 1


def update_interaction(doc: AccountFile, index: int, changes: Mapping[str, Any],
                       today: dt.date) -> AccountFile:
    """Correct an interaction; last contacts follow (a wrong person or date picked by
    mistake leaves no trace on them)."""
    items = _items(doc, "interactions")
    if not 0 <= index < len(items):
        raise InvalidInput(doc.account.name, [Problem("interactions", _("that entry is gone"))])
    items[index] = {**items[index], **changes}
    main = items[index].get("stakeholder")
    if main is not None:  # the main person is not also "present"
        items[index]["participants"] = [p for p in items[index].get("participants") or []
                                        if p != main]
    return _with_interactions(doc, items, today)


def remove_interactions(doc: AccountFile, indices: Iterable[int], today: dt.date
                        ) -> AccountFile:
    gone = set(indices)
    items = [it for i, it in enumerate(_items(doc, "interactions")) if i not in gone]
    return _with_interactions(doc, items, today)


def _day(value: Any) -> dt.date | None:
    """The date of an interaction entry; None when it is not one (validation says why)."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _contacts(items: Iterable[Mapping[str, Any]]) -> dict[str, set[dt.date]]:
    """Each person's interaction dates."""
    dates: dict[str, set[dt.date]] = {}
    for item in items:
        day = _day(item.get("date"))
        if day is None:
            continue
        for person in {item.get("stakeholder"), *(item.get("participants") or [])} - {None}:
            dates.setdefault(person, set()).add(day)
    return dates


def _with_interactions(doc: AccountFile, items: list[dict[str, Any]], today: dt.date
                       ) -> AccountFile:
    """``doc`` with these interactions, future ones refused, and the last contact of
    everyone whose interactions changed brought in line.

    A last contact is also typed by hand on the map, so it cannot simply be the
    latest interaction: it moves forward to a later interaction, and back (to the
    latest one left, or none) only when it was the date of an interaction that is
    gone or moved, i.e. when it came from the log and the log no longer says so.
    """
    problems = [Problem(f"interactions[{i}].date",
                        _("{date} is in the future: log an interaction once it has "
                          "happened").format(date=day.isoformat()))
                for i, item in enumerate(items)
                if (day := _day(item.get("date"))) is not None and day > today]
    if problems:
        raise InvalidInput(doc.account.name, problems)
    for item in items:
        if isinstance(item.get("date"), dt.date):
            item["date"] = item["date"].isoformat()
    before = _contacts(_items(doc, "interactions"))
    after = _contacts(items)
    stakeholders: list[Any] = []
    for person in doc.stakeholders:
        old, new = before.get(person.id, set()), after.get(person.id, set())
        last = person.last_contact
        if old != new:
            if last is not None and last in old and last not in new:
                last = None  # came from the log, which no longer says so
            latest = max(new, default=None)
            if latest is not None and (last is None or latest > last):
                last = latest
        stakeholders.append(person if last == person.last_contact
                            else person.model_copy(update={"last_contact": last}))
    return rebuilt(doc, interactions=items, stakeholders=stakeholders)


def add_year(doc: AccountFile, year: int) -> AccountFile:
    """The four quarters of ``year`` in the revenue plan (those missing), in order."""
    taken = {(q.year, q.quarter) for q in doc.revenue_plan}
    quarters = _items(doc, "revenue_plan") + [
        {"year": year, "quarter": n} for n in range(1, 5) if (year, n) not in taken]
    quarters.sort(key=lambda q: (q["year"], q["quarter"]))
    return rebuilt(doc, revenue_plan=quarters)


def add_follow_up(doc: AccountFile, review: int, values: Mapping[str, Any]
                  ) -> tuple[AccountFile, int]:
    """A new action agreed at a review: added to the actions and to the review's
    follow-ups in one edit. Returns the document and the action's index."""
    reviews = _items(doc, "reviews")
    if not 0 <= review < len(reviews):
        raise InvalidInput(doc.account.name, [Problem("reviews", _("that entry is gone"))])
    action = {"id": new_id(doc, "actions"), **values}
    reviews[review]["follow_ups"] = [*reviews[review].get("follow_ups", []), action["id"]]
    actions = [*_items(doc, "actions"), action]
    return rebuilt(doc, actions=actions, reviews=reviews), len(actions) - 1


def schedule_reviews(doc: AccountFile, first: dt.date, count: int = 4,
                     months: int = 3) -> AccountFile:
    """Add ``count`` account reviews, every ``months`` months from ``first``
    (quarterly by default), skipping dates that already have a review."""
    taken = {r.date for r in doc.reviews}
    reviews = _items(doc, "reviews")
    for n in range(count):
        month = first.month - 1 + n * months
        year = first.year + month // 12
        day = min(first.day, _days_in_month(year, month % 12 + 1))
        when = dt.date(year, month % 12 + 1, day)
        if when in taken:
            continue
        quarter = (when.month - 1) // 3 + 1
        reviews.append({"id": None, "date": when.isoformat(),
                        "title": _("Q{quarter} {year} account review").format(
                            quarter=quarter, year=when.year)})
    ids = {r["id"] for r in reviews if r.get("id")}
    counter = 0
    for review in reviews:
        if review.get("id") is None:
            counter += 1
            while f"rv{counter}" in ids:
                counter += 1
            review["id"] = f"rv{counter}"
            ids.add(review["id"])
    return rebuilt(doc, reviews=reviews)


def _days_in_month(year: int, month: int) -> int:
    start = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - start).days
