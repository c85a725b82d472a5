"""Where exports write, as a user runs them: a full disk is an error that leaves the
existing file as it was; a FIFO, a device or a read-only file is refused by the command
line with a clear message; a link is followed; a killed PDF export leaves no temporary
file, and one left by an older crash is cleaned at the next export.

The tests run as root here: a "full disk" is a file size limit on the export process
(RLIMIT_FSIZE, which root obeys too), never a real device; FIFOs live in tmp_path.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.assessment.settings import ScoringSettings
from app.reports import Edition, build_pdf
from tests.cli.test_cli import rapport
from tests.conftest import parsed_doc

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 25)
OLD = "the existing file, which must survive\n"


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".rapport-"))


_EXPORT_ON_A_FULL_DISK = """
import datetime as dt, os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from app.assessment.settings import ScoringSettings
from app.errors import RapportError
from app.reports import Edition, build_pdf
from app.services.demo import demo_documents
from app.views.map.export import export_map
from app.views.map.scene import MapScene

app = QApplication(["rapport"])
doc = next(d for d in demo_documents() if d.account.id == "demo-ural")
out = Path({out!r})
scene = MapScene()
scene.set_document(doc)
{limit}
try:
    if out.suffix == ".pdf":
        build_pdf(doc, Edition.INTERNAL, out, today=dt.date(2026, 11, 25),
                  settings=ScoringSettings())
    else:
        export_map(scene, out)
except RapportError as err:
    print(err)
    sys.exit(1)
print("wrote", out)
"""


@pytest.mark.parametrize("name", ["map.svg", "map.png", "plan.pdf"])
def test_an_export_on_a_full_disk_is_an_error_and_keeps_the_existing_file(
        tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    out.write_text(OLD)
    # room for a little (a truncated SVG used to replace the file), not for the export;
    # set once everything is loaded, so that only the export meets the full disk
    limit = ("import resource, signal\n"
             "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
             "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))")
    script = _EXPORT_ON_A_FULL_DISK.format(root=str(ROOT), out=str(out), limit=limit)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True,
                            text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout == f"Cannot write {out}: File too large.\n"
    assert out.read_text() == OLD
    assert _temps(tmp_path) == []
    # the same export with room to spare
    script = _EXPORT_ON_A_FULL_DISK.format(root=str(ROOT), out=str(out), limit="")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True,
                            text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.stat().st_size > 4096 and _temps(tmp_path) == []


@pytest.mark.parametrize("command", [
    ["map", "demo-ural", "--out"], ["pdf", "demo-ural", "--out"],
    ["export", "demo-ural", "--json"],
])
def test_the_command_line_refuses_a_read_only_target_and_leaves_it(
        tmp_path: Path, db_path: Path, command: list[str]) -> None:
    assert rapport("demo", db=db_path).returncode == 0
    suffix = {"map": ".svg", "pdf": ".pdf", "export": ".json"}[command[0]]
    out = tmp_path / f"signed-off{suffix}"
    out.write_text(OLD)
    out.chmod(0o444)
    result = rapport(*command, out, db=db_path)
    assert result.returncode == 1
    assert f"{out} is read-only; it was left as it is" in result.stderr
    assert (out.read_text(), stat.S_IMODE(out.stat().st_mode)) == (OLD, 0o444)
    assert _temps(tmp_path) == []


@pytest.mark.parametrize("command", [
    ["map", "demo-ural", "--out"], ["pdf", "demo-ural", "--out"],
    ["export", "demo-ural", "--json"],
])
def test_the_command_line_refuses_a_fifo_and_a_link_to_one(
        tmp_path: Path, db_path: Path, command: list[str]) -> None:
    assert rapport("demo", db=db_path).returncode == 0
    suffix = {"map": ".svg", "pdf": ".pdf", "export": ".json"}[command[0]]
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    link = tmp_path / f"link{suffix}"
    link.symlink_to(fifo)
    for out in (fifo, link):
        result = rapport(*command, out, db=db_path)  # a write to the FIFO would hang
        assert result.returncode == 1
        assert "named pipe (FIFO), not a regular file" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and link.is_symlink()
    assert _temps(tmp_path) == []


def test_the_command_line_writes_through_a_link_to_a_regular_file(
        tmp_path: Path, db_path: Path) -> None:
    assert rapport("demo", db=db_path).returncode == 0
    real = tmp_path / "plans" / "ural-2026.pdf"
    real.parent.mkdir()
    real.write_text(OLD)
    link = tmp_path / "latest.pdf"
    link.symlink_to(real)
    result = rapport("pdf", "demo-ural", "--out", link, db=db_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF")


def test_the_pdf_temporary_file_exists_only_once_the_pdf_is_laid_out(
        tmp_path: Path) -> None:
    seen: list[list[str]] = []
    out = tmp_path / "plan.pdf"
    build_pdf(parsed_doc(), Edition.INTERNAL, out, today=TODAY, settings=ScoringSettings(),
              progress=lambda _p, _t: seen.append(_temps(tmp_path)))
    assert seen and all(names == [] for names in seen)
    assert out.read_bytes().startswith(b"%PDF") and _temps(tmp_path) == []


def test_a_stale_temporary_file_is_cleaned_by_the_next_pdf_export_a_fresh_one_left(
        tmp_path: Path) -> None:
    stale, fresh = tmp_path / ".rapport-abc.tmp", tmp_path / ".rapport-def.tmp"
    stale.write_bytes(b"")
    fresh.write_bytes(b"")
    two_hours_ago = time.time() - 2 * 3600
    os.utime(stale, (two_hours_ago, two_hours_ago))
    build_pdf(parsed_doc(), Edition.EXECUTIVE, tmp_path / "brief.pdf", today=TODAY,
              settings=ScoringSettings())
    assert _temps(tmp_path) == [".rapport-def.tmp"]


_KILLED_EXPORT = """
import datetime as dt, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from app.assessment.settings import ScoringSettings
from app.reports import Edition, build_pdf
from bench.pdf import synthetic_account

def progress(percent, text):
    if text.startswith("Laying out"):
        print("laying out", flush=True)

build_pdf(synthetic_account(300), Edition.INTERNAL, Path({out!r}),
          today=dt.date(2026, 11, 25), settings=ScoringSettings(), progress=progress)
print("finished", flush=True)
"""


def test_an_export_killed_mid_layout_leaves_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    out.write_text(OLD)
    script = _KILLED_EXPORT.format(root=str(ROOT), out=str(out))
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # a 300-person plan lays out for seconds
        assert line == "laying out\n"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert out.read_text() == OLD
    assert _temps(tmp_path) == []
