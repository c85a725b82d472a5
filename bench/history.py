"""History benchmark: an account as of a date, and what changed since (issue 18).

Run from the repository root (not part of the pytest suite)::

    python bench/history.py                     # sizes 300, 1000; 15 samples each
    python bench/history.py --sizes 300 --repeat 31 --days 30 --edits 40

Per size, the account of ``bench/gen_accounts.py`` (people, lines, interactions and a
plan that grow with it) is stored in a fresh SQLite file (``app.bootstrap.bootstrap``)
as it was ``--days`` edited days ago (every sixth day back from 2026-12-06), then edited
on each of those days with ``--edits`` random edits — a stance or a relationship moved
(recorded in the stakeholder history, as the map does), a new person, a departure (with
their lines and references: ``map_edits.remove``), a line drawn or removed, a risk
opened, closed or re-rated — and saved with that day's timestamp through
``AccountStore.save`` (one kept version per edited day, as in the app).

Timed (median and p90, nearest rank, of ``--repeat`` samples on days picked at random
from the history, the same days for every figure):

- baseline: reading the current version (``AccountStore.read``: one row, JSON parse and
  validation) — the cost of opening the account today;
- as_of: ``Timeline.as_of(key, day)`` on a new ``AccountService`` each time (no cached
  document): the version list, one kept version decompressed and parsed;
- as_of again: the same day asked again of the same ``Timeline`` (a date picker moved
  back): the version list only, the kept version's document is held;
- changes: ``changes(then, now, old_day=, new_day=)`` on documents already read
  (including health on both days, as ``changes_since`` does);
- changes_since: ``Timeline.changes_since(key, Since(day=...), today)`` on a fresh
  service: the whole "what changed since" — both versions read and compared.

Target (issue 18): changes_since at most 100 ms at 300 people (median). Also printed:
history storage per edited day — the bytes of the ``account_versions`` rows per kept
version (compressed document plus the other columns) and the growth of the SQLite file
(after a WAL checkpoint) per edited day. Times are printed, never asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.assessment.changes import changes, significant  # noqa: E402
from app.bootstrap import bootstrap  # noqa: E402
from app.models.account import AccountFile  # noqa: E402
from app.models.ids import with_ids  # noqa: E402
from app.services import map_edits  # noqa: E402
from app.services.accounts import AccountService  # noqa: E402
from app.services.timeline import Since, Timeline  # noqa: E402
from app.storage.store import AccountStore  # noqa: E402
from bench.gen_accounts import TODAY, account_dict  # noqa: E402

SIZES = (300, 1000)
TARGET_MS = 100.0
STANCES = ["champion", "supporter", "neutral", "skeptic", "blocker"]


def _percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def _edit(doc: AccountFile, rng: random.Random, day: dt.date, serial: list[int]
          ) -> AccountFile:
    """One random edit of the kinds a review talks about."""
    people = [p.id for p in doc.stakeholders]
    kind = rng.choice(["stance", "stance", "relationship", "relationship", "new", "gone",
                       "line", "unline", "risk"])
    if kind in ("stance", "relationship"):
        value: Any = rng.choice(STANCES) if kind == "stance" else rng.randint(0, 4)
        return map_edits.update_person(doc, rng.choice(people), {kind: value}, today=day)
    if kind == "new":
        serial[0] += 1
        boss = rng.choice(people)
        data = doc.model_dump(mode="json")
        data["stakeholders"].append({
            "id": f"new{serial[0]}", "name": f"New Person {serial[0]}", "title": "Manager",
            "department": "Operations", "reports_to": boss, "role": "influencer",
            "stance": rng.choice(STANCES), "influence": rng.randint(1, 5),
            "relationship": rng.randint(0, 2)})
        return AccountFile.model_validate(data, strict=False)
    if kind == "gone":
        return map_edits.remove(doc, people=[rng.choice(people)])
    data = doc.model_dump(mode="json")
    if kind == "line":
        serial[0] += 1
        source, target = rng.sample(people, 2)
        data["influences"].append({"id": f"lnb{serial[0]}", "source": source,
                                   "target": target, "kind": "informal",
                                   "strength": rng.randint(1, 3)})
    elif kind == "unline" and data["influences"]:
        data["influences"].pop(rng.randrange(len(data["influences"])))
    elif data["risks"]:
        risk = rng.choice(data["risks"])
        choice = rng.random()
        if choice < 0.3:
            risk["status"] = "closed" if risk["status"] != "closed" else "open"
        else:
            risk["likelihood"] = rng.randint(1, 5)
    return AccountFile.model_validate(data, strict=False)


def build(path: Path, n: int, days: int, edits: int, seed: int) -> tuple[str, list[dt.date],
                                                                        dict[str, float]]:
    """A database file with the account and its history; (key, edited days, storage)."""
    rng = random.Random(seed)
    doc = with_ids(AccountFile.model_validate(account_dict(n), strict=False))
    key = doc.account.id
    services = bootstrap(str(path))
    store = AccountStore()
    edited = [TODAY - dt.timedelta(days=6 * i) for i in range(days, -1, -1)]
    serial = [0]

    def size() -> int:
        with sqlite3.connect(path) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return path.stat().st_size

    try:
        with services.db.transaction() as session:
            store.insert(session.connection(), doc,
                         now=dt.datetime.combine(edited[0], dt.time(9)))
        start = size()
        for day in edited[1:]:
            for _ in range(edits):
                doc = _edit(doc, rng, day, serial)
            with services.db.transaction() as session:
                store.save(session.connection(), with_ids(doc), None,
                           now=dt.datetime.combine(day, dt.time(17)))
        grown = size() - start
    finally:
        services.close()
    with sqlite3.connect(path) as con:
        kept, row_bytes, doc_bytes = con.execute(
            "SELECT count(*), sum(length(document) + length(changes) + length(key) "
            "+ length(saved_by) + length(origin) + 40), sum(length(document)) "
            "FROM account_versions").fetchone()
        (current,) = con.execute("SELECT length(document) FROM accounts").fetchone()
    return key, edited, {"kept": kept, "row": row_bytes / kept, "doc": doc_bytes / kept,
                         "json": current, "file": grown / (len(edited) - 1)}


def measure(path: Path, key: str, edited: list[dt.date], repeat: int, seed: int) -> None:
    rng = random.Random(seed)
    services = bootstrap(str(path))
    try:
        first, today = edited[0], edited[-1]
        span = (today - first).days
        picks = [first + dt.timedelta(days=rng.randrange(span)) for _ in range(repeat)]
        store = AccountStore()

        def timed(run: Callable[[dt.date], object]) -> list[float]:
            run(picks[0])  # warm-up
            out = []
            for day in picks:
                t0 = time.perf_counter()
                run(day)
                out.append(time.perf_counter() - t0)
            return out

        def read_current(_day: dt.date) -> object:
            with services.db.engine.connect() as conn:
                return store.read(conn, key)

        def as_of(day: dt.date) -> object:
            return Timeline(AccountService(services.db)).as_of(key, day)

        held = Timeline(AccountService(services.db))

        def as_of_again(day: dt.date) -> object:
            return held.as_of(key, day)

        def again(run: Callable[[dt.date], object]) -> list[float]:
            out = []
            for day in picks:
                run(day)  # the picker was there a moment ago
                t0 = time.perf_counter()
                run(day)
                out.append(time.perf_counter() - t0)
            return out

        now_doc = store.read(services.db.engine.connect(), key).doc
        timeline = Timeline(services.accounts)
        thens = {day: timeline.as_of(key, day) for day in picks}

        def diff(day: dt.date) -> object:
            then = thens[day]
            assert then is not None
            return changes(then.doc, now_doc, old_day=then.day, new_day=today)

        def since(day: dt.date) -> object:
            return Timeline(AccountService(services.db)).changes_since(key, Since(day=day),
                                                                        today)

        found = [len(diff(day)) for day in picks]  # type: ignore[arg-type]
        weighty = [len(significant(diff(day))) for day in picks]  # type: ignore[arg-type]
        rows = [("baseline: read current", timed(read_current)), ("as_of", timed(as_of)),
                ("as_of again (held)", again(as_of_again)),
                ("changes()", timed(diff)), ("changes_since", timed(since))]
        base = statistics.median(rows[0][1])
        for name, samples in rows:
            med = statistics.median(samples)
            print(f"  {name:<24}{_ms(med)} median {_ms(_percentile(samples, 0.9))} p90"
                  f"   {med / base:5.2f}x baseline")
        print(f"  changes found per comparison: median {statistics.median(found):.0f} "
              f"({statistics.median(weighty):.0f} significant)")
        verdict = statistics.median(rows[4][1]) * 1000
        if len(now_doc.stakeholders) <= 400:
            met = "met" if verdict <= TARGET_MS else "NOT MET"
            print(f"  target changes_since <= {TARGET_MS:.0f} ms at 300 people: {met} "
                  f"({verdict:.1f} ms)")
    finally:
        services.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--repeat", type=int, default=15, help="samples per figure")
    parser.add_argument("--days", type=int, default=30, help="edited days in the history")
    parser.add_argument("--edits", type=int, default=30, help="random edits per day")
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args(argv)
    print(f"history benchmark: {platform.python_implementation()} "
          f"{platform.python_version()}, {os.cpu_count()} CPUs; {args.days} edited days, "
          f"{args.edits} edits a day, {args.repeat} samples")
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            path = Path(folder) / f"history-{n}.sqlite"
            t0 = time.perf_counter()
            key, edited, sizes = build(path, n, args.days, args.edits, args.seed)
            print(f"{n} people (history written in {time.perf_counter() - t0:.1f} s)")
            measure(path, key, edited, args.repeat, args.seed)
            print(f"  storage: {sizes['kept']:.0f} kept versions, "
                  f"{sizes['row'] / 1024:.1f} KiB a kept version's row "
                  f"({sizes['doc'] / 1024:.1f} KiB compressed document; the current one is "
                  f"{sizes['json'] / 1024:.0f} KiB of JSON), file growth "
                  f"{sizes['file'] / 1024:.1f} KiB per edited day")
    return 0


if __name__ == "__main__":
    sys.exit(main())
