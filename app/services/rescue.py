"""Rescue a damaged account: what can be read, and a report of what could not.

A stored document that no longer validates (a bit flip, an outside edit) is
mended in memory, the least invasive way: a bad value is dropped (the field
falls back to empty or its default), an entry that cannot stand without it is
left out, and references to what was left out are cleared. A document that is
not even JSON is replaced by its newest readable version from the history.
Mended entries are never shared with the customer. The database is only read.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.atomic import write_atomically
from app.errors import Problem, RapportError, cut, figure, quoted, shown
from app.fileformat.reader import MISSING, integrity_problems, json_path, problems_from_validation
from app.fileformat.writer import dump_account_file
from app.i18n import N_, _, ngettext
from app.models.account import AccountFile, stored_rows
from app.storage.database import Database
from app.storage.store import AccountStore, DamagedAccount

LEFT_OUT = N_("entry left out")
ROUNDS = 1000  # a mend per round; a document has far fewer damaged values


@dataclass
class Rescue:
    """The readable part of an account and what was done to get it."""

    key: str
    doc: AccountFile
    repairs: list[str] = field(default_factory=list)  # one line per mended place

    def report(self, source: str, written: Path, now: dt.datetime | None = None) -> str:
        """The text a user reads (and keeps) beside the rescued file."""
        stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
        count = len(self.repairs)
        lines = [
            _("Rescue of account {key} ({name})").format(key=quoted(self.key),
                                                         name=quoted(self.doc.account.name)),
            _("from {source}, {time}.").format(source=shown(source), time=stamp),
            "",
            _("Written: {path}: everything that could be read.").format(
                path=shown(str(written))),
            _("Bring it back with:"),
            f"    main.py import {shown(str(written))} --replace",
            "",
            ngettext("Could not be read ({n} place):", "Could not be read ({n} places):",
                     count).format(n=figure(count)),
            *(f"- {line}" for line in self.repairs),
        ]
        return "\n".join(lines) + "\n"


def readable(value: Any) -> Any:
    """Bytes where text belongs (a damaged cell) as text that says so."""
    if isinstance(value, bytes):
        return _("(damaged) {text}").format(
            text=cut(shown(value.decode("utf-8", "replace")), 60))
    return value


def report_path(out: Path) -> Path:
    """Where the report goes: beside the rescued file, named after it."""
    return out.with_name(out.name + ".rescue.txt")


def rescue(db: Database, key: str) -> Rescue:
    """The account ``key`` with every damaged value mended in memory."""
    store = AccountStore()
    with db.engine.connect() as conn:
        stored, _version = store.read_text(conn, key)
        repairs: list[str] = []
        if isinstance(stored, bytes):
            repairs.append(_("the stored document is not UTF-8 text: undecodable bytes "
                             "replaced by \ufffd"))
            stored = stored.decode("utf-8", "replace")
        try:
            raw = json.loads(stored)
            if not isinstance(raw, dict):
                raise ValueError(_("not a JSON object"))
        except (ValueError, RecursionError) as err:
            return _from_history(store, conn, key, _(
                "the stored document is not readable JSON ({error})").format(
                    error=cut(str(err), 80)))
    doc = _mended(raw, repairs)
    return Rescue(key, doc, repairs)


def _from_history(store: AccountStore, conn: Any, key: str, why: str) -> Rescue:
    for info in reversed(store.history(conn, key)):
        if info.current:
            continue
        try:
            doc = store.version(conn, key, info.version)
        except DamagedAccount:
            continue
        when = info.saved_at.strftime("%Y-%m-%d %H:%M")
        return Rescue(key, doc, [_("{why}: the newest readable version, {version} of "
                                   "{time}, was used; later changes are lost").format(
                                       why=why, version=info.version, time=when)])
    raise RapportError(_('Account "{key}" could not be rescued: {why}, and no earlier '
                         "version is kept. Restore a backup (File › Restore from "
                         "backup…).").format(key=key, why=why))


def _mended(raw: dict[str, Any], repairs: list[str]) -> AccountFile:
    for _round in range(ROUNDS):
        problems = _problems(raw)
        if not problems:
            with stored_rows():
                return AccountFile.model_validate(raw, strict=False)
        problem = problems[0]
        repairs.append(f"{problem}: {_mend(raw, problem.path)}")
    raise RapportError(_("The account is damaged in too many places to be rescued."))


def _problems(raw: dict[str, Any]) -> list[Problem]:
    try:
        with stored_rows():
            AccountFile.model_validate(raw, strict=False)
    except ValidationError as err:
        return problems_from_validation(err)
    return integrity_problems(raw)


def _steps(path: str) -> list[str | int]:
    steps: list[str | int] = []
    for part in path.replace("]", "").split("."):
        name, *indexes = part.split("[")
        if name:
            steps.append(name)
        steps.extend(int(i) for i in indexes)
    return steps


def _mend(raw: dict[str, Any], path: str) -> str:
    """Drop the value at ``path``; if that cannot stand (a required key, the path
    points nowhere), leave out the nearest list entry around it."""
    steps = _steps(path)
    if not steps or (steps[0] in ("format", "version", "account") and len(steps) <= 2):
        if steps[:1] == ["account"] and len(steps) == 2 and steps[1] not in ("id", "name"):
            raw["account"].pop(steps[1], None)
            return _("left empty")
        raise RapportError(_("The account's own record is damaged ({path}).").format(
            path=json_path(steps)))
    parents: list[tuple[Any, str | int]] = []
    node: Any = raw
    for step in steps:
        parents.append((node, step))
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
    container, last = parents[-1]
    if isinstance(container, dict) and isinstance(last, str) and last in container:
        value = container.pop(last)
        if not any(p.path == path and p.message == _(MISSING) for p in _problems(raw)):
            _unshare(parents)
            return _("left empty")
        container[last] = value  # the entry cannot stand without it
    for holder, index in reversed(parents):
        if isinstance(holder, list) and isinstance(index, int) and index < len(holder):
            del holder[index]
            return _(LEFT_OUT)
    raise RapportError(_("The account cannot be rescued: {path} is damaged.").format(
        path=json_path(steps)))


def _unshare(parents: list[tuple[Any, str | int]]) -> None:
    """A mended entry is not shared: what the damage hid was never checked for it."""
    for holder, _step in parents:
        if isinstance(holder, dict) and holder.get("client_visible"):
            holder["client_visible"] = False


def export_rescued(db: Database, key: str, out: Path) -> tuple[Rescue, Path]:
    """Write the readable part of ``key`` to ``out`` and the report beside it."""
    result = rescue(db, key)
    report = report_path(out)
    write_atomically(out, dump_account_file(result.doc))
    write_atomically(report, result.report(db.display_name, out).encode("utf-8"))
    return result, report
