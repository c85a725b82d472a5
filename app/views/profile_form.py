"""Profile tab: the account's fields, each saved as soon as the user leaves it.

The form never writes to the database itself. It emits ``edited(field, value)``
and the main window turns that into an undoable command; ``load`` refreshes
the widgets (with signals blocked) from the stored profile.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.fileformat import AccountRecord
from app.models.enums import LifecycleStage, RelationshipStage, Tier, label
from app.views.formatting import money, parse_number

COMMON_CURRENCIES = ["EUR", "USD", "CNY", "RUB", "GBP", "JPY", "CHF", "INR", "BRL", "KZT"]


def _enum_combo(enum_cls: type[StrEnum], allow_empty: bool = True) -> QComboBox:
    combo = QComboBox()
    if allow_empty:
        combo.addItem("—", None)
    for member in enum_cls:
        combo.addItem(label(member), member.value)
    return combo


class ProfileForm(QWidget):
    edited = Signal(str, object)  # field name, new value (None = cleared)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._record: AccountRecord | None = None
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText("Account name (required)")
        self.industry = QLineEdit()
        self.industry.setMaxLength(200)
        self.owner = QLineEdit()
        self.owner.setMaxLength(200)
        self.owner.setPlaceholderText("Account manager on our side")
        self.tier = _enum_combo(Tier)
        self.annual_revenue = QLineEdit()
        self.potential_revenue = QLineEdit()
        for edit in (self.annual_revenue, self.potential_revenue):
            edit.setPlaceholderText("e.g. 1,250,000")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItem("", None)
        for code in COMMON_CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self)
        )
        self.currency.setToolTip("ISO 4217 code, e.g. EUR, USD, CNY, RUB")
        self.lifecycle_stage = _enum_combo(LifecycleStage)
        self.relationship_stage = _enum_combo(RelationshipStage)
        self.target_stage = _enum_combo(RelationshipStage)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("Context, history, what matters to this customer…")
        self.notes.installEventFilter(self)
        self._text_widgets: dict[QObject, str] = {}
        self.error = QLabel()
        self.error.setObjectName("profileError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Name", self.name)
        form.addRow("&Industry", self.industry)
        form.addRow("&Owner", self.owner)
        form.addRow("&Tier", self.tier)
        form.addRow("Annual &revenue", self.annual_revenue)
        form.addRow("&Potential revenue", self.potential_revenue)
        form.addRow("&Currency", self.currency)
        form.addRow("&Lifecycle stage", self.lifecycle_stage)
        form.addRow("Relationship &stage", self.relationship_stage)
        form.addRow("Tar&get stage", self.target_stage)
        form.addRow("No&tes", self.notes)
        body = QWidget()
        body.setMaximumWidth(820)
        body.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(body)

        for field in ("name", "industry", "owner", "annual_revenue", "potential_revenue"):
            line: QLineEdit = getattr(self, field)
            line.editingFinished.connect(lambda f=field: self._commit(f))
        for field in ("tier", "lifecycle_stage", "relationship_stage", "target_stage"):
            combo: QComboBox = getattr(self, field)
            combo.currentIndexChanged.connect(lambda _i, f=field: self._commit(f))
        currency_line = self.currency.lineEdit()
        assert currency_line is not None  # the combo is editable
        currency_line.editingFinished.connect(lambda: self._commit("currency"))
        for field in ("name", "industry", "owner", "annual_revenue", "potential_revenue"):
            self._text_widgets[getattr(self, field)] = field
        self._text_widgets[currency_line] = "currency"
        self._text_widgets[self.notes] = "notes"
        for widget in self._text_widgets:
            widget.installEventFilter(self)
        self.currency.activated.connect(lambda _i: self._commit("currency"))

    # -- public ------------------------------------------------------------------
    def load(self, record: AccountRecord | None) -> None:
        """Show a stored profile (None: empty, disabled form)."""
        self._loading = True
        try:
            self._record = record
            self.setEnabled(record is not None)
            self.show_error("")
            r = record
            self.name.setText(r.name if r else "")
            self.industry.setText((r.industry or "") if r else "")
            self.owner.setText((r.owner or "") if r else "")
            for field in ("tier", "lifecycle_stage", "relationship_stage", "target_stage"):
                combo: QComboBox = getattr(self, field)
                value = getattr(r, field) if r else None
                combo.setCurrentIndex(max(0, combo.findData(value.value if value else None)))
            self.annual_revenue.setText(self._money_text(r.annual_revenue if r else None))
            self.potential_revenue.setText(self._money_text(r.potential_revenue if r else None))
            self.currency.setCurrentText((r.currency or "") if r else "")
            if self.notes.toPlainText() != ((r.notes or "") if r else ""):
                self.notes.setPlainText((r.notes or "") if r else "")
        finally:
            self._loading = False

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def value(self, field: str) -> Any:
        """The widget's current value in the account record's terms."""
        if field in ("name", "industry", "owner"):
            text = getattr(self, field).text()
            return text if field == "name" or text.strip() else None
        if field in ("tier", "lifecycle_stage", "relationship_stage", "target_stage"):
            return getattr(self, field).currentData()
        if field in ("annual_revenue", "potential_revenue"):
            return parse_number(getattr(self, field).text())
        if field == "currency":
            code = self.currency.currentText().strip().upper()
            return code or None
        if field == "notes":
            return self.notes.toPlainText() or None
        raise KeyError(field)

    # -- internals -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._commit("notes")
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo)
                 or event.matches(QKeySequence.StandardKey.Redo))
            and watched in self._text_widgets
            and not self._has_pending_edit(self._text_widgets[watched])
        ):
            # Nothing typed since the last save: Ctrl+Z means the app's undo, not the
            # text field's (which would otherwise swallow it).
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _has_pending_edit(self, field: str) -> bool:
        if self._record is None:
            return False
        try:
            value = self.value(field)
        except ValueError:
            return True
        stored = getattr(self._record, field)
        return value != getattr(stored, "value", stored)

    def _commit(self, field: str) -> None:
        if self._loading or self._record is None:
            return
        try:
            value = self.value(field)
        except ValueError as err:
            self.show_error(str(err))
            return
        stored = getattr(self._record, field)
        if hasattr(stored, "value"):
            stored = stored.value
        if value != stored:
            self.edited.emit(field, value)

    @staticmethod
    def _money_text(value: float | None) -> str:
        if value is None:
            return ""
        return money(value, decimals=0 if value == int(value) else 2)
