"""Benchmarks: evalclient side by side with raw httpx and the official Extend SDK (`make bench`).

Not tests: they print figures with their targets. Run `python -m bench.run --help`.
"""
