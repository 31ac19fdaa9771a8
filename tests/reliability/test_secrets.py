"""Secrets (issue 5, "Secrets"): a recognisable fake key never reaches a file or a stream.

The key is read from the environment by the openai client and sent to the server in the
``Authorization`` header, and nowhere else: not in outputs (json, markdown, html), the
cache, cassettes, logs (``-v``), nor error messages — even when a server echoes it back.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import openai
import pytest

import summarizer
from summarizer.cli import main
from summarizer.engines.llm import LLMEngine
from summarizer.errors import ServerError
from summarizer.evaluation.cassettes import CassetteTransport

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
KEY = "sk-test-LEAKCHECK-1234567890"
FORBIDDEN = (KEY, "LEAKCHECK", "Authorization", "authorization", "Bearer")


def assert_clean(label: str, text: str) -> None:
    for needle in FORBIDDEN:
        assert needle not in text, f"{needle!r} found in {label}"


def assert_folder_clean(folder: Path) -> int:
    """Scan every file under ``folder``; return how many were scanned."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    for path in files:
        assert_clean(str(path), path.read_bytes().decode("utf-8", errors="replace"))
    return len(files)


@pytest.fixture
def key_env(monkeypatch: pytest.MonkeyPatch, scripted_server: object, tmp_path: Path) -> dict[str, str]:
    env = {
        "OPENAI_API_KEY": KEY,
        "OPENAI_BASE_URL": scripted_server.base_url,  # type: ignore[attr-defined]
        "SUMMARIZER_MODEL": "scripted",
        "SUMMARIZER_ATTEMPTS": "2",
        "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache"),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


def inputs(tmp_path: Path) -> list[Path]:
    """Two articles: the first gets a grounded answer, the second fails (the error path)."""
    good, bad = tmp_path / "in" / "good.txt", tmp_path / "in" / "bad.txt"
    good.parent.mkdir()
    good.write_bytes(SEED.read_bytes())
    bad.write_bytes(SEED.read_bytes() + b"\nFin.\n")
    return [good, bad]


def test_cli_with_verbose_logs_writes_no_key(key_env: dict[str, str], scripted_server: object, tmp_path: Path) -> None:
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    scripted_server.reply_fixture("draft_unknown_speaker")  # type: ignore[attr-defined]
    scripted_server.reply_fixture("draft_unknown_speaker")  # type: ignore[attr-defined]
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "-v", "-j", "1", *map(str, inputs(tmp_path)), "-o", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, **key_env},
        timeout=300,
    )
    assert result.returncode == 1  # bad.txt failed, good.txt written
    assert "HTTP Request: POST" in result.stderr  # the -v log is there, and clean:
    assert "bad.txt: no valid grounded briefing" in result.stderr
    assert_clean("stdout", result.stdout)
    assert_clean("stderr", result.stderr)
    assert assert_folder_clean(out) == 1
    assert assert_folder_clean(tmp_path / "cache") == 1
    # the key did go where it must: the Authorization header of each request
    sent = {k.lower(): v for k, v in scripted_server.headers[0].items()}  # type: ignore[attr-defined]
    assert sent["authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("fmt", ["json", "markdown", "html"])
def test_outputs_and_debug_logs_hold_no_key(
    fmt: str,
    key_env: dict[str, str],
    scripted_server: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    for _ in range(2):
        scripted_server.reply_fixture("draft_unknown_speaker")  # type: ignore[attr-defined]
    out = tmp_path / "out"
    with caplog.at_level(logging.DEBUG):  # every logger, openai's and httpx's debug lines included
        code = main(["-v", "-j", "1", "--format", fmt, *map(str, inputs(tmp_path)), "-o", str(out)])
    assert code == 1
    captured = capsys.readouterr()
    assert_clean("stdout", captured.out)
    assert_clean("stderr", captured.err)
    assert_clean("logs", caplog.text)
    assert caplog.records  # debug logging did run
    assert assert_folder_clean(out) == 1
    assert_folder_clean(tmp_path / "cache")


def test_cache_of_summarize_many_holds_no_key(scripted_server: object, tmp_path: Path) -> None:
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    engine = LLMEngine(base_url=scripted_server.base_url, api_key=KEY, model="scripted", http_retries=0)  # type: ignore[attr-defined]
    outcomes = list(summarizer.summarize_many([SEED], engine=engine, cache=tmp_path / "cache"))
    assert outcomes[0].briefing is not None
    assert assert_folder_clean(tmp_path / "cache") == 1


def test_recorded_cassette_holds_no_key(scripted_server: object, tmp_path: Path) -> None:
    scripted_server.reply_fixture("draft_ungrounded_quote")  # type: ignore[attr-defined]
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    scripted_server.reply_raw(503, b'{"error": {"message": "overloaded"}}')  # type: ignore[attr-defined]
    transport = CassetteTransport(tmp_path / "cassettes", mode="record", real=httpx.HTTPTransport())
    client = openai.OpenAI(
        base_url=scripted_server.base_url,  # type: ignore[attr-defined]
        api_key=KEY,
        max_retries=0,
        http_client=httpx.Client(transport=transport),  # type: ignore[arg-type]
    )
    engine = LLMEngine(client=client, model="scripted", mode="json_schema")
    text = SEED.read_text(encoding="utf-8")
    with transport.case("leak-check"):
        summarizer.summarize(text, engine=engine)  # an ungrounded answer, a re-ask, a grounded one
    with pytest.raises(ServerError), transport.case("leak-check-error"):
        summarizer.summarize(text, engine=engine)
    assert assert_folder_clean(tmp_path / "cassettes") == 2
    recorded = json.loads((tmp_path / "cassettes" / "leak-check.json").read_text(encoding="utf-8"))
    assert len(recorded["interactions"]) == 2


def test_a_server_echoing_the_key_does_not_leak_it_into_the_error(
    key_env: dict[str, str],
    scripted_server: object,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    echo = json.dumps({"error": {"message": f"key {KEY} is not allowed for this model"}}).encode()
    for _ in range(3):
        scripted_server.reply_raw(403, echo)  # type: ignore[attr-defined]
    engine = LLMEngine(model="scripted", http_retries=0)
    with pytest.raises(ServerError) as caught:
        summarizer.summarize(SEED.read_text(encoding="utf-8"), engine=engine)
    assert "HTTP 403" in str(caught.value) and "<redacted>" in str(caught.value)
    assert_clean("error message", str(caught.value))
    # and through the CLI, with -v logs
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        assert main(["-v", "--no-cache", str(SEED)]) == 1
    captured = capsys.readouterr()
    assert "HTTP 403" in captured.err
    assert_clean("stderr", captured.err)
    assert "<redacted>" in caplog.text  # instructor logged the echoed body: redacted by the -v handler filter
    assert_clean("logs", caplog.text)


def _echoing_draft(secret: str) -> dict[str, object]:
    """A grounded draft of the seed whose model-written words carry ``secret`` (a server echoing it)."""
    data = json.loads((ROOT / "tests" / "fixtures" / "draft_grounded.json").read_text(encoding="utf-8"))
    draft = data["draft"]
    draft["summary"] = f"Résumé. Clé: {secret}"
    draft["actors"][0]["aliases"].append(f"agent {secret}")
    draft["claims"][0]["cue"] = f"a écrit {secret}"
    return {"draft": draft, "usage": data["usage"]}


def test_a_key_echoed_into_the_answer_is_not_written(scripted_server: object) -> None:
    reply = _echoing_draft(KEY)
    scripted_server.replies.append(  # type: ignore[attr-defined]
        (200, {}, json.dumps(_completion(reply["draft"]), ensure_ascii=False).encode())
    )
    engine = LLMEngine(base_url=scripted_server.base_url, api_key=KEY, model="scripted", mode="json_schema")  # type: ignore[attr-defined]
    briefing = summarizer.summarize(SEED.read_text(encoding="utf-8"), engine=engine)
    assert_clean("briefing", briefing.model_dump_json())
    assert "<redacted>" in briefing.summary and "<redacted>" in briefing.claims[0].cue  # type: ignore[operator]


def test_a_base_url_password_echoed_into_the_answer_is_not_written(scripted_server: object) -> None:
    password = "hunter2-LEAKCHECK-pw"
    reply = _echoing_draft(password)
    scripted_server.replies.append(  # type: ignore[attr-defined]
        (200, {}, json.dumps(_completion(reply["draft"]), ensure_ascii=False).encode())
    )
    base = scripted_server.base_url.replace("http://", f"http://user:{password}@")  # type: ignore[attr-defined]
    engine = LLMEngine(base_url=base, api_key="sk-other-key", model="scripted", mode="json_schema")
    briefing = summarizer.summarize(SEED.read_text(encoding="utf-8"), engine=engine)
    assert password not in briefing.model_dump_json()


def _completion(draft: object) -> dict[str, object]:
    return {
        "id": "chatcmpl-echo",
        "object": "chat.completion",
        "created": 0,
        "model": "scripted",
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": json.dumps(draft)}}
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }
