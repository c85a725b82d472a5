"""Who changed what (issue 17): Preferences › Your name is recorded with every change,
and Edit › History of this account… lists each kept version with who saved it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.services.team import saved_user_name, user_name
from app.views.main_window import MainWindow
from app.views.preferences import PreferencesDialog
from tests.conftest import parsed_doc

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    services.accounts.import_documents([parsed_doc()])
    w = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.select("acme")
    return w


def test_your_name_in_preferences_is_what_the_next_save_records(
        qtbot: QtBot, window: MainWindow, settings: QSettings) -> None:
    dialog = PreferencesDialog(settings, window)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == ""  # none saved: the login name shows as the hint
    assert dialog.name.placeholderText() == user_name()
    dialog.name.setText("  Anna   Petrova ")
    dialog.save()
    assert saved_user_name() == "Anna Petrova"
    window.profile.industry.setFocus()
    window.profile.industry.setText("Chemicals")
    assert window.profile.commit_pending()
    assert window.services.accounts.read("acme").saved_by == "Anna Petrova"
    again = PreferencesDialog(settings, window)
    qtbot.addWidget(again)
    assert again.name.text() == "Anna Petrova"
    again.name.setText("")  # back to the login name
    again.save()
    assert saved_user_name() is None


def test_history_lists_versions_with_who_saved_them(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAPPORT_USER", "Anna")
    window.profile.industry.setFocus()
    window.profile.industry.setText("Chemicals")
    assert window.profile.commit_pending()
    dialog = window.show_history()
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "History of Acme Corp"
    rows = dialog.rows()
    assert rows[0][0] == "2 (current)" and rows[0][2] == "Anna"
    assert "industry" in rows[0][3].lower()
    assert rows[-1][0] == "1" and rows[-1][3] == "imported"
    dialog.close()
    window.select(None)
    assert not window.history_action.isEnabled()  # no account open, no history


@pytest.mark.parametrize("text", ["R&D line", "Anna <b>Lee</b>\nline two", "a < b"])
def test_a_change_in_a_tooltip_reads_as_typed(qtbot: QtBot, text: str) -> None:
    """A tooltip is rich text when it looks like it: what it shows is the text itself,
    neither markup nor an escaped "&amp;"."""
    from PySide6.QtGui import Qt, QTextDocument

    from app.views.history_dialog import _cell

    tip = _cell("x", text).toolTip()
    shown = QTextDocument()
    if Qt.mightBeRichText(tip):
        shown.setHtml(tip)
    else:
        shown.setPlainText(tip)
    assert shown.toPlainText() == text
