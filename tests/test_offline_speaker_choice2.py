"""Choosing which actor of the article speaks (a claim whose words are right but whose speaker
could be another actor named nearby). Every article here is composed for the test, in French
and English (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import run, said_by

from summarizer.engines.offline import OfflineEngine


# A spokes-noun qualified by a common noun of a kind of body ("company officials", "a ministry
# spokesman", "les responsables de l'entreprise") speaks for the body of that kind last named,
# even at the start of a sentence, where the qualifying noun is capitalised: not for the first
# body of the article, nor as a group of its own.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-11-03 Robots\n\nKorvel Systems said on Tuesday it would close its plant in Brill.\n\n"
            "Separately, Tamsin Dynamics said it would hire 80 welders. Company officials said the hiring "
            "would begin in the spring.\n",
            "the hiring would begin",
            "tamsin dynamics",
        ),
        (
            "en",
            "2026-11-03 Robots\n\nKorvel Systems said on Tuesday it would close its plant in Brill.\n\n"
            "Separately, Tamsin Dynamics said it would hire 80 welders. On Friday, company officials said "
            "the hiring would begin in the spring.\n",
            "the hiring would begin",
            "tamsin dynamics",
        ),
        (
            "fr",
            "2026-11-03 Robots\n\nLa société Korvel Systems a annoncé mardi la fermeture de son usine de Brill.\n\n"
            "De son côté, la société Tamsin Dynamics a affirmé qu'elle embaucherait 80 soudeurs. Des "
            "responsables de l'entreprise ont précisé que les embauches commenceraient au printemps.\n",
            "les embauches commenceraient",
            "tamsin dynamics",
        ),
    ],
)
def test_spokes_of_a_kind_of_body(engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}


# In French a proper name shows its gender by its definite article ("la Norvège", "le
# Danemark"): a subject pronoun of the other gender cannot take that body up, even where it
# was last seen speaking, and goes to the body of its own gender named before. English "it"
# has no such agreement and still takes up the party.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "2026-11-04 Pêche\n\nLe Parti vert a publié lundi un rapport sur la pêche. Selon ce rapport, la "
            "Norvège a doublé ses prises en dix ans. Il a affirmé que « les quotas ruineront les petits ports ».\n",
            "les quotas ruineront",
            "parti vert",
        ),
        (
            "fr",
            "2026-11-04 Pêche\n\nLa Fédération des pêcheurs a publié lundi un rapport sur la pêche. Selon ce "
            "rapport, le Danemark a doublé ses prises en dix ans. Elle a affirmé que « les quotas ruineront "
            "les petits ports ».\n",
            "les quotas ruineront",
            "federation des pecheurs",
        ),
        (
            "en",
            "2026-11-04 Fishing\n\nThe Green Party published a report on fishing on Monday. According to the "
            "report, Norway has doubled its catch in ten years. It said the quotas would ruin small ports.\n",
            "the quotas would ruin",
            "green party",
        ),
    ],
)
def test_article_gender_of_a_proper_name(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}


# A subject pronoun opening a sentence continues the topic, the subject of the sentence before:
# when that subject is a noun of people or of a body that is no actor ("the new board of the
# league", "des centaines de pêcheurs"), agreeing with the pronoun, the pronoun takes it up and
# names no one — not a person or body named inside the subject or in a clause below it.
@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "2026-11-05 League\n\nThe new board of the league, elected after a vote called for by the Dock Union, set "
            "itself the goal of cutting costs. It said the youth teams would not be affected.\n",
            "youth teams",
        ),
        (
            "en",
            "2026-11-05 Docks\n\nHundreds of dockers angry at the plans of the port operator, notably the Brenmar "
            "Shipping company, marched in Kelso on Tuesday. They demand that wages be raised.\n",
            "wages be raised",
        ),
        (
            "fr",
            "2026-11-05 Conseil\n\nLe nouveau conseil municipal s'est fixé pour objectif de réduire la dette que "
            "doit rembourser la ville de Brest, dirigée par Paul Ternier. Il a cependant affirmé que « les "
            "écoles ne seront pas touchées ».\n",
            "les écoles ne seront pas",
        ),
    ],
)
def test_pronoun_continues_an_unnamed_subject(engine: OfflineEngine, language: str, text: str, words: str) -> None:
    assert said_by(run(engine, text, language), words) == set()


# A name given a seat ("the Oslo-based X", "X, basée à Lyon,") is a body's, even when it opens
# with a given name: its officials then speak for it as for any company.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-11-06 Buses\n\nIn May, Oslo-based Linda Robotics said it was preparing to launch driverless "
            "buses. Company officials said the buses would run in Ohio.\n",
            "the buses would run",
            "linda robotics",
        ),
        (
            "fr",
            "2026-11-06 Bus\n\nEn mai, Linda Robotique, basée à Lyon, a annoncé qu'elle lancerait des bus sans "
            "chauffeur. Des responsables de l'entreprise ont précisé que les bus rouleraient dans le Rhône.\n",
            "les bus rouleraient",
            "linda robotique",
        ),
    ],
)
def test_a_seated_name_is_a_body(engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}
    assert next(a.kind for a in b.actors if a.name.startswith("Linda")) == "organization"


_COMPANIES = {
    "en": "2026-11-07 Tech\n\nNorvane Systems said on Monday it would open a lab in Leeds. The company said the lab "
    "would employ 40 people.\n\nThe city council approved the plan on Tuesday. Councillors said the lab was "
    "welcome. The vote was close. Several members abstained. Critics said the land was cheap. The mayor did "
    "not comment.\n\nIn June, Quillon Freight said it would launch electric lorries. The company said the first "
    "routes would open in Kent.\n",
    "fr": "2026-11-07 Tech\n\nLa société Norvane Systèmes a annoncé lundi qu'elle ouvrirait un laboratoire à Nantes. "
    "L'entreprise a précisé que le laboratoire emploierait 40 personnes.\n\nLe conseil municipal a approuvé le "
    "projet mardi. Des élus ont salué l'arrivée du laboratoire. Le vote a été serré. Plusieurs membres se sont "
    "abstenus. Des opposants ont jugé le terrain trop bon marché. Le maire n'a pas commenté.\n\nEn juin, la "
    "société Quillon Fret a annoncé qu'elle lancerait des camions électriques. L'entreprise a précisé que les "
    "premières lignes ouvriraient en Vendée.\n",
}


# A definite description of a body by a noun of its class ("the company", "l'entreprise") takes
# up the body of that class named lately, not the one it first described, named long before.
@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("en", ("the lab would employ", "norvane systems"), ("the first routes", "quillon freight")),
        ("fr", ("le laboratoire emploierait", "norvane systemes"), ("les premières lignes", "quillon fret")),
    ],
)
def test_description_takes_up_the_body_named_lately(
    engine: OfflineEngine, language: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    b = run(engine, _COMPANIES[language], language)
    for words, speaker in (first, second):
        assert said_by(b, words) == {speaker}, words


# A statement noun as a frame's source ("Selon ce rapport, …", "According to this report, …")
# speaks for who issued it, a demonstrative taking it up as the article does; the subject of the
# clause the frame qualifies is what the report tells of, not its author.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "2026-11-08 Pêche\n\nLe Parti vert a publié lundi un rapport sur la pêche. Selon ce rapport, la "
            "Norvège a doublé ses prises en dix ans.\n",
            "a doublé ses prises",
            "parti vert",
        ),
        (
            "en",
            "2026-11-08 Fishing\n\nThe Green Party published a report on fishing on Monday. According to this "
            "report, Norway has doubled its catch in ten years.\n",
            "has doubled its catch",
            "green party",
        ),
    ],
)
def test_a_frames_statement_speaks_for_its_issuer(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}


# A surname the tagger takes for an interjection after a quotation is still the speaking subject.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-11-09 Trial\n\nIrving's lawyer, Anna Pike, said her client was innocent.\n\n\"We will appeal,\" "
            "Pike told reporters after the hearing, adding that Moen had been misled.\n",
            "We will appeal",
            "anna pike",
        ),
        (
            "fr",
            "2026-11-09 Procès\n\nL'avocate d'Irving, Anna Pike, a affirmé que son client était innocent.\n\n« Nous "
            "ferons appel », a déclaré Pike aux journalistes après l'audience.\n",
            "Nous ferons appel",
            "anna pike",
        ),
    ],
)
def test_a_mistagged_surname_speaks(engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}


# A source frame ("According to X, …", "Selon X, …") passes on the words of the subject of a
# light-verb cue in its clause ("Y expressed concern about …", "Y a exprimé son inquiétude …")
# as it does a verb of saying's: Y speaks, not the source.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-11-10 Tax\n\nAccording to the Daily Ledger, Ada Roe expressed concern about the cost of the new "
            "tax plan.\n",
            "the new tax plan",
            "ada roe",
        ),
        (
            "fr",
            "2026-11-10 Impôts\n\nSelon le quotidien Le Vigilant, la ministre Hélène Barral a exprimé son "
            "inquiétude au sujet du coût du nouveau plan fiscal.\n",
            "nouveau plan fiscal",
            "helene barral",
        ),
    ],
)
def test_a_frame_passes_on_a_light_verbs_words(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}
