"""The reporting verbs of the language profiles cover the common verbs of saying of news
prose, not only those the dev set happens to use: a speaker introduced by one of them has
the claim. Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import said_by

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Le maire de Valcourt, Bernard Lemaire, a présenté mardi son budget. "
         "« Ces chiffres sont faux », a répliqué Sylvie Marchand, conseillère d'opposition.",
         "Ces chiffres sont faux", "sylvie marchand"),
        ("La ministre Claire Dubosc a réaffirmé jeudi que la réforme des retraites entrerait "
         "en vigueur au printemps.", "la réforme des retraites entrerait", "claire dubosc"),
        ("Le syndicaliste Marc Olivier s'est exclamé : « Nous ne céderons rien sur les salaires ! »",
         "Nous ne céderons rien sur les salaires", "marc olivier"),
    ],
)
def test_fr_common_verbs_of_saying_report(engine: OfflineEngine, text: str, words: str, speaker: str) -> None:
    b = engine.summarize(parse(text, language="fr"))
    assert speaker in said_by(b, words), [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The council approved the new bus routes on Monday. "
         "\"Nobody asked the riders,\" exclaimed Dana Whitfield, who chairs the residents' association.",
         "Nobody asked the riders", "dana whitfield"),
        ("Senator Paul Brennan reaffirmed on Friday that the farm bill would pass before the recess.",
         "the farm bill would pass before the recess", "paul brennan"),
        ("Asked about the delays, the engineer Rosa Quintero conceded nothing and instead "
         "speculated that the supplier had run out of steel.",
         "the supplier had run out of steel", "rosa quintero"),
    ],
)
def test_en_common_verbs_of_saying_report(engine: OfflineEngine, text: str, words: str, speaker: str) -> None:
    b = engine.summarize(parse(text, language="en"))
    assert speaker in said_by(b, words), [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]


def test_en_verb_of_saying_that_needs_a_clause_takes_no_bare_object(engine: OfflineEngine) -> None:
    """'accept' reports speech with a clause ("accepted that …"), not with a thing accepted."""
    b = engine.summarize(parse("The mayor, Lena Ortiz, accepted the award on Tuesday.", language="en"))
    assert not said_by(b, "the award")
    b = engine.summarize(parse("The mayor, Lena Ortiz, accepted that the plan had failed.", language="en"))
    assert "lena ortiz" in said_by(b, "the plan had failed")


def speakers(b: Briefing) -> set[str]:
    """Folded names of every actor that has a claim."""
    return {fold(a.name) for c in b.claims if c.speaker for a in [b.actor(c.speaker)] if a is not None}


def test_en_occupations_of_general_vocabulary_name_speakers(engine: OfflineEngine) -> None:
    """Sources named by an occupation the dev set never uses: a plural one speaks as a
    group, a singular one before a name is that person's title, not a speaker of its own."""
    b = engine.summarize(parse(
        "Paramedics warned on Sunday that the clinic could close within weeks. "
        "The astronaut Ilse Brandt said the tremors had doubled since March.", language="en"))
    assert {"paramedics", "ilse brandt"} <= speakers(b), speakers(b)
    assert "astronaut" not in speakers(b)


def test_fr_metiers_du_vocabulaire_general_nomment_les_sources(engine: OfflineEngine) -> None:
    b = engine.summarize(parse(
        "Les volcanologues ont averti dimanche que le cratère pourrait s'effondrer. "
        "La sismologue Ilse Brandt a affirmé que les secousses avaient doublé depuis mars.", language="fr"))
    assert {"volcanologues", "ilse brandt"} <= speakers(b), speakers(b)
    assert "sismologue" not in speakers(b)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Health official Omar Reyes averred that the water was safe to drink.", "the water was safe", "omar reyes"),
        ("Economist Lena Ford surmised that prices would fall by the spring.", "prices would fall", "lena ford"),
        ("Councillor Ruth Abara lambasted the council for closing the library.", "the council", "ruth abara"),
        ("The storm flattened the barns of Corley Farm. \"We have lost everything,\" farmer Jo Pike sighed.",
         "We have lost everything", "jo pike"),
    ],
)
def test_en_more_verbs_of_saying_report(engine: OfflineEngine, text: str, words: str, speaker: str) -> None:
    b = engine.summarize(parse(text, language="en"))
    assert speaker in said_by(b, words), [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("La députée Claire Moreau a préconisé que les écoles ouvrent plus tôt le matin.",
         "les écoles ouvrent plus tôt", "claire moreau"),
        ("Le ministre Henri Lavaud prétend que la réforme sera votée avant l'été.",
         "la réforme sera votée", "henri lavaud"),
        ("L'usine de Corlay fermera en mars. « Nous ne lâcherons rien », glisse le syndicaliste Paul Viard.",
         "Nous ne lâcherons rien", "paul viard"),
        ("Le maire Louis Petit a fustigé puis stigmatisé les promoteurs qui bétonnent la côte.",
         "les promoteurs", "louis petit"),
    ],
)
def test_fr_more_verbs_of_saying_report(engine: OfflineEngine, text: str, words: str, speaker: str) -> None:
    b = engine.summarize(parse(text, language="fr"))
    assert speaker in said_by(b, words), [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]
