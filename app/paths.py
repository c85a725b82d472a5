"""Locations of files shipped with Rapport."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def resource_path(name: str) -> Path:
    return ROOT / "resources" / name
