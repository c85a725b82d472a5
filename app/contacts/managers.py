"""The manager column as reporting lines: who each row's manager is, never guessed.

A manager is looked up, in order, by the file's own id column, by e-mail, by exact
name (parts in any order, see ``names``) and, last, by a person's id in the account;
among the file's rows first, then among the people already in the account. The
first way that finds anyone decides: one person is the manager; several are reported
as ambiguous; none is reported as not found. A line that would close a reporting
cycle is not drawn, and every row on the cycle says so, naming the others.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.contacts.names import name_key
from app.contacts.rows import Candidate, RowProblem, where
from app.errors import figure, quoted
from app.i18n import _, ngettext
from app.models.account import StakeholderRecord


@dataclass(slots=True)
class ManagerLinks:
    #: row -> the person id its person reports to (the lines to draw)
    boss: dict[int, str] = field(default_factory=dict)
    problems: dict[int, list[RowProblem]] = field(default_factory=lambda: defaultdict(list))
    #: (row, manager as written) for every manager that matched nobody
    unmatched: list[tuple[int, str]] = field(default_factory=list)


def link_managers(rows: Sequence[Candidate], person_of: dict[int, str],
                  people: Sequence[StakeholderRecord], importing: set[int],
                  unit: str) -> ManagerLinks:
    """Reporting lines of the ``importing`` rows; ``person_of``: row -> the person
    id it becomes (created, matched, or a duplicate's first row)."""
    links = ManagerLinks()
    finders = _Finders(rows, people)
    names = {p.id: p.name for p in people}
    for c in rows:
        if c.row not in importing or not c.manager:
            continue

        def warn(message: str, row: int = c.row) -> None:
            links.problems[row].append(RowProblem(row, "manager", message, unit=unit))

        found = finders.find(c.manager)
        if not found:
            links.unmatched.append((c.row, c.manager))
            warn(_("{manager} is not in the file or the account: no reporting line").format(
                manager=quoted(c.manager)))
            continue
        targets = {person_of.get(int(ref[1:])) if ref[0] == "r" else ref[1:]
                   for ref in found}
        if None in targets:
            rows_out = [ref[1:] for ref in found if ref[0] == "r"
                        and person_of.get(int(ref[1:])) is None]
            warn(_("{manager} is {where}, which is not imported: no reporting line").format(
                manager=quoted(c.manager), where=where(unit, int(rows_out[0]))))
            continue
        if len(targets) > 1:
            warn(ngettext("{manager} matches {n} person: no reporting line",
                          "{manager} matches {n} people: no reporting line",
                          len(targets)).format(manager=quoted(c.manager),
                                               n=figure(len(targets))))
            continue
        target = targets.pop()
        assert target is not None
        if target == person_of.get(c.row):
            warn(_("a person cannot report to themselves: no reporting line"))
            continue
        links.boss[c.row] = target
    names.update({person_of[c.row]: c.values.get("name", "") for c in rows
                  if c.row in importing and c.row in person_of})
    _break_cycles(links, person_of, people, names, unit)
    return links


class _Finders:
    """The file's rows ("r3") and the account's people ("pp01") by the keys a
    manager is written with."""

    def __init__(self, rows: Sequence[Candidate], people: Sequence[StakeholderRecord]):
        self.source: dict[str, list[str]] = defaultdict(list)
        self.file_email: dict[str, list[str]] = defaultdict(list)
        self.file_name: dict[str, list[str]] = defaultdict(list)
        for c in rows:
            ref = f"r{c.row}"
            if c.source_id:
                self.source[c.source_id.strip()].append(ref)
            if c.values.get("email"):
                self.file_email[c.values["email"].casefold()].append(ref)
            if c.key:
                self.file_name[c.key].append(ref)
        self.ids = {p.id: [f"p{p.id}"] for p in people}
        self.email: dict[str, list[str]] = defaultdict(list)
        self.name: dict[str, list[str]] = defaultdict(list)
        for p in people:
            if p.email:
                self.email[p.email.casefold()].append(f"p{p.id}")
            self.name[name_key(p.name)].append(f"p{p.id}")

    def find(self, text: str) -> list[str]:
        text = " ".join(text.split())
        key = name_key(text)
        for table, value in ((self.source, text), (self.file_email, text.casefold()),
                             (self.email, text.casefold()), (self.file_name, key),
                             (self.name, key), (self.ids, text)):
            if value and value in table:
                return table[value]
        return []


def _break_cycles(links: ManagerLinks, person_of: dict[int, str],
                  people: Sequence[StakeholderRecord], names: dict[str, str],
                  unit: str) -> None:
    """Refuse the file's lines on every reporting cycle until there is none."""
    before = {p.id: p.reports_to for p in people if p.reports_to}
    while True:
        boss = dict(before)
        set_by: dict[str, int] = {}
        for row, target in links.boss.items():
            boss[person_of[row]] = target
            set_by[person_of[row]] = row
        cycle = _a_cycle(boss)
        if not any(pid in set_by for pid in cycle):
            return  # none (the account's own lines never close one)
        steps = [f"{where(unit, set_by[pid])} ({names.get(pid, pid)})" if pid in set_by
                 else _("{name} (in the account)").format(name=names.get(pid, pid))
                 for pid in cycle]
        path = " → ".join([*steps, steps[0]])
        for pid in cycle:
            if pid in set_by:
                row = set_by[pid]
                del links.boss[row]
                links.problems[row].append(RowProblem(
                    row, "manager", _("reporting cycle: {cycle}; this line is not drawn").format(
                        cycle=path), unit=unit))


def _a_cycle(boss: dict[str, str]) -> list[str]:
    """One reporting cycle (the people on it, in reporting order), or []."""
    done: set[str] = set()
    for start in boss:
        path: list[str] = []
        on_path: dict[str, int] = {}
        node: str | None = start
        while node is not None and node not in done:
            if node in on_path:
                return path[on_path[node]:]
            on_path[node] = len(path)
            path.append(node)
            node = boss.get(node)
        done.update(path)
    return []
