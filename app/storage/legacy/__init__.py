"""Frozen code of earlier schemas, for migrations only."""
