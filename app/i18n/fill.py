"""``python -m app.i18n.fill FILE.json ...``: write translations kept in JSON into the
catalogues, so several people can translate new strings of one area at the same time
(each in a file of their own) and merge them in one step.

A file is a list of entries::

    {"area": "qt:map", "context": "MapTab", "source": "Focus on {name}",
     "zh_CN": "聚焦于{name}", "ru": "Фокус на {name}"}

A counted message gives lists of forms: one in Chinese, three in Russian, and for a
view (``qt:``) two English ones (``"en": ["%n person", "%n people"]``). A domain
message (``po:``) with a plural names it: ``"plural": "{n} people"``. Only messages
the code has (run ``app.i18n.extract`` first) are filled; the rest are reported.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po, write_po

from app.i18n.catalogs import PO, QT
from app.i18n.extract import TARGETS, update_qt


def _forms(value: Any) -> list[str]:
    return list(value) if isinstance(value, list) else [str(value)]


def fill_qt(area: str, entries: list[dict[str, Any]]) -> list[str]:
    """Fill the area's .ts files; the entries not found, described."""
    missing: list[str] = []
    found: set[int] = set()
    for lang in (*TARGETS, "en"):
        path = QT / f"{area}_{lang}.ts"
        if not path.exists():
            continue
        tree = ET.parse(path)
        messages = {}
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                messages[(name, message.findtext("source"))] = message
        for i, entry in enumerate(entries):
            hit = messages.get((entry.get("context"), entry["source"]))
            if hit is None or lang not in entry:
                continue
            found.add(i)
            old = hit.find("translation")
            translation = old if old is not None else ET.SubElement(hit, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if hit.get("numerus") == "yes":
                translation.text = None
                for form in _forms(entry[lang]):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = _forms(entry[lang])[0]
        tree.write(path, encoding="utf-8", xml_declaration=True)
    update_qt(area)  # written back the way lupdate writes it
    for i, entry in enumerate(entries):
        if i not in found:
            missing.append(f"qt:{area} {entry.get('context')!r} {entry['source']!r}")
    return missing


def fill_po(area: str, entries: list[dict[str, Any]]) -> list[str]:
    missing: list[str] = []
    found: set[int] = set()
    for lang in TARGETS:
        path = PO / lang / f"{area}.po"
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        for i, entry in enumerate(entries):
            key: Any = (entry["source"], entry["plural"]) if entry.get("plural") \
                else entry["source"]
            message = catalog.get(key if isinstance(key, str) else key[0],
                                  context=entry.get("context"))
            if message is None or lang not in entry:
                continue
            found.add(i)
            forms = _forms(entry[lang])
            message.string = tuple(forms) if message.pluralizable else forms[0]
        with path.open("wb") as fh:
            write_po(fh, catalog, width=0, no_location=True, omit_header=False,
                     sort_output=True, include_previous=False)
    for i, entry in enumerate(entries):
        if i not in found:
            missing.append(f"po:{area} {entry.get('context')!r} {entry['source']!r}")
    return missing


def main(argv: list[str] | None = None) -> int:
    files = argv if argv is not None else sys.argv[1:]
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    by_area: dict[str, list[dict[str, Any]]] = {}
    for name in files:
        for entry in json.loads(Path(name).read_text(encoding="utf-8")):
            by_area.setdefault(entry["area"], []).append(entry)
    missing: list[str] = []
    for area, entries in by_area.items():
        kind, _sep, name = area.partition(":")
        missing += fill_qt(name, entries) if kind == "qt" else fill_po(name, entries)
    for line in missing:
        print(f"not in the catalogues (extract first?): {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
