"""Account assessment without Qt: relationship stages, health, tiering, fit and gaps.

Every function takes an account document (``AccountFile``) and, where time
matters, ``today`` as a parameter, so results are reproducible and testable.
"""
