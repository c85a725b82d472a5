"""Where the app's exports write: a read-only file is replaced only after the user says
yes (and stays read-only); a FIFO is refused, named, before anything is written.

The tests run as root, who may write a 0444 file anyway: the app asks all the same."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.reports import Edition
from app.views.main_window import MainWindow
from app.views.pdf_export import PdfExportDialog, export_plan_pdf

pytestmark = pytest.mark.gui

OLD = b"the signed-off version"
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def _read_only(path: Path) -> Path:
    path.write_bytes(OLD)
    path.chmod(0o444)
    return path


def _answering(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
               ) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.mark.parametrize("answer", [NO, YES])
def test_the_pdf_export_asks_before_replacing_a_read_only_file(
        qtbot: QtBot, demo: Services, tmp_path: Path, settings: QSettings,
        monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
    target = _read_only(tmp_path / "brief.pdf")
    asked = _answering(monkeypatch, answer)
    # chosen in the file dialog, which asked "replace?" but not about a read-only file
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def browse_and_accept(dialog: PdfExportDialog) -> int:
        dialog.set_edition(Edition.EXECUTIVE)
        dialog.browse()
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PdfExportDialog, "exec", browse_and_accept)
    path = export_plan_pdf(None, demo, "demo-northwind", settings=settings, open_result=None)
    assert len(asked) == 1 and "brief.pdf" in asked[0] and "read-only" in asked[0]
    if answer == NO:
        assert path is None and target.read_bytes() == OLD
    else:
        assert path == target and target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o444  # still read-only either way
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".rapport-")]


def test_the_pdf_dialog_refuses_a_fifo_by_name_without_asking(
        qtbot: QtBot, tmp_path: Path, settings: QSettings) -> None:
    fifo = tmp_path / "plan.pdf"
    os.mkfifo(fifo)
    dialog = PdfExportDialog(None, "Acme", settings)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(fifo))
    dialog.accept()  # a question would fail the test (no_unexpected_dialogs)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "named pipe (FIFO), not a regular file" in dialog.error.text()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("answer", [NO, YES])
def test_the_account_export_asks_before_replacing_a_read_only_file(
        qtbot: QtBot, demo: Services, tmp_path: Path, settings: QSettings,
        monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
    target = _read_only(tmp_path / "ural.json")
    asked = _answering(monkeypatch, answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.select("demo-ural")
    window.export_current()
    assert len(asked) == 1 and "ural.json" in asked[0] and "read-only" in asked[0]
    if answer == NO:
        assert target.read_bytes() == OLD
    else:
        assert b'"demo-ural"' in target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
