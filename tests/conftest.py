"""Shared fixtures.

Tests never touch the network. Two fixtures opt in to servers on loopback:

- ``local_server``: the real OpenAI-compatible server (llama.cpp serving the packaged Gemma
  270M GGUF), started once per session; needs the ``local`` extra.
- ``scripted_server``: a tiny loopback HTTP server that answers chat completions with
  hand-written responses from ``tests/fixtures/`` (error paths only), recording every
  request it receives.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from summarizer.engines.offline import OfflineEngine

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests never read or write the user's briefing cache."""
    previous = os.environ.get("SUMMARIZER_CACHE_DIR")
    os.environ["SUMMARIZER_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("SUMMARIZER_CACHE_DIR", None)
    else:
        os.environ["SUMMARIZER_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def engine() -> OfflineEngine:
    """One offline engine for every offline test (spaCy's pipelines load once per process anyway)."""
    from tests.briefing_queries import shared_engine

    return shared_engine()


@pytest.fixture(scope="session")
def _local_server_process() -> Iterator[Any]:
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("the 'local' extra (llama-cpp-python[server]) is not installed")
    from summarizer.engines.llm.local_server import LocalServer

    with LocalServer() as server:
        yield server


@pytest.fixture
def local_server(_local_server_process: Any) -> Iterator[Any]:
    """The session's server; a test fails with the server's exit status and log if it died."""
    _local_server_process.check()
    yield _local_server_process
    _local_server_process.check()


class ScriptedServer:
    """Answers POST /v1/chat/completions with queued bodies; keeps every request body."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, dict[str, str], bytes]] = []
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                body = self.rfile.read(length)
                server.requests.append(json.loads(body))
                server.headers.append(dict(self.headers))
                status, headers, payload = server.replies.pop(0) if server.replies else (500, {}, b"{}")
                self.send_response(status)
                headers = {"content-type": "application/json", **headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def reply_fixture(self, name: str) -> None:
        """Queue the hand-written draft ``tests/fixtures/<name>.json`` as a chat completion."""
        data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
        completion = {
            "id": f"chatcmpl-{name}",
            "object": "chat.completion",
            "created": 0,
            "model": "scripted",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": json.dumps(data["draft"], ensure_ascii=False)},
                }
            ],
            "usage": data["usage"],
        }
        self.replies.append((200, {}, json.dumps(completion, ensure_ascii=False).encode("utf-8")))

    def reply_raw(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.replies.append((status, headers or {}, body))

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    yield server
    server.close()
