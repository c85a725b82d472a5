"""Helpers for tests on the Plan tab's window (the ``plan_window`` fixture of conftest)."""

from __future__ import annotations

from app.models.account import AccountFile
from app.views.main_window import MainWindow
from app.views.plan.section import SectionPage


def stored(window: MainWindow) -> AccountFile:
    return window.services.accounts.snapshot("demo-ural")


def page(window: MainWindow, section: str) -> SectionPage:
    p = window.plan.sections[section]
    window.plan.pages.setCurrentWidget(p)
    return p
