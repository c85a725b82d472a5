"""``main.py import-contacts``: the wizard's rules from the command line."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import rapport, write
from tests.conftest import account_doc, dump_database

CHINESE = ("姓名,职务,部门,上级,手机\r\n"
           "王伟,总经理,总经办,,138 0013 8000\r\n"
           "李强,采购总监,采购部,王伟,13900139000\r\n"
           "张磊,采购经理,采购部,李强,13700137000\r\n")


def _account(tmp_path: Path, db: Path) -> None:
    assert rapport("import", write(tmp_path / "a.json", account_doc()), db=db).returncode == 0


def test_a_gbk_file_adds_people_with_their_managers_and_a_second_run_adds_nothing(
        tmp_path: Path, db_path: Path) -> None:
    _account(tmp_path, db_path)
    contacts = tmp_path / "联系人.csv"
    contacts.write_bytes(CHINESE.encode("gbk"))
    first = rapport("import-contacts", "acme", contacts, db=db_path)
    assert first.returncode == 0, first.stderr
    # 王伟 is in the account already (the CEO): updated, not added twice
    assert first.stdout.splitlines()[1] == "2 created, 1 updated, 0 unchanged, 0 skipped"
    assert "created  row 3: 李强" in first.stdout
    assert "updated  row 2: 王伟 (s1, by name): Job title, Department, Phone" in first.stdout
    exported = rapport("export", "acme", "--json", tmp_path / "out.json", db=db_path)
    assert exported.returncode == 0
    text = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert "采购总监" in text and "13900139000" in text
    again = rapport("import-contacts", "acme", contacts, db=db_path)
    assert again.returncode == 0
    assert again.stdout.startswith("nothing to import from 联系人.csv")
    history = rapport("history", "acme", db=db_path)
    assert history.stdout.count("contacts imported from 联系人.csv") == 1


def test_a_dry_run_prints_the_plan_and_changes_nothing(tmp_path: Path, db_path: Path) -> None:
    _account(tmp_path, db_path)
    contacts = tmp_path / "c.csv"
    contacts.write_bytes(CHINESE.encode("gbk"))
    before = dump_database(db_path)
    result = rapport("import-contacts", "acme", contacts, "--dry-run", db=db_path)
    assert result.returncode == 0
    assert "dry run: nothing saved" in result.stdout and "2 created" in result.stdout
    assert dump_database(db_path) == before


def test_a_wrong_encoding_and_a_mapping_can_be_given(tmp_path: Path, db_path: Path) -> None:
    _account(tmp_path, db_path)
    contacts = tmp_path / "c.csv"
    contacts.write_bytes("Кто;Компания\r\nОльга Петрова;ООО «Ромашка»\r\n".encode("cp1251"))
    result = rapport("import-contacts", "acme", contacts, "--encoding", "cp1251",
                     "--mapping", '{"Кто": "name", "Компания": "department"}', db=db_path)
    assert result.returncode == 0, result.stderr
    assert "created  row 2: Ольга Петрова" in result.stdout


def test_a_manager_cycle_names_its_rows(tmp_path: Path, db_path: Path) -> None:
    _account(tmp_path, db_path)
    contacts = tmp_path / "cycle.csv"
    contacts.write_text("Name,Manager\nAnna,Bob\nBob,Cara\nCara,Anna\n", encoding="utf-8")
    result = rapport("import-contacts", "acme", contacts, db=db_path)
    assert result.returncode == 0
    cycle = [line for line in result.stdout.splitlines() if "cycle" in line]
    assert cycle and all(f"row {n}" in " ".join(cycle) for n in (2, 3, 4))


def test_a_file_that_cannot_be_read_changes_nothing(tmp_path: Path, db_path: Path) -> None:
    _account(tmp_path, db_path)
    before = dump_database(db_path)
    for bad in (b"", bytes(range(256)) * 100, b"Company,Revenue\nAcme,1\n"):
        path = tmp_path / "bad.csv"
        path.write_bytes(bad)
        result = rapport("import-contacts", "acme", path, db=db_path)
        assert result.returncode == 1
        assert result.stderr.startswith("rapport: error:") and "Traceback" not in result.stderr
    assert dump_database(db_path) == before
