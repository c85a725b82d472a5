"""Schema 0006 (frozen): what can be read of a damaged account's rows.

Migration 0007 uses it so that one damaged account does not stop the upgrade: its
rows are copied, raw, into a private in-memory database; there each damaged cell is
repaired the least invasive way (emptied where the column allows it, set to its
default where it has one, else the row is left out with the rows that depend on it)
and the account is read back. The database being upgraded is never changed by it;
the damaged rows themselves stay in the backup taken before the upgrade.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, Column, Connection, String, create_engine, select, text
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.pool import StaticPool

from app.errors import NotFound, RapportError, cut, quoted, shown
from app.models.account import AccountFile
from app.storage.legacy.convert import account_to_file
from app.storage.legacy.damage import Damage, bad_value, damage_of, readable, rows_of
from app.storage.legacy.orm import Account, Base, Kpi, Objective


@dataclass
class Rescue:
    """The readable part of an account and what was done to get it."""

    key: str
    doc: AccountFile
    damage: list[Damage]
    repairs: list[str] = field(default_factory=list)  # one line per damaged value
    dropped: dict[str, int] = field(default_factory=dict)  # table -> rows left out with them


LEFT_OUT = "row left out"


def rescue(source: Connection, key: str) -> Rescue:
    """The account ``key`` with every damaged value repaired in a private copy.

    Raises NotFound for an unknown account; RapportError when even the repaired
    copy cannot be read (a damage this module does not know how to repair).
    """
    account_id = source.scalar(select(Account.id).where(Account.key == key))
    if account_id is None:
        raise NotFound(f'No account with id "{key}".')
    damage = damage_of(source, account_id)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        return _rescued(source, memory, account_id, key, damage)
    finally:
        memory.close()


def load_document(session: Session, key: str) -> AccountFile:
    """One account of schema 0006 as a document (its collections in a few queries)."""
    account = session.scalar(
        select(Account).where(Account.key == key).options(
            selectinload(Account.stakeholders), selectinload(Account.influences),
            selectinload(Account.stage_history), selectinload(Account.interactions),
            selectinload(Account.person_changes), selectinload(Account.evidence),
            selectinload(Account.team), selectinload(Account.insights),
            selectinload(Account.objectives).selectinload(Objective.milestones),
            selectinload(Account.revenue_plan), selectinload(Account.risks),
            selectinload(Account.actions), selectinload(Account.reviews),
            selectinload(Account.kpis).selectinload(Kpi.values)))
    if account is None:
        raise NotFound(f'No account with id "{key}".')
    return account_to_file(account)


def _rescued(source: Connection, memory: sqlite3.Connection, account_id: int, key: str,
             damage: list[Damage]) -> Rescue:
    engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    try:
        Base.metadata.create_all(engine)
        memory.execute("PRAGMA foreign_keys=OFF")  # rows arrive as stored, damage included
        _copy_rows(source, memory, account_id)
        memory.commit()  # the pragma is ignored inside a transaction
        memory.execute("PRAGMA foreign_keys=ON")  # a row left out takes its dependants
        result = Rescue(key=key, doc=None, damage=damage)  # type: ignore[arg-type]
        before = _counts(memory)
        removed: dict[str, int] = {}
        for item in damage:
            how = _repair(memory, item)
            if how == LEFT_OUT:
                removed[item.table] = removed.get(item.table, 0) + 1
            result.repairs.append(f"{item}: {how}")
        _drop_dangling(memory)
        memory.commit()
        after = _counts(memory)
        for table, count in before.items():
            lost = count - after[table] - removed.get(table, 0)
            if lost > 0:
                result.dropped[table] = lost
        try:
            with Session(engine) as session:
                result.doc = load_document(session, key)
        except (LookupError, ValueError, TypeError) as err:
            raise RapportError(f'Account "{key}" could not be rescued: {err}') from None
        return result
    finally:
        engine.dispose()


def _copy_rows(source: Connection, memory: sqlite3.Connection, account_id: int) -> None:
    for table in Base.metadata.sorted_tables:
        where = rows_of(table)
        if where is None:
            continue
        rows = source.execute(text(f'SELECT * FROM "{table.name}" WHERE {where}'),
                              {"aid": account_id})
        names = list(rows.keys())
        columns = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        memory.executemany(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})',
                           [tuple(row) for row in rows])


def _default(column: Column[Any]) -> Any:
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        value = default.arg  # type: ignore[attr-defined]
        return getattr(value, "value", value)  # an enum member is stored by its value
    return None


def _repair(memory: sqlite3.Connection, item: Damage) -> str:
    """Mend one damaged cell of the copy; says how, for the report.

    A repaired row is never shared with the customer: whatever the damage hid,
    it was not checked for sharing.
    """
    table = Base.metadata.tables[item.table]
    column = table.c[item.column]
    row = _row_id(memory, item)
    if row is None:
        return "already left out"
    how = _mend(memory, item, column, row)
    if how != LEFT_OUT and "client_visible" in table.c and item.column != "client_visible":
        shared = memory.execute(f'SELECT client_visible FROM "{item.table}" WHERE rowid = ?',
                                (row,)).fetchone()
        if shared and shared[0]:
            memory.execute(f'UPDATE "{item.table}" SET client_visible = 0 WHERE rowid = ?',
                           (row,))
            how += " (and no longer shared with the customer)"
    return how


def _mend(memory: sqlite3.Connection, item: Damage, column: Column[Any], row: int) -> str:
    def put(value: Any) -> None:
        memory.execute(f'UPDATE "{item.table}" SET "{item.column}" = ? WHERE rowid = ?',
                       (value, row))

    stored = item.stored
    if isinstance(column.type, String) and isinstance(stored, bytes | int | float):
        if item.column == "key":  # an id must match its pattern: a new one, unique
            kept = f"rescued-{item.table}-{row}"
        elif isinstance(stored, bytes):  # a bit flip in a name: keep what can be read
            kept = "(damaged) " + cut(shown(stored.decode("utf-8", "replace")), 180)
        else:
            kept = str(stored)
        put(kept)
        return f"kept as {quoted(kept)}"
    if column.nullable:
        put(None)
        return "left empty"
    default = _default(column)
    if default is None and isinstance(column.type, Boolean):
        default = False
    if default is not None:
        put(default)
        return f"set to {quoted(default)}"
    memory.execute(f'DELETE FROM "{item.table}" WHERE rowid = ?', (row,))
    return LEFT_OUT


def _row_id(memory: sqlite3.Connection, item: Damage) -> int | None:
    """The copy's rowid of the damaged row: the row named as ``damage_of`` names it,
    whose cell is still bad (two rows may share a key only in damaged data)."""
    column = Base.metadata.tables[item.table].c[item.column]
    cursor = memory.execute(f'SELECT rowid, * FROM "{item.table}"')
    names = [d[0] for d in cursor.description]
    for rowid, *values in cursor.fetchall():
        row = dict(zip(names[1:], values, strict=True))
        if bad_value(column, row[item.column]) and quoted(
                readable(row.get("key", row.get("id")))) == item.row:
            return int(rowid)
    return None


def _drop_dangling(memory: sqlite3.Connection) -> None:
    """References to a row that is not there (a damaged key, a row never stored) are
    emptied where the column allows it; else the referring row goes too."""
    for _ in range(10):  # a chain of dependants empties in a few rounds
        broken: Sequence[tuple[Any, ...]] = memory.execute("PRAGMA foreign_key_check").fetchall()
        if not broken:
            return
        for table, rowid, _parent, fkid in broken:
            columns = [row[3] for row in memory.execute(f'PRAGMA foreign_key_list("{table}")')
                       if row[0] == fkid]
            if all(Base.metadata.tables[table].c[c].nullable for c in columns):
                sets = ", ".join(f'"{c}" = NULL' for c in columns)
                memory.execute(f'UPDATE "{table}" SET {sets} WHERE rowid = ?', (rowid,))
            else:
                memory.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))


def _counts(memory: sqlite3.Connection) -> dict[str, int]:
    return {t.name: memory.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0]
            for t in Base.metadata.sorted_tables if rows_of(t) is not None}
