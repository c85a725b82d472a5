"""The command line as a user runs it: a real process, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import account_doc, dump_database

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def rapport(*args: str | Path, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("RAPPORT_DB", None)
    argv = [sys.executable, str(MAIN), *map(str, args)]
    if db is not None:
        argv += ["--db", str(db)]
    return subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=120)


def write(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_list_export_round_trip(tmp_path: Path, db_path: Path) -> None:
    src = write(tmp_path / "acme.json", account_doc())
    result = rapport("import", src, db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "created acme: Acme Corp (3 stakeholders)"

    listing = rapport("list", db=db_path)
    assert listing.returncode == 0
    header, row = listing.stdout.strip().splitlines()
    assert header.split() == ["ID", "NAME", "TIER", "STAGE", "STAKEHOLDERS"]
    assert row.split() == ["acme", "Acme", "Corp", "Key", "Basic", "3"]

    out = tmp_path / "out.json"
    exported = rapport("export", "Acme Corp", "--json", out, db=db_path)
    assert exported.returncode == 0, exported.stderr
    again = json.loads(out.read_text(encoding="utf-8"))
    original = account_doc()
    assert [s["name"] for s in again["stakeholders"]] == ["王伟", "Ольга Иванова", "Jane Doe"]
    assert again["account"]["annual_revenue"] == original["account"]["annual_revenue"]
    assert again["influences"][0]["source"] == "s3"

    # The exported file imports into a fresh database and exports identically.
    other_db = tmp_path / "other.sqlite"
    assert rapport("import", out, db=other_db).returncode == 0
    out2 = tmp_path / "out2.json"
    assert rapport("export", "acme", "--json", out2, db=other_db).returncode == 0
    assert out2.read_bytes() == out.read_bytes()


def test_existing_account_needs_replace(tmp_path: Path, db_path: Path) -> None:
    src = write(tmp_path / "acme.json", account_doc())
    assert rapport("import", src, db=db_path).returncode == 0
    again = rapport("import", src, db=db_path)
    assert again.returncode == 1
    assert "--replace" in again.stderr and "Traceback" not in again.stderr
    replaced = rapport("import", src, "--replace", db=db_path)
    assert replaced.returncode == 0 and replaced.stdout.startswith("replaced acme")


def _broken(kind: str) -> tuple[Any, str]:
    doc = account_doc()
    if kind == "not json":
        return b"{ this is not json", "not valid JSON"
    if kind == "wrong type":
        doc["stakeholders"][1]["influence"] = "high"
        return doc, "stakeholders[1].influence"
    if kind == "unknown enum":
        doc["stakeholders"][0]["stance"] = "hostile"
        return doc, "stakeholders[0].stance"
    if kind == "unknown key":
        doc["account"]["colour"] = "red"
        return doc, "account.colour: unknown key"
    if kind == "dangling reference":
        doc["stakeholders"][2]["reports_to"] = "s99"
        return doc, 'stakeholders[2].reports_to: unknown id "s99"'
    if kind == "reporting cycle":
        doc["stakeholders"][0]["reports_to"] = "s2"
        return doc, "stakeholders[0].reports_to: reporting cycle s1 → s2 → s1"
    if kind == "duplicate ids":
        doc["stakeholders"][2]["id"] = "s1"
        return doc, 'stakeholders[2].id: duplicate id "s1"'
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["not json", "wrong type", "unknown enum", "unknown key",
                                  "dangling reference", "reporting cycle", "duplicate ids"])
def test_bad_file_exits_1_with_path_and_leaves_database_unchanged(
    kind: str, tmp_path: Path, db_path: Path
) -> None:
    existing = account_doc()
    existing["account"]["id"] = "kept"
    assert rapport("import", write(tmp_path / "kept.json", existing), db=db_path).returncode == 0
    before = dump_database(db_path)

    doc, expected = _broken(kind)
    bad = tmp_path / "bad.json"
    if isinstance(doc, bytes):
        bad.write_bytes(doc)
    else:
        write(bad, doc)
    result = rapport("import", bad, db=db_path)
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert dump_database(db_path) == before


def test_usage_errors_exit_2(db_path: Path) -> None:
    assert rapport("export", "acme", db=db_path).returncode == 2  # --json missing
    assert rapport("frobnicate", db=db_path).returncode == 2


def test_read_only_commands_do_not_create_a_database(tmp_path: Path) -> None:
    typo = tmp_path / "typo" / "rapport.sqlite"
    result = rapport("list", db=typo)
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert not (tmp_path / "typo").exists()


def test_unknown_account_and_missing_file_exit_1(tmp_path: Path, db_path: Path) -> None:
    assert rapport("demo", db=db_path).returncode == 0
    result = rapport("export", "nobody", "--json", tmp_path / "x.json", db=db_path)
    assert result.returncode == 1 and 'No account with id or name "nobody"' in result.stderr
    result = rapport("import", tmp_path / "missing.json", db=db_path)
    assert result.returncode == 1 and "cannot read" in result.stderr


def test_not_a_database_exits_1_and_file_is_untouched(tmp_path: Path) -> None:
    fake = tmp_path / "budget.xlsx"
    fake.write_bytes(b"PK\x03\x04 spreadsheet bytes")
    result = rapport("list", db=fake)
    assert result.returncode == 1
    assert "not a Rapport database" in result.stderr and "Traceback" not in result.stderr
    assert fake.read_bytes() == b"PK\x03\x04 spreadsheet bytes"


def test_demo_then_list_shows_three_scripts(db_path: Path) -> None:
    assert rapport("demo", db=db_path).returncode == 0
    listing = rapport("list", db=db_path).stdout
    for name in ("华东精密制造集团", "ТрансЛогистик Урал", "Northwind Health Systems"):
        assert name in listing


def test_environment_variable_selects_the_database(tmp_path: Path) -> None:
    target = tmp_path / "env.sqlite"
    env = {**os.environ, "RAPPORT_DB": str(target), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, str(MAIN), "demo"], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert target.is_file()


def test_gaps_as_json_for_a_map_without_an_economic_buyer(tmp_path: Path, db_path: Path) -> None:
    doc = account_doc()
    doc["stakeholders"][0]["role"] = "user_buyer"  # nobody holds the budget any more
    assert rapport("import", write(tmp_path / "a.json", doc), db=db_path).returncode == 0
    result = rapport("gaps", "acme", "--format", "json", db=db_path)
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)
    assert all(set(f) == {"kind", "severity", "stakeholders", "message"} for f in findings)
    assert {"kind": "missing_role", "severity": "high"}.items() <= next(
        f for f in findings if f["kind"] == "missing_role" and "economic buyer" in f["message"]
    ).items()
    ids = {s["id"] for s in doc["stakeholders"]}
    assert all(set(f["stakeholders"]) <= ids for f in findings)
    text = rapport("gaps", "Acme Corp", db=db_path)
    assert text.returncode == 0 and "[HIGH  ] missing_role" in text.stdout


def test_map_command_draws_png_and_svg_without_a_display(tmp_path: Path, db_path: Path) -> None:
    assert rapport("demo", db=db_path).returncode == 0
    for name in ("ural.png", "ural.svg"):
        out = tmp_path / name
        result = rapport("map", "ТрансЛогистик Урал", "--out", out, db=db_path)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 5000
    assert (tmp_path / "ural.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "ural.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "<image" not in svg  # vector cards, not pasted bitmaps
    # real, searchable text (a card's lines are texts of their own: words, not phrases)
    assert ">Алексей<" in svg and ">Генеральный<" in svg
    bad = rapport("map", "demo-ural", "--out", tmp_path / "map.gif", db=db_path)
    assert bad.returncode == 1 and "use a .png or .svg" in bad.stderr


def test_map_command_draws_the_legend_unless_told_not_to(tmp_path: Path, db_path: Path) -> None:
    import xml.etree.ElementTree as ET

    def texts(path: Path) -> list[str]:  # read as XML: the file must be well-formed
        root = ET.parse(path).getroot()
        return ["".join(e.itertext()).strip() for e in root.iter() if e.tag.endswith("}text")]

    assert rapport("demo", db=db_path).returncode == 0
    legend = ("Fill: stance toward us", "Champion", "Blocker", "Border: our relationship",
              "Influence: conflict →")
    with_key, without = tmp_path / "key.svg", tmp_path / "bare.svg"
    assert rapport("map", "demo-northwind", "--out", with_key, db=db_path).returncode == 0
    result = rapport("map", "demo-northwind", "--out", without, "--no-legend", db=db_path)
    assert result.returncode == 0, result.stderr
    shown, bare = texts(with_key), texts(without)
    assert all(t in shown for t in legend)
    assert not any(t in bare for t in legend)
    # the map itself: a name on one line or two
    for words in (shown, bare):
        assert "Margaret Ellison" in " ".join(words)
    png, bare_png = tmp_path / "key.png", tmp_path / "bare.png"
    assert rapport("map", "demo-northwind", "--out", png, db=db_path).returncode == 0
    assert rapport("map", "demo-northwind", "--out", bare_png, "--no-legend",
                   db=db_path).returncode == 0
    assert png.stat().st_size > bare_png.stat().st_size


def test_gaps_include_stage_whitespace_health_and_tier_findings(
    tmp_path: Path, db_path: Path
) -> None:
    doc = account_doc(
        whitespace={"units": ["Завод"], "offerings": ["传感器"],
                    "cells": [{"unit": "Завод", "offering": "传感器", "status": "opportunity",
                               "value": 400000}]},
    )
    # key by hand, but EUR 1M current (at the threshold) and 3M potential compute as strategic
    doc["account"].update(potential_revenue=3_000_000, target_stage="cooperative")
    doc["stakeholders"][2]["last_contact"] = doc["interactions"][0]["date"] = "2020-01-10"
    assert rapport("import", write(tmp_path / "a.json", doc), db=db_path).returncode == 0
    result = rapport("gaps", "acme", "--format", "json", db=db_path)
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)
    kinds = {f["kind"] for f in findings}
    assert {"stage_gap", "whitespace", "health_drop", "tier_mismatch"} <= kinds
    [tier] = [f for f in findings if f["kind"] == "tier_mismatch"]
    assert tier["severity"] == "medium" and "Strategic" in tier["message"]
    # 400k is 40 % of the 1M revenue: a material opportunity
    assert any(f["kind"] == "whitespace" and f["severity"] == "medium"
               and "传感器 for Завод" in f["message"] for f in findings)
    # no contact for years: recency and frequency score 0, health is below 40
    [health] = [f for f in findings if f["kind"] == "health_drop"]
    assert health["severity"] == "high"


def test_gaps_follow_the_scoring_settings_stored_in_the_database(
    tmp_path: Path, db_path: Path
) -> None:
    from app.assessment.settings import ScoringSettings
    from app.bootstrap import bootstrap

    assert rapport("import", write(tmp_path / "a.json", account_doc()), db=db_path
                   ).returncode == 0
    services = bootstrap(str(db_path))
    try:  # a threshold nobody can fall below: no churn warning any more
        services.settings.save_scoring(ScoringSettings(churn_threshold=0, drop_points=100))
    finally:
        services.close()
    findings = json.loads(rapport("gaps", "acme", "--format", "json", db=db_path).stdout)
    assert "health_drop" not in {f["kind"] for f in findings}
