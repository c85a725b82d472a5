"""An account team saving at once (issue 17): N clients, each a process with its own
connections, making stance changes on random accounts or all on the same account.

    .ci/postgres.sh start --durable       # a local server with fsync on
    .venv/bin/python -m bench.team --postgres URL [--sqlite] [--clients 1,4,16]

Prints, per store, mode and number of clients: edits/s, p50/p95 save latency (the
``AccountService.edit`` call: read, rebase and compare-and-swap save), conflicts rebased,
and lost edits (a stance a client set that is not the stored one when it alone writes
that person: must be 0). Target: p95 ≤ 50 ms at 16 clients on a local server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import statistics
import time
import uuid

EDITS = 40
ACCOUNTS = 20
PEOPLE = 40


def _client(target: str, client: int, mode: str, edits: int, out: mp.Queue,
            pause: float = 0.0) -> None:
    from app.bootstrap import bootstrap
    from app.models.enums import Stance
    from app.services import map_edits
    from app.services.accounts import AccountService

    os.environ["RAPPORT_USER"] = f"client-{client}"
    server = "://" in target
    rebases = 0

    def opened() -> tuple[object, AccountService]:
        services = bootstrap(target, wait=120)
        accounts: AccountService = services.accounts
        original = accounts.save

        def counting_save(*args: object, **kwargs: object) -> int:
            nonlocal rebases
            try:
                return original(*args, **kwargs)  # type: ignore[arg-type]
            except Exception:
                rebases += 1
                raise

        accounts.save = counting_save  # type: ignore[method-assign]
        return services, accounts

    # a server: one app per client; a file: one command-sized open per edit (a writer
    # holds the file's lock while it is open)
    services, accounts = opened() if server else (None, None)
    import random

    rng = random.Random(client)
    stances = list(Stance)
    latencies, last = [], {}
    for i in range(edits):
        key = "acc-0" if mode == "same" else f"acc-{rng.randrange(ACCOUNTS)}"
        person = f"p{client}"  # each client its own person: its last stance must stay
        stance = stances[(i + client) % len(stances)]
        if not server:
            services, accounts = opened()
        assert accounts is not None
        start = time.perf_counter()
        accounts.edit(key, lambda d, s=stance, p=person: map_edits.update_person(
            d, p, {"stance": s}, today=dt.date(2026, 12, 6)), "stance")
        latencies.append(time.perf_counter() - start)
        last[(key, person)] = str(stance)
        if not server:
            services.close()  # type: ignore[attr-defined]
        if pause:  # a member's think time between two edits
            time.sleep(rng.uniform(0, 2 * pause))
    if server:
        services.close()  # type: ignore[attr-defined]
    out.put((latencies, rebases, last))


def _prepare(target: str, clients: int) -> None:
    from app.bootstrap import bootstrap
    from app.models.account import AccountFile

    services = bootstrap(target)
    docs = []
    for a in range(ACCOUNTS):
        people = [{"id": f"p{i}", "name": f"Person {i}", "stance": "neutral",
                   "influence": 3} for i in range(max(PEOPLE, clients))]
        docs.append(AccountFile.model_validate({
            "format": "rapport-account", "version": 1,
            "account": {"id": f"acc-{a}", "name": f"Account {a}"},
            "stakeholders": people}, strict=False))
    services.accounts.import_documents(docs, replace=True)
    services.close()


def _run(target: str, clients: int, mode: str, pause: float) -> dict[str, float]:
    from app.bootstrap import bootstrap

    _prepare(target, clients)
    ctx = mp.get_context("spawn")
    queue: mp.Queue = ctx.Queue()
    procs = [ctx.Process(target=_client, args=(target, c, mode, EDITS, queue, pause))
             for c in range(clients)]
    start = time.perf_counter()
    for p in procs:
        p.start()
    results = [queue.get(timeout=900) for _ in procs]
    for p in procs:
        p.join()
    wall = time.perf_counter() - start
    latencies = sorted(x for r in results for x in r[0])
    services = bootstrap(target, writer=False)
    lost = 0
    for _lat, _reb, last in results:
        for (key, person), stance in last.items():
            doc = services.accounts.snapshot(key)
            if str(next(p for p in doc.stakeholders if p.id == person).stance) != stance:
                lost += 1
    services.close()
    n = len(latencies)
    return {"edits/s": n / wall, "p50 ms": 1000 * statistics.median(latencies),
            "p95 ms": 1000 * latencies[int(0.95 * (n - 1))],
            "rebased": sum(r[1] for r in results), "lost": lost, "edits": n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", metavar="URL",
                        help="a server URL whose role may create databases "
                             "(default: $RAPPORT_TEST_POSTGRES)")
    parser.add_argument("--sqlite", action="store_true", help="also a SQLite file")
    parser.add_argument("--clients", default="1,4,16")
    parser.add_argument("--pause", type=float, default=0.0,
                        help="mean seconds a client waits between edits (default 0: "
                             "back to back, every client as fast as it can)")
    args = parser.parse_args()
    targets: list[tuple[str, str]] = []
    server = args.postgres or os.environ.get("RAPPORT_TEST_POSTGRES")
    created = None
    if server:
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(server)
        created = f"rapport_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(host=url.host, port=url.port, user=url.username,
                             password=url.password, dbname=url.database or "postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{created}"')
        targets.append(("postgresql", url.set(database=created).render_as_string(False)))
    if args.sqlite:
        import tempfile

        folder = tempfile.mkdtemp(prefix="rapport-bench-")
        targets.append(("sqlite", os.path.join(folder, "team.sqlite")))
    print(f"{'store':<11}{'mode':<8}{'clients':>7}{'edits':>7}{'edits/s':>9}"
          f"{'p50 ms':>8}{'p95 ms':>8}{'rebased':>9}{'lost':>6}")
    try:
        for store, target in targets:
            for mode in ("random", "same"):
                for clients in (int(c) for c in args.clients.split(",")):
                    r = _run(target, clients, mode, args.pause)
                    print(f"{store:<11}{mode:<8}{clients:>7}{r['edits']:>7.0f}"
                          f"{r['edits/s']:>9.1f}{r['p50 ms']:>8.1f}{r['p95 ms']:>8.1f}"
                          f"{r['rebased']:>9.0f}{r['lost']:>6.0f}", flush=True)
    finally:
        if created:
            with psycopg.connect(host=url.host, port=url.port, user=url.username,
                                 password=url.password, dbname=url.database or "postgres",
                                 autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{created}" WITH (FORCE)')


if __name__ == "__main__":
    main()
