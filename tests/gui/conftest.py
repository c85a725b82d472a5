"""GUI tests: any dialog a test did not expect fails the test instead of hanging it."""

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox


def _unexpected(name: str) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"unexpected dialog: {name} {args[1:3]}")

    return fail


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("question", "information", "warning", "critical", "about", "exec", "open"):
        monkeypatch.setattr(QMessageBox, name, _unexpected(f"QMessageBox.{name}"))
    monkeypatch.setattr(QInputDialog, "getText", _unexpected("QInputDialog.getText"))
    for name in ("getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, _unexpected(f"QFileDialog.{name}"))
