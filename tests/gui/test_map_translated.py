"""The map tab and the contacts wizard speak Chinese and Russian: no text a person reads
there (toolbar, legend, panels, the People page's headers, the wizard's pages) is still
the English source, and counts take the language's plural forms."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from app.models.account import AccountFile
from app.services.demo import demo_documents
from app.views import i18n as view_i18n
from app.views.contacts.models import action_text
from app.views.contacts.wizard import ContactsWizard
from app.views.map.legend import sections
from app.views.map.tab import MapTab
from tests.contacts.samples import CHINESE_CSV, write

pytestmark = pytest.mark.gui

HUADONG = next(d for d in demo_documents() if d.account.id == "demo-huadong")
#: texts that are the same in every language: symbols, numbers, names
SAME = {"+", "−", "—"}

Texts = dict[str, str]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the windows' language; English again afterwards, whatever happened."""
    try:
        yield lambda lang: view_i18n.install(qapp, lang)
    finally:
        view_i18n.install(qapp, "en")


def _form(prefix: str, layout: QFormLayout) -> Texts:
    out = {}
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            out[f"{prefix}:{row}"] = label.text()
    return out


def _map_texts(qtbot: QtBot, doc: AccountFile) -> Texts:
    """What the map tab shows: made afresh, in the language installed now."""
    tab = MapTab()
    qtbot.addWidget(tab)
    tab.load(doc)
    out: Texts = {"summary": tab.summary.text(),
                  "insights": next(w.text() for w in tab.findChildren(QLabel)
                                   if "<b>" in w.text())}
    for i in range(tab.pages.count()):
        out[f"page:{i}"] = tab.pages.tabText(i)
    for i, action in enumerate(tab.toolbar.actions()):
        widget = tab.toolbar.widgetForAction(action)
        if isinstance(widget, QLabel):
            out[f"toolbar label:{i}"] = widget.text().strip()
        elif action.text():
            out[f"toolbar:{i}"] = action.text()
        if action.toolTip() and not action.isSeparator():
            out[f"toolbar tip:{i}"] = action.toolTip()
    out["filter"] = tab.filter.itemText(0)
    out["filter tip"] = tab.filter.toolTip()
    out["nobody selected"] = tab.panel.heading.text()
    tab.scene.select_people(["cto"])
    (form,) = tab.panel.findChildren(QFormLayout)
    out.update(_form("person panel", form))
    out["moved"] = tab.panel.moved.text().splitlines()[0]
    out["nobody above"] = tab.panel.reports_to.itemText(0)
    (line_form,) = tab.line_panel.findChildren(QFormLayout)
    out.update(_form("line panel", line_form))
    for i in range(1, tab.line_panel.strength.count()):
        out[f"strength:{i}"] = tab.line_panel.strength.itemText(i)
    for s, (heading, _rows) in enumerate(sections()):
        out[f"legend:{s}"] = heading
    out["legend unknown"] = sections()[0][1][-1][0]
    out["legend reports"] = sections()[4][1][0][0]
    people = tab.people
    for column in range(people.model.columnCount()):
        out[f"people header:{column}"] = people.model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    out["people add"] = people.add_button.text()
    out["people paste"] = people.paste_button.text()
    return out


def _wizard_texts(qtbot: QtBot, tmp_path: Path) -> Texts:
    """What the contacts wizard's three pages show, a Chinese file opened."""
    wizard = ContactsWizard(HUADONG)
    qtbot.addWidget(wizard)
    out: Texts = {"title": wizard.windowTitle(),
                  "import": wizard.buttonText(QWizard.WizardButton.FinishButton),
                  "no file": wizard.file_label.text(),
                  "detected": wizard.encoding_combo.itemText(0),
                  "recognised": wizard.preset_combo.itemText(0),
                  "no preset": wizard.preset_combo.itemText(1),
                  "no header": wizard.header_spin.specialValueText(),
                  "save mapping": wizard.save_mapping.text()}
    for name, page in (("file", wizard.source_page), ("columns", wizard.columns_page),
                       ("preview", wizard.preview_page)):
        out[f"{name} title"] = page.title()
        out[f"{name} subtitle"] = page.subTitle()
        for child in page.findChildren(QFormLayout):
            out.update(_form(name, child))
        for i, button in enumerate(page.findChildren(QPushButton)):
            out[f"{name} button:{i}"] = button.text()
    for model, name in ((wizard.columns_model, "columns"), (wizard.plan_model, "plan")):
        for column in range(model.columnCount()):
            out[f"{name} header:{column}"] = model.headerData(
                column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    for action in ("create", "update", "unchanged", "skip"):
        out[f"action:{action}"] = action_text(action)
    wizard.open_file(write(tmp_path, "联系人.csv", CHINESE_CSV, "gbk"))
    out["read as"] = wizard.encoding_note.text().split(" gb18030")[0]
    out["summary"] = wizard.plan_summary.text()
    return out


def _same(english: Texts, translated: Texts) -> list[str]:
    assert english.keys() == translated.keys()
    return [f"{key}: {english[key]!r}" for key in english
            if english[key] == translated[key] and english[key].strip() not in SAME]


@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_the_map_tab_shows_no_english_source_text(
        qtbot: QtBot, speak: Callable[[str], None], lang: str) -> None:
    english = _map_texts(qtbot, HUADONG)
    assert english["toolbar:0"] == "Add person" and english["people header:0"] == "Name"
    speak(lang)
    translated = _map_texts(qtbot, HUADONG)
    assert not _same(english, translated)
    speak("en")
    assert _map_texts(qtbot, HUADONG) == english  # English again


@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_the_contacts_wizard_shows_no_english_source_text(
        qtbot: QtBot, speak: Callable[[str], None], lang: str, tmp_path: Path) -> None:
    english = _wizard_texts(qtbot, tmp_path)
    assert english["summary"].startswith("2 new, 2 to update")
    speak(lang)
    translated = _wizard_texts(qtbot, tmp_path)
    assert not _same(english, translated)
    if lang == "ru":
        assert translated["summary"].startswith("2 новых, 2 к обновлению")
    else:
        assert translated["summary"].startswith("新增 2，待更新 2")


def test_counts_take_the_russian_plural_forms(speak: Callable[[str], None]) -> None:
    speak("ru")

    def tr(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, "", n)

    assert [tr("MapTab", "%n stakeholders", n) for n in (1, 3, 5, 21)] == [
        "1 заинтересованное лицо", "3 заинтересованных лица", "5 заинтересованных лиц",
        "21 заинтересованное лицо"]
    assert [tr("ContactsWizard", "%n column(s) not imported.", n) for n in (1, 2, 11)] == [
        "1 столбец не импортируется.", "2 столбца не импортируются.",
        "11 столбцов не импортируются."]
    assert tr("ContactsWizard", "{count} new", 22).format(count=22) == "22 новых"
    speak("zh_CN")
    assert tr("MapTab", "%n insights", 7) == "7 条发现"


def test_role_badges_on_the_cards_speak_the_window_language(
        qtbot: QtBot, speak: Callable[[str], None]) -> None:
    from app.models.enums import BuyingRole

    doc = next(d for d in demo_documents() if d.account.id == "demo-ural")
    badges = {}
    for lang in ("en", "ru", "zh_CN"):
        speak(lang)
        tab = MapTab()
        qtbot.addWidget(tab)
        tab.load(doc)
        card = next(c for c in tab.scene.cards.values()
                    if c.person.role == BuyingRole.DECISION_MAKER)
        badges[lang] = card._layout_text().badge
    assert badges == {"en": "DM", "ru": "ЛПР", "zh_CN": "决策"}
