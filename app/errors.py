"""User-facing errors.

Anything derived from :class:`RapportError` carries a message meant for the
user as-is: the CLI prints it on stderr (exit 1), the GUI shows it in a dialog.
Any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


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


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, located by a JSON-style path."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InvalidInput(RapportError):
    """Input refused as a whole; every problem found is listed."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        lines = [f"{source}: {len(problems)} problem(s), nothing was imported:"]
        lines += [f"  {p}" for p in problems]
        super().__init__("\n".join(lines))
