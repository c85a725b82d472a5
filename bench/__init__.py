"""Benchmarks (run by hand, not part of the pytest suite); see bench/README.md."""
