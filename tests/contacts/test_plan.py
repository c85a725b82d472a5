"""Planning an import: what each row would do, with every problem on its row;
the account itself is never touched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.contacts import layout, plan_import, read_source
from app.models.account import AccountFile
from tests.conftest import parsed_doc
from tests.contacts.samples import (
    BITRIX_CSV,
    CHINESE_CSV,
    SALESFORCE_CSV,
    VCARD_21,
    VCARD_30,
    by_row,
    plan_path,
    workbook,
    write,
)


def _account(*people: dict[str, Any]) -> AccountFile:
    return parsed_doc(stakeholders=list(people), influences=[], interactions=[])


def _plan(text: str, doc: AccountFile | None = None, **options: Any) -> Any:
    skip, region = options.pop("skip", ()), options.pop("region", None)
    view = layout(read_source(text.encode("utf-8"), "contacts.csv"), **options)
    return plan_import(doc or _account(), view, skip=skip, region=region)


def _messages(row: Any) -> list[str]:
    return [str(p) for p in row.problems]


def test_chinese_gbk_file_builds_the_reporting_lines(tmp_path: Path) -> None:
    doc = parsed_doc()  # 王伟 (s1) is already in the account
    before = doc.model_dump()
    plan = plan_path(write(tmp_path, "联系人.csv", CHINESE_CSV, "gbk"), doc)
    assert doc.model_dump() == before  # planning writes nothing
    rows = by_row(plan)
    assert (rows[2].action, rows[2].person_id, rows[2].matched_by) == ("update", "s1", "name")
    assert rows[2].changes["title"] == ("CEO", "总经理")
    li, zhang, liu = rows[3], rows[4], rows[5]
    assert [r.action for r in (li, zhang, liu)] == ["create"] * 3
    assert li.record["reports_to"] == "s1" and liu.record["reports_to"] == "s1"
    assert zhang.record["reports_to"] == li.person_id
    assert plan.name_of(zhang.record["reports_to"]) == "李静"
    assert plan.name_of("s1") == "王伟"
    assert plan.region == "CN" and not plan.problems


def test_bitrix_export_joins_the_name_and_finds_managers_by_id_and_name(
        tmp_path: Path) -> None:
    plan = plan_path(write(tmp_path, "bitrix.csv", BITRIX_CSV, "cp1251"))
    ivanov, smirnova, elkin = (by_row(plan)[n].record for n in (2, 3, 4))
    assert ivanov["name"] == "Алексей Петрович Иванов"
    assert ivanov["our_owner"] == "Смирнов Олег"
    assert smirnova["name"] == "Ольга Сергеевна Смирнова"
    assert smirnova["reports_to"] == ivanov["id"]  # Руководитель "11": the file's ID column
    assert smirnova["email"] == "olga.s@mail.ru"  # the private e-mail when no work one
    assert elkin["name"] == "Юрий Андреевич Ёлкин"
    assert elkin["phone"] == "+7 916 555-44-33"  # the mobile when no work phone
    assert elkin["reports_to"] == ivanov["id"]  # "Иванов Алексей Петрович": parts reordered
    assert plan.region == "RU"


def test_salesforce_reports_to_ids(tmp_path: Path) -> None:
    plan = plan_path(write(tmp_path, "Contact.csv", SALESFORCE_CSV))
    anna, max_, lena = (by_row(plan)[n].record for n in (2, 3, 4))
    assert (anna["name"], anna["reports_to"]) == ("Anna Weber", max_["id"])
    assert lena["reports_to"] == anna["id"]
    assert max_["phone"] == "+49 170 7654321" and "reports_to" not in max_


def test_a_cycle_in_the_manager_column_is_refused_naming_the_rows() -> None:
    plan = _plan("Name,Manager\r\nAnna,Bob\r\nBob,Carl\r\nCarl,Anna\r\nDora,Anna\r\n"
                 "Eve,Eve\r\n")
    rows = by_row(plan)
    for n in (2, 3, 4):
        assert rows[n].action == "create" and "reports_to" not in rows[n].record
        (message,) = _messages(rows[n])
        assert message.startswith(f"row {n}: Manager (id, e-mail or name): reporting cycle: ")
        assert "row 2 (Anna) → row 3 (Bob) → row 4 (Carl) → row 2 (Anna)" in message
    assert rows[5].record["reports_to"] == rows[2].person_id  # off the cycle: drawn
    assert _messages(rows[6]) == ["row 6: Manager (id, e-mail or name): a person cannot "
                                  "report to themselves: no reporting line"]


def test_a_cycle_through_someone_already_in_the_account() -> None:
    doc = _account({"id": "s1", "name": "Olga Ivanova"},
                   {"id": "s2", "name": "Boris Petrov", "reports_to": "s1"})
    plan = _plan("Name,Manager\r\nOlga Ivanova,Nina Frolova\r\nNina Frolova,Boris Petrov\r\n",
                 doc)
    messages = [m for r in plan.rows for m in _messages(r)]
    assert len(messages) == 2 and all("Boris Petrov (in the account)" in m for m in messages)
    assert by_row(plan)[2].action == "unchanged"  # Olga keeps her (empty) manager


@pytest.mark.parametrize(("existing", "row", "how"), [
    ({"email": "Anna.Weber@Acme.de"}, "Anna W.,anna.weber@acme.de,", "e-mail"),
    ({"phone": "+7 495 111-22-33"}, "A. Weber,,8 (495) 111 22 33", "phone"),
    ({}, "WEBER  anna,,", "name"),
    ({}, "Anna Webber,,", "similar name"),
])
def test_duplicates_of_people_in_the_account_become_updates(existing: dict[str, Any],
                                                            row: str, how: str) -> None:
    doc = _account({"id": "s1", "name": "Anna Weber", "stance": "champion",
                    "notes": "met in Berlin", "position": {"x": 5.0, "y": 6.0}, **existing},
                   {"id": "s2", "name": "Someone Else"})
    plan = _plan(f"Name,Email,Phone,Title\r\n{row},Buyer\r\n", doc, region="RU")
    (only,) = plan.rows
    assert (only.action, only.person_id, only.matched_by) == ("update", "s1", how)
    assert only.changes == {"title": (None, "Buyer")}  # the name and the rest stay
    renamed = [m for m in _messages(only) if "the name in the account is kept" in m]
    assert len(renamed) == (how in ("e-mail", "phone", "similar name"))
    assert only.record["stance"] == "champion" and only.record["notes"] == "met in Berlin"
    assert only.record["position"] == {"x": 5.0, "y": 6.0}


def test_an_exact_name_wins_over_an_earlier_similar_one() -> None:
    doc = _account({"id": "s1", "name": "Anna Weber"})
    plan = _plan("Name\r\nAnna Webber\r\nAnna Weber\r\n", doc)
    assert [(r.action, r.person_id) for r in plan.rows] == [("create", "p01"),
                                                            ("unchanged", "s1")]


def test_russian_names_match_in_any_order_and_chinese_without_spaces() -> None:
    doc = _account({"id": "s1", "name": "Иван Иванович Иванов"}, {"id": "s2", "name": "王伟"})
    plan = _plan("ФИО\r\nИванов Иван Иванович\r\n王 伟\r\n王纬\r\n", doc)
    assert [(r.action, r.person_id) for r in plan.rows] == [
        ("unchanged", "s1"), ("unchanged", "s2"), ("create", "p01")]  # 王纬 is someone else


def test_a_different_email_means_a_different_person_and_an_ambiguous_name_is_refused(
        ) -> None:
    doc = _account({"id": "s1", "name": "Wang Wei", "email": "wang.wei@a.cn"},
                   {"id": "s2", "name": "Li Na"}, {"id": "s3", "name": "Li Na"})
    plan = _plan("Name,Email\r\nWang Wei,wei.wang@b.cn\r\nLi Na,\r\n", doc)
    wang, li = plan.rows
    assert wang.action == "create"
    assert li.action == "skip"
    assert "2 people in the account have this name (s2, s3)" in _messages(li)[0]


def test_duplicate_rows_in_the_file_are_left_out_but_still_name_their_person() -> None:
    plan = _plan("Name,Email,Manager\r\nAnna Weber,anna@acme.de,\r\nTom Lee,,\r\n"
                 "A. Weber,ANNA@acme.de,\r\nWeber Anna,,\r\nZoe Kim,,Weber Anna\r\n")
    rows = by_row(plan)
    assert rows[4].action == "skip"
    assert _messages(rows[4]) == ["row 4: the same person as row 2 (same e-mail): this row "
                                  "is left out"]
    assert rows[5].action == "skip" and "(same name)" in _messages(rows[5])[0]
    assert rows[6].record["reports_to"] == rows[2].person_id
    assert plan.count("create") == 3 and plan.count("skip") == 2


def test_two_rows_updating_one_person_keep_the_first() -> None:
    doc = _account({"id": "s1", "name": "Anna Weber", "email": "anna@acme.de",
                    "phone": "+49 30 1234567"})
    plan = _plan("Name,Email,Phone\r\nAnna Weber,anna@acme.de,\r\n"
                 "Anna Maria Weber,,+49 (30) 123 4567\r\n", doc)
    first, second = plan.rows
    assert first.action == "unchanged" and second.action == "skip"
    assert "row 2 already updates the same person (same phone)" in _messages(second)[0]


def test_unmatched_and_ambiguous_managers_are_listed_never_guessed() -> None:
    doc = _account({"id": "s1", "name": "Max Braun"})
    plan = _plan("Name,Email,Manager\r\nAnna,a@x.de,Maks Braun\r\nTom,t@x.de,Max Braun\r\n"
                 "Li Na,l1@x.cn,\r\nLi Na,l2@x.cn,\r\nZoe,,Li Na\r\nIda,,a@x.de\r\n", doc)
    rows = by_row(plan)
    assert plan.unmatched_managers == ((2, "Maks Braun"),)
    assert "reports_to" not in rows[2].record
    assert '"Maks Braun" is not in the file or the account' in _messages(rows[2])[0]
    assert rows[3].record["reports_to"] == "s1"  # exact name, already in the account
    assert rows[6].action == "create" and "reports_to" not in rows[6].record
    assert '"Li Na" matches 2 people' in _messages(rows[6])[0]
    assert rows[7].record["reports_to"] == rows[2].person_id  # by e-mail


def test_importing_twice_changes_nothing_the_second_time(tmp_path: Path) -> None:
    from app.services.contacts import apply_import

    sheet = workbook([["Контакты"], [], ["ФИО", "Должность", "Руководитель", "Телефон"],
                      ["Иванов Иван", "CEO", None, 84951112233],
                      ["Петров Пётр", "CFO", "Иванов Иван", "+7 916 111 22 33"]])
    for name, text, encoding in (("zh.csv", CHINESE_CSV, "gbk"),
                                 ("bx.csv", BITRIX_CSV, "cp1251"),
                                 ("sf.csv", SALESFORCE_CSV, "utf-8"),
                                 ("phone.vcf", VCARD_21, "utf-8"),
                                 ("outlook.vcf", VCARD_30, "utf-8"),
                                 ("sheet.xlsx", sheet, "")):
        path = write(tmp_path, name, text, encoding)
        first = apply_import(plan_path(path))
        assert first.changed
        again = plan_path(path, first.doc)
        assert [r.action for r in again.rows] == ["unchanged"] * len(again.rows), name
        second = apply_import(again)
        assert second.doc is first.doc and not second.changed


def test_hostile_cells_are_reported_per_row_not_crashes() -> None:
    long = "x" * 10_000
    text = (f"Name,Title,Email\r\n<b>x</b>,<i>t</i>,\r\nAnna\x07Weber,CEO,\r\n{long},,\r\n"
            f"Tom Lee,{long},tom@\r\n\"Zoe\r\nKim\",\u202eevil,\r\n,Orphan title,\r\n")
    rows = by_row(_plan(text))
    assert rows[2].action == "create" and rows[2].record["name"] == "<b>x</b>"  # text, kept
    assert rows[2].record["title"] == "<i>t</i>"
    assert rows[3].action == "skip" and "control characters" in _messages(rows[3])[0]
    assert rows[4].action == "skip"
    assert _messages(rows[4]) == ["row 4: Full name: at most 200 characters (this one has "
                                  "10,000)"]
    assert rows[5].action == "create" and set(rows[5].record) == {"id", "name"}
    assert [m.split(": ")[1] for m in _messages(rows[5])] == ["Job title", "E-mail"]
    assert rows[6].record["name"] == "Zoe Kim"  # a line break inside a name cell
    assert rows[7].action == "skip" and _messages(rows[7]) == ["row 7: no name"]


def test_stance_and_role_columns_take_known_words_only() -> None:
    plan = _plan("Name,Stance,Buying role\r\nAnna,Champion,Economic buyer\r\n"
                 "Boris,скептик,ЛПР\r\nCarl,grumpy,boss\r\n")
    anna, boris, carl = plan.rows
    assert (anna.record["stance"], anna.record["role"]) == ("champion", "economic_buyer")
    assert (boris.record["stance"], boris.record["role"]) == ("skeptic", "decision_maker")
    assert carl.action == "create" and "stance" not in carl.record
    assert '"grumpy" is not one of champion, supporter' in _messages(carl)[0]


def test_rows_the_user_skips_are_left_out_and_lines_to_them_not_drawn() -> None:
    doc = _account({"id": "s1", "name": "Max Braun"})
    text = "Name,Manager\r\nAnna,Max Braun\r\nMax Braun,\r\nTom,Anna\r\nIda,Max Braun\r\n"
    plan = _plan(text, doc, skip={2, 3})
    rows = by_row(plan)
    assert [rows[n].action for n in (2, 3, 4, 5)] == ["skip", "skip", "create", "create"]
    assert rows[2].reasons == ["skipped by you"]
    assert "row 2, which is not imported" in _messages(rows[4])[0]
    assert rows[5].record["reports_to"] == "s1"  # a skipped row that is someone known
    again = _plan(text, doc).skipping([2, 3])
    assert again.rows == plan.rows


def test_messengers_merge_and_phones_written_differently_are_not_changes() -> None:
    doc = _account({"id": "s1", "name": "Anna Weber", "phone": "+49 30 1234567",
                    "messengers": {"telegram": "anna_w"}})
    plan = _plan("Name,Phone,WeChat\r\nAnna Weber,030 1234567,annaw\r\n", doc, region="DE")
    (row,) = plan.rows
    assert row.changes == {"messengers": ({"telegram": "anna_w"},
                                          {"telegram": "anna_w", "wechat": "annaw"})}


def test_notes_from_the_file_are_added_below_the_users_own_once() -> None:
    doc = _account({"id": "s1", "name": "Anna Weber", "notes": "Loves tea."},
                   {"id": "s2", "name": "Max Braun"})
    text = "Name,Notes\r\nAnna Weber,Met at Hannover Messe\r\nMax Braun,Golf\r\n"
    anna, max_ = _plan(text, doc).rows
    assert anna.changes == {"notes": ("Loves tea.", "Loves tea.\n\nMet at Hannover Messe")}
    assert max_.changes == {"notes": (None, "Golf")}
    from app.services.contacts import apply_import

    again = _plan(text, apply_import(_plan(text, doc)).doc)
    assert [r.action for r in again.rows] == ["unchanged", "unchanged"]


def test_email_cells_as_mail_programs_write_them() -> None:
    text = ('Name,E-mail\r\nAnna,"Anna Weber <Anna.Weber@acme.de>"\r\n'
            "Max,mailto:max@acme.de\r\nLena,lena@acme.de; l.f@gmail.com\r\nTom,n/a\r\n")
    rows = by_row(_plan(text))
    assert [rows[n].record.get("email") for n in (2, 3, 4, 5)] == [
        "Anna.Weber@acme.de", "max@acme.de", "lena@acme.de", None]
    assert _messages(rows[5]) == ["row 5: E-mail: must be an e-mail address such as "
                                  "anna.weber@example.com"]


def test_a_switchboard_number_or_a_shared_mailbox_identifies_nobody() -> None:
    doc = _account({"id": "s1", "name": "Anna Weber", "phone": "+49 30 1234567",
                    "email": "info@acme.de"})
    plan = _plan("Name,Phone,Email\r\nMax Braun,+49 30 1234567,info@acme.de\r\n"
                 "Lena Fischer,+49 30 1234567,info@acme.de\r\n"
                 "Tom Lee,+49 30 1234567,\r\n", doc)
    assert [r.action for r in plan.rows] == ["create"] * 3
    single = _plan("Name,Phone\r\nMax Braun,+49 30 1234567\r\n",
                   _account({"id": "s1", "name": "Anna Weber", "phone": "+49 30 1234567"}))
    assert single.rows[0].action == "create"  # one number, two unrelated names
