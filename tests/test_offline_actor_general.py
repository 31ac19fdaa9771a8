"""When a state is an actor, stated in general linguistic terms and checked in French and in
English on sentences composed for the test (tests/test_no_dev_sentences.py): a state acts as
the doer of an event that suits a state, not as the scene, the experiencer or the winner of
one; not in someone's words; a capital among cities is a city; a country's name ending a
longer proper name is no country; "the government" acting is the state."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing


def names(b: Briefing) -> list[str]:
    return [fold(a.name) for a in b.actors]


def aliases(b: Briefing) -> set[str]:
    return {fold(n) for a in b.actors for n in (a.name, *a.aliases)}


# ------------------------------------------------------------------ the scene of an event
@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        (
            "en",
            "Portugal saw its worst floods in a century last week. Farmers in the north lost their harvest.",
            "portugal",
        ),
        ("en", "Chile will host the regional games next year, and the stadiums are ready.", "chile"),
        (
            "fr",
            "Le Portugal a connu ses pires inondations depuis un siècle la semaine dernière. "
            "Les agriculteurs du nord ont perdu leur récolte.",
            "portugal",
        ),
        ("fr", "Le Chili accueillera les jeux régionaux l'an prochain, et les stades sont prêts.", "chili"),
    ],
)
def test_a_country_that_is_the_scene_of_an_event_is_no_actor(
    engine: OfflineEngine, language: str, text: str, state: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert state not in aliases(b), [(a.name, a.aliases) for a in b.actors]


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("en", "Portugal sent two ships to the island last week. Farmers in the north lost their harvest.", "portugal"),
        (
            "fr",
            "Le Portugal a envoyé deux navires sur l'île la semaine dernière. "
            "Les agriculteurs du nord ont perdu leur récolte.",
            "portugal",
        ),
    ],
)
def test_a_country_that_does_what_a_state_does_is_an_actor(
    engine: OfflineEngine, language: str, text: str, state: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert state in names(b)


# ------------------------------------------------------------------ in someone's words
@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("en", "Mayor Tomas Reval said the village was shelled by Armenia during the night.", "armenia"),
        (
            "fr",
            "Le maire, Tomas Reval, a affirmé que le village avait été bombardé par l'Arménie pendant la nuit.",
            "armenie",
        ),
    ],
)
def test_the_agent_of_a_passive_in_reported_speech_is_named_in_the_speakers_words(
    engine: OfflineEngine, language: str, text: str, state: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert state not in aliases(b), [(a.name, a.aliases) for a in b.actors]
    assert "tomas reval" in names(b)


# ------------------------------------------------------------------ a capital among cities
@pytest.mark.parametrize(
    ("language", "text", "capital"),
    [
        ("en", "Rome and Milan took the lead in the protests against the pension reform.", "rome"),
        ("fr", "La grande marche du 1er mai a été interdite par Varsovie et Cracovie.", "varsovie"),
    ],
)
def test_a_capital_coordinated_with_a_city_is_a_city(
    engine: OfflineEngine, language: str, text: str, capital: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert capital not in aliases(b), [(a.name, a.aliases) for a in b.actors]


def test_a_capital_alone_doing_an_act_is_its_state(engine: OfflineEngine) -> None:
    b = engine.summarize(parse("La grande marche du 1er mai a été interdite par Varsovie.", language="fr"))
    assert "varsovie" in aliases(b)


# ------------------------------------------------------------------ a country's name inside a longer name
@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("en", "New Mexico passed a law on water rights on Monday.", "mexico"),
        ("en", "On Monday, New Guinea closed its ports to fishing boats.", "guinea"),
        ("fr", "Lundi, la Nouvelle Guinée a fermé ses ports aux navires de pêche.", "guinee"),
    ],
)
def test_a_country_name_ending_a_longer_proper_name_is_no_country(
    engine: OfflineEngine, language: str, text: str, country: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert country not in aliases(b), [(a.name, a.aliases) for a in b.actors]


# ------------------------------------------------------------------ "the government"
@pytest.mark.parametrize(
    ("language", "text", "noun"),
    [
        (
            "en",
            "Prime Minister Lena Varga resigned on Monday. "
            "The schools stay shut until the date the government has specified.",
            "government",
        ),
        (
            "fr",
            "La Première ministre Lena Varga a démissionné lundi. "
            "Les écoles resteront fermées jusqu'à la date que le gouvernement a précisée.",
            "gouvernement",
        ),
    ],
)
def test_the_government_acting_is_an_actor(engine: OfflineEngine, language: str, text: str, noun: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert noun in names(b), [(a.name, a.aliases) for a in b.actors]


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        (
            "en",
            "The Chilean government announced a new tax on copper. "
            "The mines stay shut until the date the government has specified.",
            "chilean government",
        ),
        (
            "fr",
            "Le gouvernement chilien a annoncé une taxe sur le cuivre. "
            "Les mines resteront fermées jusqu'à la date que le gouvernement a précisée.",
            "gouvernement chilien",
        ),
    ],
)
def test_the_government_is_the_state_whose_government_was_named(
    engine: OfflineEngine, language: str, text: str, state: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert names(b) == [state], [(a.name, a.aliases) for a in b.actors]


# ------------------------------------------------------------------ what a state does as a state
@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("en", "Portugal took part in the regional fair last week, and the stands were full.", "portugal"),
        (
            "fr",
            "Le Portugal a participé à la foire régionale la semaine dernière, et les stands étaient pleins.",
            "portugal",
        ),
        ("en", "The old ferry was operated by Norway and Denmark until 1990.", "norway"),
        ("fr", "Le vieux ferry a été exploité par la Norvège et le Danemark jusqu'en 1990.", "norvege"),
    ],
)
def test_a_silent_state_named_once_that_does_no_act_of_a_state_is_no_actor(
    engine: OfflineEngine, language: str, text: str, state: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert state not in aliases(b), [(a.name, a.aliases) for a in b.actors]


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("en", "Portugal banned the sale of fireworks last week, and the shops were empty.", "portugal"),
        (
            "fr",
            "Le Portugal a interdit la vente de feux d'artifice la semaine dernière, et les magasins étaient vides.",
            "portugal",
        ),
        ("en", "The island was occupied by Norway until 1990.", "norway"),
        ("fr", "L'île a été occupée par la Norvège jusqu'en 1990.", "norvege"),
    ],
)
def test_a_silent_state_named_once_that_does_an_act_of_a_state_is_an_actor(
    engine: OfflineEngine, language: str, text: str, state: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert state in names(b)


# ------------------------------------------------------------------ a body's name after the noun of its class
@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        # the name keeps its own article and its own capitalised complement
        ("fr", "L'association la Ronde des Lacs a dénoncé mardi le projet de barrage.", "la ronde des lacs"),
        ("en", "On Tuesday the charity The Orvo Trust warned that the dam would ruin the valley.", "the orvo trust"),
    ],
)
def test_a_name_with_its_own_article_after_a_class_noun_is_one_body(
    engine: OfflineEngine, language: str, text: str, body: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert names(b) == [body], [(a.name, a.aliases) for a in b.actors]


# ------------------------------------------------------------------ the subject of a reporting verb
@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # the tagger reads the name as a verb and its object
        (
            "en",
            "The council approved the new marina on Monday. Tshering Dorji said the project would destroy the reef.",
            "tshering dorji",
        ),
        # the tagger finds only the end of the name
        (
            "fr",
            "Le conseil a approuvé lundi la nouvelle marina. Sauvons Orvo a estimé que le projet détruirait le récif.",
            "sauvons orvo",
        ),
    ],
)
def test_capitalised_words_opening_the_clause_of_a_reporting_verb_are_the_speakers_name(
    engine: OfflineEngine, language: str, text: str, speaker: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert names(b) == [speaker], [(a.name, a.aliases) for a in b.actors]
    assert [c.speaker for c in b.claims] == [b.actors[0].id]


# ------------------------------------------------------------------ unnamed people who speak
@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        (
            "en",
            "The council approved the new marina on Monday. Local people said the project would destroy the reef.",
            "local people",
        ),
        (
            "fr",
            "Le conseil a approuvé lundi la nouvelle marina. "
            "Les gens du village ont affirmé que le projet détruirait le récif.",
            "gens du village",
        ),
    ],
)
def test_a_vague_noun_of_people_with_a_qualifier_that_says_which_speaks(
    engine: OfflineEngine, language: str, text: str, group: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert names(b) == [group], [(a.name, a.aliases) for a in b.actors]
    assert [c.speaker for c in b.claims] == [b.actors[0].id]
