"""Scoring a predicted :class:`~summarizer.schema.Briefing` against a gold case.

These are the rules of the eval format (README, section Eval), implemented exactly, so that figures are
comparable across engines, models and releases.

**Same actor.** Two actors are the same when one of the names/aliases of one equals one of
the names/aliases of the other under :func:`~summarizer.evaluation.folding.fold` (case
folding, accent stripping, ’ → ', whitespace collapsing). A predicted actor offers its
``name`` and ``aliases``; a claim's speaker and the actors of a disagreement side offer the
name and aliases of the actor their id points to.

**Spans.** A gold quote's span is located in the article with
:class:`summarizer.grounding.NormalizedText` (every occurrence counts). A predicted evidence
span is its ``[start, end)`` when ``article[start:end] == quote``; otherwise the quote is
searched under the scoring normalisation and the hit is mapped back to the original text
(the first hit at or after ``start``, else the first); a quote found nowhere has no span and
is *ungrounded*. Two spans overlap enough when the overlap is at least half the shorter one.

**Matching.** Gold and predicted items are paired one to one by a maximum bipartite
matching (Kuhn's augmenting paths), which is deterministic: left items are tried in a fixed
order and right items in list order. TP = pairs, FP = predictions left unpaired, FN = gold
items left unpaired.

- Actors: predictions are the left side, tried first those that match no optional gold
  actor (then in briefing order); required gold actors are the right side. Augmenting never
  unpairs a left item, so this maximises TP and, among maximal pairings, leaves unpaired as
  few predictions as possible that match no optional actor. An unpaired prediction that
  matches an optional gold actor is ignored; any other unpaired prediction is a FP.
- Claims: a pair needs the same speaker and an overlapping evidence span (any evidence
  item of the predicted claim, any occurrence of the gold quote). Unattributed predicted
  claims have no speaker and so never pair (they count as FP: gold holds attributed claims
  only). **Span recall**: gold quotes overlapped by any predicted claim, whatever its
  speaker.
- Disagreements: a pair needs either (a) every gold side paired with a distinct predicted
  side sharing at least one actor with it (a perfect matching of the gold sides), or
  (b) a predicted evidence span overlapping a gold evidence span and one gold side sharing
  an actor with some predicted side.
- **Grounding**: grounded predicted evidence strings / all predicted evidence strings
  (claims, positions, disagreements), 1.0 when there is none.

P/R/F1 of empty sets: P is 1.0 when nothing was predicted and nothing was missed; R is 1.0
when nothing was expected and nothing was predicted wrongly; otherwise 0/0 counts as 0.0.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..grounding import NormalizedText, Span
from ..schema import Actor, Briefing, Claim, Disagreement, Evidence, Meta, Side, Source
from .folding import FoldedText, fold
from .gold import GoldActor, GoldCase

Keys = frozenset[str]


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one matching."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def p(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def r(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(frozen=True)
class Ratio:
    """``hits`` out of ``total``; 1.0 when there is nothing to count."""

    hits: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    @property
    def value(self) -> float:
        return 1.0 if self.total == 0 else self.hits / self.total


@dataclass(frozen=True)
class CaseScore:
    """Every figure of one case."""

    actors: Counts = Counts()
    claims: Counts = Counts()
    claim_spans: Ratio = Ratio()
    disagreements: Counts = Counts()
    grounding: Ratio = Ratio()
    ungrounded: tuple[str, ...] = ()  # predicted evidence strings not found in the article

    def __add__(self, other: CaseScore) -> CaseScore:
        return CaseScore(
            actors=self.actors + other.actors,
            claims=self.claims + other.claims,
            claim_spans=self.claim_spans + other.claim_spans,
            disagreements=self.disagreements + other.disagreements,
            grounding=self.grounding + other.grounding,
            ungrounded=self.ungrounded + other.ungrounded,
        )


# --------------------------------------------------------------------------- matching


def max_matching(n_left: int, n_right: int, edge: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one pairing (left, right), by Kuhn's augmenting paths.

    Left items are tried in index order, right items in index order: the result is
    deterministic, and a left item once paired stays paired (so earlier left items win).
    """
    adjacency = [[j for j in range(n_right) if edge(i, j)] for i in range(n_left)]
    owner: list[int | None] = [None] * n_right

    def augment(i: int, seen: set[int]) -> bool:
        for j in adjacency[i]:
            if j in seen:
                continue
            seen.add(j)
            holder = owner[j]
            if holder is None or augment(holder, seen):
                owner[j] = i
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return sorted((i, j) for j, i in enumerate(owner) if i is not None)


def overlaps(a: Span, b: Span) -> bool:
    """True when ``a`` and ``b`` overlap by at least half of the shorter of the two."""
    overlap = min(a.end, b.end) - max(a.start, b.start)
    return overlap > 0 and 2 * overlap >= min(a.end - a.start, b.end - b.start)


def _any_overlap(gold: Sequence[Span], predicted: Sequence[Span]) -> bool:
    return any(overlaps(g, p) for g in gold for p in predicted)


def name_keys(name: str, aliases: Sequence[str] = ()) -> Keys:
    """The folded name and aliases of an actor: what the actor rule compares."""
    return frozenset(k for k in (fold(n) for n in (name, *aliases)) if k)


# --------------------------------------------------------------------------- both sides


@dataclass(frozen=True)
class _GoldSide:
    actors: tuple[Keys, ...]
    optional: tuple[bool, ...]
    claims: tuple[tuple[Keys, tuple[Span, ...]], ...]
    disagreements: tuple[tuple[tuple[tuple[Keys, ...], ...], tuple[Span, ...]], ...]


def _gold_side(case: GoldCase) -> _GoldSide:
    text = NormalizedText(case.article)
    keys = {a.name: name_keys(a.name, a.aliases) for a in case.actors}
    return _GoldSide(
        actors=tuple(keys[a.name] for a in case.actors),
        optional=tuple(a.optional for a in case.actors),
        claims=tuple((keys[c.speaker], tuple(text.find_all(c.quote))) for c in case.claims),
        disagreements=tuple(
            (
                tuple(tuple(keys[name] for name in side) for side in d.sides),
                tuple(span for quote in d.evidence for span in text.find_all(quote)),
            )
            for d in case.disagreements
        ),
    )


@dataclass(frozen=True)
class Prediction:
    """What the scorer reads from a briefing: actor keys, claim speakers and spans, sides."""

    actors: tuple[Keys, ...] = ()
    claims: tuple[tuple[Keys, tuple[Span, ...]], ...] = ()
    disagreements: tuple[tuple[tuple[tuple[Keys, ...], ...], tuple[Span, ...]], ...] = ()
    grounding: Ratio = Ratio()
    ungrounded: tuple[str, ...] = field(default=())

    @classmethod
    def from_briefing(cls, briefing: Briefing, article: str) -> Prediction:
        """The scorer's view of ``briefing`` (an engine's output) on ``article``."""
        folded = FoldedText(article)
        keys = {a.id: name_keys(a.name, a.aliases) for a in briefing.actors}
        ungrounded: list[str] = []
        spans_of: dict[int, Span | None] = {}

        def span(ev: Evidence) -> Span | None:
            if id(ev) not in spans_of:
                spans_of[id(ev)] = _evidence_span(ev, article, folded)
                if spans_of[id(ev)] is None:
                    ungrounded.append(ev.quote)
            return spans_of[id(ev)]

        def spans(items: Sequence[Evidence]) -> tuple[Span, ...]:
            return tuple(s for s in (span(ev) for ev in items) if s is not None)

        claims = tuple(
            (keys.get(c.speaker, frozenset()) if c.speaker else frozenset(), spans(c.evidence)) for c in briefing.claims
        )
        disagreements = tuple(
            (
                tuple(tuple(keys.get(a, frozenset()) for a in side.actors) for side in d.sides),
                spans(d.evidence),
            )
            for d in briefing.disagreements
        )
        for position in briefing.positions:
            spans(position.evidence)
        total = len(spans_of)
        return cls(
            actors=tuple(keys[a.id] for a in briefing.actors),
            claims=claims,
            disagreements=disagreements,
            grounding=Ratio(total - len(ungrounded), total),
            ungrounded=tuple(ungrounded),
        )


def _evidence_span(ev: Evidence, article: str, folded: FoldedText) -> Span | None:
    if 0 <= ev.start <= ev.end <= len(article) and article[ev.start : ev.end] == ev.quote:
        return Span(ev.start, ev.end)
    hits = folded.find_all(ev.quote)
    if not hits:
        return None
    return next((h for h in hits if h.start >= ev.start), hits[0])


# --------------------------------------------------------------------------- scoring


def _score_actors(gold: _GoldSide, predicted: Sequence[Keys]) -> Counts:
    required = [k for k, opt in zip(gold.actors, gold.optional, strict=True) if not opt]
    optional = [k for k, opt in zip(gold.actors, gold.optional, strict=True) if opt]
    matches_optional = [any(p & o for o in optional) for p in predicted]
    order = sorted(range(len(predicted)), key=lambda i: (matches_optional[i], i))
    pairs = max_matching(len(order), len(required), lambda i, j: bool(predicted[order[i]] & required[j]))
    paired = {order[i] for i, _ in pairs}
    fp = sum(1 for i in range(len(predicted)) if i not in paired and not matches_optional[i])
    return Counts(tp=len(pairs), fp=fp, fn=len(required) - len(pairs))


def _sides_match(gold_sides: Sequence[tuple[Keys, ...]], pred_sides: Sequence[tuple[Keys, ...]]) -> bool:
    def share(g: tuple[Keys, ...], p: tuple[Keys, ...]) -> bool:
        return any(gk & pk for gk in g for pk in p)

    pairs = max_matching(len(gold_sides), len(pred_sides), lambda i, j: share(gold_sides[i], pred_sides[j]))
    return len(pairs) == len(gold_sides)


def _disagreement_match(
    gold: tuple[tuple[tuple[Keys, ...], ...], tuple[Span, ...]],
    pred: tuple[tuple[tuple[Keys, ...], ...], tuple[Span, ...]],
) -> bool:
    gold_sides, gold_spans = gold
    pred_sides, pred_spans = pred
    if _sides_match(gold_sides, pred_sides):
        return True
    one_side_shares = any(gk & pk for g in gold_sides for p in pred_sides for gk in g for pk in p)
    return one_side_shares and _any_overlap(gold_spans, pred_spans)


def score_prediction(case: GoldCase, prediction: Prediction) -> CaseScore:
    """Score the scorer's view of a prediction against ``case``."""
    gold = _gold_side(case)
    actors = _score_actors(gold, prediction.actors)

    claim_pairs = max_matching(
        len(gold.claims),
        len(prediction.claims),
        lambda i, j: (
            bool(gold.claims[i][0] & prediction.claims[j][0])
            and _any_overlap(gold.claims[i][1], prediction.claims[j][1])
        ),
    )
    claims = Counts(
        tp=len(claim_pairs),
        fp=len(prediction.claims) - len(claim_pairs),
        fn=len(gold.claims) - len(claim_pairs),
    )
    predicted_claim_spans = [s for _, spans in prediction.claims for s in spans]
    covered = sum(1 for _, spans in gold.claims if _any_overlap(spans, predicted_claim_spans))

    dis_pairs = max_matching(
        len(gold.disagreements),
        len(prediction.disagreements),
        lambda i, j: _disagreement_match(gold.disagreements[i], prediction.disagreements[j]),
    )
    disagreements = Counts(
        tp=len(dis_pairs),
        fp=len(prediction.disagreements) - len(dis_pairs),
        fn=len(gold.disagreements) - len(dis_pairs),
    )
    return CaseScore(
        actors=actors,
        claims=claims,
        claim_spans=Ratio(covered, len(gold.claims)),
        disagreements=disagreements,
        grounding=prediction.grounding,
        ungrounded=prediction.ungrounded,
    )


def score(case: GoldCase, briefing: Briefing | None) -> CaseScore:
    """Score an engine's briefing of ``case.article``; ``None`` is an empty prediction."""
    prediction = Prediction() if briefing is None else Prediction.from_briefing(briefing, case.article)
    return score_prediction(case, prediction)


# --------------------------------------------------------------------------- gold as prediction


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "actor"


def gold_as_briefing(case: GoldCase) -> Briefing:
    """The gold of ``case`` written as an engine's :class:`Briefing` would be.

    Scoring it with :func:`score` goes through the same conversion as any prediction, and
    must give 1.0 on every figure: the test of the scorer itself.
    """
    ids: dict[str, str] = {}
    for gold_actor in case.actors:
        base = candidate = _slug(gold_actor.name)
        n = 2
        while candidate in ids.values():
            candidate, n = f"{base}-{n}", n + 1
        ids[gold_actor.name] = candidate

    def evidence(quote: str) -> Evidence:
        start = case.article.index(quote)  # gold quotes are verbatim
        return Evidence(quote=quote, start=start, end=start + len(quote))

    def actor(a: GoldActor) -> Actor:
        return Actor(id=ids[a.name], name=a.name, kind=a.kind, aliases=list(a.aliases))

    return Briefing(
        source=Source(sha256="", language=case.language, date=case.date, title=None, chars=len(case.article)),
        summary="",
        actors=[actor(a) for a in case.actors],
        claims=[
            Claim(
                id=f"c{i + 1}",
                speaker=ids[c.speaker],
                text=c.quote,
                kind="direct",
                evidence=[evidence(c.quote)],
            )
            for i, c in enumerate(case.claims)
        ],
        disagreements=[
            Disagreement(
                topic=d.topic,
                sides=[Side(actors=[ids[n] for n in side], stance="") for side in d.sides],
                evidence=[evidence(q) for q in d.evidence],
            )
            for d in case.disagreements
        ],
        meta=Meta(engine="gold"),
    )
