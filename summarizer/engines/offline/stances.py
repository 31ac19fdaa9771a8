"""Positions (an actor's claims grouped by topic) and disagreements between actors.

A disagreement is reported only when the article shows it:

* two claims of different speakers in one sentence joined by a contrast ("présentée par
  X comme … mais dénoncée … par Y", "X says A, but Y says B");
* a claim whose cue opposes (démentir, rejeter, dénoncer, deny, reject, criticise …) or
  whose content judges something wrong (irréaliste, faux, non-starter …): its speaker
  against the speaker of a claim sharing its key words, or else against the last other
  speaker (an actor merely named in the claim is not taken as the other side: it is as
  often an ally or the subject matter);
* a negated claim against another speaker's claim sharing its key words;
* an act of opposition between two actors, whether reported as speech or not: the
  subject of an opposing verb against the actor its object names ("X accuse Y de …",
  "X criticised Y's plan", "X blamed Y"), and the subject of a reply against the actor
  it answers ("X a répliqué à Y", "en réponse à Y", "X, responding to Y's announcement"),
  and the subject of a demand to stop or undo against the actor it addresses ("X urged Y
  to reconsider", "X a appelé Y à cesser …");
* two clauses joined by a contrasting subordinator whose subjects are different actors
  ("X soutient le plan, tandis que Y le rejette", "X backs it, whereas Y opposes it").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from .actors import ActorRecord, ActorRegistry
from .claims import ClaimRecord
from .lexicon import SpeechLexicon, fold

_CONTENT_POS = {"NOUN", "PROPN"}
# dependents of an opposing verb that name its target ("accuse Y", "s'opposer à Y")
_OBJECT = frozenset({"obj", "dobj", "iobj", "obl:arg", "dative"})
# the target of a passive opposing verb ("Y a été critiqué par X", "Y's plan was rejected by X")
_PASSIVE_SUBJECT = frozenset({"nsubj:pass", "nsubjpass"})
# dependents that open a clause of their own: an actor in them is not the phrase's
_CLAUSE = frozenset({"acl", "acl:relcl", "relcl", "ccomp", "advcl", "xcomp", "csubj", "parataxis", "conj"})
# the case marks of a reply's complement ("en réponse à Y", "responding to Y")
_REPLY_CASE = frozenset({"a", "au", "aux", "to"})
_RELATIVE = frozenset({"qui", "lequel", "laquelle", "who", "which", "that"})


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

    # ----------------------------------------------------------------- acts of opposition
    def _actor_in(self, head: Any, exclude: ActorRecord | None = None) -> ActorRecord | None:
        """The first reported actor in a phrase, not looking into its clauses."""
        stack = [head]
        while stack:
            tok = stack.pop(0)
            rec = self.actors.token_actor.get(tok.i)
            if rec is not None and rec is not exclude and self.actors.worth(rec):
                return rec
            stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE)
        return None

    def _subject(self, verb: Any) -> ActorRecord | None:
        """The actor doing ``verb``: its subject, or that of the verb it depends on."""
        tok = verb
        for _ in range(3):
            for child in tok.children:
                if child.dep_ in ("nsubj", "agent", "obl:agent"):
                    # "le quotidien X, qui a accusé Y": the relative's antecedent
                    relative = fold(child.text) in _RELATIVE and tok.dep_ in ("acl:relcl", "relcl")
                    rec = self._actor_in(tok.head if relative else child)
                    if rec is not None:
                        return rec
            if tok.head is tok or not (tok.dep_ in ("conj", "advcl", "xcomp", "acl") or tok.pos_ == "NOUN"):
                return None
            tok = tok.head
        return None

    def _contrasted(self, verb: Any) -> bool:
        """A clause opened by a contrasting subordinator or conjunction ("tandis que", "whereas")."""
        marks = [c for c in verb.children if c.dep_ in ("mark", "cc") and c.i < verb.i]
        if not marks:
            return False
        first = marks[0]
        words = " " + " ".join(fold(t.text) for t in self.doc[first.i : min(first.i + 2, verb.i)]) + " "
        return any(words.startswith(f" {c} ") or words.strip() == c for c in self.lex.contrast
                   if c not in ("mais", "but", "yet", "though", "although"))

    def _negated_verb(self, verb: Any) -> bool:
        return any(c.dep_ in ("neg", "advmod") and fold(c.text) in self.lex.negation for c in verb.children)

    def _acts(self) -> list[tuple[ActorRecord, ActorRecord, tuple[int, int]]]:
        """(actor, other side, evidence span) for each act of opposition in the text."""
        out: list[tuple[ActorRecord, ActorRecord, tuple[int, int]]] = []
        for tok in self.doc:
            if tok.pos_ == "VERB" and tok.dep_ in ("advcl", "conj") and self._contrasted(tok):
                # "X soutient le plan, tandis que Y le rejette", "X backs it, whereas Y opposes it"
                own, main = self._subject(tok), self._subject(tok.head)
                if own is not None and main is not None and own is not main:
                    out.append((main, own, (tok.head.sent.start_char, tok.head.sent.end_char)))
            targets: list[Any] = []
            if tok.pos_ == "VERB" and self.lex.is_oppose_verb(tok.text, tok.lemma_):
                passive = any(c.dep_ in ("agent", "obl:agent") for c in tok.children)
                targets = [c for c in tok.children if c.dep_ in _OBJECT or (passive and c.dep_ in _PASSIVE_SUBJECT)]
            elif tok.pos_ == "VERB" and any(c.dep_ in ("xcomp", "ccomp") and self.lex.is_demand_to_reverse(tok, c)
                                            for c in tok.children):
                # "X urged Y to reconsider", "X a appelé Y à cesser …": Y is the other side
                targets = [c for c in tok.children if c.dep_ in _OBJECT]
                targets += [g for c in tok.children if c.dep_ == "prep" and fold(c.text) == "on"
                            for g in c.children if g.dep_ == "pobj"]
            elif tok.pos_ in ("VERB", "NOUN") and self.lex.is_respond_word(tok.text, tok.lemma_):
                targets = [c for c in tok.children if c.dep_ in ("prep", "obl:arg", "obl", "obl:mod", "nmod", "iobj")
                           and ((c.dep_ == "prep" and fold(c.text) in _REPLY_CASE)
                                or any(fold(g.text) in _REPLY_CASE for g in c.children if g.dep_ == "case"))]
            if not targets or self._negated_verb(tok):
                continue
            speaker = self._subject(tok)
            if speaker is None:
                continue
            for t in targets:
                other = self._actor_in(t, exclude=speaker)
                if other is None:
                    continue
                lo = min(tok.idx, t.left_edge.idx)
                last = t.right_edge
                hi = max(tok.idx + len(tok.text), last.idx + len(last.text))
                out.append((speaker, other, (lo, hi)))
                break
        return out

    def disagreements(self) -> list[DisagreementRecord]:
        found: list[DisagreementRecord] = []
        seen: set[frozenset[int]] = set()

        def allies(a: ClaimRecord) -> list[ActorRecord]:
            """The speaker and those who made the same statement ("X and Y said that …")."""
            out = [a.speaker]
            for c in self.claims:
                if c.start < a.end and a.start < c.end and c.speaker not in out:
                    out.append(c.speaker)
            return out

        def add(a: ClaimRecord, other: ActorRecord, b: ClaimRecord | None) -> None:
            side = allies(a)
            if other in side or (b is not None and b.start < a.end and a.start < b.end):
                return
            key = frozenset({id(a.speaker), id(other)})
            if key in seen:
                return
            seen.add(key)
            spans = [(a.start, a.end)] + ([(b.start, b.end)] if b is not None else [])
            stance_b = self._text(b) if b is not None else f"named by {a.speaker.name}"
            found.append(DisagreementRecord(self.topic(a), (side, allies(b) if b is not None else [other]),
                                            (self._text(a), stance_b), spans))

        for i, a in enumerate(self.claims):
            # same sentence, different speakers, contrast between them
            for b in self.claims[i + 1 :]:
                if b.sentence == a.sentence and b.speaker is not a.speaker and self._contrast_between(a, b):
                    add(a, b.speaker, b)
            if not (a.oppose or self._judges(a) or self._negated(a)):
                continue
            side = allies(a)
            others = [b for b in self.claims if b.speaker not in side]
            shared = [b for b in others if len(self.keywords(a) & self.keywords(b)) >= 2]
            if shared:
                best = max(shared, key=lambda b: (len(self.keywords(a) & self.keywords(b)), -abs(b.start - a.start)))
                add(a, best.speaker, best)
            if not (a.oppose or self._judges(a)):
                continue
            # the actors a claim names are often its speaker's allies or its subject
            # matter, not its target ("she did not lie", "leaving the Kurds is a mistake"):
            # the target comes from the structure of the sentence (_acts) or, failing
            # that, is the last other speaker
            if not shared and others:
                earlier = [b for b in others if b.start < a.start] or others
                add(a, earlier[-1].speaker, earlier[-1])
        for speaker, other, span in self._acts():
            key = frozenset({id(speaker), id(other)})
            if key in seen:
                continue
            seen.add(key)
            stance = self.text[span[0] : span[1]]
            found.append(DisagreementRecord(stance if len(stance) < 60 else other.name, ([speaker], [other]),
                                            (stance, f"named by {speaker.name}"), [span]))
        return found
