"""The map tab's People page: the account's people as an editable table.

It is the plan's generic section table over ``stakeholders``: cells are edited in
place (Enter, F2 or typing), checked by the same rules and undone by the same
Ctrl+Z as the side panel, because an edit leaves as a request the map tab turns
into ``map_edits.update_person`` — the one way a person's fields change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from app.models.account import AccountFile, StakeholderRecord
from app.models.enums import RELATIONSHIP_LABELS, BuyingRole, Stance, label
from app.models.messengers import messengers_text, parse_messengers
from app.views.plan.section import Column, SectionModel, SectionPage


def _others(doc: AccountFile) -> list[tuple[str, Any]]:
    """Who a person can report to: everyone by name (oneself and a cycle are refused
    with a message when chosen)."""
    return [(p.name, p.id) for p in doc.stakeholders]


def _boss(person: StakeholderRecord, doc: AccountFile) -> str:
    if person.reports_to is None:
        return ""
    return next((p.name for p in doc.stakeholders if p.id == person.reports_to), "")


def _influence(person: StakeholderRecord, _doc: AccountFile) -> str:
    return "" if person.influence is None else "●" * person.influence


def people_columns() -> list[Column]:
    """Name … last contact in the order the table always had, then contact details
    (titled in the language of the windows)."""
    return [
        Column("name", QCoreApplication.translate("PeoplePage", "Name")),
        Column("title", QCoreApplication.translate("PeoplePage", "Title")),
        Column("department", QCoreApplication.translate("PeoplePage", "Department")),
        Column("reports_to", QCoreApplication.translate("PeoplePage", "Reports to"), "choice",
               choices=_others, show=_boss,
               tip=QCoreApplication.translate("PeoplePage",
                                              "The person's manager at the customer")),
        Column("role", QCoreApplication.translate("PeoplePage", "Role"), "choice",
               choices=lambda _d: [(label(r), r.value) for r in BuyingRole]),
        Column("stance", QCoreApplication.translate("PeoplePage", "Stance"), "choice",
               choices=lambda _d: [(label(s), s.value) for s in Stance]),
        Column("influence", QCoreApplication.translate("PeoplePage", "Influence"), "int",
               show=_influence, low=1, high=5,
               tip=QCoreApplication.translate(
                   "PeoplePage",
                   "Influence on the customer's decisions, 1 (little) to 5 (decisive)")),
        Column("relationship", QCoreApplication.translate("PeoplePage", "Relationship"),
               "choice",
               choices=lambda _d: [(f"{i} {text}", i)
                                   for i, text in RELATIONSHIP_LABELS.items()],
               show=lambda p, _d: ("" if p.relationship is None
                                   else RELATIONSHIP_LABELS[p.relationship]),
               sort=lambda p, _d: p.relationship,
               tip=QCoreApplication.translate(
                   "PeoplePage", "Our relationship with the person, 0 (none) to 4 (advocate)")),
        Column("our_owner", QCoreApplication.translate("PeoplePage", "Our owner"),
               tip=QCoreApplication.translate("PeoplePage",
                                              "Who on our side owns the relationship")),
        Column("last_contact", QCoreApplication.translate("PeoplePage", "Last contact"),
               "date"),
        Column("email", QCoreApplication.translate("PeoplePage", "E-mail"),
               tip=QCoreApplication.translate("PeoplePage",
                                              "Never shown in the client edition")),
        Column("phone", QCoreApplication.translate("PeoplePage", "Phone"),
               tip=QCoreApplication.translate(
                   "PeoplePage", "As you write it, e.g. +7 495 123-45-67; never shown in "
                   "the client edition")),
        Column("messengers", QCoreApplication.translate("PeoplePage", "Messengers"),
               show=lambda p, _d: messengers_text(p.messengers),
               edit_text=lambda value: messengers_text(value), parse=parse_messengers,
               tip=QCoreApplication.translate(
                   "PeoplePage", "service: handle, several separated by · or ; — e.g. "
                   "wechat: li_wei · telegram: @li (WeChat, Telegram, WhatsApp, LinkedIn, "
                   "DingTalk, Other); never shown in the client edition")),
        Column("notes", QCoreApplication.translate("PeoplePage", "Notes"), "long"),
    ]


class PeoplePage(SectionPage):
    """The people of the shown account; Add person adds a row and edits its name;
    rows pasted from a spreadsheet (Ctrl+V) go through the contacts import."""

    #: the clipboard's text, pasted into the table
    pasted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SectionModel("stakeholders", people_columns()), "person",
                         parent=parent)
        self.add_button.setText(self.tr("Add person"))
        self.table.empty_text = self.tr("Nothing here yet: “Add person” (or Insert) adds "
                                        "one.")
        self.remove_button.setToolTip(self.tr("Remove the selected people, with their lines "
                                              "(Delete); Ctrl+Z undoes it"))
        self.paste_button = QPushButton(self.tr("Paste rows…"))
        self.paste_button.setToolTip(self.tr("Add or update people from rows copied in Excel "
                                             "or another spreadsheet (Ctrl+V in the table): "
                                             "you see the columns and what will change "
                                             "first"))
        self.paste_button.clicked.connect(self.paste)
        self.buttons.insertWidget(2, self.paste_button)
        shortcut = QShortcut(QKeySequence.StandardKey.Paste, self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.paste)

    def paste(self) -> None:
        text = QApplication.clipboard().text()
        if text.strip():
            self.pasted.emit(text)
        else:
            self.show_error(self.tr("Nothing to paste: copy rows in a spreadsheet first "
                                    "(with or without the header row)."))

    def load(self, doc: AccountFile | None) -> None:
        """Show ``doc``'s people; after an edit of the same account the current person
        stays current (by id), wherever the edit moved their row."""
        self.reload(doc, doc is not None and self.model.doc is not None
                    and doc.account.id == self.model.doc.account.id)

    def update_people(self, doc: AccountFile, _ids: set[str]) -> None:
        """Only some people's own fields changed: the rows change in place."""
        self.load(doc)

    def select_person(self, sid: str) -> None:
        row = self.model.row_of(sid, -1)
        if row >= 0:
            self.restore(row, 0, focus=True)
