"""Account use cases: what the GUI and the CLI may do to accounts.

Each public method is one user action and one transaction: it either
completes or leaves the database exactly as it was. Callers get plain values
(summaries, profiles, account-file documents), never live ORM objects, so the
views cannot write behind the service's back.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError
from sqlalchemy import Enum, String, bindparam, delete, func, select, type_coerce
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.compiler import SQLCompiler

from app.errors import Conflict, InvalidInput, NotFound, Problem
from app.fileformat import (
    AccountFile,
    AccountRecord,
    account_from_file,
    account_to_file,
    read_account_file,
    write_account_file,
)
from app.fileformat.convert import ACCOUNT_FIELDS
from app.fileformat.reader import integrity_problems, problems_from_validation
from app.fileformat.schema import StageRecord
from app.models.enums import RelationshipStage
from app.models.orm import (
    Account,
    Action,
    Influence,
    Insight,
    Interaction,
    Kpi,
    KpiValue,
    Milestone,
    Objective,
    PersonChange,
    RevenuePlan,
    Review,
    Risk,
    StageChange,
    StageEvidence,
    Stakeholder,
    TeamMember,
)
from app.services.damage import DamagedAccount, damage_of, readable
from app.storage.database import Database

#: Profile fields a user may edit (everything of the account record but its id).
PROFILE_FIELDS: tuple[str, ...] = ACCOUNT_FIELDS


class AccountSummary(NamedTuple):
    """One row of the account list. Vocabulary values are kept as plain strings.

    A NamedTuple because 10,000 of these are built per list refresh: creating
    one costs a fifth of a frozen dataclass (bench/portfolio.py).
    """

    key: str
    name: str
    industry: str | None
    owner: str | None
    tier: str | None
    lifecycle_stage: str | None
    relationship_stage: str | None
    annual_revenue: float | None
    potential_revenue: float | None
    currency: str | None
    stakeholder_count: int


_SUMMARY_COLUMNS = list(AccountSummary._fields)


def _summary_query() -> Any:
    t = Account.__table__.c
    count = (
        select(func.count())
        .select_from(Stakeholder.__table__)
        .where(Stakeholder.__table__.c.account_id == t.id)
        .scalar_subquery()
    )
    cols = []
    for name in _SUMMARY_COLUMNS[:-1]:
        col = t[name]
        # Skip Enum result processing: the list shows labels for raw values anyway.
        cols.append(type_coerce(col, String) if isinstance(col.type, Enum) else col)
    return select(*cols, count)


@dataclass(frozen=True)
class ImportResult:
    key: str
    name: str
    stakeholders: int
    replaced: bool


class AccountService:
    """Accounts in one database."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._compiled: dict[bool, SQLCompiler] = {}  # summary queries: all / by key

    @property
    def database(self) -> Database:
        return self._db

    # -- reading ----------------------------------------------------------------
    def list_summaries(self) -> list[AccountSummary]:
        """Every account's list row: the app's hottest query (10,000 rows in one go)."""
        return self._summaries({})

    def summary(self, key: str) -> AccountSummary:
        rows = self._summaries({"key": key})
        if not rows:
            raise NotFound(f'No account with id "{key}".')
        return rows[0]

    def _summaries(self, params: dict[str, str]) -> list[AccountSummary]:
        """Run the compiled summary query on the DB-API cursor.

        The columns are plain strings and numbers, so SQLAlchemy's per-row result
        processing would only add cost (about half the query time, see bench/).
        """
        by_key = bool(params)
        compiled = self._compiled.get(by_key)
        if compiled is None:
            query = _summary_query()
            if by_key:
                query = query.where(Account.__table__.c.key == bindparam("key"))
            compiled = query.compile(dialect=self._db.engine.dialect)
            assert isinstance(compiled, SQLCompiler)
            self._compiled[by_key] = compiled
        values = compiled.construct_params(params)
        args: Any = (tuple(values[name] for name in compiled.positiontup or ())
                     if compiled.positional else values)
        with self._db.engine.connect() as conn:
            cursor = conn.connection.cursor()
            try:
                cursor.execute(compiled.string, args)
                rows = cursor.fetchall()
            finally:
                cursor.close()
        # A damaged cell (bytes after a bit flip) shows as text that says so, not a crash.
        return [AccountSummary._make(map(readable, row))
                if any(isinstance(v, bytes) for v in row) else AccountSummary._make(row)
                for row in rows]

    def profile(self, key: str) -> AccountRecord:
        with self._db.sessions() as session:
            account = self._get(session, key)
            return AccountRecord(id=account.key, **{f: getattr(account, f) for f in PROFILE_FIELDS})

    def find(self, ident: str) -> str:
        """Resolve an account id or exact name to its id."""
        with self._db.sessions() as session:
            key = session.scalar(select(Account.key).where(Account.key == ident))
            if key is not None:
                return key
            keys = session.scalars(select(Account.key).where(Account.name == ident)).all()
        if not keys:
            raise NotFound(f'No account with id or name "{ident}".')
        if len(keys) > 1:
            raise Conflict(f'{len(keys)} accounts are named "{ident}"; use the id '
                           f"({', '.join(keys)}).")
        return keys[0]

    def snapshot(self, key: str) -> AccountFile:
        """The whole account as an account-file document (for export and undo)."""
        with self._db.sessions() as session:
            try:
                return account_to_file(self._load_full(session, key))
            except (LookupError, ValueError, TypeError) as err:
                # A value the app never writes: name where it is, or it is a bug.
                account_id = session.scalar(select(Account.id).where(Account.key == key))
                if account_id is None:
                    raise
                damage = damage_of(session.connection(), account_id)
                if not damage:
                    raise
                raise DamagedAccount(key, damage) from err

    # -- writing ----------------------------------------------------------------
    def create(self, name: str, **values: Any) -> str:
        """Create an account; returns its new id."""
        key = values.pop("key", None) or f"acc-{uuid.uuid4().hex[:10]}"
        record = self._validated({"id": key, "name": name, **values})
        with self._db.transaction() as session:
            if session.scalar(select(Account.id).where(Account.key == key)) is not None:
                raise Conflict(f'An account with id "{key}" already exists.')
            session.add(Account(key=key, **{f: getattr(record, f) for f in PROFILE_FIELDS}))
        return key

    def update(self, key: str, changes: Mapping[str, Any], *,
               today: dt.date | None = None) -> StageRecord | None:
        """Change profile fields; validated exactly like an imported file.

        A new relationship stage is also written to the stage history, dated
        ``today`` (default: the local date), in the same transaction; that entry
        is returned so that an undo can take it back exactly.
        """
        unknown = set(changes) - set(PROFILE_FIELDS)
        if unknown:
            raise InvalidInput("profile", [Problem(f"account.{u}", "unknown field")
                                           for u in sorted(unknown)])
        with self._db.transaction() as session:
            account = self._get(session, key)
            current = {f: getattr(account, f) for f in PROFILE_FIELDS}
            record = self._validated({"id": key, **current, **changes})
            for f in changes:
                setattr(account, f, getattr(record, f))
            stage = record.relationship_stage
            if "relationship_stage" not in changes or stage in (None, current[
                    "relationship_stage"]):
                return None
            entry = StageRecord(date=today or dt.date.today(), stage=stage)
            account.stage_history.append(StageChange(date=entry.date, stage=entry.stage))
            return entry

    def revert_stage_change(self, key: str, entry: StageRecord | None,
                            stage: RelationshipStage | None) -> None:
        """Undo of a stage change: the stage goes back and the history entry it wrote
        goes away.

        The entry is found by its content (the newest entry of that date and stage),
        not by row id: whole-account edits in between (map, stages tab) rewrite the
        rows, so an id kept from before could name another, real entry.
        """
        with self._db.transaction() as session:
            account = self._get(session, key)
            account.relationship_stage = stage
            if entry is None:
                return
            newest = session.scalar(
                select(StageChange.id)
                .where(StageChange.account_id == account.id, StageChange.date == entry.date,
                       StageChange.stage == entry.stage)
                .order_by(StageChange.id.desc()).limit(1))
            if newest is not None:
                session.execute(delete(StageChange).where(StageChange.id == newest))

    def move_cards(self, key: str, positions: Mapping[str, tuple[float, float] | None]) -> None:
        """Save where cards sit on the stakeholder map (None: back to auto-layout)."""
        with self._db.transaction() as session:
            account = self._get(session, key)
            people = {
                p.key: p for p in session.scalars(
                    select(Stakeholder).where(Stakeholder.account_id == account.id,
                                              Stakeholder.key.in_(list(positions)))
                )
            }
            missing = sorted(set(positions) - set(people))
            if missing:
                raise NotFound(f"No stakeholder with id {', '.join(missing)} in this account.")
            for sid, pos in positions.items():
                if pos is not None and not all(abs(c) <= 1e6 for c in pos):
                    raise InvalidInput("map", [Problem(f"{sid}.position", "is off the map")])
                people[sid].map_x, people[sid].map_y = pos if pos is not None else (None, None)

    def replace_account(self, doc: AccountFile) -> None:
        """Swap in an edited version of a whole account (checked like a file), atomically."""
        problems = integrity_problems(doc.model_dump(mode="json"))
        if problems:
            raise InvalidInput(doc.account.name, problems)
        self.import_documents([doc], replace=True)

    def delete(self, key: str) -> None:
        with self._db.transaction() as session:
            account = self._get(session, key)
            self._delete_graph(session, account.id)

    def restore(self, doc: AccountFile, *, replace: bool = False) -> None:
        """Insert a whole account document (undo of delete, import)."""
        self.import_documents([doc], replace=replace)

    def import_documents(
        self, docs: Sequence[AccountFile], *, replace: bool = False
    ) -> list[ImportResult]:
        """Import several documents in one transaction: all of them or none."""
        with self._db.transaction() as session:
            return self._import(session, docs, replace=replace)

    def remove_and_restore(self, keys: Sequence[str], docs: Sequence[AccountFile]) -> None:
        """Delete accounts and put earlier snapshots back, atomically (undo of an import)."""
        with self._db.transaction() as session:
            for key in keys:
                self._delete_graph(session, self._get(session, key).id)
            session.flush()
            self._import(session, docs, replace=False)

    def _import(
        self, session: Session, docs: Sequence[AccountFile], *, replace: bool
    ) -> list[ImportResult]:
        seen: dict[str, int] = {}
        for i, doc in enumerate(docs):
            if doc.account.id in seen:
                raise Conflict(f'Two of the files have the same account id "{doc.account.id}".')
            seen[doc.account.id] = i
        rows = session.execute(
            select(Account.key, Account.id).where(Account.key.in_(list(seen)))
        )
        existing = {key: pk for key, pk in rows}
        clashes = [k for k in seen if k in existing]
        if clashes and not replace:
            raise Conflict(
                "Already in the database: "
                + ", ".join(f'"{k}"' for k in clashes)
                + ". Use --replace to overwrite (nothing was imported)."
            )
        for key in clashes:
            self._delete_graph(session, existing[key])
        session.flush()
        results = []
        for doc in docs:
            session.add(account_from_file(doc))
            results.append(ImportResult(doc.account.id, doc.account.name,
                                        len(doc.stakeholders), doc.account.id in existing))
        session.flush()
        return results

    def import_files(self, paths: Iterable[Path], *, replace: bool = False) -> list[ImportResult]:
        """Validate every file first; import nothing unless all are valid."""
        return self.import_documents(self.read_files(paths), replace=replace)

    @staticmethod
    def read_files(paths: Iterable[Path]) -> list[AccountFile]:
        """Read and check account files; InvalidInput lists the problems of all of them."""
        docs, problems = [], []
        for path in paths:
            try:
                docs.append(read_account_file(path))
            except InvalidInput as err:
                problems.append(err)
        if problems:
            if len(problems) == 1:
                raise problems[0]
            raise InvalidInput(
                f"{len(problems)} files",
                [Problem(p.source + (": " + str(q.path) if q.path else ""), q.message)
                 for p in problems for q in p.problems],
            )
        return docs

    def export(self, key: str, path: Path) -> AccountFile:
        doc = self.snapshot(key)
        write_account_file(doc, path)
        return doc

    # -- internals --------------------------------------------------------------
    @staticmethod
    def _validated(values: Mapping[str, Any]) -> AccountRecord:
        try:
            return AccountRecord.model_validate(dict(values), strict=False)
        except ValidationError as err:
            raise InvalidInput("profile", problems_from_validation(err, ("account",))) from None

    @staticmethod
    def _get(session: Session, key: str) -> Account:
        account = session.scalar(select(Account).where(Account.key == key))
        if account is None:
            raise NotFound(f'No account with id "{key}".')
        return account

    def _load_full(self, session: Session, key: str) -> Account:
        account = session.scalar(
            select(Account)
            .where(Account.key == key)
            .options(
                selectinload(Account.stakeholders),
                selectinload(Account.influences),
                selectinload(Account.stage_history),
                selectinload(Account.interactions),
                selectinload(Account.person_changes),
                selectinload(Account.evidence),
                # Owners, linked objectives and risks are many-to-one links to rows
                # loaded here, so they come from the identity map without a query.
                selectinload(Account.team),
                selectinload(Account.insights),
                selectinload(Account.objectives).selectinload(Objective.milestones),
                selectinload(Account.revenue_plan),
                selectinload(Account.risks),
                selectinload(Account.actions),
                selectinload(Account.reviews),
                selectinload(Account.kpis).selectinload(Kpi.values),
            )
        )
        if account is None:
            raise NotFound(f'No account with id "{key}".')
        return account

    @staticmethod
    def _delete_graph(session: Session, account_id: int) -> None:
        """Delete with set-based statements (ON DELETE CASCADE does the same on SQLite,
        but being explicit keeps it fast and portable). Rows go before the rows they
        refer to, so no ON DELETE SET NULL has anything left to update."""
        kpis = select(Kpi.id).where(Kpi.account_id == account_id).scalar_subquery()
        session.execute(delete(KpiValue).where(KpiValue.kpi_id.in_(kpis)))
        goals = select(Objective.id).where(Objective.account_id == account_id).scalar_subquery()
        session.execute(delete(Milestone).where(Milestone.objective_id.in_(goals)))
        for table in (Action, Review, Kpi, Objective, Risk, RevenuePlan, Insight, TeamMember,
                      Interaction, Influence, StageChange, PersonChange, StageEvidence):
            session.execute(delete(table).where(table.account_id == account_id)
                            .execution_options(synchronize_session=False))
        session.execute(
            delete(Stakeholder).where(Stakeholder.account_id == account_id)
            .execution_options(synchronize_session=False)
        )
        session.execute(
            delete(Account).where(Account.id == account_id)
            .execution_options(synchronize_session=False)
        )
