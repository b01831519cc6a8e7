"""Benchmarks: each module prints its figures (run them all with `python -m tests.benchmarks`)."""
