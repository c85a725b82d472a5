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

Messages are written in the language of the moment (``app.i18n``): run the analysis
inside ``with i18n.language("ru"):`` for Russian findings. ``kind`` and ``severity``
stay English keys (``gaps --format json``); :func:`kind_title` and
:func:`severity_label` word them for people.
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
from app.i18n import N_, SOURCE, _, current, ngettext, pgettext
from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import RELATIONSHIP_LABELS, BuyingRole, Stance, label

if TYPE_CHECKING:  # the graphs are built in app.graph.model, which imports networkx
    import networkx as nx

Severity = Literal["high", "medium", "low"]
SEVERITIES: tuple[Severity, ...] = ("high", "medium", "low")

KINDS = ("missing_role", "coverage_gap", "blocker_risk", "single_threaded",
         "hidden_influencer", "no_path_to_power", "stale_contact", "no_owner",
         "unknown_owner")

#: each kind's title, as ``label(kind)`` words it (the English is ``label``'s own)
KIND_TITLES: dict[str, str] = {
    "missing_role": N_("Missing role"),
    "coverage_gap": N_("Coverage gap"),
    "blocker_risk": N_("Blocker risk"),
    "single_threaded": N_("Single threaded"),
    "hidden_influencer": N_("Hidden influencer"),
    "no_path_to_power": N_("No path to power"),
    "stale_contact": N_("Stale contact"),
    "no_owner": N_("No owner"),
    "unknown_owner": N_("Unknown owner"),
}

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


def kind_title(kind: str) -> str:
    """A finding kind's title in the current language ("Coverage gap"); a kind of
    another module (``stage_gap`` …) as ``label`` words it."""
    title = KIND_TITLES.get(kind)
    return label(kind) if title is None else _(title)


def severity_label(severity: str) -> str:
    """"High", "Medium", "Low" in the current language."""
    if severity == "high":
        return pgettext("severity", "High")
    if severity == "medium":
        return pgettext("severity", "Medium")
    if severity == "low":
        return pgettext("severity", "Low")
    return severity.capitalize()


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
               for source, _target, data in graph.in_edges(person, data=True)
               if not is_conflict(data["kind"])]
        total = sum(weight for _, weight in ins)
        flows[person] = [(source, weight / total) for source, weight in ins]
    score = dict(start)
    for _step in range(1000):
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
        """"A, B, C and 2 more" (the people's names as written, never translated)."""
        keys = list(keys)
        # Translators: joins people's names in a list ("A, B, C")
        shown = pgettext("list separator", ", ").join(
            self.name(k) for k in keys[:_NAMES_IN_MESSAGE])
        rest = len(keys) - _NAMES_IN_MESSAGE
        if rest <= 0:
            return shown
        # Translators: {people} lists the first three names; {n} people more are left out
        return ngettext("{people} and {n} more", "{people} and {n} more", rest).format(
            people=shown, n=rest)


def _date(day: dt.date) -> str:
    """A date in a sentence: ISO in English (as the app always wrote it), the
    language's long form otherwise ("1 апреля 2026 г.", "2026年4月1日")."""
    lang = current()
    if lang == SOURCE:
        return day.isoformat()
    from babel.dates import format_date

    from app.money import babel_locale

    return format_date(day, format="long", locale=babel_locale(lang))


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
                      _("No economic buyer identified: find out who controls the budget and "
                        "gives final approval."))
    if BuyingRole.DECISION_MAKER not in roles:
        yield Finding("missing_role", "medium", (),
                      _("No decision maker identified: find out who makes or shapes the "
                        "decision."))
    if not any(p.role == BuyingRole.COACH or p.stance == Stance.CHAMPION
               for p in acc.people.values()):
        yield Finding("missing_role", "medium", (),
                      _("No coach or champion identified: nobody inside the account is "
                        "known to guide us or promote us."))


def _coverage_gap(acc: _Account) -> Iterator[Finding]:
    for key, p in acc.people.items():
        if p.influence is None or p.influence < KEY_INFLUENCE:
            continue
        if _relationship(p) > WEAK_RELATIONSHIP:
            continue
        if p.relationship is None:
            text = _("{name} has influence {influence} but no relationship with them is "
                     "recorded.")
        elif p.relationship == 0:
            text = _("{name} has influence {influence} but we have no relationship with "
                     "them yet.")
        else:
            text = _("{name} has influence {influence} but our relationship is only "
                     "{level} ({level_name}).")
        yield Finding("coverage_gap", "high" if p.influence >= 5 else "medium", (key,),
                      text.format(name=p.name, influence=p.influence, level=p.relationship,
                                  level_name=RELATIONSHIP_LABELS.get(p.relationship or 0)))


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
        # one sentence per stance and case, so that a translation words each its way
        if p.stance == Stance.BLOCKER:
            text = (_("{name} is a blocker with influence {influence}; supporters and "
                      "champions who can reach them: {names}.") if helpers else
                    _("{name} is a blocker with influence {influence}; no supporter or "
                      "champion has an influence line that reaches them."))
        else:
            text = (_("{name} is a skeptic with influence {influence}; supporters and "
                      "champions who can reach them: {names}.") if helpers else
                    _("{name} is a skeptic with influence {influence}; no supporter or "
                      "champion has an influence line that reaches them."))
        yield Finding("blocker_risk", "high" if p.stance == Stance.BLOCKER else "medium",
                      (key, *helpers),
                      text.format(name=p.name, influence=p.influence,
                                  names=acc.names(helpers)))


def _single_threaded(acc: _Account) -> Iterator[Finding]:
    strengths = {key: _relationship(p) for key, p in acc.people.items()}
    total = sum(strengths.values())
    share: int | None = None  # the percentage one person holds, if it is most
    concerned: str | None = None
    if total > 0:
        top = max(strengths.values())
        leaders = [k for k, v in strengths.items() if v == top]
        # Two people at exactly 50% each are two threads, not one.
        if len(leaders) == 1 and 2 * top >= total:
            concerned = leaders[0]
            share = round(100 * top / total)
    trusted = [k for k, v in strengths.items() if v >= TRUSTED]
    only_trusted = len(trusted) == 1
    if only_trusted:
        concerned = trusted[0]  # necessarily the same person as above, if any
    if concerned is None:
        return
    if share is not None and only_trusted:
        text = _("Our relationships depend on {name}: {percent}% of our total relationship "
                 "strength and the only contact with a trusted relationship (3 or more).")
    elif share is not None:
        text = _("Our relationships depend on {name}: {percent}% of our total relationship "
                 "strength.")
    else:
        text = _("Our relationships depend on {name}: the only contact with a trusted "
                 "relationship (3 or more).")
    yield Finding("single_threaded",
                  "high" if share is not None and only_trusted else "medium", (concerned,),
                  text.format(name=acc.name(concerned), percent=share))


def _hidden_influencer(acc: _Account) -> Iterator[Finding]:
    # Ranked among the people who influence someone: only they can be hidden
    # influencers, and someone who sways nobody (typically the CEO, whom lines
    # point to) should not take a top-3 place on the strength of their title.
    influencers = sorted({source for source, _target, data in acc.influence.edges(data=True)
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
            reasons.append(_("their influence is not rated"))
        elif p.influence <= UNDERSTATED_INFLUENCE:
            reasons.append(_("their stated influence is only {influence}").format(
                influence=p.influence))
        level = acc.levels.get(key, 0)
        if level >= DEEP_LEVEL:
            reasons.append(ngettext(
                "they sit {levels} level below the top of the reporting tree",
                "they sit {levels} levels below the top of the reporting tree",
                level).format(levels=level))
        if not reasons:
            continue
        # Translators: two reasons why a central person is easily overlooked
        why = (pgettext("two reasons", "{first} and {second}").format(
            first=reasons[0], second=reasons[1]) if len(reasons) == 2 else reasons[0])
        n = len(influencers)
        if level_with > 1:
            text = ngettext(
                "{name} shares rank #{rank} by influence centrality among the {n} person "
                "who influences others, although {reasons}.",
                "{name} shares rank #{rank} by influence centrality among the {n} people "
                "who influence others, although {reasons}.", n)
        else:
            text = ngettext(
                "{name} ranks #{rank} by influence centrality among the {n} person who "
                "influences others, although {reasons}.",
                "{name} ranks #{rank} by influence centrality among the {n} people who "
                "influence others, although {reasons}.", n)
        severity: Severity = "medium" if _relationship(p) <= WEAK_RELATIONSHIP else "low"
        yield Finding("hidden_influencer", severity, (key,),
                      text.format(name=p.name, rank=above + 1, n=n, reasons=why))


def _no_path_to_power(acc: _Account) -> Iterator[Finding]:
    # Every line of the chain starts at a supporter or champion, and the first
    # person is one we are trusted by: someone willing and able to pass us on.
    trusted = [k for k, p in acc.people.items() if _relationship(p) >= TRUSTED]
    best = _best_paths(acc.friendly, trusted)
    for key, p in acc.people.items():
        if p.role not in POWER_ROLES or _relationship(p) >= TRUSTED:
            continue
        buyer = p.role == BuyingRole.ECONOMIC_BUYER
        route = best.get(key)
        if route is None:
            text = (_("No path to {name} (economic buyer): no chain of supporters and "
                      "champions leads there from anyone we have a trusted relationship "
                      "with.") if buyer else
                    _("No path to {name} (decision maker): no chain of supporters and "
                      "champions leads there from anyone we have a trusted relationship "
                      "with."))
            yield Finding("no_path_to_power", "high" if buyer else "medium", (key,),
                          text.format(name=p.name))
        else:
            text = (_("Who can introduce us to {name} (economic buyer): {path}.") if buyer
                    else _("Who can introduce us to {name} (decision maker): {path}."))
            yield Finding("no_path_to_power", "low", route.path,
                          text.format(name=p.name,
                                      path=" → ".join(acc.name(k) for k in route.path)))


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
    # One person or several (no count is shown): a choice of wording, not of plural
    # form — Russian's "one" form also serves 21, which would read "this key person".
    if len(unowned) == 1:
        yield Finding("no_owner", "medium", tuple(unowned),
                      _("Nobody on our side owns the relationship with this key person: "
                        "{names}.").format(names=acc.names(unowned)))
    elif unowned:
        yield Finding("no_owner", "medium", tuple(unowned),
                      _("Nobody on our side owns the relationship with these key people: "
                        "{names}.").format(names=acc.names(unowned)))
    if team:
        strangers: dict[str, list[str]] = {}
        for k, owner in owned.items():
            if owner and owner not in team:
                strangers.setdefault(owner, []).append(k)
        for owner, keys in sorted(strangers.items()):
            text = (_("{names} are owned by “{owner}”, who is not in the account team.")
                    if len(keys) > 1 else  # one or several, no count: as no_owner
                    _("{names} is owned by “{owner}”, who is not in the account team."))
            yield Finding("unknown_owner", "low", tuple(keys),
                          text.format(names=acc.names(keys), owner=owner))


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
                          _("{name} (influence {influence}) has never been contacted.")
                          .format(name=p.name, influence=p.influence))
            continue
        days = (today - seen[key]).days
        if days > STALE_DAYS:
            yield Finding("stale_contact", "high" if days > VERY_STALE_DAYS else "medium",
                          (key,),
                          ngettext("{name} (influence {influence}) has not been contacted "
                                   "for {days} day (since {date}).",
                                   "{name} (influence {influence}) has not been contacted "
                                   "for {days} days (since {date}).", days)
                          .format(name=p.name, influence=p.influence, days=days,
                                  date=_date(seen[key])))
