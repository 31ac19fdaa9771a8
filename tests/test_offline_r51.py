"""Offline rules of round 51 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* the inverted subject of an incise runs to a colon that announces the words, as to the end of its sentence
  (« …, comme le précise le maire de Tarn, Paul Tardieu : « … » »): whatever sentence the parser made of the
  quotation after the colon, the incise's subject is the one who speaks, not the subject of the clause it hangs on;
* a comparative clause of saying hung on an infinitive (« L'armée ne va pas retirer ses forces comme le précise X »)
  qualifies the clause of the verb governing that infinitive: its subject and all are what is said;
* the near future with an infinitive ("Y is not going to leave", « Y ne va pas quitter ») tells what will happen,
  as the future tense does: negated, it is a forecast, no reproach of Y (``grammar.near_future``);
* an abbreviated honorific whose stop touches the name ("said Mr.Dorset", « selon M.Dufresnoy »,
  ``parsing.glued_titles``) is a word of its own, as when a space parts them: the name is the person's;
* a source frame's apposition may end on the colon that opens the words (« Pour X, son secrétaire général : « … » »,
  'For X, its general secretary: "…"'), and a possessive determiner opens an apposition as an article does
  ("according to X, its president, the government must act"): the apposition is no part of what is said.
Found by reading the claim lists of unlabelled French Wikinews files of the news folder that copy no eval article,
each fix stated in grammatical terms and tested here on sentences of my own.
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from tests.briefing_queries import brief, opposed, quotes, said_by


def test_an_incise_s_inverted_subject_runs_to_the_colon_that_opens_the_words() -> None:
    b = brief("Karlovie\n\nCependant, si la gestion de la base est confiée à la Karlovie, l'armée française ne va pas "
              "retirer toutes ses troupes comme le précise l'ambassadeur de France en Karlovie, Paul Tardieu : « Les "
              "troupes françaises tournent une page importante à Varna mais, pour autant, la France ne va pas quitter "
              "la région ».\n", "fr")
    assert said_by(b, "Les troupes françaises tournent une page") == {"paul tardieu"}
    assert said_by(b, "retirer toutes ses troupes") == {"paul tardieu"}


@pytest.mark.parametrize(("text", "language", "words"), [
    ("Armée\n\nL'armée ne va pas retirer toutes ses troupes comme le précise le colonel Paul Tardieu.\n", "fr",
     "L'armée ne va pas retirer toutes ses troupes"),
    ("Armée\n\nL'armée ne veut pas retirer toutes ses troupes, comme l'a expliqué le colonel Paul Tardieu.\n", "fr",
     "L'armée ne veut pas retirer toutes ses troupes"),
])
def test_a_comparative_hung_on_an_infinitive_qualifies_the_governing_clause(text: str, language: str,
                                                                            words: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {"paul tardieu"}


@pytest.mark.parametrize(("text", "language"), [
    ("Traité\n\nLe traité expire en mai. Ana Roble, sénatrice, affirme que la Norvège ne va pas quitter le "
     "traité.\n\nTomas Reid affirme que la Norvège n'a pas tenu sa promesse.\n", "fr"),
    ("Treaty\n\nThe treaty expires in May. Ana Roble, a senator, said Norway is not going to leave the treaty.\n\n"
     "Tomas Reid said Norway did not keep its promise.\n", "en"),
])
def test_a_negated_near_future_is_no_reproach(text: str, language: str) -> None:
    b = brief(text, language)
    country = fold("Norvège" if language == "fr" else "Norway")
    assert not opposed(b, "ana roble", country)
    assert opposed(b, "tomas reid", country)  # (a negated past act still is one)


@pytest.mark.parametrize(("text", "language", "words", "name"), [
    ("Chômage\n\nLe chômage a reculé de 2 %, « malgré la crise » selon M.Dufresnoy.\n", "fr", "Le chômage a reculé",
     "Dufresnoy"),
    ("Jobs\n\nUnemployment fell sharply in May, said Mr.Dorset on Monday.\n", "en", "Unemployment fell sharply",
     "Dorset"),
])
def test_a_glued_honorific_is_a_word_of_its_own(text: str, language: str, words: str, name: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {name.lower()}
    assert [a.kind for a in b.actors] == ["person"]


def test_initials_glued_together_are_no_honorific() -> None:
    b = brief("Jobs\n\nUnemployment fell sharply in May, said M.A. Dorset on Monday.\n", "en")
    assert said_by(b, "Unemployment fell sharply") == {"m.a. dorset"}


@pytest.mark.parametrize(("text", "language", "words", "apposition"), [
    ("Fédération\n\nLa fédération se réunit lundi. Pour Paul Tardieu, son secrétaire général : « C'est un moment "
     "important pour le gouvernement ».\n", "fr", "un moment important", "secrétaire général"),
    ('Federation\n\nThe federation meets on Monday. For Tomas Reid, its general secretary: "This is an important '
     'moment for the government."\n', "en", "an important moment", "general secretary"),
    ("Federation\n\nThe federation meets on Monday. According to Tomas Reid, its president, the government must "
     "act.\n", "en", "the government must act", "president"),
])
def test_a_frame_s_apposition_is_no_part_of_the_words(text: str, language: str, words: str,
                                                      apposition: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {"paul tardieu" if language == "fr" else "tomas reid"}
    assert not any(apposition in q for q in quotes(b))


@pytest.mark.parametrize(("text", "language", "words", "name"), [
    ('Mine\n\nA judge quashed the permit on Monday. Judge Marian Holt wrote that the duty to consult was not met.\n\n'
     'Chief Tomas Reid called the decision "a win for our children". Speaking outside the court, he said his people '
     'were not against mining.\n', "en", "a win for our children", "tomas reid"),
    ("Mine\n\nUn juge a annulé le permis lundi. La juge Marie Holt a écrit que la consultation n'avait pas eu lieu.\n\n"
     "Le chef Tomas Reid a qualifié la décision de « victoire pour nos enfants ». S'exprimant devant le tribunal, il a "
     "affirmé que son peuple n'était pas opposé à la mine.\n", "fr", "victoire pour nos enfants", "tomas reid"),
])
def test_a_stop_after_the_closing_mark_ends_the_quotation_s_sentence(text: str, language: str, words: str,
                                                                      name: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {name}
    assert said_by(b, "not against mining" if language == "en" else "pas opposé à la mine") == {name}


@pytest.mark.parametrize(("text", "language", "names"), [
    ("Border\n\nKyrgyzstan and Tajikistan exchanged fire on Tuesday. One guard died.\n\nBy Wednesday evening both "
     "governments said the situation was calm.\n", "en", {"kyrgyzstan", "tajikistan"}),
    ("Frontière\n\nLe Niger et le Mali se sont affrontés mardi. Un soldat est mort.\n\nMercredi soir, les deux pays "
     "ont affirmé que la situation était calme.\n", "fr", {"niger", "mali"}),
    ("Strike\n\nThe Varn Workers Union and Brask Metals met on Monday. The talks lasted nine hours.\n\nBoth sides "
     "said the talks had been useful.\n", "en", {"brask metals", "varn workers union"}),
])
def test_a_pair_taken_up_names_the_two_last_named_together(text: str, language: str, names: set[str]) -> None:
    b = brief(text, language)
    words = "the situation was calm" if "situation was" in text else "la situation était calme" \
        if language == "fr" else "the talks had been useful"
    assert said_by(b, words) == names


def test_a_pair_of_states_takes_up_no_two_persons() -> None:
    b = brief("Talks\n\nAna Roble and Tomas Reid met in Geneva on Tuesday.\n\nBoth governments said the talks had been "
              "useful.\n", "en")
    assert not said_by(b, "the talks had been useful") & {"ana roble", "tomas reid"}


def test_a_name_apposed_to_an_inverted_subject_holds_its_role() -> None:
    b = brief("Tramway\n\nLe conseil a voté lundi. « C'est une décision historique pour notre ville », s'est félicité "
              "le maire, Bernard Castaing, à l'issue du vote.\n\nL'adjoint aux transports, Didier Ferrand, a rappelé "
              "que la ligne serait rentable.\n\nLe maire a répliqué que la ville bénéficierait d'aides de l'État.\n",
              "fr")
    assert said_by(b, "la ville bénéficierait") == {"bernard castaing"}


def test_a_name_opened_by_a_capital_elided_article_speaks_in_an_incise() -> None:
    b = brief("Tramway\n\nLe conseil a voté lundi. Les travaux doivent débuter à l'automne, indique L'Écho de Varenne, "
              "qui précise que l'appel d'offres sera lancé en mai.\n", "fr")
    assert said_by(b, "Les travaux doivent débuter") == {fold("L'Écho de Varenne")}


def test_no_one_s_name_holds_a_marked_infinitive() -> None:
    b = brief("Débat\n\nLe débat a eu lieu jeudi. Président sortant du conseil régional, Jean Dumas a défendu son "
              "bilan.\n\nLe candidat Marc Favier a concentré ses attaques sur l'insécurité, accusant le président "
              "sortant d'avoir « abandonné les campagnes ».\n", "fr")
    assert [a.name for a in b.actors] == ["Jean Dumas", "Marc Favier"]
    assert opposed(b, "marc favier", "jean dumas")


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Dorelax\n\nLa pression s'accentue sur la ministre de la Santé, Hélène Marchetti. Le médicament a été retiré en "
     "août.\n\nLe Premier ministre Olivier Reynaud a dit qu'il lui gardait sa confiance.\n\nLa ministre a annoncé le "
     "lancement d'une inspection interne.\n", "fr", "hélène marchetti"),
    ("Drug\n\nPressure is mounting on the health minister, Helen Marsh. The drug was withdrawn in August.\n\nPrime "
     "Minister Oliver Reed said he still trusted her.\n\nThe health minister announced an internal inquiry.\n", "en",
     "helen marsh"),
])
def test_a_name_set_off_after_a_role_holds_it_and_a_gendered_role_takes_up_its_gender(text: str, language: str,
                                                                                      name: str) -> None:
    b = brief(text, language)
    assert said_by(b, "inspection interne" if language == "fr" else "an internal inquiry") == {fold(name)}
    holder = next(a for a in b.actors if fold(a.name) == fold(name))
    assert holder.role is not None and not holder.role.startswith(("on ", "sur "))  # a role opens on no preposition


@pytest.mark.parametrize(("text", "language", "first", "second"), [
    ("Vote\n\nThe bill passed on Thursday. Ana Roble said her party would challenge the law in court and called for a "
     "referendum on the issue.\n", "en", "her party would challenge the law in court", "a referendum on the issue"),
    ("Vote\n\nThe bill passed on Thursday. Ana Roble said both of her rivals had failed, and called for members to be "
     "given a vote on the manifesto.\n", "en", "both of her rivals had failed", "given a vote on the manifesto"),
    ("Vote\n\nLa loi a été votée jeudi. Ana Roble a affirmé que son parti contesterait la loi et a appelé à un "
     "référendum.\n", "fr", "son parti contesterait la loi", "un référendum"),
])
def test_a_conjunct_with_the_reporting_verb_s_form_is_the_reporting_verb_s(text: str, language: str, first: str,
                                                                          second: str) -> None:
    b = brief(text, language)
    assert first in quotes(b)
    assert said_by(b, second) == {"ana roble"}
    assert not any(first in q and second in q for q in quotes(b))


@pytest.mark.parametrize("clause", ["the firm was fined and appealed the ruling", "the minister had lied and resigned"])
def test_a_conjunct_that_shares_the_clause_s_verb_form_or_passive_stays_in_the_clause(clause: str) -> None:
    b = brief(f"Vote\n\nThe bill passed on Thursday. Ana Roble said {clause}.\n", "en")
    assert quotes(b) == [clause]


@pytest.mark.parametrize(("text", "language", "words", "name"), [
    ('Strike\n\nPicket lines formed at dawn at the hospital, where members of the Varn Nurses Union waved placards '
     'reading "Safe staffing saves lives" and "Tired nurses make mistakes".\n', "en", "Safe staffing saves lives",
     "varn nurses union"),
    ("Grève\n\nLes piquets de grève se sont formés à l'aube devant l'hôpital, où des membres du Syndicat des "
     "infirmières de Varn brandissaient des pancartes proclamant « Des soignants épuisés font des erreurs ».\n", "fr",
     "Des soignants épuisés", "syndicat des infirmieres de varn"),
])
def test_a_slogan_after_a_sign_s_participle_is_its_carrier_s(text: str, language: str, words: str,
                                                             name: str) -> None:
    assert said_by(brief(text, language), words) == {name}


@pytest.mark.parametrize(("text", "language", "words"), [
    ("Race\n\nThe debate was held on Friday. Outside the hall, a small group of protesters from the Clean Water League "
     "held up banners accusing all three candidates of ignoring pollution.\n", "en", "ignoring pollution"),
    ("Course\n\nLe débat a eu lieu vendredi. Devant la salle, un petit groupe de militants de la Ligue pour l'eau "
     "propre brandissaient des banderoles accusant les trois candidats d'ignorer la pollution.\n", "fr",
     "ignorer la pollution"),
])
def test_a_sign_that_accuses_speaks_for_its_carriers(text: str, language: str, words: str) -> None:
    b = brief(text, language)
    assert said_by(b, words)
    assert not said_by(b, words) & {"banners", "banderoles"}
    assert not any(a.name.lower() in {"banners", "banderoles"} for a in b.actors)
