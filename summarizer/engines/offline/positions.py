"""Stage 5 — positions: one actor's claims grouped under a topic named by a salient noun phrase.

A claim's topic is the noun phrase of its most salient noun: the noun most often found in
the article's claims (a noun that names speaking or time, "déclaration", "weeks", never
names a topic; nor does a name of the speaker). An actor's claims that share a topic make
one position; its stance is what the first of them says.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from .actors import ActorTable
from .claims import ClaimRecord
from .document import Document, unspaced_letters
from .profile import LanguageProfile, fold

_CLOSE = {"amod", "compound", "flat:name", "flat", "nmod"}  # modifiers that stay with a topic noun


@dataclass(frozen=True)
class PositionRecord:
    actor: int
    topic: str
    claims: tuple[int, ...]  # indexes into the claims tuple


class Topics:
    """Salient nouns of the article's claims, and each claim's topic."""

    def __init__(self, text: Document, profile: LanguageProfile, claims: tuple[ClaimRecord, ...],
                 actors: ActorTable) -> None:
        self.t = text
        self.p = profile
        self.actors = actors
        self.claims = claims
        self._tokens = [self._span(c) for c in claims]
        counts: Counter[str] = Counter()
        for toks in self._tokens:
            counts.update({self._key(t) for t in toks if self._content(t)})
        self.salience = counts
        self.topic_of = tuple(self._topic(k) for k in range(len(claims)))

    def _span(self, c: ClaimRecord) -> list[Any]:
        span = self.t.span_tokens(c.start, c.end)
        return list(span) if span is not None else []

    def _key(self, tok: Any) -> str:
        return fold(tok.lemma_ or tok.text) if self.p.language == "en" else fold(tok.text).rstrip("sx")

    def _content(self, tok: Any) -> bool:
        # (a run of a script written without spaces is no noun the parser knows; a word split at its hyphens,
        # "stand-off", is one noun, its last part, whole)
        if self.t.inside_word(tok.i):
            return False
        whole = self.t.word_start(tok.i) < tok.i
        return (tok.pos_ == "NOUN" and (whole or not tok.is_stop) and len(tok.text) > 2
                and not unspaced_letters(tok.text) and self.t.word_at(tok.i) not in self.p.vague
                and self.actors.at(tok.i) is None)

    def nouns(self, k: int) -> set[str]:
        """The content nouns of claim ``k`` (keys)."""
        return {self._key(t) for t in self._tokens[k] if self._content(t)}

    def keywords(self, k: int) -> set[str]:
        return {self._key(t) for t in self._tokens[k] if self._content(t) or t.pos_ == "PROPN"}

    def _topic(self, k: int) -> str:
        best: Any = None
        for tok in self._tokens[k]:
            if self._content(tok) and (best is None or self.salience[self._key(tok)] > self.salience[self._key(best)]):
                best = tok
        if best is None:
            return ""
        mods = [t for t in best.children if t.dep_ in _CLOSE and 0 < abs(t.i - best.i) <= 3 and not t.is_punct
                and not self.p.has(t, "nominal_mod")]
        first = self.t.word_start(best.i)
        toks = sorted({*best.doc[first : best.i + 1], *mods}, key=lambda t: t.i)
        end = self._complement_end(best)
        if end is not None:  # one stretch of the text, as written
            last = best.doc[end]
            return " ".join(self.t.text[toks[0].idx : last.idx + len(last.text)].split())
        # (tokens the text writes glued stay glued: "stand-off")
        return "".join(t.text + ("" if n + 1 < len(toks) and toks[n + 1].i == t.i + 1 and not t.whitespace_ else " ")
                       for n, t in enumerate(toks)).rstrip().replace("' ", "'")

    def _complement_end(self, noun: Any) -> int | None:
        """Where the noun's short complement of possession or theme ends ("the fate of the
        valley", "le sort de la vallée", "frontières de 2014"): opened right after the noun by
        a preposition of possession, four words at most (its head noun when its own complements
        are longer), no punctuation; an agent ("invasion par X") is left out."""
        doc = noun.doc
        start = noun.i + 1
        if start >= len(doc) or fold(doc[start].text) not in self.p.grammar.of_preps:
            return None
        for prep, obj in self.p.pp_objects(noun):
            if prep not in self.p.grammar.of_preps or obj.i <= noun.i:
                continue
            end = obj.right_edge.i if obj.right_edge.i - noun.i <= 4 else obj.i
            if end - noun.i <= 4 and not any(t.is_punct for t in doc[start : end + 1]):
                return int(end)
        return None

def find_positions(claims: tuple[ClaimRecord, ...], topics: Topics) -> tuple[PositionRecord, ...]:
    groups: dict[tuple[int, str], list[int]] = {}
    names: dict[tuple[int, str], str] = {}
    for k, c in enumerate(claims):
        topic = topics.topic_of[k]
        if not topic:
            continue
        key = (c.speaker, fold(topic))
        groups.setdefault(key, []).append(k)
        names.setdefault(key, topic)
    return tuple(PositionRecord(actor, names[(actor, t)], tuple(ks)) for (actor, t), ks in groups.items())
