"""General failures found by running the offline engine on short English wire-style news items
composed for the purpose (none taken from an eval article), with their French counterparts: one
test per rule."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from tests.briefing_queries import said_by


def _quotes(engine: OfflineEngine, language: str, text: str) -> list[str]:
    b = engine.summarize(parse(text, language=language))
    return [ev.quote for c in b.claims for ev in c.evidence]


# ------------------------------------------------------------------ the one told is not what is said
@pytest.mark.parametrize(
    ("language", "text", "told"),
    [
        ("en", "Karl Obst told a meeting of the party in the capital.", "a meeting of the party"),
        ("en", '"The vaccine works," Dr. Ilse Varga told a news conference.', "a news conference"),
        ("en", "Minister Karl Obst informed the board of the regional water company.", "the board"),
        ("fr", "Karl Obst a averti les habitants du quartier inondé.", "les habitants"),
        ("fr", "Karl Obst a informé les membres du conseil régional.", "les membres"),
    ],
)
def test_the_object_of_a_verb_of_telling_is_who_is_told(
    engine: OfflineEngine, language: str, text: str, told: str
) -> None:
    """The plain object of a verb of telling (tell, inform, brief, assure, notify, remind;
    informer, avertir, prévenir, aviser, rassurer) is the one addressed, an audience or an
    occasion: never what is said."""
    quotes = _quotes(engine, language, "date 2026-11 title Test\n\n" + text + "\n")
    assert not any(told in q for q in quotes), quotes


# ------------------------------------------------------------------ a spokesman qualified by a class noun
@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "The Trade Office fined the toy maker Brindle on Monday for misleading labels. Brindle said it would "
            'appeal. "Our labels were always accurate and we dispute the ruling," a company spokeswoman said.',
            "Our labels were always accurate",
        ),
        (
            "fr",
            "L'Office du commerce a infligé une amende au fabricant Brindle lundi. Brindle a annoncé "
            "qu'il ferait appel. « Nos étiquettes ont toujours été exactes et nous contestons cette décision », a "
            "déclaré une porte-parole de l'entreprise.",
            "Nos étiquettes ont toujours été exactes",
        ),
    ],
)
def test_a_spokesman_qualified_by_a_class_noun_speaks_for_that_body(
    engine: OfflineEngine, language: str, text: str, words: str
) -> None:
    """A spokes-noun qualified by the class noun of a body ("a company spokeswoman", as "a
    spokeswoman for the company", « une porte-parole de l'entreprise ») speaks for the body of
    that class named before, not as a person apart."""
    b = engine.summarize(parse("date 2026-11 title Test\n\n" + text + "\n", language=language))
    assert said_by(b, words) == {"brindle"}
    assert not any("spokes" in a.name.lower() for a in b.actors)


# ------------------------------------------------------------------ a name after a body's class noun
@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "L'Office a infligé une amende au fabricant Brindle lundi. Brindle a annoncé qu'il ferait appel de "
            "la décision.",
            "Brindle",
        ),
        (
            "en",
            "The regulator fined the retailer Brindle on Monday. Brindle said it would appeal the decision.",
            "Brindle",
        ),
    ],
)
def test_a_name_after_the_class_noun_of_a_body_is_that_body(
    engine: OfflineEngine, language: str, text: str, name: str
) -> None:
    """A name that hangs on a common noun of a body just before it ("the retailer Brindle", « le
    fabricant Brindle ») is a body, whatever the NER's label; and a person's name never ends on
    a word in lower case (a day, « lundi », the NER ran on)."""
    b = engine.summarize(parse("date 2026-11 title Test\n\n" + text + "\n", language=language))
    kinds = {a.name: a.kind for a in b.actors}
    assert kinds.get(name) == "organization", kinds
    assert not any(n.endswith(("lundi", "Monday")) for n in kinds), kinds


# ------------------------------------------------------------------ the charge is what is said
@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Prosecutors in Dalmora on Friday charged the former port director Ivo Stanek with taking bribes "
            "from shipping firms.",
            "with taking bribes from shipping firms",
        ),
        ("en", "Police charged Ivo Stanek with fraud and forgery.", "with fraud and forgery"),
        (
            "fr",
            "Le parquet a accusé vendredi Ivo Stanek d'avoir touché des pots-de-vin d'armateurs.",
            "d'avoir touché des pots-de-vin",
        ),
    ],
)
def test_the_charge_a_verb_of_charging_brings_is_part_of_what_it_says(
    engine: OfflineEngine, language: str, text: str, words: str
) -> None:
    """The complement of the preposition that marks the charge ("charge X with Y", « accuser X
    de Y »), a noun or a gerund, belongs to what the verb of charging says."""
    quotes = _quotes(engine, language, "date 2026-11 title Test\n\n" + text + "\n")
    assert any(words in q for q in quotes), quotes


# ------------------------------------------------------------------ a body of a place
@pytest.mark.parametrize(
    ("language", "text", "words", "body"),
    [
        (
            "fr",
            "Le parquet de Lyon a annoncé vendredi que l'enquête sur l'incendie du dépôt était close.",
            "l'enquête sur l'incendie du dépôt était close",
            "parquet",
        ),
        (
            "fr",
            "La mairie de Lyon a annoncé jeudi que le vieux pont serait fermé tout l'hiver.",
            "le vieux pont serait fermé tout l'hiver",
            "mairie",
        ),
        (
            "en",
            "The council of Lyon said on Friday that the old bridge would close for the winter.",
            "the old bridge would close for the winter",
            "council",
        ),
    ],
)
def test_a_body_named_by_its_place_speaks(
    engine: OfflineEngine, language: str, text: str, words: str, body: str
) -> None:
    """A body's common noun whose complement is only a place (« le parquet de Lyon », « la mairie
    de X », "the council of X") is that place's body and speaks; the place alone never does."""
    b = engine.summarize(parse("date 2026-11 title Test\n\n" + text + "\n", language=language))
    speakers = said_by(b, words)
    assert len(speakers) == 1 and body in next(iter(speakers)), speakers
