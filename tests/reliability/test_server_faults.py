"""Faults from the model server (issue 5, "Faults from the model server").

The retry policy under test (README, "Reliability"):

- transport faults — connection refused or dropped, timeouts, HTTP 408/409/429/5xx — are
  retried by the openai client itself: ``http_retries`` retries (default 2), exponential
  backoff from 0.5 s with jitter, or the server's ``Retry-After`` when it gives one;
- answers that fail validation — not JSON, cut off, not the schema, a quote not in the
  article, a speaker that is no actor — are re-asked by instructor under a tenacity policy,
  with the validation errors sent back, up to ``SUMMARIZER_ATTEMPTS`` attempts in all
  (default 3), and never past ``--max-tokens-per-article``;
- then the error is typed (:class:`ServerError`, :class:`ModelOutputError`,
  :class:`BudgetExceededError`) and the CLI prints one line with the cause and the calls
  and tokens spent.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

import summarizer
import summarizer.atomic
from summarizer import summarize
from summarizer.atomic import write_text
from summarizer.cli import main
from summarizer.engines.llm import LLMEngine
from summarizer.errors import BudgetExceededError, ModelOutputError, OutputTruncatedError, ServerError
from summarizer.schema import Briefing

from .servers import FaultServer, completion, fixture_completion, free_port

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
SERVER_ERROR = b'{"error": {"message": "injected fault"}}'


def engine_for(server: FaultServer, *, attempts: int = 3, http_retries: int = 0, timeout: float = 30) -> LLMEngine:
    return LLMEngine(
        base_url=server.base_url,
        api_key="sk-test-not-a-real-key",
        model="scripted",
        mode="json_schema",
        attempts=attempts,
        http_retries=http_retries,
        timeout=timeout,
    )


def assert_grounded(briefing: Briefing, article: str) -> None:
    for ev in briefing.evidence():
        assert article[ev.start : ev.end] == ev.quote


# -- transport faults: retried by the openai client --------------------------------------------


def test_connection_refused(seed_text: str) -> None:
    engine = LLMEngine(base_url=f"http://127.0.0.1:{free_port()}/v1", api_key="sk-x", http_retries=1, timeout=5)
    with pytest.raises(ServerError, match=r"cannot reach the model server .*0 call\(s\), 0 tokens spent"):
        summarize(seed_text, engine=engine)


def test_connection_dropped_then_answered(fault_server: FaultServer, seed_text: str) -> None:
    fault_server.then(drop=True)
    fault_server.then(body=fixture_completion("draft_grounded"))
    briefing = summarize(seed_text, engine=engine_for(fault_server, http_retries=1))
    assert len(fault_server.requests) == 2
    assert_grounded(briefing, seed_text)


def test_timeout_is_a_deadline_per_article(fault_server: FaultServer, seed_text: str) -> None:
    for _ in range(3):  # answers, but only after the deadline
        fault_server.then(body=fixture_completion("draft_grounded"), delay=3.0)
    started = time.monotonic()
    with pytest.raises(ServerError, match=r"timed out|deadline passed"):
        summarize(seed_text, engine=engine_for(fault_server, http_retries=2, timeout=1.0))
    assert time.monotonic() - started < 2.9  # retries do not restart the clock
    assert len(fault_server.requests) == 1  # no retry is sent past the deadline


def test_429_with_retry_after_waits_as_told(fault_server: FaultServer, seed_text: str) -> None:
    fault_server.then(429, SERVER_ERROR, {"retry-after": "1"})
    fault_server.then(body=fixture_completion("draft_grounded"))
    briefing = summarize(seed_text, engine=engine_for(fault_server, http_retries=2))
    assert len(fault_server.requests) == 2
    assert fault_server.gaps()[0] >= 0.95  # Retry-After: 1 (the default backoff would be <= 0.5 s)
    assert briefing.meta.usage.calls == 1  # the refused request cost nothing
    assert_grounded(briefing, seed_text)


def test_429_without_retry_after_backs_off(fault_server: FaultServer, seed_text: str) -> None:
    fault_server.then(429, SERVER_ERROR)
    fault_server.then(429, SERVER_ERROR)
    fault_server.then(body=fixture_completion("draft_grounded"))
    summarize(seed_text, engine=engine_for(fault_server, http_retries=2))
    first, second = fault_server.gaps()
    assert 0.3 <= first <= 3 and 0.7 <= second <= 5  # 0.5 s, then 1 s, each minus up to 25% jitter


def test_429_after_every_retry_is_typed(fault_server: FaultServer, seed_text: str) -> None:
    for _ in range(3):
        fault_server.then(429, SERVER_ERROR, {"retry-after": "0.1"})
    with pytest.raises(ServerError, match=r"HTTP 429: .*injected fault.*; 0 call\(s\), 0 tokens spent"):
        summarize(seed_text, engine=engine_for(fault_server, http_retries=2))
    assert len(fault_server.requests) == 3


def test_500_then_503_then_success(fault_server: FaultServer, seed_text: str) -> None:
    fault_server.then(500, SERVER_ERROR, {"retry-after": "0.1"})
    fault_server.then(503, SERVER_ERROR, {"retry-after": "0.1"})
    fault_server.then(body=fixture_completion("draft_grounded"))
    briefing = summarize(seed_text, engine=engine_for(fault_server, http_retries=2))
    assert len(fault_server.requests) == 3
    assert_grounded(briefing, seed_text)


@pytest.mark.parametrize("status", [500, 503])
def test_5xx_without_retries_is_typed(fault_server: FaultServer, seed_text: str, status: int) -> None:
    fault_server.then(status, SERVER_ERROR)
    with pytest.raises(ServerError, match=f"HTTP {status}"):
        summarize(seed_text, engine=engine_for(fault_server))
    assert len(fault_server.requests) == 1


# -- bad answers: re-asked under the tenacity policy -------------------------------------------


def test_body_that_is_not_json_is_asked_again(fault_server: FaultServer, seed_text: str) -> None:
    fault_server.then(body=b"this is not json at all")
    fault_server.then(body=fixture_completion("draft_grounded"))
    briefing = summarize(seed_text, engine=engine_for(fault_server))
    assert len(fault_server.requests) == 2
    assert_grounded(briefing, seed_text)


def test_html_error_page_with_status_200_is_typed(fault_server: FaultServer, seed_text: str) -> None:
    fault_server.then(body=b"<html><body>502 Bad Gateway</body></html>", headers={"content-type": "text/html"})
    with pytest.raises(ModelOutputError, match="No choices"):
        summarize(seed_text, engine=engine_for(fault_server))


def test_body_cut_off_midway_is_asked_again_then_typed(fault_server: FaultServer, seed_text: str) -> None:
    cut = fixture_completion("draft_grounded")[:300]
    fault_server.then(body=cut)
    fault_server.then(body=fixture_completion("draft_grounded"))
    assert_grounded(summarize(seed_text, engine=engine_for(fault_server)), seed_text)

    fault_server.then(body=cut)
    fault_server.then(body=cut)
    with pytest.raises(ModelOutputError, match=r"after 2 attempt\(s\): the answer is not valid JSON") as caught:
        summarize(seed_text, engine=engine_for(fault_server, attempts=2))
    assert caught.value.attempts == 2


def test_answer_cut_at_the_token_limit_is_never_re_asked(fault_server: FaultServer, seed_text: str) -> None:
    draft = json.loads((ROOT / "tests" / "fixtures" / "draft_grounded.json").read_text(encoding="utf-8"))
    content = json.dumps(draft["draft"], ensure_ascii=False)[:200]
    for _ in range(3):
        fault_server.then(body=completion(content, finish_reason="length"))
    cut_off = r"cut off at max_tokens=8192: raise SUMMARIZER_MAX_TOKENS"
    with pytest.raises(OutputTruncatedError, match=cut_off) as caught:
        summarize(seed_text, engine=engine_for(fault_server))
    # the same request would be cut the same way: one call, paid once
    assert len(fault_server.requests) == 1
    assert caught.value.attempts == 1 and caught.value.completion_tokens == 100
    assert "1 call(s), 1100 tokens spent" in str(caught.value)


def test_a_server_that_drips_bytes_fails_at_the_deadline(fault_server: FaultServer, seed_text: str) -> None:
    # one byte every 0.2 s: each read is quick, the reply never ends in time
    fault_server.then(body=fixture_completion("draft_grounded"), drip=0.2)
    started = time.monotonic()
    with pytest.raises(ServerError, match="deadline passed"):
        summarize(seed_text, engine=engine_for(fault_server, http_retries=2, timeout=2.0))
    assert time.monotonic() - started < 5.0


def test_a_silent_server_fails_at_the_deadline_whatever_the_retries(fault_server: FaultServer, seed_text: str) -> None:
    for _ in range(3):
        fault_server.then(body=fixture_completion("draft_grounded"), delay=30.0)
    started = time.monotonic()
    with pytest.raises(ServerError, match=r"timed out|deadline passed"):
        summarize(seed_text, engine=engine_for(fault_server, http_retries=2, timeout=1.5))
    assert time.monotonic() - started < 4.0


def test_a_huge_reply_is_cut_and_never_sent_back(fault_server: FaultServer, seed_text: str) -> None:
    padding = "x" * (9 * 1024 * 1024)
    fault_server.then(body=completion(json.dumps({"summary": padding})))
    with pytest.raises(ServerError, match="reply passed 8 MiB"):
        summarize(seed_text, engine=engine_for(fault_server))
    assert len(fault_server.requests) == 1  # no re-ask carried it back


def test_json_not_matching_the_schema_is_re_asked_with_the_reason(fault_server: FaultServer, seed_text: str) -> None:
    fault_server.then(body=completion('{"headline": "Trump et Poutine", "people": ["Trump"]}'))
    fault_server.then(body=fixture_completion("draft_grounded"))
    briefing = summarize(seed_text, engine=engine_for(fault_server))
    reask = json.dumps(fault_server.requests[1]["messages"], ensure_ascii=False)
    assert "summary" in reask and "Field required" in reask
    assert briefing.meta.usage.calls == 2
    assert_grounded(briefing, seed_text)


def test_json_not_matching_the_schema_every_time_is_typed(fault_server: FaultServer, seed_text: str) -> None:
    for _ in range(2):
        fault_server.then(body=completion('{"foo": 1}'))
    with pytest.raises(ModelOutputError, match=r"summary: Field required.*2 call\(s\), 2200 tokens spent"):
        summarize(seed_text, engine=engine_for(fault_server, attempts=2))


def test_quote_not_in_the_article_is_re_asked_then_succeeds(fault_server: FaultServer, seed_text: str) -> None:
    fault_server.then(body=fixture_completion("draft_ungrounded_quote"))
    fault_server.then(body=fixture_completion("draft_grounded"))
    briefing = summarize(seed_text, engine=engine_for(fault_server))
    reask = json.dumps(fault_server.requests[1]["messages"], ensure_ascii=False)
    assert "not verbatim in the article" in reask and "la paix est déjà signée avec Moscou" in reask
    assert_grounded(briefing, seed_text)


def test_quote_not_in_the_article_every_time_fails_typed(fault_server: FaultServer, seed_text: str) -> None:
    for _ in range(3):
        fault_server.then(body=fixture_completion("draft_ungrounded_quote"))
    with pytest.raises(ModelOutputError, match="not verbatim in the article") as caught:
        summarize(seed_text, engine=engine_for(fault_server))
    assert (caught.value.attempts, caught.value.prompt_tokens, caught.value.completion_tokens) == (3, 3000, 300)


def test_speaker_naming_no_actor_is_re_asked_then_succeeds(fault_server: FaultServer, seed_text: str) -> None:
    fault_server.then(body=fixture_completion("draft_unknown_speaker"))
    fault_server.then(body=fixture_completion("draft_grounded"))
    briefing = summarize(seed_text, engine=engine_for(fault_server))
    assert "'hegseth' is not an actor id" in json.dumps(fault_server.requests[1]["messages"], ensure_ascii=False)
    assert {c.speaker for c in briefing.claims} <= {a.id for a in briefing.actors}


def test_token_budget_stops_re_asking(fault_server: FaultServer, seed_text: str) -> None:
    for _ in range(3):
        fault_server.then(body=fixture_completion("draft_ungrounded_quote"))
    engine = engine_for(fault_server)
    engine.budget = 1500  # one call costs 1,100 tokens: a second would pass 1,500
    with pytest.raises(BudgetExceededError, match=r"budget of 1500 tokens \(1 call\(s\), 1100 tokens spent\)"):
        summarize(seed_text, engine=engine)
    assert len(fault_server.requests) == 1


# -- what the CLI user sees after the cap --------------------------------------------------------


@pytest.fixture
def llm_env(monkeypatch: pytest.MonkeyPatch, fault_server: FaultServer) -> FaultServer:
    monkeypatch.setenv("OPENAI_BASE_URL", fault_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    monkeypatch.setenv("SUMMARIZER_MODEL", "scripted")
    monkeypatch.setenv("SUMMARIZER_ATTEMPTS", "2")
    return fault_server


def test_cli_after_the_attempts_cap_one_line_with_cause_and_tokens(
    llm_env: FaultServer, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(2):
        llm_env.then(body=fixture_completion("draft_unknown_speaker"))
    assert main([str(SEED), "--no-cache"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    line = captured.err.strip()
    assert line.startswith(f"summarize: {SEED}: no valid grounded briefing after 2 attempt(s): ")
    assert "'hegseth' is not an actor id" in line
    assert line.endswith("2 call(s), 2180 tokens spent")


def test_cli_after_the_token_cap_one_line_with_tokens(llm_env: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    llm_env.then(body=fixture_completion("draft_ungrounded_quote"))
    assert main([str(SEED), "--no-cache", "--max-tokens-per-article", "1500"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"summarize: {SEED}: stopped re-asking: another attempt would pass the budget of 1500 tokens "
        "(1 call(s), 1100 tokens spent)"
    )


def test_cli_server_error_one_line(llm_env: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    for _ in range(3):  # the CLI's client retries twice
        llm_env.then(503, SERVER_ERROR, {"retry-after": "0.1"})
    assert main([str(SEED), "--no-cache"]) == 1
    line = capsys.readouterr().err.strip()
    assert "\n" not in line and line.startswith(f"summarize: {SEED}: the model server answered HTTP 503: ")
    assert "injected fault" in line and line.endswith("; 0 call(s), 0 tokens spent")
    assert len(llm_env.requests) == 3


# -- no partially written output -----------------------------------------------------------------


def test_failure_mid_batch_leaves_only_finished_outputs(
    llm_env: FaultServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    inputs = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(SEED.read_bytes())
        inputs.append(str(path))
    llm_env.then(body=fixture_completion("draft_grounded"))  # a
    llm_env.then(body=fixture_completion("draft_unknown_speaker"))  # b, twice: fails
    llm_env.then(body=fixture_completion("draft_unknown_speaker"))
    llm_env.then(body=fixture_completion("draft_grounded"))  # c
    out = tmp_path / "out"
    assert main([*inputs, "-o", str(out), "-j", "1", "--no-cache", "--format", "markdown"]) == 1
    assert sorted(os.listdir(out)) == ["a.md", "c.md"]  # no b.md, no .b.md.*.tmp
    assert "b.txt: no valid grounded briefing" in capsys.readouterr().err


def test_failure_while_writing_leaves_no_temporary_file(
    llm_env: FaultServer, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(SEED.read_bytes())
        inputs.append(str(path))
        llm_env.then(body=fixture_completion("draft_grounded"))
    real_replace = os.replace

    def replace(src: str, dst: str | Path) -> None:
        if Path(dst).name == "b.json":
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(summarizer.atomic.os, "replace", replace)
    out = tmp_path / "out"
    assert main([*inputs, "-o", str(out), "-j", "1", "--no-cache"]) == 1
    assert sorted(os.listdir(out)) == ["a.json", "c.json"]
    err = capsys.readouterr().err
    assert f"b.txt: cannot write {out / 'b.json'} (No space left on device)" in err


def test_interrupted_write_keeps_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "briefing.json"
    target.write_text('{"old": true}', encoding="utf-8")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(summarizer.atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text(target, '{"new": "half written')
    assert target.read_text(encoding="utf-8") == '{"old": true}'
    assert os.listdir(tmp_path) == ["briefing.json"]


def test_cli_timeout_bounds_a_silent_server(fault_server: FaultServer, capsys: pytest.CaptureFixture[str]) -> None:
    for _ in range(3):
        fault_server.then(body=fixture_completion("draft_grounded"), delay=30.0)
    started = time.monotonic()
    code = main(
        ["--engine", "llm", "--base-url", fault_server.base_url, "--model", "scripted", "--timeout", "1.5", str(SEED)]
    )
    assert code == 1
    assert time.monotonic() - started < 5.0
    err = capsys.readouterr().err
    assert "1.5 s per article" in err and len(err.strip().splitlines()) == 1


def test_one_engine_serves_several_batches(seed_text: str) -> None:
    # each summarize_many runs its own event loop; kept-alive connections of the last one
    # belong to a closed loop and must not be reused
    server = FaultServer(keep_alive=True)
    try:
        engine = engine_for(server)
        for _ in range(3):
            for _ in range(4):
                server.then(body=fixture_completion("draft_grounded"))
            outcomes = list(summarizer.summarize_many([seed_text] * 4, engine=engine, jobs=4))
            assert [o.error for o in outcomes] == [None] * 4
        assert len(server.requests) == 12
    finally:
        server.close()
