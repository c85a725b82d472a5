"""Findings about an account's stakeholder network: what a key account manager misses.

``analyze`` turns an account file into a list of ``Finding``s for the Insights
panel, the ``gaps`` command and, later, the PDF account plan. Each finding names
the stakeholders it concerns, so the map can select their cards. The exact rules,
severities and advice are in ``docs/findings.md``; keep the two in step.

Missing values never make an account look better than the data shows, and never
flag someone on a guess:

* relationship unset → 0 (we cannot count on a relationship nobody recorded);
* influence unset → not a key person (no rule that needs influence ≥ 3 or ≥ 4
  fires), and weighs as 1 in influence centrality, but counts as "not rated"
  for ``hidden_influencer`` (a central person whose influence nobody rated is
  exactly what that finding is for);
* stance unset → neither a supporter nor an opponent;
* role unset → holds no buying role;
* last contact unset and no logged interaction → never contacted.

Conflict lines (the source works against the target) are opposition, not a
channel: they are left out of influence centrality and of every path.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from app.graph.model import (
    influence_graph,
    is_conflict,
    reporting_levels,
    reporting_tree,
    stakeholders_by_id,
)
from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import RELATIONSHIP_LABELS, BuyingRole, Stance, label

if TYPE_CHECKING:  # the graphs are built in app.graph.model, which imports networkx
    import networkx as nx

Severity = Literal["high", "medium", "low"]
SEVERITIES: tuple[Severity, ...] = ("high", "medium", "low")

KINDS = ("missing_role", "coverage_gap", "blocker_risk", "single_threaded",
         "hidden_influencer", "no_path_to_power", "stale_contact", "no_owner",
         "unknown_owner")

KEY_INFLUENCE = 4  # "a key person": coverage_gap, stale_contact, no_owner
#: roles that make someone a key person whatever their influence (no_owner)
DECIDING_ROLES = (BuyingRole.ECONOMIC_BUYER, BuyingRole.DECISION_MAKER)
OPPONENT_INFLUENCE = 3  # a skeptic or blocker this influential is a risk
WEAK_RELATIONSHIP = 1  # relationship at or below this is no coverage
TRUSTED = 3  # relationship "Trusted" or better: someone who will vouch for us
STALE_DAYS = 90
VERY_STALE_DAYS = 180
CENTRAL_TOP = 3  # hidden_influencer: PageRank rank at most this
UNDERSTATED_INFLUENCE = 2
DEEP_LEVEL = 2  # levels below the top of the reporting tree

FRIENDLY = (Stance.SUPPORTER, Stance.CHAMPION)
OPPONENTS = (Stance.SKEPTIC, Stance.BLOCKER)
POWER_ROLES = (BuyingRole.ECONOMIC_BUYER, BuyingRole.DECISION_MAKER)

# Path cost of one influence line: 6 / strength, i.e. 1/strength in whole sixths
# so that sums stay exact and ties are real ties.
_LINE_COST = {1: 6, 2: 3, 3: 2}
_SCORE_TIE = 1e-9  # PageRank scores closer than this are the same rank
_NAMES_IN_MESSAGE = 3


@dataclass(frozen=True)
class Finding:
    """One thing the key account manager should look at.

    ``stakeholders`` are stakeholder ids (for selecting map cards), in a
    meaningful order: the person concerned first; for a path, from start to end.
    """

    kind: str
    severity: Severity
    stakeholders: tuple[str, ...]
    message: str
    #: order within a severity and kind where the message alone would mislead
    #: (stage steps up the ladder, white-space opportunities by value); not output
    rank: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of ``gaps --format json``."""
        return {"kind": self.kind, "severity": self.severity,
                "stakeholders": list(self.stakeholders), "message": self.message}


def finding_order(finding: Finding) -> tuple[int, str, float, tuple[str, ...], str]:
    return (SEVERITIES.index(finding.severity), finding.kind, finding.rank,
            finding.stakeholders, finding.message)


def analyze(doc: AccountFile, today: dt.date) -> list[Finding]:
    """Every finding for the account, most severe first.

    Order: severity (high, medium, low), then kind, then stakeholder ids, then
    message, so the same document always gives the same list. ``today`` is a
    parameter (not read from the clock) so that results are reproducible.
    """
    acc = _Account.of(doc)
    findings = [
        *_missing_role(acc),
        *_coverage_gap(acc),
        *_blocker_risk(acc),
        *_single_threaded(acc),
        *_hidden_influencer(acc),
        *_no_path_to_power(acc),
        *_stale_contact(acc, doc, today),
        *_ownership(acc, doc),
    ]
    return sorted(findings, key=finding_order)


def influence_centrality(graph: nx.DiGraph, alpha: float = 0.5) -> dict[str, float]:
    """Who carries weight in the influence network: a PageRank, scores summing to 1.

    An edge means "source influences target", so importance flows from the
    influenced to their influencers: whoever sways an influential person is
    influential. That is PageRank on the reversed edges, each person's score
    shared among the people who influence them in proportion to line strength.

    The random walk starts at (teleports to) people in proportion to their
    stated influence (unset counts as 1): plain PageRank would value a line into
    the CEO no more than a line into an intern whenever the CEO influences
    nobody, which is typical, because lines are drawn *to* the powerful. People
    whom nobody influences hand their score back the same way. Conflict lines
    are left out (opposition is not a channel).

    Damping ``alpha`` = 0.5 rather than the web's 0.85: sway fades quickly from
    person to person, and at 0.85 two juniors who merely influence each other
    (a loop that keeps its score) would outrank the aide who sways the CEO.

    Own power iteration rather than ``nx.pagerank``, which needs SciPy (not a
    dependency); the tests check that both agree.
    """
    nodes = list(graph)
    if not nodes:
        return {}
    stated = {p: float(graph.nodes[p].get("influence") or 1) for p in nodes}
    total_stated = sum(stated.values())
    start = {p: stated[p] / total_stated for p in nodes}
    # For each person: the people influencing them and each one's share.
    flows: dict[str, list[tuple[str, float]]] = {}
    for person in nodes:
        ins = [(source, float(data["strength"]))
               for source, _, data in graph.in_edges(person, data=True)
               if not is_conflict(data["kind"])]
        total = sum(weight for _, weight in ins)
        flows[person] = [(source, weight / total) for source, weight in ins]
    score = dict(start)
    for _ in range(1000):
        dangling = sum(score[p] for p in nodes if not flows[p])
        new = {p: ((1.0 - alpha) + alpha * dangling) * start[p] for p in nodes}
        for person in nodes:
            for source, share in flows[person]:
                new[source] += alpha * score[person] * share
        change = sum(abs(new[p] - score[p]) for p in nodes)
        score = new
        if change < len(nodes) * 1e-13:
            break
    return score


@dataclass
class _Path:
    cost: int  # sum of _LINE_COST
    path: tuple[str, ...]


@dataclass
class _Account:
    """What the rules share, computed once per analysis."""

    people: dict[str, StakeholderRecord]
    influence: nx.DiGraph
    levels: dict[str, int]
    # Lines a supporter or champion can use to pass us on: source → [(target, strength)].
    friendly: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: AccountFile) -> _Account:
        people = stakeholders_by_id(doc)
        influence = influence_graph(doc)
        acc = cls(people, influence, reporting_levels(reporting_tree(doc)))
        for source, target, data in influence.edges(data=True):
            if people[source].stance in FRIENDLY and not is_conflict(data["kind"]):
                acc.friendly.setdefault(source, []).append((target, data["strength"]))
        return acc

    def name(self, key: str) -> str:
        return self.people[key].name

    def names(self, keys: Iterable[str]) -> str:
        keys = list(keys)
        shown = ", ".join(self.name(k) for k in keys[:_NAMES_IN_MESSAGE])
        rest = len(keys) - _NAMES_IN_MESSAGE
        return f"{shown} and {rest} more" if rest > 0 else shown


def _relationship(person: StakeholderRecord) -> int:
    return person.relationship if person.relationship is not None else 0


def _best_paths(lines: dict[str, list[tuple[str, int]]],
                starts: Iterable[str]) -> dict[str, _Path]:
    """Strongest path from any start to every reachable person.

    "Strongest" = the least sum of 1/strength over its lines: a strong line (3)
    costs a third of a weak one (1), and every extra hop costs something, since
    each introduction is a favour asked. Ties go to fewer hops, then to the
    alphabetically first chain of ids, so the answer never depends on file order.
    Dijkstra; every line costs more than nothing, so the first visit is the best.
    """
    heap: list[tuple[int, int, tuple[str, ...]]] = [(0, 1, (start,))
                                                   for start in sorted(set(starts))]
    heapq.heapify(heap)
    best: dict[str, _Path] = {}
    while heap:
        cost, hops, path = heapq.heappop(heap)
        here = path[-1]
        if here in best:
            continue
        best[here] = _Path(cost, path)
        for target, strength in lines.get(here, ()):
            if target not in best:
                heapq.heappush(heap, (cost + _LINE_COST[strength], hops + 1, path + (target,)))
    return best


def _missing_role(acc: _Account) -> Iterator[Finding]:
    roles = {p.role for p in acc.people.values()}
    if BuyingRole.ECONOMIC_BUYER not in roles:
        yield Finding("missing_role", "high", (),
                      "No economic buyer identified: find out who controls the budget and "
                      "gives final approval.")
    if BuyingRole.DECISION_MAKER not in roles:
        yield Finding("missing_role", "medium", (),
                      "No decision maker identified: find out who makes or shapes the "
                      "decision.")
    if not any(p.role == BuyingRole.COACH or p.stance == Stance.CHAMPION
               for p in acc.people.values()):
        yield Finding("missing_role", "medium", (),
                      "No coach or champion identified: nobody inside the account is known "
                      "to guide us or promote us.")


def _coverage_gap(acc: _Account) -> Iterator[Finding]:
    for key, p in acc.people.items():
        if p.influence is None or p.influence < KEY_INFLUENCE:
            continue
        if _relationship(p) > WEAK_RELATIONSHIP:
            continue
        if p.relationship is None:
            ours = "no relationship with them is recorded"
        elif p.relationship == 0:
            ours = "we have no relationship with them yet"
        else:
            ours = (f"our relationship is only {p.relationship} "
                    f"({RELATIONSHIP_LABELS[p.relationship]})")
        yield Finding("coverage_gap", "high" if p.influence >= 5 else "medium", (key,),
                      f"{p.name} has influence {p.influence} but {ours}.")


def _blocker_risk(acc: _Account) -> Iterator[Finding]:
    # Who can reach a person = chains of friendly lines into them; walk them backwards.
    backwards: dict[str, list[tuple[str, int]]] = {}
    for source, lines in acc.friendly.items():
        for target, strength in lines:
            backwards.setdefault(target, []).append((source, strength))
    for key, p in acc.people.items():
        if p.stance not in OPPONENTS or p.influence is None:
            continue
        if p.influence < OPPONENT_INFLUENCE:
            continue
        reach = _best_paths(backwards, [key])
        del reach[key]
        helpers = sorted(reach, key=lambda k: (reach[k].cost, len(reach[k].path), k))
        stance = label(p.stance).lower()
        if helpers:
            how = f"supporters and champions who can reach them: {acc.names(helpers)}"
        else:
            how = "no supporter or champion has an influence line that reaches them"
        yield Finding("blocker_risk", "high" if p.stance == Stance.BLOCKER else "medium",
                      (key, *helpers),
                      f"{p.name} is a {stance} with influence {p.influence}; {how}.")


def _single_threaded(acc: _Account) -> Iterator[Finding]:
    strengths = {key: _relationship(p) for key, p in acc.people.items()}
    total = sum(strengths.values())
    reasons: list[str] = []
    concerned: str | None = None
    if total > 0:
        top = max(strengths.values())
        leaders = [k for k, v in strengths.items() if v == top]
        # Two people at exactly 50% each are two threads, not one.
        if len(leaders) == 1 and 2 * top >= total:
            concerned = leaders[0]
            reasons.append(f"{round(100 * top / total)}% of our total relationship strength")
    trusted = [k for k, v in strengths.items() if v >= TRUSTED]
    if len(trusted) == 1:
        concerned = trusted[0]  # necessarily the same person as above, if any
        reasons.append("the only contact with a trusted relationship (3 or more)")
    if concerned is None:
        return
    yield Finding("single_threaded", "high" if len(reasons) == 2 else "medium", (concerned,),
                  f"Our relationships depend on {acc.name(concerned)}: "
                  + " and ".join(reasons) + ".")


def _hidden_influencer(acc: _Account) -> Iterator[Finding]:
    # Ranked among the people who influence someone: only they can be hidden
    # influencers, and someone who sways nobody (typically the CEO, whom lines
    # point to) should not take a top-3 place on the strength of their title.
    influencers = sorted({source for source, _, data in acc.influence.edges(data=True)
                          if not is_conflict(data["kind"])})
    # With three influencers or fewer all are "in the top 3": the rank says
    # nothing. This also covers a map without influence lines.
    if len(influencers) <= CENTRAL_TOP:
        return
    everyone = influence_centrality(acc.influence)
    score = {key: everyone[key] for key in influencers}
    ordered = sorted(score.values())
    for key in influencers:
        up_to = bisect.bisect_right(ordered, score[key] + _SCORE_TIE)
        above = len(ordered) - up_to
        level_with = up_to - bisect.bisect_left(ordered, score[key] - _SCORE_TIE)
        # In the top 3 only if the top 3 can be told apart: people tied across
        # the cut-off are all left out (five people tied for first place, as in
        # a star of equal lines into one boss, flag nobody rather than five).
        if above + level_with > CENTRAL_TOP:
            continue
        p = acc.people[key]
        reasons = []
        if p.influence is None:
            reasons.append("their influence is not rated")
        elif p.influence <= UNDERSTATED_INFLUENCE:
            reasons.append(f"their stated influence is only {p.influence}")
        level = acc.levels.get(key, 0)
        if level >= DEEP_LEVEL:
            reasons.append(f"they sit {level} levels below the top of the reporting tree")
        if not reasons:
            continue
        rank = f"shares rank #{above + 1}" if level_with > 1 else f"ranks #{above + 1}"
        severity: Severity = "medium" if _relationship(p) <= WEAK_RELATIONSHIP else "low"
        yield Finding("hidden_influencer", severity, (key,),
                      f"{p.name} {rank} by influence centrality among the "
                      f"{len(influencers)} people who influence others, although "
                      + " and ".join(reasons) + ".")


def _no_path_to_power(acc: _Account) -> Iterator[Finding]:
    # Every line of the chain starts at a supporter or champion, and the first
    # person is one we are trusted by: someone willing and able to pass us on.
    trusted = [k for k, p in acc.people.items() if _relationship(p) >= TRUSTED]
    best = _best_paths(acc.friendly, trusted)
    for key, p in acc.people.items():
        if p.role not in POWER_ROLES or _relationship(p) >= TRUSTED:
            continue
        role = label(p.role).lower()
        route = best.get(key)
        if route is None:
            yield Finding("no_path_to_power",
                          "high" if p.role == BuyingRole.ECONOMIC_BUYER else "medium", (key,),
                          f"No path to {p.name} ({role}): no chain of supporters and "
                          "champions leads there from anyone we have a trusted "
                          "relationship with.")
        else:
            yield Finding("no_path_to_power", "low", route.path,
                          f"Who can introduce us to {p.name} ({role}): "
                          + " → ".join(acc.name(k) for k in route.path) + ".")


def _ownership(acc: _Account, doc: AccountFile) -> Iterator[Finding]:
    """Key people nobody of ours owns, and owners who are not in the account team.

    Only where ownership is kept at all (an account team, or an owner set on
    someone): an account without either would get a finding per person for a
    practice it does not follow."""
    team = {m.name for m in doc.team}
    owned = {k: (p.our_owner or "").strip() for k, p in acc.people.items()}
    if not team and not any(owned.values()):
        return
    key_people = [k for k, p in acc.people.items()
                  if (p.influence or 0) >= KEY_INFLUENCE or p.role in DECIDING_ROLES]
    unowned = [k for k in key_people if not owned[k]]
    if unowned:
        yield Finding("no_owner", "medium", tuple(unowned),
                      f"Nobody on our side owns the relationship with "
                      f"{'these key people' if len(unowned) > 1 else 'this key person'}: "
                      f"{acc.names(unowned)}.")
    if team:
        strangers: dict[str, list[str]] = {}
        for k, owner in owned.items():
            if owner and owner not in team:
                strangers.setdefault(owner, []).append(k)
        for owner, keys in sorted(strangers.items()):
            yield Finding("unknown_owner", "low", tuple(keys),
                          f"{acc.names(keys)} {'are' if len(keys) > 1 else 'is'} owned by "
                          f"“{owner}”, who is not in the account team.")


def _stale_contact(acc: _Account, doc: AccountFile, today: dt.date) -> Iterator[Finding]:
    # A logged interaction is a contact too, even if last_contact was not updated.
    seen: dict[str, dt.date] = {}
    for key, p in acc.people.items():
        if p.last_contact is not None:
            seen[key] = p.last_contact
    for item in doc.interactions:
        who = item.stakeholder
        if who is not None and who in acc.people and (who not in seen or item.date > seen[who]):
            seen[who] = item.date
    for key, p in acc.people.items():
        if p.influence is None or p.influence < KEY_INFLUENCE:
            continue
        if key not in seen:
            yield Finding("stale_contact", "high", (key,),
                          f"{p.name} (influence {p.influence}) has never been contacted.")
            continue
        days = (today - seen[key]).days
        if days > STALE_DAYS:
            yield Finding("stale_contact", "high" if days > VERY_STALE_DAYS else "medium",
                          (key,),
                          f"{p.name} (influence {p.influence}) has not been contacted for "
                          f"{days} days (since {seen[key].isoformat()}).")
