"""The windows' language: Qt's own translations (standard buttons and dialogs) and
Rapport's, installed before the first widget is made.

Chosen in Edit › Preferences (``language`` in QSettings, applied at the next start),
else by ``RAPPORT_LANG``, else by the system locale. The domain below the views (findings,
labels, PDF headings) follows the same choice through ``app.i18n``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import i18n
from app.i18n.catalogs import build_qm

log = logging.getLogger("rapport.i18n")
#: QSettings key of the language chosen in Preferences ("" or absent: the system's)
SETTING = "language"
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for the catalogue under ``context`` where it is defined (a table of
    titles made at import time) and return it untranslated; show it with
    ``QCoreApplication.translate(context, text)``. (Qt's own is typed as returning
    ``object``.)"""
    return text


def chosen_language(settings: QSettings) -> str:
    """The preference, else RAPPORT_LANG, else the system's language."""
    preference = str(settings.value(SETTING, "") or "")
    try:
        return i18n.resolve(preference or None)
    except ValueError:
        log.warning("unknown language %r in the preferences: the system's is used",
                    preference)
        return i18n.resolve(None)


def install(app: QCoreApplication, lang: str) -> None:
    """Speak ``lang`` from now on: Qt's strings, Rapport's, and the domain's."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(lang))
    if lang != i18n.SOURCE:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{lang}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    path = build_qm(lang)  # English too: its plural forms ("1 account", "2 accounts")
    own = QTranslator(app)
    if path is not None and own.load(str(path)):
        app.installTranslator(own)
        _installed.append(own)
    elif lang != i18n.SOURCE:
        log.warning("no %s translation of the windows: they stay in English", lang)
