"""The offline engine (spaCy + lexicons): actors, claims, grounding, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.article import Article, parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import fold
from summarizer.errors import ConfigurationError
from summarizer.schema import Briefing

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted(p for p in (ROOT / "evals" / "cases").iterdir() if (p / "article.txt").exists())


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine()


@pytest.fixture(scope="module")
def seed_briefing(engine: OfflineEngine, seed_text: str) -> Briefing:
    return engine.summarize(parse(seed_text))


def names(briefing: Briefing, actor_id: str | None) -> set[str]:
    actor = briefing.actor(actor_id) if actor_id else None
    return {fold(n) for n in ([actor.name, *actor.aliases] if actor else [])}


def claims_containing(briefing: Briefing, words: str) -> list[str | None]:
    return [c.speaker for c in briefing.claims if words in c.evidence[0].quote]


def test_seed_names_the_main_actors(seed_briefing: Briefing) -> None:
    known = set().union(*(names(seed_briefing, a.id) for a in seed_briefing.actors))
    for name in ("Trump", "Poutine", "Zelensky", "Hegseth", "Barrot", "Kremlin"):
        assert fold(name) in known, f"{name} missing from {sorted(known)}"


def test_hegseth_says_a_return_to_2014_borders_is_unrealistic(seed_briefing: Briefing) -> None:
    speakers = claims_containing(seed_briefing, "irréaliste")
    assert speakers, "no claim carries 'irréaliste'"
    assert all("hegseth" in names(seed_briefing, s) for s in speakers)


def test_truth_social_quote_is_trumps(seed_briefing: Briefing) -> None:
    speakers = claims_containing(seed_briefing, "Nous sommes convenus")
    assert speakers and all("trump" in names(seed_briefing, s) for s in speakers)
    claim = next(c for c in seed_briefing.claims if "Nous sommes convenus" in c.evidence[0].quote)
    assert claim.kind == "direct"
    assert claim.cue and "écrit" in claim.cue


def test_seed_summary_is_extractive(seed_briefing: Briefing, seed_text: str) -> None:
    flat = " ".join(seed_text.split())
    assert seed_briefing.summary
    assert seed_briefing.summary.split(". ")[0] in flat


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_evidence_is_a_slice_of_the_article(engine: OfflineEngine, case: Path) -> None:
    text = (case / "article.txt").read_text(encoding="utf-8")
    briefing = engine.summarize(parse(text))
    Briefing.model_validate(briefing.model_dump(), context={"article": text})
    for ev in briefing.evidence():
        assert text[ev.start : ev.end] == ev.quote


def test_english_article(engine: OfflineEngine) -> None:
    text = (ROOT / "evals" / "cases" / "en-2019-01-07-trump-border-emergency" / "article.txt").read_text(
        encoding="utf-8"
    )
    briefing = engine.summarize(parse(text))
    assert briefing.source.language == "en"
    pelosi = next(a for a in briefing.actors if "pelosi" in fold(a.name))
    assert any(c.speaker == pelosi.id and "committed to keeping our border safe" in c.evidence[0].quote
               for c in briefing.claims)


def test_article_without_actors_gives_an_empty_valid_briefing(engine: OfflineEngine) -> None:
    text = "Il pleut depuis trois jours sur la ville. Les rues sont mouillées et le ciel reste gris."
    briefing = engine.summarize(parse(text))
    assert briefing.actors == [] and briefing.claims == [] and briefing.disagreements == []
    assert briefing.summary
    Briefing.model_validate(briefing.model_dump(), context={"article": text})


def test_output_is_deterministic(engine: OfflineEngine, seed_text: str) -> None:
    first = engine.summarize(parse(seed_text)).model_dump_json()
    again = OfflineEngine().summarize(parse(seed_text)).model_dump_json()
    assert first == again


def test_summarize_many_keeps_order_across_languages(engine: OfflineEngine, seed_text: str) -> None:
    english = (CASES[0] / "article.txt").read_text(encoding="utf-8")
    articles: list[Article] = [parse(seed_text), parse(english), parse(seed_text)]
    out = list(engine.summarize_many(articles))
    assert [b.source.language for b in out] == ["fr", "en", "fr"]
    assert out[0].model_dump_json() == out[2].model_dump_json()


def test_unknown_option_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        OfflineEngine(temperature=0.3)
