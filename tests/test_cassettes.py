"""Cassettes record the openai client's exchanges and replay them without the network.

The 'real' server here is an httpx.MockTransport answering chat completions with the
hand-written seed draft of tests/fixtures/; replays run with a transport that fails the
test if it is ever touched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from summarizer.article import parse
from summarizer.engines.llm import LLMEngine
from summarizer.engines.llm import engine as llm_module
from summarizer.engines.llm.prompting import prompt_sha256
from summarizer.errors import CassetteMissError
from summarizer.evaluation.cassettes import KEPT_RESPONSE_HEADERS, CassetteTransport

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SECRET_KEY = "sk-test-secret-never-written-0123456789"


class FakeServer:
    """Answers every chat completion with the grounded seed draft; counts requests."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        data = json.loads((FIXTURES / "draft_grounded.json").read_text(encoding="utf-8"))
        self.completion = {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 0,
            "model": "fake",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {
                        "role": "assistant",
                        "content": json.dumps(data["draft"], ensure_ascii=False),
                    },
                }
            ],
            "usage": data["usage"],
        }

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(
            200,
            json=self.completion,
            headers={"set-cookie": "session=secret", "openai-organization": "org-secret", "x-req": "1"},
        )


class Untouchable(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"replay touched the network: {request.url}")


def engine_over(transport: httpx.BaseTransport) -> LLMEngine:
    client = openai.OpenAI(
        base_url="http://model.test/v1",
        api_key=SECRET_KEY,
        organization="org-secret",
        project="proj-secret",
        http_client=httpx.Client(transport=transport),  # type: ignore[arg-type]
        max_retries=0,
    )
    return LLMEngine(client=client, model="fake", mode="json_schema", attempts=1)


def record_seed(folder: Path, seed_text: str) -> FakeServer:
    server = FakeServer()
    transport = CassetteTransport(folder, mode="record", real=httpx.MockTransport(server))
    with transport.case("seed-000"):
        engine_over(transport).summarize(parse(seed_text))
    return server


def test_record_then_replay_without_the_network(tmp_path: Path, seed_text: str) -> None:
    server = record_seed(tmp_path, seed_text)
    assert len(server.requests) == 1
    recorded = engine_over  # same client settings for the replay

    replay = CassetteTransport(tmp_path, mode="replay", real=Untouchable())
    with replay.case("seed-000"):
        briefing = recorded(replay).summarize(parse(seed_text))
    assert [a.name for a in briefing.actors][:2] == ["Donald Trump", "Pete Hegseth"]
    assert briefing.meta.usage.calls == 1
    assert briefing.meta.usage.prompt_tokens == 1200


def test_no_secret_is_written(tmp_path: Path, seed_text: str) -> None:
    record_seed(tmp_path, seed_text)
    text = (tmp_path / "seed-000.json").read_text(encoding="utf-8")
    for secret in (SECRET_KEY, "Bearer", "org-secret", "proj-secret", "session=secret"):
        assert secret not in text
    data = json.loads(text)
    for exchange in data["interactions"]:
        assert "headers" not in exchange["request"]
        assert set(exchange["response"]["headers"]) <= set(KEPT_RESPONSE_HEADERS)


def test_unicode_is_kept_as_is(tmp_path: Path, seed_text: str) -> None:
    record_seed(tmp_path, seed_text)
    text = (tmp_path / "seed-000.json").read_text(encoding="utf-8")
    assert "’" in text and "é" in text  # not \u2019 escapes, not straightened
    assert "\\u2019" not in text and "\\u00e9" not in text
    data = json.loads(text)
    user = data["interactions"][0]["request"]["body"]["messages"][1]["content"]
    assert "l’Ukraine" in user  # the article's own apostrophe


def test_missing_recording_names_the_case_and_the_prompt_hash(tmp_path: Path, seed_text: str) -> None:
    replay = CassetteTransport(tmp_path, mode="replay", real=Untouchable())
    with pytest.raises(CassetteMissError) as caught, replay.case("seed-000"):
        engine_over(replay).summarize(parse(seed_text))
    message = str(caught.value)
    assert "seed-000" in message and prompt_sha256() in message
    assert caught.value.case == "seed-000"
    assert caught.value.prompt_sha256 == prompt_sha256()


def test_a_changed_prompt_is_a_miss_not_a_silent_replay(
    tmp_path: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_seed(tmp_path, seed_text)
    original: Callable[..., list[dict[str, str]]] = llm_module.render_messages

    def edited(article: Any) -> list[dict[str, str]]:
        messages = original(article)
        messages[0]["content"] += "\nBe brief."
        return messages

    monkeypatch.setattr(llm_module, "render_messages", edited)
    replay = CassetteTransport(tmp_path, mode="replay", real=Untouchable())
    with pytest.raises(CassetteMissError, match="none of its 1 recording"), replay.case("seed-000"):
        engine_over(replay).summarize(parse(seed_text))


def _post(client: httpx.Client, content: str, *, model: str = "m") -> httpx.Response:
    body = {"model": model, "messages": [{"role": "user", "content": content}]}
    return client.post("http://model.test/v1/chat/completions", json=body)


def counting_server() -> httpx.MockTransport:
    count = {"n": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        count["n"] += 1
        return httpx.Response(200, json={"answer": count["n"]})

    return httpx.MockTransport(answer)


def test_identical_requests_replay_in_order(tmp_path: Path) -> None:
    recorder = CassetteTransport(tmp_path, mode="record", real=counting_server(), prompt_sha256="p")
    with recorder.case("c"), httpx.Client(transport=recorder) as client:
        assert [_post(client, "same").json()["answer"] for _ in range(3)] == [1, 2, 3]

    replay = CassetteTransport(tmp_path, mode="replay", real=Untouchable(), prompt_sha256="p")
    with replay.case("c"), httpx.Client(transport=replay) as client:
        assert [_post(client, "same").json()["answer"] for _ in range(3)] == [1, 2, 3]
        with pytest.raises(CassetteMissError, match="already replayed"):
            _post(client, "same")
        replay.miss = None  # handled here; do not re-raise at the end of the case


def test_matching_includes_the_model(tmp_path: Path) -> None:
    recorder = CassetteTransport(tmp_path, mode="record", real=counting_server(), prompt_sha256="p")
    with recorder.case("c"), httpx.Client(transport=recorder) as client:
        _post(client, "hello", model="m1")
    replay = CassetteTransport(tmp_path, mode="replay", real=Untouchable(), prompt_sha256="p")
    with pytest.raises(CassetteMissError), replay.case("c"), httpx.Client(transport=replay) as client:
        _post(client, "hello", model="m2")


def test_record_missing_replays_what_exists_and_records_the_rest(tmp_path: Path) -> None:
    recorder = CassetteTransport(tmp_path, mode="record", real=counting_server(), prompt_sha256="p")
    with recorder.case("c"), httpx.Client(transport=recorder) as client:
        assert _post(client, "one").json() == {"answer": 1}

    server = counting_server()
    both = CassetteTransport(tmp_path, mode="record-missing", real=server, prompt_sha256="p")
    with both.case("c"), httpx.Client(transport=both) as client:
        assert _post(client, "one").json() == {"answer": 1}  # replayed
        assert _post(client, "two").json() == {"answer": 1}  # first call to the new server
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    contents = [i["request"]["body"]["messages"][0]["content"] for i in data["interactions"]]
    assert contents == ["one", "two"]

    replay = CassetteTransport(tmp_path, mode="replay", real=Untouchable(), prompt_sha256="p")
    with replay.case("c"), httpx.Client(transport=replay) as client:
        assert _post(client, "one").json() == {"answer": 1}
        assert _post(client, "two").json() == {"answer": 1}


CASSETTES = sorted((ROOT / "evals" / "cassettes").glob("**/*.json"))
_API_KEY = re.compile(r"\bsk-[A-Za-z0-9_-]{16,}")


def test_committed_cassettes_hold_no_secrets() -> None:
    for path in CASSETTES:
        text = path.read_text(encoding="utf-8")
        assert "Bearer " not in text, path
        assert not _API_KEY.search(text), path
        data = json.loads(text)
        for exchange in data["interactions"]:
            assert "headers" not in exchange["request"], path
            assert set(exchange["response"].get("headers", {})) <= set(KEPT_RESPONSE_HEADERS), path
