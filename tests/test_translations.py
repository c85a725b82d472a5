"""The catalogues: every string the code marks is translated into Chinese and Russian,
no translation drops or changes a placeholder, and none is out of date with the code
(``python -m app.i18n.extract`` would add nothing)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from app.i18n import catalogs, extract

TARGETS = extract.TARGETS
PLURALS = {"zh_CN": 1, "ru": 3}
#: {name} of str.format, %n / %1 of Qt
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:[:!][^{}]*)?\}|%n|%L?\d")


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _po(lang: str, area: str) -> dict[tuple[str | None, str], object]:
    path = catalogs.PO / lang / f"{area}.po"
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]): m
            for m in catalog if m.id}


@pytest.mark.parametrize("area", [*extract.PO_AREAS, "labels"])
@pytest.mark.parametrize("lang", TARGETS)
def test_every_domain_message_is_translated_with_its_placeholders(area: str,
                                                                  lang: str) -> None:
    source = {(m.context, m.id if isinstance(m.id, str) else m.id[0]): m
              for m in extract.template(area) if m.id}
    catalog = _po(lang, area)
    missing = sorted(str(k) for k in set(source) - set(catalog))
    assert not missing, f"not in po/{lang}/{area}.po (run python -m app.i18n.extract " \
                        f"po:{area}): {missing[:10]}"
    stale = sorted(str(k) for k in set(catalog) - set(source))
    assert not stale, f"po/{lang}/{area}.po has messages the code no longer has: {stale[:10]}"
    bad = []
    for key, message in catalog.items():
        msg = message  # babel Message
        ids = msg.id if isinstance(msg.id, tuple) else (msg.id,)  # type: ignore[attr-defined]
        forms = (msg.string if isinstance(msg.string, tuple)  # type: ignore[attr-defined]
                 else (msg.string,))  # type: ignore[attr-defined]
        if getattr(msg, "fuzzy", False) or not all(forms):
            bad.append(f"{key}: untranslated")
            continue
        if isinstance(msg.id, tuple) and len(forms) != PLURALS[lang]:  # type: ignore[attr-defined]
            bad.append(f"{key}: {len(forms)} plural forms, {lang} has {PLURALS[lang]}")
        wanted = _placeholders(ids[-1])
        for form in forms:
            got = _placeholders(form)
            # a singular form may leave out the number ("один человек")
            if got != wanted and not (len(forms) > 1 and set(got) <= set(wanted)):
                bad.append(f"{key}: placeholders {got} in {form!r}, expected {wanted}")
    assert not bad, "\n".join(bad[:20])


def _ts_messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("area", list(extract.QT_AREAS))
def test_every_window_string_is_translated_with_its_placeholders(
        area: str, tmp_path: Path) -> None:
    files = extract._python_files(extract.QT_AREAS[area], recursive=False)
    fresh = tmp_path / f"{area}.ts"
    subprocess.run([extract.lupdate(), "-silent", "-locations", "none", *map(str, files),
                    "-ts", str(fresh)], check=True)
    sources = {(m.findtext("source") or "") for m in _ts_messages(fresh)} \
        if fresh.exists() else set()
    for lang in TARGETS:
        path = catalogs.QT / f"{area}_{lang}.ts"
        if not sources:
            continue
        assert path.exists(), f"no qt/{area}_{lang}.ts: run python -m app.i18n.extract " \
                              f"qt:{area}"
        messages = _ts_messages(path)
        have = {(m.findtext("source") or "") for m in messages}
        missing = sorted(sources - have)
        assert not missing, f"qt/{area}_{lang}.ts lacks {missing[:10]}"
        bad = []
        for message in messages:
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                if translation.get("type") == "unfinished":
                    bad.append(f"{source!r}: unfinished")
                continue
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            if message.get("numerus") == "yes" and len(forms) != PLURALS[lang]:
                bad.append(f"{source!r}: {len(forms)} plural forms")
            wanted = _placeholders(source)
            for form in forms:
                if not form or _placeholders(form) != wanted:
                    bad.append(f"{source!r}: {form!r} keeps not {wanted}")
        assert not bad, f"qt/{area}_{lang}.ts:\n" + "\n".join(bad[:20])


@pytest.mark.parametrize("area", list(extract.QT_AREAS))
def test_english_has_every_plural_form_of_the_windows(area: str, tmp_path: Path) -> None:
    """Qt words "1 account" / "2 accounts" only through a catalogue: each area with a
    counted message has an English one holding both forms."""
    files = extract._python_files(extract.QT_AREAS[area], recursive=False)
    fresh = tmp_path / f"{area}.ts"
    subprocess.run([extract.lupdate(), "-silent", "-pluralonly", "-locations", "none",
                    *map(str, files), "-ts", str(fresh)], check=True)
    counted = {(m.findtext("source") or "") for m in _ts_messages(fresh)} \
        if fresh.exists() else set()
    if not counted:
        return
    path = catalogs.QT / f"{area}_en.ts"
    assert path.exists(), f"no qt/{area}_en.ts: run python -m app.i18n.extract qt:{area}"
    messages = {m.findtext("source") or "": m for m in _ts_messages(path)}
    assert counted <= set(messages), sorted(counted - set(messages))[:10]
    for source, message in messages.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", source
        forms = [f.text or "" for f in translation.iter("numerusform")]
        assert len(forms) == 2 and all(forms), source
        assert all(_placeholders(f) == _placeholders(source) for f in forms), source


def test_a_language_is_chosen_from_the_option_the_environment_and_the_locale(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app import i18n

    monkeypatch.delenv("RAPPORT_LANG", raising=False)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert i18n.resolve(None) == "ru"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.resolve(None) == "zh_CN"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.resolve(None) == "en"
    monkeypatch.setenv("RAPPORT_LANG", "ru")
    assert i18n.resolve(None) == "ru" and i18n.resolve("zh-Hans") == "zh_CN"
    with pytest.raises(ValueError, match="unknown language"):
        i18n.resolve("fr")


def test_labels_follow_the_language_of_the_moment() -> None:
    from app import i18n
    from app.models.enums import RELATIONSHIP_LABELS, ActionStatus, RiskStatus, Stance, label

    with i18n.language("ru"):
        assert label(Stance.SKEPTIC) == "Скептик"
        # the same English word, two vocabularies, two Russian words
        assert (label(RiskStatus.OPEN), label(ActionStatus.OPEN)) == ("Открыт", "Не начато")
        assert RELATIONSHIP_LABELS[4] == "Приверженец"
        with i18n.language("zh_CN"):  # a Chinese PDF written from a Russian window
            assert label(Stance.SKEPTIC) == "怀疑者"
        assert label("economic_buyer") == "Экономический покупатель"
    assert label(Stance.SKEPTIC) == "Skeptic"


@pytest.mark.parametrize("lang", TARGETS)
def test_a_message_in_two_areas_is_translated_alike(lang: str) -> None:
    """Every area's catalogue of a language is merged into one; a message two areas
    share (a list separator, "Stakeholders") must read the same in both."""
    seen: dict[tuple[str | None, str], tuple[str, object]] = {}
    clashes = []
    for area in [*extract.PO_AREAS, "labels"]:
        for key, message in _po(lang, area).items():
            string = message.string  # type: ignore[attr-defined]
            if key in seen and seen[key][1] != string and string:
                clashes.append(f"{key}: {seen[key][0]} {seen[key][1]!r}, {area} {string!r}")
            elif string:
                seen.setdefault(key, (area, string))
    assert not clashes, "\n".join(clashes)


def test_every_module_that_translates_belongs_to_an_area() -> None:
    """A module outside every area would have its strings in no catalogue: shown in
    English whatever the language, and no test would notice."""
    covered = {p.resolve() for paths in extract.PO_AREAS.values()
               for p in extract._python_files(paths, recursive=True)}
    covered |= {p.resolve() for paths in extract.QT_AREAS.values()
                for p in extract._python_files(paths, recursive=False)}
    loose = []
    for path in sorted(extract.APP.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        marks = "from app.i18n import" in text or ".tr(" in text or "translate(" in text
        if marks and path.resolve() not in covered and "migrations" not in path.parts \
                and path.parent.name != "i18n":
            loose.append(str(path.relative_to(extract.APP.parent)))
    assert not loose, f"in no catalogue area (app/i18n/extract.py): {loose}"


def test_translations_kept_in_json_fill_the_catalogues(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """``app.i18n.fill``: a counted message gets its forms, an unknown one is reported,
    and the catalogue stays one lupdate reads back."""
    import json
    import shutil

    from app.i18n import fill

    qt = tmp_path / "qt"
    shutil.copytree(catalogs.QT, qt)
    monkeypatch.setattr(fill, "QT", qt)
    monkeypatch.setattr(extract, "QT", qt)
    entries = [{"area": "qt:map", "context": "MapTab", "source": "%n stakeholders",
                "zh_CN": ["%n 位新译"], "ru": ["%n один", "%n два", "%n много"],
                "en": ["%n person", "%n people"]},
               {"area": "qt:map", "context": "MapTab", "source": "Not in the code",
                "ru": "нет"}]
    (tmp_path / "t.json").write_text(json.dumps(entries), encoding="utf-8")
    assert fill.main([str(tmp_path / "t.json")]) == 1  # the unknown one
    for lang, forms in (("ru", ["%n один", "%n два", "%n много"]), ("zh_CN", ["%n 位新译"]),
                        ("en", ["%n person", "%n people"])):
        message = next(m for m in _ts_messages(qt / f"map_{lang}.ts")
                       if m.findtext("source") == "%n stakeholders")
        assert [f.text for f in message.iter("numerusform")] == forms
    assert (catalogs.QT / "map_ru.ts").read_bytes() != (qt / "map_ru.ts").read_bytes()
