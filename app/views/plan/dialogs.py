"""Small dialogs of the Plan tab: ticking people or actions, and entering a KPI
measurement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.models.account import FIRST_DAY
from app.views.formatting import parse_number
from app.views.plain import PlainLabel, escape


class PickDialog(QDialog):
    """Tick people or actions from a list (review attendees and follow-ups)."""

    def __init__(self, title: str, groups: Sequence[tuple[str, Sequence[tuple[str, str]],
                                                          set[str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 480)  # room for long action titles and many people
        self.models: list[QStandardItemModel] = []
        self.filters: list[QSortFilterProxyModel] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter the lists by name…"))
        self.search.setClearButtonEnabled(True)
        layout = QHBoxLayout()
        for heading, items, chosen in groups:
            model = QStandardItemModel(self)
            for text, key in items:
                item = QStandardItem(text)
                item.setData(key, Qt.ItemDataRole.UserRole)
                item.setCheckable(True)
                item.setEditable(False)
                item.setCheckState(Qt.CheckState.Checked if key in chosen
                                   else Qt.CheckState.Unchecked)
                model.appendRow(item)
            shown = QSortFilterProxyModel(self)
            shown.setSourceModel(model)
            shown.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.search.textChanged.connect(shown.setFilterFixedString)
            self.filters.append(shown)
            view = QListView()
            view.setModel(shown)
            view.setWordWrap(True)
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{heading}</b>"))
            column.addWidget(view)
            layout.addLayout(column)
            self.models.append(model)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.search)
        outer.addLayout(layout)
        outer.addWidget(buttons)

    def chosen(self) -> list[list[str]]:
        return [[str(model.item(r).data(Qt.ItemDataRole.UserRole))
                 for r in range(model.rowCount())
                 if model.item(r).checkState() == Qt.CheckState.Checked]
                for model in self.models]



class KpiValueDialog(QDialog):
    """The date and value of one measurement of a KPI; OK only for a number, on a
    day up to today that has no value yet."""

    def __init__(self, kpi: str, unit: str | None, today: dt.date, taken: set[dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add KPI value"))
        self.today, self.taken = today, taken
        self.day: dt.date = today
        self.value: float | None = None
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMinimumDate(QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day))
        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("the measured value"))
        self.problem = PlainLabel(wrap=True)  # quotes what was typed
        self.problem.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{escape(kpi)}</b>"))
        form.addRow(self.tr("Measured on"), self.date_edit)
        form.addRow(PlainLabel(self.tr("Value ({unit})").format(unit=unit) if unit
                               else self.tr("Value")), self.value_edit)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.date_edit.dateChanged.connect(self._check)
        self.value_edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        qdate = self.date_edit.date()
        self.day = dt.date(qdate.year(), qdate.month(), qdate.day())
        problem = ""
        try:
            self.value = parse_number(self.value_edit.text())
        except ValueError as err:
            self.value, problem = None, str(err)
        if self.day in self.taken:
            problem = self.tr("There is a value for {day} already: edit it instead.").format(
                day=self.day.isoformat())
        ok = self.value is not None and not problem
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
