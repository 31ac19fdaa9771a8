"""A latency-simulating OpenAI-compatible server on loopback, answering from cassettes.

Each POST /v1/chat/completions is matched like the eval's cassettes (model, messages and
the schema-carrying fields) and answered with the recorded response, after a fixed delay,
so that benchmarks measure our own overhead against a server of known speed. Repeated
identical requests cycle through their recordings. ``failure_rate`` (seeded) answers that
share of requests with HTTP 500/503/429 or a cut-off body instead, for soak tests.
"""

from __future__ import annotations

import json
import random
import socket
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

MATCHED = ("model", "messages", "response_format", "tools", "tool_choice")


def request_key(body: dict[str, Any]) -> str:
    return json.dumps({k: body.get(k) for k in MATCHED}, sort_keys=True, ensure_ascii=False)


class ReplayServer:
    """``with ReplayServer(folder, delay=0.5) as server: server.base_url``."""

    def __init__(self, folder: Path, *, delay: float = 0.5, failure_rate: float = 0.0, seed: int = 0) -> None:
        self.delay = delay
        self.failure_rate = failure_rate
        self.random = random.Random(seed)
        self.lock = threading.Lock()
        self.recorded: dict[str, list[bytes]] = defaultdict(list)
        self.cursor: dict[str, int] = defaultdict(int)
        self.requests = 0
        self.failures = 0
        self.misses = 0
        for path in sorted(Path(folder).glob("*.json")):
            for interaction in json.loads(path.read_text(encoding="utf-8"))["interactions"]:
                body = interaction["response"].get("body")
                if isinstance(body, dict) and interaction["response"].get("status", 200) == 200:
                    key = request_key(interaction["request"]["body"])
                    self.recorded[key].append(json.dumps(body, ensure_ascii=False).encode("utf-8"))
        if not self.recorded:
            raise SystemExit(f"no recorded responses in {folder}: record the eval cassettes first")
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # headers and body go out in separate writes: without TCP_NODELAY, Nagle's
                # algorithm meets the client's delayed ACK and adds ~40 ms to every reply
                self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
                status, payload, headers = server.answer(body)
                time.sleep(server.delay)
                self.send_response(status)
                self.send_header("content-type", "application/json")
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def answer(self, body: dict[str, Any]) -> tuple[int, bytes, dict[str, str]]:
        with self.lock:
            self.requests += 1
            if self.failure_rate and self.random.random() < self.failure_rate:
                self.failures += 1
                kind = self.random.choice(["500", "503", "429", "cut"])
                if kind == "cut":
                    return 200, b'{"id": "chatcmpl-cut", "choices": [{"message": {"content": "{\\"summ', {}
                headers = {"retry-after": "0"} if kind == "429" else {}
                return int(kind), b'{"error": {"message": "injected fault"}}', headers
            key = request_key(body)
            answers = self.recorded.get(key)
            if not answers:
                self.misses += 1
                return 404, b'{"error": {"message": "no recording for this request"}}', {}
            index = self.cursor[key] % len(answers)
            self.cursor[key] += 1
            return 200, answers[index], {}

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> ReplayServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
