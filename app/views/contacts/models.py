"""The import wizard's tables: the file as read, its columns' mapping, and the plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.contacts import FIELDS, ImportPlan, Layout, RowPlan, Table
from app.i18n import _
from app.views.plain import plain

Index = QModelIndex | QPersistentModelIndex
#: rows of the file shown on the first page: enough to judge the encoding and the header
RAW_ROWS = 200
#: characters of a cell shown (the tooltip has the rest)
CELL = 80
ACTION_COLOUR = {"create": QColor("#1b5e20"), "update": QColor("#0d47a1"),
                 "unchanged": QColor("#5f6b76"), "skip": QColor("#b00020")}
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


def action_text(action: str) -> str:
    """The What-happens word of a row's action ("create" → "New")."""
    return {"create": QCoreApplication.translate("PlanModel", "New"),
            "update": QCoreApplication.translate("PlanModel", "Update"),
            "unchanged": QCoreApplication.translate("PlanModel", "Already there"),
            "skip": QCoreApplication.translate("PlanModel", "Skipped")}[action]


def not_imported() -> str:
    return QCoreApplication.translate("ColumnsModel", "— not imported")


def field_label(field: str) -> str:
    """A field as the Imported-as column names it ("Job title"), in the windows'
    language (the labels belong to the domain's catalogue)."""
    return _(FIELDS[field])


def field_choices() -> list[tuple[str, str | None]]:
    """The fields a column can fill, as the Imported-as choice lists them (None: the
    column is not imported)."""
    return [(not_imported(), None), *((field_label(key), key) for key in FIELDS)]


def _cut(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= CELL else line[:CELL - 1] + "…"


class RawModel(QAbstractTableModel):
    """The first rows of the file exactly as read (to see that the names are right)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, tuple[str, ...]]] = []
        self._width = 0

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self._rows = list(table.rows[:RAW_ROWS]) if table is not None else []
        self._width = max((len(cells) for _, cells in self._rows), default=0)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._rows[section][0])  # the row as the user's program numbers it
        letters, n = "", section + 1
        while n:
            n, rest = divmod(n - 1, 26)
            letters = chr(65 + rest) + letters
        return letters

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cells = self._rows[index.row()][1]
        text = cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return _cut(text)
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > CELL:
            return plain(text)
        return None


class ColumnsModel(QAbstractTableModel):
    """Each column of the file, examples of its values, and the field it fills."""

    #: (column, field or None) chosen by the user
    fieldChosen = Signal(str, object)
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._layout: Layout | None = None
        self._examples: list[str] = []
        self.headers = (self.tr("Column in the file"), self.tr("Examples"),
                        self.tr("Imported as"))

    def set_layout(self, layout: Layout | None) -> None:
        self.beginResetModel()
        self._layout = layout
        self._examples = []
        if layout is not None:
            for i, _column in enumerate(layout.columns):
                seen = [cells[i] for _, cells in layout.data[:50]
                        if i < len(cells) and cells[i].strip()]
                self._examples.append(" · ".join(_cut(v) for v in dict.fromkeys(seen[:3])))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._layout is None else len(self._layout.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def field_of(self, row: int) -> str | None:
        assert self._layout is not None
        return self._layout.mapping.field(self._layout.columns[row])

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._layout is None:
            return None
        column = self._layout.columns[index.row()]
        field = self.field_of(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return _cut(column)
            if index.column() == 1:
                return self._examples[index.row()]
            return field_label(field) if field else not_imported()
        if role in (Qt.ItemDataRole.EditRole, FIELD_ROLE) and index.column() == 2:
            return field
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and field is None:
            return QBrush(QColor("#78909c"))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return self.tr("Double-click (or F2) to choose the field this column fills")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 2 or self._layout is None:
            return False
        if value == self.field_of(index.row()):
            return False
        self.fieldChosen.emit(self._layout.columns[index.row()], value)
        return False  # the wizard lays the file out again and resets this model


class PlanModel(QAbstractTableModel):
    """What each row will do; the first column's box takes a row out of the import."""

    #: (row number in the file, imported or not)
    rowToggled = Signal(int, bool)
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Import"), self.tr("Row"), self.tr("What happens"),
                        self.tr("Name"), self.tr("Problems"), self.tr("Matched"),
                        self.tr("Changes"))
        self._plan: ImportPlan | None = None
        self._rows: list[RowPlan] = []
        self._user_skip: set[int] = set()
        #: person id -> name, once the import is done: a manager shown by name
        self._names: dict[str, str] = {}
        #: the shown texts of each row, made on first use
        self._texts: dict[int, tuple[str, ...]] = {}

    def set_plan(self, plan: ImportPlan | None, user_skip: set[int]) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rows = list(plan.rows) if plan is not None else []
        self._user_skip = set(user_skip)
        self._texts = {}
        self._names = {}
        if plan is not None:
            self._names = {p.id: p.name for p in plan.base.stakeholders}
            self._names.update({r.person_id: r.name for r in plan.rows
                                if r.person_id and r.action != "skip"})
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def row_plan(self, row: int) -> RowPlan:
        return self._rows[row]

    def _blocked(self, plan: RowPlan) -> bool:
        """Skipped for its own problems (not by the user): it cannot be ticked."""
        return plan.action == "skip" and plan.row not in self._user_skip

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and not self._blocked(
                self._rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _changes(self, plan: RowPlan) -> str:
        if plan.action == "create":
            return ", ".join(_field(f) for f in plan.changes)

        def value(field: str, v: Any) -> str:
            return self._names.get(v, v) if field == "reports_to" and v else _short(v)

        return "; ".join(f"{_field(f)}: {value(f, before)} → {value(f, after)}"
                         for f, (before, after) in plan.changes.items())

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts.get(row)
        if texts is None:
            plan = self._rows[row]
            matched = ""
            if plan.matched_by:
                how = _match_word(plan.matched_by)
                matched = (self.tr("by {how}").format(how=how)
                           if plan.matched_name == plan.name
                           else self.tr("{name} (by {how})").format(name=plan.matched_name,
                                                                    how=how))
            problems = "; ".join(p.message if p.field is None
                                 else f"{_field(p.field)}: {p.message}"
                                 for p in plan.problems)
            texts = self._texts[row] = (
                "", str(plan.row), action_text(plan.action),
                plan.name or self.tr("(no name)"),
                problems, matched, self._changes(plan))
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        plan, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return (Qt.CheckState.Unchecked if plan.action == "skip"
                    else Qt.CheckState.Checked)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QBrush(ACTION_COLOUR[plan.action])
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and plan.problems:
            return QBrush(ACTION_COLOUR["skip"] if plan.reasons else QColor("#8a5a00"))
        texts = self._row_texts(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return _cut(texts[column]) if column else None
        if role == Qt.ItemDataRole.ToolTipRole and column and len(texts[column]) > 30:
            return plain(texts[column])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != 0
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        plan = self._rows[index.row()]
        if self._blocked(plan):
            return False
        self.rowToggled.emit(plan.row, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True


def _field(field: str) -> str:
    """How a field is named to the user: "Job title", "Manager"."""
    if field == "reports_to":
        return QCoreApplication.translate("PlanModel", "Manager")
    if field in FIELDS:
        return _(FIELDS[field]).split(" (")[0].split("（")[0]
    return field.replace("_", " ").capitalize()


def _match_word(how: str) -> str:
    """How a row was matched ("e-mail", "phone", "name", "similar name"), as shown."""
    return {"e-mail": QCoreApplication.translate("PlanModel", "e-mail"),
            "phone": QCoreApplication.translate("PlanModel", "phone"),
            "name": QCoreApplication.translate("PlanModel", "name"),
            "similar name": QCoreApplication.translate("PlanModel", "similar name")}.get(
        how, how)


def _short(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return _cut(str(value))
