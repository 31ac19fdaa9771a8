"""Offline rules of round 29 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a bare definite statement noun that speaks, one, as the subject of its verb ("the statement said",
  « précise le communiqué ») takes up the speech act told in its sentence or the one before, when no one
  else has been a subject since: its speaker speaks ("X announced …. 'Our ferries …,' the statement said");
  not a plural object ("X multiplies the statements to plead …"), nor a statement two sentences away;
* who issues a statement (the subject of a verb that puts it out: ``frames.issuing_verbs``, ``relaying``)
  speaks through it, named by a noun as the subject of a verb of saying is: "The health ministry published
  the following statement: '…'", « Le syndicat des pilotes a publié un communiqué : « … » »; not who
  receives one ("The ministry received the following letter:");
* a part or a summary of a statement that speaks is the statement speaking (``grammar.part_nouns``: "Part of
  her statement reads …", « Une partie de son jugement indique … », "An excerpt of the statement reads:",
  "The summary of the decision read in part:");
* a statement's possessive determiner names its author as a possessor does (« Son jugement indique … », as
  "Her statement reads …"), and an article contracted with its preposition makes it definite (« un extrait
  du communiqué »), as « le » does;
* a verb that judges aloud (``verbs.judging_aloud``: criticise, condemn, « dénoncer ») voices its own
  speaker's stance, as a verb that only says does: reported by another ("The Daily Courier reported that
  Mayor X had criticised the ruling"), the judgement is X's claim, the report only passes it on; not an act
  reported ("X said that the company had rejected the offer" stays X's), nor a report that disputes it;
* a retort answers the one its preposition names, by a role or a body taken up as well ("X retorted to the
  mayor that …", « X a rétorqué à la maire que … »), not the last other speaker; with no one named, it still
  answers the last other speaker;
* a claim of several sentences is as near as its last to a bare disagreement after it: a post of two
  sentences, then "Y disagreed:" or « Y n'est pas d'accord : », answers that post's author;
* taking a stand is saying where one stands: "X came out in support of …" (the noun reached through its
  preposition), "X took a stand against …", « X s'est prononcée contre … », « X a pris position contre … »;
  coming out of a place is not ("The mayor came out of the town hall at noon").
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from tests.briefing_queries import brief, opposed, said_by

FERRY = {
    "en": "Ferry routes to close\n\n"
          "The Varn Ferry Company announced on Monday that it would close two routes.{between} "
          "{statement}\n",
    "fr": "Fermeture de lignes de bac\n\n"
          "La compagnie de bacs Varnobac a annoncé lundi qu'elle fermerait deux lignes.{between} "
          "{statement}\n",
}


@pytest.mark.parametrize(("language", "statement", "words"), [
    ("en", '"Our ferries will stop running on the northern routes in April," the statement said.',
     "Our ferries will stop running"),
    ("en", "The statement added that the crews would be offered other posts.", "the crews would be offered"),
    ("fr", "« Nos bacs cesseront de circuler sur les lignes du nord en avril », précise le communiqué.",
     "Nos bacs cesseront de circuler"),
    ("fr", "Le communiqué ajoute que les équipages se verront proposer d'autres postes.",
     "les équipages se verront proposer"),
    # a part of it
    ("en", 'An excerpt of the statement reads: "Our ferries will stop running on the northern routes in April."',
     "Our ferries will stop running"),
    ("fr", "Un extrait du communiqué précise que les bacs cesseront de circuler sur les lignes du nord en avril.",
     "les bacs cesseront de circuler"),
])
def test_a_bare_statement_that_speaks_takes_up_the_speech_act_just_told(language: str, statement: str,
                                                                       words: str) -> None:
    b = brief(FERRY[language].format(between="", statement=statement), language)
    body = "Varn Ferry Company" if language == "en" else "Varnobac"
    assert said_by(b, words) == {fold(body)}


@pytest.mark.parametrize(("language", "between", "statement", "words"), [
    # someone else a subject since: the statement is no longer the company's
    ("en", " Mayor Ines Dahl rejected the plan on Tuesday.",
     '"Our ferries will stop running on the northern routes in April," the statement said.',
     "Our ferries will stop running"),
    ("fr", " La maire Inès Dahl a rejeté le projet mardi.",
     "« Nos bacs cesseront de circuler sur les lignes du nord en avril », précise le communiqué.",
     "Nos bacs cesseront de circuler"),
    # two sentences away
    ("en", " Two ferries were built in 1998. Both need new engines.",
     '"Our ferries will stop running on the northern routes in April," the statement said.',
     "Our ferries will stop running"),
])
def test_a_bare_statement_takes_up_no_speech_act_of_another_or_far_back(language: str, between: str,
                                                                       statement: str, words: str) -> None:
    b = brief(FERRY[language].format(between=between, statement=statement), language)
    body = "Varn Ferry Company" if language == "en" else "Varnobac"
    assert fold(body) not in said_by(b, words)


def test_statements_a_subject_multiplies_are_no_speaker() -> None:
    b = brief("Le conseil de Lanvik sous pression\n\n"
              "Le maire de Lanvik, Paul Girard, a déclaré lundi que la ville manquait d'eau. "
              "Le conseil régional multiplie les déclarations pour défendre la cause de la région.\n", "fr")
    assert fold("Paul Girard") not in said_by(b, "défendre la cause")


@pytest.mark.parametrize(("language", "text", "body"), [
    ("en", 'The health ministry published the following statement: "All schools will stay closed until the end '
           'of the month."', "health ministry"),
    ("en", 'The teachers\' union made the following announcement on Friday: "All schools will stay closed until '
           'the end of the month."', "teachers' union"),
    ("fr", "Le ministère de la santé a publié un communiqué : « Toutes les écoles resteront fermées jusqu'à la "
           "fin du mois. »", "ministère de la santé"),
    ("fr", "Le syndicat des enseignants a diffusé le communiqué suivant : « Toutes les écoles resteront fermées "
           "jusqu'à la fin du mois. »", "syndicat des enseignants"),
])
def test_a_body_named_by_its_noun_that_issues_a_statement_speaks_through_it(language: str, text: str,
                                                                           body: str) -> None:
    b = brief("Schools closed\n\n" + text + "\n", language)
    assert said_by(b, "resteront fermées" if language == "fr" else "stay closed") == {fold(body)}


@pytest.mark.parametrize(("language", "text"), [
    ("en", 'The health ministry received the following letter: "All schools must stay closed until the end of '
           'the month."'),
    ("fr", "Le ministère de la santé a reçu la lettre suivante : « Toutes les écoles doivent rester fermées "
           "jusqu'à la fin du mois. »"),
])
def test_who_receives_a_statement_does_not_speak_through_it(language: str, text: str) -> None:
    b = brief("Schools closed\n\n" + text + "\n", language)
    assert fold("health ministry" if language == "en" else "ministère de la santé") not in said_by(
        b, "rester fermées" if language == "fr" else "stay closed")


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", 'Judge Ada Kell ruled for the drivers. Part of her statement reads "the average driver could be better '
           'suited for the new roads than the average cyclist."', "the average driver"),
    ("fr", "La juge Ada Kell a donné raison aux conducteurs. Une partie de son jugement indique que le conducteur "
           "moyen pourrait être mieux adapté aux nouvelles routes.", "le conducteur moyen"),
    ("fr", "La juge Ada Kell a donné raison aux conducteurs. Son jugement indique que « le conducteur moyen "
           "pourrait être mieux adapté aux nouvelles routes ».", "le conducteur moyen"),
])
def test_a_statement_or_a_part_of_it_speaks_for_its_possessor(language: str, text: str, words: str) -> None:
    b = brief("Drivers win in court\n\n" + text + "\n", language)
    assert said_by(b, words) == {fold("Ada Kell")}


@pytest.mark.parametrize(("language", "text", "court", "words"), [
    ("en", 'The Supreme Court of Varnia ruled on Monday against the minister. The summary of the decision read in '
           'part: "The order of the minister was unlawful and of no effect."', "Supreme Court of Varnia",
     "was unlawful"),
    ("fr", "La Cour suprême de Varnie a tranché lundi contre le ministre. Le résumé de la décision indique que "
           "« l'ordre du ministre était illégal et sans effet ».", "Cour suprême de Varnie", "était illégal"),
])
def test_the_summary_of_a_decision_speaks_for_who_just_decided(language: str, text: str, court: str,
                                                              words: str) -> None:
    b = brief("Court rules\n\n" + text + "\n", language)
    assert said_by(b, words) == {fold(court)}


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "The Daily Courier reported that Mayor Ines Dahl had criticised the ruling of the court.",
     "the ruling of the court"),
    ("en", "The Daily Courier reported that Mayor Ines Dahl condemned the closure of the school.",
     "the closure of the school"),
    ("fr", "Le Courrier de Varne rapporte que la maire Inès Dahl a critiqué le jugement du tribunal.",
     "le jugement du tribunal"),
    ("fr", "Le Courrier de Varne rapporte que la maire Inès Dahl a dénoncé la fermeture de l'école.",
     "la fermeture de l'école"),
])
def test_a_judgement_voiced_inside_a_report_is_its_speakers(language: str, text: str, words: str) -> None:
    b = brief("Court ruling\n\n" + text + "\n", language)
    assert said_by(b, words) == {fold("Ines Dahl" if language == "en" else "Inès Dahl")}


@pytest.mark.parametrize(("language", "text", "speaker", "words"), [
    ("en", "Mayor Ines Dahl said that the company had rejected the offer of the union.", "Ines Dahl",
     "had rejected the offer"),
    ("fr", "La maire Inès Dahl a affirmé que la compagnie avait rejeté l'offre du syndicat.", "Inès Dahl",
     "avait rejeté l'offre"),
    ("en", "The Varn Ferry Company denied that it had criticised the ruling of the court.", "Varn Ferry Company",
     "had criticised the ruling"),
])
def test_an_act_or_a_denial_inside_a_report_stays_the_reporters(language: str, text: str, speaker: str,
                                                                 words: str) -> None:
    b = brief("Court ruling\n\n" + text + "\n", language)
    assert fold(speaker) in said_by(b, words)


RETORT = {
    "en": "School to close\n\n"
          "Mayor Ines Dahl announced on Monday that the school of Kestrel Bay would close in June. "
          "The parents' union criticised the plan. Councillor Leo March retorted{to} that the school was full.\n",
    "fr": "Fermeture d'école\n\n"
          "La maire Inès Dahl a annoncé lundi la fermeture de l'école de Kestrel Bay en juin. "
          "Le syndicat des parents a critiqué le projet. Le conseiller Léo Marchand a rétorqué{to} que l'école "
          "était pleine.\n",
}


@pytest.mark.parametrize(("language", "to", "answered", "not_answered"), [
    ("en", " to the mayor", "Ines Dahl", "parents' union"),
    ("fr", " à la maire", "Inès Dahl", "syndicat des parents"),
    ("en", "", "parents' union", "Ines Dahl"),
])
def test_a_retort_answers_the_one_it_names(language: str, to: str, answered: str, not_answered: str) -> None:
    b = brief(RETORT[language].format(to=to), language)
    name = "Leo March" if language == "en" else "Léo Marchand"
    assert opposed(b, fold(name), fold(answered))
    assert not opposed(b, fold(name), fold(not_answered))


POSTS = {
    "en": "Varnia: Netizens Debate the New Internet Law\n\n"
          "The parliament of Varnia passed a law on Monday that lets the government block websites.\n\n"
          "Internet user Pedro Kahn tweeted:\n\n"
          "The new law is a disgrace. Who will decide what we are allowed to read?\n\n"
          "Blogger Marta Sol disagreed:\n\n"
          "The law only targets sites that sell stolen films. Nobody is blocking the news.\n",
    "fr": "Varnie : les internautes divisés sur la loi internet\n\n"
          "Le parlement de Varnie a voté lundi une loi qui permet au gouvernement de bloquer des sites.\n\n"
          "L'internaute Pedro Kahn a tweeté :\n\n"
          "Cette loi est une honte. Qui décidera de ce que nous avons le droit de lire ?\n\n"
          "La blogueuse Marta Sol n'est pas d'accord :\n\n"
          "Cette loi ne vise que les sites qui vendent des films volés. Personne ne bloque l'information.\n",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_bare_disagreement_answers_a_post_of_several_sentences(language: str) -> None:
    assert opposed(brief(POSTS[language], language), fold("Marta Sol"), fold("Pedro Kahn"))


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "Ana Ruiz, the head of the opposition, came out in support of the new tax on fuel.", "the new tax"),
    ("en", "Ana Ruiz, the opposition leader, took a stand against the new tax on fuel.", "the new tax"),
    ("fr", "La dirigeante de l'opposition, Ana Ruiz, s'est prononcée contre la nouvelle taxe sur le carburant.",
     "la nouvelle taxe"),
    ("fr", "La dirigeante de l'opposition, Ana Ruiz, a pris position contre la nouvelle taxe sur le carburant.",
     "la nouvelle taxe"),
])
def test_taking_a_stand_is_a_claim(language: str, text: str, words: str) -> None:
    b = brief("Fuel tax\n\n" + text + "\n", language)
    assert said_by(b, words) == {fold("Ana Ruiz")}


def test_coming_out_of_a_place_says_nothing() -> None:
    b = brief("Fuel tax\n\nMayor Ana Ruiz came out of the town hall at noon and walked to the harbour.\n", "en")
    assert not b.claims
