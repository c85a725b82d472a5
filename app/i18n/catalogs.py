"""Where the catalogues live, and their compiled forms, built when stale.

Sources (edited by people, in git)::

    resources/i18n/po/<lang>/<area>.po     gettext: domain, reports, command line
    resources/i18n/qt/<area>_<lang>.ts     Qt Linguist: the views
    resources/i18n/glossary.md             the trade's terms in every language

Compiled (never edited, not in git): ``resources/i18n/compiled/<lang>/rapport.mo``
(every .po of the language merged, with Babel) and ``rapport_<lang>.qm`` (every .ts,
with pyside6-lrelease). ``python -m app.i18n.build`` makes them; so does the first
use of a language whose compiled file is missing or older than a source. Where the
install is read-only, they go to the user's cache folder instead.
"""

from __future__ import annotations

import gettext
import importlib.util
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger("rapport.i18n")

ROOT = Path(__file__).resolve().parents[2] / "resources" / "i18n"
PO = ROOT / "po"
QT = ROOT / "qt"
DOMAIN = "rapport"


def compiled_dir() -> Path:
    """resources/i18n/compiled, or the cache folder when that cannot be written."""
    here = ROOT / "compiled"
    try:
        here.mkdir(exist_ok=True)
        if os.access(here, os.W_OK):
            return here
    except OSError:
        pass
    from platformdirs import user_cache_dir

    cache = Path(user_cache_dir("Rapport", appauthor=False)) / "i18n"
    cache.mkdir(parents=True, exist_ok=True)
    return cache


def po_files(lang: str) -> list[Path]:
    return sorted((PO / lang).glob("*.po"))


def ts_files(lang: str) -> list[Path]:
    return sorted(QT.glob(f"*_{lang}.ts"))


def _stale(target: Path, sources: list[Path]) -> bool:
    if not target.exists():
        return True
    built = target.stat().st_mtime
    return any(s.stat().st_mtime > built for s in sources)


def _replace(target: Path, data: bytes) -> None:
    """Write whole or not at all (two processes may build at once)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".i18n-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build_mo(lang: str, force: bool = False) -> Path | None:
    """rapport.mo of ``lang`` from its .po files (merged); None if it has none."""
    sources = po_files(lang)
    if not sources:
        return None
    target = compiled_dir() / lang / f"{DOMAIN}.mo"
    if not force and not _stale(target, sources):
        return target
    import io

    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    merged = Catalog(locale=lang, domain=DOMAIN)
    for path in sources:
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        for message in catalog:
            if message.id and message.string and not message.fuzzy:
                merged[message.id] = message
        merged.plural_forms  # noqa: B018 - the language's plural rule, from CLDR
    out = io.BytesIO()
    write_mo(out, merged)
    _replace(target, out.getvalue())
    return target


def lrelease() -> str | None:
    """The Qt Linguist compiler PySide6 ships (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        bundled = Path(spec.origin).parent / "lrelease"
        if bundled.exists():
            return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def build_qm(lang: str, force: bool = False) -> Path | None:
    """rapport_<lang>.qm from the language's .ts files; None if it has none."""
    sources = ts_files(lang)
    if not sources:
        return None
    target = compiled_dir() / f"{DOMAIN}_{lang}.qm"
    if not force and not _stale(target, sources):
        return target
    tool = lrelease()
    if tool is None:
        log.warning("no lrelease found: the windows stay in English")
        return None
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / target.name
        done = subprocess.run([tool, "-silent", *map(str, sources), "-qm", str(out)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0 or not out.exists():
            log.warning("lrelease failed: %s", done.stderr.strip())
            return None
        _replace(target, out.read_bytes())
    return target


def load_domain(lang: str) -> gettext.NullTranslations:
    """The gettext catalogue of ``lang`` (nothing translated for English, or when the
    catalogue cannot be built: English is shown rather than nothing)."""
    if lang == "en":
        return gettext.NullTranslations()
    try:
        path = build_mo(lang)
    except (OSError, ValueError) as err:
        log.warning("the %s catalogue could not be built: %s", lang, err)
        return gettext.NullTranslations()
    if path is None:
        return gettext.NullTranslations()
    with path.open("rb") as fh:
        return gettext.GNUTranslations(fh)
