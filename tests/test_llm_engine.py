"""The LLM engine's validation loop, driven by hand-written responses (tests/fixtures/).

The scripted server on loopback answers each request with the next queued draft and keeps
the requests, so each test can assert what the engine sent back to the model.
"""

from __future__ import annotations

import json

import pytest

from summarizer import summarize
from summarizer.engines.llm import LLMEngine
from summarizer.errors import ConfigurationError, ModelOutputError, ServerError
from summarizer.schema import Briefing


def engine_for(server: object, attempts: int = 3) -> LLMEngine:
    return LLMEngine(
        base_url=server.base_url,  # type: ignore[attr-defined]
        api_key="sk-test-not-a-real-key",
        model="scripted",
        mode="json_schema",
        attempts=attempts,
        http_retries=0,
    )


def test_ungrounded_quote_is_re_asked_with_the_reason(scripted_server, seed_text: str) -> None:
    scripted_server.reply_fixture("draft_ungrounded_quote")
    scripted_server.reply_fixture("draft_grounded")

    briefing = summarize(seed_text, engine=engine_for(scripted_server))

    assert len(scripted_server.requests) == 2
    reask = json.dumps(scripted_server.requests[1]["messages"], ensure_ascii=False)
    assert "not verbatim in the article" in reask
    assert "la paix est déjà signée avec Moscou" in reask
    # usage of both attempts is summed
    assert briefing.meta.usage.calls == 2
    assert briefing.meta.usage.prompt_tokens == 1000 + 1200
    assert briefing.meta.usage.completion_tokens == 100 + 300


def test_grounded_briefing_keeps_the_articles_own_characters(scripted_server, seed_text: str) -> None:
    scripted_server.reply_fixture("draft_grounded")
    briefing = summarize(seed_text, engine=engine_for(scripted_server))

    Briefing.model_validate(briefing.model_dump(), context={"article": seed_text})
    hegseth = next(c for c in briefing.claims if c.speaker == "hegseth")
    quote = hegseth.evidence[0].quote
    # the draft typed "l'Ukraine d'avant"; the briefing stores the article's ’
    assert quote == "le retour aux frontières de l’Ukraine d’avant 2014 est un objectif irréaliste"
    for ev in briefing.evidence():
        assert seed_text[ev.start : ev.end] == ev.quote
    assert briefing.meta.engine == "llm" and briefing.meta.model == "scripted"
    assert briefing.source.date == "2025-02"


def test_request_carries_the_json_schema_and_fenced_article(scripted_server, seed_text: str) -> None:
    scripted_server.reply_fixture("draft_grounded")
    summarize(seed_text, engine=engine_for(scripted_server))

    request = scripted_server.requests[0]
    schema = request["response_format"]["json_schema"]["schema"]
    assert {"summary", "actors", "claims"} <= set(schema["properties"])
    assert request["temperature"] == 0
    assert "<<<ARTICLE " in request["messages"][1]["content"]


def test_article_with_template_syntax_is_sent_verbatim(scripted_server, seed_text: str) -> None:
    # instructor renders messages with Jinja; the article must never be parsed as a template
    text = seed_text + " Le Kremlin a écrit {{ 7*7 }} et {% raw %} sans fin."
    scripted_server.reply_fixture("draft_grounded")
    summarize(text, engine=engine_for(scripted_server))
    assert "{{ 7*7 }} et {% raw %} sans fin." in scripted_server.requests[0]["messages"][1]["content"]


def test_unknown_speaker_exhausts_attempts_with_a_typed_error(scripted_server, seed_text: str) -> None:
    for _ in range(2):
        scripted_server.reply_fixture("draft_unknown_speaker")

    with pytest.raises(ModelOutputError) as caught:
        summarize(seed_text, engine=engine_for(scripted_server, attempts=2))

    error = caught.value
    assert error.attempts == 2
    assert error.prompt_tokens == 2000 and error.completion_tokens == 180
    assert "'hegseth' is not an actor id" in str(error)
    assert error.last_response is not None
    assert len(scripted_server.requests) == 2


def test_server_error_status_is_typed(scripted_server, seed_text: str) -> None:
    scripted_server.reply_raw(503, b'{"error": {"message": "overloaded"}}')
    with pytest.raises(ServerError, match="HTTP 503"):
        summarize(seed_text, engine=engine_for(scripted_server))


def test_connection_refused_is_typed(seed_text: str) -> None:
    engine = LLMEngine(base_url="http://127.0.0.1:9/v1", api_key="sk-x", http_retries=0, timeout=5)
    with pytest.raises(ServerError, match="cannot reach the model server"):
        summarize(seed_text, engine=engine)


def test_llm_without_configuration_names_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(ConfigurationError, match=r"OPENAI_API_KEY.*OPENAI_BASE_URL"):
        LLMEngine()
