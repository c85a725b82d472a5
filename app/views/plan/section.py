"""One generic editable table for every section of the account plan.

A section (risks, actions, …) is a list of records in the account document. A
``SectionModel`` shows it through a list of ``Column`` definitions; edits leave
as ``editRequested(row, {field: value})`` and come back as a new document after
the undoable command ran, so the model never changes data itself and every
value is checked by the same rules as an imported file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QKeySequence,
    QPaintEvent,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.models.account import AccountFile
from app.views.empty_table import EmptyTextTable
from app.views.formatting import decimals_needed, display_locale, parse_number
from app.views.plain import PlainLabel, plain
from app.views.plan.details import DetailPanel
from app.views.plan.requests import EditRequest, Pending

Index = QModelIndex | QPersistentModelIndex
MAX_LINE = 200  # characters of a name or short text (schema.Name, schema.ShortText)
SORT_ROLE = Qt.ItemDataRole.UserRole + 7
#: whether a cell cannot be changed for its entry (a risk marked internal cannot be shared)
LOCKED_ROLE = Qt.ItemDataRole.UserRole + 8
#: the field that says whether an entry is shared with the customer (client edition)
SHARED = "client_visible"
MUTED = QColor("#78909c")
#: the header menu's entry that sizes the columns to the texts shown (English; the menu
#: shows it translated)
FIT_COLUMNS = str(QT_TRANSLATE_NOOP("SectionPage", "Fit columns to contents"))
Kind = Literal["text", "long", "choice", "int", "number", "date", "bool", "computed"]
Choices = Callable[[AccountFile], Sequence[tuple[str, Any]]]


@dataclass(frozen=True)
class Words:
    """What a section page says about its entries, each a whole sentence translated as
    one (Russian declines the noun, Chinese has no article): "Add risk", "Select a risk
    to see and edit this."."""

    #: the Add button; the empty table's text names it
    add: str
    #: the detail boxes while no entry is selected
    select: str


@dataclass(frozen=True)
class Lock:
    """Why a check box cannot be ticked for an entry (an internal risk is never shared)."""

    #: shown in the cell beside the greyed box: "internal"
    word: str
    #: shown beside the detail box: "Internal: never shared"
    note: str
    #: the tooltip: why, and what to do instead
    why: str


@dataclass(frozen=True)
class Column:
    """How one field of a record is shown and edited.

    ``choice`` columns take their (label, value) pairs from ``choices`` (a
    vocabulary, or the team / stakeholders / objectives of this account);
    ``computed`` columns are read-only and shown by ``show``.
    """

    field: str
    title: str
    kind: Kind = "text"
    choices: Choices | None = None
    show: Callable[[Any, AccountFile], str] | None = None
    #: what a computed column sorts by: a number (None sorts first), not its text
    sort: Callable[[Any, AccountFile], float | None] | None = None
    low: int = 0
    high: int = 100
    tip: str = ""
    #: a choice that must be made: no "—" (unset) in its list
    required: bool = False
    #: not shown in the table at first (a long text read below it); the header's
    #: context menu shows it
    hidden: bool = False
    #: a computed column that shows a number: aligned right like the other numbers
    numeric: bool = False
    #: for a check box that some entries cannot have ticked (an internal risk cannot be
    #: shared): why, for those entries; None for the others
    locked: Callable[[Any], Lock | None] | None = None
    #: a text column whose value is not a string (a person's messenger handles): the
    #: value as text in the editor, and the value from what was typed (ValueError:
    #: refused, with its message, nothing saved)
    edit_text: Callable[[Any], str] | None = None
    parse: Callable[[str], Any] | None = None

    def lock(self, item: Any) -> Lock | None:
        return self.locked(item) if self.locked is not None else None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return display_locale().toString(value, "f", decimals_needed(value, 2))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\n", " ")


class SectionModel(QAbstractTableModel):
    #: an EditRequest
    editRequested = Signal(object)
    #: a value refused before it became an edit (a number that is not one), and why
    refused = Signal(str)

    def __init__(self, section: str, columns: Sequence[Column], parent: Any = None,
                 items_of: Callable[[AccountFile], Sequence[Any]] | None = None,
                 parent_of: Callable[[AccountFile], Any] | None = None) -> None:
        """``items_of``: where the rows come from, for lists nested in an entry
        (an objective's milestones, a KPI's values); by default ``doc.<section>``.
        ``parent_of``: that entry (the objective, the KPI)."""
        super().__init__(parent)
        self.section = section
        self.columns = list(columns)
        self.items_of = items_of or (lambda doc: getattr(doc, section))
        self.parent_of = parent_of
        #: the entry the rows belong to, when nested
        self.parent_item: Any = None
        #: where edits wait for their editor to close (shared by the Plan tab)
        self.pending: Pending | None = None
        self.doc: AccountFile | None = None
        self.items: list[Any] = []
        #: optional colour for a whole row (overdue actions, high risks)
        self.row_colour: Callable[[Any], QColor | None] = lambda _item: None
        #: per choice column (by field): value → label in ``doc``, built on first use
        #: and dropped when another document is loaded; not a list searched per cell
        self._labels: dict[str, dict[Any, str]] = {}
        #: per column: every row's sort key, computed on first use after a load (a
        #: sort asks for two keys per comparison: n log n times, each through Python)
        self._sort_keys: dict[int, list[float | str]] = {}

    def load(self, doc: AccountFile | None, same_account: bool = False) -> bool:
        """Show ``doc``'s entries. After an edit of the same account that kept the
        entries (by id) in their order, the cells change in place (the current cell, an editor
        opened by Tab and the selection stay); otherwise the model is reset.
        Returns whether it was reset."""
        items = list(self.items_of(doc)) if doc is not None else []
        self.parent_item = (self.parent_of(doc) if doc is not None and self.parent_of
                            else None)
        if same_account and doc is not None and len(items) == len(self.items) and items \
                and all(getattr(a, "id", None) == getattr(b, "id", None)
                        for a, b in zip(items, self.items, strict=True)):
            self._take(doc, items)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(items) - 1, len(self.columns) - 1))
            return False
        self.beginResetModel()
        self._take(doc, items)
        self.endResetModel()
        return True

    def _take(self, doc: AccountFile | None, items: list[Any]) -> None:
        """Hold ``doc``'s entries, and drop what was derived from the previous ones."""
        if doc is not self.doc:
            self._labels = {}
        self.doc, self.items = doc, items
        self._sort_keys = {}

    def item(self, row: int) -> Any:
        return self.items[row]

    def key_at(self, row: int) -> str | None:
        """The id of the entry at ``row`` (None: no such row, or an entry without id)."""
        return getattr(self.items[row], "id", None) if 0 <= row < len(self.items) else None

    def row_of(self, key: str | None, fallback: int) -> int:
        """Where the entry ``key`` is now; ``fallback`` for an entry without id."""
        if key is None:
            return fallback
        return next((i for i, e in enumerate(self.items) if getattr(e, "id", None) == key),
                    -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tip or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        column = self.columns[index.column()]
        kind = column.kind
        if kind == "bool":
            if column.lock(self.items[index.row()]) is not None:
                return flags  # shown greyed and unticked (SectionDelegate), not clickable
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if kind not in ("computed", "long"):  # long texts: in the detail panel below
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def display(self, item: Any, column: Column) -> str:
        assert self.doc is not None
        if column.show is not None:
            return column.show(item, self.doc)
        value = getattr(item, column.field, None)
        if column.kind == "choice" and column.choices is not None:
            text = self._label(column, value)
            if text is not None:
                return text
        return "" if column.kind == "bool" else _text(value)

    def _label(self, column: Column, value: Any) -> str | None:
        """The label of ``value`` among the column's choices (the first, if two have
        the same value); None when it is not one of them."""
        assert self.doc is not None and column.choices is not None
        labels = self._labels.get(column.field)
        if labels is None:
            labels = {}
            for text, choice in column.choices(self.doc):
                labels.setdefault(choice, text)
            self._labels[column.field] = labels
        try:
            return labels.get(value)
        except TypeError:  # not hashable, so not a choice
            return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.doc is None:
            return None
        if role == SORT_ROLE:
            keys = self._sort_keys.get(index.column())
            if keys is None:
                column = self.columns[index.column()]
                keys = self._sort_keys[index.column()] = [
                    self._sort_key(item, column) for item in self.items]
            return keys[index.row()]
        item, column = self.items[index.row()], self.columns[index.column()]
        lock = column.lock(item)
        if lock is not None:  # what the entry really is, in words: "internal"
            return self._locked_data(lock, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(item, column.field, None)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if getattr(item, column.field) else \
                Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column.field == SHARED:
            return (self.tr("Shared with the customer: in the client edition PDF")
                    if getattr(item, SHARED, False) else self.tr("Not shared: ours alone"))
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cut cell
            text = (str(getattr(item, column.field, None) or "") if column.kind == "long"
                    else self.display(item, column))
            return plain(text) if len(text) > 20 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.row_colour(item)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (
                column.kind in ("int", "number") or column.numeric):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _sort_key(self, item: Any, column: Column) -> float | str:
        """What the column sorts ``item`` by: a number (unset first) or its text."""
        assert self.doc is not None
        if column.lock(item) is not None:
            return 0.0  # as an unticked box
        if column.sort is not None:
            key = column.sort(item, self.doc)
            return float("-inf") if key is None else float(key)
        value = getattr(item, column.field, None)
        if column.kind in ("int", "number"):
            return float(value) if value is not None else float("-inf")
        if column.kind == "bool":
            return 1.0 if value else 0.0
        return self.display(item, column).casefold()

    @staticmethod
    def _locked_data(lock: Lock, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return lock.word
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Unchecked  # what the client edition does with it
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(lock.why)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MUTED)
        if role == LOCKED_ROLE:
            return True
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.lock(self.items[index.row()]) is not None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or column.kind in ("bool", "computed"):
            return False
        if value == getattr(self.items[index.row()], column.field, None):
            return False
        self.request(index.row(), {column.field: value})
        return False  # the new document, not this call, changes what is shown

    def request(self, row: int, changes: dict[str, Any]) -> None:
        """Ask for an edit of entry ``row`` as shown now; it is handed on once the
        editor is closed (the edit reloads this model, which must not happen while
        the view is still committing the editor's data)."""
        assert self.doc is not None
        request = EditRequest(self.doc.account.id, row, self.items[row], changes,
                              self.parent_item)
        if self.pending is not None:
            self.pending.later(lambda: self.editRequested.emit(request))
        else:
            QTimer.singleShot(0, lambda: self.editRequested.emit(request))


class SectionDelegate(QStyledItemDelegate):
    """Editors by column kind. Text that is not a number or a date is passed on as
    typed, so the document's validation refuses it with a clear message."""

    def __init__(self, model: SectionModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.data(LOCKED_ROLE):  # a check box that cannot be ticked looks it
            option.state &= ~QStyle.StateFlag.State_Enabled
            option.palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        column = self.model.columns[index.column()]
        if column.kind == "choice" and column.choices is not None and self.model.doc:
            combo = QComboBox(parent)
            if not column.required:
                combo.addItem("—", None)
            for text, value in column.choices(self.model.doc):
                combo.addItem(text, value)
            return combo
        if column.kind == "int":
            spin = QSpinBox(parent)
            spin.setRange(column.low - 1, column.high)
            spin.setSpecialValueText("—")  # the lowest value means "not set"
            return spin
        edit = QLineEdit(parent)
        # what the file format allows for names and short texts (a parsed text holds
        # several: a handle per messenger)
        edit.setMaxLength(MAX_LINE if column.parse is None else 8 * MAX_LINE)
        if column.kind == "date":
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        column = self.model.columns[index.column()]
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(value if isinstance(value, int) else column.low - 1)
        elif isinstance(editor, QLineEdit):
            editor.setText(column.edit_text(value) if column.edit_text else _text(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        column = self.model.columns[index.column()]
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox):
            value = None if editor.value() < column.low else editor.value()
        else:
            assert isinstance(editor, QLineEdit)
            text = editor.text().strip()
            value = text or None
            if column.parse is not None:
                try:
                    value = column.parse(text)
                except ValueError as err:
                    self.model.refused.emit(self._not_saved(column, err))
                    return
            elif text and column.kind == "number":
                try:
                    value = parse_number(text)
                except ValueError as err:  # said in the locale's terms, nothing saved
                    self.model.refused.emit(self._not_saved(column, err))
                    return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def _not_saved(self, column: Column, err: ValueError) -> str:
        return self.tr("{column}: not saved. {reason}").format(column=column.title,
                                                                reason=err)


class SectionTable(EmptyTextTable):
    """A section's table: while empty, it says to use the page's Add button, by the
    name the button has when painted (a page may rename it after it was made), unless
    the page has set a text of its own."""

    def __init__(self, add_button: QPushButton) -> None:
        super().__init__()
        self.add_button = add_button
        self._derived = self.empty_text = self._empty_text()

    def _empty_text(self) -> str:
        return QCoreApplication.translate(
            "SectionPage", "Nothing here yet: “{add}” (or Insert) adds one.").format(
                add=self.add_button.text())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.empty_text == self._derived and self.model().rowCount() == 0:
            self._derived = self.empty_text = self._empty_text()
        super().paintEvent(event)


class SectionPage(QWidget):
    """A plan section: its table, Add / Remove buttons, and an error line that says
    why an edit was refused (the stored value stays).

    ``what`` names the entries: the section's :class:`Words`, or one word ("person")
    for the Add button ("Add {what}") and a general "Select a row …" in the detail
    boxes (a page may rename the button after it is made)."""

    addRequested = Signal()
    removeRequested = Signal(list)
    #: (rows as indices into the document's list, shared with the customer or not)
    shareRequested = Signal(list, bool)

    def __init__(self, model: SectionModel, what: str | Words, hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.words = what if isinstance(what, Words) else Words(
            self.tr("Add {what}").format(what=what),
            self.tr("Select a row to see and edit this."))
        self.add_button = QPushButton(self.words.add)
        self.add_button.clicked.connect(self.addRequested)
        # click a header to sort; rows still map to the document's order underneath
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = SectionTable(self.add_button)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegate(SectionDelegate(model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, column in enumerate(model.columns):
            self.table.setColumnHidden(col, column.hidden)
            # an empty table too shows its titles whole (in Russian they run longer)
            header.resizeSection(col, max(header.defaultSectionSize(), self._title_width(col)))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        #: whether the columns were sized to the contents yet: once, when the table is
        #: first filled, then kept (the user's widths too) until asked from the header
        self.fitted = False
        model.modelReset.connect(self._fit_when_first_filled)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(
            lambda: self.removeRequested.emit(self.selected_rows()))
        # the keyboard way: Insert adds, Delete removes the selected entries
        for key, slot in ((QKeySequence.StandardKey.Delete,
                           lambda: self.removeRequested.emit(self.selected_rows())),
                          (QKeySequence(Qt.Key.Key_Insert), self.addRequested.emit)):
            shortcut = QShortcut(key, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.add_button.setToolTip(self.tr("Add (Insert)"))
        self.remove_button.setToolTip(
            self.tr("Remove the selected entries (Delete); Ctrl+Z undoes it"))
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.shared = next((c for c in model.columns if c.field == SHARED), None)
        if self.shared is not None:
            self._build_sharing()
        self.buttons.addStretch(1)
        self.default_hint = hint
        self.hint = PlainLabel(hint)  # names an objective, a file chosen
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6b76;")
        if not hint:  # (not setVisible(True): shown with the page, not as a window of its own)
            self.hint.hide()
        self.error = PlainLabel(wrap=True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        model.refused.connect(self.show_error)
        # the table, and beside it what some sections add (milestones, a chart):
        # a splitter, so the user decides how much room each gets
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.body, 1)
        long = [c for c in model.columns if c.kind == "long"]
        self.details = (DetailPanel(self, long, self.words.select, self.shared)
                        if long or self.shared is not None else None)
        if self.details is not None:
            layout.addWidget(self.details)
            self.table.doubleClicked.connect(self._on_double_clicked)

    def _build_sharing(self) -> None:
        """"Share with customer" and "Stop sharing" for the selected entries (one undo
        step for all of them): buttons, the table's context menu and shortcuts."""
        self.share_action = QAction(self.tr("Share with customer"), self)
        self.share_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.share_action.setToolTip(self.tr(
            "Share the selected entries with the customer: shown in the client edition PDF "
            "(Ctrl+Shift+S); Ctrl+Z undoes it"))
        self.unshare_action = QAction(self.tr("Stop sharing"), self)
        self.unshare_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.unshare_action.setToolTip(self.tr(
            "Stop sharing the selected entries: left out of the client edition PDF "
            "(Ctrl+Shift+U); Ctrl+Z undoes it"))
        self.share_button = QPushButton(self.share_action.text())
        self.unshare_button = QPushButton(self.unshare_action.text())
        for action, button, shared in ((self.share_action, self.share_button, True),
                                       (self.unshare_action, self.unshare_button, False)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(
                lambda _=False, on=shared: self.shareRequested.emit(self.selected_rows(), on))
            self.table.addAction(action)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            self.buttons.addWidget(button)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.share_action.setEnabled(chosen)
        self.unshare_action.setEnabled(chosen)

    def row_menu(self) -> QMenu:
        """The table's context menu: share or stop sharing the selected entries."""
        menu = QMenu(self)
        count = len(self.selected_rows())
        for action in (self.share_action, self.unshare_action):
            text = (self.tr("{action} (%n selected)", "", count).format(action=action.text())
                    if count > 1 else action.text())
            item = menu.addAction(text, action.trigger)
            item.setEnabled(action.isEnabled())
            item.setShortcut(action.shortcut())
        menu.addSeparator()
        menu.addAction(self.tr("Remove"),
                       lambda: self.removeRequested.emit(self.selected_rows()))
        return menu

    def _row_menu(self, pos: QPoint) -> None:
        menu = self.row_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def selected_rows(self) -> list[int]:
        """Selected rows as indices into the document's list."""
        return sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedRows()})

    def commit_pending(self) -> None:
        """Hand on what is being typed in this page (a cell's editor, a detail box)."""
        focus = QApplication.focusWidget()
        if (focus is not None and self.table.state() == QAbstractItemView.State.EditingState
                and self.table.isAncestorOf(focus)):
            self.table.commitData(focus)
            self.table.closeEditor(focus, QAbstractItemDelegate.EndEditHint.NoHint)
        if self.details is not None:
            self.details.commit_all()

    def add_side(self, widget: QWidget, share: int) -> None:
        """Put ``widget`` beside the table; ``share``: its part of the width against
        the table's 3."""
        self.body.addWidget(widget)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(self.body.count() - 1, share)

    def reload(self, doc: AccountFile | None, same_account: bool) -> None:
        """Show ``doc``; after an edit of the same account the current entry stays
        current (found by its id wherever the edit moved it), with the focus."""
        current = self.proxy.mapToSource(self.table.currentIndex())
        focus = self.table.hasFocus()
        key = self.model.key_at(current.row())
        if self.model.load(doc, same_account=same_account) and same_account:
            self.restore(self.model.row_of(key, current.row()), current.column(), focus)
        self.show_error(None)

    def restore(self, row: int, column: int, focus: bool) -> None:
        """Make the document's entry ``row`` current again after a reset, in the same
        column, with the keyboard focus back if the table had it."""
        if 0 <= row < self.model.rowCount():
            index = self.view_index(row, max(column, 0))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        if focus:
            self.table.setFocus()

    def current_row(self) -> int:
        """The current row as an index into the document's list (-1: none)."""
        return self.proxy.mapToSource(self.table.currentIndex()).row()

    def view_index(self, row: int, column: int = 0) -> QModelIndex:
        """The table's index of the document's row ``row``."""
        return self.proxy.mapFromSource(self.model.index(row, column))

    def column_menu(self) -> QMenu:
        """The header's context menu: tick the columns to show (the first stays), or
        fit the widths to what the table shows now."""
        menu = QMenu(self)
        for col, column in enumerate(self.model.columns[1:], start=1):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self.table.setColumnHidden(c, not on))
        menu.addSeparator()
        fit = menu.addAction(QCoreApplication.translate("SectionPage", FIT_COLUMNS),
                             self.fit_columns)
        fit.setToolTip(self.tr("Widths from the texts shown now (they are kept when entries "
                               "or accounts change)"))
        return menu

    def _choose_columns(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        column = self.model.columns[index.column()]
        if column.kind == "long" and self.details is not None:
            self.details.focus(column.field)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def _fit_when_first_filled(self) -> None:
        """Size the columns the first time the table has entries; not on every reload
        (measuring every cell each time an account is shown or an entry added or
        removed): the widths then stay as they are, or as the user made them."""
        if not self.fitted and self.model.rowCount():
            self.fit_columns()

    def fit_columns(self) -> None:
        """Widths from the contents, capped so that more columns fit: the first (the
        entry's name) gets most, long texts least (they are read below the table;
        every cut text shows in full as a tooltip); never narrower than the title."""
        self.fitted = True
        self.table.resizeColumnsToContents()
        for col, column in enumerate(self.model.columns):
            cap = 260 if col == 0 else 150 if column.kind == "long" else 190
            width = self.table.columnWidth(col)
            self.table.setColumnWidth(col, max(min(max(width, 60), cap),
                                               self._title_width(col)))

    def _title_width(self, col: int) -> int:
        """The width the column's title needs in the header (with its sort arrow)."""
        return self.table.horizontalHeader().sectionSizeFromContents(col).width()
