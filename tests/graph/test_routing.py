"""Lines routed around the cards they do not connect (app.graph.routing, no Qt)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.graph import routing
from app.graph.routing import Obstacles, Rect


def obstacles(rects: dict[str, Rect]) -> Obstacles[str]:
    obs: Obstacles[str] = Obstacles()
    for key, rect in rects.items():
        obs.set(key, rect)
    return obs


def on_border(p: tuple[float, float], r: Rect) -> bool:
    inside = r[0] - 1e-6 <= p[0] <= r[2] + 1e-6 and r[1] - 1e-6 <= p[1] <= r[3] + 1e-6
    edge = min(abs(p[0] - r[0]), abs(p[0] - r[2]), abs(p[1] - r[1]), abs(p[1] - r[3]))
    return inside and edge < 1e-6


ROW = {"a": (0.0, 0.0, 100.0, 50.0), "c": (200.0, -20.0, 300.0, 70.0),
       "b": (400.0, 0.0, 500.0, 50.0)}


def test_a_line_blocked_by_a_card_goes_around_it() -> None:
    obs = obstacles(ROW)
    straight = routing.straight_line(ROW["a"], ROW["b"])
    assert routing.count_crossings(ROW, [("a", "b", straight)]) == 1  # today: through c
    route = routing.route_line(obs, "a", "b", ROW["a"], ROW["b"])
    assert route.clear and route.waypoints
    assert routing.count_crossings(ROW, [("a", "b", route.points)]) == 0
    assert not routing.polyline_enters(route.points, routing.inflate(ROW["c"], 2))
    assert on_border(route.points[0], ROW["a"]) and on_border(route.points[-1], ROW["b"])
    # around, not far away: shorter than going round c by a wide margin
    length = sum(math.dist(route.points[i], route.points[i + 1])
                 for i in range(len(route.points) - 1))
    assert length < 300 + 2 * 60


def test_a_clear_line_stays_straight() -> None:
    rects = {"a": ROW["a"], "b": ROW["b"], "c": (200.0, 120.0, 300.0, 170.0)}
    route = routing.route_line(obstacles(rects), "a", "b", rects["a"], rects["b"])
    assert route.points == routing.straight_line(rects["a"], rects["b"])
    assert route.waypoints == () and route.clear


def test_routing_is_deterministic_whatever_the_order_cards_were_filed() -> None:
    rects = {f"k{i}": (i * 130.0, (i % 3) * 90.0, i * 130.0 + 100, (i % 3) * 90.0 + 50)
             for i in range(12)}
    rects["a"], rects["b"] = (-300.0, 80.0, -200.0, 130.0), (1700.0, 100.0, 1800.0, 150.0)
    one = obstacles(rects)
    other = obstacles(dict(reversed(list(rects.items()))))
    first = routing.route_line(one, "a", "b", rects["a"], rects["b"])
    assert first == routing.route_line(one, "a", "b", rects["a"], rects["b"])
    assert first == routing.route_line(other, "a", "b", rects["a"], rects["b"])
    assert first.clear and routing.count_crossings(rects, [("a", "b", first.points)]) == 0


def test_lines_both_ways_between_two_cards_run_apart() -> None:
    rects = {"a": ROW["a"], "b": ROW["b"]}
    obs = obstacles(rects)
    offsets = routing.pair_offsets([("a", "b", False), ("b", "a", False)])
    assert offsets[0] and offsets[1]
    there = routing.route_line(obs, "a", "b", rects["a"], rects["b"], offset=offsets[0])
    back = routing.route_line(obs, "b", "a", rects["b"], rects["a"], offset=offsets[1])
    # parallel horizontal lines, one above the other
    assert abs(there.points[0][1] - back.points[-1][1]) >= routing.PARALLEL - 1e-6
    # an influence line beside a reporting line is moved off the connector; a line alone
    # is not moved
    assert routing.pair_offsets([("a", "b", True), ("b", "a", False)]) == [0.0, routing.PARALLEL
                                                                            * -1.0]
    assert routing.pair_offsets([("a", "b", False), ("a", "c", False)]) == [0.0, 0.0]


def test_a_reporting_connector_is_kept_while_clear_and_routed_once_blocked() -> None:
    boss, report = (0.0, 0.0, 100.0, 50.0), (300.0, 200.0, 400.0, 250.0)
    connector = [(50.0, 50.0), (50.0, 125.0), (350.0, 125.0), (350.0, 200.0)]
    rects = {"boss": boss, "report": report, "x": (500.0, 0.0, 600.0, 50.0)}
    kept = routing.route_connector(obstacles(rects), "boss", "report", boss, report,
                                   connector)
    assert list(kept.points) == connector
    rects["x"] = (150.0, 100.0, 250.0, 150.0)  # a card moved onto the elbow's run
    moved = routing.route_connector(obstacles(rects), "boss", "report", boss, report,
                                    connector)
    assert moved.clear and list(moved.points) != connector
    assert routing.count_crossings(rects, [("boss", "report", moved.points)]) == 0


def test_the_spatial_hash_follows_a_moved_card() -> None:
    obs = obstacles({"a": (0.0, 0.0, 100.0, 50.0)})
    assert obs.first_hit((-50.0, 25.0), (150.0, 25.0)) == "a"
    obs.set("a", (5000.0, 5000.0, 5100.0, 5050.0))
    assert obs.first_hit((-50.0, 25.0), (150.0, 25.0)) is None
    assert obs.first_hit((4950.0, 5025.0), (5150.0, 5025.0)) == "a"
    assert "a" not in obs.grid.near_rect((0.0, 0.0, 100.0, 50.0))
    obs.set("a", None)  # hidden: no obstacle any more
    assert obs.first_hit((4950.0, 5025.0), (5150.0, 5025.0)) is None


@st.composite
def card_fields(draw: st.DrawFn) -> dict[str, Rect]:
    """Cards on a jittered grid, never overlapping, at least 12 apart (the layouts' gap),
    of the map's sizes (85 % … 100 % of a 128×72 slot)."""
    cols, rows = draw(st.integers(3, 8)), draw(st.integers(2, 6))
    rects: dict[str, Rect] = {}
    for i in range(cols):
        for j in range(rows):
            if not draw(st.booleans()) and len(rects) > 2:
                continue  # holes
            share = draw(st.floats(0.85, 1.0))
            w, h = 128 * share, 72 * share
            jx, jy = draw(st.floats(0, 128 - w)), draw(st.floats(0, 72 - h))
            x, y = i * (128 + 12) + jx, j * (72 + 28) + jy
            rects[f"c{i}-{j}"] = (x, y, x + w, y + h)
    return rects


@settings(max_examples=60, deadline=None)
@given(card_fields(), st.data())
def test_no_routed_line_runs_over_an_unrelated_card(rects: dict[str, Rect],
                                                    data: st.DataObject) -> None:
    keys = sorted(rects)
    pairs = data.draw(st.lists(st.tuples(st.sampled_from(keys), st.sampled_from(keys))
                               .filter(lambda p: p[0] != p[1]), min_size=1, max_size=8))
    obs = obstacles(rects)
    lines = []
    for a, b in pairs:
        route = routing.route_line(obs, a, b, rects[a], rects[b])
        assert route.clear, (a, b)
        lines.append((a, b, route.points))
    assert routing.count_crossings(rects, lines) == 0


def test_the_crossing_count_counts_line_and_card_pairs() -> None:
    rects = {"a": (0.0, 0.0, 10.0, 10.0), "b": (100.0, 0.0, 110.0, 10.0),
             "x": (40.0, 0.0, 50.0, 10.0), "y": (60.0, 0.0, 70.0, 10.0),
             "z": (40.0, 50.0, 50.0, 60.0)}
    line = [(10.0, 5.0), (100.0, 5.0)]
    assert routing.count_crossings(rects, [("a", "b", line)]) == 2  # x and y
    assert routing.count_crossings(rects, [("x", "y", [(50.0, 5.0), (60.0, 5.0)])]) == 0


def test_a_search_in_steps_pauses_and_finds_the_same_route() -> None:
    # a long line through a row of cards: a search of many segment queries
    rects = {f"c{i}": (i * 140.0, 0.0, i * 140.0 + 128.0, 72.0) for i in range(12)}
    rects["a"], rects["b"] = (-300.0, 10.0, -200.0, 60.0), (1900.0, 10.0, 2000.0, 60.0)
    obs = obstacles(rects)
    steps = routing.route_line_steps(obs, "a", "b", rects["a"], rects["b"])
    pauses = 0
    while True:
        try:
            next(steps)
            pauses += 1
        except StopIteration as done:
            stepped = done.value
            break
    assert pauses > 3  # it did pause: a caller can spread it over turns of its event loop
    whole = routing.route_line(obs, "a", "b", rects["a"], rects["b"])
    assert stepped == whole and whole.clear and whole.waypoints
    assert routing.count_crossings(rects, [("a", "b", whole.points)]) == 0


def test_a_search_within_a_small_budget_finds_what_the_full_budget_finds() -> None:
    # a move routes its card's lines with a small budget first: when that succeeds, the
    # line must be the one the full search would find (the end state cannot depend on it)
    rects = {f"c{i}": (i * 140.0, (i % 3) * 20.0, i * 140.0 + 128.0, (i % 3) * 20.0 + 72.0)
             for i in range(8)}
    rects["a"], rects["b"] = (-300.0, 10.0, -200.0, 60.0), (1400.0, 10.0, 1500.0, 60.0)
    obs = obstacles(rects)
    whole = routing.route_line(obs, "a", "b", rects["a"], rects["b"])
    found = []
    for budget in (5, 20, 60, 150, 400):
        small = routing.route_line(obs, "a", "b", rects["a"], rects["b"], budget=budget)
        assert small == whole or not small.clear
        found.append(small.clear)
    assert found[0] is False and found[-1] is True  # the budgets do make a difference
    assert routing.route_line(obs, "a", "b", rects["a"], rects["b"], budget=2).clear is False
