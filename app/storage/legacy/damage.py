"""Damaged rows: which stored cells of an account cannot be read back.

A bit flip or an outside edit can leave a value the app never writes (an unknown
vocabulary value, a date that is not one, broken JSON, bytes where text belongs).
Loading such a row raises deep inside SQLAlchemy or pydantic; ``damage_of`` reads
the account's rows raw and names each bad cell, so the error says where it is.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    String,
    Table,
    text,
)

from app.errors import RapportError, cut, quoted, shown
from app.storage.legacy.orm import Base


@dataclass(frozen=True)
class Damage:
    table: str
    row: str      # the row's key, else its id
    column: str
    value: str    # the stored value, quoted and shortened
    stored: Any = field(default=None, compare=False, repr=False)  # the value itself

    def __str__(self) -> str:
        return f"{self.table} row {self.row}, column {self.column}: {self.value}"


class DamagedAccount(RapportError):
    """An account holds values that cannot be read back; ``damage`` lists them."""

    def __init__(self, key: str, damage: list[Damage]) -> None:
        self.key, self.damage = key, damage
        more = f" (and {len(damage) - 1} more damaged values)" if len(damage) > 1 else ""
        super().__init__(f'Account "{key}" is damaged: {damage[0]}{more}. '
                         "The other accounts are not affected; "
                         "`export --rescue` saves what can be read.")


def readable(value: Any) -> Any:
    """Bytes where text belongs (a damaged cell) as text that says so."""
    if isinstance(value, bytes):
        return "(damaged) " + cut(shown(value.decode("utf-8", "replace")), 60)
    return value


def bad_value(column: Any, value: Any) -> bool:
    if value is None:
        return False
    kind = column.type
    if isinstance(kind, Enum):
        return value not in kind.enums
    if isinstance(kind, DateTime | Date):
        if isinstance(value, dt.date):
            return False
        try:
            (dt.datetime if isinstance(kind, DateTime) else dt.date).fromisoformat(value)
        except (TypeError, ValueError):
            return True
        return False
    if isinstance(kind, JSON):
        if not isinstance(value, str | bytes):
            return False
        try:
            json.loads(value)
        except ValueError:
            return True
        return False
    if isinstance(kind, Boolean):
        return value not in (0, 1)
    if isinstance(kind, Integer):
        return not isinstance(value, int)
    if isinstance(kind, Float):
        return not isinstance(value, int | float)
    if isinstance(kind, String):
        return not isinstance(value, str)
    return False


def rows_of(table: Table) -> str | None:
    """SQL selecting the table's rows of account ``:aid`` (None: not an account's rows)."""
    if table.name == "accounts":
        return "id = :aid"
    if "account_id" in table.c:
        return "account_id = :aid"
    for fk in table.foreign_keys:
        parent = fk.column.table
        if "account_id" in parent.c:
            return (f'"{fk.parent.name}" IN (SELECT id FROM "{parent.name}" '
                    "WHERE account_id = :aid)")
    return None


def damage_of(conn: Connection, account_id: int) -> list[Damage]:
    """Every cell of the account that does not hold what its column type allows."""
    found = []
    for table in Base.metadata.sorted_tables:
        where = rows_of(table)
        if where is None:
            continue
        names = [c.name for c in table.c]
        rows = conn.execute(text(f'SELECT * FROM "{table.name}" WHERE {where}'),
                            {"aid": account_id})
        for row in rows:
            values = dict(zip(row._fields, row, strict=True))
            for name in names:
                if bad_value(table.c[name], values.get(name)):
                    ident = values.get("key", values.get("id"))
                    bad = values[name]
                    found.append(Damage(table.name, quoted(readable(ident)), name,
                                        f"bytes {cut(bad.hex(), 40)}" if isinstance(bad, bytes)
                                        else quoted(bad), bad))
    return found
