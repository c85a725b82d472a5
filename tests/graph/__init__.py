"""Tests of the stakeholder graph analysis (app/graph)."""
