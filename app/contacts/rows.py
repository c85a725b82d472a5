"""One file row as a person's values, each checked by the account's own rules.

A value the account would refuse (a bad e-mail, a 10,000-character title, a control
character) is left out and reported for its row; a row without a usable name cannot
become a person at all (a *blocking* problem: the row is skipped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from app.contacts.fields import FIELDS, MESSENGER_FIELDS, SECOND
from app.contacts.names import composed, name_key, one_line
from app.contacts.phones import clean
from app.errors import figure, quoted
from app.fileformat.reader import pydantic_message
from app.i18n import _
from app.models.account import Messengers, StakeholderRecord
from app.models.enums import BuyingRole, Stance, label

#: fields whose values are single-line texts: whitespace runs become one space
_ONE_LINE = frozenset(FIELDS) - {"notes"}
#: words for stances and buying roles besides their values and labels
_WORDS: dict[str, dict[str, str]] = {
    "stance": {"сторонник": "supporter", "чемпион": "champion", "нейтральный": "neutral",
               "нейтрален": "neutral", "скептик": "skeptic", "противник": "blocker",
               "блокирующий": "blocker", "支持者": "supporter", "拥护者": "champion",
               "中立": "neutral", "怀疑者": "skeptic", "反对者": "blocker"},
    "role": {"лпр": "decision_maker", "коуч": "coach", "влияющий": "influencer",
             "пользователь": "user_buyer", "技术": "technical_buyer", "决策者": "decision_maker",
             "影响者": "influencer", "教练": "coach", "使用者": "user_buyer"},
}
_VOCABULARY = {"stance": Stance, "role": BuyingRole}
_ADDRESS = re.compile(r"[^\s<>,;:\"']+@[^\s<>,;\"']+")


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Something wrong with one row, numbered as the user sees the file."""

    row: int
    #: the field concerned ("name", "email", "manager" …) or None for the whole row
    field: str | None
    message: str
    #: the row cannot be imported (no usable name, a duplicate row)
    blocking: bool = False
    unit: str = "row"

    @property
    def text(self) -> str:
        """The problem without its row: "E-mail: must be an e-mail address …"."""
        if not self.field:
            return self.message
        return _("{field}: {problem}").format(field=_(FIELDS[self.field]),
                                               problem=self.message)

    def __str__(self) -> str:
        return _("{where}: {problem}").format(where=where(self.unit, self.row),
                                               problem=self.text)


def where(unit: str, row: int) -> str:
    """"row 5" or "card 5": a row of a file (a card of a vCard file) as messages name
    it; ``unit`` is the table's ``unit``, "row" or "card"."""
    if unit == "card":
        return _("card {n}").format(n=figure(row))
    return _("row {n}").format(n=figure(row))


@dataclass(slots=True)
class Candidate:
    """A row's checked values (record fields, as JSON values) and references."""

    row: int
    unit: str = "row"
    values: dict[str, Any] = field(default_factory=dict)
    manager: str | None = None
    source_id: str | None = None
    problems: list[RowProblem] = field(default_factory=list)
    #: the name as matching compares it (``names.name_key``)
    key: str = ""

    @property
    def blocked(self) -> bool:
        return any(p.blocking for p in self.problems)

    def refuse(self, field: str | None, message: str, blocking: bool = False) -> None:
        self.problems.append(RowProblem(self.row, field, message, blocking, self.unit))


def candidate(row: int, raw: dict[str, str], unit: str = "row") -> Candidate:
    """``raw`` (field -> cell text) checked; see the module doc."""
    cells = {f: (one_line(v) if f in _ONE_LINE else v.strip())
             for f, v in ((f, _unguarded(v)) for f, v in raw.items())}
    cells = {f: v for f, v in cells.items() if v}
    for first, second in SECOND.items():  # the other phone or e-mail, when the first is empty
        if second in cells:
            cells.setdefault(first, cells.pop(second))
    c = Candidate(row, unit, {}, cells.get("manager"), cells.get("source_id"))
    name = cells.get("name") or composed(cells.get("last_name", ""),
                                         cells.get("first_name", ""),
                                         cells.get("middle_name", ""))
    if not name:
        c.refuse(None, _("no name"), blocking=True)
    elif (problem := _problem("name", name)) is not None:
        c.refuse("name", problem, blocking=True)
    else:
        c.values["name"] = name
        c.key = name_key(name)
        if not c.key:
            c.refuse("name", _("{name} has no letters").format(name=quoted(name)),
                     blocking=True)
    for f in ("title", "department", "our_owner", "notes"):
        _put(c, f, cells.get(f))
    if "email" in cells:  # "Anna <anna@x.de>", "mailto:…", "a@x.de; b@y.de": the first
        address = _ADDRESS.search(cells["email"])
        _put(c, "email", address.group() if address else cells["email"])
    if "phone" in cells:
        _put(c, "phone", clean(cells["phone"]))
    for f in ("stance", "role"):
        if f in cells:
            word = _vocabulary(f, cells[f])
            if word is None:
                choices = ", ".join(label(v).lower() for v in _VOCABULARY[f])
                c.refuse(f, _("{value} is not one of {choices}").format(
                    value=quoted(cells[f]), choices=choices))
            else:
                c.values[f] = word
    handles = {}
    for f, service in MESSENGER_FIELDS.items():
        if f in cells:
            problem = _problem(service, cells[f], "messengers")
            if problem:
                c.refuse(f, problem)
            else:
                handles[service] = cells[f]
    if handles:
        c.values["messengers"] = handles
    return c


def _unguarded(text: str) -> str:
    """A cell without the apostrophe a spreadsheet export puts before text that would
    read as a formula (``'+7 495 …``, ``'=Total``): Excel shows it without one too."""
    stripped = text.lstrip()
    if stripped.startswith("'") and stripped[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return stripped[1:]
    return text


def _put(c: Candidate, f: str, value: str | None) -> None:
    if not value:
        return
    problem = _problem(f, value)
    if problem:
        c.refuse(f, problem)
    else:
        c.values[f] = value


def _vocabulary(f: str, text: str) -> str | None:
    word = text.strip().casefold()
    for value in _VOCABULARY[f]:
        if word in (value.value, label(value).casefold(), value.value.replace("_", " ")):
            return value.value
    return _WORDS[f].get(word)


_MODELS: dict[str, type[BaseModel]] = {"person": StakeholderRecord, "messengers": Messengers}


@cache
def _adapter(model: str, f: str) -> TypeAdapter[Any]:
    info = _MODELS[model].model_fields[f]
    kind: Any = info.annotation
    if info.metadata:
        kind = Annotated[(kind, *info.metadata)]
    return TypeAdapter(kind)


def _problem(f: str, value: str, model: str = "person") -> str | None:
    """Why the account would refuse ``value`` for field ``f``; None if it would not."""
    try:
        _adapter(model, f).validate_python(value, strict=True)
    except ValidationError as err:
        error = err.errors(include_url=False)[0]
        if error["type"] == "string_too_long":
            most = int(error.get("ctx", {}).get("max_length", 0))
            return _("at most {most} characters (this one has {n})").format(
                most=figure(most), n=figure(len(value)))
        return pydantic_message(error)
    return None
