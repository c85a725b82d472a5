"""Rapport: an offline desktop app for key account managers."""

__version__ = "0.1.0"
