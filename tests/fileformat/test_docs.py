"""The documentation's examples are real: the complete example of docs/account-file.md
is a valid file that uses every section, every key of the file is documented, and
every finding kind is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from app.assessment.gaps import KINDS
from app.fileformat import parse_account_file
from app.models.account import (
    AccountFile,
    ActionRecord,
    InsightRecord,
    InteractionRecord,
    KpiRecord,
    KpiValue,
    MilestoneRecord,
    ObjectiveRecord,
    RevenueRecord,
    ReviewRecord,
    RiskRecord,
    TeamMemberRecord,
)

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_complete_example_is_a_valid_account_file_using_every_section() -> None:
    text = (DOCS / "account-file.md").read_text(encoding="utf-8")
    [example] = [b for b in re.findall(r"```json\n(.*?)```", text, re.S) if '"format"' in b]
    doc = parse_account_file(example.encode())
    for section in AccountFile.model_fields:
        assert getattr(doc, section), f"the example leaves {section} empty"
    assert any(o.milestones for o in doc.objectives) and any(k.values for k in doc.kpis)
    assert any(i.participants for i in doc.interactions)


@pytest.mark.parametrize("record", [
    AccountFile, InteractionRecord, TeamMemberRecord, InsightRecord, ObjectiveRecord,
    MilestoneRecord, RevenueRecord, RiskRecord, ActionRecord, ReviewRecord, KpiRecord, KpiValue,
])
def test_every_key_is_in_a_table(record: type[BaseModel]) -> None:
    text = (DOCS / "account-file.md").read_text(encoding="utf-8")
    for key in record.model_fields:
        assert f"| `{key}` |" in text, f"{record.__name__}.{key} is not documented"


def test_every_finding_kind_is_documented() -> None:
    text = "\n".join((DOCS / name).read_text(encoding="utf-8")
                     for name in ("findings.md", "stages.md", "health.md"))
    for kind in KINDS:
        assert f"`{kind}`" in text or f"## {kind}" in text, kind
