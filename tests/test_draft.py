"""The compact draft: each quote written once, meaningful spans only, claims cited by id.

Articles here are sentences composed for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from summarizer.engines.llm.draft import BriefingDraft, to_briefing
from summarizer.schema import Meta, Source

ARTICLE_FR = (
    "La ministre Claire Dubois a déclaré que le nouveau pont serait achevé en mars. "
    "« Nous tiendrons les délais », a-t-elle ajouté. "
    "Le syndicat des transporteurs juge ce calendrier « irréaliste » et réclame une étude indépendante.\n"
)
ARTICLE_EN = (
    'Mayor Ann Lee said the new bridge would open in March. "We will keep to the schedule," she added. '
    'The hauliers\' union called the timetable "unrealistic".\n'
)


def draft(claims: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "summary": "s",
        "actors": [
            {"id": "dubois", "name": "Claire Dubois", "kind": "person"},
            {"id": "syndicat", "name": "le syndicat des transporteurs", "kind": "organization"},
        ],
        "claims": claims,
        **extra,
    }


def validate(data: dict[str, Any], article: str = ARTICLE_FR) -> BriefingDraft:
    return BriefingDraft.model_validate(data, context={"article": article})


def test_a_fragment_of_a_word_is_refused_with_the_reason() -> None:
    with pytest.raises(ValidationError, match="starts or ends inside a word"):
        validate(draft([{"id": "c1", "speaker": "dubois", "quote": "e"}]))
    with pytest.raises(ValidationError, match="inside a word"):
        validate(draft([{"id": "c1", "speaker": "dubois", "quote": "nouveau pont serait achev"}]))


def test_a_short_quote_must_be_a_term_the_article_puts_in_quotation_marks() -> None:
    # two words, not quoted by the article: refused, with what to do instead
    with pytest.raises(ValidationError, match=r"fewer than 3 words .* quote the whole clause"):
        validate(draft([{"id": "c1", "speaker": "dubois", "quote": "nouveau pont"}]))
    # one word the article itself puts in guillemets: accepted
    validated = validate(draft([{"id": "c1", "speaker": "syndicat", "quote": "irréaliste"}]))
    assert validated.claims[0].quote == "irréaliste"
    # the same in English, with straight quotes and the comma inside them
    actors = [{"id": "union", "name": "hauliers' union", "kind": "organization"}]
    data = {"summary": "s", "actors": actors, "claims": [{"id": "c1", "speaker": "union", "quote": "unrealistic"}]}
    assert validate(data, ARTICLE_EN).claims[0].quote == "unrealistic"


def test_three_words_or_more_need_no_quotation_marks() -> None:
    validate(draft([{"id": "c1", "speaker": "syndicat", "quote": "réclame une étude indépendante"}]))


def test_kind_is_read_off_the_articles_quotation_marks() -> None:
    claims = [
        {"id": "c1", "speaker": "dubois", "cue": "a déclaré", "quote": "le nouveau pont serait achevé en mars"},
        {"id": "c2", "speaker": "dubois", "cue": "a-t-elle ajouté", "quote": "Nous tiendrons les délais"},
    ]
    briefing = to_briefing(
        validate(draft(claims)),
        ARTICLE_FR,
        source=Source(sha256="0" * 64, language="fr", chars=len(ARTICLE_FR)),
        meta=Meta(engine="llm"),
    )
    assert [c.kind for c in briefing.claims] == ["indirect", "direct"]
    assert briefing.claims[1].text == "Nous tiendrons les délais"


def test_positions_and_disagreements_cite_claims_and_carry_their_evidence() -> None:
    claims = [
        {"id": "c1", "speaker": "dubois", "cue": "a déclaré", "quote": "le nouveau pont serait achevé en mars"},
        {"id": "c2", "speaker": "syndicat", "cue": "juge", "quote": "irréaliste"},
    ]
    data = draft(
        claims,
        positions=[
            {"actor": "dubois", "topic": "calendrier du pont", "stance": "achèvement en mars", "claims": ["c1"]}
        ],
        disagreements=[
            {
                "topic": "calendrier du pont",
                "sides": [
                    {"actors": ["dubois"], "stance": "tenable"},
                    {"actors": ["syndicat"], "stance": "irréaliste"},
                ],
                "claims": ["c1", "c2"],
                "quotes": ["réclame une étude indépendante"],
            }
        ],
    )
    briefing = to_briefing(
        validate(data),
        ARTICLE_FR,
        source=Source(sha256="0" * 64, language="fr", chars=len(ARTICLE_FR)),
        meta=Meta(engine="llm"),
    )
    assert briefing.positions[0].claims == ["c1"]
    assert briefing.positions[0].evidence == briefing.claims[0].evidence
    dis = briefing.disagreements[0]
    assert dis.claims == ["c1", "c2"]
    assert [e.quote for e in dis.evidence] == [
        "le nouveau pont serait achevé en mars",
        "irréaliste",
        "réclame une étude indépendante",
    ]
    for ev in briefing.evidence():
        assert ARTICLE_FR[ev.start : ev.end] == ev.quote


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ({"positions": [{"actor": "dubois", "topic": "t", "stance": "s", "claims": ["c9"]}]}, "unknown claim ids"),
        ({"positions": [{"actor": "dubois", "topic": "t", "stance": "s"}]}, "needs claim ids or quotes"),
        (
            {
                "disagreements": [
                    {
                        "topic": "t",
                        "sides": [{"actors": ["dubois"], "stance": "a"}, {"actors": ["syndicat"], "stance": "b"}],
                    }
                ]
            },
            "needs claim ids or quotes",
        ),
    ],
)
def test_references_are_checked(extra: dict[str, Any], reason: str) -> None:
    claims = [{"id": "c1", "speaker": "dubois", "quote": "le nouveau pont serait achevé en mars"}]
    with pytest.raises(ValidationError, match=reason):
        validate(draft(claims, **extra))


def test_duplicate_claim_ids_are_refused() -> None:
    claims = [
        {"id": "c1", "speaker": "dubois", "quote": "le nouveau pont serait achevé en mars"},
        {"id": "c1", "speaker": "syndicat", "quote": "irréaliste"},
    ]
    with pytest.raises(ValidationError, match="claim ids must be unique"):
        validate(draft(claims))
