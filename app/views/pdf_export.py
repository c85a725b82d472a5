"""File › Export plan as PDF…: choose the edition, the sections and the file; the export
runs in a QThread behind a progress dialog (it can be cancelled), then the PDF opens.

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

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
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
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.errors import RapportError
from app.reports import SECTIONS, Edition
from app.services.reports import FLAGS_SHOWN, PdfResult, client_text_flags, export_pdf

log = logging.getLogger("rapport.views.pdf")

EDITIONS: tuple[tuple[Edition, str, str], ...] = (
    (Edition.INTERNAL, "Internal", "Everything, for the account team: stances, scores,\n"
                                   "notes, gap analysis, internal risks."),
    (Edition.CLIENT, "Client", "Safe to hand to the customer: no stances, scores,\n"
                               "internal notes or internal risks; the map is the org chart."),
    (Edition.EXECUTIVE, "Executive brief", "Two pages for our leadership: summary, key people,\n"
                                           "top risks, our asks."),
)
#: where the last export went and how, remembered between runs
FOLDER_KEY, EDITION_KEY, OPEN_KEY = "pdf/folder", "pdf/edition", "pdf/open"


def open_in_viewer(path: Path) -> None:
    """Open the PDF with the desktop's default viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


#: bytes of the account name in a suggested file name (with room for the rest)
NAME_BYTES = 150


def suggested_name(account: str, edition: Edition) -> str:
    """"Acme Corp - account plan (client).pdf", without characters file systems refuse."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f\s]+', " ", account).strip() or "account"
    while len(safe.encode("utf-8")) > NAME_BYTES:  # file systems allow 255 bytes a name
        safe = safe[:-1]
    return f"{safe.rstrip()} - account plan ({edition.value}).pdf"


@dataclass(frozen=True)
class Choice:
    edition: Edition
    sections: frozenset[str] | None  # None: all of the edition's
    path: Path
    open_when_done: bool


class PdfExportDialog(QDialog):
    """Edition (radio buttons), sections (check boxes; the executive brief has none),
    file (line edit and Browse…), and whether to open the PDF afterwards."""

    def __init__(self, parent: QWidget | None, account: str, settings: QSettings) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export plan as PDF")
        self._account = account
        self._settings = settings
        #: the file the file dialog has asked about replacing (no second question)
        self._asked: Path | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{_escape(account)}</b>")
        heading.setWordWrap(True)  # a 200-character name must not widen the dialog
        layout.addWidget(heading)

        group = QGroupBox("Edition")
        box = QVBoxLayout(group)
        self.editions = QButtonGroup(self)
        self.edition_buttons: dict[Edition, QRadioButton] = {}
        for i, (edition, title, text) in enumerate(EDITIONS):
            button = QRadioButton(title)
            button.setToolTip(text.replace("\n", " "))
            self.editions.addButton(button, i)
            self.edition_buttons[edition] = button
            hint = QLabel(text)  # two lines, not word-wrapped: wrapped labels get clipped
            hint.setContentsMargins(22, 0, 0, 4)
            hint.setStyleSheet("color: palette(placeholder-text);")
            box.addWidget(button)
            box.addWidget(hint)
        layout.addWidget(group)

        self.sections_box = QGroupBox("Sections")
        grid = QGridLayout(self.sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        self._ticks: dict[str, bool] = {}  # ticks of sections the edition has no room for
        self._allowed: dict[str, bool] = {}
        for i, section in enumerate(SECTIONS):
            check = QCheckBox(section.title)
            check.setChecked(True)
            grid.addWidget(check, i // 2, i % 2)
            self.section_checks[section.key] = check
        layout.addWidget(self.sections_box)

        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setMinimumWidth(360)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self.browse)
        row.addWidget(QLabel("File:"))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.open_check = QCheckBox("Open the PDF when it is done")
        self.open_check.setChecked(bool(settings.value(OPEN_KEY, True, type=bool)))
        layout.addWidget(self.open_check)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)

        stored = str(settings.value(EDITION_KEY, Edition.INTERNAL.value))
        edition = Edition(stored) if stored in {e.value for e in Edition} else Edition.INTERNAL
        folder = Path(str(settings.value(FOLDER_KEY, str(Path.home()))))
        self._suggested = str(folder / suggested_name(account, edition))
        self.path_edit.setText(self._suggested)
        self.edition_buttons[edition].setChecked(True)
        self.editions.idToggled.connect(self._edition_changed)
        self._update_sections()

    # -- state -----------------------------------------------------------------------
    def edition(self) -> Edition:
        return EDITIONS[max(0, self.editions.checkedId())][0]

    def set_edition(self, edition: Edition) -> None:
        self.edition_buttons[edition].setChecked(True)

    def choice(self) -> Choice:
        edition = self.edition()
        sections: frozenset[str] | None = None
        if edition != Edition.EXECUTIVE:
            available = frozenset(s.key for s in SECTIONS if edition in s.editions)
            checked = frozenset(k for k, c in self.section_checks.items()
                                if c.isChecked() and k in available)
            sections = None if checked == available else checked
        return Choice(edition, sections, self.path(), self.open_check.isChecked())

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        if text and not text.lower().endswith(".pdf"):
            text += ".pdf"
        return Path(text).expanduser()

    def _edition_changed(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        self._update_sections()
        # follow the edition in the file name unless the user typed their own
        if self.path_edit.text() == self._suggested:
            self._suggested = str(Path(self._suggested).with_name(
                suggested_name(self._account, self.edition())))
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
            check.setToolTip("" if allowed else "Not in the client edition: internal only.")

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export plan as PDF",
                                              self.path_edit.text(), "PDF files (*.pdf)")
        if path:
            self.path_edit.setText(path)
            self._asked = Path(path)  # the file dialog asked about replacing it

    def accept(self) -> None:
        choice = self.choice()
        problem = ""
        if not self.path_edit.text().strip():
            problem = "Choose a file to write."
        elif choice.sections is not None and not choice.sections:
            problem = "Choose at least one section."
        elif not choice.path.parent.is_dir():
            problem = f"The folder {choice.path.parent} does not exist."
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        if choice.path.exists() and choice.path != self._asked:  # typed, not browsed
            answer = QMessageBox.question(
                self, "Export plan as PDF",
                f"{choice.path.name} exists already in {choice.path.parent}. Replace it?",
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
                                allow_flagged=self._allow_flagged)
        except _Cancelled:
            self.cancelled.emit()
        except RapportError as err:
            self.failed.emit(str(err))
        except Exception as err:  # a bug: logged with its traceback, shown briefly
            log.exception("PDF export failed")
            self.failed.emit(f"Unexpected error: {err}")
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
        shown += f"\n… and {len(flags) - FLAGS_SHOWN} more"
    answer = QMessageBox.warning(
        parent, "Export plan as PDF",
        "The client edition leaves out stances, scores, notes and internal risks, but "
        "these texts typed in the plan would still show what we think of their people "
        f"or an internal risk:\n\n{shown}\n\nHand the customer a PDF with them anyway?",
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
    progress = QProgressDialog("Preparing the PDF…", "Cancel", 0, 100, parent)
    progress.setWindowTitle("Export plan as PDF")
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
        QMessageBox.warning(parent, "Export plan as PDF",
                            f"The PDF was not written.\n\n{outcome['error']}")
        return None
    result = outcome.get("result")
    if not isinstance(result, PdfResult):
        return None  # cancelled
    if result.missing:
        QMessageBox.information(
            parent, "Export plan as PDF",
            f"The PDF was written, but its fonts have no glyphs for these characters, "
            f"which print as blanks: {' '.join(result.missing)}")
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
    dialog = PdfExportDialog(parent, name, settings if settings is not None else QSettings())
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
    finally:
        dialog.deleteLater()
    result = run_export(parent, services, key, choice, open_result=open_result)
    return None if result is None else result.path


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
