"""Findings speak the language of the moment: Russian and Chinese under
``with i18n.language(...)``, with people's names as written, Russian's three plural
forms, and the same stable English ``kind`` and ``severity`` keys."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app import i18n
from app.graph import analyze
from app.graph.analysis import KINDS, kind_title, severity_label
from app.graph.encoding import ROLE_BADGE, role_badge
from app.models.account import AccountFile
from app.models.enums import BuyingRole, label
from tests.graph.test_analysis import TODAY, account, line, person

NAMES = ("Ольга", "王伟", "Linda Park", "Сергей", "李娜", "Bob", "Anna Weber")


def _days_ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


def _with_team(doc: AccountFile, team: list[str]) -> AccountFile:
    data = doc.model_dump(mode="json")
    data["team"] = [{"id": f"t{i}", "name": name} for i, name in enumerate(team)]
    return AccountFile.model_validate(data, strict=False)


def _rich() -> AccountFile:
    """An account with a finding of nearly every kind, its people named in three
    scripts. Ольга (economic buyer, a skeptic) is out of reach and long uncontacted;
    王伟 (decision maker, a blocker) is reached through Linda Park → Сергей; Linda
    Park is our only trusted contact; Ольга's owner Bob is not in the team."""
    people = [
        person("eb", name="Ольга", role="economic_buyer", stance="skeptic", influence=5,
               relationship=1, last_contact=_days_ago(200), our_owner="Bob"),
        person("dm", name="王伟", role="decision_maker", stance="blocker", influence=4),
        person("ch", name="Linda Park", stance="champion", relationship=4,
               our_owner="Anna Weber"),
        person("s", name="Сергей", stance="supporter", relationship=0),
        person("x", name="李娜", influence=4, relationship=0, last_contact=_days_ago(95),
               our_owner="Anna Weber"),
    ]
    return _with_team(account(people, [line("ch", "s", 3), line("s", "dm", 2)]),
                      ["Anna Weber"])


def _everything() -> list[tuple[str, str, tuple[str, ...], str]]:
    found = [*analyze(_rich(), TODAY), *analyze(account([]), TODAY),
             *analyze(_star(5), TODAY)]
    return [(f.kind, f.severity, f.stakeholders, f.message) for f in found]


def _words_left(message: str) -> list[str]:
    """Latin words of a message once people's names are taken out."""
    for name in NAMES:
        message = message.replace(name, "")
    return re.findall(r"[A-Za-z]{2,}", message)


@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_every_finding_is_translated_and_keeps_names_and_keys(lang: str) -> None:
    english = _everything()
    assert {kind for kind, *_ in english} == set(KINDS)
    with i18n.language(lang):
        translated = _everything()
    assert len(translated) == len(english)
    for (kind, severity, ids, source), (t_kind, t_severity, t_ids, text) in zip(
            sorted(english, key=lambda f: f[:3]), sorted(translated, key=lambda f: f[:3]),
            strict=True):
        assert (t_kind, t_severity, t_ids) == (kind, severity, ids)  # stable keys
        assert text != source
        assert not _words_left(text), text
        for name in NAMES:
            assert (name in text) == (name in source), (name, text)
        assert "{" not in text and "}" not in text
    assert _everything() == english  # English again after the block


def _by_person(doc: AccountFile) -> dict[str, str]:
    """Messages by "kind/first stakeholder"."""
    return {f"{f.kind}/{(f.stakeholders or ('',))[0]}": f.message
            for f in analyze(doc, TODAY)}


def test_russian_findings_read_as_written() -> None:
    with i18n.language("ru"):
        found = _by_person(_rich())
    assert found["no_path_to_power/eb"] == (
        "Ольга (экономический покупатель): пути нет — ни одна цепочка сторонников и "
        "чемпионов не ведёт к этому человеку от тех, с кем у нас доверительные отношения.")
    assert found["no_path_to_power/ch"] == (
        "王伟 (ЛПР) — кто может нас представить: Linda Park → Сергей → 王伟.")
    assert found["blocker_risk/dm"] == (
        "王伟 — противник с влиянием 4; выйти на этого человека могут сторонники и "
        "чемпионы: Сергей, Linda Park.")
    assert found["single_threaded/ch"] == (
        "Наши отношения держатся на одном человеке — Linda Park: 80\u00a0% общей силы "
        "наших отношений, и это единственный контакт с доверительными отношениями "
        "(3 и выше).")
    assert found["unknown_owner/eb"] == (
        "Ольга: ответственный с нашей стороны «Bob» не входит в команду по клиенту.")
    assert found["coverage_gap/dm"] == (
        "王伟: влияние 4, а наши отношения с этим человеком не указаны.")


def test_chinese_findings_read_as_written() -> None:
    with i18n.language("zh_CN"):
        found = _by_person(_rich())
    assert found["blocker_risk/dm"] == (
        "王伟是影响力为4的阻碍者；能触达此人的支持者和倡导者：Сергей、Linda Park。")
    assert found["coverage_gap/dm"] == "王伟的影响力为4，但没有记录我们与此人的关系。"
    assert found["no_path_to_power/ch"] == (
        "谁能把我们引荐给王伟（决策者）：Linda Park → Сергей → 王伟。")


def _unowned(count: int) -> AccountFile:
    """``count`` key people nobody of ours owns (an account team is kept)."""
    people = [person(f"k{i:02}", name=f"Иван {i}", influence=5) for i in range(count)]
    return _with_team(account(people), ["Anna Weber"])


@pytest.mark.parametrize(("more", "russian", "chinese"), [
    (1, "и ещё 1 человек.", "及另外1人。"),
    (2, "и ещё 2 человека.", "及另外2人。"),
    (5, "и ещё 5 человек.", "及另外5人。"),
    (21, "и ещё 21 человек.", "及另外21人。"),
])
def test_people_left_out_of_a_list_are_counted_in_the_right_plural_form(
        more: int, russian: str, chinese: str) -> None:
    doc = _unowned(3 + more)

    def message() -> str:
        return next(f.message for f in analyze(doc, TODAY) if f.kind == "no_owner")

    assert message().endswith(f"Иван 0, Иван 1, Иван 2 and {more} more.")
    with i18n.language("ru"):
        assert message() == ("У этих ключевых лиц нет ответственного с нашей стороны: "
                             "Иван 0, Иван 1, Иван 2 " + russian)
    with i18n.language("zh_CN"):
        assert message() == "以下关键人物没有我方负责人：Иван 0、Иван 1、Иван 2" + chinese


def test_one_unowned_person_is_one_whatever_the_plural_rule() -> None:
    with i18n.language("ru"):
        one = [f.message for f in analyze(_unowned(1), TODAY) if f.kind == "no_owner"]
        # 21 is "one" in Russian's plural rule, but 21 people are still "these people"
        many = [f.message for f in analyze(_unowned(21), TODAY) if f.kind == "no_owner"]
    assert one == ["У этого ключевого лица нет ответственного с нашей стороны: Иван 0."]
    assert many[0].startswith("У этих ключевых лиц") and many[0].endswith("ещё 18 человек.")


def _star(count: int) -> AccountFile:
    """``count`` people sway the boss; p00 most strongly: they rank #1 among them."""
    people = [person("boss", name="Борис", influence=5)] + [
        person(f"p{i:02}", name=f"Пётр {i}", influence=1) for i in range(count)]
    return account(people, [line("p00", "boss", 3)] + [
        line(f"p{i:02}", "boss", 2) for i in range(1, count)])


@pytest.mark.parametrize(("count", "russian"), [
    (5, "(5\u00a0человек)"), (21, "(21\u00a0человек)"), (22, "(22\u00a0человека)")])
def test_the_people_a_hidden_influencer_ranks_among_are_counted(count: int,
                                                                russian: str) -> None:
    with i18n.language("ru"):
        found = [f.message for f in analyze(_star(count), TODAY)
                 if f.kind == "hidden_influencer"]
    assert found == [f"Пётр 0 на 1-м месте по центральности влияния среди тех, кто влияет "
                     f"на других {russian}, хотя указанное влияние всего 1."]
    with i18n.language("zh_CN"):
        found = [f.message for f in analyze(_star(count), TODAY)
                 if f.kind == "hidden_influencer"]
    assert found == [f"在{count}位影响他人的人中，Пётр 0的影响力中心度排名第1，"
                     f"尽管其所标影响力仅为1。"]


@pytest.mark.parametrize(("days", "russian"), [
    (91, "91 день"), (92, "92 дня"), (95, "95 дней"), (121, "121 день")])
def test_days_without_contact_in_russian(days: int, russian: str) -> None:
    doc = account([person("a", name="Ольга", influence=4,
                          last_contact=_days_ago(days))])
    with i18n.language("ru"):
        found = [f.message for f in analyze(doc, TODAY) if f.kind == "stale_contact"]
    assert len(found) == 1
    assert found[0].startswith(f"Ольга (влияние 4): контакта не было {russian} (с ")
    assert found[0].endswith("\u202fг.).")  # the date in Russian's long form


def test_kind_titles_severities_and_badges_follow_the_language() -> None:
    assert kind_title("coverage_gap") == label("coverage_gap") == "Coverage gap"
    assert severity_label("high") == "High"
    assert [role_badge(r) for r in ROLE_BADGE] == list(ROLE_BADGE.values())
    with i18n.language("ru"):
        assert kind_title("coverage_gap") == label("coverage_gap") == "Пробел в охвате"
        assert severity_label("medium") == "Средняя"
        assert role_badge(BuyingRole.DECISION_MAKER) == role_badge("decision_maker") == "ЛПР"
        assert role_badge(BuyingRole.OTHER) == role_badge(None) == ""
        for kind in KINDS:
            assert not _words_left(kind_title(kind)), kind
    with i18n.language("zh_CN"):
        assert kind_title("single_threaded") == "单线联系"
        assert severity_label("low") == "低"
        assert role_badge(BuyingRole.ECONOMIC_BUYER) == "经济"
