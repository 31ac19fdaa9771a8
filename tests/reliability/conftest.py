"""Fixtures of the reliability suite: a clean environment, a fault-injecting server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .servers import FaultServer


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No model server configured, no real cache, default limits, whatever the shell has."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MAX_CHARS", "SUMMARIZER_ATTEMPTS", "OPENAI_LOG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    server = FaultServer()
    yield server
    server.close()
