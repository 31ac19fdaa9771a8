"""The claim goes to the actor the subject of its reporting verb names: the head of the
subject phrase speaks, not a name that only owns or locates it. Every article here is composed
for the test, in French and English (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import said_by

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine()


def run(engine: OfflineEngine, text: str, language: str) -> Briefing:
    return engine.summarize(parse(text, language=language))


# A body a state owns, named through the state as its possessor or its "of" complement, speaks
# as that body, not as the state: a bank, a company, a court, not only a ministry or an army
# ("Norway's central bank said …", "la compagnie pétrolière du Chili a annoncé …").
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-11-03 Krone slips\n\nThe krone slipped against the euro for a fourth week. Norway's central "
            "bank said on Tuesday that consumer prices would keep rising until the spring.\n",
            "consumer prices would keep rising",
            "norway's central bank",
        ),
        (
            "en",
            "2026-11-03 Copper output\n\nStrikes hit two mines in the north last month. The state mining "
            "company of Peru said that output would recover before the end of the year.\n",
            "output would recover",
            "state mining company of peru",
        ),
        (
            "fr",
            "2026-11-03 Le cuivre chilien\n\nDes grèves ont touché deux mines du nord le mois dernier. La "
            "compagnie minière publique du Chili a annoncé que la production reprendrait avant la fin de "
            "l'année.\n",
            "la production reprendrait",
            "compagnie miniere publique du chili",
        ),
        (
            "fr",
            "2026-11-03 Le forint recule\n\nLe forint a encore reculé face à l'euro. La banque centrale de "
            "Hongrie a estimé mardi que les prix continueraient de monter jusqu'au printemps.\n",
            "les prix continueraient de monter",
            "banque centrale de hongrie",
        ),
    ],
)
def test_a_body_owned_by_a_state_speaks_not_the_state(
        engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}


# A singular noun of kinship or acquaintance whose possessor or complement is a name names another
# person: the relative speaks, not the person named only to tell which relative ("Jane Roe's
# daughter said …", "un voisin de Jean Roe a déclaré …").
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-11-04 Orchard sale\n\nHelen Marchbank sold the family orchard to a developer last spring. "
            "Marchbank's nephew said the contract had never been signed by the whole family.\n",
            "the contract had never been signed",
            "marchbank's nephew",
        ),
        (
            "fr",
            "2026-11-04 Vente du verger\n\nHélène Marbeuf a vendu le verger familial à un promoteur au "
            "printemps. Le neveu d'Hélène Marbeuf a affirmé que le contrat n'avait jamais été signé par toute "
            "la famille.\n",
            "le contrat n'avait jamais été signé",
            "neveu d'helene marbeuf",
        ),
        (
            "fr",
            "2026-11-04 Incendie d'un hangar\n\nUn hangar agricole a brûlé dans la nuit de samedi. Une voisine "
            "de Gaston Ribéry a déclaré que les pompiers étaient arrivés très tard.\n",
            "les pompiers étaient arrivés très tard",
            "voisine de gaston ribery",
        ),
    ],
)
def test_a_relative_named_through_a_person_speaks_not_that_person(
        engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}


# The title before a name belongs to the name: a group whose complement is a titled person
# ("supporters of Senator Jane Roe", "les partisans du sénateur Jeanne Roe") is still that group,
# who speaks; the person named only tells which group.
@pytest.mark.parametrize(
    ("language", "text", "words", "person"),
    [
        (
            "en",
            "2026-11-05 Recount\n\nThe county counted the ballots again on Sunday. Supporters of Governor "
            "Alma Rettig said the recount had been rushed.\n",
            "the recount had been rushed",
            "alma rettig",
        ),
        (
            "fr",
            "2026-11-05 Recomptage\n\nLe département a recompté les bulletins dimanche. Les partisans du "
            "sénateur Alma Rettig ont affirmé que le recomptage avait été bâclé.\n",
            "le recomptage avait été bâclé",
            "alma rettig",
        ),
    ],
)
def test_a_group_of_a_titled_person_speaks_not_the_person(
        engine: OfflineEngine, language: str, text: str, words: str, person: str) -> None:
    b = run(engine, text, language)
    speakers = said_by(b, words)
    assert len(speakers) == 1 and person not in speakers
    assert next(a.kind for a in b.actors if fold(a.name) in speakers) == "group"


# A definite title whose complement names a body, next to a named person who speaks with no title
# of their own (in the same sentence, or the one just before or after in the paragraph), is that
# person: the text names the speaker once by name, once by title. The body stays an actor.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker", "body"),
    [
        (
            "en",
            "2026-11-06 Milk prices\n\nFor Paul Ostrander, \"this vote is a great day for every small dairy "
            "farm\". The spokesman of the Greenvale Dairy Union said the new law had opened a debate across "
            "the whole region.\n",
            "the new law had opened a debate",
            "paul ostrander",
            "greenvale dairy union",
        ),
        (
            "fr",
            "2026-11-06 Réforme portuaire\n\nLors d'un entretien à la radio, le président de la Fédération "
            "nationale des dockers a dénoncé la réforme des ports ; c'est une faute politique grave, a "
            "déclaré Lucien Marbot.\n",
            "la réforme des ports",
            "lucien marbot",
            "federation nationale des dockers",
        ),
    ],
)
def test_a_title_next_to_a_named_speaker_is_that_speaker(
        engine: OfflineEngine, language: str, text: str, words: str, speaker: str, body: str) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}
    assert body in {fold(a.name) for a in b.actors}


# Not when the person named nearby holds a title of their own: the title is someone else's, and
# the body it names speaks.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-11-06 Milk prices\n\nPaul Ostrander, the mayor of Linden, said the vote was a great day for "
            "every small dairy farm. The spokesman of the Greenvale Dairy Union said the new law had opened a "
            "debate across the whole region.\n",
            "the new law had opened a debate",
            "greenvale dairy union",
        ),
        (
            "fr",
            "2026-11-06 Réforme portuaire\n\nLucien Marbot, maire de Lorient, a salué le vote. Le porte-parole "
            "de la Fédération nationale des dockers a estimé que la réforme des ports était une faute "
            "politique grave.\n",
            "la réforme des ports était une faute",
            "federation nationale des dockers",
        ),
    ],
)
def test_a_title_next_to_a_titled_person_is_the_body_s(
        engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}


# An office of a place ("le maire de Quimper", "the governor of Nevada") is held by a person, who
# speaks: the place only says where the office is (and a place never speaks through a phrase).
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-11-07 Drought\n\nThe reservoirs fell to a record low in October. The governor of Nevada said "
            "the state would ration water for farms from January.\n",
            "the state would ration water",
            "governor of nevada",
        ),
        (
            "fr",
            "2026-11-07 Sécheresse\n\nLes nappes ont atteint un niveau record en octobre. Le maire de Quimper a "
            "assuré que la ville rationnerait l'eau des jardins dès janvier.\n",
            "la ville rationnerait l'eau",
            "maire de quimper",
        ),
    ],
)
def test_an_office_of_a_place_speaks_as_its_holder(
        engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}
    assert next(a.kind for a in b.actors if fold(a.name) == speaker) == "person"


def test_an_office_of_a_place_is_its_holder_named_before(engine: OfflineEngine) -> None:
    text = ("2026-11-07 Sécheresse\n\nYann Kerhervé, maire de Quimper, a visité la station de pompage lundi. Le "
            "maire de Quimper a assuré que la ville rationnerait l'eau des jardins dès janvier.\n")
    assert said_by(run(engine, text, "fr"), "la ville rationnerait l'eau") == {"yann kerherve"}


# Those who speak for several bodies at once ("lawyers for X and Y", "les avocats de X et d'Y")
# speak for each of them: every body coordinated in the spokes-noun's complement speaks.
@pytest.mark.parametrize(
    ("language", "text", "words", "speakers"),
    [
        (
            "en",
            "2026-11-08 Cartel fine\n\nA regulator fined Brightwell Foods and Orvane Trust on Monday. "
            "Lawyers for Brightwell Foods and Orvane Trust said the fine would be challenged in court.\n",
            "the fine would be challenged",
            {"brightwell foods", "orvane trust"},
        ),
        (
            "fr",
            "2026-11-08 Amende pour entente\n\nLe régulateur a sanctionné Brightwell Foods et Orvane "
            "Trust lundi. Les avocats de Brightwell Foods et d'Orvane Trust ont annoncé que "
            "l'amende serait contestée en justice.\n",
            "l'amende serait contestée",
            {"brightwell foods", "orvane trust"},
        ),
    ],
)
def test_the_spokes_of_coordinated_bodies_speak_for_each(
        engine: OfflineEngine, language: str, text: str, words: str, speakers: set[str]) -> None:
    assert said_by(run(engine, text, language), words) == speakers


# A plural noun of people right after the name of a body that qualifies it ("Orvane Labs engineers
# said …") is a group of that body's people, who speak: not the body itself.
def test_a_body_s_people_named_with_it_speak_as_a_group(engine: OfflineEngine) -> None:
    text = ("2026-11-09 Battery recall\n\nOrvane Labs recalled two million batteries on Monday. In a briefing, "
            "Orvane Labs engineers said the fault came from a single supplier.\n")
    b = run(engine, text, "en")
    assert said_by(b, "the fault came from a single supplier") == {"orvane labs engineers"}
    assert next(a.kind for a in b.actors if fold(a.name) == "orvane labs engineers") == "group"
