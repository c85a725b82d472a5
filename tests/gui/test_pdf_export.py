"""File › Export plan as PDF…: the dialog, the background export, cancelling, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.reports import Edition
from app.services.demo import demo_documents
from app.views import pdf_export
from app.views.pdf_export import (
    Choice,
    ExportThread,
    PdfExportDialog,
    export_plan_pdf,
    run_export,
    suggested_name,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(services: Services) -> Services:
    services.accounts.import_documents(demo_documents())
    return services


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_dialog_offers_editions_sections_and_a_file_name(qtbot: QtBot, tmp_path: Path,
                                                         settings: QSettings) -> None:
    settings.setValue(pdf_export.FOLDER_KEY, str(tmp_path))
    dialog = PdfExportDialog(None, "ТрансЛогистик Урал", settings)
    qtbot.addWidget(dialog)
    assert dialog.edition() == Edition.INTERNAL
    assert dialog.path() == tmp_path / "ТрансЛогистик Урал - account plan (internal).pdf"
    assert dialog.choice().sections is None  # everything

    dialog.set_edition(Edition.CLIENT)
    assert dialog.path().name == "ТрансЛогистик Урал - account plan (client).pdf"
    assert not dialog.section_checks["findings"].isEnabled()
    assert not dialog.section_checks["findings"].isChecked()  # not printed: not ticked
    assert not dialog.section_checks["interactions"].isEnabled()
    assert dialog.section_checks["map"].isEnabled()
    assert dialog.choice().sections is None  # all the client edition has

    dialog.section_checks["map"].setChecked(False)
    sections = dialog.choice().sections
    assert sections is not None and "map" not in sections and "risks" in sections
    assert "findings" not in sections

    dialog.set_edition(Edition.EXECUTIVE)
    assert not dialog.sections_box.isEnabled()
    assert dialog.choice().sections is None

    dialog.path_edit.setText(str(tmp_path / "mine"))
    dialog.set_edition(Edition.CLIENT)
    assert dialog.path() == tmp_path / "mine.pdf"  # typed names are kept, .pdf added

    dialog.set_edition(Edition.INTERNAL)  # the internal-only sections come back ticked
    assert dialog.section_checks["findings"].isChecked()
    assert not dialog.section_checks["map"].isChecked()  # as the user left it


def test_dialog_refuses_a_missing_folder_and_no_sections(qtbot: QtBot, tmp_path: Path,
                                                         settings: QSettings) -> None:
    dialog = PdfExportDialog(None, "Acme", settings)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "x.pdf"))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "does not exist" in dialog.error.text()
    dialog.path_edit.setText(str(tmp_path / "x.pdf"))
    for check in dialog.section_checks.values():
        check.setChecked(False)
    dialog.accept()
    assert "at least one section" in dialog.error.text()
    dialog.section_checks["risks"].setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.value(pdf_export.FOLDER_KEY) == str(tmp_path)


def test_browse_takes_the_chosen_file(qtbot: QtBot, tmp_path: Path, settings: QSettings,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = str(tmp_path / "chosen.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (chosen, "PDF files (*.pdf)"))
    dialog = PdfExportDialog(None, "Acme", settings)
    qtbot.addWidget(dialog)
    dialog.browse()
    assert dialog.path() == Path(chosen)


def test_export_runs_in_the_background_and_opens_the_result(
        qtbot: QtBot, demo: Services, tmp_path: Path) -> None:
    opened: list[Path] = []
    steps: list[int] = []

    def watch(thread: ExportThread, _progress: QProgressDialog) -> None:
        thread.progressed.connect(lambda percent, _text: steps.append(percent))

    choice = Choice(Edition.CLIENT, None, tmp_path / "plan.pdf", True)
    result = run_export(None, demo, "demo-huadong", choice, open_result=opened.append,
                        on_thread=watch)
    assert result is not None and result.path == tmp_path / "plan.pdf"
    assert opened == [tmp_path / "plan.pdf"]
    assert len(PdfReader(result.path).pages) == result.pages
    assert steps and steps[-1] == 100


def test_export_plan_pdf_end_to_end_without_opening(
        qtbot: QtBot, demo: Services, tmp_path: Path, settings: QSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def fill_and_accept(dialog: PdfExportDialog) -> int:
        dialog.set_edition(Edition.EXECUTIVE)
        dialog.path_edit.setText(str(tmp_path / "brief.pdf"))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PdfExportDialog, "exec", fill_and_accept)
    path = export_plan_pdf(None, demo, "demo-northwind", settings=settings, open_result=None)
    assert path == tmp_path / "brief.pdf"
    assert len(PdfReader(path).pages) == 2
    assert settings.value(pdf_export.EDITION_KEY) == "executive"


def test_cancelled_dialog_writes_nothing(qtbot: QtBot, demo: Services, tmp_path: Path,
                                         settings: QSettings,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PdfExportDialog, "exec",
                        lambda self: int(QDialog.DialogCode.Rejected))
    assert export_plan_pdf(None, demo, "demo-ural", settings=settings) is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_cancelling_the_progress_stops_and_leaves_no_file(
        qtbot: QtBot, demo: Services, tmp_path: Path) -> None:
    def cancel_at_once(thread: ExportThread, progress: QProgressDialog) -> None:
        progress.canceled.emit()  # what its Cancel button does

    choice = Choice(Edition.INTERNAL, None, tmp_path / "plan.pdf", True)
    opened: list[Path] = []
    assert run_export(None, demo, "demo-huadong", choice, open_result=opened.append,
                      on_thread=cancel_at_once) is None
    assert opened == [] and list(tmp_path.glob("*.pdf*")) == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".plan.pdf")]


def test_a_refused_export_is_explained(qtbot: QtBot, demo: Services, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[Any] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    choice = Choice(Edition.INTERNAL, None, tmp_path, False)  # a folder, not a file
    assert run_export(None, demo, "demo-ural", choice, open_result=None) is None
    assert len(shown) == 1 and "is a folder" in shown[0]


def test_suggested_name_is_a_valid_file_name() -> None:
    assert suggested_name('A/B: "C"', Edition.CLIENT) == "A B C - account plan (client).pdf"
    assert suggested_name("华东精密制造集团", Edition.INTERNAL).startswith("华东精密制造集团")
    long = suggested_name("Трансконтинентальная " * 10, Edition.CLIENT)
    assert len(long.encode("utf-8")) < 200  # file systems allow 255 bytes
    assert long.endswith(" - account plan (client).pdf")


@pytest.mark.parametrize("answer, written", [(QMessageBox.StandardButton.No, False),
                                             (QMessageBox.StandardButton.Yes, True)])
def test_a_client_pdf_with_texts_that_look_internal_asks_first(
        qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        answer: QMessageBox.StandardButton, written: bool) -> None:
    from tests.fileformat.plan import plan_doc

    services.accounts.import_documents([plan_doc(
        risks=[{"id": "r1", "title": "Переубедить скептика в закупках"}])])
    asked: list[str] = []

    def warn(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", warn)
    out = tmp_path / "client.pdf"
    result = run_export(None, services, "acme", Choice(Edition.CLIENT, None, out, False))
    assert len(asked) == 1 and "Переубедить скептика в закупках" in asked[0]
    assert (result is not None) is written and out.exists() is written


@pytest.mark.parametrize("answer, accepted", [(QMessageBox.StandardButton.No, False),
                                              (QMessageBox.StandardButton.Yes, True)])
def test_a_typed_name_of_an_existing_file_asks_before_replacing_it(
        qtbot: QtBot, tmp_path: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch,
        answer: QMessageBox.StandardButton, accepted: bool) -> None:
    existing = tmp_path / "plan.pdf"
    existing.write_bytes(b"last quarter's plan")
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = PdfExportDialog(None, "Northwind " * 25, settings)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(existing))
    dialog.accept()
    assert len(asked) == 1 and "plan.pdf exists already" in asked[0]
    assert (dialog.result() == QDialog.DialogCode.Accepted) is accepted
    assert dialog.sizeHint().width() < 900  # the long account name wraps
