"""Log an interaction with a person, from the map: when, how, what was said, who else
was there. The tab saves it through the same service as the Plan › Interactions page
(``plan_edits.add_interaction``), so the last contact of everyone in it moves the same
way, as one undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.account import AccountFile
from app.models.enums import Channel, label
from app.views import colors
from app.views.plain import PlainLabel

#: a filter box above the list of further people once there are more than this many
FILTER_FROM = 8


class InteractionDialog(QDialog):
    """``submit(values)`` saves the interaction and returns why it could not (shown
    in the dialog, which stays open), or "" when it was saved (the dialog closes)."""

    def __init__(self, doc: AccountFile, sid: str, today: dt.date,
                 submit: Callable[[dict[str, Any]], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sid = sid
        self._submit = submit
        person = next(s for s in doc.stakeholders if s.id == sid)
        self.setWindowTitle(self.tr("Log interaction"))
        heading = PlainLabel(self.tr("With {name}").format(name=person.name), wrap=True)
        heading.setStyleSheet("font-weight: 600;")
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        # a future meeting is not an interaction yet (the service refuses it too)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(label(channel), channel.value)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What was discussed, what was agreed"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a person"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_people)
        self.others = QListWidget()
        self.others.setToolTip(self.tr("Tick everyone of theirs who took part besides "
                                       "this person"))
        for other in doc.stakeholders:
            if other.id == sid:
                continue
            item = QListWidgetItem(other.name)  # a list item shows its text as plain text
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.others.addItem(item)
        self.filter.setVisible(self.others.count() > FILTER_FROM)
        self.others.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 12)
        self.error = PlainLabel(wrap=True)
        self.error.setObjectName("interactionError")
        colors.warn(self.error)  # red, readable in any palette
        self.error.hide()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Summary"), self.summary)
        people = QVBoxLayout()
        people.addWidget(self.filter)
        people.addWidget(self.others)
        form.addRow(self.tr("Also present"), people)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log interaction"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.summary.setFocus()
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())

    def _filter_people(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.others.count()):
            item = self.others.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def values(self) -> dict[str, Any]:
        """The interaction as ``plan_edits.add_interaction`` takes it."""
        day = self.date.date()
        return {"date": dt.date(day.year(), day.month(), day.day()),
                "stakeholder": self.sid,
                "channel": self.channel.currentData(),
                "summary": self.summary.toPlainText().strip(),
                "participants": [self.others.item(r).data(Qt.ItemDataRole.UserRole)
                                 for r in range(self.others.count())
                                 if self.others.item(r).checkState() == Qt.CheckState.Checked]}

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def accept(self) -> None:
        values = self.values()
        if not values["summary"]:
            self.show_error(self.tr("Write what the interaction was about: the summary is "
                                    "empty."))
            self.summary.setFocus()
            return
        reason = self._submit(values)
        if reason:
            self.show_error(reason)
            return
        super().accept()
