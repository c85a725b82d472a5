"""File › Restore from backup…: pick a backup, see its date and accounts, confirm.

The dialog only reads (each backup is opened read-only by the service); the main
window restores the chosen one. Names are shown as plain text, never as markup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DatabaseError
from app.services.backups import BackupContents, BackupFile, BackupService

KIND_LABELS = {"daily": "Daily", "before-import": "Before an import",
               "before-restore": "Before a restore", "manual": "Backed up by you"}


def when(backup: BackupFile) -> str:
    return backup.taken.strftime("%a %d %b %Y, %H:%M:%S")


def size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, round(n / 1024))} KB"


class RestoreBackupDialog(QDialog):
    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.resize(760, 520)
        self.chosen: Path | None = None
        self._backups = backups
        self._rows: list[tuple[BackupFile, BackupContents | None, str]] = []

        intro = QLabel(f"Backups in {backups.folder}. Restoring replaces every account in "
                       "the database with the backup's; the current state is backed up "
                       "first, so a restore can be undone by restoring that.")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Taken", "Kind", "Size", "Accounts"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText("Select a backup to see its accounts.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton("Restore…")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.confirm)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details, 2)
        layout.addWidget(buttons)
        self._fill()
        self.table.itemSelectionChanged.connect(self._show_selected)
        if self._rows:
            self.table.selectRow(0)
        else:
            self.details.setPlainText("There are no backups yet.")

    def _fill(self) -> None:
        for backup in self._backups.list():
            try:  # the full check runs again before a restore
                contents: BackupContents | None = self._backups.contents(backup.path)
                problem = ""
            except DatabaseError as err:
                contents, problem = None, str(err)
            self._rows.append((backup, contents, problem))
        self.table.setRowCount(len(self._rows))
        for row, (backup, contents, problem) in enumerate(self._rows):
            if contents is None:
                accounts = "cannot be used (damaged)"
            else:
                names = ", ".join(name for _key, name in contents.accounts[:5])
                more = len(contents.accounts) - 5
                accounts = f"{len(contents.accounts)}: {names}" + (
                    f", … {more} more" if more > 0 else "")
            for col, text in enumerate((when(backup), KIND_LABELS[backup.kind],
                                        size(backup.size), accounts)):
                item = QTableWidgetItem(text)
                item.setToolTip(problem or text)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> tuple[BackupFile, BackupContents | None, str] | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.restore_button.setEnabled(False)
            self.details.clear()
            return
        backup, contents, problem = chosen
        head = (f"Taken {when(backup)} ({KIND_LABELS[backup.kind].lower()}, "
                f"{size(backup.size)})\n{backup.path}\n\n")
        if contents is None:
            self.details.setPlainText(head + f"This backup cannot be restored: {problem}")
        else:
            names = "\n".join(f"  {name}" for _key, name in contents.accounts)
            self.details.setPlainText(
                head + f"{len(contents.accounts)} accounts:\n{names or '  (none)'}")
        self.restore_button.setEnabled(contents is not None)

    def confirm(self) -> bool:
        """Ask before replacing anything; accept with :attr:`chosen` set on Yes."""
        chosen = self.selected()
        if chosen is None or chosen[1] is None:
            return False
        backup, contents, _ = chosen
        count = len(contents.accounts) if contents else 0
        box = QMessageBox(QMessageBox.Icon.Question, "Restore from backup",
                          f"Replace every account in the database with the {count} "
                          f"accounts of the backup of {when(backup)}?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText("The current state is backed up first (“Before a restore”), "
                               "so you can go back to it the same way.")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        self.chosen = backup.path
        self.accept()
        return True
