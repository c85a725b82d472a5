"""``python -m app.i18n.extract [AREA ...]``: bring the catalogues up to date with the
code — new strings added (untranslated), vanished ones dropped, translations kept.

Each area has its own catalogue per language, so translators (and tests) can work on
one part of the app at a time:

* the views' areas (Qt ``tr()``, with ``pyside6-lupdate``): ``resources/i18n/qt/
  <area>_<lang>.ts``;
* the domain's areas (gettext ``_()``, ``ngettext()``, ``pgettext()``, ``N_()``, with
  Babel): ``resources/i18n/po/<lang>/<area>.po``; the ``labels`` area holds every
  vocabulary label (``app.models.enums``), with its vocabulary as context.

Without an area, all are updated. Then ``python -m app.i18n.build`` compiles them.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

from app.i18n import LANGUAGES, SOURCE
from app.i18n.catalogs import PO, QT, ROOT, lrelease

APP = Path(__file__).resolve().parents[1]
#: views: area -> folders or files (a folder: its .py files, not its subfolders)
QT_AREAS: dict[str, list[Path]] = {
    "main": [p for p in sorted((APP / "views").glob("*.py")) if p.name != "pdf_export.py"],
    "pdf": [APP / "views" / "pdf_export.py"],
    "map": [APP / "views" / "map"],
    "plan": [APP / "views" / "plan"],
    "assessment": [APP / "views" / "assessment"],
    "portfolio": [APP / "views" / "portfolio"],
    "contacts": [APP / "views" / "contacts"],
}
#: domain: area -> folders (recursive) or files
PO_AREAS: dict[str, list[Path]] = {
    "assessment": [APP / "assessment"],
    "graph": [APP / "graph"],
    "reports": [APP / "reports"],
    "cli": [APP / "cli.py", APP / "errors.py", APP / "atomic.py", APP / "money.py",
            APP / "services",
            APP / "fileformat", APP / "contacts", APP / "storage", APP / "models"],
}
#: fixed header values: a catalogue changes only where a message does
HEADER: dict[str, Any] = {
          "project": "Rapport", "version": "1", "copyright_holder": "The Rapport authors",
          "msgid_bugs_address": "", "fuzzy": False,
          "creation_date": dt.datetime(2026, 12, 1),
          "revision_date": dt.datetime(2026, 12, 1)}
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
TARGETS = [lang for lang in LANGUAGES if lang != SOURCE]


def _python_files(paths: Iterable[Path], recursive: bool) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_file():
            found.append(path)
        else:
            found += sorted(path.rglob("*.py") if recursive else path.glob("*.py"))
    return [p for p in found if "migrations" not in p.parts]


def lupdate() -> str:
    tool = lrelease()
    if tool is None:
        raise SystemExit("pyside6-lupdate not found (is PySide6 installed?)")
    return str(Path(tool).with_name(Path(tool).name.replace("lrelease", "lupdate")))


def update_qt(area: str) -> list[Path]:
    """The area's .ts per language, and its English plural forms: Qt chooses "1 account"
    or "2 accounts" only through a loaded catalogue, so English has one holding just the
    messages with a count (``<area>_en.ts``, filled by hand like the others)."""
    files = _python_files(QT_AREAS[area], recursive=False)
    QT.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in (*TARGETS, SOURCE):
        ts = QT / f"{area}_{lang}.ts"
        plural_only = ["-pluralonly"] if lang == SOURCE else []
        subprocess.run([lupdate(), "-silent", "-no-obsolete", "-locations", "none",
                        *plural_only, "-target-language", lang, *map(str, files),
                        "-ts", str(ts)], check=True)
        if lang == SOURCE and not any(True for _ in ET.parse(ts).getroot().iter("message")):
            ts.unlink()  # no counted message in this area
            continue
        written.append(ts)
    return written


def template(area: str) -> Catalog:
    """Every message of a domain area, as the code has it now."""
    catalog = Catalog(domain="rapport", **HEADER)
    if area == "labels":
        from app.models.enums import label_messages

        for context, message in label_messages():
            catalog.add(message, context=context)
        return catalog
    for path in _python_files(PO_AREAS[area], recursive=True):
        for line, message, comments, context in extract_from_file(  # type: ignore[assignment]
                "python", str(path), keywords=KEYWORDS, comment_tags=("Translators:",)):
            where = [(str(path.relative_to(APP.parent)), line)]
            catalog.add(message, locations=where, auto_comments=comments, context=context)
    return catalog


def update_po(area: str) -> list[Path]:
    source = template(area)
    written = []
    for lang in TARGETS:
        path = PO / lang / f"{area}.po"
        if path.exists():
            with path.open("rb") as fh:
                catalog = read_po(fh, locale=lang)
            catalog.update(source, no_fuzzy_matching=True)
            catalog.obsolete.clear()
        else:
            catalog = Catalog(locale=lang, domain="rapport", **HEADER)
            catalog.update(source, no_fuzzy_matching=True)
        catalog.fuzzy = False
        catalog.revision_date = HEADER["revision_date"]
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            write_po(fh, catalog, width=0, no_location=True, omit_header=False,
                     sort_output=True, include_previous=False)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    areas = (argv if argv is not None else sys.argv[1:]) or [
        *(f"qt:{a}" for a in QT_AREAS), *(f"po:{a}" for a in (*PO_AREAS, "labels"))]
    for area in areas:
        kind, _sep, name = area.partition(":")
        if kind == "qt" and name in QT_AREAS:
            paths = update_qt(name)
        elif kind == "po" and (name in PO_AREAS or name == "labels"):
            paths = update_po(name)
        else:
            known = [f"qt:{a}" for a in QT_AREAS] + [f"po:{a}" for a in (*PO_AREAS,
                                                                        "labels")]
            print(f"unknown area {area!r}; the areas are {', '.join(known)}",
                  file=sys.stderr)
            return 2
        for path in paths:
            print(f"updated {path.relative_to(ROOT.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
