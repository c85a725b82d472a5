"""``main.py copy --from URL --to URL``: a whole Rapport database from one store to
another (a laptop's SQLite file up to the team's server, or back), all or nothing.

Every account is copied as stored, with its version number, who saved it when, its
change lines and its kept earlier versions; the workspace settings (scoring, saved
contact mappings) too. The target gets its schema from the migrations like any new
database; one transaction writes everything, so a failure leaves it as it was. A target
that already holds accounts is refused unless ``replace`` (then its accounts, history
and settings are deleted first, in that same transaction).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select

from app.errors import Conflict, DatabaseError, figure
from app.i18n import _, ngettext
from app.storage.database import Database
from app.storage.tables import accounts, people, settings, versions

#: rows sent to the target per statement
BATCH = 200


@dataclass(frozen=True)
class Copied:
    accounts: int
    versions: int
    people: int
    settings: int
    replaced: int


def _count(db: Database, table: object) -> int:
    with db.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table)) or 0)  # type: ignore[arg-type]


def copy_database(source: Database, target: Database, *, replace: bool = False) -> Copied:
    """Copy every account, its history and the settings from ``source`` to ``target``
    in one transaction of ``target``. Conflict if ``target`` has accounts (or a
    history) and not ``replace``; DatabaseError for a document the target refuses."""
    if source.url == target.url and source.path == target.path:
        raise Conflict(_("The source and the target are the same database."))
    existing = _count(target, accounts)
    kept = _count(target, versions)
    if (existing or kept) and not replace:
        raise Conflict(ngettext(
            "{database} already holds {n} account: nothing was copied. Give --replace to "
            "delete what it holds (accounts, history, settings) and copy.",
            "{database} already holds {n} accounts: nothing was copied. Give --replace to "
            "delete what it holds (accounts, history, settings) and copy.", existing).format(
                database=target.display_name, n=figure(existing)))
    account_cols = [c for c in accounts.c if c.name != "id"]
    version_cols = [c for c in versions.c if c.name != "id"]
    totals = {"accounts": 0, "versions": 0, "people": 0, "settings": 0}
    with source.engine.connect() as src, target.transaction() as session:
        dst = session.connection()
        if replace:
            dst.execute(delete(people))
            dst.execute(delete(accounts))
            dst.execute(delete(versions))
            dst.execute(delete(settings))
        rows = src.execute(select(*account_cols).order_by(accounts.c.id))
        ids: dict[str, int] = {}
        while batch := rows.fetchmany(BATCH):
            for row in batch:
                values = row._asdict()
                if isinstance(values["document"], bytes):
                    raise DatabaseError(_('Account "{key}" is damaged in {database}: '
                                          "nothing was copied. Rescue it first (export "
                                          "--rescue, then import).").format(
                                              key=values["key"],
                                              database=source.display_name))
                new_id = dst.execute(insert(accounts).values(**values)
                                     .returning(accounts.c.id)).scalar_one()
                ids[values["key"]] = new_id
            totals["accounts"] += len(batch)
        keys = {row_id: key for key, row_id in src.execute(
            select(accounts.c.key, accounts.c.id))}
        rows = src.execute(select(people).order_by(people.c.account_id, people.c.person))
        while batch := rows.fetchmany(BATCH):
            dst.execute(insert(people), [{**r._asdict(), "account_id": ids[keys[r.account_id]]}
                                         for r in batch])
            totals["people"] += len(batch)
        rows = src.execute(select(*version_cols).order_by(versions.c.id))
        while batch := rows.fetchmany(BATCH):
            dst.execute(insert(versions), [r._asdict() for r in batch])
            totals["versions"] += len(batch)
        rows = src.execute(select(settings))
        while batch := rows.fetchmany(BATCH):
            dst.execute(insert(settings), [r._asdict() for r in batch])
            totals["settings"] += len(batch)
    return Copied(totals["accounts"], totals["versions"], totals["people"],
                  totals["settings"], existing)
