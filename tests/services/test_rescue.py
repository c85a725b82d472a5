"""Rescuing a damaged account: what can be read comes out, importable, with a report."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.bootstrap import bootstrap
from app.errors import NotFound, RapportError
from app.models.account import AccountFile
from app.services.demo import demo_documents
from app.services.rescue import Rescue, export_rescued, report_path, rescue
from tests.cli.test_cli import rapport
from tests.cli.test_damaged_rows import DAMAGE, damaged_db


def _demo_ural() -> AccountFile:
    return next(d for d in demo_documents() if d.account.id == "demo-ural")


def _rescued(db_path: Path, damage: object) -> Rescue:
    damaged_db(db_path, damage)  # type: ignore[arg-type]
    services = bootstrap(str(db_path), writer=False, create=False)
    try:
        return rescue(services.accounts.database, "demo-ural")
    finally:
        services.close()


def test_an_unknown_stance_is_left_empty_and_the_rest_kept(db_path: Path) -> None:
    result = _rescued(db_path, DAMAGE["unknown_enum"][0])
    doc, original = result.doc, _demo_ural()
    assert len(doc.stakeholders) == len(original.stakeholders)
    assert len(doc.influences) == len(original.influences)
    assert len(doc.interactions) == len(original.interactions)
    assert doc.stakeholders[0].stance is None and original.stakeholders[0].stance is not None
    assert doc.stakeholders[1:] == original.stakeholders[1:]
    (repair,) = result.repairs
    assert repair.startswith("stakeholders[0].stance:") and "wizard" in repair
    assert repair.endswith(": left empty")


def test_a_bad_date_is_emptied_and_every_action_survives(db_path: Path) -> None:
    doc = _rescued(db_path, DAMAGE["bad_date"][0]).doc
    assert [a.title for a in doc.actions] == [a.title for a in _demo_ural().actions]
    assert doc.actions[1].due is None


def test_an_entry_that_cannot_stand_is_left_out_with_references_to_it(db_path: Path) -> None:
    result = _rescued(db_path, "UPDATE accounts SET document=json_set(document, "
                               "'$.stakeholders[0].name', 42) WHERE id={aid}")
    original = _demo_ural()
    gone = original.stakeholders[0].id
    assert [p.id for p in result.doc.stakeholders] == [p.id for p in original.stakeholders[1:]]
    assert all(gone not in (i.source, i.target) for i in result.doc.influences)
    assert all(p.reports_to != gone for p in result.doc.stakeholders)
    assert result.repairs[0].startswith("stakeholders[0].name:")
    assert result.repairs[0].endswith("entry left out")
    assert len(result.repairs) > 1  # the lines and bosses that named the person


def test_a_mended_entry_is_never_shared_with_the_customer(db_path: Path) -> None:
    result = _rescued(db_path, "UPDATE accounts SET document=json_set(document, "
                               "'$.risks[0].client_visible', json('true'), "
                               "'$.risks[0].internal', json('false'), "
                               "'$.risks[0].category', 'dire') WHERE id={aid}")
    assert not result.doc.risks[0].client_visible
    assert result.doc.risks[0].category is None


def test_a_document_that_is_not_json_is_taken_from_the_newest_kept_version(
        db_path: Path, tmp_path: Path) -> None:
    services = bootstrap(str(db_path))
    services.accounts.import_documents(demo_documents())
    ural = services.accounts.snapshot("demo-ural")
    services.accounts.import_documents([ural.model_copy(update={"interactions": []})],
                                       replace=True)  # the import keeps version 1
    services.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE accounts SET document=substr(document, 1, 100) "
                     "WHERE key='demo-ural'")
    conn.close()
    services = bootstrap(str(db_path), writer=False, create=False)
    try:
        result = rescue(services.accounts.database, "demo-ural")
    finally:
        services.close()
    assert result.doc == ural
    (repair,) = result.repairs
    assert "not readable JSON" in repair and "version, 1 of" in repair


def test_no_readable_version_at_all_is_a_clear_error(db_path: Path) -> None:
    damaged_db(db_path, DAMAGE["broken_json"][0])
    services = bootstrap(str(db_path), writer=False, create=False)
    try:
        with pytest.raises(RapportError, match="could not be rescued.*Restore a backup"):
            rescue(services.accounts.database, "demo-ural")
    finally:
        services.close()


def test_a_flipped_byte_keeps_the_person_with_a_marked_name(db_path: Path) -> None:
    result = _rescued(db_path, DAMAGE["flipped_byte"][0])
    assert len(result.doc.stakeholders) == len(_demo_ural().stakeholders)
    assert "\ufffd" in result.doc.stakeholders[0].name
    assert "not UTF-8" in result.repairs[0]


def test_export_rescued_writes_an_importable_file_and_a_report(tmp_path: Path,
                                                             db_path: Path) -> None:
    damaged_db(db_path, "UPDATE accounts SET document=json_set(document, "
                        "'$.stakeholders[2].stance', char(27) || '[2J') WHERE id={aid}")
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
    assert f"Could not be read ({len(result.repairs)} place)" in text
    assert f"main.py import {out} --replace" in text

    fresh = bootstrap(str(tmp_path / "fresh.sqlite"))
    try:
        (imported,) = fresh.accounts.import_documents(fresh.accounts.read_files([out]))
        back = fresh.accounts.snapshot("demo-ural")
    finally:
        fresh.close()
    assert imported.stakeholders == len(_demo_ural().stakeholders)
    assert back.account.name == "ТрансЛогистик Урал"
    assert back.stakeholders[2].stance is None


def test_cli_export_says_to_rescue_and_rescue_brings_the_account_back(
        tmp_path: Path, db_path: Path) -> None:
    damaged_db(db_path, DAMAGE["unknown_enum"][0])
    out = tmp_path / "ural.json"
    done = rapport("export", "demo-ural", "--json", out, "--rescue", db=db_path)
    assert done.returncode == 0, done.stderr
    assert "1 damaged place reported in" in done.stdout
    assert report_path(out).exists()
    replaced = rapport("import", out, "--replace", db=db_path)
    assert replaced.returncode == 0, replaced.stderr
    healthy = rapport("export", "demo-ural", "--json", tmp_path / "again.json", db=db_path)
    assert healthy.returncode == 0, healthy.stderr
