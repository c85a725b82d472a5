"""The store's tables (schema 0007): one row per account holding its document.

The account document (``app.models.account.AccountFile``) is the unit of
consistency: every rule is checked on the whole document, so it is stored whole,
with a ``version`` that a save compares and swaps. Beside it live the columns the
account list and the portfolio sort by (written in the same transaction, never
edited on their own), a people index for search, and earlier versions.

Core tables, no ORM: a save is two statements, a read one, and the rows are
plain values (the ORM's identity map and unit of work would only add cost).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import cast
from sqlalchemy.types import UserDefinedType

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

KEY_LENGTH = 64
NAME_LENGTH = 200
WORD_LENGTH = 32  # a vocabulary value ("strategic", "cooperative")

metadata = MetaData(naming_convention=NAMING_CONVENTION)


class _JsonbText(UserDefinedType[str]):
    """A ``jsonb`` column read and written as text: ``CAST(document AS TEXT)`` and
    ``CAST(:text AS JSONB)``, so the driver never turns it into Python objects."""

    cache_ok = True

    def get_col_spec(self, **_kw: Any) -> str:
        return "JSONB"

    def column_expression(self, colexpr: ColumnElement[Any]) -> ColumnElement[Any]:
        return cast(colexpr, Text)

    def bind_expression(self, bindvalue: Any) -> Any:
        return cast(bindvalue, JSONB)


class DocumentText(TypeDecorator[str]):
    """An account document: JSON text in SQLite, a ``jsonb`` column on PostgreSQL.

    Either way it goes in and comes out as text, so one code path parses and checks
    it (``store.parse_stored``): the driver would hand a ``jsonb`` value over as Python
    objects, which pydantic validates by other (Python, not JSON) rules. PostgreSQL
    checks that what is stored is JSON; its text comes back with each object's keys
    in the server's order, which the document model does not depend on.
    """

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(_JsonbText())
        return dialect.type_descriptor(Text())


accounts = Table(
    "accounts", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(KEY_LENGTH), nullable=False, unique=True),
    #: 1 for a new account; each save adds one (compare-and-swap: see AccountStore.save)
    Column("version", Integer, nullable=False),
    Column("saved_at", DateTime, nullable=False),
    Column("saved_by", String(NAME_LENGTH), nullable=False),
    #: how this version came to be: "import" (a file, a restore, a replacement) or "edit"
    Column("origin", String(16), nullable=False),
    # what the list and the portfolio show and sort by, from the document
    Column("name", String(NAME_LENGTH), nullable=False),
    Column("industry", String(NAME_LENGTH)),
    Column("owner", String(NAME_LENGTH)),
    Column("tier", String(WORD_LENGTH)),
    Column("lifecycle_stage", String(WORD_LENGTH)),
    Column("relationship_stage", String(WORD_LENGTH)),
    Column("target_stage", String(WORD_LENGTH)),
    Column("annual_revenue", Float),
    Column("potential_revenue", Float),
    Column("currency", String(3)),
    Column("people", Integer, nullable=False),
    Column("last_contact", Date),
    # last: a row's small columns come first, so the account list reads them without
    # walking the document's overflow pages
    #: what the edits since the last kept version changed, one line each (newest last)
    Column("changes", Text, nullable=False, default=""),
    #: the validated document as JSON text (a jsonb column on PostgreSQL: DocumentText)
    Column("document", DocumentText, nullable=False),
)

#: who is in which account, for the search box (rebuilt for an account on each save)
people = Table(
    "people", metadata,
    Column("account_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"),
           primary_key=True),
    Column("person", String(KEY_LENGTH), primary_key=True),
    Column("name", String(NAME_LENGTH), nullable=False),
    Column("title", String(NAME_LENGTH)),
    Column("department", String(NAME_LENGTH)),
    Column("email", String(NAME_LENGTH)),
    #: name, title, department and e-mail, case-folded in Python (SQL's lower() knows
    #: only ASCII; "Иванов" and "иванов" must match): what the search box matches
    Column("folded", Text, nullable=False),
)
Index("ix_people_name", people.c.name)

#: earlier versions, zlib-compressed JSON: every import's, and the last of each day an
#: account was edited. Keyed by the account's id text, not its row: a deleted
#: account's history stays readable, and a re-created one continues its numbering.
versions = Table(
    "account_versions", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(KEY_LENGTH), nullable=False),
    Column("version", Integer, nullable=False),
    Column("saved_at", DateTime, nullable=False),
    Column("saved_by", String(NAME_LENGTH), nullable=False),
    Column("origin", String(16), nullable=False),
    Column("changes", Text, nullable=False),
    Column("document", LargeBinary, nullable=False),
    UniqueConstraint("key", "version", name="uq_account_versions_key_version"),
)

settings = Table(
    "settings", metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
