"""Reliability and security suite (issue 5): bad input, server faults, injected instructions,
secrets, soak. Run with ``pytest -q tests/reliability -m "not server"``."""
