"""Profile tab: the account's fields, each saved as soon as the user leaves it.

The form never writes to the database itself. It emits ``edited(field, value)``
and the main window turns that into an undoable command (or calls
:meth:`refuse`). A text field counts as edited only when its text differs from
what the form last showed, so focusing a field and leaving it never rewrites
a stored value.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.account import AccountRecord
from app.models.enums import LifecycleStage, RelationshipStage, Tier, label
from app.views.formatting import number, parse_number
from app.views.i18n import QT_TRANSLATE_NOOP
from app.views.plain import PlainLabel

COMMON_CURRENCIES = ["EUR", "USD", "CNY", "RUB", "GBP", "JPY", "CHF", "INR", "BRL", "KZT"]
LINE_FIELDS = ("name", "industry", "owner", "annual_revenue", "potential_revenue")
CHOICE_FIELDS = ("tier", "lifecycle_stage", "relationship_stage", "target_stage")
TEXT_FIELDS = (*LINE_FIELDS, "currency", "notes")
MONEY_FIELDS = ("annual_revenue", "potential_revenue")


#: what an account field is called in a message ("Set tier to Strategic")
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ProfileForm", "name"),
    "industry": QT_TRANSLATE_NOOP("ProfileForm", "industry"),
    "owner": QT_TRANSLATE_NOOP("ProfileForm", "owner"),
    "tier": QT_TRANSLATE_NOOP("ProfileForm", "tier"),
    "annual_revenue": QT_TRANSLATE_NOOP("ProfileForm", "annual revenue"),
    "potential_revenue": QT_TRANSLATE_NOOP("ProfileForm", "potential revenue"),
    "currency": QT_TRANSLATE_NOOP("ProfileForm", "currency"),
    "lifecycle_stage": QT_TRANSLATE_NOOP("ProfileForm", "lifecycle stage"),
    "relationship_stage": QT_TRANSLATE_NOOP("ProfileForm", "relationship stage"),
    "target_stage": QT_TRANSLATE_NOOP("ProfileForm", "target stage"),
    "notes": QT_TRANSLATE_NOOP("ProfileForm", "notes"),
}


def field_label(field: str) -> str:
    """An account field's name in the language of the windows, lower case."""
    source = FIELD_LABELS.get(field)
    return (QCoreApplication.translate("ProfileForm", source) if source
            else field.replace("_", " "))


class WheelGuard(QObject):
    """Wheel over an unfocused combo box scrolls the page instead of changing data."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget)
                and not watched.hasFocus()):
            event.ignore()
            return True
        return False


class ProfileForm(QWidget):
    edited = Signal(str, object)  # field name, new value (None = cleared)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._record: AccountRecord | None = None
        self._shown: dict[str, str] = {}  # text each text field showed after load()

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Account name (required)"))
        self.industry = QLineEdit()
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Account manager on our side"))
        self.annual_revenue = QLineEdit()
        self.potential_revenue = QLineEdit()
        for field in LINE_FIELDS:
            getattr(self, field).setMaxLength(200)
        for field in MONEY_FIELDS:
            edit: QLineEdit = getattr(self, field)
            edit.setPlaceholderText(self.tr("e.g. {amount}").format(amount=number(1250000)))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._wheel_guard = WheelGuard(self)
        self.tier = self._choice(Tier)
        self.lifecycle_stage = self._choice(LifecycleStage)
        self.relationship_stage = self._choice(RelationshipStage)
        self.target_stage = self._choice(RelationshipStage)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItem("", None)
        for code in COMMON_CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self)
        )
        self.currency.setToolTip(self.tr("ISO 4217 code, e.g. EUR, USD, CNY, RUB"))
        self.currency.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.currency.installEventFilter(self._wheel_guard)
        currency_line = self.currency.lineEdit()
        assert currency_line is not None  # the combo is editable
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Context, history, what matters to this "
                                              "customer…"))
        self.error = PlainLabel(wrap=True)  # quotes what was typed
        self.error.setObjectName("profileError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (self.tr("&Name"), self.name), (self.tr("&Industry"), self.industry),
            (self.tr("&Owner"), self.owner), (self.tr("&Tier"), self.tier),
            (self.tr("Annual &revenue"), self.annual_revenue),
            (self.tr("&Potential revenue"), self.potential_revenue),
            (self.tr("&Currency"), self.currency),
            (self.tr("&Lifecycle stage"), self.lifecycle_stage),
            (self.tr("Relationship &stage"), self.relationship_stage),
            (self.tr("Tar&get stage"), self.target_stage), (self.tr("No&tes"), self.notes),
        ):
            form.addRow(text, widget)
        body = QWidget()
        body.setMaximumWidth(820)
        body.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(body)

        self._editors: dict[QObject, str] = {getattr(self, f): f for f in LINE_FIELDS}
        self._editors[currency_line] = "currency"
        self._editors[self.notes] = "notes"
        for editor, name in self._editors.items():
            editor.installEventFilter(self)
            if isinstance(editor, QLineEdit):
                editor.editingFinished.connect(lambda f=name: self.commit(f))
        self.currency.activated.connect(lambda _i: self.commit("currency"))
        for field in CHOICE_FIELDS:
            choice: QComboBox = getattr(self, field)
            choice.currentIndexChanged.connect(lambda _i, f=field: self.commit(f))

    # -- public ------------------------------------------------------------------
    def load(self, record: AccountRecord | None) -> None:
        """Show a stored profile (None: empty, disabled form).

        Reloading the same account keeps text the user is still typing in
        other fields (an edit saved in one field must not wipe another).
        """
        same = (record is not None and self._record is not None
                and record.id == self._record.id)
        keep = {f for f in TEXT_FIELDS if same and self.is_pending(f)}
        self._loading = True
        try:
            self._record = record
            self.setEnabled(record is not None)
            if not same:
                self.show_error("")
            for field in TEXT_FIELDS:
                text = self._stored_text(field)
                if field not in keep:
                    self._set_text(field, text)
                self._shown[field] = text
            for field in CHOICE_FIELDS:
                combo: QComboBox = getattr(self, field)
                combo.setCurrentIndex(max(0, combo.findData(self.stored(field))))
        finally:
            self._loading = False

    def stored(self, field: str) -> Any:
        """The saved value of a field, vocabulary values as plain strings."""
        if self._record is None:
            return None
        value = getattr(self._record, field)
        return getattr(value, "value", value)

    def value(self, field: str) -> Any:
        """The widget's current value in the account record's terms (ValueError if unreadable)."""
        if field in CHOICE_FIELDS:
            return getattr(self, field).currentData()
        text = self._text(field)
        if field in MONEY_FIELDS:
            return parse_number(text)
        if field == "currency":
            return text.strip().upper() or None
        if field == "name":
            return text
        return text if text.strip() else None

    def is_pending(self, field: str) -> bool:
        """Has the user typed in this field since it was last loaded?"""
        return field in self._shown and self._text(field) != self._shown[field]

    def commit(self, field: str) -> bool:
        """Offer a field's edit for saving; False if it cannot be read (error shown)."""
        if self._loading or self._record is None:
            return True
        if field in TEXT_FIELDS and not self.is_pending(field):
            return True
        try:
            value = self.value(field)
        except ValueError as err:
            self.show_error(self.tr("{field}: {problem}").format(
                field=field_label(field).capitalize(), problem=err))
            return False
        if value == self.stored(field):  # only the formatting differs
            self._set_text(field, self._shown[field])
            return True
        self.show_error("")
        self.edited.emit(field, value)
        return not self.is_pending(field)  # a refused edit stays on screen (see refuse)

    def commit_pending(self) -> bool:
        """Save every field still being typed in; False if one cannot be saved."""
        return all(self.commit(f) for f in TEXT_FIELDS if self.is_pending(f))

    def refuse(self, field: str, message: str) -> None:
        """The edit was not saved: say why and leave the typed text for correcting."""
        self.show_error(self.tr("{field} not changed: {problem}").format(
            field=field_label(field).capitalize(), problem=message))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # -- internals -----------------------------------------------------------------
    def _choice(self, enum_cls: type[StrEnum]) -> QComboBox:
        combo = QComboBox()
        combo.addItem("—", None)
        for member in enum_cls:
            combo.addItem(label(member), member.value)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.installEventFilter(self._wheel_guard)
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = self._editors.get(watched)
        if field is None:
            return False
        if field == "notes" and event.type() == QEvent.Type.FocusOut:
            self.commit("notes")
        elif (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo)
                 or event.matches(QKeySequence.StandardKey.Redo))
            and not self.is_pending(field)
        ):
            # Nothing typed since the last save: Ctrl+Z means the app's undo, not the
            # text field's (which would otherwise swallow it).
            event.ignore()
            return True
        return False

    def _stored_text(self, field: str) -> str:
        value = self.stored(field)
        if value is None:
            return ""
        if field in MONEY_FIELDS:
            return number(value)  # every stored digit, read back as it was
        return str(value)

    def _text(self, field: str) -> str:
        if field == "notes":
            return self.notes.toPlainText()
        if field == "currency":
            return self.currency.currentText()
        text: str = getattr(self, field).text()
        return text

    def _set_text(self, field: str, text: str) -> None:
        if field == "notes":
            if self.notes.toPlainText() != text:
                self.notes.setPlainText(text)
        elif field == "currency":
            self.currency.setCurrentText(text)
        else:
            getattr(self, field).setText(text)
