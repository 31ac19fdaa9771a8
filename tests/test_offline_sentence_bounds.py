"""Where the parse draws boundaries: within a line, no sentence starts right after a word, a comma
or an opening quotation mark, and an opening mark after a final stop starts its sentence
(``pipeline._no_break_after_words``); a name ends before a loose common noun; a state's body
named through the state is that body. Composed sentences."""

from __future__ import annotations

import pytest

from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.pipeline import load_pipeline, parse_lines
from tests.briefing_queries import run, said_by

TEXTS = {
    "fr": [
        "De son côté, la ministre Claire Vasseur fait savoir qu'elle maintiendra la réforme des retraites.",
        "Le maire a quitté la salle. « Nous ne céderons pas », a lancé Paul Kerjean, le visage fermé.",
        "Selon la préfecture, les routes du col resteront fermées jusqu'à jeudi, faute de déneigeuses.",
    ],
    "en": [
        "Meanwhile, the regional health director Nadia Osei let it be known that the clinic would reopen.",
        "The mayor left the room. “We will not give in,” said Paul Kerjean, his face set.",
        "According to the county, the mountain roads will stay closed until Thursday for lack of ploughs.",
    ],
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_sentence_starts_after_a_word_a_comma_or_an_opening_mark(language: str) -> None:
    docs = list(parse_lines(load_pipeline(language), TEXTS[language]))
    for doc in docs:
        for sent in list(doc.sents)[1:]:
            before = doc[sent.start - 1]
            assert not before.is_alpha and before.text not in {",", "«", "“"}, (sent.text, before.text)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_opening_mark_after_a_stop_starts_the_sentence(language: str) -> None:
    doc = next(parse_lines(load_pipeline(language), [TEXTS[language][1]]))
    opening = next(t for t in doc if t.text in {"«", "“"})
    assert opening.is_sent_start


def test_a_subject_before_a_light_verb_of_saying_stays_its_subject(engine: OfflineEngine) -> None:
    """Parsed alone, "la ministre Claire Vasseur" ended a sentence of its own and "fait savoir"
    had no subject; held in one sentence, the minister says what follows."""
    b = run(engine, TEXTS["fr"][0], "fr")
    assert said_by(b, "elle maintiendra la réforme des retraites") == {"claire vasseur"}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_quotation_opening_a_sentence_goes_to_its_cue(engine: OfflineEngine, language: str) -> None:
    b = run(engine, TEXTS[language][1], language)
    words = "Nous ne céderons pas" if language == "fr" else "We will not give in"
    assert said_by(b, words) == {"paul kerjean"}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Le juge a condamné Kestrel Médias jeudi. Le groupe a affirmé qu'il ferait appel.", "Kestrel Médias"),
        ("en", "The competition authority fined the Orvane Trust spokesman on Tuesday, and Orvane Trust said "
               "it would appeal.", "Orvane Trust"),
    ],
)
def test_a_name_ends_before_a_loose_common_noun(engine: OfflineEngine, language: str, text: str,
                                                name: str) -> None:
    """A lowercase noun right after a name, with no article or preposition of its own, is a
    circumstance or a noun the name modifies ("… Logistique mardi"), not the name's end."""
    b = run(engine, text, language)
    assert name in [a.name for a in b.actors]
    assert not any(a.name.endswith(("jeudi", "spokesman")) for a in b.actors)


# ------------------------------------------------------------------ a state's bodies
@pytest.mark.parametrize(
    ("language", "text", "name", "kind"),
    [
        ("en", "Norway's foreign ministry said the talks would resume in March.", "Norway's foreign ministry",
         "organization"),
        ("en", "The embassy of Peru said the report was false.", "embassy of Peru", "organization"),
        ("en", "Norway's government said the talks would resume in March.", "Norway", "country"),
        ("fr", "L'ambassade de Chine a assuré que le rapport était faux.", "ambassade de Chine", "organization"),
        ("fr", "L'armée du Mali a assuré que le rapport était faux.", "armée du Mali", "organization"),
        ("fr", "Le gouvernement de la Norvège a assuré que le rapport était faux.", "Norvège", "country"),
    ],
)
def test_a_body_of_a_state_named_through_the_state_speaks_as_that_body(
        engine: OfflineEngine, language: str, text: str, name: str, kind: str) -> None:
    """A state's body named through the state's name, as its possessor or its complement, is an
    organisation named with the state; the state's government is the state."""
    b = run(engine, text, language)
    speakers = {(a.name, a.kind) for c in b.claims if (a := b.actor(c.speaker)) is not None}
    assert speakers == {(name, kind)}


def test_a_spokesman_of_a_state_s_body_speaks_for_it(engine: OfflineEngine) -> None:
    text = ("Norway's Interior Ministry said on Friday that the border would reopen. An interior ministry "
            "spokesman added that the checks would stay.")
    b = run(engine, text, "en")
    assert said_by(b, "the checks would stay") == {"norway's interior ministry"}
    assert len(b.actors) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le ministère norvégien des Affaires étrangères a affirmé que les négociations reprendraient.",
         "ministère norvégien des Affaires étrangères"),
        ("Le ministère russe de la Défense a affirmé que les frappes avaient cessé.", "ministère russe de la Défense"),
    ],
)
def test_a_body_s_field_after_its_nationality_is_part_of_its_name(engine: OfflineEngine, text: str,
                                                                  name: str) -> None:
    """French puts the nationality adjective between a ministry and its field in capitals: the
    field still belongs to the name."""
    b = run(engine, text, "fr")
    assert [a.name for a in b.actors] == [name]


# ------------------------------------------------------------------ names of bodies the NER reads as persons
@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "The utility company, Rivervale Water, denied that the pipes were contaminated.", "Rivervale Water"),
        ("en", "Critics, including the local chapter of the Sierra Club, argue that the city ignored warnings.",
         "Sierra Club"),
        ("fr", "Le club Sierra Club a affirmé que la décision était injuste.", "Sierra Club"),
    ],
)
def test_a_name_set_off_after_a_noun_of_bodies_or_headed_by_one_is_a_body(
        engine: OfflineEngine, language: str, text: str, name: str) -> None:
    """A name in apposition to a common noun of bodies, between commas, or whose head word is a
    noun of bodies ("Club", "Society") names an organisation, though it opens on a first name."""
    b = run(engine, text, language)
    assert [(a.name, a.kind) for a in b.actors if a.name == name] == [(name, "organization")]
