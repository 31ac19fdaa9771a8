"""The scorer implements the rules of the eval format (README, section Eval) exactly.

The proof of the whole chain: a case's own gold, written as a Briefing and scored through
the same conversion as any engine's output, scores 1.0 everywhere. Then one small
hand-made example per rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.evaluation.folding import FoldedText, fold
from summarizer.evaluation.gold import (
    GoldActor,
    GoldCase,
    GoldClaim,
    GoldDisagreement,
    case_folders,
    load_case,
)
from summarizer.evaluation.score import (
    Counts,
    gold_as_briefing,
    max_matching,
    overlaps,
    score,
)
from summarizer.grounding import Span
from summarizer.schema import Actor, Briefing, Claim, Disagreement, Evidence, Meta, Side, Source

ROOT = Path(__file__).resolve().parent.parent
CASE_DIRS = [*case_folders(ROOT / "evals" / "cases"), *case_folders(ROOT / "evals" / "holdout")]


# --------------------------------------------------------------------------- gold scores 1.0


@pytest.mark.parametrize("folder", CASE_DIRS, ids=[f"{p.parent.name}/{p.name}" for p in CASE_DIRS])
def test_gold_as_prediction_scores_one_everywhere(folder: Path) -> None:
    case = load_case(folder)
    result = score(case, gold_as_briefing(case))
    assert (result.actors.p, result.actors.r, result.actors.f1) == (1.0, 1.0, 1.0)
    assert (result.claims.p, result.claims.r, result.claims.f1) == (1.0, 1.0, 1.0)
    assert result.claim_spans.value == 1.0
    assert (result.disagreements.p, result.disagreements.r, result.disagreements.f1) == (1.0, 1.0, 1.0)
    assert result.grounding.value == 1.0


def test_a_quote_not_in_the_article_lowers_grounding() -> None:
    case = load_case(ROOT / "evals" / "cases" / "seed-000")
    briefing = gold_as_briefing(case)
    invented = "la paix est déjà signée avec Moscou"
    assert invented not in case.article
    briefing.claims[0].evidence.append(Evidence(quote=invented, start=0, end=len(invented)))
    result = score(case, briefing)
    assert result.grounding.value < 1.0
    assert result.ungrounded == (invented,)


def test_no_prediction_misses_everything() -> None:
    case = load_case(ROOT / "evals" / "cases" / "seed-000")
    result = score(case, None)
    assert result.actors.tp == 0 and result.actors.fn > 0
    assert result.claims.r == 0.0 and result.claim_spans.value == 0.0
    assert result.grounding.value == 1.0  # nothing was claimed, so nothing is ungrounded


# --------------------------------------------------------------------------- small examples

ARTICLE = (
    "Le ministre Jean-Noël Barrot a déclaré que la paix passait par l’Europe. "
    "Selon Moscou, l'offensive est une opération spéciale. Kiev dénonce une invasion."
)


def q(text: str) -> Evidence:
    start = ARTICLE.index(text)
    return Evidence(quote=text, start=start, end=start + len(text))


def gold(
    actors: list[GoldActor],
    claims: tuple[GoldClaim, ...] = (),
    disagreements: tuple[GoldDisagreement, ...] = (),
) -> GoldCase:
    return GoldCase(
        id="t",
        article=ARTICLE,
        language="fr",
        date=None,
        source=None,
        actors=tuple(actors),
        claims=claims,
        disagreements=disagreements,
    )


def briefing(
    actors: list[tuple[str, str, list[str]]],
    claims: list[tuple[str | None, list[Evidence]]] | None = None,
    disagreements: list[tuple[list[list[str]], list[Evidence]]] | None = None,
) -> Briefing:
    return Briefing(
        source=Source(sha256="", language="fr", chars=len(ARTICLE)),
        summary="",
        actors=[Actor(id=i, name=n, kind="person", aliases=al) for i, n, al in actors],
        claims=[
            Claim(id=f"c{k}", speaker=s, text="x", kind="direct" if s else "unattributed", evidence=ev)
            for k, (s, ev) in enumerate(claims or [])
        ],
        disagreements=[
            Disagreement(topic="t", sides=[Side(actors=side, stance="") for side in sides], evidence=ev)
            for sides, ev in disagreements or []
        ],
        meta=Meta(engine="test"),
    )


BARROT = GoldActor("Jean-Noël Barrot", "person", ("Barrot", "le chef de la diplomatie française"))
RUSSIE = GoldActor("Russie", "country", ("Moscou",))
UKRAINE = GoldActor("Ukraine", "country", ("Kiev", "l’Ukraine"))
EUROPE = GoldActor("Europe", "organization", ("l’Europe",), optional=True)


def test_folding_rules() -> None:
    assert fold("  Jean-NOËL\u00a0 Barrot ") == "jean-noel barrot"
    assert fold("l’Europe") == fold("L'EUROPE") == "l'europe"
    assert fold("le Kremlin") != fold("Kremlin")  # articles are not dropped


def test_actor_matches_by_alias_with_accents_case_and_apostrophe() -> None:
    case = gold([BARROT, UKRAINE])
    pred = briefing([("b", "JEAN-NOEL   BARROT", []), ("u", "L'UKRAINE", [])])
    assert score(case, pred).actors == Counts(tp=2, fp=0, fn=0)


def test_actor_that_matches_nothing_is_a_false_positive() -> None:
    case = gold([BARROT])
    pred = briefing([("b", "Barrot", []), ("x", "Emmanuel Macron", [])])
    assert score(case, pred).actors == Counts(tp=1, fp=1, fn=0)


def test_each_gold_actor_matches_at_most_one_prediction() -> None:
    case = gold([BARROT])
    pred = briefing([("a", "Barrot", []), ("b", "Jean-Noël Barrot", [])])
    assert score(case, pred).actors == Counts(tp=1, fp=1, fn=0)


def test_one_to_one_matching_is_maximal_not_first_come() -> None:
    # the first prediction could take either gold actor; greedy-first would leave one unpaired
    case = gold([RUSSIE, UKRAINE])
    pred = briefing([("a", "Moscou", ["Kiev"]), ("b", "Russie", [])])
    assert score(case, pred).actors == Counts(tp=2, fp=0, fn=0)


def test_optional_actors_are_never_missed_nor_false_positives() -> None:
    case = gold([BARROT, EUROPE])
    assert score(case, briefing([("b", "Barrot", [])])).actors == Counts(tp=1, fp=0, fn=0)
    with_europe = briefing([("b", "Barrot", []), ("e", "Europe", [])])
    assert score(case, with_europe).actors == Counts(tp=1, fp=0, fn=0)


def test_claim_needs_the_speaker_and_overlapping_span() -> None:
    quote = "la paix passait par l’Europe"
    case = gold([BARROT, RUSSIE], claims=(GoldClaim("Jean-Noël Barrot", quote),))
    right = briefing([("b", "Barrot", [])], claims=[("b", [q(quote)])])
    wrong_speaker = briefing([("r", "Moscou", [])], claims=[("r", [q(quote)])])
    assert score(case, right).claims == Counts(tp=1, fp=0, fn=0)
    result = score(case, wrong_speaker)
    assert result.claims == Counts(tp=0, fp=1, fn=1)
    assert result.claim_spans.value == 1.0  # span recall ignores the speaker


def test_span_overlap_is_at_least_half_of_the_shorter_span() -> None:
    assert overlaps(Span(0, 10), Span(5, 30))  # overlap 5 = half of 10
    assert not overlaps(Span(0, 10), Span(6, 30))  # overlap 4 < 5
    assert overlaps(Span(0, 100), Span(40, 42))  # the short span lies inside
    assert not overlaps(Span(0, 5), Span(5, 10))  # touching is no overlap

    quote = "la paix passait par l’Europe"  # 28 characters
    case = gold([BARROT], claims=(GoldClaim("Jean-Noël Barrot", quote),))
    half = briefing([("b", "Barrot", [])], claims=[("b", [q("a déclaré que la paix passait")])])
    tiny = briefing([("b", "Barrot", [])], claims=[("b", [q("déclaré que la")])])
    assert score(case, half).claims.tp == 1  # "la paix passait" (15) >= half of 28
    assert score(case, tiny).claims.tp == 0  # "la" (2) < half of the shorter (14)


def test_one_prediction_pairs_with_one_gold_claim() -> None:
    case = gold(
        [BARROT],
        claims=(
            GoldClaim("Jean-Noël Barrot", "la paix passait par l’Europe"),
            GoldClaim("Jean-Noël Barrot", "la paix passait"),
        ),
    )
    pred = briefing([("b", "Barrot", [])], claims=[("b", [q("la paix passait par l’Europe")])])
    assert score(case, pred).claims == Counts(tp=1, fp=0, fn=1)
    assert score(case, pred).claim_spans.value == 1.0


def test_unattributed_claims_never_match() -> None:
    case = gold([BARROT], claims=(GoldClaim("Jean-Noël Barrot", "la paix passait par l’Europe"),))
    pred = briefing([], claims=[(None, [q("la paix passait par l’Europe")])])
    assert score(case, pred).claims == Counts(tp=0, fp=1, fn=1)


DISPUTE = GoldDisagreement(
    topic="nature of the offensive",
    sides=(("Russie",), ("Ukraine",)),
    evidence=("l'offensive est une opération spéciale",),
)


def test_disagreement_matches_when_every_gold_side_finds_a_distinct_side() -> None:
    case = gold([RUSSIE, UKRAINE, BARROT], disagreements=(DISPUTE,))
    far = [q("Le ministre")]  # evidence elsewhere: the sides alone decide
    good = briefing([("r", "Moscou", []), ("u", "Kiev", [])], disagreements=[([["r"], ["u"]], far)])
    same_side_twice = briefing([("r", "Moscou", ["Kiev"]), ("b", "Barrot", [])], disagreements=[([["r"], ["b"]], far)])
    assert score(case, good).disagreements == Counts(tp=1, fp=0, fn=0)
    # one predicted side holds both gold sides' actors: the gold sides need distinct sides
    assert score(case, same_side_twice).disagreements == Counts(tp=0, fp=1, fn=1)


def test_disagreement_matches_by_evidence_and_one_shared_side() -> None:
    case = gold([RUSSIE, UKRAINE, BARROT], disagreements=(DISPUTE,))
    ev = [q("l'offensive est une opération spéciale")]
    one_side = briefing([("r", "Russie", []), ("b", "Barrot", [])], disagreements=[([["r"], ["b"]], ev)])
    no_side = briefing([("b", "Barrot", []), ("x", "Macron", [])], disagreements=[([["b"], ["x"]], ev)])
    assert score(case, one_side).disagreements.tp == 1
    assert score(case, no_side).disagreements.tp == 0


def test_grounding_forgives_only_the_scoring_normalisation() -> None:
    case = gold([BARROT])
    typed = "LA PAIX passait par l'europe"  # case and apostrophe differ: found
    invented = "la paix est signée"
    pred = briefing([("b", "Barrot", [])], claims=[("b", [Evidence(quote=typed, start=0, end=len(typed))])])
    pred.claims[0].evidence.append(Evidence(quote=invented, start=0, end=len(invented)))
    result = score(case, pred)
    assert (result.grounding.hits, result.grounding.total) == (1, 2)
    # the found quote's span is mapped back to the article's own characters
    [span] = FoldedText(ARTICLE).find_all(typed)
    assert ARTICLE[span.start : span.end] == "la paix passait par l’Europe"


def test_max_matching_is_deterministic_and_maximal() -> None:
    edges = {(0, 0), (0, 1), (1, 0)}
    assert max_matching(2, 2, lambda i, j: (i, j) in edges) == [(0, 1), (1, 0)]


def test_prf_conventions() -> None:
    assert (Counts().p, Counts().r, Counts().f1) == (1.0, 1.0, 1.0)
    assert (Counts(fn=2).p, Counts(fn=2).r) == (0.0, 0.0)
    assert Counts(tp=1, fp=1, fn=1).f1 == pytest.approx(0.5)
