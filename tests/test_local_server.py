"""The LLM engine against a real OpenAI-compatible server: llama.cpp + Gemma 270M on loopback.

The tiny base model cannot write a good briefing, so these tests assert only what holds
whatever it writes: the wire protocol, the schema in the request, usage accounting, re-asks
carrying the validation errors, and a result that is either a valid grounded Briefing or
the typed error after the configured attempts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from summarizer import summarize
from summarizer.engines.llm import LLMEngine
from summarizer.engines.llm.local_server import MODEL_ALIAS
from summarizer.errors import ModelOutputError
from summarizer.schema import Briefing

pytestmark = [pytest.mark.server, pytest.mark.slow]


def test_engine_round_trip_on_the_seed(local_server: Any, seed_text: str) -> None:
    sent: list[dict[str, Any]] = []

    def keep(request: httpx.Request) -> None:
        sent.append(json.loads(request.content))

    client = openai.OpenAI(
        base_url=local_server.base_url,
        api_key="sk-local",
        http_client=httpx.Client(event_hooks={"request": [keep]}, timeout=300),
        max_retries=0,
    )
    engine = LLMEngine(client=client, model=MODEL_ALIAS, attempts=2, max_tokens=384)

    try:
        briefing = summarize(seed_text, engine=engine)
    except ModelOutputError as error:
        # truncated at max_tokens (not re-asked) or invalid after both attempts
        assert error.attempts in (1, 2)
        assert error.prompt_tokens > 0
        usage_calls = error.attempts
    else:
        Briefing.model_validate(briefing.model_dump(), context={"article": seed_text})
        for ev in briefing.evidence():
            assert seed_text[ev.start : ev.end] == ev.quote
        assert briefing.meta.usage.calls >= 1
        assert briefing.meta.usage.prompt_tokens > 500  # the whole article went out
        usage_calls = briefing.meta.usage.calls

    # llama-cpp-python refuses response_format json_schema; the engine falls back to a
    # forced tool call, which that server constrains with a grammar built from our schema
    model_requests = [r for r in sent if "tools" in r]
    assert model_requests, "no schema-carrying request was sent"
    tool = model_requests[0]["tools"][0]["function"]
    assert {"summary", "actors", "claims"} <= set(tool["parameters"]["properties"])
    assert model_requests[0]["tool_choice"]["function"]["name"] == tool["name"]
    assert len(model_requests) == usage_calls
    if len(model_requests) > 1:
        # the re-ask carries the validation errors of the previous answer
        reask = json.dumps(model_requests[1]["messages"], ensure_ascii=False)
        assert "error" in reask.lower() or "validation" in reask.lower()


def test_cli_against_the_local_server_prints_json_or_one_line(local_server: Any, tmp_path: Any) -> None:
    env = {
        **os.environ,
        "OPENAI_BASE_URL": local_server.base_url,
        "SUMMARIZER_MODEL": MODEL_ALIAS,
        "SUMMARIZER_MAX_TOKENS": "384",
        "SUMMARIZER_ATTEMPTS": "2",
        "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache"),  # a fresh cache: the server must answer
    }
    env.pop("OPENAI_API_KEY", None)
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "--engine", "llm", "seeds/000_8203fcc26b8d55c1.txt"],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        briefing = Briefing.model_validate_json(result.stdout)
        assert briefing.meta.engine == "llm"
    else:
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("summarize: seeds/000_8203fcc26b8d55c1.txt: ")
