"""File › Import contacts…: a contact file (or rows pasted from a spreadsheet) brought
into the open account in three steps — the file as read, its columns, what each row
will do — and saved as one undoable edit.

The wizard only reads and plans (``app.contacts``); its result is the next account
document, which the main window saves like any other edit of the map.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.contacts import (
    ENCODINGS,
    GENERIC,
    NO_HEADER,
    PRESET_LABELS,
    ImportPlan,
    Layout,
    Table,
    layout,
    open_source,
    plan_import,
    read_source,
)
from app.errors import InvalidInput, RapportError
from app.i18n import _
from app.models.account import LIMITS, AccountFile
from app.services.contacts import ImportSummary, apply_import, placed
from app.views.contacts.models import ColumnsModel, PlanModel, RawModel, field_choices
from app.views.formatting import number
from app.views.plain import PlainLabel


def file_filter() -> str:
    """What the file dialog offers."""
    return QCoreApplication.translate(
        "ContactsWizard", "Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;"
        "CSV or text (*.csv *.txt *.tsv);;Excel workbook (*.xlsx);;"
        "vCard (*.vcf *.vcard);;All files (*)")


ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #5f6b76;"


def _message(err: RapportError) -> str:
    if isinstance(err, InvalidInput):
        return "; ".join(str(p) for p in err.problems) or str(err)
    return str(err)


def _table_view(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    # widths from the first rows, not all 5,000 (each would be laid out as text)
    view.horizontalHeader().setResizeContentsPrecision(200)
    return view


def _fit(view: QTableView, most: int = 300) -> None:
    """Columns as wide as their texts, none wider than ``most`` (a long problem or
    change list is cut with "…"; its tooltip has it whole)."""
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount()):
        view.setColumnWidth(column, min(view.columnWidth(column), most))


class _FieldDelegate(QStyledItemDelegate):
    """The Imported-as column: a choice of the fields a contact can fill."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for text, field in field_choices():
            combo.addItem(text, field)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
                      ) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ContactsWizard(QWizard):
    """Pages: the file (encoding), the columns (preset, header row, mapping), the
    preview (what each row does; rows can be left out). ``result`` after Import."""

    def __init__(self, base: AccountFile,
                 saved: Any = None, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        """``base``: the account as it is now; ``saved``: where mappings are kept
        (``SettingsService``: ``contact_mapping``/``save_contact_mapping``)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts into {account}").format(
            account=base.account.name)[:120])
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.resize(1040, 660)
        self.base, self._saved, self._today = base, saved, today
        self.table: Table | None = None
        self.layout_: Layout | None = None
        self.plan: ImportPlan | None = None
        self.result_doc: AccountFile | None = None
        self.summary: ImportSummary | None = None
        self._path: Path | None = None
        self._data: tuple[bytes, str] | None = None
        self.encoding: str | None = None  # None: detected
        self.preset: str | None = None  # None: recognised from the columns
        self.header_row: int | None = None  # None: found
        self.corrections: dict[str, str | None] = {}
        self.user_skip: set[int] = set()
        self.used_saved = False
        self.raw_model, self.columns_model = RawModel(self), ColumnsModel(self)
        self.plan_model = PlanModel(self)
        self.columns_model.fieldChosen.connect(self.choose_field)
        self.plan_model.rowToggled.connect(self._toggle_row)
        self.source_page = self._source_page()
        self.columns_page = self._columns_page()
        self.preview_page = self._preview_page()
        for page in (self.source_page, self.columns_page, self.preview_page):
            self.addPage(page)

    # -- pages ---------------------------------------------------------------------------
    def _source_page(self) -> _Page:
        page = _Page(lambda: self.table is not None)
        page.setTitle(self.tr("The file"))
        page.setSubTitle(self.tr("A CSV or text file, an Excel workbook or vCards from a "
                                 "phone. The encoding is detected; check that the names "
                                 "read right."))
        self.file_label = PlainLabel(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("Detected"), None)
        for codec, text in ENCODINGS:
            self.encoding_combo.addItem(_(text), codec)  # the domain's catalogue
        self.encoding_combo.activated.connect(
            lambda _i: self.set_encoding(self.encoding_combo.currentData()))
        self.encoding_note = PlainLabel(wrap=True)
        self.encoding_note.setStyleSheet(NOTE_STYLE)
        self.source_error = PlainLabel(wrap=True)
        self.source_error.setStyleSheet(ERROR_STYLE)
        self.raw_view = _table_view(self.raw_model)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Encoding"), self.encoding_combo)
        layout_ = QVBoxLayout(page)
        layout_.addLayout(top)
        layout_.addLayout(form)
        layout_.addWidget(self.encoding_note)
        layout_.addWidget(self.source_error)
        layout_.addWidget(self.raw_view, 1)
        return page

    def _columns_page(self) -> _Page:
        page = _Page(lambda: self.layout_ is not None and self.layout_.has_name)
        page.setTitle(self.tr("The columns"))
        page.setSubTitle(self.tr("Which column fills which field. Recognised from the "
                                 "column names (English, Russian, Chinese) and CRM exports; "
                                 "double-click a field to change it."))
        self.preset_combo = QComboBox()
        self.preset_combo.addItem(self.tr("Recognised from the columns"), None)
        self.preset_combo.addItem(self.tr("None (column names only)"), GENERIC)
        for key, text in PRESET_LABELS.items():
            self.preset_combo.addItem(text, key)
        self.preset_combo.activated.connect(
            lambda _i: self.set_preset(self.preset_combo.currentData()))
        self.header_spin = QSpinBox()
        self.header_spin.setRange(NO_HEADER, 1_000_000)
        self.header_spin.setSpecialValueText(self.tr("none: the file has no header row"))
        self.header_spin.setToolTip(self.tr("The row that names the columns (as numbered on "
                                            "the first page)"))
        self.header_spin.editingFinished.connect(
            lambda: self.set_header_row(self.header_spin.value()))
        self.columns_view = _table_view(self.columns_model)
        self.columns_view.setItemDelegateForColumn(2, _FieldDelegate(self.columns_view))
        self.columns_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed
                                          | QAbstractItemView.EditTrigger.SelectedClicked)
        self.save_mapping = QPushButton(self.tr("Save this mapping"))
        self.save_mapping.setToolTip(self.tr("Use these fields again for files with the "
                                             "same columns"))
        self.save_mapping.clicked.connect(self.save_current_mapping)
        self.columns_note = PlainLabel(wrap=True)
        self.columns_note.setStyleSheet(NOTE_STYLE)
        self.columns_error = PlainLabel(wrap=True)
        self.columns_error.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("CRM export"), self.preset_combo)
        form.addRow(self.tr("Header row"), self.header_spin)
        bottom = QHBoxLayout()
        bottom.addWidget(self.columns_note, 1)
        bottom.addWidget(self.save_mapping)
        layout_ = QVBoxLayout(page)
        layout_.addLayout(form)
        layout_.addWidget(self.columns_error)
        layout_.addWidget(self.columns_view, 1)
        layout_.addLayout(bottom)
        return page

    def _preview_page(self) -> _Page:
        page = _Page(lambda: self.plan is not None and any(
            r.action in ("create", "update") for r in self.plan.rows))
        page.setTitle(self.tr("What will happen"))
        page.setSubTitle(self.tr("New people, people already in the account that the file "
                                 "updates, and rows left out with the reason. Untick a row "
                                 "to leave it out."))
        self.plan_summary = PlainLabel(wrap=True)
        self.plan_summary.setStyleSheet("font-weight: 600;")
        self.plan_notes = PlainLabel(wrap=True)
        self.plan_notes.setStyleSheet(NOTE_STYLE)
        self.plan_error = PlainLabel(wrap=True)
        self.plan_error.setStyleSheet(ERROR_STYLE)
        self.plan_view = _table_view(self.plan_model)
        layout_ = QVBoxLayout(page)
        layout_.addWidget(self.plan_summary)
        layout_.addWidget(self.plan_error)
        layout_.addWidget(self.plan_view, 1)
        layout_.addWidget(self.plan_notes)
        return page

    # -- the file --------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import contacts"),
                                                    str(Path.home()), file_filter())
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self._path, self._data = path, None
        self.file_label.setText(str(path))
        self._read()

    def open_data(self, data: bytes, name: str) -> None:
        """Rows pasted from a spreadsheet (tab-separated), read like a file."""
        self._path, self._data = None, (data, name)
        self.file_label.setText(name)
        self._read()

    def set_encoding(self, codec: str | None) -> None:
        self.encoding = codec
        self._read()

    def _read(self) -> None:
        self.table = None
        try:
            if self._path is not None:
                self.table = open_source(self._path, self.encoding)
            elif self._data is not None:
                self.table = read_source(self._data[0], self._data[1], self.encoding)
        except RapportError as err:
            self.source_error.setText(_message(err))
            self.source_error.show()
        else:
            self.source_error.hide()
        table = self.table
        self.raw_model.set_table(table)
        _fit(self.raw_view)
        readable = table is not None and table.kind != "xlsx"
        self.encoding_combo.setEnabled(readable)
        if table is not None and table.encoding:
            read = (self.tr("Read as {encoding}: {reason}").format(
                        encoding=table.encoding, reason=table.encoding_reason)
                    if table.encoding_reason
                    else self.tr("Read as {encoding}").format(encoding=table.encoding))
            if readable:
                read = self.tr("{read}. Names look wrong? Choose the encoding above.").format(
                    read=read)
            self.encoding_note.setText(read)
        elif table is not None:
            self.encoding_note.setText(self.tr("Excel workbook, sheet {sheet}").format(
                sheet=table.sheet or "1"))
        else:
            self.encoding_note.setText("")
        self.corrections, self.user_skip, self.used_saved = {}, set(), False
        self.header_row = None
        if self._data is not None and table is not None and not self._names_columns(table):
            self.header_row = NO_HEADER  # pasted rows without their header row
        self._lay_out()
        self.source_page.completeChanged.emit()

    @staticmethod
    def _names_columns(table: Table) -> bool:
        """Whether some row of ``table`` reads as a header (names a known field)."""
        try:
            return bool(layout(table).mapping.fields)
        except RapportError:
            return False

    # -- the columns ---------------------------------------------------------------------
    def set_preset(self, preset: str | None) -> None:
        self.preset = preset
        self._lay_out()

    def set_header_row(self, row: int) -> None:
        if self.layout_ is not None and row == self.layout_.header_row:
            return
        self.header_row = row
        self.corrections = {}
        self._lay_out()

    def choose_field(self, column: str, field: str | None) -> None:
        """The user's choice for a column; the field leaves the column that had it."""
        self.corrections = {c: (None if f == field and field is not None else f)
                            for c, f in self.corrections.items()}
        self.corrections[column] = field
        self._lay_out()

    def save_current_mapping(self) -> None:
        if self.layout_ is None or self._saved is None:
            return
        try:
            self._saved.save_contact_mapping(list(self.layout_.columns),
                                             self.layout_.mapping.to_json())
        except RapportError as err:
            self.columns_error.setText(self.tr("The mapping was not saved: {reason}").format(
                reason=_message(err)))
            self.columns_error.show()
            return
        self.columns_note.setText(self.tr("Saved: files with these columns will be read "
                                          "this way."))

    def _lay_out(self) -> None:
        self.layout_ = None
        error = ""
        if self.table is not None:
            try:
                self.layout_ = self._layout_with_saved()
            except RapportError as err:
                error = _message(err)
        if self.layout_ is not None and not self.layout_.has_name:
            error = self.tr("No column is a name yet: choose which column holds the full "
                            "name, or the first and last names.")
        self.columns_error.setText(error)
        self.columns_error.setVisible(bool(error))
        self.columns_model.set_layout(self.layout_)
        _fit(self.columns_view)
        lay = self.layout_
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(lay.header_row or NO_HEADER if lay is not None else 0)
        self.header_spin.setEnabled(lay is not None and lay.header_row is not None)
        self.header_spin.blockSignals(False)
        found = self.preset_combo.findData(self.preset)
        self.preset_combo.setCurrentIndex(max(0, found))
        notes = []
        if lay is not None:
            if self.preset is None and lay.preset is not None:
                notes.append(self.tr("Recognised: {crm} export.").format(
                    crm=PRESET_LABELS.get(lay.preset, lay.preset)))
            if self.used_saved:
                notes.append(self.tr("Using the mapping you saved for these columns."))
            if lay.unmapped:
                notes.append(self.tr("%n column(s) not imported.", "", len(lay.unmapped)))
        self.columns_note.setText(" ".join(notes))
        self.save_mapping.setEnabled(lay is not None and self._saved is not None)
        self.columns_page.completeChanged.emit()
        self._replan()

    def _layout_with_saved(self) -> Layout:
        assert self.table is not None
        lay = layout(self.table, preset=self.preset, header_row=self.header_row,
                     mapping=self.corrections or None)
        if not self.corrections and self._saved is not None:
            saved = self._saved.contact_mapping(list(lay.columns))
            if saved is not None:
                self.corrections, self.used_saved = dict(saved), True
                lay = layout(self.table, preset=self.preset, header_row=self.header_row,
                             mapping=self.corrections)
        return lay

    # -- the preview ---------------------------------------------------------------------
    def _toggle_row(self, row: int, imported: bool) -> None:
        if imported:
            self.user_skip.discard(row)
        else:
            self.user_skip.add(row)
        self._replan()

    def _replan(self) -> None:
        self.plan = None
        error = ""
        if self.layout_ is not None and self.layout_.has_name:
            try:
                self.plan = plan_import(self.base, self.layout_, skip=self.user_skip)
            except RapportError as err:
                error = _message(err)
        self.plan_error.setText(error)
        self.plan_error.setVisible(bool(error))
        self.plan_model.set_plan(self.plan, self.user_skip)
        _fit(self.plan_view)
        self._describe_plan()
        self.preview_page.completeChanged.emit()

    def _describe_plan(self) -> None:
        plan = self.plan
        if plan is None:
            self.plan_summary.setText("")
            self.plan_notes.setText("")
            return
        cards = plan.layout.table.unit == "card"  # a vCard file: cards, not rows
        new, update = plan.count("create"), plan.count("update")
        there, skip = plan.count("unchanged"), plan.count("skip")
        counts = self.tr("{new}, {update}, {there}, {skipped}").format(
            new=self.tr("{count} new", "", new).format(count=number(new)),
            update=self.tr("{count} to update", "", update).format(count=number(update)),
            there=self.tr("{count} already there", "", there).format(count=number(there)),
            skipped=self.tr("{count} left out", "", skip).format(count=number(skip)))
        if not any(r.action in ("create", "update") for r in plan.rows):
            counts = self.tr("{counts} — nothing to import: the account already has everyone "
                             "as in the file").format(counts=counts)
        self.plan_summary.setText(counts)
        notes = []
        if plan.unmatched_managers:
            shown = self.tr(", ", "between the items of a list").join(
                (self.tr("card {number}: {name}") if cards
                 else self.tr("row {number}: {name}")).format(number=number(row), name=name)
                for row, name in plan.unmatched_managers[:8])
            more = len(plan.unmatched_managers) - 8
            if more > 0:
                shown = self.tr("{shown} and {count} more", "", more).format(
                    shown=shown, count=number(more))
            notes.append(self.tr("Managers not found (no reporting line drawn, never "
                                 "guessed): {shown}").format(shown=shown))
        most = LIMITS["stakeholders"].most
        if plan.people_after > most:
            notes.append(self.tr("The account would hold {count} people; it can hold "
                                 "{most}. Leave some rows out.", "", plan.people_after).format(
                count=number(plan.people_after), most=number(most)))
        self.plan_notes.setText("\n".join(notes))

    # -- import ------------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.preview_page:
            return super().validateCurrentPage()
        assert self.plan is not None
        try:
            result = apply_import(self.plan, today=self._today())
        except RapportError as err:
            self.plan_error.setText(_message(err))
            self.plan_error.show()
            return False
        self.result_doc, self.summary = placed(result), result.summary
        return True


class _Page(QWizardPage):
    """A page whose Next/Import is enabled when ``complete`` says so."""

    def __init__(self, complete: Callable[[], bool]) -> None:
        super().__init__()
        self._complete = complete

    def isComplete(self) -> bool:
        return self._complete()
