"""Who is near whom on the map: a person's neighbourhood and a manager's team (no Qt).

The map's "Focus on this person" shows everyone within a few steps of someone, over
reporting and influence lines alike and in either direction (a boss and a report are
one step apart, so are an influencer and the person they sway): the question is
"who is in this person's world", not "who can reach whom". "Collapse team" hides
everyone below a manager in the reporting tree.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.graph.model import influence_graph, reporting_tree
from app.models.account import AccountFile

MAX_HOPS = 3
"""The farthest focus the map offers: at four steps a 30-person account is everyone."""


def neighbourhood(doc: AccountFile, sid: str, hops: int) -> set[str]:
    """The people at most ``hops`` steps from ``sid`` (``sid`` included) over reporting
    and influence lines, each line walked both ways. Empty when ``sid`` is not on the
    map; ``hops`` below 0 counts as 0 (the person alone)."""
    import networkx as nx  # ~0.2 s the first time: loaded when a focus is first asked for

    graph = nx.compose(reporting_tree(doc).to_undirected(as_view=True),
                       influence_graph(doc).to_undirected(as_view=True))
    if sid not in graph:
        return set()
    reached = nx.single_source_shortest_path_length(graph, sid, cutoff=max(0, hops))
    return set(reached)


def team_below(doc: AccountFile, managers: Iterable[str]) -> dict[str, set[str]]:
    """For each of ``managers``: everyone below them in the reporting tree (their
    reports, their reports' reports, …; not the manager). Someone not on the map, or
    with no one reporting to them, has an empty team."""
    import networkx as nx

    tree = reporting_tree(doc)
    return {sid: set(nx.descendants(tree, sid)) if sid in tree else set()
            for sid in managers}


def managers(doc: AccountFile) -> set[str]:
    """The people someone reports to (whose team can be collapsed)."""
    tree = reporting_tree(doc)
    return {sid for sid in tree if tree.out_degree(sid) > 0}
