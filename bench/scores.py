"""Scores benchmark: every account of a 10,000-account portfolio, scored in bulk.

Run from the repository root::

    python bench/scores.py                 # build (or reuse) bench/portfolio.py's database
    python bench/scores.py --quick         # its first 2,000 accounts (portfolio-2000.sqlite)
    python bench/scores.py --repeat 5 --sample 500

Measures, in the same run and against each other:

(a) bulk: ``PortfolioService.iter_scores`` over every account (total, per account,
    time to the first batch), and ``iter_documents`` alone (reading the stored JSON
    documents a batch per query and validating them into ``AccountFile``, no scoring);
(b) naive: ``AccountService.snapshot`` + ``score_document`` per account on an evenly
    spread sample, extrapolated to the whole portfolio; ratio naive / bulk;
(c) baseline: a plain ``sqlite3`` read of the same column (``accounts.document``, in
    id order), ``fetchall()``, no documents, no scoring; ratio bulk / baseline. For
    information, the same read + ``json.loads`` of every document (parsing without
    validation).

Not part of the pytest suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sqlite3
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.assessment.settings import ScoringSettings  # noqa: E402
from app.services.accounts import AccountService  # noqa: E402
from app.services.portfolio import AccountScore, PortfolioService, score_document  # noqa: E402
from app.storage.database import open_database  # noqa: E402
from bench.portfolio import (  # noqa: E402
    DEFAULT_DB,
    QUICK_ACCOUNTS,
    QUICK_DB,
    build,
    existing_counts,
)

TODAY = dt.date(2026, 11, 25)  # the generator's "today"

#: What iter_scores reads (PortfolioService.iter_documents: the stored document of each
#: account, in id order), in one plain query over the whole portfolio.
BASELINE_SQL = "SELECT id, key, document FROM accounts ORDER BY id"


def baseline(path: Path, parse: bool = False) -> tuple[int, int]:
    """Plain sqlite3: connect, read every document iter_scores reads, fetchall (and
    ``json.loads`` each when ``parse``). (documents, bytes of JSON)."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(BASELINE_SQL).fetchall()
    finally:
        con.close()
    if parse:
        for _id, _key, text in rows:
            json.loads(text)
    return len(rows), sum(len(text) for _id, _key, text in rows)


def bulk(service: PortfolioService, settings: ScoringSettings,
         batch: int) -> tuple[list[AccountScore], float, float]:
    """(scores, seconds to the first batch, seconds in total)."""
    t0 = time.perf_counter()
    first = 0.0
    scores: list[AccountScore] = []
    for part in service.iter_scores(TODAY, settings, batch=batch):
        if not scores:
            first = time.perf_counter() - t0
        scores += part
    return scores, first, time.perf_counter() - t0


def documents(service: PortfolioService, batch: int) -> float:
    t0 = time.perf_counter()
    n = sum(len(part) for part in service.iter_documents(batch))
    assert n > 0
    return time.perf_counter() - t0


def naive(accounts: AccountService, keys: Sequence[str],
          settings: ScoringSettings) -> tuple[list[AccountScore], float, float]:
    """(scores, seconds in snapshot, seconds in score_document) over ``keys``."""
    t_snap = t_score = 0.0
    scores = []
    for key in keys:
        t0 = time.perf_counter()
        doc = accounts.snapshot(key)
        t1 = time.perf_counter()
        scores.append(score_document(doc, TODAY, settings))
        t_score += time.perf_counter() - t1
        t_snap += t1 - t0
    return scores, t_snap, t_score


def median_ratio(xs: Sequence[float], ys: Sequence[float]) -> float:
    return statistics.median(x / y for x, y in zip(xs, ys, strict=True))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=None,
                        help=f"benchmark database, shared with bench/portfolio.py "
                             f"(default {DEFAULT_DB}; with --quick {QUICK_DB})")
    parser.add_argument("--rebuild", action="store_true", help="build the database afresh")
    parser.add_argument("--quick", action="store_true",
                        help=f"the first {QUICK_ACCOUNTS:,} accounts of the same generator, "
                             "in their own database file; a sample of 100")
    parser.add_argument("--accounts", type=int, default=None,
                        help=f"accounts (default 10,000; {QUICK_ACCOUNTS:,} with --quick)")
    parser.add_argument("--per-account", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3,
                        help="timed rounds, after a warm-up (default 3)")
    parser.add_argument("--sample", type=int, default=None,
                        help="accounts loaded one by one per round for (b) "
                             "(default 300; 100 with --quick)")
    parser.add_argument("--batch", type=int, default=250)
    args = parser.parse_args(argv)
    n_accounts = args.accounts or (QUICK_ACCOUNTS if args.quick else 10_000)
    sample_size = args.sample or (100 if args.quick else 300)
    path: Path = (args.db or (QUICK_DB if args.quick else DEFAULT_DB)).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    t_start = time.perf_counter()

    want = (n_accounts, n_accounts * args.per_account)
    counts = None if args.rebuild else existing_counts(path)
    if counts is None or counts[:2] != want:
        print(f"database: building {want[0]:,} accounts / {want[1]:,} stakeholders at "
              f"{path} ...", flush=True)
        build(path, n_accounts, args.per_account)
        counts = existing_counts(path)
        assert counts is not None and counts[:2] == want, f"build produced {counts}"
    print(f"database: {path} ({path.stat().st_size / 1e6:.0f} MB; {counts[0]:,} accounts, "
          f"{counts[1]:,} stakeholders, {counts[2]:,} influence lines)", flush=True)

    settings = ScoringSettings()
    db = open_database(str(path), writer=False)
    try:
        service, accounts = PortfolioService(db), AccountService(db)
        n = service.count()
        keys = [s.key for s in accounts.list_summaries()]
        step = max(1, n // sample_size)
        sample = keys[::step][:sample_size]

        # Warm-up: page cache, compiled statements, SQLAlchemy's caches.
        baseline(path)
        next(service.iter_scores(TODAY, settings, batch=args.batch))
        naive(accounts, sample[:20], settings)

        t: dict[str, list[float]] = {
            k: [] for k in ("base", "json", "docs", "bulk", "first", "naive", "snap",
                            "score")}
        rows = size = 0
        scores: list[AccountScore] = []
        for i in range(max(1, args.repeat)):
            print(f"round {i + 1} ...", flush=True)
            # Alternate the order: this VM's speed drifts, pairing keeps ratios honest.
            steps = ["base", "json", "docs", "bulk", "naive"]
            for what in steps if i % 2 == 0 else steps[::-1]:
                gc.collect()
                t0 = time.perf_counter()
                if what in ("base", "json"):
                    rows, size = baseline(path, parse=what == "json")
                    t[what].append(time.perf_counter() - t0)
                elif what == "docs":
                    t["docs"].append(documents(service, args.batch))
                elif what == "bulk":
                    scores, first, total = bulk(service, settings, args.batch)
                    t["bulk"].append(total)
                    t["first"].append(first)
                else:
                    got, snap, score = naive(accounts, sample, settings)
                    scale = n / len(sample)
                    t["naive"].append((snap + score) * scale)
                    t["snap"].append(snap * scale)
                    t["score"].append(score * scale)
        # Same answers? (outside the timings)
        by_key = {s.key: s for s in scores}
        assert len(by_key) == n == len(scores), "every account exactly once"
        wrong = [s.key for s in got if by_key[s.key] != s]
        assert not wrong, f"bulk and naive scores differ for {wrong[:5]}"
    finally:
        db.close()

    med = {k: statistics.median(v) for k, v in t.items()}
    scoring = [b - d for b, d in zip(t["bulk"], t["docs"], strict=True)]
    at_risk = sum(s.at_risk for s in scores)

    def row(label: str, seconds: float, note: str = "") -> str:
        return f"  {label:<52} {seconds:8.2f} s {seconds / n * 1e3:8.3f} ms   {note}"

    print()
    print(f"Python {sys.version.split()[0]}, {n:,} accounts, batch {args.batch}, "
          f"median of {len(t['bulk'])} rounds; naive on {len(sample)} accounts, extrapolated")
    print(f"  {'':<52} {'total':>10} {'per acct':>11}")
    print(row("(c) baseline: plain sqlite3 read of the documents", med["base"],
              f"{rows:,} documents, {size / 1e6:.0f} MB of JSON"))
    print(row("    plain read + json.loads (information)", med["json"],
              f"{median_ratio(t['json'], t['base']):.1f}x baseline"))
    print(row("    read + validate documents (iter_documents)", med["docs"],
              f"{median_ratio(t['docs'], t['base']):.1f}x baseline"))
    print(row("    scoring (score_document, by difference)", statistics.median(scoring)))
    print(row("(a) bulk: iter_scores", med["bulk"],
              f"{median_ratio(t['bulk'], t['base']):.1f}x baseline"))
    print(f"      time to the first batch: {med['first'] * 1e3:.0f} ms")
    print(row("(b) naive: snapshot + score_document", med["naive"],
              f"{median_ratio(t['naive'], t['bulk']):.1f}x bulk"))
    print(row("      of which snapshot (one SELECT + validation)", med["snap"]))
    print(row("      of which score_document", med["score"]))
    print(f"  ratios: naive / bulk {median_ratio(t['naive'], t['bulk']):.1f}; "
          f"bulk / baseline {median_ratio(t['bulk'], t['base']):.1f}; "
          f"documents / baseline {median_ratio(t['docs'], t['base']):.1f}")
    print(f"  {at_risk:,} of {n:,} accounts at risk; the {len(sample)} sampled scores equal "
          "the bulk ones")
    print(f"benchmark ran {time.perf_counter() - t_start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
