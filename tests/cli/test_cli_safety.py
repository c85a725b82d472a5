"""Commands on hostile targets: empty files, pipes, memory; backups around replacing
(issue 12, items 12 and 15). Real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import MAIN, rapport, write
from tests.conftest import account_doc, dump_database
from tests.fixtures.disk import empty_file, fifo, files_in


def test_list_on_an_empty_file_says_there_is_no_database_and_leaves_it_empty(
    tmp_path: Path,
) -> None:
    path = empty_file(tmp_path / "rapport.sqlite")
    result = rapport("list", db=path)
    assert result.returncode == 1, result.stdout
    assert "there is no Rapport database" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.stat().st_size == 0
    assert files_in(tmp_path) == ["rapport.sqlite"]  # no lock, journal or backup either


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_list_on_a_named_pipe_is_refused_without_hanging_or_writing(tmp_path: Path) -> None:
    pipe = fifo(tmp_path / "pipe.sqlite")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("RAPPORT_DB", None)
    try:
        result = subprocess.run([sys.executable, str(MAIN), "list", "--db", str(pipe)],
                                capture_output=True, text=True, encoding="utf-8", env=env,
                                timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("list --db PIPE hung")
    assert result.returncode == 1
    assert "named pipe" in result.stderr and "Traceback" not in result.stderr
    assert files_in(tmp_path) == ["pipe.sqlite"]


def test_import_into_an_in_memory_database_is_refused(tmp_path: Path) -> None:
    src = write(tmp_path / "acme.json", account_doc())
    result = rapport("import", src, "--db", "sqlite://")
    assert result.returncode == 1
    assert "would be lost" in result.stderr and "created" not in result.stdout


def test_import_replace_takes_a_backup_first(tmp_path: Path, db_path: Path) -> None:
    src = write(tmp_path / "acme.json", account_doc())
    assert rapport("import", src, db=db_path).returncode == 0
    first = dump_database(db_path)
    changed = account_doc()
    changed["account"]["name"] = "Acme Renamed"
    result = rapport("import", write(tmp_path / "new.json", changed), "--replace", db=db_path)
    assert result.returncode == 0, result.stderr
    made = [p for p in (db_path.parent / "backups").iterdir() if ".before-import." in p.name]
    assert len(made) == 1
    assert dump_database(made[0]) == first  # the state before the replace


def test_backup_then_restore_from_the_command_line(tmp_path: Path, db_path: Path) -> None:
    assert rapport("demo", db=db_path).returncode == 0
    made = rapport("backup", db=db_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("backed up 3 accounts to ")
    backup = Path(made.stdout.strip().split(" to ", 1)[1])
    listing = rapport("backup", "--list", db=db_path)
    assert str(backup) in listing.stdout and "manual" in listing.stdout
    from app.bootstrap import bootstrap

    services = bootstrap(str(db_path))
    services.accounts.delete("demo-ural")
    services.close()
    restored = rapport("restore", backup, db=db_path)
    assert restored.returncode == 0, restored.stderr
    assert "ТрансЛогистик Урал" in rapport("list", db=db_path).stdout
    bad = tmp_path / "bad.sqlite"
    bad.write_text("no")
    refused = rapport("restore", bad, db=db_path)
    assert refused.returncode == 1 and "This backup cannot be used" in refused.stderr
