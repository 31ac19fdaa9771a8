"""The LLM engine's validation loop, driven by hand-written responses (tests/fixtures/).

The scripted server on loopback answers each request with the next queued draft and keeps
the requests, so each test can assert what the engine sent back to the model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer import summarize
from summarizer.article import parse
from summarizer.engines.llm import LLMEngine
from summarizer.engines.llm import engine as engine_module
from summarizer.errors import ConfigurationError, ModelOutputError, OutputTruncatedError, ServerError
from summarizer.schema import Briefing

FIXTURES = Path(__file__).resolve().parent / "fixtures"


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


# -- output budget, request and parsing ends, our own bugs ------------------------------------


def test_output_budget_defaults_to_the_models_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARIZER_MAX_TOKENS", raising=False)
    monkeypatch.delenv("SUMMARIZER_MODELS", raising=False)
    monkeypatch.delenv("SUMMARIZER_PRICES", raising=False)
    assert LLMEngine(base_url="http://127.0.0.1:9/v1", model="gpt-4o-mini").max_tokens == 16384
    assert LLMEngine(base_url="http://127.0.0.1:9/v1", model="gpt-4.1").max_tokens == 32768
    # a model the catalog does not list gets a budget that fits a long briefing
    assert LLMEngine(base_url="http://127.0.0.1:9/v1", model="some-local-model").max_tokens == 8192
    monkeypatch.setenv("SUMMARIZER_MAX_TOKENS", "5000")
    assert LLMEngine(base_url="http://127.0.0.1:9/v1", model="gpt-4o-mini").max_tokens == 5000
    assert LLMEngine(base_url="http://127.0.0.1:9/v1", model="gpt-4o-mini", max_tokens=700).max_tokens == 700


@pytest.mark.parametrize("value", ["-5", "0", "many"])
def test_a_bad_output_budget_is_refused_before_any_call(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_TOKENS", value)
    with pytest.raises(ConfigurationError, match="SUMMARIZER_MAX_TOKENS"):
        LLMEngine(base_url="http://127.0.0.1:9/v1")


def test_models_file_limits_and_prices_win(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    table = tmp_path / "models.toml"
    table.write_text(
        '[models."my-model"]\ninput_per_million = 1.0\noutput_per_million = 2.0\nmax_output_tokens = 3000\n',
        encoding="utf-8",
    )
    monkeypatch.delenv("SUMMARIZER_MAX_TOKENS", raising=False)
    monkeypatch.setenv("SUMMARIZER_MODELS", str(table))
    assert LLMEngine(base_url="http://127.0.0.1:9/v1", model="my-model").max_tokens == 3000


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('[models."m"]\ninput_per_million = 1.0\n', "output_per_million must be a number"),
        ('[models."m"]\ninput_per_million = "cheap"\noutput_per_million = 1\n', "input_per_million must be a number"),
        ('[models."m"]\ninput_per_million = 1\noutput_per_million = 1\nmax_output_tokens = -2\n', "max_output_tokens"),
        ('[models."m"]\ninput_per_million = 1\noutput_per_million = 1\ncolour = "red"\n', "unknown key"),
        ("[models\n", "not valid TOML"),
    ],
)
def test_a_bad_models_file_is_refused_when_the_engine_is_built(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: str, reason: str
) -> None:
    table = tmp_path / "models.toml"
    table.write_text(content, encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_MODELS", str(table))
    with pytest.raises(ConfigurationError, match=reason):
        LLMEngine(base_url="http://127.0.0.1:9/v1")


def test_a_models_file_that_is_not_utf8_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    table = tmp_path / "models.toml"
    table.write_bytes('[models."modèle"]\n'.encode("latin-1"))
    monkeypatch.setenv("SUMMARIZER_PRICES", str(table))  # the older name still works
    with pytest.raises(ConfigurationError, match="not UTF-8"):
        LLMEngine(base_url="http://127.0.0.1:9/v1")


def test_build_request_is_what_the_engine_sends(scripted_server, seed_text: str) -> None:
    scripted_server.reply_fixture("draft_grounded")
    engine = engine_for(scripted_server)
    summarize(seed_text, engine=engine)
    sent = scripted_server.requests[0]
    built = engine.build_request(parse(seed_text))
    for key in ("model", "messages", "response_format", "temperature", "max_tokens"):
        assert built[key] == sent[key], key


def test_parse_completion_grounds_an_answer_without_a_call(seed_text: str) -> None:
    draft = json.loads((FIXTURES / "draft_grounded.json").read_text(encoding="utf-8"))
    completion = {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": "m",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": json.dumps(draft["draft"])},
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }
    engine = LLMEngine(base_url="http://127.0.0.1:9/v1", model="m", mode="json_schema")
    briefing = engine.parse_completion(parse(seed_text), completion)
    assert briefing.meta.usage.calls == 1 and briefing.meta.usage.completion_tokens == 5
    for ev in briefing.evidence():
        assert seed_text[ev.start : ev.end] == ev.quote
    completion["choices"][0]["finish_reason"] = "length"  # type: ignore[index]
    with pytest.raises(OutputTruncatedError):
        engine.parse_completion(parse(seed_text), completion)


def test_a_bug_of_ours_is_not_reported_as_a_model_error(
    scripted_server, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(article: object) -> list[dict[str, str]]:
        raise KeyError("no such template variable")

    monkeypatch.setattr(engine_module, "render_messages", broken)
    scripted_server.reply_fixture("draft_grounded")
    with pytest.raises(KeyError, match="no such template variable"):
        summarize(seed_text, engine=engine_for(scripted_server))
    assert scripted_server.requests == []
