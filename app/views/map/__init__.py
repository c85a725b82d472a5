"""The stakeholder influence map: cards, lines, canvas and its tab."""
