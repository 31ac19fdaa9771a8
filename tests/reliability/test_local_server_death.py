"""A local server that dies is reported with its exit status and last log lines.

The real llama.cpp server, built natively on a CPU with AVX-512/AMX, segfaults on its first
completion; a stand-in (``crashing_server.py``) dies the same way, so these tests run on
any machine and without the ``local`` extra.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from summarizer.engines.llm import local_server
from summarizer.engines.llm.local_server import LocalServer
from summarizer.errors import ServerError

STAND_IN = [sys.executable, str(Path(__file__).with_name("crashing_server.py"))]


def test_a_crash_on_the_first_completion_names_the_signal_and_the_log() -> None:
    server = LocalServer(command=STAND_IN, startup_timeout=30)
    with pytest.raises(ServerError) as caught:
        server.start()
    message = str(caught.value)
    assert "died: killed by signal SIGSEGV (-11)" in message
    assert "GGML_NATIVE=OFF" in message  # the way out
    assert "ggml_compute_forward: running the first completion" in message  # the log's last lines


def test_a_server_that_exits_at_start_says_so() -> None:
    server = LocalServer(command=[*STAND_IN, "--die-at-start"], startup_timeout=30)
    with pytest.raises(ServerError, match=r"(?s)died: exit status 3.*error: failed to load model"):
        server.start()


def test_python_m_local_server_exits_1_with_the_cause(capsys: pytest.CaptureFixture[str]) -> None:
    server = LocalServer(command=STAND_IN, startup_timeout=30)
    assert local_server.main([], server=server) == 1
    err = capsys.readouterr().err
    assert err.startswith("summarize: local server: llama.cpp server died: killed by signal SIGSEGV")


def test_the_server_s_threads_sleep_at_barriers_unless_told_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    """llama.cpp's OpenMP threads spin at barriers by default, which on busy cores makes a
    completion many times slower: the child gets OMP_WAIT_POLICY=PASSIVE, or the caller's own."""
    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    with pytest.raises(ServerError, match="OMP_WAIT_POLICY=PASSIVE"):
        LocalServer(command=[*STAND_IN, "--die-at-start"], startup_timeout=30).start()
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
    with pytest.raises(ServerError, match="OMP_WAIT_POLICY=ACTIVE"):
        LocalServer(command=[*STAND_IN, "--die-at-start"], startup_timeout=30).start()
