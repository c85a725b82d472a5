"""Shared fixtures. GUI tests run offscreen; storage tests use real SQLite files."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.bootstrap import Services, bootstrap  # noqa: E402
from app.models.account import AccountFile  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rapport.sqlite"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    s = bootstrap(str(db_path))
    yield s
    s.close()


def account_doc(**overrides: Any) -> dict[str, Any]:
    """A small valid account file as a dict; tests break it on purpose."""
    doc: dict[str, Any] = {
        "format": "rapport-account",
        "version": 1,
        "account": {"id": "acme", "name": "Acme Corp", "tier": "key", "currency": "EUR",
                    "annual_revenue": 1000000, "relationship_stage": "basic"},
        "stakeholders": [
            {"id": "s1", "name": "王伟", "title": "CEO", "role": "economic_buyer",
             "stance": "neutral", "influence": 5, "relationship": 1},
            {"id": "s2", "name": "Ольга Иванова", "title": "CFO", "reports_to": "s1",
             "stance": "skeptic", "influence": 4, "relationship": 2},
            {"id": "s3", "name": "Jane Doe", "reports_to": "s2", "stance": "champion",
             "influence": 2, "relationship": 3, "last_contact": "2026-10-01"},
        ],
        "influences": [{"source": "s3", "target": "s2", "strength": 2, "kind": "informal"}],
        "stage_history": [{"date": "2025-01-10", "stage": "exploratory", "note": "first call"}],
        "interactions": [{"date": "2026-10-01", "stakeholder": "s3", "channel": "call",
                          "summary": "Pilot scope"}],
    }
    doc.update(overrides)
    return doc


def parsed_doc(**overrides: Any) -> AccountFile:
    return AccountFile.model_validate(account_doc(**overrides), strict=False)


def dump_database(path: Path) -> list[str]:
    """Every row of every table, for 'the database is exactly as it was' checks."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def damage_last_pages(path: Path, pages: int = 2) -> bytes:
    """Garble the file's last b-tree pages, as a bad disk or an interrupted copy would.

    The header page stays intact, so the cheap checks pass and only a full
    integrity check notices. Returns the damaged bytes for comparison.
    """
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    for i in range(len(data) - pages * 4096 + 8, len(data)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    return bytes(data)
