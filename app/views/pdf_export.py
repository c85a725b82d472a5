"""File › Export plan as PDF…: choose the edition, the sections and the file; the export
runs in a QThread behind a progress dialog (it can be cancelled), then the PDF opens.

For the client edition the dialog shows, beside the section check boxes, exactly what
the customer will see: each chosen section with its count and its entries, and the
sections left out because nothing in them is shared. It is on screen when the user
presses "Export client edition…", so nobody writes a client PDF without having seen it.

The document's language is chosen here, whatever the window's ("Document language",
the window's by default): a Russian-speaking manager can hand a Chinese customer a
Chinese client edition, and the preview shows it in Chinese.

``export_plan_pdf(parent, services, key)`` is the whole flow; the dialog and the run are
separate (``PdfExportDialog``, ``run_export``) so tests can drive each one.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSettings,
    QSize,
    Qt,
    QThread,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.bootstrap import Services
from app.errors import RapportError
from app.reports import SECTIONS, Edition
from app.reports.editions import file_name
from app.services.reports import (
    FLAGS_SHOWN,
    ClientPreview,
    PdfResult,
    client_preview,
    client_text_flags,
    export_pdf,
)
from app.views.plain import PlainLabel, escape, plain
from app.views.targets import confirm_read_only, is_read_only, target_problem

log = logging.getLogger("rapport.views.pdf")

#: the edition's button and what it says about it (English; shown translated, see _tr)
EDITIONS: tuple[tuple[Edition, object, object], ...] = (
    (Edition.INTERNAL, QT_TRANSLATE_NOOP("PdfExport", "Internal"),
     QT_TRANSLATE_NOOP("PdfExport", "Everything, for the account team: stances, scores,\n"
                                    "notes, gap analysis, internal risks.")),
    (Edition.CLIENT, QT_TRANSLATE_NOOP("PdfExport", "Client"),
     QT_TRANSLATE_NOOP("PdfExport", "For the customer: only plan entries marked shared;\n"
                                    "no stances, scores or notes; the map is the org chart.")),
    (Edition.EXECUTIVE, QT_TRANSLATE_NOOP("PdfExport", "Executive brief"),
     QT_TRANSLATE_NOOP("PdfExport", "Two pages for our leadership: summary, key people,\n"
                                    "top risks, our asks.")),
)
#: where the last export went and how, remembered between runs
FOLDER_KEY, EDITION_KEY, OPEN_KEY = "pdf/folder", "pdf/edition", "pdf/open"

#: the preview panel's word for the other editions, where it has nothing to preview
PREVIEW_NOTES = {
    Edition.INTERNAL: QT_TRANSLATE_NOOP(
        "PdfExport", "The internal edition is for the account team: it prints every "
                     "chosen section with everything recorded, empty sections with a "
                     "line that says so.\n\nChoose the client edition to see, section by "
                     "section, what the customer will see."),
    Edition.EXECUTIVE: QT_TRANSLATE_NOOP(
        "PdfExport", "The executive brief is two pages for our leadership; the sections "
                     "are not chosen.\n\nChoose the client edition to see, section by "
                     "section, what the customer will see."),
}
NOTHING_SHARED = QT_TRANSLATE_NOOP(
    "PdfExport", "Nothing from the plan is shared yet: the client edition will hold the "
                 "profile, the org chart and the stage only. Mark entries "
                 "“Shared with customer” in the Plan tab.")
#: a section with more entries than this starts collapsed (its heading gives the count)
EXPANDED_UP_TO = 12
#: how the preview marks a section that is left out (with words too: not colour alone)
LEFT_OUT_COLOUR = "#a15c00"


def _tr(text: object) -> str:
    """``text`` (English, marked with QT_TRANSLATE_NOOP where it is defined) in the
    window's language."""
    return QCoreApplication.translate("PdfExport", str(text))


def _title() -> str:
    return QCoreApplication.translate("PdfExport", "Export plan as PDF")


def open_in_viewer(path: Path) -> None:
    """Open the PDF with the desktop's default viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


#: bytes of the account name in a suggested file name (with room for the rest)
NAME_BYTES = 150


def suggested_name(account: str, edition: Edition, lang: str | None = None) -> str:
    """"Acme Corp - account plan (client).pdf" in the document's language ``lang`` (None:
    the window's), without characters file systems refuse."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f\s]+', " ", account).strip() or "account"
    while len(safe.encode("utf-8")) > NAME_BYTES:  # file systems allow 255 bytes a name
        safe = safe[:-1]
    with i18n.language(lang or i18n.current()):
        return file_name(safe.rstrip(), edition)


@dataclass(frozen=True)
class Choice:
    edition: Edition
    sections: frozenset[str] | None  # None: all of the edition's
    path: Path
    open_when_done: bool
    #: the document's language ("en", "zh_CN", "ru"); None: the window's
    lang: str | None = None


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text: QTreeView asks its delegate for a row's height
    without the width (a speed-up inside Qt), so a wrapped line would get one line's
    height and lose its end. This gives the delegate the width the text has."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._view.viewport().width() - self._view.indentation() * depth
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 80), 10_000)
        hint = super().sizeHint(sized, index)
        # a few pixels of air: a line of mixed Chinese and Latin measured to the exact
        # pixel was painted as one elided line (15 + 14 px of lines in a 29 px row)
        return QSize(hint.width(), hint.height() + 4)


class WrappingTree(QTreeView):
    """A read-only tree of plain-text lines that wrap instead of ending in "…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTreeView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a scroll bar that comes and goes would change the width the text wraps in
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the rows' heights follow the new width


class PdfExportDialog(QDialog):
    """Edition (radio buttons), sections (check boxes; the executive brief has none),
    beside them what the customer sees (client edition), then the file (line edit and
    Browse…) and whether to open the PDF afterwards.

    ``preview`` gives the client edition's preview of every section; it is asked once,
    when the client edition is first chosen (the account cannot change while the modal
    dialog is open), and filtered by the ticks; asked again, inside the chosen document
    language (``with i18n.language(...)``), when that changes. Without it the panel says
    so."""

    def __init__(self, parent: QWidget | None, account: str, settings: QSettings,
                 preview: Callable[[], ClientPreview] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export plan as PDF"))
        self._account = account
        self._settings = settings
        self._preview_source = preview
        self._preview: ClientPreview | None = None
        #: the file the file dialog has asked about replacing (no second question)
        self._asked: Path | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{escape(account)}</b>")
        heading.setWordWrap(True)  # a 200-character name must not widen the dialog
        layout.addWidget(heading)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        columns.addLayout(left)
        columns.addWidget(self._build_preview(), 1)
        layout.addLayout(columns, 1)

        language_row = QHBoxLayout()
        self.language_combo = QComboBox()
        for code in i18n.LANGUAGES:  # each language's name in itself
            self.language_combo.addItem(i18n.NAMES[code], code)
        window = self.language_combo.findData(i18n.current())
        self.language_combo.setCurrentIndex(max(0, window))
        self.language_combo.setToolTip(self.tr(
            "The language the PDF is written in, whatever the window's: its headings, "
            "tables, dates and figures."))
        language_label = QLabel(self.tr("Document &language:"))
        language_label.setBuddy(self.language_combo)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        left.addLayout(language_row)

        group = QGroupBox(self.tr("Edition"))
        box = QVBoxLayout(group)
        self.editions = QButtonGroup(self)
        self.edition_buttons: dict[Edition, QRadioButton] = {}
        for i, (edition, title, text) in enumerate(EDITIONS):
            title, text = _tr(title), _tr(text)
            button = QRadioButton(title)
            button.setToolTip(text.replace("\n", " "))
            self.editions.addButton(button, i)
            self.edition_buttons[edition] = button
            hint = QLabel(text)  # two lines, not word-wrapped: wrapped labels get clipped
            hint.setContentsMargins(22, 0, 0, 4)
            hint.setStyleSheet("color: palette(placeholder-text);")
            box.addWidget(button)
            box.addWidget(hint)
        left.addWidget(group)

        self.sections_box = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(self.sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        self._ticks: dict[str, bool] = {}  # ticks of sections the edition has no room for
        self._allowed: dict[str, bool] = {}
        for i, section in enumerate(SECTIONS):
            check = QCheckBox(section.title)
            check.setChecked(True)
            check.toggled.connect(self._update_preview)
            grid.addWidget(check, i // 2, i % 2)
            self.section_checks[section.key] = check
        left.addWidget(self.sections_box)
        left.addStretch(1)

        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setMinimumWidth(360)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        row.addWidget(file_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.open_check = QCheckBox(self.tr("Open the PDF when it is done"))
        self.open_check.setChecked(bool(settings.value(OPEN_KEY, True, type=bool)))
        layout.addWidget(self.open_check)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error = PlainLabel(wrap=True)  # names the folder typed
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)

        stored = str(settings.value(EDITION_KEY, Edition.INTERNAL.value))
        edition = Edition(stored) if stored in {e.value for e in Edition} else Edition.INTERNAL
        folder = Path(str(settings.value(FOLDER_KEY, str(Path.home()))))
        self._suggested = str(folder / suggested_name(account, edition, self.document_language()))
        self.path_edit.setText(self._suggested)
        self.edition_buttons[edition].setChecked(True)
        self.editions.idToggled.connect(self._edition_changed)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self._update_sections()
        self._update_preview()

    def _build_preview(self) -> QWidget:
        """The panel beside the sections: a note for the internal and executive
        editions, what the customer sees for the client edition."""
        box = QGroupBox(self.tr("What the customer sees"))
        self.preview_pages = QStackedWidget()
        QVBoxLayout(box).addWidget(self.preview_pages)
        self.preview_note = _plain_label()
        note_page = QWidget()
        note_layout = QVBoxLayout(note_page)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.addWidget(self.preview_note)
        note_layout.addStretch(1)
        self.preview_pages.addWidget(note_page)

        client_page = QWidget()
        client = QVBoxLayout(client_page)
        client.setContentsMargins(0, 0, 0, 0)
        self.nothing_shared = _plain_label(_tr(NOTHING_SHARED))
        self.nothing_shared.setStyleSheet(
            f"color: {LEFT_OUT_COLOUR}; font-weight: bold; padding: 6px;"
            f"border: 1px solid {LEFT_OUT_COLOUR}; border-radius: 3px;")
        client.addWidget(self.nothing_shared)
        self.preview_summary = _plain_label()
        client.addWidget(self.preview_summary)
        self.preview_model = QStandardItemModel(self)
        self.preview_tree = WrappingTree()
        self.preview_tree.setModel(self.preview_model)
        # as tall as the dialog allows at 1280 × 800 (under 720 px in all): it scrolls
        self.preview_tree.setMinimumSize(440, 420)
        self.preview_tree.setAccessibleName(self.tr("What the customer sees"))
        client.addWidget(self.preview_tree, 1)
        self.preview_pages.addWidget(client_page)
        self._client_page = client_page
        return box

    # -- state -----------------------------------------------------------------------
    def edition(self) -> Edition:
        return EDITIONS[max(0, self.editions.checkedId())][0]

    def set_edition(self, edition: Edition) -> None:
        self.edition_buttons[edition].setChecked(True)

    def document_language(self) -> str:
        """The language the PDF is written in ("en", "zh_CN", "ru")."""
        return str(self.language_combo.currentData() or i18n.current())

    def set_document_language(self, lang: str) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(lang)))

    def choice(self) -> Choice:
        edition = self.edition()
        sections: frozenset[str] | None = None
        if edition != Edition.EXECUTIVE:
            available = frozenset(s.key for s in SECTIONS if edition in s.editions)
            checked = frozenset(k for k, c in self.section_checks.items()
                                if c.isChecked() and k in available)
            sections = None if checked == available else checked
        return Choice(edition, sections, self.path(), self.open_check.isChecked(),
                      self.document_language())

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        if text and not text.lower().endswith(".pdf"):
            text += ".pdf"
        return Path(text).expanduser()

    def _edition_changed(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        self._update_sections()
        self._update_preview()
        self._follow_name()

    def _language_changed(self, _index: int) -> None:
        self._preview = None  # asked again, in the new language
        self._update_preview()
        self._follow_name()

    def _follow_name(self) -> None:
        """The file name follows the edition and the language unless the user typed
        their own."""
        if self.path_edit.text() == self._suggested:
            self._suggested = str(Path(self._suggested).with_name(
                suggested_name(self._account, self.edition(), self.document_language())))
            self.path_edit.setText(self._suggested)

    def _update_sections(self) -> None:
        edition = self.edition()
        self.sections_box.setEnabled(edition != Edition.EXECUTIVE)
        for section in SECTIONS:
            check = self.section_checks[section.key]
            allowed = edition in section.editions or edition == Edition.EXECUTIVE
            # (isEnabled() is also false while the whole box is off: keep our own record)
            was = self._allowed.get(section.key, True)
            if was and not allowed:  # shown unticked, the tick kept for later
                self._ticks[section.key] = check.isChecked()
                check.setChecked(False)
            elif allowed and not was:
                check.setChecked(self._ticks.get(section.key, True))
            self._allowed[section.key] = allowed
            check.setEnabled(allowed)
            check.setToolTip("" if allowed else
                             self.tr("Not in the client edition: internal only."))

    def preview(self) -> ClientPreview | None:
        """What the panel shows: the client edition's chosen sections (None for the
        other editions, or without a preview to show)."""
        if self.edition() != Edition.CLIENT or self._preview_source is None:
            return None
        if self._preview is None:
            with i18n.language(self.document_language()):  # the PDF's words
                self._preview = self._preview_source()
        return self._preview.chosen(
            k for k, c in self.section_checks.items() if c.isChecked())

    def _update_preview(self) -> None:
        edition = self.edition()
        client = edition == Edition.CLIENT
        self.export_button.setText(self.tr("Export client edition…") if client
                                   else self.tr("Export"))
        shown = self.preview()
        if shown is None:
            self.preview_note.setText(
                _tr(PREVIEW_NOTES[edition]) if not client else
                self.tr("The preview of what the customer sees is not available here."))
            self.preview_pages.setCurrentIndex(0)
            return
        self.preview_pages.setCurrentWidget(self._client_page)
        self.nothing_shared.setVisible(shown.nothing_shared)
        summary = (self.tr("No section chosen.") if not shown.sections else
                   self.tr("Sections after the cover and the contents: {n}.").format(
                       n=len(shown.printed)))
        if shown.left_out:
            # the sections' titles as the PDF would print them
            summary += "\n" + self.tr("Left out, as they would be empty: {sections}.").format(
                sections=", ".join(s.title for s in shown.left_out))
        self.preview_summary.setText(summary)
        self._fill_tree(shown)

    def _fill_tree(self, shown: ClientPreview) -> None:
        self.preview_model.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for section in shown.sections:
            heading = QStandardItem(shown.heading(section))  # plain text, never markup
            heading.setData(section.key, Qt.ItemDataRole.UserRole)
            heading.setToolTip(plain(heading.text()))
            if section.empty:
                heading.setForeground(QColor(LEFT_OUT_COLOUR))
                italic = QFont(self.font())
                italic.setItalic(True)
                heading.setFont(italic)
            else:
                heading.setFont(bold)
            for line in section.items:
                item = QStandardItem(line)
                item.setToolTip(plain(line))  # the entry's own words
                heading.appendRow(item)
            self.preview_model.appendRow(heading)
            if len(section.items) <= EXPANDED_UP_TO:
                self.preview_tree.setExpanded(heading.index(), True)
        self.preview_tree.setCurrentIndex(QModelIndex())  # no row looks picked out

    def preview_lines(self) -> list[str]:
        """The preview as shown, one line per row, entries indented (for tests and for
        reading it out)."""
        lines = []
        for row in range(self.preview_model.rowCount()):
            heading = self.preview_model.item(row)
            lines.append(heading.text())
            lines.extend("  " + heading.child(i).text() for i in range(heading.rowCount()))
        return lines

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export plan as PDF"),
                                                    self.path_edit.text(),
                                                    self.tr("PDF files (*.pdf)"))
        if path:
            self.path_edit.setText(path)
            self._asked = Path(path)  # the file dialog asked about replacing it

    def accept(self) -> None:
        choice = self.choice()
        problem = ""
        if not self.path_edit.text().strip():
            problem = self.tr("Choose a file to write.")
        elif choice.sections is not None and not choice.sections:
            problem = self.tr("Choose at least one section.")
        elif not choice.path.parent.is_dir():
            problem = self.tr("The folder {folder} does not exist.").format(
                folder=choice.path.parent)
        else:  # a FIFO, a device, a folder: never replaced
            problem = target_problem(choice.path) or ""
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        if is_read_only(choice.path):  # asked even if the file dialog asked "replace?"
            if not confirm_read_only(self, self.tr("Export plan as PDF"), choice.path):
                return
        elif choice.path.exists() and choice.path != self._asked:  # typed, not browsed
            answer = QMessageBox.question(
                self, self.tr("Export plan as PDF"),
                self.tr("{file} exists already in {folder}. Replace it?").format(
                    file=choice.path.name, folder=choice.path.parent),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._settings.setValue(FOLDER_KEY, str(choice.path.parent))
        self._settings.setValue(EDITION_KEY, choice.edition.value)
        self._settings.setValue(OPEN_KEY, choice.open_when_done)
        super().accept()


class _Cancelled(Exception):
    """Raised from the progress callback to stop the export."""


class ExportThread(QThread):
    """Runs one export; the progress callback doubles as the cancellation point."""

    progressed = Signal(int, str)
    succeeded = Signal(object)  # PdfResult
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, services: Services, key: str, choice: Choice,
                 parent: QObject | None = None, allow_flagged: bool = False) -> None:
        super().__init__(parent)
        self._services, self._key, self._choice = services, key, choice
        self._allow_flagged = allow_flagged
        self.stop = threading.Event()

    def _progress(self, percent: int, text: str) -> None:
        if self.stop.is_set():
            raise _Cancelled
        self.progressed.emit(percent, text)

    def run(self) -> None:
        c = self._choice
        try:
            result = export_pdf(self._services, self._key, c.edition, c.path,
                                sections=c.sections, progress=self._progress,
                                allow_flagged=self._allow_flagged, lang=c.lang)
        except _Cancelled:
            self.cancelled.emit()
        except RapportError as err:
            self.failed.emit(str(err))
        except Exception as err:  # a bug: logged with its traceback, shown briefly
            log.exception("PDF export failed")
            self.failed.emit(self.tr("Unexpected error: {error}").format(error=err))
        else:
            self.succeeded.emit(result)


def confirm_client_texts(parent: QWidget | None, services: Services, key: str) -> bool:
    """Before a client edition: list the free texts that look internal (a stance, a
    score, an internal risk) and ask whether to go on. True when there are none."""
    flags = client_text_flags(services, key)
    if not flags:
        return True
    shown = "\n".join(f"• {f}" for f in flags[:FLAGS_SHOWN])
    if len(flags) > FLAGS_SHOWN:
        more = QCoreApplication.translate("PdfExport", "… and {n} more")
        shown += "\n" + more.format(n=len(flags) - FLAGS_SHOWN)
    answer = QMessageBox.warning(
        parent, _title(),
        plain(QCoreApplication.translate(
            "PdfExport", "The client edition leaves out stances, scores, notes and internal "
                         "risks, but these texts typed in the plan would still show what we "
                         "think of their people or an internal risk:\n\n{texts}\n\nHand the "
                         "customer a PDF with them anyway?").format(texts=shown)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def run_export(parent: QWidget | None, services: Services, key: str, choice: Choice, *,
               open_result: Callable[[Path], None] | None = open_in_viewer,
               on_thread: Callable[[ExportThread, QProgressDialog], None] | None = None,
               ) -> PdfResult | None:
    """Export in a background thread behind a modal progress dialog; returns the result,
    or None when cancelled or refused (the reason is shown in a message box). Opens the
    PDF with ``open_result`` if the choice says so (None: never). ``on_thread`` is called
    once both exist (tests use it to cancel)."""
    progress = QProgressDialog(QCoreApplication.translate("PdfExport", "Preparing the PDF…"),
                               QCoreApplication.translate("PdfExport", "Cancel"), 0, 100,
                               parent)
    progress.setWindowTitle(_title())
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    if choice.edition == Edition.CLIENT and not confirm_client_texts(parent, services, key):
        return None
    thread = ExportThread(services, key, choice, allow_flagged=True)
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def step(percent: int, text: str) -> None:
        if progress.wasCanceled():
            thread.stop.set()
            return
        progress.setLabelText(text + "…")
        progress.setValue(percent)

    thread.progressed.connect(step)
    thread.succeeded.connect(lambda result: outcome.setdefault("result", result))
    thread.failed.connect(lambda message: outcome.setdefault("error", message))
    thread.finished.connect(loop.quit)
    progress.canceled.connect(thread.stop.set)
    thread.start()
    if on_thread is not None:
        on_thread(thread, progress)
    if thread.isRunning():
        loop.exec()
    thread.wait()
    progress.close()
    progress.deleteLater()
    if "error" in outcome:
        QMessageBox.warning(parent, _title(), plain(
            QCoreApplication.translate("PdfExport", "The PDF was not written.\n\n{error}"
                                       ).format(error=outcome["error"])))
        return None
    result = outcome.get("result")
    if not isinstance(result, PdfResult):
        return None  # cancelled
    if result.missing:
        QMessageBox.information(
            parent, _title(),
            plain(QCoreApplication.translate(
                "PdfExport", "The PDF was written, but its fonts have no glyphs for these "
                             "characters, which print as blanks: {characters}").format(
                                 characters=" ".join(result.missing))))
    if choice.open_when_done and open_result is not None:
        open_result(result.path)
    return result


def export_plan_pdf(parent: QWidget | None, services: Services, key: str, *,
                    settings: QSettings | None = None,
                    open_result: Callable[[Path], None] | None = open_in_viewer
                    ) -> Path | None:
    """File › Export plan as PDF… for account ``key``: the dialog, then the export.
    Returns the written file, or None when the user cancelled or it failed (a message
    box says why). ``open_result``: how to show the PDF (None: not at all)."""
    name = services.accounts.summary(key).name
    dialog = PdfExportDialog(parent, name, settings if settings is not None else QSettings(),
                             preview=lambda: client_preview(services, key))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
    finally:
        dialog.deleteLater()
    result = run_export(parent, services, key, choice, open_result=open_result)
    return None if result is None else result.path


def _plain_label(text: str = "") -> QLabel:
    """A wrapped label that shows user data as typed, never as markup."""
    return PlainLabel(text, wrap=True)
