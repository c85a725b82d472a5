"""Periods the assessment looks back over, in a module of their own (no imports), so
the window's frame can name them before the domain model is loaded."""

#: the days "what changed" looks back when no review is held to start from: a quarter,
#: the review rhythm (the PDF's section, Plan › Reviews, the movers, the map, `diff`)
LOOKBACK_DAYS = 90
