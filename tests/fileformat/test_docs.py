"""The documentation's examples are real: the complete example of docs/account-file.md
is a valid file that uses every section, and every finding kind is documented."""

from __future__ import annotations

import re
from pathlib import Path

from app.assessment.gaps import KINDS
from app.fileformat import AccountFile, parse_account_file

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_complete_example_is_a_valid_account_file_using_every_section() -> None:
    text = (DOCS / "account-file.md").read_text(encoding="utf-8")
    [example] = [b for b in re.findall(r"```json\n(.*?)```", text, re.S) if '"format"' in b]
    doc = parse_account_file(example.encode())
    empty_ok = {"objectives", "risks", "actions", "reviews", "kpis", "team"}  # issue 5
    for section in AccountFile.model_fields:
        if section not in empty_ok:
            assert getattr(doc, section), f"the example leaves {section} empty"


def test_every_finding_kind_is_documented() -> None:
    text = "\n".join((DOCS / name).read_text(encoding="utf-8")
                     for name in ("findings.md", "stages.md", "health.md"))
    for kind in KINDS:
        assert f"`{kind}`" in text or f"## {kind}" in text, kind
