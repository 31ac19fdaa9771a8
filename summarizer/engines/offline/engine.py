"""The offline engine: a deterministic linguistic briefing on spaCy, no model server."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from ...article import Article
from ...errors import ConfigurationError, InputError
from ...quotation import find_quotes
from ...schema import Actor, Briefing, Claim, Disagreement, Evidence, Meta, Position, Side
from .actors import ActorRecord, ActorRegistry
from .claims import ClaimExtractor, ClaimRecord
from .lexicon import gazetteer, speech_lexicon
from .pipeline import load_pipeline, pipeline_name
from .stances import StanceAnalyser
from .summary import extract_summary

_OPTIONS = {"batch_size"}


class OfflineEngine:
    """Writes briefings with spaCy and curated lexicons; grounded by construction."""

    name = "offline"

    def __init__(self, **options: Any) -> None:
        unknown = sorted(set(options) - _OPTIONS)
        if unknown:
            raise ConfigurationError(f"the offline engine takes no option {', '.join(unknown)}")
        self.batch_size = int(options.get("batch_size", 16))

    def summarize(self, article: Article) -> Briefing:
        return next(iter(self.summarize_many([article])))

    def summarize_many(self, articles: Iterable[Article]) -> Iterator[Briefing]:
        """Briefings of ``articles`` in order, parsing runs of one language with ``nlp.pipe``."""
        for language, run in itertools.groupby(articles, key=_language):
            nlp = load_pipeline(language)
            batch = list(run)
            for article in batch:  # only when SUMMARIZER_MAX_CHARS was raised past spaCy's limit
                if len(article.text) - _analysis_start(article) > nlp.max_length:
                    raise InputError(
                        f"the article is {len(article.text):,} characters long; the offline engine reads "
                        f"at most {nlp.max_length:,} (spaCy); split it or use the llm engine"
                    )
            docs = nlp.pipe((a.text[_analysis_start(a) :] for a in batch), batch_size=self.batch_size)
            for article, doc in zip(batch, docs, strict=True):
                yield self._briefing(article, doc, language)

    def _briefing(self, article: Article, doc: Any, language: str) -> Briefing:
        lexicon = speech_lexicon(language)
        actors = ActorRegistry(lexicon, gazetteer())
        text_body = doc.text
        quoted = [(q.start, q.end) for q in find_quotes(text_body) if q.words(text_body) < 5]
        actors.add_entities(doc, quoted)
        claims = ClaimExtractor(doc, actors, lexicon).run()
        stances = StanceAnalyser(doc, claims, actors, lexicon)
        kept = actors.kept()
        ids = actors.slugs(kept)
        offset = _analysis_start(article)
        text = article.text
        body = text[offset:]

        def evidence(start: int, end: int) -> Evidence:
            s, e = start + offset, end + offset
            return Evidence(quote=text[s:e], start=s, end=e)

        def ref(record: ActorRecord) -> str:
            return ids[id(record)]

        out_claims = [
            Claim(
                id=f"c{n}",
                speaker=ref(c.speaker),
                text=" ".join(body[c.start : c.end].split()),
                kind=c.kind,
                cue=c.cue or None,
                evidence=[evidence(c.start, c.end)],
            )
            for n, c in enumerate(claims, 1)
            if id(c.speaker) in ids
        ]
        positions = [
            Position(
                actor=ref(p.actor),
                topic=p.topic,
                stance=_stance(p.actor, p.claims, body),
                evidence=[evidence(c.start, c.end) for c in p.claims],
            )
            for p in stances.positions()
            if id(p.actor) in ids
        ]
        disagreements = []
        for d in stances.disagreements():
            sides = [[ref(a) for a in _with_state(side, kept) if id(a) in ids] for side in d.sides]
            if all(sides):
                disagreements.append(
                    Disagreement(
                        topic=d.topic,
                        sides=[Side(actors=s, stance=_short(st)) for s, st in zip(sides, d.stances, strict=True)],
                        evidence=[evidence(s, e) for s, e in d.spans],
                    )
                )
        briefing = Briefing(
            source=article.source(),
            summary=extract_summary(doc, claims, body=article.body_start - offset),
            actors=[_actor(r, ref(r)) for r in kept],
            claims=out_claims,
            positions=positions,
            disagreements=disagreements,
            meta=Meta(engine=self.name, model=pipeline_name(language)),
        )
        # grounded by construction; validated all the same
        return Briefing.model_validate(briefing.model_dump(), context={"article": text})


def _analysis_start(article: Article) -> int:
    """Where analysis starts: the headline of a "date … title …" line, else the body.

    Headlines often carry a claim ("X says he 'can' …"), so they are analysed too.
    """
    if article.title and article.body_start:
        at = article.text.find(article.title, 0, article.body_start)
        if at >= 0:
            return at
    return article.body_start


def _language(article: Article) -> str:
    return "en" if article.language == "en" else "fr"


def _actor(record: ActorRecord, actor_id: str) -> Actor:
    return Actor(id=actor_id, name=record.name, kind=record.kind, role=record.role, aliases=list(record.aliases))


def _with_state(side: list[ActorRecord], kept: list[ActorRecord]) -> list[ActorRecord]:
    """An institution's side includes the state it speaks for, when that state is an actor."""
    out = list(side)
    for rec in side:
        if rec.country is not None:
            state = next((k for k in kept if rec.country in (k.name, *k.aliases)), None)
            if state is not None and state not in out:
                out.append(state)
    return out


def _stance(actor: ActorRecord, claims: list[ClaimRecord], text: str) -> str:
    first = claims[0]
    cue = first.cue or ("says" if not first.cue else first.cue)
    return _short(f"{actor.name} ({cue}): {' '.join(text[first.start : first.end].split())}")


def _short(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
