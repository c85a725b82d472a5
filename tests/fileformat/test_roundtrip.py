"""Export then import reproduces every field of an account, in every script."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bootstrap import Services, bootstrap
from app.fileformat import AccountFile, parse_account_file
from app.fileformat.writer import dump_account_file
from app.models.enums import (
    BuyingRole,
    Channel,
    Evidence,
    FitCriterion,
    InfluenceKind,
    LifecycleStage,
    RelationshipStage,
    Stance,
    Tier,
    WhitespaceStatus,
)

# Latin, Cyrillic, CJK, punctuation, symbols and emoji: what users really type.
LINE_ALPHABET = st.characters(
    codec="utf-8", categories=["L", "N", "P", "S", "Zs"]
) | st.sampled_from(list("王李张刘陈杨黄赵吴周ЖжЩщЁёЯя "))
LINE = st.text(LINE_ALPHABET, max_size=40)  # names, titles: single line
TEXT = st.text(LINE_ALPHABET | st.sampled_from(["\n", "\t"]), max_size=60)  # notes
NAME = LINE.filter(lambda s: s.strip() != "")
ID = st.text(st.characters(codec="utf-8", categories=["L", "N"]) | st.sampled_from("-_."),
             min_size=1, max_size=12)
MONEY = st.none() | st.floats(min_value=0, max_value=1e15, allow_nan=False)
COORD = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
DATE = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def account_files(draw: st.DrawFn) -> AccountFile:
    ids = draw(st.lists(ID, min_size=0, max_size=8, unique=True))
    stakeholders = []
    for i, sid in enumerate(ids):
        # reports_to only points at earlier people: never a cycle
        boss = draw(maybe(st.sampled_from(ids[:i]))) if i else None
        stakeholders.append({
            "id": sid, "name": draw(NAME), "title": draw(maybe(LINE)),
            "department": draw(maybe(LINE)), "role": draw(maybe(st.sampled_from(BuyingRole))),
            "stance": draw(maybe(st.sampled_from(Stance))),
            "influence": draw(maybe(st.integers(1, 5))),
            "relationship": draw(maybe(st.integers(0, 4))), "reports_to": boss,
            "our_owner": draw(maybe(LINE)), "last_contact": draw(maybe(DATE)),
            "notes": draw(maybe(TEXT)),
            "position": draw(maybe(st.fixed_dictionaries({"x": COORD, "y": COORD}))),
        })
    influences = []
    if len(ids) >= 2:
        for _ in range(draw(st.integers(0, 5))):
            src, dst = draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True))
            influences.append({"source": src, "target": dst,
                               "strength": draw(maybe(st.integers(1, 3))),
                               "kind": draw(maybe(st.sampled_from(InfluenceKind))),
                               "note": draw(maybe(TEXT))})
    history = []
    for _ in range(draw(st.integers(0, 4)) if ids else 0):
        field = draw(st.sampled_from(["stance", "relationship"]))
        values = st.sampled_from(Stance) if field == "stance" else st.integers(0, 4)
        history.append({"date": draw(DATE), "stakeholder": draw(st.sampled_from(ids)),
                        "field": field, "old": draw(maybe(values)), "new": draw(maybe(values)),
                        "note": draw(maybe(TEXT))})
    evidence = [{"criterion": c, "date": draw(maybe(DATE)), "note": draw(maybe(TEXT))}
                for c in draw(st.lists(st.sampled_from(Evidence), unique=True, max_size=4))]
    selection = draw(maybe(st.fixed_dictionaries(
        {c.value: maybe(st.integers(1, 5)) for c in FitCriterion} | {"note": maybe(TEXT)})))
    whitespace = None
    if draw(st.booleans()):
        units = draw(st.lists(NAME, unique=True, max_size=4))
        offerings = draw(st.lists(NAME, unique=True, max_size=4))
        cells = []
        for unit in units:
            for offering in offerings:
                status = draw(maybe(st.sampled_from(WhitespaceStatus)))
                if status is None:
                    continue  # not yet assessed
                value = draw(MONEY) if status == WhitespaceStatus.OPPORTUNITY else None
                cells.append({"unit": unit, "offering": offering, "status": status,
                              "value": value, "note": draw(maybe(TEXT))})
        whitespace = {"units": units, "offerings": offerings, "cells": cells}
    return AccountFile.model_validate({
        "format": "rapport-account", "version": 1,
        "account": {
            "id": draw(ID), "name": draw(NAME), "industry": draw(maybe(LINE)),
            "owner": draw(maybe(LINE)), "tier": draw(maybe(st.sampled_from(Tier))),
            "annual_revenue": draw(MONEY), "potential_revenue": draw(MONEY),
            "currency": draw(maybe(st.sampled_from(["EUR", "USD", "CNY", "RUB"]))),
            "lifecycle_stage": draw(maybe(st.sampled_from(LifecycleStage))),
            "relationship_stage": draw(maybe(st.sampled_from(RelationshipStage))),
            "target_stage": draw(maybe(st.sampled_from(RelationshipStage))),
            "notes": draw(maybe(TEXT)),
        },
        "stakeholders": stakeholders,
        "influences": influences,
        "stage_history": [
            {"date": draw(DATE), "stage": draw(st.sampled_from(RelationshipStage)),
             "note": draw(maybe(TEXT))} for _ in range(draw(st.integers(0, 3)))
        ],
        "interactions": [
            {"date": draw(DATE), "stakeholder": draw(maybe(st.sampled_from(ids))) if ids else None,
             "channel": draw(maybe(st.sampled_from(Channel))), "summary": draw(maybe(TEXT))}
            for _ in range(draw(st.integers(0, 3)))
        ],
        "stakeholder_history": history,
        "stage_evidence": evidence,
        "selection": selection,
        "whitespace": whitespace,
    }, strict=False)


@pytest.fixture(scope="module")
def shared_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    s = bootstrap(str(tmp_path_factory.mktemp("roundtrip") / "rapport.sqlite"))
    yield s
    s.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.data_too_large])
@given(doc=account_files())
def test_file_to_database_to_file_is_lossless(
    shared_services: Services, doc: AccountFile, tmp_path_factory: pytest.TempPathFactory
) -> None:
    accounts = shared_services.accounts
    # The written file is what a user keeps: it must parse back to the same document.
    assert parse_account_file(dump_account_file(doc)) == doc
    accounts.import_documents([doc], replace=True)
    out = tmp_path_factory.mktemp("export") / "out.json"
    exported = accounts.export(doc.account.id, out)
    assert exported == doc
    assert parse_account_file(out.read_bytes()) == doc
    accounts.delete(doc.account.id)


def test_cjk_and_cyrillic_are_written_as_readable_utf8(tmp_path: Path, services: Services) -> None:
    from tests.conftest import parsed_doc

    services.accounts.import_documents([parsed_doc()])
    out = tmp_path / "acme.json"
    services.accounts.export("acme", out)
    text = out.read_text(encoding="utf-8")
    assert '"name": "王伟"' in text and '"name": "Ольга Иванова"' in text
