"""``main.py diff``: what changed in an account since the last review, a day or a version,
as text or as JSON with stable English kinds, on the demo workspace's history."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from app.assessment.changes import KINDS
from tests.cli.test_cli import rapport


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("diff") / "rapport.sqlite"
    assert rapport("demo", db=db).returncode == 0
    return db


def test_json_lists_every_change_with_its_kind_and_day(demo_db: Path) -> None:
    result = rapport("diff", "demo-ural", "--since", "1", "--format", "json", db=demo_db)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found and all(set(c) == {"kind", "subject", "name", "before", "after", "date"}
                         for c in found)
    assert {c["kind"] for c in found} <= set(KINDS)
    today, start = dt.date.today(), dt.date.today() - dt.timedelta(days=180)
    assert all(start <= dt.date.fromisoformat(c["date"]) <= today for c in found)
    # the story of the Ural demo: the procurement head turned blocker
    sokolov = [c for c in found if c["kind"] == "stance_changed"
               and c["name"] == "Игорь Павлович Соколов"]
    assert sokolov and sokolov[0]["after"] == "blocker"


def test_since_the_last_review_by_default_and_fewer_than_half_a_year(demo_db: Path) -> None:
    default = rapport("diff", "demo-northwind", db=demo_db)
    review = rapport("diff", "demo-northwind", "--since", "last-review", db=demo_db)
    longer = rapport("diff", "demo-northwind", "--since", "180d", db=demo_db)
    assert default.returncode == review.returncode == longer.returncode == 0
    assert default.stdout == review.stdout
    assert "changes since" in default.stdout
    assert len(longer.stdout.splitlines()) > len(default.stdout.splitlines())


def test_a_version_number_and_the_words_in_russian(demo_db: Path) -> None:
    env_lang = os.environ.get("RAPPORT_LANG")
    os.environ["RAPPORT_LANG"] = "ru"
    try:
        result = rapport("diff", "demo-ural", "--since", "1", db=demo_db)
    finally:
        if env_lang is None:
            os.environ.pop("RAPPORT_LANG")
        else:
            os.environ["RAPPORT_LANG"] = env_lang
    assert result.returncode == 0, result.stderr
    assert "(версия 1, сохранил(а) " in result.stdout
    assert "отношение к нам" in result.stdout


@pytest.mark.parametrize(("since", "message"), [
    ("yesterday", "is not a version number"), ("99", "has no version 99")])
def test_a_reference_that_names_nothing_exits_1(demo_db: Path, since: str,
                                                message: str) -> None:
    result = rapport("diff", "demo-ural", "--since", since, db=demo_db)
    assert result.returncode == 1 and message in result.stderr
    assert result.stdout == ""
