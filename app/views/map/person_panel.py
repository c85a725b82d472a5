"""Side panel: the selected person's details, each saved when the user leaves the field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.assessment.people import PersonStep, person_timeline
from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import RELATIONSHIP_LABELS, BuyingRole, Stance, label
from app.models.messengers import messengers_text, parse_messengers
from app.views.plain import PlainLabel
from app.views.profile_form import WheelGuard

TEXT = ("name", "title", "department", "our_owner", "email", "phone")
#: the fields typed in, saved when the user presses Enter or leaves them
TYPED = (*TEXT, "messengers", "last_contact", "notes")
MOVES_SHOWN = 4
#: the narrowest a field may be beside its label, in average characters (a full Russian
#: name): narrower, and every label goes above its field, so that neither a long label
#: nor a value is ever cut
FIELD_CHARS = 26


def replaced_notice() -> str:
    """Shown when the account was replaced from outside while something was typed here."""
    return QCoreApplication.translate(
        "PersonPanel", "This account was replaced outside Rapport (an import or a restore) "
        "while you were typing. What you typed is kept here, not saved: press Enter (or "
        "leave the field) to save it to the new version, or Esc to drop it.")


def _movement(step: PersonStep) -> str:
    """'Stance: Neutral → Supporter, 2026-03-14'."""
    def shown(value: str | int | None) -> str:
        if isinstance(value, int):
            return RELATIONSHIP_LABELS.get(value, str(value))
        return label(value) or "—"

    if step.field == "stance":
        text = QCoreApplication.translate("PersonPanel", "Stance: {old} → {new}, {date}")
    else:
        text = QCoreApplication.translate("PersonPanel", "Relationship: {old} → {new}, {date}")
    return text.format(old=shown(step.old), new=shown(step.new), date=step.date.isoformat())


def _fit_popup(combo: QComboBox) -> None:
    """Let the list of a narrow choice be as wide as its longest entry."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)


_WHEEL_GUARD = WheelGuard()  # the wheel over an unfocused choice scrolls, never edits


class PersonPanel(QWidget):
    edited = Signal(str, str, object)  # stakeholder id, field, new value
    #: "Log interaction…": the person's id
    logRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person: StakeholderRecord | None = None
        self._loading = False
        #: the map shows an earlier version: the fields show, nothing can be changed
        self.read_only = False
        self.heading = PlainLabel(wrap=True)  # the person's name, as typed (a long one wraps)
        self.heading.setStyleSheet("font-weight: 600;")
        (self.name, self.title, self.department, self.our_owner, self.email,
         self.phone) = (QLineEdit() for _ in TEXT)
        for edit in (self.name, self.title, self.department, self.our_owner, self.email):
            edit.setMaxLength(200)
        self.phone.setMaxLength(60)
        self.email.setPlaceholderText("name@company.com")
        self.phone.setPlaceholderText("+7 495 123-45-67")
        self.messengers = QLineEdit()
        self.messengers.setPlaceholderText("wechat: li_wei · telegram: @li")
        self.messengers.setToolTip(self.tr("service: handle, several separated by · or ; "
                                           "(WeChat, Telegram, WhatsApp, LinkedIn, DingTalk, "
                                           "Other)"))
        for edit in (self.email, self.phone, self.messengers):
            edit.setToolTip((edit.toolTip() + "\n" if edit.toolTip() else "")
                            + self.tr("Contact details are never shown in the client "
                                      "edition"))
        # our own words are shown whole (the side is made wide enough for the longest,
        # "Экономический покупатель"); a name to report to is cut if it must be
        self.role = self._combo([(label(r), r.value) for r in BuyingRole], whole=True)
        self.stance = self._combo([(label(s), s.value) for s in Stance], whole=True)
        self.influence = self._combo([(self.tr("{level} of 5").format(level=i), i)
                                      for i in range(1, 6)], whole=True)
        self.relationship = self._combo([(f"{i} {RELATIONSHIP_LABELS[i]}", i)
                                         for i in range(5)], whole=True)
        self.reports_to = self._combo([])
        self.last_contact = QLineEdit()
        self.last_contact.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.log_button = QPushButton(self.tr("Log interaction…"))
        self.log_button.setToolTip(self.tr("Note a meeting, call or e-mail with this person; "
                                           "their last contact follows"))
        self.log_button.clicked.connect(
            lambda: self._person is not None and self.logRequested.emit(self._person.id))
        self.error = PlainLabel(wrap=True)  # quotes what was typed
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        #: how this relationship moved (latest changes), read-only
        self.moved = PlainLabel(wrap=True)
        #: the account was replaced under what is being typed (see keep_typed)
        self.notice = PlainLabel(wrap=True)
        self.notice.setObjectName("replacedNotice")
        self.notice.setStyleSheet("background: #fff4e5; color: #663c00; padding: 6px; "
                                  "border-radius: 4px;")
        self.notice.hide()
        self.moved.setStyleSheet("color: #5f6b76;")
        self.form = QFormLayout()
        # the fields take the width there is; a label wraps rather than being cut
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        #: the label of each field, by field name
        self.labels: dict[str, QLabel] = {}
        for field, text in (("name", self.tr("Name")), ("title", self.tr("Title")),
                            ("department", self.tr("Department")),
                            ("role", self.tr("Role")), ("stance", self.tr("Stance")),
                            ("influence", self.tr("Influence")),
                            ("relationship", self.tr("Our relationship")),
                            ("reports_to", self.tr("Reports to")),
                            ("our_owner", self.tr("Owner on our side")),
                            ("last_contact", self.tr("Last contact")),
                            ("email", self.tr("E-mail")), ("phone", self.tr("Phone")),
                            ("messengers", self.tr("Messengers")),
                            ("notes", self.tr("Notes"))):
            widget = getattr(self, field)
            caption = QLabel(text)  # our own words, never user data
            caption.setWordWrap(True)
            caption.setBuddy(widget)
            self.labels[field] = caption
            self.form.addRow(caption, widget)
            widget.installEventFilter(self)  # focus: scrolled into view
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.layout_margins = layout.contentsMargins()
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addLayout(self.form)
        layout.addWidget(self.moved)
        layout.addStretch(1)
        for field in (*TEXT, "messengers", "last_contact"):
            getattr(self, field).editingFinished.connect(lambda f=field: self._commit(f))
        for field in ("role", "stance", "influence", "relationship", "reports_to"):
            getattr(self, field).currentIndexChanged.connect(lambda _i, f=field: self._commit(f))
        self._fit_rows(self.width())
        self.load(None, None)

    def set_read_only(self, read_only: bool) -> None:
        """Show the fields without letting them change (the map as it was on a day):
        texts stay selectable, lists are greyed, "Log interaction…" is hidden."""
        self.read_only = read_only
        for field in (*TEXT, "messengers", "last_contact"):
            getattr(self, field).setReadOnly(read_only)
        self.notes.setReadOnly(read_only)
        for field in ("role", "stance", "influence", "relationship", "reports_to"):
            getattr(self, field).setEnabled(not read_only)
        self.log_button.setVisible(not read_only)

    # -- a form that never cuts a label ------------------------------------------------
    def _widest_field(self) -> int:
        """The narrowest a field may be: :data:`FIELD_CHARS` average characters, or the
        longest choice of a list of our own words."""
        return max(self.fontMetrics().averageCharWidth() * FIELD_CHARS,
                   *(getattr(self, f).minimumSizeHint().width() for f in self.labels))

    def narrowest_width(self) -> int:
        """The narrowest the panel may be (labels above the fields): no value cut."""
        margins = self.layout_margins
        return self._widest_field() + margins.left() + margins.right()

    def side_by_side_width(self) -> int:
        """The narrowest the panel may be with labels beside their fields: the longest
        label, the spacing, and the narrowest field."""
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(c.text()) for c in self.labels.values())
        spacing = max(self.form.horizontalSpacing(), 6)
        return widest + spacing + self.narrowest_width()

    def _fit_rows(self, width: int) -> None:
        """Labels beside the fields where the longest fits with room for a value, else
        every label above its field (one look for the whole form, not a mix)."""
        policy = (QFormLayout.RowWrapPolicy.DontWrapRows
                  if width >= self.side_by_side_width()
                  else QFormLayout.RowWrapPolicy.WrapAllRows)
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows(event.size().width())

    def _scroll_to(self, widget: QWidget) -> None:
        """Bring the field being edited, with its label, into view in the scroll area
        the panel is in (the whole field: a notes box, not just its cursor line)."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        content = area.widget() if area is not None else None
        if area is None or content is None:
            return
        rect = QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())
        caption = next((c for c in self.labels.values() if c.buddy() is widget), None)
        if caption is not None and caption.isVisible():
            rect = rect.united(QRect(caption.mapTo(content, QPoint(0, 0)), caption.size()))
        centre = rect.center()
        area.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + 4,
                           rect.height() // 2 + 8)

    @staticmethod
    def _combo(items: list[tuple[str, Any]], whole: bool = False) -> QComboBox:
        combo = QComboBox()
        if whole:  # as wide as its longest choice
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        else:  # as narrow as the panel is: a long name is cut in the box, whole in the list
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
        combo.addItem("—", None)
        for text, value in items:
            combo.addItem(text, value)
        _fit_popup(combo)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.installEventFilter(_WHEEL_GUARD)
        return combo

    def load(self, doc: AccountFile | None, sid: str | None) -> None:
        person = next((s for s in doc.stakeholders if s.id == sid), None) if doc else None
        self._loading = True
        try:
            self._person = person
            self.setEnabled(person is not None)
            self.error.hide()
            self.notice.hide()
            self.heading.setText(person.name if person
                                 else self.tr("Select one person to edit"))
            p = person
            for field in TEXT:
                self._show_text(field, self._loaded_text(field))
            self.reports_to.clear()
            self.reports_to.addItem(self.tr("— nobody on the map"), None)
            if doc and p:
                for other in doc.stakeholders:
                    if other.id != p.id:
                        self.reports_to.addItem(other.name, other.id)
            _fit_popup(self.reports_to)
            for field in ("role", "stance", "influence", "relationship", "reports_to"):
                combo: QComboBox = getattr(self, field)
                value = getattr(p, field) if p else None
                combo.setCurrentIndex(max(0, combo.findData(getattr(value, "value", value))))
            self._show_text("last_contact", self._loaded_text("last_contact"))
            self._show_text("messengers", self._loaded_text("messengers"))
            # our account team's names, offered as the owner is typed (the Plan tab's
            # team table counts what each member owns by this name)
            team = [m.name for m in doc.team] if doc else []
            completer = QCompleter(team, self.our_owner)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.our_owner.setCompleter(completer)
            self.our_owner.setPlaceholderText(self.tr("a member of our account team")
                                              if team else "")
            self._show_text("notes", self._loaded_text("notes"))
            steps = person_timeline(doc, p.id)[-MOVES_SHOWN:] if doc and p else []
            self.moved.setText(self.tr("How it moved:") + "\n" + "\n".join(
                _movement(step) for step in reversed(steps)) if steps else "")
            self.moved.setVisible(bool(steps))
        finally:
            self._loading = False

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._scroll_to(watched)
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._commit("notes")
        elif (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
              and not self.notice.isHidden()):
            self.drop_typed()
            return True
        return False

    # -- typed text kept over a replacement ------------------------------------------
    def person_id(self) -> str | None:
        return self._person.id if self._person is not None else None

    def typed(self) -> dict[str, str]:
        """What is typed in the text fields and not saved: {field: text as shown}."""
        return {field: self._shown(field) for field in TYPED
                if self._person is not None and self._shown(field) != self._loaded_text(field)}

    def keep_typed(self, typed: dict[str, str], lost: str = "") -> None:
        """After the account was replaced from outside (and :meth:`load` showed the new
        version): put back what was typed, unsaved, and say so. ``lost``: why it cannot
        be put back (the person is not in the new version), with the text itself."""
        if not typed and not lost:
            return
        self._loading = True
        try:
            for field, text in typed.items():
                self._show_text(field, text)
        finally:
            self._loading = False
        self.notice.setText(lost or replaced_notice())
        self.notice.show()

    def drop_typed(self) -> None:
        """Esc after a replacement: show the stored values again."""
        self._loading = True
        try:
            for field in TYPED:
                self._show_text(field, self._loaded_text(field))
        finally:
            self._loading = False
        self.notice.hide()

    def _loaded_text(self, field: str) -> str:
        """The text :meth:`load` shows in a field for the stored value."""
        stored = getattr(self._person, field) if self._person is not None else None
        if isinstance(stored, dt.date):
            return stored.isoformat()
        if field == "messengers":
            return messengers_text(stored)
        return stored or ""

    def _shown(self, field: str) -> str:
        widget = getattr(self, field)
        return str(widget.toPlainText() if field == "notes" else widget.text())

    def _show_text(self, field: str, text: str) -> None:
        if field == "notes":
            self.notes.setPlainText(text)
        else:
            edit = getattr(self, field)
            edit.setText(text)
            edit.setCursorPosition(0)  # a long value shows its start, not its end

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def commit_pending(self) -> bool:
        """Save text still being typed (before undo, add, export); False if unreadable."""
        if self.read_only:
            return True
        for field in TYPED:
            if self._person is None:
                return True
            try:
                changed = self._value(field) != self._stored(field)
            except ValueError as err:
                self.show_error(str(err))
                return False
            if changed:
                self._commit(field)
        return True

    def _stored(self, field: str) -> Any:
        assert self._person is not None
        stored = getattr(self._person, field)
        if field == "messengers":
            return stored.model_dump(exclude_none=True) or None if stored else None
        return stored.isoformat() if isinstance(stored, dt.date) else getattr(
            stored, "value", stored)

    def _value(self, field: str) -> Any:
        if field in TEXT:
            text = getattr(self, field).text().strip()
            return text if field == "name" or text else None
        if field == "last_contact":
            text = self.last_contact.text().strip()
            if not text:
                return None
            try:
                return dt.date.fromisoformat(text).isoformat()
            except ValueError:
                raise ValueError(self.tr('"{text}" is not a date; write it as YYYY-MM-DD')
                                 .format(text=text)) from None
        if field == "notes":
            return self.notes.toPlainText() or None
        if field == "messengers":
            return parse_messengers(self.messengers.text())
        return getattr(self, field).currentData()

    def _commit(self, field: str) -> None:
        p = self._person
        if self._loading or p is None or self.read_only:
            return
        try:
            value = self._value(field)
        except ValueError as err:
            self.show_error(str(err))
            return
        if value != self._stored(field):
            self.show_error("")
            self.edited.emit(p.id, field, value)
