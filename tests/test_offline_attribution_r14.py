"""Claim attribution, round 14: which of the actors around a cue speaks. Every sentence here is
composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest

from summarizer.engines.offline import OfflineEngine
from tests.briefing_queries import run, said_by


# A source frame ("according to X", "selon X") over a two-word cue of saying with no content of
# its own ("expressed regret", "a exprimé sa colère") passes on that act: the cue's subject
# speaks, as in "Selon l'AFP, X a déclaré que …"; the frame's source only relays it.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker", "relay"),
    [
        (
            "en",
            "Harbour plans\n\nThe port of Velmont will close its northern quay in March.\n\n"
            "According to the Velmont Herald, a spokesman for the Ministry of Fisheries expressed "
            "regret.\n",
            "expressed regret",
            "ministry of fisheries",
            "velmont herald",
        ),
        (
            "fr",
            "Le port\n\nLe port de Velmont fermera son quai nord en mars.\n\n"
            "Selon le quotidien La Gazette de Velmont, la ministre de la Pêche Clara Viel a exprimé sa "
            "colère.\n",
            "exprimé sa",
            "clara viel",
            "gazette de velmont",
        ),
    ],
)
def test_a_frame_over_a_contentless_act_of_saying_passes_it_on(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str, relay: str
) -> None:
    b = run(engine, text, language)
    found = said_by(b, words)
    assert speaker in found, found
    assert not any(relay in name for name in found), found


# A bare verb that need not report speech ("called", "considered") leaves the frame's source the
# speaker: the police report that a woman called them.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "Harbour plans\n\nA fisherman called the coastguard on Sunday after his nets were cut near "
            "the quay, according to the Velmont Police.\n",
            "nets were cut",
            "velmont police",
        ),
    ],
)
def test_a_frame_over_a_bare_verb_keeps_its_source(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert speaker in said_by(b, words), said_by(b, words)


# A source frame at the end of a sentence that hangs in a relative clause ("A did B, which C
# welcomed, according to Y") vouches for that clause only: the main clause is not Y's words.
@pytest.mark.parametrize(
    ("language", "text", "relayed", "not_relayed", "source"),
    [
        (
            "en",
            "Ferry strike\n\nThe ferry captain Joel Amsel resigned on Friday, which the shipping company "
            "regretted according to a message from its manager Dora Kessel.\n",
            "which the shipping company regretted",
            "resigned on Friday",
            "dora kessel",
        ),
        (
            "fr",
            "Grève des bacs\n\nLe capitaine Joël Amsel a démissionné vendredi, ce que la compagnie a "
            "regretté selon un message de sa gérante Dora Kessel.\n",
            "la compagnie a regretté",
            "a démissionné vendredi",
            "dora kessel",
        ),
    ],
)
def test_a_frame_in_a_relative_clause_vouches_for_that_clause(
    engine: OfflineEngine, language: str, text: str, relayed: str, not_relayed: str, source: str
) -> None:
    b = run(engine, text, language)
    assert source in said_by(b, relayed), said_by(b, relayed)
    assert source not in said_by(b, not_relayed), said_by(b, not_relayed)


# A common noun of a body heading the subject ("the government of X", "le parti de X") speaks,
# not the person its genitive complement names: that person is not the speaker.
@pytest.mark.parametrize(
    ("language", "text", "words", "person"),
    [
        (
            "en",
            "Canal works\n\nThe transport minister Ilse Marek visited the canal on Monday.\n\n"
            "The party of Ilse Marek said the canal works had been badly planned.\n",
            "badly planned",
            "ilse marek",
        ),
        (
            "en",
            "Canal works\n\nThe government of Prime Minister Ivo Lenard said the canal would reopen in May.\n",
            "reopen in May",
            "ivo lenard",
        ),
        (
            "fr",
            "Le canal\n\nLe ministre des Transports Ivo Lenard a visité le canal lundi.\n\n"
            "Le parti d'Ivo Lenard a estimé que les travaux du canal avaient été mal préparés.\n",
            "mal préparés",
            "ivo lenard",
        ),
    ],
)
def test_a_body_speaks_not_the_person_its_complement_names(
    engine: OfflineEngine, language: str, text: str, words: str, person: str
) -> None:
    b = run(engine, text, language)
    assert person not in said_by(b, words), said_by(b, words)


# A person's entourage or spokesman still speaks for that person ("the office of X", "le
# porte-parole de X"): the rule above leaves these to the person.
@pytest.mark.parametrize(
    ("language", "text", "words", "person"),
    [
        (
            "en",
            "Canal works\n\nThe office of the mayor Ilse Marek said the canal works would end in June.\n",
            "end in June",
            "ilse marek",
        ),
        (
            "fr",
            "Le canal\n\nLe porte-parole d'Ivo Lenard a affirmé que les travaux du canal finiraient en juin.\n",
            "finiraient en juin",
            "ivo lenard",
        ),
    ],
)
def test_a_persons_entourage_still_speaks_for_the_person(
    engine: OfflineEngine, language: str, text: str, words: str, person: str
) -> None:
    b = run(engine, text, language)
    assert person in said_by(b, words), said_by(b, words)


# A reported content ends where a clause of its own, joined to it ("while", "and", "but",
# "mais"), brings another speaker with a verb of saying: that clause is the second speaker's
# claim, not the first one's.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker", "first"),
    [
        (
            "en",
            "Canal works\n\nIlse Marek said the canal would reopen in May, while Ivo Lenard argued that "
            "the repairs would take a year.\n",
            "repairs would take a year",
            "ivo lenard",
            "ilse marek",
        ),
        (
            "en",
            "Canal works\n\nIlse Marek said the costs had doubled and Ivo Lenard replied that the budget "
            "was still balanced.\n",
            "budget was still balanced",
            "ivo lenard",
            "ilse marek",
        ),
        (
            "en",
            "Canal works\n\nAccording to Ilse Marek, the canal will reopen in May, but Ivo Lenard says the "
            "repairs will take a year.\n",
            "repairs will take a year",
            "ivo lenard",
            "ilse marek",
        ),
        (
            "fr",
            "Le canal\n\nPour le syndicat des éclusiers de Velmont, les écluses sont dangereuses, alors que "
            "la Compagnie des canaux assure qu'elles ont été inspectées.\n",
            "ont été inspectées",
            "compagnie des canaux",
            "syndicat des eclusiers de velmont",
        ),
        (
            "fr",
            "Le canal\n\nLe syndicat des éclusiers de Velmont affirme que les écluses sont dangereuses, "
            "mais la Compagnie des canaux assure qu'elles ont été inspectées.\n",
            "ont été inspectées",
            "compagnie des canaux",
            "syndicat des eclusiers de velmont",
        ),
    ],
)
def test_a_joined_clause_with_its_own_speaker_ends_the_content(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str, first: str
) -> None:
    b = run(engine, text, language)
    found = said_by(b, words)
    assert speaker in found, found
    assert first not in found, found


# A complement clause is still what the first speaker says, whoever it names as saying it:
# "X said that Y had claimed …" is X's claim.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "Canal works\n\nIlse Marek said that Ivo Lenard had claimed the locks were safe.\n",
            "locks were safe",
            "ilse marek",
        ),
        (
            "fr",
            "Le canal\n\nIlse Marek a affirmé qu'Ivo Lenard avait prétendu que les écluses étaient sûres.\n",
            "étaient sûres",
            "ilse marek",
        ),

    ],
)
def test_a_complement_reporting_another_stays_the_first_speakers(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert speaker in said_by(b, words), said_by(b, words)
