"""A fault-injecting OpenAI-compatible server on loopback, for the tests of this folder.

Unlike ``scripted_server`` (tests/conftest.py), each scripted reply can also wait before
answering (to outlast the client's timeout) or drop the connection, and the server keeps
the arrival time of every request, so tests can check how long the client backed off.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def completion(content: str, usage: dict[str, int] | None = None, *, finish_reason: str = "stop") -> bytes:
    """An OpenAI chat-completion body whose assistant message is ``content``."""
    body = {
        "id": "chatcmpl-fault",
        "object": "chat.completion",
        "created": 0,
        "model": "scripted",
        "choices": [{"index": 0, "finish_reason": finish_reason, "message": {"role": "assistant", "content": content}}],
        "usage": usage or {"prompt_tokens": 1000, "completion_tokens": 100, "total_tokens": 1100},
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def fixture_completion(name: str) -> bytes:
    """The hand-written draft ``tests/fixtures/<name>.json`` as a chat completion body."""
    data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return completion(json.dumps(data["draft"], ensure_ascii=False), data["usage"])


@dataclass
class Reply:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    drop: bool = False  # close the connection without an answer
    drip: float = 0.0  # seconds between bytes of the body (a server that never quite stops)


class FaultServer:
    """``server.then(...)`` queues replies; ``server.times`` holds when each request arrived."""

    def __init__(self, *, keep_alive: bool = False) -> None:
        self.script: list[Reply] = []
        self.requests: list[dict[str, Any]] = []
        self.times: list[float] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            # HTTP/1.1 keeps connections open between requests, as real servers do
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                with server.lock:
                    server.times.append(time.monotonic())
                    server.requests.append(json.loads(body))
                    reply = server.script.pop(0) if server.script else Reply(500, b'{"error": {"message": "no reply"}}')
                time.sleep(reply.delay)
                if reply.drop:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                self.send_response(reply.status)
                for key, value in {"content-type": "application/json", **reply.headers}.items():
                    self.send_header(key, value)
                self.send_header("content-length", str(len(reply.body)))
                self.end_headers()
                if not reply.drip:
                    self.wfile.write(reply.body)
                    return
                for byte in reply.body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(reply.drip)

            def log_message(self, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that gave up (timeout test) is not an error here

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def then(self, status: int = 200, body: bytes = b"{}", headers: dict[str, str] | None = None, **kw: Any) -> None:
        self.script.append(Reply(status, body, headers or {}, **kw))

    def gaps(self) -> list[float]:
        """Seconds between consecutive requests."""
        return [b - a for a, b in zip(self.times, self.times[1:], strict=False)]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def free_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
