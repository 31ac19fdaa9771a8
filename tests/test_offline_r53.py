"""Offline rules of round 53 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a word the tagger read as an adjective or a noun that heads its sentence with a subject before it and neither
  copula nor auxiliary stands in the verb's place (a predicate needs a copula): a verb of saying of the profile's
  proxies so misread (« La Cour reproche à la préfecture d'avoir … ») is parsed again as a verb;
* so is one hung as a modifier on the noun that heads a sentence with no finite verb (« Le syndicat reproche à la
  préfecture de … » read as one noun phrase); the verb is no word of a name the recogniser ran into it;
* the head word a body's complement hangs on (« la Cour » for « la Cour des comptes ») takes the body up whatever
  type the entity recogniser gave the short form (it may read it as a place);
* a participle phrase hung on the subject's noun and closed by a comma (« Le groupe X, chargé de bâtir …, a
  rejeté … ») is the subject's, as a relative clause is: the noun after the verb is its object, no inverted subject;
* opposing a noun of opposition taken up by a definite or demonstrative determiner (« a rejeté ces critiques »,
  "rejected the criticism") answers another's words, as opposing a noun of words does: no claim of one's own;
* a phrase of occasion the parser hung on such a noun (« a rejeté ces accusations lors d'une réunion publique »)
  is the verb's circumstance: the noun still has nothing after it;
* French sets a blank inside its closing guillemet (« …\u00a0») that the tokenizer makes a word: the incise after it
  (« …\u00a0», tranche X) is found behind that blank as behind the quotation's last word;
* a relative pronoun before a noun opens the clause that noun is the subject of (« le préfet, à qui le syndicat
  reproche … »): the pronoun is no word of the noun's name, and the name before the comma is the clause's
  antecedent, not its verb's subject.
* a finite verb the parser coordinated with an infinitive or a participle (« X accuse Y d'avoir … et reproche à Z
  d'avoir … ») is the conjunct of the finite verb above that one: it shares that verb's subject, and the first
  verb's content stops before it (two claims of one speaker);
* a clause the parser hung on a verb's object as a relative, opened by a preposition and a relative pronoun
  (« …, un sujet sur lequel Y n'a pas voulu … »), is a relative clause, never the reported content.
* a bare role noun (« la députée ») takes up a holder of that role named before it, never one a later paragraph
  names; a qualified title ("the Greek foreign minister") names one office and may still take up a holder the
  lead names after it;
* one phrase set off by commas that the parser made a conjunct of the subject, with no conjunction, is an
  apposition (« Le secrétaire général du X, principal parti d'opposition, Y, a reproché … »): no co-speaker; a
  list of three or more may do without a conjunction.
* a person's name the recogniser reads as one entity whose first word the given-name lexicon lacks, family name
  first, is whole as the inverted subject of a verb of saying ('"…," said Pham Thi Hoa'), as after a comma; not
  after any other word (« … avec le Taoiseach Leo Varadkar »: a title).
Found by reading the engine's errors on the composed sets ``evals/composed/cj-*``, ``cn-*`` (French) and ``cm-*``
(English), read;
each fix stated in grammatical terms and tested here on sentences of my own.
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, opposed, quotes, said_by, sides


def test_a_verb_of_saying_read_as_an_adjective_with_a_subject_is_a_verb() -> None:
    b = brief("Douanes\n\nLa Cour des comptes a rendu public mardi un bilan très sévère.\n\n"
              "La Cour reproche à la préfecture d’avoir ignoré les alertes.\n", "fr")
    assert said_by(b, "ignoré les alertes") == {"cour des comptes"}
    assert opposed(b, "cour des comptes", "prefecture")


@pytest.mark.parametrize(("text", "speaker", "target"), [
    ("Alertes\n\nLe syndicat reproche à la préfecture d’avoir « ignoré les alertes ».\n", "syndicat", "prefecture"),
    ("Alertes\n\nLe groupe reproche à la commission d’éthique de la fédération d’avoir ignoré les alertes.\n",
     "groupe", "commission d'ethique de la federation"),
])
def test_a_verb_of_saying_read_as_the_modifier_of_a_verbless_sentence_is_a_verb(text: str, speaker: str,
                                                                                target: str) -> None:
    b = brief(text, "fr")
    assert said_by(b, "ignoré les alertes") == {speaker}
    assert opposed(b, speaker, target)


def test_the_head_word_of_a_body_takes_it_up_whatever_its_entity_type() -> None:
    b = brief("Port\n\nLa Cour des comptes a rendu public mardi un bilan sévère sur la gestion du port de "
              "Lanvéoc. La Cour estime que le chantier a coûté trop cher.\n", "fr")
    assert [a.name for a in b.actors] == ["Cour des comptes"]
    assert said_by(b, "coûté trop cher") == {"cour des comptes"}


@pytest.mark.parametrize("text", [
    "Viaduc\n\nDes riverains accusent le chantier de fissurer leurs maisons. Le groupe Vantel, chargé de bâtir et "
    "de gérer le viaduc, a rejeté ces critiques.\n",
])
def test_a_participle_phrase_on_the_subject_closes_it(text: str) -> None:
    b = brief(text, "fr")
    assert not [a.name for a in b.actors if "critique" in a.name.lower()]
    assert not said_by(b, "chargé de bâtir")
    assert opposed(b, "vantel", "riverains")


@pytest.mark.parametrize(("text", "name"), [
    ("Cantine\n\nLes parents accusent la mairie de négliger les cantines. Le maire, Paul Gendre, a sèchement "
     "rejeté ces accusations lors d’une réunion publique à la salle des fêtes.\n", "paul gendre"),
    ("Cantine\n\nLes parents accusent la mairie de négliger les cantines. La maire a rejeté ces reproches lors "
     "d’une réunion publique à la salle des fêtes.\n", "maire"),
])
def test_an_occasion_after_a_taken_up_accusation_leaves_no_claim(text: str, name: str) -> None:
    b = brief(text, "fr")
    assert not said_by(b, "réunion publique")
    assert opposed(b, name, "parents")


def test_a_taken_up_noun_of_opposition_that_names_someone_in_the_singular_stays_said() -> None:
    # (« l'opposition » names a party: criticising it is said, with its object)
    b = brief("Budget\n\nLe ministre a vivement critiqué l’opposition.\n", "fr")
    assert said_by(b, "critiqué l’opposition") == {"ministre"}


@pytest.mark.parametrize("verb", ["tranche", "souffle"])
def test_an_incise_behind_the_blank_of_a_closing_guillemet(verb: str) -> None:
    b = brief("Marais\n\nLe promoteur a assuré que tout était prévu. «\u00a0Nous avons tout étudié\u00a0», "
              f"a-t-il dit.\n\n«\u00a0Nul ne peut dire ce que deviendront les oiseaux du marais\u00a0», {verb} "
              "Odile Perrec, ornithologue.\n", "fr")
    assert said_by(b, "oiseaux du marais") == {"odile perrec"}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Port\n\nLa colère vise aussi le directeur du port, Hervé Tallec, à qui le syndicat des dockers reproche "
     "d’avoir menti.\n", "avoir menti", "syndicat des dockers"),
    ("Port\n\nLa rancœur des dockers vise aussi le préfet de région, Hervé Tallec, à qui le syndicat des pilotes "
     "reproche d’avoir fermé le quai sans préavis.\n", "fermé le quai", "syndicat des pilotes"),
    ("Digue\n\nLes critiques visent aussi le directeur du port, Arnaud Vitrac, dont le syndicat des dockers "
     "réclame la démission.\n", "la démission", "syndicat des dockers"),
])
def test_the_noun_after_a_relative_pronoun_is_the_subject_not_the_antecedent(text: str, words: str,
                                                                               speaker: str) -> None:
    b = brief(text, "fr")
    assert said_by(b, words) == {speaker}
    assert not [a.name for a in b.actors if a.name.lower().startswith(("qui ", "dont "))]


@pytest.mark.parametrize(("text", "name"), [
    # (an aside closed by its comma before the verb: the name before it is the subject)
    ("Port\n\nLe syndicat des dockers, dont le siège est à Brest, a estimé que le quai devait rouvrir.\n",
     "syndicat des dockers"),
    ("Port\n\nLes syndicats du port, dont la CGT, ont estimé que le quai devait rouvrir.\n", "syndicats du port"),
])
def test_a_relative_aside_closed_before_the_verb_leaves_the_subject(text: str, name: str) -> None:
    b = brief(text, "fr")
    assert name in said_by(b, "quai devait rouvrir")


@pytest.mark.parametrize(("text", "first", "second", "target"), [
    ("Stade\n\nDans une lettre ouverte, l’association accuse la mairie d’avoir « bradé le stade municipal » et "
     "reproche à la fédération régionale de rugby d’avoir « laissé faire » depuis des mois.\n",
     "bradé le stade", "laissé faire", "federation regionale de rugby"),
    ("Stade\n\nLe collectif accuse la mairie d’avoir « vendu le stade » et reproche au conseil départemental "
     "d’avoir « laissé faire ».\n", "vendu le stade", "laissé faire", "conseil departemental"),
])
def test_a_finite_verb_hung_on_an_infinitive_is_the_conjunct_of_the_finite_verb(text: str, first: str, second: str,
                                                                                target: str) -> None:
    b = brief(text, "fr")
    assert not [q for q in quotes(b) if first in q and second in q]
    assert said_by(b, first) == said_by(b, second) != set()
    assert any(target in one | two for one, two in sides(b))


def test_a_relative_opened_by_a_preposition_is_no_reported_content() -> None:
    b = brief("Digue\n\nLa nouvelle présidente, Ana Ruiz, a pris ses fonctions lundi. Elle reproche à son "
              "prédécesseur d’avoir vidé les caisses du syndicat « sans rendre de comptes », un sujet sur lequel "
              "celui-ci n’a pas voulu s’exprimer.\n", "fr")
    assert said_by(b, "vidé les caisses") == {"ana ruiz"}
    assert not [q for q in quotes(b) if q.startswith("sur lequel")]


def test_a_bare_role_takes_up_a_holder_named_before_not_one_named_later() -> None:
    b = brief("Pêche\n\nParmi les opposants, Lina Vasseur, élue écologiste de Lorient, ne décolère pas. « Ce texte "
              "sacrifie la pêche artisanale », a-t-elle lancé. La députée reproche au ministre d’avoir « ignoré les "
              "ports bretons ».\n\nPlus prudente, Marie Dantec, députée du Finistère, estime que le texte peut encore "
              "être amendé.\n", "fr")
    assert said_by(b, "ignoré les ports bretons") == {"lina vasseur"}
    assert said_by(b, "peut encore être amendé") == {"marie dantec"}


def test_an_apposition_read_as_a_conjunct_of_the_subject_speaks_not() -> None:
    b = brief("Frontière\n\nLe secrétaire général du Rassemblement pour la justice (RPJ), principal parti "
              "d’opposition, Paul Essomba, a reproché aux autorités d’avoir « oublié » les pêcheurs expulsés.\n", "fr")
    assert said_by(b, "pêcheurs expulsés") == {"paul essomba"}
    assert not [a.name for a in b.actors if a.name.startswith("principal")]


def test_a_family_name_first_stays_in_the_name_of_an_inverted_subject() -> None:
    b = brief("Boats\n\n“Those waters were always ours,” said Pham Thi Hoa, whose son was detained with the "
              "crew.\n", "en")
    assert said_by(b, "always ours") == {"pham thi hoa"}


def test_a_title_before_a_name_after_a_preposition_stays_out_of_it() -> None:
    b = brief("Boats\n\nThe minister met Irish Taoiseach Leo Varadkar in Dublin on Monday.\n", "en")
    assert [a.name for a in b.actors if "Varadkar" in a.name] == ["Leo Varadkar"]
