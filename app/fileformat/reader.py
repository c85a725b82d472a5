"""Read and fully check account files, collecting every problem with its path."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.errors import MAX_QUOTED, InvalidInput, Problem, cut, figure, quoted, shown
from app.i18n import N_, SOURCE, _, current, ngettext
from app.models.account import (
    FORMAT_NAME,
    FORMAT_VERSION,
    LIMITS,
    AccountFile,
    InteractionRecord,
    KpiRecord,
    ObjectiveRecord,
    ReviewRecord,
    SelectionRecord,
    WhitespaceRecord,
    forbidden_message,
)

MAX_FILE_BYTES = 50 * 1024 * 1024
#: a number written with more digits is refused by its path before the schema sees it
#: (Python cannot even read an integer of 4,301 digits, and no value needs 100)
MAX_DIGITS = 100


def json_path(loc: Sequence[int | str]) -> str:
    """('stakeholders', 3, 'reports_to') -> 'stakeholders[3].reports_to'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


_TAGGED_SECTIONS = {"stakeholder_history"}


def _without_union_tags(loc: Sequence[int | str]) -> list[int | str]:
    """Drop the tag pydantic inserts for discriminated unions ('stance' in
    stakeholder_history[0].stance.new): the file has no such level."""
    out = list(loc)
    if len(out) >= 3 and out[0] in _TAGGED_SECTIONS and isinstance(out[1], int):
        del out[2]
    return out


def _short(value: Any) -> str:
    return quoted(value)


#: the message of a key the file lacks (compared with: app.services.rescue)
MISSING = N_("required key is missing")
#: pydantic's messages (it speaks English only) in the catalogue, by error type, for the
#: other languages; English keeps pydantic's own words, and a type not listed too
_PYDANTIC: dict[str, str] = {
    "string_type": N_("input should be a valid string"),
    "int_type": N_("input should be a valid integer"),
    "int_parsing": N_("input should be a valid integer"),
    "int_from_float": N_("input should be a valid integer, got a number with a fractional "
                         "part"),
    "float_type": N_("input should be a valid number"),
    "float_parsing": N_("input should be a valid number"),
    "finite_number": N_("input should be a finite number"),
    "bool_type": N_("input should be a valid boolean"),
    "list_type": N_("input should be a valid array"),
    "model_type": N_("input should be an object"),
    "dict_type": N_("input should be an object"),
    "model_attributes_type": N_("input should be an object"),
    "string_too_long": N_("string should have at most {max_length} characters"),
    "string_too_short": N_("string should have at least {min_length} characters"),
    "too_short": N_("list should have at least {min_length} items"),
    "greater_than_equal": N_("input should be greater than or equal to {ge}"),
    "greater_than": N_("input should be greater than {gt}"),
    "less_than_equal": N_("input should be less than or equal to {le}"),
    "less_than": N_("input should be less than {lt}"),
    "enum": N_("input should be {expected}"),
    "literal_error": N_("input should be {expected}"),
}


def pydantic_message(error: Any) -> str:
    """pydantic's message for ``error``, in the language of the moment where the
    catalogue has its type; first letter lower-case, "Value error, " taken off."""
    template = _PYDANTIC.get(error["type"])
    if template is not None and current() != SOURCE:
        values = {}
        for key, value in (error.get("ctx") or {}).items():
            if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
                value = int(value)
            if isinstance(value, int) and not isinstance(value, bool):
                value = figure(value)
            elif isinstance(value, str):  # "'a', 'b' or 'c'"
                value = value.replace("' or '", "'" + _(" or ") + "'")
            values[key] = value
        try:
            return _(template).format(**values)
        except (KeyError, IndexError, ValueError):
            pass  # a context pydantic no longer gives: its own words
    message = str(error["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    return message[:1].lower() + message[1:]


def _got(message: str, value: Any) -> str:
    return _("{message} (got {value})").format(message=message, value=_short(value))


def problems_from_validation(
    err: ValidationError, prefix: Sequence[int | str] = ()
) -> list[Problem]:
    problems = []
    for e in err.errors(include_url=False):
        loc = [*prefix, *_without_union_tags(e["loc"])]
        kind = e["type"]
        if kind == "union_tag_invalid":
            ctx = e.get("ctx", {})
            loc.append(ctx.get("discriminator", "").strip("'"))
            message = _got(_("must be one of {choices}").format(
                choices=ctx.get("expected_tags", "")), ctx.get("tag"))
        elif kind == "union_tag_not_found":
            loc.append(e.get("ctx", {}).get("discriminator", "").strip("'"))
            message = _(MISSING)
        elif kind == "extra_forbidden":
            message = _("unknown key")
        elif kind == "missing":
            message = _(MISSING)
        elif kind == "json_invalid":
            message = _("not valid JSON ({error})").format(error=e["msg"])
        elif kind == "list_limit":  # the message has the count and the limit
            message = e["msg"]
        elif kind.startswith("date_") and (kind != "date_type"
                                           or isinstance(e.get("input"), str)):
            # one wording for import and the app (pydantic's differs between JSON and
            # Python input and talks of datetimes); only a reason worth reading is kept
            reason = e["msg"].rpartition(", ")[2] if ", " in e["msg"] else ""
            message = (_("not a real date ({reason})").format(reason=reason)
                       if "value is outside" in reason
                       else _("must be a date written YYYY-MM-DD, such as 2026-12-01"))
            if "input" in e:
                message = _got(message, e["input"])
        else:
            message = pydantic_message(e)
            if "input" in e:
                message = _got(message, e["input"])
        problems.append(Problem(json_path(loc), message))
    return problems


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(_("the key {key} appears twice in one object").format(
                key=quoted(key)))
        seen[key] = value
    return seen


def _entries(raw: dict[str, Any], section: str) -> list[tuple[int, dict[str, Any]]]:
    items = raw.get(section)
    if not isinstance(items, list):
        return []
    return [(i, item) for i, item in enumerate(items) if isinstance(item, dict)]


def _ref(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    return value if isinstance(value, str) else None


def integrity_problems(raw: dict[str, Any]) -> list[Problem]:
    """Cross-references a schema cannot check, on the raw JSON.

    Runs whether or not the schema check passed (entries of the wrong shape are
    skipped: the schema reports those), so one attempt lists every problem.
    """
    problems: list[Problem] = []
    first_at: dict[str, int] = {}
    people = _entries(raw, "stakeholders")
    for i, s in people:
        sid = _ref(s, "id")
        if sid is None:
            continue
        if sid in first_at:
            problems.append(Problem(f"stakeholders[{i}].id", _duplicate(
                sid, f"stakeholders[{first_at[sid]}]")))
        else:
            first_at[sid] = i
    boss: dict[str, str] = {}
    for i, s in people:
        sid, target = _ref(s, "id"), _ref(s, "reports_to")
        if target is None:
            continue
        if target not in first_at:
            problems.append(Problem(f"stakeholders[{i}].reports_to", _unknown_id(target)))
        elif sid is not None and first_at.get(sid) == i:
            boss[sid] = target
    problems += _cycle_problems(boss, first_at)
    for i, link in _entries(raw, "influences"):
        ends = {end: _ref(link, end) for end in ("source", "target")}
        for end, ref in ends.items():
            if ref is not None and ref not in first_at:
                problems.append(Problem(f"influences[{i}].{end}", _unknown_id(ref)))
        if ends["source"] is not None and ends["source"] == ends["target"]:
            problems.append(Problem(f"influences[{i}].target",
                                    _("a stakeholder cannot influence themselves")))
    for section in ("interactions", "stakeholder_history"):
        for i, item in _entries(raw, section):
            ref = _ref(item, "stakeholder")
            if ref is not None and ref not in first_at:
                problems.append(Problem(f"{section}[{i}].stakeholder", _unknown_id(ref)))
    ticked: dict[str, int] = {}
    for i, item in _entries(raw, "stage_evidence"):
        ref = _ref(item, "criterion")
        if ref is None:
            continue
        if ref in ticked:
            problems.append(Problem(f"stage_evidence[{i}].criterion", _(
                "{value} is listed twice (also {path})").format(
                    value=quoted(ref), path=f"stage_evidence[{ticked[ref]}]")))
        else:
            ticked[ref] = i
    for section in ("influences", "stage_history", "stakeholder_history", "interactions"):
        problems += _unique_ids(raw, section)[1]
    problems += _milestone_id_problems(raw)
    problems += _whitespace_problems(raw.get("whitespace"))
    problems += _plan_problems(raw, first_at)
    return sorted(problems, key=file_position)  # stable: an entry's problems stay in order


def _duplicate(key: str, first: str) -> str:
    return _("duplicate id {id} (also {path})").format(id=quoted(key), path=first)


def _unknown_id(key: str) -> str:
    return _("unknown id {id}").format(id=quoted(key))


#: plan sections whose entries have an id, and the message of an unknown reference
_KEYED = {"team": N_("unknown team member {id}"), "insights": N_("unknown insight {id}"),
          "objectives": N_("unknown objective {id}"), "risks": N_("unknown risk {id}"),
          "actions": N_("unknown action {id}"), "reviews": N_("unknown review {id}"),
          "kpis": N_("unknown KPI {id}")}


def _unique_ids(raw: dict[str, Any], section: str) -> tuple[dict[str, int], list[Problem]]:
    """The section's ids (first position of each) and a problem for every repeat."""
    first_at: dict[str, int] = {}
    problems = []
    for i, item in _entries(raw, section):
        key = _ref(item, "id")
        if key is None:
            continue
        if key in first_at:
            problems.append(Problem(f"{section}[{i}].id",
                                    _duplicate(key, f"{section}[{first_at[key]}]")))
        else:
            first_at[key] = i
    return first_at, problems


def _milestone_id_problems(raw: dict[str, Any]) -> list[Problem]:
    """A milestone's id is unique among all the account's milestones."""
    first_at: dict[str, str] = {}
    problems = []
    for i, objective in _entries(raw, "objectives"):
        for j, item in _entries(objective, "milestones"):
            key, path = _ref(item, "id"), f"objectives[{i}].milestones[{j}]"
            if key is None:
                continue
            if key in first_at:
                problems.append(Problem(f"{path}.id", _duplicate(key, first_at[key])))
            else:
                first_at[key] = path
    return problems


def _plan_problems(raw: dict[str, Any], people: dict[str, int]) -> list[Problem]:
    """Ids unique per plan section, team names unique; every reference names an entry
    of its section; one revenue line per quarter and one value per KPI and day."""
    problems: list[Problem] = []
    ids: dict[str, dict[str, int]] = {"stakeholders": people}
    for section in _KEYED:
        ids[section], repeats = _unique_ids(raw, section)
        problems += repeats
    unknown = {**_KEYED, "stakeholders": N_("unknown stakeholder {id}")}

    def check(path: str, ref: Any, target: str) -> None:
        if isinstance(ref, str) and ref not in ids[target]:
            problems.append(Problem(path, _(unknown[target]).format(id=quoted(ref))))

    def check_all(path: str, refs: Any, target: str) -> None:
        for j, ref in enumerate(refs if isinstance(refs, list) else []):
            check(f"{path}[{j}]", ref, target)

    # stakeholders name their owner on our side: two members of one name are ambiguous
    named: dict[str, int] = {}
    for i, item in _entries(raw, "team"):
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            continue
        folded = " ".join(name.split()).casefold()
        if folded in named:
            problems.append(Problem(f"team[{i}].name", _(
                "{name} is in the team already ({path}): give each member a different "
                "name").format(name=quoted(name), path=f"team[{named[folded]}]")))
        else:
            named[folded] = i
    for i, item in _entries(raw, "interactions"):
        check_all(f"interactions[{i}].participants", item.get("participants"), "stakeholders")
    for i, item in _entries(raw, "objectives"):
        check(f"objectives[{i}].owner", item.get("owner"), "team")
    quarters: dict[tuple[int, int], int] = {}
    for i, item in _entries(raw, "revenue_plan"):
        year, quarter = item.get("year"), item.get("quarter")
        if type(year) is not int or type(quarter) is not int:
            continue
        if (year, quarter) in quarters:
            problems.append(Problem(f"revenue_plan[{i}]", _(
                "a second line for Q{quarter} {year} (also {path})").format(
                    quarter=quarter, year=year,
                    path=f"revenue_plan[{quarters[year, quarter]}]")))
        else:
            quarters[year, quarter] = i
    for i, item in _entries(raw, "risks"):
        check(f"risks[{i}].owner", item.get("owner"), "team")
    for i, item in _entries(raw, "actions"):
        for field, target in (("owner", "team"), ("objective", "objectives"),
                              ("risk", "risks"), ("stakeholder", "stakeholders")):
            check(f"actions[{i}].{field}", item.get(field), target)
    for i, item in _entries(raw, "reviews"):
        for field, target in (("our_attendees", "team"), ("their_attendees", "stakeholders"),
                              ("follow_ups", "actions")):
            check_all(f"reviews[{i}].{field}", item.get(field), target)
    for i, item in _entries(raw, "kpis"):
        values = item.get("values")
        days: dict[str, int] = {}
        for j, value in enumerate(values if isinstance(values, list) else []):
            day = _ref(value, "date") if isinstance(value, dict) else None
            if day is None:
                continue
            if day in days:
                problems.append(Problem(f"kpis[{i}].values[{j}].date", _(
                    "a second value for {date} (also {path})").format(
                        date=cut(shown(day), MAX_QUOTED),
                        path=f"kpis[{i}].values[{days[day]}]")))
            else:
                days[day] = j
    return problems


def _whitespace_problems(grid: Any) -> list[Problem]:
    if not isinstance(grid, dict):
        return []
    problems: list[Problem] = []
    axes: dict[str, set[str]] = {}
    for axis in ("units", "offerings"):
        names = grid.get(axis)
        seen: set[str] = set()
        for i, name in enumerate(names if isinstance(names, list) else []):
            if not isinstance(name, str):
                continue
            if name in seen:
                problems.append(Problem(f"whitespace.{axis}[{i}]",
                                        _("{value} is listed twice").format(
                                            value=quoted(name))))
            seen.add(name)
        axes[axis] = seen
    cells = grid.get("cells")
    filled: dict[tuple[str, str], int] = {}
    for i, cell in enumerate(cells if isinstance(cells, list) else []):
        if not isinstance(cell, dict):
            continue
        unit, offering = _ref(cell, "unit"), _ref(cell, "offering")
        for key, ref, axis in (("unit", unit, "units"), ("offering", offering, "offerings")):
            if ref is not None and ref not in axes[axis]:
                problems.append(Problem(f"whitespace.cells[{i}].{key}",
                                        _("{value} is not in {path}").format(
                                            value=quoted(ref), path=f"whitespace.{axis}")))
        if unit is not None and offering is not None:
            if (unit, offering) in filled:
                problems.append(Problem(f"whitespace.cells[{i}]", _(
                    "a second cell for {unit} × {offering} (also {path})").format(
                        unit=quoted(unit), offering=quoted(offering),
                        path=f"whitespace.cells[{filled[unit, offering]}]")))
            else:
                filled[unit, offering] = i
        if cell.get("value") is not None and cell.get("status") != "opportunity":
            problems.append(Problem(f"whitespace.cells[{i}].value",
                                    _("only an opportunity has an estimated value")))
    return problems


_SECTIONS = tuple(AccountFile.model_fields)


_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")
_NESTED = {"whitespace": tuple(WhitespaceRecord.model_fields),
           "selection": tuple(SelectionRecord.model_fields)}
#: list sections whose entries hold lists (milestones, attendees, KPI values)
_ENTRY_LISTS = {"interactions": tuple(InteractionRecord.model_fields),
                "objectives": tuple(ObjectiveRecord.model_fields),
                "reviews": tuple(ReviewRecord.model_fields),
                "kpis": tuple(KpiRecord.model_fields)}


def file_position(problem: Problem) -> tuple[int, int, int, int]:
    """Order problems as they appear in the file: section, list index, and for the
    nested sections (white space) the sub-list and its index; within an entry with
    lists of its own, its plain keys first, then the lists, element by element."""
    steps = [(m.group(1), int(m.group(2)) if m.group(2) else -1)
             for m in _STEP.finditer(problem.path)]
    if not steps:
        return (-1, -1, -1, -1)
    section, index = steps[0]
    rank = _SECTIONS.index(section) if section in _SECTIONS else -1
    sub_rank = sub_index = -1
    if section in _NESTED and len(steps) > 1:
        sub, sub_index = steps[1]
        sub_rank = _NESTED[section].index(sub) if sub in _NESTED[section] else -1
    elif section in _ENTRY_LISTS and len(steps) > 1 and steps[1][1] >= 0:
        sub, sub_index = steps[1]
        sub_rank = _ENTRY_LISTS[section].index(sub) if sub in _ENTRY_LISTS[section] else -1
    return (rank, index, sub_rank, sub_index)


_CYCLE_SHOWN = 12


def _cycle_problems(boss: dict[str, str], index: dict[str, int]) -> list[Problem]:
    problems = []
    done: set[str] = set()
    for start in boss:
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node not in done and node not in on_path:
            path.append(node)
            on_path.add(node)
            node = boss.get(node)
        if node is not None and node in on_path:
            cycle = path[path.index(node):]
            first = min(cycle, key=lambda k: index[k])
            rot = cycle.index(first)
            ordered = [cut(shown(k), MAX_QUOTED)
                       for k in cycle[rot:] + cycle[:rot] + [first]]
            text = " → ".join(ordered)
            if len(ordered) > _CYCLE_SHOWN:  # the ends of a long cycle, and its length
                text = ngettext("{cycle} ({n} person)", "{cycle} ({n} people)",
                                len(cycle)).format(
                    cycle=" → ".join([*ordered[:_CYCLE_SHOWN - 2], "…", ordered[-1]]),
                    n=figure(len(cycle)))
            problems.append(Problem(f"stakeholders[{index[first]}].reports_to",
                                    _("reporting cycle {cycle}").format(cycle=text)))
        done.update(path)
    return problems


class _LongNumber:
    """A number written with more than ``MAX_DIGITS`` digits, as the JSON parser met it:
    reported by its path instead of converted (Python refuses integers of 4,301 digits
    with advice about ``sys.set_int_max_str_digits``; pydantic's parser gives a column)."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


class _Reading:
    """The JSON parser's number hooks; remembers whether a number was too long."""

    def __init__(self) -> None:
        self.long_numbers = False

    def int(self, text: str) -> int | _LongNumber:
        if len(text) > MAX_DIGITS and len(text.lstrip("-")) > MAX_DIGITS:
            self.long_numbers = True
            return _LongNumber(len(text.lstrip("-")))
        return int(text)

    def float(self, text: str) -> float | _LongNumber:
        if len(text) > MAX_DIGITS:
            digits = sum(c.isdigit() for c in text)
            if digits > MAX_DIGITS:
                self.long_numbers = True
                return _LongNumber(digits)
        return float(text)


#: a \\u escape of a surrogate: JSON text can hold a lone one (``"\\ud800"``), and
#: Python's parser takes it as it is (a valid pair is joined into one character)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _unreadable_values(raw: Any) -> list[Problem]:
    """Numbers too long to read and lone surrogates (in keys and texts), by path."""
    problems = []
    stack: list[tuple[tuple[int | str, ...], Any]] = [((), raw)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                found = _SURROGATE.search(key)
                if found:
                    problems.append(Problem(json_path((*loc, key)), _("a key {problem}").format(
                        problem=forbidden_message(found.group()))))
                stack.append(((*loc, key), item))
        elif isinstance(value, list):
            stack.extend(((*loc, i), item) for i, item in enumerate(value))
        elif isinstance(value, str):
            found = _SURROGATE.search(value)
            if found:
                problems.append(Problem(json_path(loc), forbidden_message(found.group())))
        elif isinstance(value, _LongNumber):
            problems.append(Problem(json_path(loc), _(
                "a number with {digits} digits is too long (at most {most} digits)").format(
                    digits=figure(value.digits), most=MAX_DIGITS)))
    return sorted(problems, key=file_position)


def limit_problems(raw: dict[str, Any]) -> list[Problem]:
    """Lists longer than ``LIMITS`` allow; cheap: counts, builds nothing. The top-level
    lists are counted first, and alone if one is too long (its entries are not looked at)."""
    top = [Problem(path, limit.message(len(raw[path]))) for path, limit in LIMITS.items()
           if isinstance(raw.get(path), list) and len(raw[path]) > limit.most]
    if top:
        return sorted(top, key=file_position)
    problems = []
    for path, limit in LIMITS.items():
        section, dot, key = path.replace("[]", "").partition(".")
        if not dot:
            continue
        container = raw.get(section)
        entries = (enumerate(container) if isinstance(container, list) and "[]" in path
                   else [(None, container)])
        for i, entry in entries:
            items = entry.get(key) if isinstance(entry, dict) else None
            if isinstance(items, list) and len(items) > limit.most:
                where = f"{section}[{i}].{key}" if i is not None else f"{section}.{key}"
                problems.append(Problem(where, limit.message(len(items))))
    return sorted(problems, key=file_position)


def _not_utf8(data: bytes, err: UnicodeDecodeError) -> Problem:
    """Where the first bad byte is, by line and column (and offset, for hex editors)."""
    offset = err.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    bad = data[offset:offset + 3]
    line = data.count(b"\n", 0, offset) + 1
    values = {"byte": f"0x{data[offset]:02X}", "line": line, "column": column,
              "offset": offset}
    if len(bad) == 3 and bad[0] == 0xED and bad[1] >= 0xA0:
        return Problem("", _("not UTF-8 text (bad byte {byte} at line {line} column "
                             "{column}, offset {offset}: an encoded surrogate, half of a "
                             "UTF-16 pair, which is not a character)").format(**values))
    return Problem("", _("not UTF-8 text (bad byte {byte} at line {line} column {column}, "
                         "offset {offset})").format(**values))


def parse_account_file(data: bytes, source: str = "<input>") -> AccountFile:
    """Validate raw bytes as an account file or raise InvalidInput listing every problem."""

    def fail(*problems: Problem) -> InvalidInput:
        return InvalidInput(source, list(problems))

    if len(data) > MAX_FILE_BYTES:
        raise fail(_too_large())
    if not data.strip():
        raise fail(Problem("", _("file is empty")))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise fail(_not_utf8(data, err)) from None
    reading = _Reading()
    try:
        raw = json.loads(text, object_pairs_hook=_reject_duplicate_keys,
                         parse_int=reading.int, parse_float=reading.float)
    except RecursionError:
        raise fail(Problem("", _("nested too deeply to be an account file"))) from None
    except json.JSONDecodeError as err:
        raise fail(Problem("", _("not valid JSON: {error} at line {line} column "
                                 "{column}").format(error=err.msg, line=err.lineno,
                                                    column=err.colno))) from None
    except ValueError as err:
        raise fail(Problem("", str(err))) from None
    if not isinstance(raw, dict):
        raise fail(Problem("", _("expected a JSON object at the top level")))
    if raw.get("format") != FORMAT_NAME:
        raise fail(Problem("format", _('not a Rapport account file (expected "{name}")').format(
            name=FORMAT_NAME)))
    version = raw.get("version")
    if "version" in raw and (type(version) is not int):
        raise fail(Problem("version", _got(_("must be the whole number {version}").format(
            version=FORMAT_VERSION), version)))
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise fail(Problem("version", _("version {version} was written by a newer Rapport; "
                                        "this one reads version {known}").format(
                                            version=version, known=FORMAT_VERSION)))
    # counted before a record is built: 100,000 people are refused at once
    problems = limit_problems(raw)
    if problems:
        raise fail(*problems)
    # pydantic's parser would name only a column for these, or crash on a long number
    if reading.long_numbers or _SURROGATE_ESCAPE.search(text):
        problems = _unreadable_values(raw)
        if problems:
            raise fail(*problems)
    problems = integrity_problems(raw)
    try:
        doc = AccountFile.model_validate_json(text)
    except ValidationError as err:
        problems = problems_from_validation(err) + problems
    except RecursionError:
        problems.append(Problem("", _("nested too deeply to be an account file")))
    if problems:
        # stable: within one entry, schema problems come before reference problems
        raise fail(*sorted(problems, key=file_position))
    return doc


def _too_large() -> Problem:
    return Problem("", _("file is larger than {size} MiB").format(
        size=MAX_FILE_BYTES // (1024 * 1024)))


def read_account_file(path: Path) -> AccountFile:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(str(path), [_too_large()])
        data = path.read_bytes()
    except OSError as err:
        raise InvalidInput(str(path), [Problem("", _("cannot read: {error}").format(
            error=err.strerror))]) from None
    return parse_account_file(data, str(path))
