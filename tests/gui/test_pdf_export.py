"""File › Export plan as PDF…: the dialog, the background export, cancelling, errors."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.reports import Edition
from app.services.reports import client_preview
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
        risks=[{"id": "r1", "title": "Переубедить скептика в закупках",
                "client_visible": True}])])  # an unshared risk is not printed at all
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
    # the long account name wraps (unwrapped it would be some 2,000 px wide); the
    # preview beside the sections makes the dialog some 900 px wide
    assert dialog.sizeHint().width() < 1000


# -- the client edition's preview: what the customer sees, before the file is written ---

def preview_dialog(qtbot: QtBot, services: Services, key: str, settings: QSettings,
                   ) -> PdfExportDialog:
    """The dialog as File › Export plan as PDF… opens it, shown, client edition chosen."""
    dialog = PdfExportDialog(None, services.accounts.summary(key).name, settings,
                             preview=lambda: client_preview(services, key))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_edition(Edition.CLIENT)
    return dialog


def section_rows(dialog: PdfExportDialog) -> dict[str, tuple[str, list[str]]]:
    """The preview tree's rows: section key → (its heading, its entries)."""
    model = dialog.preview_model
    rows = {}
    for row in range(model.rowCount()):
        heading = model.item(row)
        rows[heading.data(Qt.ItemDataRole.UserRole)] = (
            heading.text(), [heading.child(i).text() for i in range(heading.rowCount())])
    return rows


def test_the_client_edition_shows_the_shared_entries_and_not_the_others(
        qtbot: QtBot, demo: Services, settings: QSettings) -> None:
    dialog = preview_dialog(qtbot, demo, "demo-ural", settings)
    assert dialog.preview_tree.isVisible()
    assert dialog.export_button.text() == "Export client edition…"
    rows = section_rows(dialog)
    heading, actions = rows["actions"]
    assert heading == "Action plan — 2 of 6 actions shared"
    assert actions == ["Прислать новый график поставок (due 2026-10-17)",
                       "Pilot proposal for Chelyabinsk (due 2027-01-20)"]
    shown = "\n".join(dialog.preview_lines())
    for unshared in ("Обед с Кузнецовым", "Расчёт экономии для Смирновой",
                     "Соколов (закупки) blocks every meeting"):
        assert unshared not in shown
    assert rows["stakeholders"][0] == "Stakeholders — 20 people"
    assert "findings" not in rows and "interactions" not in rows  # internal only
    assert not dialog.nothing_shared.isVisible()  # the demo shares a handful


def test_a_section_with_nothing_shared_is_reported_as_left_out(
        qtbot: QtBot, demo: Services, settings: QSettings) -> None:
    dialog = preview_dialog(qtbot, demo, "demo-ural", settings)
    rows = section_rows(dialog)
    assert rows["risks"] == (
        "Risks — nothing shared (5 recorded, none marked shared): left out of the PDF", [])
    assert rows["revenue"][0].endswith("none marked shared): left out of the PDF")
    assert dialog.preview_summary.text().endswith(
        "Left out, as they would be empty: Revenue plan, Risks.")


def test_unticking_a_section_takes_it_out_of_the_preview(
        qtbot: QtBot, demo: Services, settings: QSettings) -> None:
    dialog = preview_dialog(qtbot, demo, "demo-huadong", settings)
    assert "actions" in section_rows(dialog)
    dialog.section_checks["actions"].setChecked(False)
    assert "actions" not in section_rows(dialog)
    assert not any("发送试点线报告" in line for line in dialog.preview_lines())
    dialog.section_checks["risks"].setChecked(False)  # the left-out one goes too
    assert "Risks" not in dialog.preview_summary.text()
    dialog.section_checks["actions"].setChecked(True)
    assert "发送试点线报告 (due 2026-10-27)" in section_rows(dialog)["actions"][1]


def test_the_internal_and_executive_editions_hide_the_preview(
        qtbot: QtBot, demo: Services, settings: QSettings) -> None:
    dialog = preview_dialog(qtbot, demo, "demo-ural", settings)
    assert dialog.preview_tree.isVisible()
    dialog.set_edition(Edition.INTERNAL)
    assert not dialog.preview_tree.isVisible()
    assert dialog.preview_note.isVisible() and "internal edition" in dialog.preview_note.text()
    assert dialog.export_button.text() == "Export"
    dialog.set_edition(Edition.EXECUTIVE)
    assert not dialog.preview_tree.isVisible() and "executive" in dialog.preview_note.text()
    dialog.set_edition(Edition.CLIENT)
    assert dialog.preview_tree.isVisible() and "actions" in section_rows(dialog)


def test_nothing_shared_is_said_at_the_top(qtbot: QtBot, services: Services,
                                           settings: QSettings) -> None:
    from tests.fileformat.plan import plan_doc

    services.accounts.import_documents([plan_doc()])  # a whole plan, nothing shared
    dialog = preview_dialog(qtbot, services, "acme", settings)
    assert dialog.nothing_shared.isVisible()
    assert dialog.nothing_shared.text().startswith("Nothing from the plan is shared yet")
    rows = section_rows(dialog)
    assert rows["actions"] == ("Action plan — nothing shared (2 recorded, none marked "
                               "shared): left out of the PDF", [])
    assert rows["profile"][1]  # the profile, the org chart and the stage are still there


def test_titles_in_the_preview_are_shown_as_typed_not_as_markup(
        qtbot: QtBot, services: Services, settings: QSettings) -> None:
    from tests.fileformat.plan import plan_doc

    hostile = '<b>X</b><img src="/nonexistent">'
    services.accounts.import_documents([plan_doc(
        actions=[{"id": "a1", "title": hostile, "client_visible": True}],
        kpis=[{"id": "k1", "name": "<i>KPI</i> &amp;", "client_visible": True}])])
    dialog = preview_dialog(qtbot, services, "acme", settings)
    rows = section_rows(dialog)
    assert rows["actions"] == ("Action plan — 1 action, shared", [hostile])
    assert rows["kpis"][1] == ["<i>KPI</i> &amp;"]
    for label in (dialog.preview_summary, dialog.nothing_shared, dialog.preview_note):
        assert label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("key", ["demo-huadong", "demo-ural", "demo-northwind"])
def test_the_dialog_with_the_preview_fits_a_1280_by_800_screen(
        qtbot: QtBot, demo: Services, settings: QSettings, key: str) -> None:
    dialog = preview_dialog(qtbot, demo, key, settings)
    hint = dialog.sizeHint()
    assert hint.height() <= 720 and hint.width() <= 1200, hint
    # the entries scroll inside the preview instead of growing the dialog
    bar = dialog.preview_tree.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # (rows are laid out later)


def squashed(text: str) -> str:
    """Without white space: PDF text breaks lines wherever the column ends."""
    return re.sub(r"\s+", "", text)


def entry_titles(key: str, line: str) -> list[str]:
    """The titles a preview line names, as the PDF prints them (the preview adds the
    due date of an action, the milestones of an objective, the date of a review …)."""
    if key == "actions":
        return [re.sub(r" \(due \d{4}-\d\d-\d\d\)$", "", line)]
    if key == "objectives":
        return [re.sub(r" \(\d+ milestones?\)$", "", line)]
    if key == "reviews":
        return [line.split(" ", 1)[1]]
    if key == "stakeholders":
        return [line.split(", ", 1)[0]]
    if key == "whitespace":
        cells, _status = line.rsplit(": ", 1)
        return cells.split(" × ")
    if key in ("insights", "team", "kpis"):
        return [line]
    return []  # the fixed parts: a description, not an entry


@pytest.mark.parametrize("key, unshared", [
    ("demo-ural", ["Обед с Кузнецовым", "Расчёт экономии для Смирновой"]),
    ("demo-huadong", []),
])
def test_the_client_pdf_holds_exactly_what_the_preview_showed(
        qtbot: QtBot, demo: Services, tmp_path: Path, settings: QSettings,
        monkeypatch: pytest.MonkeyPatch, key: str, unshared: list[str]) -> None:
    seen: dict[str, tuple[str, list[str]]] = {}

    def look_and_export(dialog: PdfExportDialog) -> int:
        dialog.show()
        dialog.set_edition(Edition.CLIENT)
        assert dialog.preview_tree.isVisible()  # on screen as Export is pressed
        seen.update(section_rows(dialog))
        dialog.path_edit.setText(str(tmp_path / "client.pdf"))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PdfExportDialog, "exec", look_and_export)
    path = export_plan_pdf(None, demo, key, settings=settings, open_result=None)
    assert path is not None
    reader = PdfReader(path)
    text = squashed("".join(page.extract_text() for page in reader.pages))
    titles = [t for k, (_h, lines) in seen.items() for line in lines
              for t in entry_titles(k, line)]
    assert len(titles) > 20
    assert [t for t in titles if squashed(t) not in text] == []
    for title in unshared:
        assert squashed(title) not in text
    if key == "demo-huadong":
        assert "发送试点线报告" in text  # a shared action, to be sure CJK is read
    printed = [str(o.title) for o in reader.outline if not isinstance(o, list)]
    for heading, lines in seen.values():
        is_printed = not heading.endswith("left out of the PDF")
        assert is_printed == bool(lines)
        title = heading.split(" — ")[0]
        assert (title in printed) is is_printed, (title, printed)
