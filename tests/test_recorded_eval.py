"""The LLM eval replayed from the committed cassettes (recorded from llama.cpp + Gemma 270M).

Every fact these tests rely on from the recordings is asserted here first: which cases are
recorded, with which prompt version, model and engine settings, and what the requests
carried. Replays never touch the network (the socket is blocked while they run).
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from summarizer.engines.llm.prompting import prompt_sha256
from summarizer.evaluation import cli as eval_cli

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "evals" / "cassettes" / "gemma-3-270m"
CASES = sorted(p.name for p in (ROOT / "evals" / "cases").iterdir() if p.is_dir())


def cassette(case: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CASSETTES / f"{case}.json").read_text(encoding="utf-8"))
    return data


def test_every_dev_case_is_recorded_with_the_current_prompt() -> None:
    assert sorted(p.stem for p in CASSETTES.glob("*.json")) == CASES
    for case in CASES:
        data = cassette(case)
        assert data["case"] == case
        assert data["prompt_sha256"] == prompt_sha256(), f"{case}: recorded with another prompt version"
        assert data["model"] == "gemma-3-270m"
        assert data["engine_settings"] == {"mode": "tools", "attempts": 2, "max_tokens": 256}


def test_recorded_requests_carry_the_schema_and_re_asks_carry_the_errors() -> None:
    for case in CASES:
        interactions = cassette(case)["interactions"]
        assert 1 <= len(interactions) <= 2  # attempts = 2
        for n, interaction in enumerate(interactions):
            body = interaction["request"]["body"]
            assert interaction["request"]["path"] == "/v1/chat/completions"
            assert body["tools"][0]["function"]["name"] == "BriefingDraft"
            assert {"summary", "actors", "claims"} <= set(body["tools"][0]["function"]["parameters"]["properties"])
            assert interaction["response"]["status"] == 200
            assert interaction["response"]["body"]["usage"]["prompt_tokens"] > 0
            if n == 1:
                # the second attempt repeats the conversation plus the validation errors
                assert len(body["messages"]) > len(interactions[0]["request"]["body"]["messages"])


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the replayed eval tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_MODE"):
        monkeypatch.delenv(name, raising=False)


def test_replayed_eval_is_byte_identical_apart_from_timing(
    no_network: None, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = []
    for _ in range(2):
        assert eval_cli.main(["--engine", "llm", "--replay", "--json"]) == 0
        outputs.append(capsys.readouterr().out)
    first, second = (json.loads(o) for o in outputs)
    first.pop("timing")
    second.pop("timing")
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert first["cases"] == len(CASES)
    assert first["grounding"] == 1.0  # whatever the tiny model wrote, nothing ungrounded got through
    calls = sum(len(cassette(c)["interactions"]) for c in CASES)
    assert first["usage"]["calls"] == calls
