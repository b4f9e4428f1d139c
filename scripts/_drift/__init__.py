"""The drift check's parts (scripts/check_drift.py): read the SDK, read our spec, compare, configure."""
