"""Several members editing one account at once (issue 17): nothing is lost.

4 processes × 50 ``log`` commands on one account, and 4 processes making random
service-layer edits (stance changes, new people, white-space cells): afterwards every
edit is there, each process's edits in the order it made them, the version counts every
save, and no command failed. On a SQLite file (the commands wait for each other) and on
a real PostgreSQL server (the saves rebase)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.bootstrap import bootstrap
from app.cli import main

pytestmark = pytest.mark.both_stores
ROOT = Path(__file__).resolve().parents[2]
WORKERS, EDITS = 4, 50


def _run_workers(script: str, target: str, tmp_path: Path) -> None:
    path = tmp_path / "worker.py"
    path.write_text(textwrap.dedent(script), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, str(path), target, str(w), str(EDITS)],
                              env={**env, "RAPPORT_USER": f"worker-{w}"},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for w in range(WORKERS)]
    failures = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        if proc.returncode != 0:
            failures.append(f"exit {proc.returncode}: {err[-2000:]}")
    assert not failures, "\n".join(failures)


LOG_WORKER = """
    import sys
    from app.cli import main
    target, worker, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    for i in range(n):
        code = main(["--db", target, "log", "demo-ural", "--person", "gd", "--channel",
                     "call", "--summary", f"w{worker}-{i}"])
        if code != 0:
            sys.exit(code)
"""


def test_four_processes_log_fifty_interactions_each_and_none_is_lost(
        db_target: str, tmp_path: Path) -> None:
    assert main(["--db", db_target, "demo"]) == 0
    s = bootstrap(db_target, writer=False)
    start = s.accounts.read("demo-ural")
    s.close()
    _run_workers(LOG_WORKER, db_target, tmp_path)
    s = bootstrap(db_target, writer=False)
    try:
        now = s.accounts.read("demo-ural")
        history = s.accounts.history("demo-ural")
    finally:
        s.close()
    logged = [i.summary for i in now.doc.interactions[len(start.doc.interactions):]]
    assert len(logged) == WORKERS * EDITS
    for w in range(WORKERS):  # each process's interactions, every one, in its order
        assert [x for x in logged if x.startswith(f"w{w}-")] == [
            f"w{w}-{i}" for i in range(EDITS)]
    assert now.version == start.version + WORKERS * EDITS  # one save each
    assert [v.version for v in history] == sorted(v.version for v in history)
    assert history[-1].current and history[-1].version == now.version
    assert history[-1].saved_by.startswith("worker-")
    ids = [i.id for i in now.doc.interactions]
    assert len(set(ids)) == len(ids)  # every entry its own id


SERVICE_WORKER = """
    import datetime as dt, random, sys
    from app.bootstrap import bootstrap
    from app.models.enums import Stance, WhitespaceStatus
    from app.services import account_edits, map_edits
    target, worker, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(worker)
    today = dt.date(2026, 12, 6)
    s = bootstrap(target, wait=60) if "://" in target else None
    stances = list(Stance)
    mine = f"w{worker}"
    last_stance = None
    for i in range(n):
        if s is None:  # a file: each edit its own command-sized open, as the CLI does
            services = bootstrap(target, wait=60)
        else:
            services = s
        try:
            kind = ("person", "stance", "cell")[i % 3] if i else "person"
            if kind == "person":
                services.accounts.edit("demo-ural", lambda d: map_edits.add_person(
                    d, f"{mine}-person-{i}")[0], "new person")
            elif kind == "stance":
                stance = rng.choice(stances)
                def change(d, stance=stance):
                    person = next(p.id for p in d.stakeholders
                                  if p.name == f"{mine}-person-0")
                    return map_edits.update_person(d, person, {"stance": stance},
                                                   today=today)
                services.accounts.edit("demo-ural", change, "stance")
                last_stance = stance
            else:
                def cell(d, i=i):
                    d = d if f"{mine}-unit" in ((d.whitespace.units if d.whitespace else [])) \\
                        else account_edits.add_to_grid(d, "units", f"{mine}-unit")
                    if f"offer-{i}" not in d.whitespace.offerings:
                        d = account_edits.add_to_grid(d, "offerings", f"offer-{i}")
                    return account_edits.set_cell(d, f"{mine}-unit", f"offer-{i}",
                                                  WhitespaceStatus.OPPORTUNITY, value=i)
                services.accounts.edit("demo-ural", cell, "cell")
        finally:
            if s is None:
                services.close()
    print(last_stance.value if last_stance else "")
"""


def test_random_edits_from_four_processes_are_all_there(db_target: str, tmp_path: Path,
                                                        store: str) -> None:
    assert main(["--db", db_target, "demo"]) == 0
    path = tmp_path / "worker.py"
    path.write_text(textwrap.dedent(SERVICE_WORKER), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    edits = 24
    procs = [subprocess.Popen([sys.executable, str(path), db_target, str(w), str(edits)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for w in range(WORKERS)]
    stances = {}
    for w, proc in enumerate(procs):
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-2000:]
        stances[w] = out.strip()
    s = bootstrap(db_target, writer=False)
    try:
        doc = s.accounts.read("demo-ural").doc
    finally:
        s.close()
    people = {p.name: p for p in doc.stakeholders}
    assert doc.whitespace is not None
    cells = {(c.unit, c.offering): c.value for c in doc.whitespace.cells}
    for w in range(WORKERS):
        for i in range(edits):
            kind = ("person", "stance", "cell")[i % 3] if i else "person"
            if kind == "person":
                assert f"w{w}-person-{i}" in people
            elif kind == "cell":
                assert cells[(f"w{w}-unit", f"offer-{i}")] == i
        assert str(people[f"w{w}-person-0"].stance) == stances[w]
