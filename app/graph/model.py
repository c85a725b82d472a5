"""Stakeholder graphs built from an account file (networkx, no Qt).

Two separate graphs rather than one: reporting lines and influence lines answer
different questions (where someone sits vs. whom they sway), the same two people
can be linked both ways, and the layout wants the reporting lines alone.

Both graphs hold every stakeholder as a node, also people without any line, so
that "nobody influences X" is visible as an isolated node rather than a missing
one. Node attributes are the stakeholder's fields from the account file
(``name``, ``role``, ``stance``, ``influence``, ...), keyed by stakeholder id.

The reader refuses files with unknown references, self-references, duplicate
ids or reporting cycles, but a document built in code with
``AccountFile.model_validate`` is not checked for those. The builders therefore
never fail on them: they skip what cannot be drawn (see each function), so the
analysis and the layout can rely on the shapes promised here.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any

from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import InfluenceKind

if TYPE_CHECKING:
    import networkx as nx

DEFAULT_STRENGTH = 1
"""Strength of an influence line whose strength is not recorded.

The weakest value: an unqualified line is some influence, but we do not claim
more than the user told us.
"""


def stakeholders_by_id(doc: AccountFile) -> dict[str, StakeholderRecord]:
    """The stakeholders in file order; for a duplicated id the first record wins
    (the reader reports the later one as the error)."""
    people: dict[str, StakeholderRecord] = {}
    for person in doc.stakeholders:
        people.setdefault(person.id, person)
    return people


def _add_people(graph: nx.DiGraph, people: dict[str, StakeholderRecord]) -> None:
    for key, person in people.items():
        graph.add_node(key, **person.model_dump(exclude={"id"}))


def reporting_tree(doc: AccountFile) -> nx.DiGraph:
    """Reporting lines as a forest of edges boss → report, in file order.

    A forest (every node has at most one boss, no cycles) is guaranteed, so
    callers can walk down from the roots. People whose boss is unknown, or who
    name themselves, become roots. A ``reports_to`` that would close a cycle is
    dropped (the person becomes a root) instead of failing, because layouts and
    levels are meaningless on a cycle.
    """
    import networkx as nx  # ~0.2 s to import: loaded when the first graph is built

    people = stakeholders_by_id(doc)
    tree = nx.DiGraph()
    _add_people(tree, people)
    boss_of: dict[str, str] = {}
    for key, person in people.items():
        boss = person.reports_to
        if boss is None or boss not in people or boss == key:
            continue
        # Walk up from the new boss: reaching this person would close a cycle.
        up: str | None = boss
        while up is not None and up != key:
            up = boss_of.get(up)
        if up == key:
            continue
        boss_of[key] = boss
        tree.add_edge(boss, key)
    return tree


def reporting_levels(tree: nx.DiGraph) -> dict[str, int]:
    """Levels below the top: 0 for a root of the forest, 1 for their reports, ...

    Each person is measured from the top of their own tree, so someone outside
    the main hierarchy (no boss recorded) counts as a top, not as "deep down".
    """
    levels: dict[str, int] = {}
    queue = deque(node for node in tree if tree.in_degree(node) == 0)
    for root in queue:
        levels[root] = 0
    while queue:
        node = queue.popleft()
        for report in tree.successors(node):
            if report not in levels:
                levels[report] = levels[node] + 1
                queue.append(report)
    return levels


def influence_graph(doc: AccountFile) -> nx.DiGraph:
    """Influence lines as edges source → target ("source influences target").

    Edge attributes: ``strength`` (1–3, unset → ``DEFAULT_STRENGTH``), ``kind``
    (an ``InfluenceKind`` or ``None``) and ``lines`` (how many lines of the file
    the edge stands for).

    The file may hold several lines between the same two people; a DiGraph keeps
    one edge per ordered pair, and the strongest line decides its strength and
    kind, because the analysis asks "how strongly, and for or against". On equal
    strength a conflict line wins over a formal or informal one: we would rather
    miss a channel than count on one that also carries opposition. Lines naming
    an unknown person or the same person at both ends are skipped.
    """
    import networkx as nx

    people = stakeholders_by_id(doc)
    graph = nx.DiGraph()
    _add_people(graph, people)
    for line in doc.influences:
        if line.source not in people or line.target not in people:
            continue
        if line.source == line.target:
            continue
        strength = line.strength if line.strength is not None else DEFAULT_STRENGTH
        data: dict[str, Any] | None = graph.get_edge_data(line.source, line.target)
        if data is None:
            graph.add_edge(line.source, line.target, strength=strength, kind=line.kind,
                           lines=1)
            continue
        data["lines"] += 1
        stronger = strength > data["strength"]
        tie_conflict = (strength == data["strength"] and line.kind == InfluenceKind.CONFLICT)
        if stronger or tie_conflict:
            data["strength"], data["kind"] = strength, line.kind
    return graph


def is_conflict(kind: InfluenceKind | None) -> bool:
    """A conflict line means opposition: the source works against the target.

    Such a line carries no goodwill, so the analysis does not count it as a
    channel for introductions, persuasion or influence centrality. An unset kind
    is treated as an ordinary (non-conflict) line.
    """
    return kind == InfluenceKind.CONFLICT
