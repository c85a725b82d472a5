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
from app.fileformat import parse_account_file
from app.fileformat.writer import dump_account_file
from app.models.account import AccountFile
from app.models.enums import (
    ActionStatus,
    BuyingRole,
    Channel,
    Escalation,
    Evidence,
    FitCriterion,
    InfluenceKind,
    InsightKind,
    LifecycleStage,
    ObjectiveStatus,
    RelationshipStage,
    RiskCategory,
    RiskStatus,
    Stance,
    TeamRole,
    Tier,
    WhitespaceStatus,
)
from app.models.ids import with_ids

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
FINITE = st.floats(allow_nan=False, allow_infinity=False)
#: as people write them: "+7 (495) 123-45-67", "138 0013 8000 доб. 12"
PHONE = st.from_regex(r"\+?[0-9]{1,3}( ?\(?[0-9]{2,4}\)?)?[ -]?[0-9]{3}[ -]?[0-9]{2,4}"
                      r"( (ext\.|доб\.) [0-9]{1,4})?", fullmatch=True)


def with_some_ids(draw: st.DrawFn, entries: list[dict[str, Any]], prefix: str
                  ) -> list[dict[str, Any]]:
    """Ids on some entries, as a file written by hand may have (the rest get theirs
    on import)."""
    return [{"id": f"{prefix}{i}", **e} if draw(st.booleans()) else e
            for i, e in enumerate(entries)]


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def refs(keys: list[str]) -> st.SearchStrategy[Any]:
    """None or one of ``keys`` (always None when there are none)."""
    return maybe(st.sampled_from(keys)) if keys else st.none()


def some(keys: list[str]) -> st.SearchStrategy[list[str]]:
    """A list of ``keys`` in any order; repeats are allowed by the format."""
    return st.lists(st.sampled_from(keys), max_size=4) if keys else st.just([])


@st.composite
def plans(draw: st.DrawFn, people: list[str]) -> dict[str, Any]:
    """Every plan section, with references only to entries that exist."""
    def ids(max_size: int) -> list[str]:
        return draw(st.lists(ID, max_size=max_size, unique=True))

    team, goals, risks, actions = ids(4), ids(3), ids(4), ids(5)
    team_names = draw(st.lists(NAME, min_size=len(team), max_size=len(team),
                               unique_by=lambda n: " ".join(n.split()).casefold()))
    quarters = draw(st.lists(st.tuples(st.integers(1990, 2200), st.integers(1, 4)),
                             max_size=5, unique=True))
    return {
        "team": [{"id": k, "name": name, "role": draw(maybe(st.sampled_from(TeamRole))),
                  "email": draw(maybe(st.emails())), "notes": draw(maybe(TEXT))}
                 for k, name in zip(team, team_names, strict=True)],
        "insights": [{"id": k, "kind": draw(st.sampled_from(InsightKind)),
                      "text": draw(TEXT.filter(lambda s: s.strip() != "")),
                      "confirmed": draw(st.booleans()),
                      "value_proposition": draw(maybe(TEXT))} for k in ids(3)],
        "objectives": [{
            "id": k, "title": draw(NAME), "measure": draw(maybe(LINE)),
            "target_value": draw(maybe(FINITE)), "target_date": draw(maybe(DATE)),
            "owner": draw(refs(team)), "status": draw(maybe(st.sampled_from(ObjectiveStatus))),
            "milestones": with_some_ids(draw, [
                {"title": draw(NAME), "due": draw(maybe(DATE)), "done": draw(st.booleans())}
                for _ in range(draw(st.integers(0, 3)))], f"ms-{k}-"),
            "notes": draw(maybe(TEXT)),
        } for k in goals],
        "revenue_plan": [{"year": y, "quarter": q, "planned": draw(MONEY),
                          "actual": draw(MONEY)} for y, q in quarters],
        "risks": [{
            "id": k, "title": draw(NAME), "category": draw(maybe(st.sampled_from(RiskCategory))),
            "likelihood": draw(maybe(st.integers(1, 5))), "impact": draw(maybe(st.integers(1, 5))),
            "mitigation": draw(maybe(TEXT)), "owner": draw(refs(team)),
            "escalation": draw(maybe(st.sampled_from(Escalation))),
            "status": draw(maybe(st.sampled_from(RiskStatus))), "internal": draw(st.booleans()),
            "notes": draw(maybe(TEXT)),
        } for k in risks],
        "actions": [{
            "id": k, "title": draw(NAME), "owner": draw(refs(team)), "due": draw(maybe(DATE)),
            "status": draw(maybe(st.sampled_from(ActionStatus))), "objective": draw(refs(goals)),
            "risk": draw(refs(risks)), "stakeholder": draw(refs(people)),
            "notes": draw(maybe(TEXT)),
        } for k in actions],
        "reviews": [{
            "id": k, "date": draw(DATE), "title": draw(maybe(LINE)), "held": draw(st.booleans()),
            "agenda": draw(maybe(TEXT)), "our_attendees": draw(some(team)),
            "their_attendees": draw(some(people)), "notes": draw(maybe(TEXT)),
            "decisions": draw(maybe(TEXT)), "follow_ups": draw(some(actions)),
        } for k in ids(3)],
        "kpis": [{
            "id": k, "name": draw(NAME), "unit": draw(maybe(LINE)), "target": draw(maybe(FINITE)),
            "higher_is_better": draw(st.booleans()),
            "values": [{"date": d, "value": draw(FINITE)}
                       for d in draw(st.lists(DATE, max_size=4, unique=True))],
        } for k in ids(3)],
    }


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
            "email": draw(maybe(st.emails())), "phone": draw(maybe(PHONE)),
            "messengers": draw(maybe(st.fixed_dictionaries(
                {}, optional={k: NAME for k in ("wechat", "telegram", "whatsapp", "linkedin",
                                                "dingtalk", "other")}))),
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
        "influences": with_some_ids(draw, influences, "line-"),
        "stage_history": with_some_ids(draw, [
            {"date": draw(DATE), "stage": draw(st.sampled_from(RelationshipStage)),
             "note": draw(maybe(TEXT))} for _ in range(draw(st.integers(0, 3)))
        ], "stage-"),
        "interactions": with_some_ids(draw, [
            {"date": draw(DATE), "stakeholder": draw(maybe(st.sampled_from(ids))) if ids else None,
             "participants": draw(some(ids)),
             "channel": draw(maybe(st.sampled_from(Channel))), "summary": draw(maybe(TEXT))}
            for _ in range(draw(st.integers(0, 3)))
        ], "ix"),
        "stakeholder_history": with_some_ids(draw, history, "ph"),
        "stage_evidence": evidence,
        "selection": selection,
        "whitespace": whitespace,
        **draw(plans(ids)),
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
    # every field as written; lines and log entries that had no id now have one
    assert exported == with_ids(doc)
    assert parse_account_file(out.read_bytes()) == exported
    accounts.delete(doc.account.id)


def test_cjk_and_cyrillic_are_written_as_readable_utf8(tmp_path: Path, services: Services) -> None:
    from tests.conftest import parsed_doc

    services.accounts.import_documents([parsed_doc()])
    out = tmp_path / "acme.json"
    services.accounts.export("acme", out)
    text = out.read_text(encoding="utf-8")
    assert '"name": "王伟"' in text and '"name": "Ольга Иванова"' in text
