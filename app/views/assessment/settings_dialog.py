"""Scoring settings: health weights, churn warning, tier thresholds and exchange rates.

Checked as a whole by ``parse_settings`` when the user presses OK: a bad value
keeps the dialog open with every problem listed, and nothing is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.assessment.health import COMPONENTS
from app.assessment.settings import ScoringSettings, parse_settings
from app.errors import InvalidInput
from app.views import colors
from app.views.assessment.translated import QT_TRANSLATE_NOOP
from app.views.formatting import decimals_needed, display_locale, parse_number
from app.views.plain import PlainLabel

Index = QModelIndex | QPersistentModelIndex

#: translated where shown (context "ScoringSettingsDialog")
COMPONENT_LABELS = {
    "recency": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "Recency of contact"),
    "frequency": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "Frequency of contact"),
    "coverage": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "Coverage of key people"),
    "stance": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "Stance balance"),
    "risks": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "Open high risks"),
    "kpis": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "KPI attainment"),
}


SHORT_LABELS = {"recency": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "recency"),
                "frequency": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "frequency"),
                "coverage": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "coverage"),
                "stance": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "stance"),
                "risks": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "risks"),
                "kpis": QT_TRANSLATE_NOOP("ScoringSettingsDialog", "KPIs")}


def _component(labels: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("ScoringSettingsDialog", labels[key])


class WrappedLabel(QLabel):
    """A word-wrapped label as tall as its text needs at the width it gets: a dialog's
    layout does not ask, and clipped it (short Chinese labels make its column narrow)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit(self.width() if self.isVisible() else self.sizeHint().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        needed = self.heightForWidth(width)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class RatesModel(QAbstractTableModel):
    """Currency → rate in the base currency, edited in place; checked on OK."""

    def __init__(self, rates: dict[str, float], base: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.base = base
        self.rows: list[list[str]] = [[c, self._number(r)] for c, r in sorted(rates.items())]

    @staticmethod
    def _number(value: float) -> str:
        return display_locale().toString(value, "f", decimals_needed(value, 8))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Currency"),
                    self.tr("1 unit in {currency}").format(currency=self.base))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        self.rows[index.row()][index.column()] = text.upper() if index.column() == 0 else text
        self.dataChanged.emit(index, index)
        return True

    def add(self) -> QModelIndex:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(["", ""])
        self.endInsertRows()
        return self.index(len(self.rows) - 1, 0)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def rebase(self, base: str) -> float | None:
        """Express every rate in another base currency (one of the listed ones).

        Returns the old base's value in the new one (to convert amounts with), or
        None when the new base has no usable rate in the table.
        """
        rates, problems = self.values()
        rate = rates.get(base)
        if problems or not isinstance(rate, float) or rate <= 0:
            return None
        self.beginResetModel()
        self.rows = [[c, self._number(r / rate)] for c, r in rates.items()]
        self.base = base
        self.endResetModel()
        return 1 / rate

    def values(self) -> tuple[dict[str, Any], list[str]]:
        """(rates, problems of rows that are not numbers)."""
        rates: dict[str, Any] = {}
        problems = []
        for i, (currency, text) in enumerate(self.rows):
            if not currency and not text:
                continue
            try:
                rates[currency] = parse_number(text)
            except ValueError as err:
                problems.append(self.tr("rates row {row} ({currency}): {problem}").format(
                    row=i + 1, currency=currency, problem=err))
        return rates, problems


class ScoringSettingsDialog(QDialog):
    def __init__(self, settings: ScoringSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scoring settings"))
        self.result_settings: ScoringSettings | None = None
        self.weights: dict[str, QSpinBox] = {}
        weights_box = QGroupBox(self.tr("Health score: weight of each component"))
        grid = QGridLayout(weights_box)
        for row, key in enumerate(COMPONENTS):
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setAccessibleName(_component(COMPONENT_LABELS, key))
            self.weights[key] = spin
            grid.addWidget(QLabel(_component(COMPONENT_LABELS, key)), row, 0)
            grid.addWidget(spin, row, 1)
        self.shares = WrappedLabel()
        colors.mute(self.shares)
        grid.addWidget(self.shares, len(COMPONENTS), 0, 1, 2)

        warn_box = QGroupBox(self.tr("Churn warning"))
        warn = QFormLayout(warn_box)
        self.churn = QSpinBox()
        self.churn.setRange(0, 100)
        self.drop_points = QSpinBox()
        self.drop_points.setRange(1, 100)
        self.drop_days = QSpinBox()
        self.drop_days.setRange(7, 730)
        self.drop_days.setSuffix(self.tr(" days"))
        warn.addRow(self.tr("Warn when health is below:"), self.churn)
        warn.addRow(self.tr("… or falls by at least (points):"), self.drop_points)
        warn.addRow(self.tr("… within:"), self.drop_days)

        tier_box = QGroupBox(self.tr("Tiers: current value × potential value"))
        tier = QFormLayout(tier_box)
        self.base = QLineEdit()
        self.base.setMaxLength(3)
        self.base.editingFinished.connect(self._base_changed)
        self.current = QLineEdit()
        self.potential = QLineEdit()
        tier.addRow(self.tr("Base currency:"), self.base)
        tier.addRow(self.tr("High current value from (annual revenue):"), self.current)
        tier.addRow(self.tr("High potential from (potential revenue):"), self.potential)
        self.rates = QTableView()
        self.rates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rates.verticalHeader().hide()
        add = QPushButton(self.tr("Add currency"))
        add.clicked.connect(self._add_rate)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.rates_model.remove(self.rates.currentIndex().row()))
        rate_buttons = QHBoxLayout()
        rate_buttons.addWidget(add)
        rate_buttons.addWidget(remove)
        rate_buttons.addStretch(1)
        tier.addRow(QLabel(self.tr("Exchange rates (rough defaults: set the ones you work "
                                   "with):")))
        tier.addRow(self.rates)
        tier.addRow(rate_buttons)

        self.error = PlainLabel(wrap=True)  # quotes what was typed
        colors.warn(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_settings(ScoringSettings()))
        left = QVBoxLayout()
        left.addWidget(weights_box)
        left.addWidget(warn_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addWidget(tier_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for spin in self.weights.values():
            spin.valueChanged.connect(self._update_shares)
        self.show_settings(settings)

    def show_settings(self, settings: ScoringSettings) -> None:
        for key, spin in self.weights.items():
            spin.setValue(getattr(settings.weights, key))
        self.churn.setValue(settings.churn_threshold)
        self.drop_points.setValue(settings.drop_points)
        self.drop_days.setValue(settings.drop_window_days)
        self.base.setText(settings.base_currency)
        locale = display_locale()
        self.current.setText(locale.toString(float(settings.current_threshold), "f", 0))
        self.potential.setText(locale.toString(float(settings.potential_threshold), "f", 0))
        self.rates_model = RatesModel(dict(settings.rates), settings.base_currency, self)
        self.rates.setModel(self.rates_model)
        self.error.clear()

    def _base_changed(self) -> None:
        """A new base currency: convert the rates and both thresholds into it, so every
        amount keeps its value (otherwise EUR rates would be read as, say, USD ones)."""
        base = self.base.text().strip().upper()
        self.base.setText(base)
        if base == self.rates_model.base:
            return
        factor = self.rates_model.rebase(base)
        if factor is None:
            self.error.setText(self.tr("Add the rate of {currency} (in {base}) to the table "
                                       "first, then choose it as the base currency.").format(
                                           currency=base, base=self.rates_model.base))
            self.base.setText(self.rates_model.base)
            return
        locale = display_locale()
        for edit in (self.current, self.potential):
            try:
                amount = parse_number(edit.text())
            except ValueError:
                continue
            if amount is not None:
                edit.setText(locale.toString(amount * factor, "f", 0))
        self.error.setText(self.tr("Rates and thresholds are now in {currency}.").format(
            currency=base))

    def _update_shares(self) -> None:
        total = sum(s.value() for s in self.weights.values())
        if not total:
            self.shares.setText(self.tr("At least one weight must be above 0."))
            return
        shares = self.tr(", ", "between the components' shares").join(
            self.tr("{component} {share}").format(component=_component(SHORT_LABELS, k),
                                                  share=f"{s.value() / total:.0%}")
            for k, s in self.weights.items() if s.value())
        self.shares.setText(self.tr("Share of the score when every component has data (one "
                                    "without data is left out and the rest rescaled): "
                                    "{shares}").format(shares=shares))

    def _add_rate(self) -> None:
        index = self.rates_model.add()
        self.rates.setCurrentIndex(index)
        self.rates.edit(index)

    def values(self) -> tuple[dict[str, Any], list[str]]:
        problems: list[str] = []
        amounts: dict[str, Any] = {}
        for key, edit, name in (
                ("current_threshold", self.current, self.tr("current threshold")),
                ("potential_threshold", self.potential, self.tr("potential threshold"))):
            try:
                amounts[key] = parse_number(edit.text())
            except ValueError as err:
                problems.append(self.tr("{field}: {problem}").format(field=name, problem=err))
        rates, rate_problems = self.rates_model.values()
        data = {
            "weights": {k: s.value() for k, s in self.weights.items()},
            "churn_threshold": self.churn.value(),
            "drop_points": self.drop_points.value(),
            "drop_window_days": self.drop_days.value(),
            "base_currency": self.rates_model.base,
            "rates": rates,
            **{k: v for k, v in amounts.items() if v is not None},
        }
        return data, problems + rate_problems

    def accept(self) -> None:
        data, problems = self.values()
        try:  # also with unreadable amounts, to list every problem at once
            settings = parse_settings(data)
        except InvalidInput as err:
            problems += [str(p) for p in err.problems]
        if problems:
            self.error.setText(self.tr("Not saved:") + "\n" + "\n".join(problems))
            return
        self.result_settings = settings
        super().accept()
