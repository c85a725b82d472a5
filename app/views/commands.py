"""Undoable edits. Each command's work is one Workspace call (one transaction).

A command is applied once *before* it is pushed (see :func:`push`), so a
refused edit shows its error and never enters the undo history. A command's text
("Set tier to Strategic") is what Edit › Undo shows: it is in the language of the
windows (context ``Commands``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.errors import Conflict, RapportError
from app.models.account import AccountFile, StageRecord
from app.models.delta import diff
from app.models.enums import label
from app.services.accounts import AccountService, EditConflict
from app.views.profile_form import field_label
from app.views.workspace import MAP_SECTIONS, Workspace

log = logging.getLogger("rapport.views")


class Commands(QObject):
    """Undo texts with a count: lupdate takes plural forms from ``tr()`` alone (the
    context is the same as the other texts', ``Commands``)."""

    def import_files(self, n: int) -> str:
        return self.tr("Import {count} account file(s)", "", n).format(count=n)

    def move_cards(self, n: int) -> str:
        return self.tr("Move {count} cards", "", n).format(count=n)


class WorkspaceCommand(QUndoCommand):
    """Base: ``apply``/``revert`` do the work; errors after the first apply are logged."""

    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.ws = workspace
        self._skip_redo = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, fn: Any) -> None:
        try:
            fn()
        except RapportError as err:  # e.g. the database is busy or was changed elsewhere
            log.error("%s failed: %s", self.text(), err)
            # Drop the command: the stack must never claim a state the database is not in.
            self.setObsolete(True)
            self.ws.failed.emit(QCoreApplication.translate("Commands", "{action}: {problem}")
                                .format(action=self.text(), problem=err))


def push(stack: QUndoStack, command: WorkspaceCommand) -> None:
    """Apply ``command`` now (may raise RapportError) and record it for undo."""
    command.apply()
    command._skip_redo = True
    stack.push(command)


class EditFieldCommand(WorkspaceCommand):
    def __init__(self, ws: Workspace, key: str, field: str, old: Any, new: Any,
                 origin: str = "profile") -> None:
        shown = label(new) if isinstance(new, str) and field.endswith(("stage", "tier")) else new
        if field != "notes" and shown not in (None, ""):
            text = QCoreApplication.translate("Commands", "Set {field} to {value}").format(
                field=field_label(field), value=str(shown)[:40])
        else:
            text = QCoreApplication.translate("Commands", "Set {field}").format(
                field=field_label(field))
        super().__init__(ws, text)
        self.key, self.field, self.old, self.new = key, field, old, new
        self.origin = origin

        self._history_entry: StageRecord | None = None
        #: the version this edit saved: an undo checks nobody changed the field since
        self._saved_version: int | None = None

    def _refuse_if_changed_since(self) -> None:
        """Conflict, naming who, when someone else set the field to something else after
        this edit: undoing it would overwrite their value."""
        stored = self.ws.accounts.read(self.key)
        if stored.version == self._saved_version:
            return
        current = getattr(stored.doc.account, self.field)
        try:
            mine = getattr(AccountService.validated_profile(
                {**stored.doc.account.model_dump(), self.field: self.new}), self.field)
        except RapportError:
            return  # not comparable: the undo's own save checks it
        if current == mine:
            return
        shown = label(current) if self.field.endswith(("stage", "tier")) and current else current
        raise Conflict(QCoreApplication.translate(
            "Commands", "{user} has since changed {field} to “{value}”; undoing would "
            "overwrite their work, so it was not undone.").format(
                user=stored.saved_by or "?", field=field_label(self.field),
                value=str(shown if shown not in (None, "") else "—")[:60]))

    def apply(self) -> None:
        origin, self.origin = self.origin, ""  # a redo is not the view's own edit
        self._history_entry = self.ws.update(self.key, {self.field: self.new}, origin)
        self._saved_version = self.ws.saved_version(self.key)

    def revert(self) -> None:
        self._refuse_if_changed_since()
        if self.field == "relationship_stage":
            # take back the stage-history entry the change wrote, not write another
            self.ws.revert_stage_change(self.key, self._history_entry, self.old)
        else:
            self.ws.update(self.key, {self.field: self.old})


class CreateAccountCommand(WorkspaceCommand):
    def __init__(self, ws: Workspace, name: str, **values: Any) -> None:
        super().__init__(ws, QCoreApplication.translate("Commands", "New account {name}")
                         .format(name=name[:40]))
        self.name, self.values = name, values
        self.key: str | None = None

    def apply(self) -> None:
        self.key = self.ws.create(self.name, key=self.key, **self.values)

    def revert(self) -> None:
        assert self.key is not None
        self.ws.delete(self.key)


class DeleteAccountCommand(WorkspaceCommand):
    def __init__(self, ws: Workspace, key: str) -> None:
        self.snapshot: AccountFile = ws.snapshot(key)
        super().__init__(ws, QCoreApplication.translate("Commands", "Delete account {name}")
                         .format(name=self.snapshot.account.name[:40]))
        self.key = key

    def apply(self) -> None:
        self.ws.delete(self.key)

    def revert(self) -> None:
        self.ws.restore(self.snapshot)


class ImportCommand(WorkspaceCommand):
    """Import files; undo removes what was added and puts back what was replaced."""

    def __init__(self, ws: Workspace, docs: Sequence[AccountFile], existing: set[str]) -> None:
        super().__init__(ws, Commands().import_files(len(docs)))
        self.docs = list(docs)
        self.replaced = [ws.snapshot(d.account.id) for d in docs if d.account.id in existing]

    def apply(self) -> None:
        self.ws.import_documents(self.docs, replace=True)

    def revert(self) -> None:
        self.ws.remove_and_restore([d.account.id for d in self.docs], self.replaced)


class DemoCommand(WorkspaceCommand):
    """Load the demo workspace with its history; undo removes its accounts (their kept
    versions stay in the history, and a redo saves the demo again on top)."""

    def __init__(self, ws: Workspace, keys: Sequence[str]) -> None:
        super().__init__(ws, QCoreApplication.translate("Commands", "Load the demo workspace"))
        self.keys = list(keys)

    def apply(self) -> None:
        self.ws.install_demo(replace=True)

    def revert(self) -> None:
        self.ws.remove_and_restore(self.keys, [])


class MoveCardsCommand(WorkspaceCommand):
    """Cards dragged (or laid out) on the map: one drag is one undo step."""

    def __init__(self, ws: Workspace, key: str,
                 moves: Mapping[str, tuple[tuple[float, float], tuple[float, float]]],
                 text: str | None = None, origin: str = "map") -> None:
        count = len(moves)
        if text is None:  # one card: "Move card", no number
            text = (Commands().move_cards(count) if count > 1
                    else QCoreApplication.translate("Commands", "Move card"))
        super().__init__(ws, text)
        self.key = key
        self.old = {sid: old for sid, (old, _new) in moves.items()}
        self.new = {sid: new for sid, (_old, new) in moves.items()}
        self.origin = origin

    def apply(self) -> None:
        origin, self.origin = self.origin, ""
        self.ws.move_cards(self.key, self.new, origin)

    def revert(self) -> None:
        self.ws.move_cards(self.key, self.old)


class EditDocumentCommand(WorkspaceCommand):
    """An edit of an account document (the map's people and lines, the stage history,
    evidence, white space, the plan). It keeps only what changed (a Delta), so a step
    costs the entries it touched, and its undo takes back only those entries even if
    someone else saved the account in between."""

    def __init__(self, ws: Workspace, before: AccountFile, after: AccountFile,
                 text: str, origin: str = "") -> None:
        super().__init__(ws, text)
        #: the view that made the edit, told with its first apply only
        self.origin = origin
        self.key = before.account.id
        self.delta = diff(before, after)
        self.people = bool(self.delta.sections & MAP_SECTIONS)
        #: the document the view's (validated) edit started from, until the first apply:
        #: applied to that very document, the result needs no second reference check
        self._checked_from: AccountFile | None = before

    def apply(self) -> None:
        checked, self._checked_from = self._checked_from, None
        origin, self.origin = self.origin, ""
        self.ws.apply_delta(self.key, self.delta, self.text(), origin=origin,
                            checked_from=checked)

    def revert(self) -> None:
        # undo=True: when someone has since changed the same entries, it says so (who,
        # what) instead of overwriting their work
        try:
            self.ws.apply_delta(self.key, self.delta.inverse(), QCoreApplication.translate(
                "Commands", "undo: {action}").format(action=self.text()), undo=True)
        except EditConflict as err:
            if not err.undo:
                raise
            raise Conflict(QCoreApplication.translate(
                "Commands", "{user} has since changed what “{action}” changed (the account "
                "is now at version {version}); undoing it would overwrite their work, so it "
                "was not undone. {reason}").format(
                    user=err.current.saved_by or "?", action=self.text(),
                    version=err.current.version, reason=err.reason)) from None
