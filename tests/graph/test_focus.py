"""A person's neighbourhood (the map's focus) and a manager's team (collapse), on a small
hand-made account worked out by hand and on the demo accounts."""

from __future__ import annotations

from typing import Any

import pytest

from app.graph.focus import managers, neighbourhood, team_below
from app.models.account import AccountFile
from app.services.demo import demo_documents


def account(people: list[tuple[str, str | None]],
            lines: list[tuple[str, str]] | None = None) -> AccountFile:
    return AccountFile.model_validate({
        "format": "rapport-account", "version": 1,
        "account": {"id": "test", "name": "Test account"},
        "stakeholders": [{"id": sid, "name": sid, "reports_to": boss} for sid, boss in people],
        "influences": [{"source": s, "target": t} for s, t in lines or []],
    }, strict=False)


#        ceo
#       /    \
#     cfo    cto ---influences--> ext (no boss)
#      |      |
#     acc    dev <---influences--- acc
#             |
#           intern
PEOPLE: list[tuple[str, str | None]] = [
    ("ceo", None), ("cfo", "ceo"), ("cto", "ceo"), ("acc", "cfo"), ("dev", "cto"),
    ("intern", "dev"), ("ext", None), ("alone", None)]
LINES = [("cto", "ext"), ("acc", "dev")]


@pytest.fixture
def doc() -> AccountFile:
    return account(PEOPLE, LINES)


def test_zero_hops_is_the_person_alone(doc: AccountFile) -> None:
    assert neighbourhood(doc, "cto", 0) == {"cto"}


def test_one_hop_walks_reporting_and_influence_lines_both_ways(doc: AccountFile) -> None:
    # boss, report, and the person they influence
    assert neighbourhood(doc, "cto", 1) == {"cto", "ceo", "dev", "ext"}
    # influenced by acc: an incoming line counts too
    assert neighbourhood(doc, "dev", 1) == {"dev", "cto", "intern", "acc"}


def test_more_hops_reach_further(doc: AccountFile) -> None:
    assert neighbourhood(doc, "intern", 1) == {"intern", "dev"}
    assert neighbourhood(doc, "intern", 2) == {"intern", "dev", "cto", "acc"}
    assert neighbourhood(doc, "intern", 3) == {"intern", "dev", "cto", "acc", "ceo", "ext",
                                               "cfo"}


def test_someone_without_lines_is_alone_and_a_stranger_has_no_one(doc: AccountFile) -> None:
    assert neighbourhood(doc, "alone", 3) == {"alone"}
    assert neighbourhood(doc, "nobody", 2) == set()


def test_a_team_is_everyone_below_the_manager(doc: AccountFile) -> None:
    teams = team_below(doc, ["ceo", "cto", "intern", "nobody"])
    assert teams == {"ceo": {"cfo", "cto", "acc", "dev", "intern"},
                     "cto": {"dev", "intern"}, "intern": set(), "nobody": set()}
    # an influence line makes no one a member of a team
    assert "ext" not in teams["cto"]


def test_managers_are_the_people_someone_reports_to(doc: AccountFile) -> None:
    assert managers(doc) == {"ceo", "cfo", "cto", "dev"}


def test_a_reporting_cycle_built_in_code_does_not_hang_the_team() -> None:
    doc = account([("a", "b"), ("b", "a"), ("c", "a")])
    teams = team_below(doc, ["a", "b"])
    assert "c" in teams["a"] | teams["b"]
    assert all(sid not in team for sid, team in teams.items())


@pytest.mark.parametrize("hops", [1, 2, 3])
def test_demo_neighbourhoods_are_within_reach_on_the_map(hops: int) -> None:
    """Every demo person's neighbourhood: themselves, grows with the hops, and everyone
    in it is joined to them by a chain of lines no longer than the hops."""
    for doc in demo_documents():
        bosses: dict[str, Any] = {s.id: s.reports_to for s in doc.stakeholders}
        near: dict[str, set[str]] = {s.id: set() for s in doc.stakeholders}
        for sid, boss in bosses.items():
            if boss:
                near[sid].add(boss)
                near[boss].add(sid)
        for link in doc.influences:
            near[link.source].add(link.target)
            near[link.target].add(link.source)
        for sid in near:
            # breadth-first by hand, independent of networkx
            reached, frontier = {sid}, {sid}
            for _ in range(hops):
                frontier = {n for f in frontier for n in near[f]} - reached
                reached |= frontier
            assert neighbourhood(doc, sid, hops) == reached
