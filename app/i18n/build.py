"""``python -m app.i18n.build``: compile every catalogue (see ``app.i18n.catalogs``).

The README's install step and CI run it; the app also builds a stale catalogue on
first use, so a forgotten step costs a moment, not a language.
"""

from __future__ import annotations

import sys

from app.i18n import LANGUAGES, SOURCE
from app.i18n.catalogs import build_mo, build_qm


def build(force: bool = True) -> list[str]:
    made = []
    for lang in LANGUAGES:
        # English has no gettext catalogue (the source is English) but has its plural
        # forms for the windows (see app.i18n.extract.update_qt)
        built = (build_qm(lang, force),) if lang == SOURCE else (
            build_mo(lang, force), build_qm(lang, force))
        for path in built:
            if path is not None:
                made.append(str(path))
    return made


def main() -> int:
    for path in build():
        print(f"built {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
