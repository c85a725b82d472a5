"""File › Connect to a team server…: host, port, database, user and password, a test,
then the app starts again on that server.

The server is remembered per user (QSettings, :data:`SERVER_SETTING`: its URL, never a
password) and used at the next start unless ``--db`` or ``$RAPPORT_DB`` name another
database; File › Use the local database forgets it. A password goes to the system
keyring when the user asks (``app.services.team.save_password``), else it serves this
session only (handed to the restarted app in its environment, as libpq's
``PGPASSWORD``); ~/.pgpass and service files work without Rapport keeping anything.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import RapportError
from app.views import colors
from app.views.formatting import number
from app.views.plain import PlainLabel, plain

if TYPE_CHECKING:
    from app.services.team import ServerCheck

#: QSettings key of the team server the app opens (a URL without password)
SERVER_SETTING = "team/server"
DEFAULT_PORT = 5432
#: the colours of a result line (readable on light and dark palettes)
OK_COLOUR, PROBLEM_COLOUR = "#2e8b3a", "#d0463b"


def remembered_server(settings: QSettings) -> str | None:
    value = settings.value(SERVER_SETTING)
    return value if isinstance(value, str) and value else None


def startup_target(explicit: str | None, settings: QSettings) -> str | None:
    """What the app opens: ``--db``, else ``$RAPPORT_DB`` (None: bootstrap reads it),
    else the team server connected to last, else None (the local database)."""
    if explicit or os.environ.get("RAPPORT_DB"):
        return explicit
    return remembered_server(settings)


class ConnectDialog(QDialog):
    """On Connect (accepted): ``url`` is the server's URL (no password) and ``password``
    the password to hand to the restarted app for this session (None when it is kept
    in the keyring or not needed)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.services.team import keyring_problem, os_user, server_parts

        self.setWindowTitle(self.tr("Connect to a team server"))
        self.setMinimumWidth(520)
        self._settings = settings
        self.url: str | None = None
        self.password: str | None = None
        self.checked: ServerCheck | None = None

        self.host = QLineEdit()
        self.host.setPlaceholderText("db.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("rapport")
        self.user = QLineEdit(os_user())
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("empty: from the keyring or ~/.pgpass"))
        last = remembered_server(settings)
        if last:
            host, port, database, user = server_parts(last)
            self.host.setText(host)
            self.port.setValue(port or DEFAULT_PORT)
            self.database.setText(database)
            self.user.setText(user)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        problem = keyring_problem()
        self.keyring_note = PlainLabel(problem or "")
        self.keyring_note.setWordWrap(True)
        colors.mute(self.keyring_note)  # readable in a dark palette too
        self.keyring_note.setVisible(bool(problem))
        if problem:
            self.remember.setEnabled(False)
            self.remember.setToolTip(plain(problem))
        self.sources = PlainLabel(self.tr(
            "A password can also come from ~/.pgpass (on Windows "
            "%APPDATA%\\postgresql\\pgpass.conf) or a PostgreSQL service file: leave the "
            "field empty. Rapport never keeps it in plain text."))
        self.sources.setWordWrap(True)
        colors.mute(self.sources)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember)

        self.outcome = PlainLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.setDefault(True)
        self.connect_button.setToolTip(self.tr("Rapport starts again on this server"))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.test_button.clicked.connect(self.test)
        self.connect_button.clicked.connect(self.connect_now)
        buttons.rejected.connect(self.reject)
        for edit in (self.host, self.database, self.user, self.password_edit):
            edit.textChanged.connect(self._changed)
        self.port.valueChanged.connect(self._changed)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.sources)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._changed()

    def server(self) -> str:
        """The URL the fields name (no password)."""
        from app.services.team import server_url

        return server_url(self.host.text().strip(), self.database.text().strip(),
                          self.user.text().strip() or None, self.port.value())

    def _changed(self) -> None:
        ready = bool(self.host.text().strip() and self.database.text().strip())
        self.test_button.setEnabled(ready)
        self.connect_button.setEnabled(ready)
        self.checked = None

    def _say(self, text: str, ok: bool) -> None:
        self.outcome.setText(text)
        # green or red, lightened on a dark palette until it reads (4.5:1)
        tone = colors.signal(OK_COLOUR if ok else PROBLEM_COLOUR, self.palette())
        self.outcome.setStyleSheet(f"color: {colors.css(tone)};")
        self.outcome.show()

    def test(self) -> bool:
        """Connect and look (nothing is changed on the server or here); the result is
        said below the fields. True if the app can open it."""
        from app.services.team import check_server

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.checked = check_server(self.server(), self.password_edit.text() or None)
        except RapportError as err:
            self.checked = None
            self._say(str(err), ok=False)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        found = self.checked
        if found.accounts is None:
            text = self.tr("Connected. The database is empty: Rapport sets it up when it "
                           "opens it.")
        else:
            text = self.tr("Connected: {count} accounts.", "", found.accounts).format(
                count=number(found.accounts))
            if found.upgrade:
                text += " " + self.tr("An older Rapport set it up: it is upgraded when "
                                      "Rapport opens it (its tables are copied first).")
        if found.read_only:
            text += " " + self.tr("Your role on this server can only read.")
        self._say(text, ok=True)
        return True

    def connect_now(self) -> None:
        """Test, keep the password where asked, remember the server, and accept; on any
        problem say it here and change nothing."""
        if self.checked is None and not self.test():
            return
        from app.services.team import KeyringUnavailable, save_password

        url, password = self.server(), self.password_edit.text()
        self.password = None
        if password and self.remember.isChecked():
            try:
                save_password(url, password)
            except KeyringUnavailable as err:
                self._say(str(err), ok=False)
                return
        elif password:
            self.password = password  # this session only
        self.url = url
        self._settings.setValue(SERVER_SETTING, url)
        self._settings.sync()
        self.accept()
