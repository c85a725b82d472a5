"""account store v2: each account one versioned document (JSON) with its summary
columns, a people index and a history of earlier versions; the relational tables
of schema 0006 go (their content moves, field for field, into the documents)

A damaged account (a value schema 0006 could not read back) does not stop the
upgrade: what can be read is kept, and what could not is listed in the version's
change lines; the damaged rows themselves are in the backup taken before it.

Revision ID: 0007
Revises: 0006
"""
import datetime as dt

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: schema 0006's tables, dependants first
OLD_TABLES = ("kpi_values", "milestones", "actions", "reviews", "kpis", "objectives",
              "risks", "revenue_plan", "insights", "team_members", "interactions",
              "influences", "stage_changes", "person_changes", "stage_evidence",
              "stakeholders", "accounts")
BATCH = 200


def _create_tables() -> None:
    """The tables of ``app.storage.tables`` as they are at this revision."""
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
        sa.Column("saved_by", sa.String(200), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("industry", sa.String(200)),
        sa.Column("owner", sa.String(200)),
        sa.Column("tier", sa.String(32)),
        sa.Column("lifecycle_stage", sa.String(32)),
        sa.Column("relationship_stage", sa.String(32)),
        sa.Column("target_stage", sa.String(32)),
        sa.Column("annual_revenue", sa.Float),
        sa.Column("potential_revenue", sa.Float),
        sa.Column("currency", sa.String(3)),
        sa.Column("people", sa.Integer, nullable=False),
        sa.Column("last_contact", sa.Date),
        sa.Column("changes", sa.Text, nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
        sa.UniqueConstraint("key", name="uq_accounts_key"),
    )
    op.create_table(
        "people",
        sa.Column("account_id", sa.Integer, nullable=False),
        sa.Column("person", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("title", sa.String(200)),
        sa.Column("department", sa.String(200)),
        sa.Column("email", sa.String(200)),
        sa.Column("folded", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("account_id", "person", name="pk_people"),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE",
                                name="fk_people_account_id_accounts"),
    )
    op.create_index("ix_people_name", "people", ["name"])
    op.create_table(
        "account_versions",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
        sa.Column("saved_by", sa.String(200), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("changes", sa.Text, nullable=False),
        sa.Column("document", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_account_versions"),
        sa.UniqueConstraint("key", "version", name="uq_account_versions_key_version"),
    )


def _documents(conn: sa.Connection) -> list[tuple[str, dt.datetime | None, list[str]]]:
    """Every account of schema 0006 as (document JSON, last change, rescue notes)."""
    from app.errors import RapportError
    from app.storage.legacy.rescue import load_document, rescue

    keys = [k for (k,) in conn.execute(sa.text("SELECT key FROM accounts ORDER BY id"))]
    found = []
    for start in range(0, len(keys), BATCH):
        session = Session(bind=conn, join_transaction_mode="create_savepoint")
        try:
            for key in keys[start:start + BATCH]:
                changed = conn.scalar(sa.text("SELECT updated_at FROM accounts WHERE key = :k"),
                                      {"k": key})
                notes: list[str] = []
                try:
                    doc = load_document(session, key)
                except (LookupError, ValueError, TypeError):
                    session.close()  # a fresh one for the rest: this one saw the failure
                    session = Session(bind=conn, join_transaction_mode="create_savepoint")
                    try:
                        saved = rescue(conn, key)
                    except RapportError as err:
                        raise RuntimeError(str(err)) from None
                    doc = saved.doc
                    notes = ["upgraded with damage; could not be read:",
                             *saved.repairs,
                             *(f"left out with them: {n} rows of {t}"
                               for t, n in sorted(saved.dropped.items()))]
                when = changed if isinstance(changed, dt.datetime) else None
                if isinstance(changed, str):
                    try:
                        when = dt.datetime.fromisoformat(changed)
                    except ValueError:
                        when = None
                found.append((doc.model_dump_json(), when, notes))
        finally:
            session.close()
    return found


def upgrade() -> None:
    from app.models.account import AccountFile, stored_rows
    from app.storage.store import AccountStore

    conn = op.get_bind()
    documents = _documents(conn)
    for table in OLD_TABLES:
        op.drop_table(table)
    _create_tables()
    store = AccountStore()
    for text, when, notes in documents:
        with stored_rows():
            doc = AccountFile.model_validate_json(text)
        store.insert(conn, doc, changes="\n".join(["upgraded to the document store", *notes]),
                     now=when)


def downgrade() -> None:
    raise NotImplementedError("schema 0007 cannot be downgraded: restore the backup "
                              "taken before the upgrade (backups/ beside the database)")
