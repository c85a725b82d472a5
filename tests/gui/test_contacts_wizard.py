"""The contacts wizard, driven as a user would: a file picked, a wrong guess put
right, rows left out, the import saved as one undo step; rows pasted into the People
table go the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.views.contacts.wizard import ContactsWizard
from app.views.main_window import MainWindow
from tests.contacts.samples import BITRIX_CSV, CHINESE_CSV, write

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, demo: Services, settings: QSettings) -> MainWindow:
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.select("demo-huadong")
    return w


def _people(window: MainWindow, key: str = "demo-huadong") -> dict[str, object]:
    return {p.name: p for p in window.services.accounts.snapshot(key).stakeholders}


def _finish(qtbot: QtBot, wizard: ContactsWizard) -> None:
    with qtbot.waitSignal(wizard.accepted, timeout=5_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    QApplication.processEvents()


def _column_row(wizard: ContactsWizard, column: str) -> int:
    assert wizard.layout_ is not None
    return wizard.layout_.columns.index(column)


def test_a_gbk_file_is_read_right_imported_in_one_step_and_undone(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = write(tmp_path, "联系人.csv", CHINESE_CSV, "gbk")
    key = window.create_account("华信科技")
    assert key is not None
    wizard = window.import_contacts(path)
    assert isinstance(wizard, ContactsWizard)
    raw = wizard.raw_model
    assert raw.index(1, 0).data() == "王伟"  # real names, not mojibake
    assert "gb18030" in wizard.encoding_note.text()
    wizard.next()
    assert wizard.currentPage() is wizard.columns_page
    mapped = {wizard.columns_model.index(r, 0).data(): wizard.columns_model.field_of(r)
              for r in range(wizard.columns_model.rowCount())}
    assert mapped["姓名"] == "name" and mapped["上级"] == "manager"
    wizard.next()
    assert "4 new" in wizard.plan_summary.text()
    _finish(qtbot, wizard)
    people = _people(window, key)
    assert len(people) == 4
    assert people["李静"].reports_to == people["王伟"].id  # type: ignore[attr-defined]
    assert window.undo_stack.undoText() == "Import 4 contacts"
    window.undo()
    assert _people(window, key) == {}


def test_a_wrong_encoding_guess_is_overridden_and_a_column_corrected(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    key = window.create_account("ООО «Ромашка»")
    path = write(tmp_path, "bitrix.csv", BITRIX_CSV, "cp1251")
    wizard = window.import_contacts(path)
    # the user says it is KOI8-R: the names turn to nonsense, and back with cp1251
    wizard.set_encoding("koi8-r")
    assert "Алексей" not in {wizard.raw_model.index(r, 2).data() for r in range(4)}
    wizard.encoding_combo.setCurrentIndex(wizard.encoding_combo.findData("cp1251"))
    wizard.encoding_combo.activated.emit(wizard.encoding_combo.currentIndex())
    assert wizard.raw_model.index(1, 2).data() == "Алексей"
    wizard.next()
    # "Компания" is not imported on its own: the user makes it the department
    row = _column_row(wizard, "Компания")
    wizard.choose_field("Компания", "department")
    assert wizard.columns_model.field_of(row) == "department"
    wizard.next()
    _finish(qtbot, wizard)
    people = _people(window, key)
    assert people["Алексей Петрович Иванов"].department == "ООО «Ромашка»"  # type: ignore[attr-defined]
    assert people["Ольга Сергеевна Смирнова"].reports_to == (  # type: ignore[attr-defined]
        people["Алексей Петрович Иванов"].id)  # type: ignore[attr-defined]


def test_a_row_left_out_is_not_imported_and_a_second_import_changes_nothing(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = write(tmp_path, "contacts.csv", CHINESE_CSV, "gbk")
    key = window.create_account("华信科技")
    wizard = window.import_contacts(path)
    wizard.next()
    wizard.next()
    model = wizard.plan_model
    liu = next(r for r in range(model.rowCount()) if model.row_plan(r).name == "刘洋")
    model.setData(model.index(liu, 0), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    assert "3 new" in wizard.plan_summary.text()
    _finish(qtbot, wizard)
    assert "刘洋" not in _people(window, key) and "张磊" in _people(window, key)
    again = window.import_contacts(path)
    again.next()
    again.next()
    # the row left out comes again; the others are already there, unchanged
    assert again.plan_summary.text().startswith("1 new, 0 to update, 3 already there")
    _finish(qtbot, again)
    third = window.import_contacts(path)
    third.next()
    third.next()
    assert "nothing to import" in third.plan_summary.text()
    assert not third.button(QWizard.WizardButton.FinishButton).isEnabled()
    third.reject()


def test_a_file_that_is_not_contacts_says_why_and_goes_no_further(
        window: MainWindow, tmp_path: Path) -> None:
    path = write(tmp_path, "photo.csv", bytes(range(256)) * 40)
    wizard = window.import_contacts(path)
    assert wizard.source_error.isVisible() and wizard.source_error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_rows_pasted_into_the_people_table_go_through_the_same_preview(
        qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.map)
    window.map.pages.setCurrentWidget(window.map.people)
    QApplication.clipboard().setText("陈晨\t质量经理\t质量部\n赵敏\t质量工程师\t质量部\n")
    opened: list[ContactsWizard] = []
    window.map.importRequested.connect(lambda _t: QApplication.processEvents())
    original = window.import_contacts

    def spy(*args: object, **kwargs: object) -> object:
        wizard = original(*args, **kwargs)  # type: ignore[arg-type]
        opened.append(wizard)
        return wizard

    window.import_contacts = spy  # type: ignore[method-assign]
    window.map.people.paste_button.click()
    (wizard,) = opened
    assert wizard.currentPage() is wizard.columns_page  # straight to the columns
    assert not wizard.layout_.has_name  # no header: the user says which column is what
    wizard.choose_field("Column A", "name")
    wizard.choose_field("Column B", "title")
    wizard.choose_field("Column C", "department")
    wizard.next()
    assert "2 new" in wizard.plan_summary.text()
    _finish(qtbot, wizard)
    assert _people(window)["赵敏"].title == "质量工程师"  # type: ignore[attr-defined]


def test_a_saved_mapping_is_used_for_the_next_file_with_those_columns(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = write(tmp_path, "a.csv", "Who,Job\nAnna Weber,CFO\n")
    wizard = window.import_contacts(path)
    wizard.next()
    wizard.choose_field("Who", "name")
    wizard.choose_field("Job", "title")
    wizard.save_mapping.click()
    wizard.reject()
    other = window.import_contacts(write(tmp_path, "b.csv", "Who,Job\nMax Braun,CEO\n"))
    other.next()
    assert other.used_saved and other.layout_.has_name
    assert "saved" in other.columns_note.text()
    other.reject()


def test_people_exported_to_excel_come_back_with_their_managers(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """File › Export people… then Import contacts of that workbook into a new account:
    the same people, titles and reporting lines."""
    import openpyxl

    out = tmp_path / "华东-people.xlsx"
    window.export_people(out)
    sheets = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert sheets[0] == "People" and {"Actions", "Risks", "Interactions"} <= set(sheets)
    source = {p.name: p for p in window.services.accounts.snapshot("demo-huadong").stakeholders}
    key = window.create_account("华东 copy")
    wizard = window.import_contacts(out)
    wizard.next()
    wizard.next()
    assert wizard.plan_summary.text().startswith(f"{len(source)} new")
    _finish(qtbot, wizard)
    copied = {p.name: p for p in window.services.accounts.snapshot(key).stakeholders}
    assert set(copied) == set(source)
    ids = {p.id: p.name for p in copied.values()}
    src_ids = {p.id: p.name for p in source.values()}
    for name, person in source.items():
        assert copied[name].title == person.title
        assert ids.get(copied[name].reports_to or "") == src_ids.get(person.reports_to or "")
