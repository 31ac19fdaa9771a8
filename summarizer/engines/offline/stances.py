"""Positions (an actor's claims grouped by topic) and disagreements between actors.

A disagreement is reported only when the article shows it:

* two claims of different speakers in one sentence joined by a contrast ("présentée par
  X comme … mais dénoncée … par Y", "X says A, but Y says B");
* a claim whose cue opposes (démentir, rejeter, dénoncer, deny, reject, criticise …) or
  whose content judges something wrong (irréaliste, faux, non-starter …): its speaker
  against the actor the claim names, or else against the last other speaker on the
  same topic;
* a negated claim against another speaker's claim sharing its key words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from .actors import ActorRecord, ActorRegistry
from .claims import ClaimRecord
from .lexicon import SpeechLexicon, fold

_CONTENT_POS = {"NOUN", "PROPN"}


@dataclass
class DisagreementRecord:
    """Two sides and the text that shows they conflict (body offsets)."""

    topic: str
    sides: tuple[list[ActorRecord], list[ActorRecord]]
    stances: tuple[str, str]
    spans: list[tuple[int, int]]


@dataclass
class PositionRecord:
    actor: ActorRecord
    topic: str
    claims: list[ClaimRecord]


class StanceAnalyser:
    """Topics, positions and disagreements over the claims of one document."""

    def __init__(self, doc: Any, claims: list[ClaimRecord], actors: ActorRegistry, lexicon: SpeechLexicon) -> None:
        self.doc = doc
        self.claims = claims
        self.actors = actors
        self.lex = lexicon
        self.text: str = doc.text
        words = [fold(t.text) for t in doc if t.pos_ in _CONTENT_POS and not t.is_stop and len(t.text) > 2]
        self.salience = Counter(words)

    # ----------------------------------------------------------------- topics
    def _tokens(self, claim: ClaimRecord) -> list[Any]:
        span = self.doc.char_span(claim.start, claim.end, alignment_mode="expand")
        return list(span) if span is not None else []

    def keywords(self, claim: ClaimRecord) -> set[str]:
        return {fold(t.text) for t in self._tokens(claim)
                if t.pos_ in _CONTENT_POS and not t.is_stop and len(t.text) > 2}

    def topic(self, claim: ClaimRecord) -> str:
        """The claim's most salient noun phrase in the article, as a short label."""
        best: Any = None
        for tok in self._tokens(claim):
            if tok.pos_ in _CONTENT_POS and not tok.is_stop and len(tok.text) > 2 and (
                    best is None or self.salience[fold(tok.text)] > self.salience[fold(best.text)]):
                best = tok
        if best is None:
            return "déclaration" if self.lex.language == "fr" else "statement"
        close = {"amod", "compound", "flat:name", "flat"}
        mods = [t for t in best.children if t.dep_ in close and abs(t.i - best.i) <= 2]
        toks = sorted([best, *mods], key=lambda t: t.i)
        return " ".join(t.text for t in toks)

    # ----------------------------------------------------------------- positions
    def positions(self) -> list[PositionRecord]:
        out: dict[tuple[int, str], PositionRecord] = {}
        for claim in self.claims:
            topic = self.topic(claim)
            key = (id(claim.speaker), fold(topic))
            if key not in out:
                out[key] = PositionRecord(claim.speaker, topic, [])
            out[key].claims.append(claim)
        return list(out.values())

    # ----------------------------------------------------------------- disagreements
    def _text(self, claim: ClaimRecord) -> str:
        return str(self.text[claim.start : claim.end])

    def _judges(self, claim: ClaimRecord) -> bool:
        return bool({fold(t.text) for t in self._tokens(claim)} & self.lex.oppose_words)

    def _negated(self, claim: ClaimRecord) -> bool:
        return bool({fold(t.text) for t in self._tokens(claim)} & self.lex.negation)

    def _contrast_between(self, a: ClaimRecord, b: ClaimRecord) -> bool:
        lo, hi = min(a.end, b.end), max(a.start, b.start)
        between = " " + fold(self.text[lo:hi]) + " "
        return any(f" {c} " in between for c in self.lex.contrast)

    def _named_in(self, claim: ClaimRecord) -> list[ActorRecord]:
        out: list[ActorRecord] = []
        for tok in self._tokens(claim):
            rec = self.actors.token_actor.get(tok.i)
            if rec is not None and rec is not claim.speaker and rec not in out and self.actors.worth(rec):
                out.append(rec)
        return out

    def disagreements(self) -> list[DisagreementRecord]:
        found: list[DisagreementRecord] = []
        seen: set[frozenset[int]] = set()

        def add(a: ClaimRecord, other: ActorRecord, b: ClaimRecord | None) -> None:
            if other is a.speaker:
                return
            key = frozenset({id(a.speaker), id(other)})
            if key in seen:
                return
            seen.add(key)
            spans = [(a.start, a.end)] + ([(b.start, b.end)] if b is not None else [])
            stance_b = self._text(b) if b is not None else f"named by {a.speaker.name}"
            found.append(DisagreementRecord(self.topic(a), ([a.speaker], [other]), (self._text(a), stance_b),
                                            spans))

        for i, a in enumerate(self.claims):
            # same sentence, different speakers, contrast between them
            for b in self.claims[i + 1 :]:
                if b.sentence == a.sentence and b.speaker is not a.speaker and self._contrast_between(a, b):
                    add(a, b.speaker, b)
            if not (a.oppose or self._judges(a) or self._negated(a)):
                continue
            others = [b for b in self.claims if b.speaker is not a.speaker]
            shared = [b for b in others if len(self.keywords(a) & self.keywords(b)) >= 2]
            if shared:
                best = max(shared, key=lambda b: (len(self.keywords(a) & self.keywords(b)), -abs(b.start - a.start)))
                add(a, best.speaker, best)
            if not (a.oppose or self._judges(a)):
                continue
            named = self._named_in(a)
            if named:
                add(a, named[0], None)
            elif not shared and others:
                earlier = [b for b in others if b.start < a.start] or others
                add(a, earlier[-1].speaker, earlier[-1])
        return found
