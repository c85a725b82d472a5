"""File › Restore from backup…: pick a backup, see its date and accounts, confirm.

The dialog only reads (each backup is opened read-only by the service); the main
window restores the chosen one. Names are shown as plain text, never as markup.
"""

from __future__ import annotations

from pathlib import Path

from babel.dates import format_skeleton, format_time
from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, Qt
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
from app.money import babel_locale
from app.services.backups import BackupContents, BackupFile, BackupService
from app.views.formatting import locale_name, number
from app.views.i18n import QT_TRANSLATE_NOOP

#: English sources, shown through kind_label()
KIND_LABELS = {"daily": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Daily"),
               "before-import": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Before an import"),
               "before-restore": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Before a restore"),
               "manual": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Backed up by you")}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("RestoreBackupDialog", KIND_LABELS[kind])


def when(backup: BackupFile) -> str:
    """When a backup was taken, in the user's locale: "Wed 02 Dec 2026, 08:15:00" in
    English, CLDR's date and time elsewhere ("ср, 2 дек. 2026 г., 08:15:00")."""
    locale = babel_locale(locale_name())
    taken = backup.taken
    if locale.language == "en":
        return taken.strftime("%a %d %b %Y, %H:%M:%S")
    date = format_skeleton("yMMMEd", taken, locale=locale)
    time = format_time(taken, "HH:mm:ss", locale=locale)
    return str(locale.datetime_formats["medium"]).replace("{1}", date).replace("{0}", time)


def size(n: int) -> str:
    if n >= 1_048_576:
        return f"{format_decimal(n / 1_048_576, '#,##0.0', locale=babel_locale(locale_name()))} MB"
    return f"{number(max(1, round(n / 1024)))} KB"


class RestoreBackupDialog(QDialog):
    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(760, 520)
        self.chosen: Path | None = None
        self._backups = backups
        self._rows: list[tuple[BackupFile, BackupContents | None, str]] = []

        intro = QLabel(self.tr("Backups in {folder}. Restoring replaces every account in the "
                               "database with the backup's; the current state is backed up "
                               "first, so a restore can be undone by restoring that.").format(
            folder=backups.folder))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"),
                                              self.tr("Size"), self.tr("Accounts")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select a backup to see its accounts."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore…"))
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
            self.details.setPlainText(self.tr("There are no backups yet."))

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
                accounts = self.tr("cannot be used (damaged)")
            else:
                names = ", ".join(name for _key, name in contents.accounts[:5])
                more = len(contents.accounts) - 5
                accounts = f"{number(len(contents.accounts))}: {names}"
                if more > 0:
                    accounts += ", " + self.tr("… {count} more", "", more).format(
                        count=number(more))
            for col, text in enumerate((when(backup), kind_label(backup.kind),
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
        head = self.tr("Taken {when} ({kind}, {size})").format(
            when=when(backup), kind=kind_label(backup.kind).lower(), size=size(backup.size))
        head += f"\n{backup.path}\n\n"
        if contents is None:
            self.details.setPlainText(head + self.tr("This backup cannot be restored: "
                                                     "{problem}").format(problem=problem))
        else:
            count = len(contents.accounts)
            names = "\n".join(f"  {name}" for _key, name in contents.accounts)
            self.details.setPlainText(
                head + self.tr("{count} accounts:", "", count).format(count=number(count))
                + "\n" + (names or "  " + self.tr("(none)")))
        self.restore_button.setEnabled(contents is not None)

    def confirm(self) -> bool:
        """Ask before replacing anything; accept with :attr:`chosen` set on Yes."""
        chosen = self.selected()
        if chosen is None or chosen[1] is None:
            return False
        backup, contents, _ = chosen
        count = len(contents.accounts) if contents else 0
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore from backup"),
                          self.tr("Replace every account in the database with the {count} "
                                  "accounts of the backup of {when}?", "", count).format(
                              count=number(count), when=when(backup)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("The current state is backed up first (“{kind}”), so "
                                       "you can go back to it the same way.").format(
            kind=kind_label("before-restore")))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        self.chosen = backup.path
        self.accept()
        return True
