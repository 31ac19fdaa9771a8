"""Stage 6 — disagreements, only where the article shows them.

* an explicit act between two actors: the subject of an accusation or criticism against
  the actor its object names ("X accuse Y de …", "France accused Germany of …", "Y was
  criticised by X"), a reply against the actor answered ("X a répliqué à Y", "in response
  to Y"), a demand to stop or undo against its addressee ("X urged Y to halt …");
* opposite stances on one topic: a claim that opposes (its cue rejects, denies,
  criticises; its words judge something false, unacceptable …) against another actor's
  claim sharing its key words, or two claims of different actors in one sentence joined
  by a contrast ("X says A, but Y says B");
* two clauses joined by a contrasting subordinator with different subjects ("X backs the
  plan, whereas Y rejects it").

Allies — actors who made the same statement together — are never opposed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .actors import ActorTable
from .claims import ClaimFinder, ClaimRecord
from .document import Document
from .positions import Topics
from .profile import LanguageProfile, fold

_CLAUSE = frozenset({"acl", "acl:relcl", "relcl", "ccomp", "advcl", "xcomp", "csubj", "parataxis", "conj"})
_REPLY_CASE = frozenset({"a", "au", "aux", "to"})


@dataclass(frozen=True)
class DisagreementRecord:
    topic: str
    sides: tuple[tuple[int, ...], tuple[int, ...]]
    stances: tuple[str, str]
    spans: tuple[tuple[int, int], ...]
    claims: tuple[int, ...]
    rule: str = ""  # which rule found it (for logs and tuning)


class DisagreementFinder:
    def __init__(self, text: Document, profile: LanguageProfile, actors: ActorTable, claims: tuple[ClaimRecord, ...],
                 topics: Topics, speakers: ClaimFinder) -> None:
        self.t = text
        self.doc = text.doc
        self.p = profile
        self.actors = actors
        self.claims = claims
        self.topics = topics
        self.speakers = speakers
        self.found: list[DisagreementRecord] = []
        self.seen: set[frozenset[int]] = set()

    def _text(self, c: ClaimRecord) -> str:
        return self.t.text[c.start : c.end]

    def _words(self, c: ClaimRecord) -> set[str]:
        span = self.t.span_tokens(c.start, c.end)
        return {fold(t.text) for t in span} if span is not None else set()

    def _judges(self, c: ClaimRecord) -> bool:
        return bool(self._words(c) & self.p.oppose_words)

    def _negated(self, c: ClaimRecord) -> bool:
        return bool(self._words(c) & self.p.negation)

    def _contrast_between(self, a: ClaimRecord, b: ClaimRecord) -> bool:
        lo, hi = min(a.end, b.end), max(a.start, b.start)
        between = " " + fold(self.t.text[lo:hi]) + " "
        return any(f" {c} " in between for c in self.p.contrast)

    def allies(self, k: int) -> tuple[int, ...]:
        a = self.claims[k]
        out = [a.speaker, *a.allies]
        for c in self.claims:
            if c.start < a.end and a.start < c.end and c.speaker not in out:
                out.append(c.speaker)
        return tuple(dict.fromkeys(out))

    def _add(self, side_a: tuple[int, ...], side_b: tuple[int, ...], topic: str, stances: tuple[str, str],
             spans: tuple[tuple[int, int], ...], claims: tuple[int, ...], rule: str = "") -> None:
        if not side_a or not side_b or set(side_a) & set(side_b):
            return
        key = frozenset({side_a[0], side_b[0]})
        if key in self.seen:
            return
        self.seen.add(key)
        self.found.append(DisagreementRecord(topic, (side_a, side_b), stances, spans, claims, rule))

    def run(self) -> tuple[DisagreementRecord, ...]:
        for speaker, other, span, verb in self._acts():
            cited = tuple(k for k, c in enumerate(self.claims) if c.start <= span[1] and span[0] <= c.end
                           and c.speaker == speaker)
            stance = " ".join(self.t.text[span[0] : span[1]].split())
            topic = self.topics.topic_of[cited[0]] if cited and self.topics.topic_of[cited[0]] else verb
            self._add((speaker,), (other,), topic, (stance, f"criticised by {self.actors.actors[speaker].name}"),
                      (span,), cited, "act:" + verb)
        claims = self.claims
        for i, a in enumerate(claims):
            for j in range(i + 1, len(claims)):
                b = claims[j]
                if b.sentence == a.sentence and b.speaker != a.speaker and self._contrast_between(a, b):
                    self._pair(i, j, "contrast")
            opposing = a.oppose or self._judges(a)
            if not (opposing or self._negated(a)):
                continue
            side = self.allies(i)
            others = [j for j, b in enumerate(claims) if b.speaker not in side]
            mine = self.topics.keywords(i)
            shared = [j for j in others if len(mine & self.topics.keywords(j)) >= 2]
            if shared:
                best = max(shared, key=lambda j: (len(mine & self.topics.keywords(j)), -abs(claims[j].start - a.start)))
                self._pair(i, best, "shared")
            elif opposing and others:
                # an opposing claim with no shared words answers the last other speaker before it
                earlier = [j for j in others if claims[j].start < a.start] or others
                self._pair(i, earlier[-1], "answer")
        return tuple(_merged(self.found))

    def _pair(self, i: int, j: int, rule: str = "") -> None:
        a, b = self.claims[i], self.claims[j]
        if b.start < a.end and a.start < b.end:
            return
        topic = self.topics.topic_of[i] or self.topics.topic_of[j]
        self._add(self.allies(i), self.allies(j), topic, (_short(self._text(a)), _short(self._text(b))),
                  ((a.start, a.end), (b.start, b.end)), (i, j), rule)

    # ------------------------------------------------------------ acts of opposition
    def _actor_in(self, head: Any, exclude: int | None = None) -> int | None:
        stack = [head]
        while stack:
            tok = stack.pop(0)
            a = self.actors.at(tok.i)
            if a is not None and a != exclude:
                return a
            stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE)
        return None

    def _subject(self, verb: Any) -> int | None:
        tok = verb
        for _ in range(3):
            for child in tok.children:
                if self.p.has(child, "subject") or self.p.has(child, "agent"):
                    if self.p.pronoun(child) is not None:
                        a = self.speakers.speaker(child)
                    elif fold(child.text) in {"qui", "who", "which", "that"} and self.p.has(tok, "relative"):
                        a = self._actor_in(tok.head)
                    else:
                        target = self.p.agent_of(tok) if self.p.has(child, "agent") else child
                        a = self.speakers.speaker(target) if target is not None else None
                    if a is not None:
                        return a
            if tok.head is tok or not (self.p.has(tok, "conj") or self.p.has(tok, "adverbial_clause")
                                       or self.p.has(tok, "open_clause") or tok.pos_ == "NOUN"):
                return None
            tok = tok.head
        return None

    def _contrasted(self, verb: Any) -> bool:
        marks = [c for c in verb.children if (self.p.has(c, "mark") or c.dep_ == "cc") and c.i < verb.i]
        if not marks:
            return False
        words = " ".join(fold(t.text) for t in self.doc[marks[0].i : min(marks[0].i + 2, verb.i)])
        return any((words + " ").startswith(c + " ") or words == c for c in self.p.contrast
                   if c not in ("mais", "but", "yet", "though", "although", "while"))

    def _negated_verb(self, verb: Any) -> bool:
        return any(fold(c.text) in self.p.negation for c in verb.children if c.dep_ in ("neg", "advmod"))

    def _acts(self) -> list[tuple[int, int, tuple[int, int], str]]:
        out: list[tuple[int, int, tuple[int, int], str]] = []
        for tok in self.doc:
            targets: list[Any] = []
            if tok.pos_ == "VERB" and (self.p.has(tok, "adverbial_clause") or self.p.has(tok, "conj")) \
                    and self._contrasted(tok):
                own, main = self._subject(tok), self._subject(tok.head)
                if own is not None and main is not None and own != main:
                    s = self.t.sent(tok.head)
                    out.append((main, own, (s.start_char, s.end_char), tok.head.text))
                continue
            if tok.pos_ == "VERB" and self.p.is_target_verb(tok):
                passive = self.p.agent_of(tok) is not None
                targets = [c for c in tok.children if self.p.has(c, "object")
                           or (passive and self.p.has(c, "passive_subject"))]
            elif tok.pos_ == "VERB" and any((self.p.has(c, "open_clause") or self.p.has(c, "clause"))
                                            and self.p.is_demand_to_reverse(tok, c) for c in tok.children):
                targets = [c for c in tok.children if self.p.has(c, "object") or self.p.has(c, "indirect")]
            elif tok.pos_ in ("VERB", "NOUN") and self.p.is_respond_word(tok):
                targets = [n for prep, n in self.p.pp_objects(tok) if prep in _REPLY_CASE]
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
                out.append((speaker, other, (lo, hi), tok.text))
                break
        return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) - max(a[0], b[0]) > 0


def _merged(found: list[DisagreementRecord]) -> list[DisagreementRecord]:
    """One disagreement per opposition: two findings that set an actor against another
    already opposed to it (either way round), or that rest on the same words, are one
    disagreement whose sides gather both findings' actors."""
    out: list[DisagreementRecord] = []
    for d in found:
        for n, o in enumerate(out):
            same = (set(d.sides[0]) & set(o.sides[0]) and set(d.sides[1]) & set(o.sides[1]))
            crossed = (set(d.sides[0]) & set(o.sides[1]) and set(d.sides[1]) & set(o.sides[0]))
            spans = any(_overlap(x, y) for x in d.spans for y in o.spans)
            if not (same or crossed or spans):
                continue
            a, b = (d.sides[1], d.sides[0]) if crossed else d.sides
            side_a = tuple(dict.fromkeys((*o.sides[0], *(x for x in a if x not in o.sides[1]))))
            side_b = tuple(dict.fromkeys((*o.sides[1], *(x for x in b if x not in o.sides[0]))))
            out[n] = DisagreementRecord(o.topic or d.topic, (side_a, side_b), o.stances,
                                        tuple(dict.fromkeys((*o.spans, *d.spans))),
                                        tuple(dict.fromkeys((*o.claims, *d.claims))), o.rule)
            break
        else:
            out.append(d)
    return out


def _short(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
