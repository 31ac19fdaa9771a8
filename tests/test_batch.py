"""Many articles: concurrency, per-item errors, the cache, budgets, costs and long inputs.

The LLM side is driven by the scripted loopback server with hand-written drafts
(tests/fixtures/); nothing here needs a model.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from summarizer import summarize, summarize_many
from summarizer.cache import cache_key
from summarizer.cli import main
from summarizer.engines.llm import LLMEngine
from summarizer.engines.llm.chunking import Chunk, merge, split
from summarizer.errors import BudgetExceededError, EmptyInputError
from summarizer.schema import Actor, Briefing, Claim, Evidence, Meta, Source


def engine_for(server: object, **options: object) -> LLMEngine:
    return LLMEngine(
        base_url=server.base_url,  # type: ignore[attr-defined]
        api_key="sk-test-not-a-real-key",
        model="gpt-4o-mini",
        mode="json_schema",
        http_retries=0,
        **options,  # type: ignore[arg-type]
    )


def variants(seed_text: str, n: int) -> list[str]:
    """Distinct articles (different sha256) that the seed's draft still grounds in."""
    return [seed_text + f"\n\nMise à jour {i}." for i in range(n)]


def test_summarize_many_isolates_a_bad_input(scripted_server, seed_text: str) -> None:
    for _ in range(3):
        scripted_server.reply_fixture("draft_grounded")
    texts = [*variants(seed_text, 3), "   "]

    outcomes = sorted(summarize_many(texts, jobs=3, engine=engine_for(scripted_server)), key=lambda o: o.index)

    assert [o.index for o in outcomes] == [0, 1, 2, 3]
    assert all(o.briefing is not None and o.error is None for o in outcomes[:3])
    assert isinstance(outcomes[3].error, EmptyInputError) and outcomes[3].briefing is None
    assert len(scripted_server.requests) == 3  # the blank text never reached the server


def test_cache_serves_the_second_run_and_ignores_a_corrupt_entry(
    scripted_server, seed_text: str, tmp_path: Path
) -> None:
    engine = engine_for(scripted_server)
    scripted_server.reply_fixture("draft_grounded")
    first = list(summarize_many([seed_text], engine=engine, cache=tmp_path))
    assert not first[0].cached and len(scripted_server.requests) == 1

    second = list(summarize_many([seed_text], engine=engine, cache=tmp_path))
    assert second[0].cached and len(scripted_server.requests) == 1  # no new request
    assert second[0].briefing == first[0].briefing

    entry = next(tmp_path.rglob("*.json"))
    entry.write_text("{not json", encoding="utf-8")
    scripted_server.reply_fixture("draft_grounded")
    third = list(summarize_many([seed_text], engine=engine, cache=tmp_path))
    assert not third[0].cached and third[0].briefing is not None
    assert len(scripted_server.requests) == 2
    json.loads(entry.read_text(encoding="utf-8"))  # rewritten whole


def test_cache_key_changes_with_every_part() -> None:
    base = {"engine": "llm", "model": "m", "prompt_sha256": "p", "article_sha256": "a"}
    keys = {cache_key(**base)} | {cache_key(**{**base, k: v + "x"}) for k, v in base.items()}
    assert len(keys) == 5


def test_budget_stops_re_asking(scripted_server, seed_text: str) -> None:
    # each hand-written answer reports 1,100 tokens; a third attempt would pass 2,500
    for _ in range(3):
        scripted_server.reply_fixture("draft_ungrounded_quote")
    engine = engine_for(scripted_server, attempts=5, max_tokens_per_article=2500)

    with pytest.raises(BudgetExceededError, match="budget of 2500 tokens") as caught:
        summarize(seed_text, engine=engine)

    assert len(scripted_server.requests) == 2
    assert caught.value.prompt_tokens + caught.value.completion_tokens == 2200


def test_cost_from_the_price_table(scripted_server, seed_text: str) -> None:
    scripted_server.reply_fixture("draft_grounded")
    briefing = summarize(seed_text, engine=engine_for(scripted_server))
    # gpt-4o-mini: $0.15 / M prompt tokens, $0.60 / M completion tokens; 1200 + 300 tokens
    assert briefing.meta.usage.cost_usd == pytest.approx(1200 * 0.15e-6 + 300 * 0.60e-6)


def test_split_keeps_paragraphs_whole_and_overlaps() -> None:
    paragraphs = [f"Paragraphe {i}. " + "mot " * 40 for i in range(6)]
    text = "\n\n".join(paragraphs)
    chunks = split(text, 600)
    assert len(chunks) > 1
    assert chunks[0].start == 0 and chunks[-1].end == len(text)
    for before, after in itertools.pairwise(chunks):
        assert after.start < before.end  # overlap
        assert text[after.start : after.end].startswith("Paragraphe")
    assert all(c.end - c.start <= 600 for c in chunks)


def test_merge_maps_offsets_back_and_merges_actors() -> None:
    article = "Le ministre Jean Dupont a dit bonjour.\n\nDupont a ensuite dit au revoir."
    first, second = Chunk(0, 38), Chunk(40, len(article))
    meta = Meta(engine="llm", model="m")

    def part(chunk: Chunk, actor: Actor, quote: str) -> Briefing:
        local = article[chunk.start : chunk.end]
        start = local.index(quote)
        claim = Claim(
            id="c1",
            speaker=actor.id,
            text=quote,
            kind="indirect",
            cue="a dit",
            evidence=[Evidence(quote=quote, start=start, end=start + len(quote))],
        )
        source = Source(sha256="x", language="fr", chars=len(local))
        return Briefing(source=source, summary="s", actors=[actor], claims=[claim], meta=meta)

    parts = [
        (first, part(first, Actor(id="dupont", name="Jean Dupont", kind="person", aliases=["Dupont"]), "bonjour")),
        (second, part(second, Actor(id="a1", name="Dupont", kind="person"), "au revoir")),
    ]
    merged = merge(parts, source=Source(sha256="y", language="fr", chars=len(article)), meta=meta)

    assert [a.name for a in merged.actors] == ["Jean Dupont"]
    assert [c.speaker for c in merged.claims] == ["dupont", "dupont"]
    for ev in merged.evidence():
        assert article[ev.start : ev.end] == ev.quote


def test_long_article_is_chunked_and_merged(scripted_server, seed_text: str) -> None:
    # two copies of the seed: past a 6,000-character chunk, so two requests, each of whose
    # chunks holds every quote of the hand-written draft
    long_text = seed_text.rstrip() + "\n\n" + seed_text.strip()
    for _ in range(2):
        scripted_server.reply_fixture("draft_grounded")
    engine = engine_for(scripted_server, context_tokens=2000)

    briefing = summarize(long_text, engine=engine)

    assert len(scripted_server.requests) == 2  # one request per chunk
    assert briefing.meta.usage.calls == 2
    assert briefing.meta.usage.prompt_tokens == 2 * 1200
    for ev in briefing.evidence():
        assert long_text[ev.start : ev.end] == ev.quote
    assert sorted(a.name for a in briefing.actors) == ["Donald Trump", "Pete Hegseth", "Ukraine"]
    second_copy = long_text.index(seed_text.strip())
    assert any(ev.start > second_copy for ev in briefing.evidence())


def test_cli_resumes_and_counts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_text: str
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    inputs = []
    for i, text in enumerate(variants(seed_text, 2)):
        path = tmp_path / f"a{i}.txt"
        path.write_text(text, encoding="utf-8")
        inputs.append(str(path))
    out = tmp_path / "out"

    assert main([*inputs, "-o", str(out), "--engine", "offline"]) == 0
    assert "2 done" in capsys.readouterr().err
    assert main([*inputs, "-o", str(out), "--engine", "offline"]) == 0
    assert "0 done (0 from cache), 2 already current" in capsys.readouterr().err
    Path(inputs[0]).write_text(seed_text + "\n\nUne correction.", encoding="utf-8")
    assert main([*inputs, "-o", str(out), "--engine", "offline"]) == 0
    assert "1 done (0 from cache), 1 already current" in capsys.readouterr().err


@pytest.mark.slow
def test_fifty_inputs_with_broken_ones(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    cases = sorted(Path(__file__).resolve().parent.parent.joinpath("evals", "cases").glob("fr-*/article.txt"))
    inputs = []
    for i in range(47):
        path = tmp_path / f"article_{i:02d}.txt"
        path.write_bytes(cases[i % len(cases)].read_bytes())
        inputs.append(str(path))
    (tmp_path / "broken_empty.txt").write_text("")
    (tmp_path / "broken_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "broken_latin1.txt").write_bytes("Le député a été réélu.".encode("latin-1"))
    broken = [str(tmp_path / n) for n in ("broken_empty.txt", "broken_binary.txt", "broken_latin1.txt")]
    out = tmp_path / "out"

    assert main([*inputs[:20], *broken, *inputs[20:], "-o", str(out), "--engine", "offline"]) == 1

    *errors, summary = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3 and all(any(b in e for b in broken) for e in errors)
    assert summary.startswith("summarize: 47 done") and "3 failed" in summary
    assert len(list(out.glob("*.json"))) == 47
    assert not [p for p in out.iterdir() if p.suffix != ".json"]  # no temporary files left
