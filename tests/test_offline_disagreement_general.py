"""Disagreements from general constructions of opposition in news prose, in both languages: who did
what an act of opposition is against (a participle's agent, a relative clause's subject), a rebuttal of
what another speaker just said, two stances set against each other, adjectives of opposition.

Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import opposed, sides

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine


def _opposed(engine: OfflineEngine, language: str, text: str, one: str, other: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)


# ---------------------------------------------------------------- who did what is opposed
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        # the participle hangs on the noun's own complement
        (
            "fr",
            "Le maire Otto Brand a critiqué les tarifs de stationnement introduits par l'Autorité portuaire.",
            "otto brand",
            "autorite portuaire",
        ),
        # a participle set off by a comma after the object
        (
            "fr",
            "Le Parti vert a dénoncé la fermeture, annoncée en mai par la gouverneure Ilse Tarn.",
            "parti vert",
            "ilse tarn",
        ),
        # the subject of a relative clause whose object is the noun
        (
            "fr",
            "Le Parti vert a également rejeté le plan budgétaire que la gouverneure Ilse Tarn a présenté lundi.",
            "parti vert",
            "ilse tarn",
        ),
        # "against"/"contre" a thing someone did
        (
            "en",
            "The Velden Party protested against the closures ordered by the Harbour Authority.",
            "velden party",
            "harbour authority",
        ),
        (
            "fr",
            "Le Parti vert a protesté contre la fermeture décidée par l'Autorité portuaire.",
            "parti vert",
            "autorite portuaire",
        ),
    ],
)
def test_the_author_of_what_is_opposed_is_the_other_side(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    _opposed(engine, language, text, one, other)
