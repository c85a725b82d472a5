"""Edited copies of account documents, checked exactly like an imported file.

Edits of a whole account (map, stages, white space) are pure functions from one
document to the next; the service swaps the result in atomically, and keeping
both documents makes every such edit trivially undoable.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from app.errors import InvalidInput, Problem
from app.fileformat.reader import file_position, integrity_problems, problems_from_validation
from app.models.account import AccountFile
from app.models.ids import with_ids


@cache
def _section(key: str) -> TypeAdapter[Any]:
    """The validator of one top-level section, with its limits."""
    field = AccountFile.model_fields[key]
    kind: Any = field.annotation
    if field.metadata:
        kind = Annotated[(kind, *field.metadata)]
    return TypeAdapter(kind)


def rebuilt(doc: AccountFile, **parts: Any) -> AccountFile:
    """``doc`` with top-level sections replaced (records or plain JSON values),
    validated; InvalidInput lists every problem with its path.

    Entries that are records already (the ones an edit left alone) are kept as they
    are, not dumped and validated again: an edit of one person of a thousand checks
    that person, the section's limits and the references of the whole account.
    """
    update: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in parts.items():
        try:
            update[key] = _section(key).validate_python(value, strict=False)
        except ValidationError as err:
            problems += problems_from_validation(err, (key,))
    if problems:
        new = None
    else:
        new = doc.model_copy(update=update)
    data = (new or doc).model_dump(mode="json")
    if new is None:  # the problems' paths count in the sections as given
        for key, value in parts.items():
            data[key] = [v.model_dump(mode="json") if isinstance(v, BaseModel) else v
                         for v in value] if isinstance(value, list) else (
                value.model_dump(mode="json") if isinstance(value, BaseModel) else value)
    problems += integrity_problems(data)
    if problems or new is None:
        raise InvalidInput(doc.account.name, sorted(problems, key=file_position))
    return with_ids(new, parts)  # an entry the edit added gets its stable id
