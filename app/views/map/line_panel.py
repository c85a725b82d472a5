"""Side panel for one selected influence line: its kind, strength and note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QVBoxLayout, QWidget

from app.models.account import AccountFile
from app.models.enums import InfluenceKind, label
from app.services import map_edits
from app.views.plain import PlainLabel
from app.views.profile_form import WheelGuard

Line = tuple[str, str, str]


class LinePanel(QWidget):
    edited = Signal(object, str, object)  # line (source, target, kind), field, value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._line: Line | None = None
        self._stored: dict[str, Any] = {}
        self._loading = False
        self._guard = WheelGuard(self)
        self.heading = PlainLabel(wrap=True)  # "name → name", as typed
        self.heading.setStyleSheet("font-weight: 600;")
        self.kind = QComboBox()
        for kind in InfluenceKind:
            self.kind.addItem(label(kind), kind.value)
        self.strength = QComboBox()
        self.strength.addItem("—", None)
        for value, text in ((1, self.tr("1 weak")), (2, self.tr("2 medium")),
                            (3, self.tr("3 strong"))):
            self.strength.addItem(text, value)
        for combo in (self.kind, self.strength):
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.installEventFilter(self._guard)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        self.note.installEventFilter(self)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Strength"), self.strength)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        self.kind.currentIndexChanged.connect(lambda _i: self._commit("kind"))
        self.strength.currentIndexChanged.connect(lambda _i: self._commit("strength"))

    def load(self, doc: AccountFile | None, line: Line | None) -> None:
        record = map_edits.influence(doc, line) if doc and line else None
        self._loading = True
        try:
            self._line = line if record is not None else None
            if record is None or doc is None:
                return
            names = {s.id: s.name for s in doc.stakeholders}
            self.heading.setText(f"{names.get(record.source, '?')} → "
                                 f"{names.get(record.target, '?')}")
            self._stored = {"kind": str(record.kind or "informal"),
                            "strength": record.strength, "note": record.note}
            self.kind.setCurrentIndex(max(0, self.kind.findData(self._stored["kind"])))
            self.strength.setCurrentIndex(max(0, self.strength.findData(record.strength)))
            self.note.setPlainText(record.note or "")
        finally:
            self._loading = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self._commit("note")
        return False

    def _commit(self, field: str) -> None:
        if self._loading or self._line is None:
            return
        value: Any = (self.note.toPlainText() or None) if field == "note" else getattr(
            self, field).currentData()
        if value != self._stored.get(field):
            self.edited.emit(self._line, field, value)
