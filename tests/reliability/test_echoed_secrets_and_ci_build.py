"""Issue 13 items fixed before these tests, checked end to end here.

- A key (or base-URL password) that the server echoes into its answer is not written to
  the output files nor to the cache, in any format (``test_secrets.py`` checks the briefing
  object; this goes through the CLI and reads what landed on disk).
- The llama.cpp server is built portably by ``.ci/run`` (a native build segfaults on CPUs
  with AVX-512/AMX), and never taken from pip's wheel cache, which keys a built wheel on the
  version and not on ``CMAKE_ARGS``.

Negative settings and a bad model table through the CLI: ``test_configuration.py``; a dead
local server: ``test_local_server_death.py``; the whole-request deadline and the reply cap:
``test_server_faults.py``.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from summarizer.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
FIXTURES = ROOT / "tests" / "fixtures"
KEY = "sk-test-ECHOED-0123456789abcdef"
PASSWORD = "hunter2-ECHOED-pw"


def echoing_completion(secret: str) -> bytes:
    """A grounded draft of the seed whose model-written words carry ``secret``."""
    data = json.loads((FIXTURES / "draft_grounded.json").read_text(encoding="utf-8"))
    draft = data["draft"]
    draft["summary"] = f"Résumé. Clé: {secret}"
    draft["actors"][0]["aliases"].append(f"agent {secret}")
    draft["claims"][0]["cue"] = f"a écrit {secret}"
    message = {"role": "assistant", "content": json.dumps(draft, ensure_ascii=False)}
    body = {
        "id": "chatcmpl-echo",
        "object": "chat.completion",
        "created": 0,
        "model": "scripted",
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
        "usage": data["usage"],
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("fmt", ["json", "markdown", "html"])
@pytest.mark.parametrize("where", ["key", "password"])
def test_an_echoed_secret_reaches_neither_outputs_nor_cache(
    where: str,
    fmt: str,
    scripted_server: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = scripted_server.base_url  # type: ignore[attr-defined]
    if where == "key":
        secret = KEY
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
    else:
        secret = PASSWORD
        base = base.replace("http://", f"http://user:{PASSWORD}@")
    monkeypatch.setenv("OPENAI_BASE_URL", base)
    monkeypatch.setenv("SUMMARIZER_MODE", "json_schema")
    cache = tmp_path / "cache"
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(cache))
    scripted_server.replies.append((200, {}, echoing_completion(secret)))  # type: ignore[attr-defined]
    out = tmp_path / f"briefing.{fmt}"

    assert main(["--model", "scripted", "--format", fmt, str(SEED), "-o", str(out)]) == 0

    captured = capsys.readouterr()
    written = [out, *(p for p in cache.rglob("*") if p.is_file())]
    assert len(written) == 2  # the output and one cache entry
    for path in written:
        text = path.read_bytes().decode("utf-8")
        assert secret not in text and "ECHOED" not in text, path
    assert "redacted" in out.read_text(encoding="utf-8")
    assert secret not in captured.out + captured.err


def test_ci_builds_llama_cpp_portably_and_never_from_the_wheel_cache() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    installs = [line for line in script.splitlines() if re.search(r"pip install\b", line) and "#" not in line[:1]]
    llama = [line for line in installs if "llama-cpp-python" in line]
    assert llama, "llama-cpp-python must be installed on its own, before the project's extras"
    words = shlex.split(llama[0])
    assert "CMAKE_ARGS=-DGGML_NATIVE=OFF" in words or any(
        w.startswith("CMAKE_ARGS=") and "-DGGML_NATIVE=OFF" in w for w in words
    )
    assert "--no-cache-dir" in words
    project = next(i for i, line in enumerate(installs) if "-e '.[" in line or '-e ".[' in line)
    assert installs.index(llama[0]) < project  # built portably first; the extras then find it installed
