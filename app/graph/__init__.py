"""Stakeholder graphs and their analysis (networkx, no Qt)."""

from app.graph.analysis import KINDS, Finding, Severity, analyze, influence_centrality
from app.graph.model import (
    influence_graph,
    reporting_levels,
    reporting_tree,
    stakeholders_by_id,
)

__all__ = [
    "KINDS",
    "Finding",
    "Severity",
    "analyze",
    "influence_centrality",
    "influence_graph",
    "reporting_levels",
    "reporting_tree",
    "stakeholders_by_id",
]
