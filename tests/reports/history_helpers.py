"""A past for an account: an earlier version saved on an earlier day, differing from
today's in known ways (stances moved, a person joined, one left, a risk reopened), as
the store keeps versions — for the tests of what changed since the last review."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.bootstrap import Services
from app.models.account import AccountFile
from app.models.enums import RiskStatus, Stance
from app.storage.store import AccountStore

#: the names of the person who left (one per script: they must come out intact)
GONE = {"demo-huadong": "欧阳建国", "demo-ural": "Зайцев Пётр Ильич",
        "demo-northwind": "Gerald Whitcombe"}


@dataclass(frozen=True)
class Past:
    then: AccountFile
    #: (name, stance then, stance now) of the people whose stance moved
    moved: list[tuple[str, Stance | None, Stance | None]]
    joined: str  # the name of the person new since then
    left: str  # the name of the person gone since then
    reopened: str  # the title of the risk closed then and open now


def _save_on(services: Services, doc: AccountFile, day: dt.date, *, new: bool) -> None:
    store = AccountStore()
    when = dt.datetime.combine(day, dt.time(12))
    with services.db.transaction() as session:
        conn = session.connection()
        if new:
            store.insert(conn, doc, now=when)
        else:
            store.save(conn, doc, None, now=when)


def earlier(doc: AccountFile) -> Past:
    """``doc`` as it was: two stances other, a leaf person not there yet, a person
    since gone, an open risk closed."""
    turn = {Stance.SUPPORTER: Stance.NEUTRAL, Stance.CHAMPION: Stance.SUPPORTER,
            Stance.NEUTRAL: Stance.SKEPTIC, Stance.SKEPTIC: Stance.BLOCKER,
            Stance.BLOCKER: Stance.SKEPTIC}
    bosses = {p.reports_to for p in doc.stakeholders}
    turned = [p for p in doc.stakeholders if p.stance in turn][:2]
    leaf = next(p for p in reversed(doc.stakeholders)
                if p.id not in bosses and p not in turned)
    root = next(p for p in doc.stakeholders if p.reports_to is None)
    people = []
    for p in doc.stakeholders:
        if p.id == leaf.id:
            continue
        if p in turned:
            assert p.stance is not None
            p = p.model_copy(update={"stance": turn[p.stance]})
        people.append(p.model_dump(mode="json", exclude_none=True))
    gone = GONE.get(doc.account.id, "Departed Person")
    people.append({"id": "gone1", "name": gone, "title": "Director", "reports_to": root.id,
                   "stance": "supporter", "influence": 4})
    risk = next(r for r in doc.risks if r.status != RiskStatus.CLOSED)
    data = doc.model_dump(mode="json", exclude_none=True)
    data["stakeholders"] = people
    data["influences"] = [i for i in data.get("influences", [])
                          if leaf.id not in (i["source"], i["target"])]
    data["interactions"] = [i for i in data.get("interactions", [])
                            if i.get("stakeholder") != leaf.id]
    for i in data["interactions"]:
        if "participants" in i:
            i["participants"] = [x for x in i["participants"] if x != leaf.id]
    for r in data.get("reviews", []):
        if "their_attendees" in r:
            r["their_attendees"] = [x for x in r["their_attendees"] if x != leaf.id]
    for a in data.get("actions", []):
        if a.get("stakeholder") == leaf.id:
            del a["stakeholder"]
    data["stakeholder_history"] = [h for h in data.get("stakeholder_history", [])
                                   if h.get("stakeholder") != leaf.id]
    for r in data["risks"]:
        if r["id"] == risk.id:
            r["status"] = "closed"
    then = AccountFile.model_validate(data, strict=False)
    moved = [(p.name, turn[p.stance], p.stance) for p in turned if p.stance is not None]
    return Past(then, moved, leaf.name, gone, risk.title)


def give_history(services: Services, doc: AccountFile, then_day: dt.date,
                 now_day: dt.date) -> Past:
    """Store ``doc``'s :func:`earlier` self as saved on ``then_day`` and ``doc`` as
    saved on ``now_day`` (the account must not be stored yet)."""
    past = earlier(doc)
    _save_on(services, past.then, then_day, new=True)
    _save_on(services, doc, now_day, new=False)
    return past
