"""General failures found by running the offline engine on short French wire-style news items
composed for the purpose (none taken from an eval article), one test per rule, with the English
counterpart of each."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from tests.briefing_queries import said_by


# ------------------------------------------------------------------ a demand's short object is said
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        ("fr", "Les conseillers de l'opposition ont réclamé sa démission.", "sa démission", "conseillers"),
        ("fr", "Le syndicat Sud-Rail exige des excuses.", "des excuses", "sud-rail"),
        ("en", "The Varno Workers Union demanded his resignation.", "his resignation", "varno workers union"),
    ],
)
def test_a_verb_of_demand_says_its_short_object(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    """What a speaker demands is what it says, however short the object ("réclamer sa démission",
    "exiger des excuses", "demand his resignation"), as a denial's short object is."""
    b = engine.summarize(parse(text, language=language))
    assert any(speaker in s for s in said_by(b, words))


# ------------------------------------------------------------------ a name after the subject noun and a comma
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        ("fr", "« Le site restera ouvert », a indiqué son président, Loïc Le Gall.", "Le site restera", "loic le gall"),
        ("en", '"The plant will stay open," said its chairman, Lewis Gall.', "The plant will stay", "lewis gall"),
    ],
)
def test_a_name_after_the_subject_and_a_comma_is_its_apposition(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    """A verb has one subject: a name after its subject noun and a comma alone, hung on the same
    verb whatever the parser's label, is the noun's apposition and the fuller reference; it speaks,
    and the noun is no second actor."""
    b = engine.summarize(parse(text, language=language))
    assert said_by(b, words) == {speaker}
    assert len(b.actors) == 1


# ------------------------------------------------------------------ a body located by its place
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Le parquet de Rennes a affirmé que le maire avait favorisé une entreprise.", "le maire avait", "parquet"),
        ("La mairie de Lorient a annoncé que la piscine fermerait en mars.", "la piscine fermerait", "mairie"),
    ],
)
def test_a_body_named_with_its_place_speaks(engine: OfflineEngine, text: str, words: str, speaker: str) -> None:
    """A singular body noun whose complement is only a town ("le parquet de Rennes", "la mairie de
    Lorient") is a body of its own, named with its place: the place locates it, the body speaks.
    (English has the place before the noun, "the Rennes prosecutor", a compound the parser
    hangs on the body already.)"""
    b = engine.summarize(parse(text, language="fr"))
    assert any(speaker in s for s in said_by(b, words))


# ------------------------------------------------------------------ a complement is no co-speaker
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "« Les comptes ont été maquillés », assure Nadia Berthier, de la CFDT.",
            "Les comptes",
            "nadia berthier",
        ),
        (
            "en",
            '"The books were doctored," said Nadia Berthier, of the Metalworkers Union.',
            "The books",
            "nadia berthier",
        ),
    ],
)
def test_a_speakers_body_after_a_preposition_does_not_speak(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    """A co-subject never carries a preposition: "X, de la CFDT" names X's body, which the parser
    may take for a conjunct; only X speaks."""
    b = engine.summarize(parse(text, language=language))
    assert said_by(b, words) == {speaker}


# ------------------------------------------------------------------ the one reproached is no circumstance
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        ("fr", "Le syndicat Sud-Rail reproche au maire d'avoir favorisé une entreprise.", "favorisé", "sud-rail"),
        ("fr", "Le syndicat Sud-Rail reproche au préfet son silence.", "son silence", "sud-rail"),
        ("en", "The Varno Workers Union blamed the mayor for favouring a company.", "favouring", "varno workers union"),
    ],
)
def test_a_reproach_says_what_it_reproaches(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    """The complement in "à" of a verb of reproach ("reprocher à Y de …", "reprocher à Y son
    silence") is the one reproached, not a circumstance of place: what is reproached is said."""
    b = engine.summarize(parse(text, language=language))
    assert any(speaker in s for s in said_by(b, words))
