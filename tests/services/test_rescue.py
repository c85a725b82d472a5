"""Rescuing a damaged account: what can be read comes out, importable, with a report."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.bootstrap import bootstrap
from app.errors import NotFound
from app.fileformat import AccountFile
from app.services.demo import demo_documents
from app.services.rescue import export_rescued, report_path, rescue
from tests.cli.test_cli import rapport
from tests.cli.test_damaged_rows import DAMAGE, damaged_db


def _demo_ural() -> AccountFile:
    return next(d for d in demo_documents() if d.account.id == "demo-ural")


def _rescued(db_path: Path, sql: str) -> tuple[AccountFile, list[str], dict[str, int]]:
    damaged_db(db_path, sql)
    services = bootstrap(str(db_path), writer=False, create=False)
    try:
        result = rescue(services.accounts.database, "demo-ural")
    finally:
        services.close()
    return result.doc, result.repairs, result.dropped


def test_an_unknown_stance_is_left_empty_and_the_rest_kept(db_path: Path) -> None:
    doc, repairs, dropped = _rescued(db_path, DAMAGE["unknown_enum"][0])
    original = _demo_ural()
    assert len(doc.stakeholders) == len(original.stakeholders)
    assert len(doc.influences) == len(original.influences)
    assert len(doc.interactions) == len(original.interactions)
    assert sum(p.stance is None for p in doc.stakeholders) == 1 + sum(
        p.stance is None for p in original.stakeholders)
    assert repairs == ['stakeholders row "gd", column stance: "wizard": left empty']
    assert dropped == {}


def test_bad_dates_are_emptied_and_every_action_survives(db_path: Path) -> None:
    doc, repairs, _ = _rescued(db_path, DAMAGE["bad_date"][0])
    assert [a.title for a in doc.actions] == [a.title for a in _demo_ural().actions]
    assert all(a.due is None for a in doc.actions)
    assert len(repairs) == len(doc.actions)


def test_a_name_stored_as_bytes_keeps_the_person_and_their_lines(db_path: Path) -> None:
    doc, repairs, dropped = _rescued(db_path, DAMAGE["blob_name"][0])
    original = _demo_ural()
    person = next(p for p in doc.stakeholders if p.id == "gd")
    assert person.name.startswith("(damaged) ")
    assert "\x00" not in person.name  # shown as an escape, never as the control itself
    assert len(doc.influences) == len(original.influences)
    assert sum(p.reports_to == "gd" for p in doc.stakeholders) == sum(
        p.reports_to == "gd" for p in original.stakeholders)
    assert dropped == {}
    assert repairs[0].endswith(f"kept as {person.name!r}".replace("'", '"'))


def test_a_row_that_cannot_be_mended_is_left_out_and_reported(db_path: Path) -> None:
    doc, repairs, _ = _rescued(
        db_path, "UPDATE stage_changes SET stage='nirvana' WHERE id=(SELECT min(id) FROM "
                 "stage_changes WHERE account_id={aid})")
    assert len(doc.stage_history) == len(_demo_ural().stage_history) - 1
    (repair,) = repairs
    assert repair.startswith("stage_changes row ")
    assert repair.endswith(', column stage: "nirvana": row left out')


def test_a_mended_row_is_never_shared_with_the_customer(db_path: Path) -> None:
    doc, repairs, _ = _rescued(
        db_path, "UPDATE risks SET client_visible=1, internal=0, category='dire' WHERE account_id={aid}")
    assert doc.risks and not any(r.client_visible for r in doc.risks)
    assert all("no longer shared with the customer" in r for r in repairs)


def test_export_rescued_writes_an_importable_file_and_a_report(tmp_path: Path,
                                                             db_path: Path) -> None:
    damaged_db(db_path, "UPDATE stakeholders SET stance='\x1b[2J' WHERE account_id={aid}")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    services = bootstrap(str(db_path), writer=False, create=False)
    out = tmp_path / "ural.json"
    try:
        result, report = export_rescued(services.accounts.database, "demo-ural", out)
        with pytest.raises(NotFound):
            rescue(services.accounts.database, "no-such-account")
    finally:
        services.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before  # read, never written
    assert report == report_path(out) and report.name == "ural.json.rescue.txt"
    text = report.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\\u001b[2J" in text
    assert f"Could not be read ({len(result.damage)} values)" in text
    assert f"main.py import {out} --replace" in text

    fresh = bootstrap(str(tmp_path / "fresh.sqlite"))
    try:
        (imported,) = fresh.accounts.import_documents(fresh.accounts.read_files([out]))
        back = fresh.accounts.snapshot("demo-ural")
    finally:
        fresh.close()
    assert imported.stakeholders == len(_demo_ural().stakeholders)
    assert back.account.name == "ТрансЛогистик Урал"
    assert all(p.stance is None for p in back.stakeholders)


def test_cli_export_says_to_rescue_and_rescue_brings_the_account_back(
        tmp_path: Path, db_path: Path) -> None:
    damaged_db(db_path, DAMAGE["broken_json"][0])
    refused = rapport("export", "demo-ural", "--json", tmp_path / "plain.json", db=db_path)
    assert refused.returncode == 1 and "export --rescue" in refused.stderr
    assert not (tmp_path / "plain.json").exists()
    out = tmp_path / "ural.json"
    done = rapport("export", "demo-ural", "--json", out, "--rescue", db=db_path)
    assert done.returncode == 0, done.stderr
    assert "1 damaged value reported in" in done.stdout
    assert report_path(out).exists()
    replaced = rapport("import", out, "--replace", db=db_path)
    assert replaced.returncode == 0, replaced.stderr
    healthy = rapport("export", "demo-ural", "--json", tmp_path / "again.json", db=db_path)
    assert healthy.returncode == 0, healthy.stderr
    with sqlite3.connect(db_path) as conn:
        (whitespace,) = conn.execute(
            "SELECT whitespace FROM accounts WHERE key='demo-ural'").fetchone()
    conn.close()
    assert whitespace is None or whitespace != "{broken"
