"""User-facing errors.

Anything derived from :class:`RapportError` carries a message meant for the
user as-is: the CLI prints it on stderr (exit 1), the GUI shows it in a dialog.
Any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from app.i18n import current, ngettext


class RapportError(Exception):
    """An error the user can act on; ``str(err)`` is the whole message."""


class DatabaseError(RapportError):
    """The database cannot be opened or used (corrupt, foreign, newer, locked)."""


class DatabaseLocked(DatabaseError):
    """Another Rapport process is writing the same database."""


class NotFound(RapportError):
    """A referenced account does not exist."""


class Conflict(RapportError):
    """The action would overwrite or duplicate existing data."""


#: what a message shows of a value taken from the input, in characters
MAX_QUOTED = 60
#: a problem's path and message are cut to these lengths (a path holds the file's keys)
MAX_PATH = 200
MAX_MESSAGE = 400
#: problems listed in a message; the rest are counted ("… and 95,000 more problems")
MAX_LISTED = 50

#: characters a terminal or a text view obeys instead of showing: C0 and C1 controls
#: (an escape sequence can clear the screen or fake a line), DEL, line and paragraph
#: separators, the bidi embeddings, overrides and isolates (they reorder what follows)
#: lone surrogates (not characters: printing one fails) and the non-characters
#: (U+FFFE, …: invisible)
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                     "\ud800-\udfff\ufdd0-\ufdef" + "".join(
                         chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF)
                         for plane in range(17)) + "]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return (f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}" if code <= 0xFFFF
            else f"\\U{code:08x}")


def shown(text: str) -> str:
    """``text`` safe to print: every character that would be obeyed rather than shown
    (see ``_HIDDEN``) is written as an escape, ``\\x1b`` or ``\\u202e``. Idempotent."""
    return _HIDDEN.sub(_escape, text)


def cut(text: str, limit: int) -> str:
    """``text`` shortened to at most ``limit`` characters, ending in "…" when cut."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def quoted(value: object, limit: int = MAX_QUOTED) -> str:
    """A value from the input as a message shows it: in JSON form (strings in quotes),
    control characters escaped, at most ``limit`` characters ("..." when cut)."""
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit]  # only the start is shown: don't escape a whole megabyte
    try:
        text = shown(json.dumps(value, ensure_ascii=False))
    except (TypeError, ValueError):  # not JSON, or an int too long for str()
        text = shown(f"<{type(value).__name__}>")
    return text if len(text) <= limit else text[:limit - 3] + "..."


def count(n: int, noun: str) -> str:
    """1 problem, 95,000 problems (English nouns: for logs and tests)."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def figure(n: float) -> str:
    """A count or a number as the language of the moment writes it: "95,000" in
    English and Chinese, "95 000" in Russian (CLDR, via app.money)."""
    lang = current()
    if lang == "en" or isinstance(n, bool):
        return f"{n:,}"
    from app.money import number

    return number(n, lang)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, located by a JSON-style path."""

    path: str
    message: str

    def __str__(self) -> str:
        """One line, safe to print: control characters escaped, path and message cut
        (a path holds keys of the file, a message values of it)."""
        message = cut(shown(self.message), MAX_MESSAGE)
        return f"{cut(shown(self.path), MAX_PATH)}: {message}" if self.path else message


class InvalidInput(RapportError):
    """Input refused as a whole; every problem found is in ``problems``, the message
    lists the first ``MAX_LISTED`` and counts the rest."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        n = len(problems)
        lines = [ngettext("{source}: {n} problem, nothing was imported:",
                          "{source}: {n} problems, nothing was imported:", n).format(
                              source=cut(shown(source), MAX_PATH), n=figure(n))]
        lines += [f"  {p}" for p in problems[:MAX_LISTED]]
        if n > MAX_LISTED:
            more = n - MAX_LISTED
            lines.append("  " + ngettext("… and {n} more problem", "… and {n} more problems",
                                         more).format(n=figure(more)))
        super().__init__("\n".join(lines))
