"""stable ids for lines, stage and relationship history, interactions and milestones:
each stored account's entries that have none get ``ln1``, ``st1``, ``ph1``, ``ix1``,
``ms1``… (the next free number of the account), so undo, rebased edits and
selections follow the entry, not its position or content

The version of an account does not change (nothing the user wrote changed); earlier
versions in the history keep their entries without ids, as they were saved.

Revision ID: 0008
Revises: 0007
"""
import json
import re
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: frozen copy of app.models.ids at this revision
PREFIXES = {"influences": "ln", "stage_history": "st", "stakeholder_history": "ph",
            "interactions": "ix"}
MILESTONE_PREFIX = "ms"
BATCH = 200


def _next(prefix: str, taken: set[str]) -> Any:
    pattern = re.compile(rf"{re.escape(prefix)}(\d+)")
    n = max((int(m.group(1)) for key in taken if (m := pattern.fullmatch(key))), default=0)
    while True:
        n += 1
        if f"{prefix}{n}" not in taken:
            yield f"{prefix}{n}"


def _fill(entries: list[dict[str, Any]], prefix: str) -> bool:
    if all(e.get("id") is not None for e in entries):
        return False
    fresh = _next(prefix, {e["id"] for e in entries if e.get("id") is not None})
    for entry in entries:
        if entry.get("id") is None:
            entry["id"] = next(fresh)
    return True


def with_ids(doc: dict[str, Any]) -> bool:
    """Give ids in place; whether any was missing."""
    changed = False
    for section, prefix in PREFIXES.items():
        changed |= _fill(doc.get(section) or [], prefix)
    milestones = [m for o in doc.get("objectives") or [] for m in o.get("milestones") or []]
    changed |= _fill(milestones, MILESTONE_PREFIX)
    # the id first, as the model writes it
    for section in PREFIXES:
        doc[section] = [{"id": e["id"], **e} for e in doc.get(section) or []]
    for objective in doc.get("objectives") or []:
        objective["milestones"] = [{"id": m["id"], **m} for m in objective.get("milestones")
                                   or []]
    return changed


def upgrade() -> None:
    conn = op.get_bind()
    accounts = sa.table("accounts", sa.column("id", sa.Integer),
                        sa.column("document", sa.Text))
    last = 0
    while True:
        rows = conn.execute(sa.select(accounts.c.id, accounts.c.document)
                            .where(accounts.c.id > last).order_by(accounts.c.id)
                            .limit(BATCH)).all()
        if not rows:
            break
        for row in rows:
            last = row.id
            try:
                doc = json.loads(row.document)
            except ValueError:
                continue  # a damaged document: left as it is for the rescue to read
            try:
                if not isinstance(doc, dict) or not with_ids(doc):
                    continue
            except (AttributeError, TypeError, KeyError):
                continue  # entries of the wrong shape: damaged, left for the rescue
            conn.execute(sa.update(accounts).where(accounts.c.id == row.id)
                         .values(document=json.dumps(doc, ensure_ascii=False,
                                                     separators=(",", ":"))))


def downgrade() -> None:
    """Ids are optional in schema 0007's documents: nothing to undo."""
