"""Offline rules of round 57 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a French title after a preposition that holds the definite article (« du ministre », « au président »: "de le",
  "à le") is as definite as one with its own article, so it takes up the one named person who holds that office
  (« le plan du ministre » after « le ministre des Pêches, Tomas Vidal, »), as « le plan de la ministre » already
  did; the same goes for those who work for the holder (« le cabinet du maire »);
* a paragraph opening on an account's handle followed by words with no colon between ("@jroe the boat is late
  again"), as citizen media copy posts one per paragraph, is that account's post, its words after the handle — when
  the paragraph stands among posts (the paragraph before ends on a colon, or the one before or after opens on a
  handle and words too) and no verb of saying follows the handle ("@jroe says …" is the writer's narration, read as
  before);
* a demonstrative pronoun that a relative clause defines ("Those who knew her say …", « Ceux qui l'ont connue
  affirment … »; ``grammar.defined_pronouns``) names the people the clause describes, who may speak: a group named by
  the pronoun and its clause, a name inside the clause staying its own actor's;
* a past participle after a finite auxiliary ("has acknowledged", « a reconnu ») heads a clause of its own with its
  own subject, no participle clause whose subject the main verb lacks: "While X has acknowledged …, he has been
  criticised for …" gives X no claim of what he is criticised for (the passive's subject is its target).
Found by reading the engine's errors on the read half of ``evals/citizen`` (``va-*``: Global Voices posts annotated by
helpers before the engine was scored on them); each fix stated in grammatical terms and tested here on sentences of
my own.
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from tests.briefing_queries import brief, opposed, quotes, said_by


@pytest.mark.parametrize(("text", "lang", "critic", "holder"), [
    ("Pêche\n\nLe ministre des Pêches, Tomas Vidal, a présenté mardi un quota pour le thon. La coopérative des "
     "pêcheurs de Brenne a rejeté le quota du ministre, qu'elle juge trop bas.\n", "fr", "la cooperative des pecheurs",
     "tomas vidal"),
    ("Budget\n\nLe président du conseil départemental, Marc Olier, a présenté son budget. L'opposition a critiqué les "
     "choix du président, jugés injustes pour les communes rurales.\n", "fr", "l'opposition", "marc olier"),
    # twins: the article of its own (French), and English, which contracts no article
    ("Eau\n\nLa présidente de la région, Ines Morel, a signé lundi un arrêté sur l'eau. Les agriculteurs ont dénoncé "
     "l'arrêté de la présidente.\n", "fr", "les agriculteurs", "ines morel"),
    ("Fishing\n\nFisheries minister Tomas Vidal set a tuna quota on Tuesday. Local fishermen rejected the quota of the "
     "minister, calling it too low.\n", "en", "local fishermen", "tomas vidal"),
])
def test_a_title_after_a_preposition_holding_the_article_takes_up_its_holder(text: str, lang: str, critic: str,
                                                                             holder: str) -> None:
    b = brief(text, lang)
    assert opposed(b, critic, holder)
    title = text.split("\n")[2].split(",")[0].split()[1]  # "ministre", "président", "présidente", "minister"
    assert not [a.name for a in b.actors if fold(a.name) == fold(title)]  # no one of its own


def test_those_who_work_for_a_title_after_a_contracted_article_are_its_holder() -> None:
    b = brief("Piscine\n\nLe maire de Castel, Hugo Brun, a fermé la piscine municipale jeudi. Le cabinet du maire a "
              "précisé que les travaux dureraient un an.\n", "fr")
    assert said_by(b, "les travaux dureraient un an") == {"hugo brun"}


_POSTS = ("@velmar_ana the boat is late again and nobody on the quay explains why\n\n@portwatch_tom three hours "
          "waiting in the rain, no announcement, no coffee\n\nThe operator apologised on Monday.\n")


@pytest.mark.parametrize(("text", "lang", "words", "handle"), [
    ("Ferry\n\nThe ferry to Ostra ran three hours late on Sunday, and passengers vented on Twitter:\n\n" + _POSTS, "en",
     "the boat is late again", "@velmar_ana"),
    ("Ferry\n\nThe ferry to Ostra ran three hours late on Sunday, and passengers vented on Twitter:\n\n" + _POSTS, "en",
     "three hours waiting", "@portwatch_tom"),
    ("Ferry\n\nThe ferry to Ostra ran three hours late on Sunday.\n\n" + _POSTS, "en", "three hours waiting",
     "@portwatch_tom"),
    ("Bac\n\nLe bac pour Ostra a eu trois heures de retard dimanche, et les passagers se sont plaints sur Twitter :\n\n"
     "@velmar_ana encore en retard, et personne sur le quai pour expliquer pourquoi\n\n@portwatch_tom trois heures "
     "sous la pluie, aucune annonce, pas un café\n\nL'exploitant s'est excusé lundi.\n", "fr", "encore en retard",
     "@velmar_ana"),
])
def test_a_paragraph_opening_on_a_handle_among_posts_is_the_accounts_post(text: str, lang: str, words: str,
                                                                         handle: str) -> None:
    b = brief(text, lang)
    assert said_by(b, words) == {handle}
    assert not [q for q in quotes(b) if q.startswith("@")]  # the handle names the author, it is no part of the words


@pytest.mark.parametrize(("text", "words", "said"), [
    # a verb of saying after the handle: the writer's narration, read as before
    ("Ferry\n\nThe ferry to Ostra ran three hours late on Sunday, and passengers vented on Twitter:\n\n@velmar_ana "
     "says the boat is late again and nobody on the quay explains why.\n\nThe operator apologised on Monday.\n",
     "the boat is late again", {"@velmar_ana"}),
    # one paragraph about an account, no post around it: the writer's words
    ("Ferry\n\nThe ferry to Ostra ran three hours late on Sunday.\n\n@velmar_ana is an account that many people in the "
     "town follow.\n\nThe operator apologised on Monday.\n", "many people in the town follow", set()),
])
def test_a_handle_opening_the_writers_own_sentence_is_no_post(text: str, words: str, said: set[str]) -> None:
    assert said_by(brief(text, "en"), words) == said


@pytest.mark.parametrize(("text", "lang", "words", "group"), [
    ("Port\n\nThe port reopened on Monday. Those who live near the docks said the water was still dirty.\n", "en",
     "the water was still dirty", "those who live near the docks"),
    ("Obituary\n\nThe singer Ana Velle died on Friday in Ostra. Those who knew her in her last years say she had "
     "stopped writing songs.\n", "en", "she had stopped writing songs", "those who knew her in her last years"),
    ("Nécrologie\n\nLa chanteuse Ana Velle est morte vendredi à Ostra. Ceux qui l'ont connue affirment qu'elle avait "
     "cessé d'écrire.\n", "fr", "elle avait cessé d'écrire", "ceux qui l'ont connue"),
    ("Port\n\nLe port a rouvert lundi. Ceux qui vivent près des quais ont affirmé que l'eau était encore sale.\n", "fr",
     "l'eau était encore sale", "ceux qui vivent pres des quais"),
])
def test_a_pronoun_a_relative_clause_defines_names_the_people_who_speak(text: str, lang: str, words: str,
                                                                      group: str) -> None:
    b = brief(text, lang)
    assert said_by(b, words) == {group}
    assert [a.kind for a in b.actors if fold(a.name) == group] == ["group"]


def test_a_name_inside_the_defining_clause_stays_its_own_actor() -> None:
    b = brief("Obituary\n\nThe singer Ana Velle died on Friday in Ostra.\n\nThose who met Ana Velle within the last "
              "year say the bad reviews had hurt her.\n", "en")
    assert said_by(b, "the bad reviews had hurt her") == {"those who met ana velle within the last year"}
    assert "Ana Velle" in [a.name for a in b.actors]


@pytest.mark.parametrize(("text", "words", "said"), [
    # "those" as a determiner: its noun names the group, as before
    ("Port\n\nThe port reopened on Monday. Those residents said the water was still dirty.\n",
     "the water was still dirty", {"residents"}),
    # those a clause defines as the object of a verb: thanked, not speaking
    ("Port\n\nThe port reopened on Monday. The mayor thanked those who cleaned the docks, and said the water was "
     "safe.\n", "the water was safe", {"mayor"}),
])
def test_those_as_a_determiner_or_an_object_is_no_defined_group_that_speaks(text: str, words: str,
                                                                          said: set[str]) -> None:
    assert said_by(brief(text, "en"), words) == said


@pytest.mark.parametrize(("text", "lang", "acknowledged", "criticised"), [
    ("Reform\n\nWhile Mayor Tom Ruel has acknowledged the need for change in Ostra, he has been criticised for not "
     "setting a date for the new council.\n", "en", "the need for change", "not setting a date"),
    # the French twin, which the parser already read so
    ("Réforme\n\nAlors que le maire Tom Ruel a reconnu le besoin de changement à Ostra, il a été critiqué pour ne pas "
     "avoir fixé de date pour le nouveau conseil.\n", "fr", "le besoin de changement", "pas avoir fixé"),
])
def test_a_participle_after_a_finite_auxiliary_lends_no_subject_to_the_main_verb(text: str, lang: str,
                                                                                 acknowledged: str,
                                                                                 criticised: str) -> None:
    b = brief(text, lang)
    assert said_by(b, acknowledged) == {"tom ruel"}
    assert said_by(b, criticised) == set()


def test_a_participle_clause_set_off_by_commas_still_lends_its_subject() -> None:
    b = brief("Council\n\nMayor Tom Ruel, asked about the delay, said the council would meet in May.\n", "en")
    assert said_by(b, "the council would meet in May") == {"tom ruel"}
