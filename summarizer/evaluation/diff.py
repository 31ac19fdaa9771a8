"""What a prediction got wrong: the gold items it missed and the predictions no gold item took.

The pairing is the scorer's own (:mod:`summarizer.evaluation.score`: same keys, same spans,
same maximum matching in the same order), so the lengths of the lists here are the FN and
FP counts of :func:`~summarizer.evaluation.score.score`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..grounding import Span
from ..schema import Briefing
from .gold import GoldCase
from .score import Prediction, _any_overlap, _disagreement_match, _gold_side, _GoldSide, max_matching


@dataclass(frozen=True)
class ClaimItem:
    """A claim as the diff shows it: who, the quote, and where it is in the article."""

    speaker: str
    quote: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class CaseDiff:
    """Gold items missed (false negatives) and predictions unpaired (false positives)."""

    missed_actors: tuple[str, ...] = ()
    extra_actors: tuple[str, ...] = ()
    missed_claims: tuple[ClaimItem, ...] = ()
    extra_claims: tuple[ClaimItem, ...] = ()
    missed_disagreements: tuple[str, ...] = ()
    extra_disagreements: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not any(vars(self).values())


def _actor_diff(case: GoldCase, gold: _GoldSide, prediction: Prediction, briefing: Briefing | None) -> CaseDiff:
    required = [i for i, opt in enumerate(gold.optional) if not opt]
    optional = [gold.actors[i] for i, opt in enumerate(gold.optional) if opt]
    predicted = prediction.actors
    matches_optional = [any(p & o for o in optional) for p in predicted]
    order = sorted(range(len(predicted)), key=lambda i: (matches_optional[i], i))
    pairs = max_matching(len(order), len(required), lambda i, j: bool(predicted[order[i]] & gold.actors[required[j]]))
    paired_pred = {order[i] for i, _ in pairs}
    paired_gold = {required[j] for _, j in pairs}
    names = [a.name for a in briefing.actors] if briefing else []
    return CaseDiff(
        missed_actors=tuple(case.actors[i].name for i in required if i not in paired_gold),
        extra_actors=tuple(names[i] for i in range(len(predicted)) if i not in paired_pred and not matches_optional[i]),
    )


def _claim_diff(case: GoldCase, gold: _GoldSide, prediction: Prediction, briefing: Briefing | None) -> CaseDiff:
    pairs = max_matching(
        len(gold.claims),
        len(prediction.claims),
        lambda i, j: (
            bool(gold.claims[i][0] & prediction.claims[j][0])
            and _any_overlap(gold.claims[i][1], prediction.claims[j][1])
        ),
    )
    paired_gold = {i for i, _ in pairs}
    paired_pred = {j for _, j in pairs}
    missed = tuple(
        ClaimItem(c.speaker, c.quote, gold.claims[i][1]) for i, c in enumerate(case.claims) if i not in paired_gold
    )
    extra: list[ClaimItem] = []
    if briefing is not None:
        for j, claim in enumerate(briefing.claims):
            if j in paired_pred:
                continue
            actor = briefing.actor(claim.speaker) if claim.speaker else None
            who = actor.name if actor else "(unattributed)"
            extra.append(ClaimItem(who, " … ".join(ev.quote for ev in claim.evidence), prediction.claims[j][1]))
    return CaseDiff(missed_claims=missed, extra_claims=tuple(extra))


def _disagreement_diff(case: GoldCase, gold: _GoldSide, prediction: Prediction, briefing: Briefing | None) -> CaseDiff:
    pairs = max_matching(
        len(gold.disagreements),
        len(prediction.disagreements),
        lambda i, j: _disagreement_match(gold.disagreements[i], prediction.disagreements[j]),
    )
    paired_gold = {i for i, _ in pairs}
    paired_pred = {j for _, j in pairs}
    topics = [d.topic for d in briefing.disagreements] if briefing else []
    return CaseDiff(
        missed_disagreements=tuple(d.topic for i, d in enumerate(case.disagreements) if i not in paired_gold),
        extra_disagreements=tuple(t for j, t in enumerate(topics) if j not in paired_pred),
    )


def case_diff(case: GoldCase, briefing: Briefing | None) -> CaseDiff:
    """The differences between ``case``'s gold and ``briefing`` (``None``: nothing predicted)."""
    gold = _gold_side(case)
    prediction = Prediction() if briefing is None else Prediction.from_briefing(briefing, case.article)
    actors = _actor_diff(case, gold, prediction, briefing)
    claims = _claim_diff(case, gold, prediction, briefing)
    disagreements = _disagreement_diff(case, gold, prediction, briefing)
    return CaseDiff(
        missed_actors=actors.missed_actors,
        extra_actors=actors.extra_actors,
        missed_claims=claims.missed_claims,
        extra_claims=claims.extra_claims,
        missed_disagreements=disagreements.missed_disagreements,
        extra_disagreements=disagreements.extra_disagreements,
    )
