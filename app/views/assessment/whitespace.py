"""The white-space grid: customer business units (rows) × our offerings (columns).

The model only shows the grid; edits leave through ``WhitespacePanel`` signals as
whole-document changes, so each is one undoable command like every other edit.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    SIGNAL,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.assessment.whitespace import Grid, Totals, grid
from app.models.account import AccountFile, WhitespaceCell
from app.models.enums import WhitespaceStatus, label
from app.views import colors
from app.views.assessment.translated import QT_TRANSLATE_NOOP
from app.views.formatting import money, number, parse_number
from app.views.plain import PlainLabel, plain

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOUR = {
    WhitespaceStatus.HAS: QColor("#d7eedb"),
    WhitespaceStatus.OPPORTUNITY: QColor("#ffe7b8"),
    WhitespaceStatus.COMPETITOR: QColor("#f7d4d2"),
    WhitespaceStatus.NOT_RELEVANT: QColor("#eceff1"),
}
STATUS_MARK = {
    WhitespaceStatus.HAS: "✓",
    WhitespaceStatus.OPPORTUNITY: "◎",
    WhitespaceStatus.COMPETITOR: "✕",
    WhitespaceStatus.NOT_RELEVANT: "–",
}
TOTAL_BRUSH = QBrush(QColor("#f5f7f9"))
#: the hue of each status's tint in a dark palette (deeper tints over its Base)
_STATUS_HUE = {
    WhitespaceStatus.HAS: QColor("#43a047"),
    WhitespaceStatus.OPPORTUNITY: QColor("#ef8f00"),
    WhitespaceStatus.COMPETITOR: QColor("#e53935"),
    WhitespaceStatus.NOT_RELEVANT: QColor("#9e9e9e"),
}
UNASSESSED = QColor("#90a4ae")


def status_colour(status: WhitespaceStatus, palette: QPalette | None = None) -> QColor:
    """A cell's background for its status: the light tints in a light palette, deeper
    ones over the Base of a dark palette (the palette's Text reads on both)."""
    pal = palette if palette is not None else QGuiApplication.palette()
    if not colors.is_dark(pal):
        return QColor(STATUS_COLOUR[status])
    return colors.tint(pal.color(QPalette.ColorRole.Base), _STATUS_HUE[status], dark=True)


def total_colour(palette: QPalette | None = None) -> QColor:
    """The totals' background: a shade off the palette's Base."""
    pal = palette if palette is not None else QGuiApplication.palette()
    if not colors.is_dark(pal):
        return TOTAL_BRUSH.color()
    return colors.mix(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text),
                      0.08)


def _text_on(background: QColor) -> QBrush:
    return QBrush(colors.readable_on(
        background, QGuiApplication.palette().color(QPalette.ColorRole.Text)))


#: the mark of a cell shared with the customer (shown in the client edition)
SHARED_MARK = "⇄"
#: translated where shown (context "WhitespacePanel")
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "WhitespacePanel", "No white-space grid yet. Add the customer's business units and our "
    "offerings, then mark each cell: ✓ they buy it from us, ◎ an opportunity (with its "
    "estimated value), ✕ a competitor supplies it, – not relevant.")


def _summary(t: Totals, currency: str | None) -> str:
    parts = []
    if t.has:
        parts.append(f"{t.has} ✓")
    if t.opportunity:
        worth = f" {money(t.opportunity_value, currency)}" if t.opportunity_value else ""
        parts.append(f"{t.opportunity} ◎{worth}")
    if t.competitor:
        parts.append(f"{t.competitor} ✕")
    if t.unassessed:
        parts.append(f"{t.unassessed} ?")
    return " · ".join(parts) or "—"


class WhitespaceModel(QAbstractTableModel):
    """Units × offerings plus a totals row and column (the last ones)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid = Grid((), (), {})
        self.currency: str | None = None

    def load(self, doc: AccountFile | None) -> None:
        self.beginResetModel()
        self.grid = grid(doc) if doc is not None else Grid((), (), {})
        self.currency = doc.account.currency if doc is not None else None
        self.endResetModel()

    def is_total(self, index: Index) -> bool:
        return index.row() == len(self.grid.units) or index.column() == len(self.grid.offerings)

    def position(self, index: Index) -> tuple[str, str] | None:
        """(unit, offering) of a grid cell, None for a totals cell."""
        if not index.isValid() or self.is_total(index):
            return None
        return self.grid.units[index.row()], self.grid.offerings[index.column()]

    def _complete(self) -> bool:
        """A grid needs both units and offerings; half a grid shows nothing."""
        return bool(self.grid.units and self.grid.offerings)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._complete() else len(self.grid.units) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._complete() else len(self.grid.offerings) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.grid.offerings if orientation == Qt.Orientation.Horizontal else \
            self.grid.units
        return names[section] if section < len(names) else self.tr("Total")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if self.is_total(index):
            return self._total_data(index, role)
        unit, offering = self.grid.units[index.row()], self.grid.offerings[index.column()]
        cell = self.grid.cell(unit, offering)
        shared = cell is not None and cell.client_visible
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._text(cell)} {SHARED_MARK}" if shared else self._text(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(status_colour(cell.status)) if cell is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell is None:  # "?" on the table's Base
                return QBrush(colors.ensure_contrast(UNASSESSED, QGuiApplication.palette()
                                                     .color(QPalette.ColorRole.Base)))
            return _text_on(status_colour(cell.status))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            shared_text = self.tr("{mark} Shared with customer: in the client edition, without "
                                  "value or note").format(mark=SHARED_MARK)
            return plain(self._tooltip(unit, offering, cell) + (
                f"\n{shared_text}" if shared else ""))
        return None

    def _text(self, cell: WhitespaceCell | None) -> str:
        if cell is None:
            return "?"
        text = f"{STATUS_MARK[cell.status]} {label(cell.status)}"
        if cell.status == WhitespaceStatus.OPPORTUNITY and cell.value is not None:
            text = f"{STATUS_MARK[cell.status]} {money(cell.value, self.currency)}"
        return text

    def _tooltip(self, unit: str, offering: str, cell: WhitespaceCell | None) -> str:
        if cell is None:
            return self.tr("{offering} for {unit}: not assessed yet (double-click to assess)"
                           ).format(offering=offering, unit=unit)
        text = self.tr("{offering} for {unit}: {status}").format(
            offering=offering, unit=unit, status=label(cell.status))
        if cell.value is not None:
            text += self.tr(", estimated {value} a year").format(
                value=money(cell.value, self.currency))
        if cell.note:
            text += f"\n{cell.note}"
        return text

    def _total_data(self, index: Index, role: int) -> Any:
        row_total = index.column() == len(self.grid.offerings)
        col_total = index.row() == len(self.grid.units)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(total_colour())
        if role == Qt.ItemDataRole.ForegroundRole:
            return _text_on(total_colour())
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if row_total and col_total:
            totals = self.grid.totals()
            share = totals.penetration
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Share of the relevant cells we already supply")
            text = self.tr("{share} supplied").format(share=f"{share:.0%}") \
                if share is not None else "—"
            if totals.opportunity_value:
                text += f" · ◎ {money(totals.opportunity_value, self.currency)}"
            return text
        totals = (self.grid.unit_totals(self.grid.units[index.row()]) if row_total
                  else self.grid.offering_totals(self.grid.offerings[index.column()]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Supplied by us: {has}; opportunities: {opportunity} ({value}); "
                           "with a competitor: {competitor}; not relevant: {not_relevant}; "
                           "not assessed: {unassessed}").format(
                has=totals.has, opportunity=totals.opportunity,
                value=money(totals.opportunity_value, self.currency),
                competitor=totals.competitor, not_relevant=totals.not_relevant,
                unassessed=totals.unassessed)
        return _summary(totals, self.currency)


class CellDialog(QDialog):
    """Assess one cell: status, estimated value (opportunities only) and a note."""

    def __init__(self, unit: str, offering: str, cell: WhitespaceCell | None,
                 currency: str | None, parent: QWidget | None = None,
                 shareable: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("White-space cell"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Not assessed"), None)
        for status in WhitespaceStatus:
            self.status.addItem(f"{STATUS_MARK[status]} {label(status)}", status)
        self.value = QLineEdit()
        self.value.setPlaceholderText(
            self.tr("estimated annual value in {currency}").format(currency=currency)
            if currency else self.tr("estimated annual value"))
        self._fit_placeholder(self.value)
        self.note = QLineEdit()
        self.shared = QCheckBox(self.tr("S&hared with customer {mark}").format(mark=SHARED_MARK))
        self.shared.setToolTip(self.tr("Shown in the client edition PDF (its status only, "
                                       "without value or note)"))
        self.shared.setChecked(cell is not None and cell.client_visible)
        self.shared.setVisible(shareable)
        self.error = PlainLabel()  # quotes what was typed
        colors.warn(self.error)
        if cell is not None:
            self.status.setCurrentIndex(self.status.findData(cell.status))
            if cell.value is not None:
                self.value.setText(number(cell.value))
            self.note.setText(cell.note or "")
        form = QFormLayout()
        form.addRow(QLabel(self.tr("<b>{offering}</b> for <b>{unit}</b>").format(
            offering=escape(offering), unit=escape(unit))))
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Estimated &value:"), self.value)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.shared)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    @staticmethod
    def _fit_placeholder(edit: QLineEdit) -> None:
        """Wide enough to show its whole placeholder (translations run longer)."""
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)

    def _status_changed(self) -> None:
        self.value.setEnabled(self.status.currentData() == WhitespaceStatus.OPPORTUNITY)
        self.shared.setEnabled(self.status.currentData() is not None)  # nothing to share

    def shared_value(self) -> bool:
        return self.shared.isEnabled() and self.shared.isChecked()

    def result_values(self) -> tuple[WhitespaceStatus | None, float | None, str | None]:
        """(status, value, note); raises ValueError for an amount that is not one."""
        status = self.status.currentData()
        value = parse_number(self.value.text()) if self.value.isEnabled() else None
        return status, value, self.note.text().strip() or None

    def accept(self) -> None:
        try:
            self.result_values()
        except ValueError as err:
            self.error.setText(str(err))
            return
        super().accept()


class WhitespacePanel(QWidget):
    """The grid with buttons to add units and offerings; a header's context menu
    renames or removes one."""

    #: (unit, offering, status | None, value, note)
    #: (unit, offering, status, value, note, shared: bool or None to keep the flag)
    cellEdited = Signal(str, str, object, object, object, object)
    #: ("units" | "offerings", name)
    added = Signal(str, str)
    #: ("units" | "offerings", old name, new name)
    renamed = Signal(str, str, str)
    removed = Signal(str, str)
    #: (unit, offering, shared with the customer or not)
    shareRequested = Signal(str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = WhitespaceModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_cell)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._cell_menu)
        for header, axis in ((self.table.horizontalHeader(), "offerings"),
                             (self.table.verticalHeader(), "units")):
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(
                lambda pos, h=header, a=axis: self._header_menu(h, a, pos))
        self.empty = QLabel(self._empty_text())
        self.empty.setWordWrap(True)
        colors.mute(self.empty)
        add_unit = QPushButton(self.tr("Add business &unit…"))
        add_unit.clicked.connect(lambda: self._ask_add("units"))
        add_offering = QPushButton(self.tr("Add &offering…"))
        add_offering.clicked.connect(lambda: self._ask_add("offerings"))
        self.legend = QLabel(self.tr("✓ has it · ◎ opportunity · ✕ competitor · – not relevant "
                                     "· ? not assessed · {mark} shared with customer — "
                                     "double-click a cell to assess it").format(mark=SHARED_MARK))
        colors.mute(self.legend)
        self.legend.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add_unit)
        buttons.addWidget(add_offering)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)

    def load(self, doc: AccountFile | None) -> None:
        self.model.load(doc)
        grid = self.model.grid
        self.empty.setVisible(not (grid.units and grid.offerings))
        if grid.units and not grid.offerings:
            self.empty.setText(self.tr("Business units so far: %n. Add our offerings to see the "
                                       "grid.", "", len(grid.units)))
        elif grid.offerings and not grid.units:
            self.empty.setText(self.tr("Offerings so far: %n. Add the customer's business units "
                                       "to see the grid.", "", len(grid.offerings)))
        else:
            self.empty.setText(self._empty_text())

    @staticmethod
    def _empty_text() -> str:
        return QCoreApplication.translate("WhitespacePanel", EMPTY_TEXT)

    def _ask_add(self, axis: str) -> None:
        if axis == "units":
            title, prompt = self.tr("Add business unit"), self.tr("Name of the business unit:")
        else:
            title, prompt = self.tr("Add offering"), self.tr("Name of the offering:")
        name, ok = QInputDialog.getText(self, title, prompt)
        if ok and name.strip():
            self.added.emit(axis, name.strip())

    def edit_cell(self, index: QModelIndex) -> None:
        position = self.model.position(index)
        if position is None:
            return
        unit, offering = position
        cell = self.model.grid.cell(unit, offering)
        # the share box only where something stores it (no box that does nothing)
        shareable = self.receivers(SIGNAL("shareRequested(QString,QString,bool)")) > 0
        dialog = CellDialog(unit, offering, cell, self.model.currency, self, shareable)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        status, value, note = dialog.result_values()
        shared = cell is not None and cell.client_visible
        wanted = dialog.shared_value() if shareable and status is not None else None
        if cell is None or (status, value, note) != (cell.status, cell.value, cell.note):
            # the assessment and the share tick of one dialog: one undo step
            self.cellEdited.emit(unit, offering, status, value, note, wanted)
        elif wanted is not None and wanted != shared:
            self.shareRequested.emit(unit, offering, wanted)

    def _cell_menu(self, pos: Any) -> None:
        position = self.model.position(self.table.indexAt(pos))
        if position is None:
            return
        unit, offering = position
        cell = self.model.grid.cell(unit, offering)
        menu = QMenu(self)
        for status in WhitespaceStatus:
            action = QAction(f"{STATUS_MARK[status]} {label(status)}", menu)
            action.triggered.connect(
                lambda _=False, s=status: self.cellEdited.emit(
                    unit, offering, s, cell.value if cell is not None else None,
                    cell.note if cell is not None else None, None))
            menu.addAction(action)
        menu.addAction(self.tr("Not assessed"), lambda: self.cellEdited.emit(unit, offering, None,
                                                                    None, None, None))
        menu.addSeparator()
        menu.addAction(self.tr("Edit…"), lambda: self.edit_cell(self.table.indexAt(pos)))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _header_menu(self, header: QHeaderView, axis: str, pos: Any) -> None:
        names = self.model.grid.units if axis == "units" else self.model.grid.offerings
        section = header.logicalIndexAt(pos)
        if not 0 <= section < len(names):
            return
        name = names[section]
        menu = QMenu(self)
        menu.addAction(self.tr("Rename “{name}”…").format(name=name),
                       lambda: self._ask_rename(axis, name))
        menu.addAction(self.tr("Remove “{name}”").format(name=name),
                       lambda: self.removed.emit(axis, name))
        menu.exec(header.mapToGlobal(pos))

    def _ask_rename(self, axis: str, name: str) -> None:
        new, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"), text=name)
        if ok and new.strip() and new.strip() != name:
            self.renamed.emit(axis, name, new.strip())
