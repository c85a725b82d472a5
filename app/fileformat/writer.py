"""Write account files atomically (``app.atomic``): no half-written output."""

from __future__ import annotations

from pathlib import Path

from app.atomic import write_atomically
from app.models.account import AccountFile


def dump_account_file(doc: AccountFile) -> bytes:
    return doc.model_dump_json(indent=2).encode("utf-8") + b"\n"


def write_account_file(doc: AccountFile, path: Path) -> None:
    write_atomically(path, dump_account_file(doc))
