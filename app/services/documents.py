"""Edited copies of account documents, checked exactly like an imported file.

Edits of a whole account (map, stages, white space) are pure functions from one
document to the next; the service swaps the result in atomically, and keeping
both documents makes every such edit trivially undoable.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from app.errors import InvalidInput
from app.fileformat.reader import integrity_problems, problems_from_validation
from app.models.account import AccountFile


def rebuilt(doc: AccountFile, **parts: Any) -> AccountFile:
    """``doc`` with top-level sections replaced (records or plain JSON values),
    validated; InvalidInput lists every problem with its path."""
    data = doc.model_dump(mode="json")
    for key, value in parts.items():
        if isinstance(value, list):
            value = [v.model_dump(mode="json") if hasattr(v, "model_dump") else v
                     for v in value]
        elif hasattr(value, "model_dump"):
            value = value.model_dump(mode="json")
        data[key] = value
    problems = integrity_problems(data)
    try:
        new = AccountFile.model_validate(data, strict=False)
    except ValidationError as err:
        problems = problems_from_validation(err) + problems
        raise InvalidInput(doc.account.name, problems) from None
    if problems:
        raise InvalidInput(doc.account.name, problems)
    return new
