"""The multi-line fields of a plan entry (a review's agenda, notes and decisions, a
risk's mitigation, …), edited in full below its table, and whether the entry is
shared with the customer.

A table cell shows one line; these texts are paragraphs and lists. Each field is
saved when it loses focus (or on Ctrl+Enter) as one undoable edit of the entry
whose text it shows, through the section model's ``editRequested`` like a cell;
so is a click on "Shared with customer", the same flag as the table's column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.views.plan.requests import EditRequest

if TYPE_CHECKING:
    from app.views.plan.section import Column, SectionPage

EDITOR_HEIGHT = 96  # px: about five lines


class DetailPanel(QWidget):
    """One text box per long column of ``page``, for the table's current entry, and a
    "Shared with customer" check box when the section has the ``shared`` column."""

    def __init__(self, page: SectionPage, columns: Sequence[Column], select: str,
                 shared: Column | None = None) -> None:
        """``select``: what the boxes say while no entry is selected ("Select a risk to
        see and edit this.")."""
        super().__init__(page)
        self.page = page
        self.select = select
        self.editors: dict[str, QPlainTextEdit] = {}
        #: the row (index into the document's list) the editors' texts belong to
        self.row = -1
        #: that entry as shown, with its account: where a commit lands
        self._target: tuple[str, Any, Any] | None = None
        self._stored: dict[str, str] = {}
        #: texts sent and not yet back as a reloaded entry (no second, identical edit)
        self._sent: dict[str, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.shared_column = shared
        self.shared: QCheckBox | None = None
        #: why the entry cannot be shared ("Internal: never shared …"), plain text
        self.shared_note: QLabel | None = None
        if shared is not None:  # first, beside the texts: the table keeps its height
            self.shared = QCheckBox(self.tr("Shared with customer"))
            self.shared.setObjectName("detail_client_visible")
            self.shared.setToolTip(self.tr("Shared with customer: shown in the client "
                                           "edition PDF; Ctrl+Z undoes it"))
            self.shared.clicked.connect(self._share_clicked)
            self.shared_note = QLabel()
            self.shared_note.setTextFormat(Qt.TextFormat.PlainText)
            self.shared_note.setStyleSheet("color: #5f6b76;")
            self.shared_note.hide()
            box = QVBoxLayout()
            box.addWidget(self.shared)
            box.addWidget(self.shared_note)
            box.addStretch(1)
            layout.addLayout(box)
        for column in columns:
            box = QVBoxLayout()
            label = QLabel(column.title)
            label.setStyleSheet("color: #5f6b76;")
            editor = QPlainTextEdit()
            editor.setObjectName(f"detail_{column.field}")
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(52)  # small windows: the table keeps its room
            editor.setMaximumHeight(EDITOR_HEIGHT)
            editor.setAccessibleName(column.title)
            editor.setToolTip(column.tip or self.tr(
                "{field}: saved when you leave the box (or press Ctrl+Enter); Ctrl+Z undoes "
                "it").format(field=column.title))
            editor.installEventFilter(self)
            label.setBuddy(editor)
            box.addWidget(label)
            box.addWidget(editor)
            layout.addLayout(box, 1)
            self.editors[column.field] = editor
        page.model.modelReset.connect(self.load)
        page.model.dataChanged.connect(lambda *_: self.load())
        page.table.selectionModel().currentRowChanged.connect(lambda *_: self.load())
        self.load()

    def load(self) -> None:
        """Show the current entry's texts (none selected: empty and disabled)."""
        row = self.page.current_row()
        items = self.page.model.items
        item = items[row] if 0 <= row < len(items) else None
        self.row = row if item is not None else -1
        model = self.page.model
        self._target = ((model.doc.account.id, item, model.parent_item)
                        if item is not None and model.doc is not None else None)
        self._stored, self._sent = {}, {}
        for field, editor in self.editors.items():
            text = (getattr(item, field, None) or "") if item is not None else ""
            self._stored[field] = text
            if editor.toPlainText() != text:
                editor.setPlainText(text)
            editor.setEnabled(item is not None)
            editor.setPlaceholderText("" if item is not None else self.select)
        if (self.shared is not None and self.shared_column is not None
                and self.shared_note is not None):
            lock = self.shared_column.lock(item) if item is not None else None
            self.shared.setChecked(item is not None and lock is None
                                   and bool(getattr(item, self.shared_column.field, False)))
            self.shared.setEnabled(item is not None and lock is None)
            self.shared_note.setText(lock.note if lock is not None else "")
            self.shared_note.setToolTip(lock.why if lock is not None else "")
            self.shared_note.setVisible(lock is not None)

    def focus(self, field: str) -> None:
        editor = self.editors.get(field)
        if editor is not None and editor.isEnabled():
            editor.setFocus()
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def commit(self, field: str) -> None:
        """Save the field's text if it differs from the stored one."""
        editor = self.editors[field]
        text = editor.toPlainText()
        if (self.row < 0 or self._target is None
                or text in (self._stored.get(field), self._sent.get(field))):
            return
        # a refused text stays in the box, with the reason above the table
        self._sent[field] = text
        self._send({field: text.strip() or None})

    def _share_clicked(self, checked: bool) -> None:
        if self.row < 0 or self._target is None or self.shared_column is None:
            return
        self._send({self.shared_column.field: checked})

    def _send(self, changes: dict[str, Any]) -> None:
        """Hand an edit of the entry shown on (see ``SectionModel.request``)."""
        assert self._target is not None
        account, item, parent = self._target
        request = EditRequest(account, self.row, item, changes, parent)
        model = self.page.model
        # after the focus has moved: the edit reloads the table the user may be clicking
        if model.pending is not None:
            model.pending.later(lambda: model.editRequested.emit(request))
        else:
            QTimer.singleShot(0, lambda: model.editRequested.emit(request))

    def commit_all(self) -> None:
        for field in self.editors:
            self.commit(field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = next((f for f, e in self.editors.items() if e is watched), None)
        if field is not None:
            if event.type() == QEvent.Type.FocusOut:
                self.commit(field)
            elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                  and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self.commit(field)
                return True
        return super().eventFilter(watched, event)
