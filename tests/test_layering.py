"""The domain, storage, file format and services must not depend on Qt."""

import pkgutil
import subprocess
import sys

import app

NON_QT_PACKAGES = ["app.models", "app.graph", "app.storage", "app.fileformat", "app.services",
                   "app.assessment", "app.reports", "app.bootstrap", "app.cli", "app.contacts"]


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


def _imports(package: str) -> dict[str, set[str]]:
    """Every module of ``package`` and the modules it imports (at any depth of its code)."""
    import ast
    from pathlib import Path

    root = Path(app.__file__).parent.parent
    found: dict[str, set[str]] = {}
    for path in (root / package.replace(".", "/")).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
        found[str(path.relative_to(root))] = names
    return found


def test_the_domain_knows_no_database_and_the_views_go_through_services() -> None:
    """The account document and the analysis are plain Python; views never reach the
    store or SQL directly (docs/architecture.md, "Layers")."""
    for package in ("app.models", "app.graph", "app.assessment", "app.contacts"):
        for module, names in _imports(package).items():
            bad = {n for n in names if n.split(".")[0] == "sqlalchemy"
                   or n.startswith("app.storage") or n.startswith("app.services")}
            assert not bad, f"{module} imports {sorted(bad)}"
    for module, names in _imports("app.views").items():
        bad = {n for n in names if n.split(".")[0] == "sqlalchemy"
               or n.startswith("app.storage")}
        assert not bad, f"{module} imports {sorted(bad)}"
