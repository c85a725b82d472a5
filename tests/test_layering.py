"""The domain, storage, file format and services must not depend on Qt."""

import subprocess
import sys

NON_QT_PACKAGES = ["app.models", "app.graph", "app.storage", "app.fileformat", "app.services",
                   "app.bootstrap", "app.cli"]


def test_domain_and_storage_import_no_qt() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in NON_QT_PACKAGES)
        + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "", f"Qt imported by the domain layer: {out.stdout}"
