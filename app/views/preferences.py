"""Edit › Preferences…: the language of the windows, and your name.

The name is recorded with every change (``app.services.team.user_name``: kept per
user in ``identity.json``, not in the database, which a team shares); empty means the
login name. The language is kept in QSettings (``app.views.i18n.SETTING``: a language
code, or absent for the system's) and read when the app starts, so it applies after a
restart; "Restart now" closes the window (what is typed is saved first, as on Quit) and
the app starts again in the chosen language (``app.views.gui``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.errors import RapportError
from app.views.i18n import SETTING
from app.views.plain import plain


class PreferencesDialog(QDialog):
    """``restart_requested`` is set when it was closed with "Restart now"."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(440)
        self._settings = settings
        self.restart_requested = False

        self.language = QComboBox()
        try:
            system = i18n.resolve(None)
        except ValueError:  # RAPPORT_LANG names a language Rapport does not speak
            system = i18n.system_language()
        self._system = system
        self.language.addItem(self.tr("System default ({language})").format(
            language=i18n.NAMES[system]), "")
        for code in i18n.LANGUAGES:  # each language in its own words
            self.language.addItem(i18n.NAMES[code], code)
        stored = str(settings.value(SETTING, "") or "")
        normalized = i18n.normalize(stored) if stored else ""
        self.language.setCurrentIndex(max(0, self.language.findData(normalized or "")))
        from app.services.team import os_user, saved_user_name

        self.name = QLineEdit(saved_user_name() or "")
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(os_user())
        self.name.setToolTip(self.tr("Shown in the history and to colleagues on a team "
                                     "server; empty: your login name"))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Your &name (recorded with every change):"), self.name)

        self.note = QLabel(self.tr("A new language applies when Rapport starts again."))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b76;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.restart_button = QPushButton(self.tr("&Restart now"))
        self.restart_button.setToolTip(self.tr("Save, close Rapport and start it again in "
                                               "the chosen language"))
        buttons.addButton(self.restart_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restart_button.clicked.connect(self.restart)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._update()

    def chosen(self) -> str:
        """The language code chosen, "" for the system's."""
        return str(self.language.currentData() or "")

    def language_after_restart(self) -> str:
        return self.chosen() or self._system

    def _update(self) -> None:
        """Restarting makes sense only to change the language of the windows."""
        self.restart_button.setEnabled(self.language_after_restart() != i18n.current())

    def _store_name(self) -> bool:
        """Save the name (False, with the reason shown, if it cannot be)."""
        from app.services.team import saved_user_name, set_user_name

        name = self.name.text().strip()
        if name == (saved_user_name() or ""):
            return True
        try:
            set_user_name(name or None)
        except (RapportError, OSError) as err:
            QMessageBox.warning(self, self.tr("Preferences"), plain(
                self.tr("Your name was not saved: {problem}").format(problem=err)))
            self.name.setFocus()
            return False
        return True

    def _store(self) -> None:
        code = self.chosen()
        if code:
            self._settings.setValue(SETTING, code)
        else:
            self._settings.remove(SETTING)
        self._settings.sync()

    def save(self) -> None:
        if not self._store_name():
            return
        self._store()
        self.accept()

    def restart(self) -> None:
        if not self._store_name():
            return
        self._store()
        self.restart_requested = True
        self.accept()
