"""An account team saving at once (issue 17): N clients, each a process with its own
connections, making stance changes on random accounts or all on the same account.

    .ci/postgres.sh start --durable       # a local server with fsync on
    .venv/bin/python -m bench.team --postgres URL [--sqlite] [--clients 1,4,16]

What is measured. Every client opens its database, saves once (imports, connections,
compiled statements: an app that has been running) and waits at a barrier; the clock
starts when all are ready, so no client's start-up is counted in another's saves.
"Save latency" is the user's edit call, ``AccountService.edit``: read the account,
apply the edit, save it by compare-and-swap, and re-apply it to a colleague's newer
version when one was saved meanwhile (rebase).

Two workloads:

- **team** (the target): 16 members, each making an edit every ``--pause`` seconds on
  average (default 2 s, uniform 0–4 s: a busy team; a person edits far less often), on
  random accounts and all on the same account. **Target: p95 save ≤ 50 ms on a local
  server, zero lost edits.**
- **back to back** (the stress case): 1, 4 and 16 clients saving as fast as they can,
  no pause. 16 such loops saturate a small machine: a save then waits for a core, and
  p95 measures the queue (about clients × CPU per save ÷ cores), not a member's wait
  in a real team. On one account the saves are serial by nature (each must start from
  the one before and hold the account's row until it commits), so there a save waits
  for the others queued before it: p50 is about clients × one save, and the tail is
  longer (the server does not hand the row's lock over in strict arrival order).

Printed per store, workload, mode and number of clients: edits/s (over the edit phase),
p50/p95 save latency, conflicts rebased (edits re-applied to a newer version: each call
of the edit beyond its first), edits locked first (an account whose last save here met
a colleague's is read with its row locked, and the edit made once), lost edits (a
stance a client set that is not the stored one when it alone writes that person: must
be 0), and CPU per edit of the clients and, when its processes can be read (a local
server), of the server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import statistics
import time
import uuid
from typing import Any

EDITS = 40
TEAM_EDITS = 20
ACCOUNTS = 20
PEOPLE = 40


def _client(target: str, client: int, mode: str, edits: int, out: Any,
            pause: float, ready: Any) -> None:
    import random

    from app.bootstrap import bootstrap
    from app.models.enums import Stance
    from app.services import map_edits
    from app.services.accounts import AccountService

    os.environ["RAPPORT_USER"] = f"client-{client}"
    server = "://" in target
    calls = locked = 0

    def opened() -> tuple[Any, AccountService]:
        services = bootstrap(target, wait=120)
        accounts: Any = services.accounts
        if hasattr(accounts, "_edit_here") and hasattr(accounts, "_busy"):
            made = accounts._edit_here

            def counted(*args: Any, lock: bool = False, **kwargs: Any) -> Any:
                nonlocal locked
                locked += lock  # an edit of a busy account: lock, then edit
                return made(*args, lock=lock, **kwargs)

            accounts._edit_here = counted
        return services, accounts

    # a server: one app per client; a file: one command-sized open per edit (a writer
    # holds the file's lock while it is open)
    rng = random.Random(client)
    stances = list(Stance)
    # warm, as an app that has run a while: imports, a connection, the statements
    # compiled (a process's first save costs ~50 ms of CPU once). One save of the
    # client's own person as it is, on the last account.
    services, accounts = opened()
    accounts.edit(f"acc-{ACCOUNTS - 1}", lambda d: map_edits.update_person(
        d, f"p{client}", {"stance": Stance.NEUTRAL}, today=dt.date(2026, 12, 6)), "warm")
    if not server:
        services.close()
    latencies, last = [], {}
    ready.wait()
    cpu = time.process_time()
    for i in range(edits):
        key = "acc-0" if mode == "same" else f"acc-{rng.randrange(ACCOUNTS)}"
        person = f"p{client}"  # each client its own person: its last stance must stay
        stance = stances[(i + client) % len(stances)]
        if not server:
            services, accounts = opened()

        def change(d: Any, s: Any = stance, p: str = person) -> Any:
            nonlocal calls
            calls += 1
            return map_edits.update_person(d, p, {"stance": s}, today=dt.date(2026, 12, 6))

        start = time.perf_counter()
        accounts.edit(key, change, "stance")
        latencies.append(time.perf_counter() - start)
        last[(key, person)] = str(stance)
        if not server:
            services.close()
        if pause:  # a member's think time between two edits
            time.sleep(rng.uniform(0, 2 * pause))
    ended = time.monotonic()
    cpu = time.process_time() - cpu
    if server:
        services.close()
    out.put((latencies, calls - edits, last, ended, cpu, locked))


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


def _server_pids(target: str) -> list[int]:
    """The server's postmaster (whose children are the backends), if it runs here."""
    from sqlalchemy import text

    from app.bootstrap import bootstrap

    if "://" not in target:
        return []
    services = bootstrap(target, writer=False)
    try:
        with services.db.engine.connect() as conn:
            backend = conn.scalar(text("SELECT pg_backend_pid()"))
    finally:
        services.close()
    try:
        with open(f"/proc/{backend}/stat") as f:
            return [int(f.read().rsplit(")", 1)[1].split()[1])]
    except OSError:
        return []


def _server_cpu(postmaster: list[int]) -> float | None:
    """CPU seconds of the server: the postmaster, its live children, and (cutime,
    cstime) the children it has reaped."""
    if not postmaster:
        return None
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    pids = [postmaster[0]]
    try:
        with open(f"/proc/{postmaster[0]}/task/{postmaster[0]}/children") as f:
            pids += [int(p) for p in f.read().split()]
    except OSError:
        return None
    for i, pid in enumerate(pids):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
        if i == 0:
            total += int(fields[13]) + int(fields[14])  # cutime, cstime
    return total / tick


def _run(target: str, clients: int, mode: str, edits: int, pause: float) -> dict[str, Any]:
    from app.bootstrap import bootstrap

    _prepare(target, clients)
    postmaster = _server_pids(target)
    ctx = mp.get_context("spawn")
    queue: Any = ctx.Queue()
    ready = ctx.Barrier(clients + 1)
    procs = [ctx.Process(target=_client, args=(target, c, mode, edits, queue, pause, ready))
             for c in range(clients)]
    for p in procs:
        p.start()
    ready.wait(timeout=900)
    start, server_cpu = time.monotonic(), _server_cpu(postmaster)
    results = [queue.get(timeout=900) for _ in procs]
    end = _server_cpu(postmaster)
    for p in procs:
        p.join()
    wall = max(r[3] for r in results) - start
    latencies = sorted(x for r in results for x in r[0])
    services = bootstrap(target, writer=False)
    lost = 0
    for r in results:
        for (key, person), stance in r[2].items():
            doc = services.accounts.snapshot(key)
            if str(next(p for p in doc.stakeholders if p.id == person).stance) != stance:
                lost += 1
    services.close()
    n = len(latencies)
    return {"edits/s": n / wall, "p50 ms": 1000 * statistics.median(latencies),
            "p95 ms": 1000 * latencies[int(0.95 * (n - 1))], "max ms": 1000 * latencies[-1],
            "rebased": sum(r[1] for r in results), "lost": lost, "edits": n,
            "locked": sum(r[5] for r in results),
            "client cpu": 1000 * sum(r[4] for r in results) / n,
            "server cpu": None if server_cpu is None or end is None
            else 1000 * (end - server_cpu) / n}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--postgres", metavar="URL",
                        help="a server URL whose role may create databases "
                             "(default: $RAPPORT_TEST_POSTGRES)")
    parser.add_argument("--sqlite", action="store_true", help="also a SQLite file")
    parser.add_argument("--clients", default="1,4,16",
                        help="back to back: how many clients (default 1,4,16; '' none)")
    parser.add_argument("--edits", type=int, default=EDITS, help="per client, back to back")
    parser.add_argument("--team", type=int, default=16,
                        help="the team workload's members (default 16; 0: none)")
    parser.add_argument("--team-edits", type=int, default=TEAM_EDITS)
    parser.add_argument("--pause", type=float, default=2.0,
                        help="the team's mean seconds between a member's edits (default 2)")
    parser.add_argument("--modes", default="random,same")
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
    runs = [("team", args.team, args.team_edits, args.pause)] if args.team else []
    runs += [("b2b", int(c), args.edits, 0.0) for c in args.clients.split(",") if c]
    print(f"{'store':<11}{'load':<6}{'mode':<8}{'clients':>7}{'edits':>6}{'edits/s':>9}"
          f"{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}{'rebased':>8}{'locked':>7}{'lost':>5}"
          f"{'cpu ms/edit: client':>21}{'server':>8}")
    try:
        for store, target in targets:
            for load, clients, edits, pause in runs:
                for mode in args.modes.split(","):
                    r = _run(target, clients, mode, edits, pause)
                    server_cpu = ("" if r["server cpu"] is None
                                  else f"{r['server cpu']:.1f}")
                    print(f"{store:<11}{load:<6}{mode:<8}{clients:>7}{r['edits']:>6.0f}"
                          f"{r['edits/s']:>9.1f}{r['p50 ms']:>8.1f}{r['p95 ms']:>8.1f}"
                          f"{r['max ms']:>8.1f}{r['rebased']:>8.0f}{r['locked']:>7.0f}"
                          f"{r['lost']:>5.0f}"
                          f"{r['client cpu']:>21.1f}{server_cpu:>8}", flush=True)
    finally:
        if created:
            with psycopg.connect(host=url.host, port=url.port, user=url.username,
                                 password=url.password, dbname=url.database or "postgres",
                                 autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{created}" WITH (FORCE)')


if __name__ == "__main__":
    main()
