"""The domain, storage, file format and services must not depend on Qt."""

import pkgutil
import subprocess
import sys

import app

NON_QT_PACKAGES = ["app.models", "app.graph", "app.storage", "app.fileformat", "app.services",
                   "app.assessment", "app.reports", "app.bootstrap", "app.cli"]


def _modules() -> list[str]:
    """Every module of the non-Qt packages, so a Qt import deep inside is caught too."""
    names = []
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name == "app.storage.migrations.env":
            continue  # a script Alembic runs inside its own context, not importable alone
        if any(info.name == p or info.name.startswith(p + ".") for p in NON_QT_PACKAGES):
            names.append(info.name)
    return names


def test_domain_and_storage_import_no_qt() -> None:
    modules = _modules()
    assert "app.assessment.health" in modules and "app.services.portfolio" in modules
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "", f"Qt imported by the domain layer: {out.stdout}"
