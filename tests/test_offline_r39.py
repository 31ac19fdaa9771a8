"""Offline rules of round 39 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a verb of saying whose saying is an act (``verbs.enacting``: "announce", "unveil", « annoncer », « dévoiler »)
  tells of an act whatever it says: "the governor announced that three clinics would close … Y condemned the
  decision" sets Y against the governor (the decision had been no one's, as an announcement of a clause was no act);
* who fills a speaker's place is a person or a body: a name there that the recogniser typed as a thing, or as a
  place when a first name opens it, is retyped ("Hugo Brill and Ada Okafor said …": Okafor had been no one);
* a reply to someone whose words were reported before it is a rebuttal unless the replier's words in its sentence
  agree ("Responding to Vance, Pike said …", « En réponse à la députée, le ministre a assuré … »); it had needed
  words against something in the reply's own sentence;
* the person a role's noun names by a name set off by commas after its phrase, whatever the parser made of the name
  (« accuse le ministre des Transports, Frédéric Aubanel, d'avoir … », « la décision du préfet de l'Orvène, Bertrand
  Ollivier, d'autoriser … »), is the one accused or whose decision is criticised;
* a claim against a thing (by the grammar of its words) is set against the actor the narration tells stands for it
  ("X jointly defended the curfew … Z said the curfew criminalised young people"; "criminalise" is a verb of harm);
* a definite phrase naming an act for the first time ("the measure", "the move") takes up the last act named, the
  outer one when an act is named inside another ("Y's decision to postpone the election … the move": the decision),
  never a noun that introduces nothing ("no choice"); the act's owner is the one criticised;
* a name the recogniser types as a place, unknown to the gazetteer, owning a state's body by a possessive
  ("Lorvania's foreign ministry") names that state's body, which speaks (the sentence had had no actor).
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from tests.briefing_queries import brief, opposed, said_by


@pytest.mark.parametrize(("language", "text", "critic", "author"), [
    ("en", "Governor Alma Tessier announced on Friday that three rural clinics in the hill country would close in "
           "March.\nSenator Hugo Brill condemned the decision. \"Mothers will give birth on the road,\" Brill said.\n",
     "hugo brill", "alma tessier"),
    # (a twin: French already read the participle as the act)
    ("fr", "La présidente de la région, Odile Marnier, a annoncé lundi que la ligne de nuit serait supprimée en "
           "mars.\nLe conseiller Yves Marrec a critiqué la décision. « Les travailleurs de nuit seront abandonnés », "
           "a-t-il dit.\n", "yves marrec", "odile marnier"),
])
def test_an_announcement_is_an_act_a_definite_noun_takes_up(language: str, text: str, critic: str,
                                                            author: str) -> None:
    b = brief("Clinics\n\n" + text, language)
    assert opposed(b, critic, author)


def test_a_statement_with_no_announcement_is_no_act() -> None:
    b = brief("Clinics\n\nGovernor Alma Tessier said on Friday that the weather had been mild for March.\n"
              "Senator Hugo Brill condemned the decision. \"Mothers will give birth on the road,\" Brill said.\n", "en")
    assert not opposed(b, "hugo brill", "alma tessier")


def test_a_second_speaker_typed_as_a_place_is_a_person() -> None:
    b = brief("Clinics\n\nHugo Brill and Ada Okafor said the closures were a disgrace.\n", "en")
    assert said_by(b, "the closures were a disgrace") == {"hugo brill", "ada okafor"}
    assert [a.kind for a in b.actors if a.name == "Ada Okafor"] == ["person"]


@pytest.mark.parametrize(("language", "text", "replier", "answered"), [
    ("en", "Finance Minister Gareth Vallon said on Thursday that prices in Kessmoor had \"clearly peaked\".\n"
           "Responding to Vallon, opposition spokeswoman Orla Pike said families were still paying more every week "
           "for bread and rent.\n", "orla pike", "gareth vallon"),
    ("fr", "La députée Maëlle Ronsac a dénoncé jeudi « l'opacité totale » de la vente du port de Kerbihan.\n"
           "En réponse à la députée, le ministre de l'Économie, Bertrand Oriel, a assuré que toutes les pièces "
           "avaient été transmises au Parlement.\n", "bertrand oriel", "maelle ronsac"),
])
def test_a_reply_to_a_speaker_is_a_rebuttal(language: str, text: str, replier: str, answered: str) -> None:
    b = brief("Port\n\n" + text, language)
    assert opposed(b, replier, answered)


def test_a_reply_that_welcomes_is_no_rebuttal() -> None:
    b = brief("Budget\n\nFinance Minister Gareth Vallon said on Thursday that the budget would be balanced by 2027.\n"
              "Responding to Vallon, union leader Orla Pike welcomed the announcement and said workers would back "
              "it.\n", "en")
    assert not opposed(b, "orla pike", "gareth vallon")


@pytest.mark.parametrize(("text", "critic", "target"), [
    ("Le sénateur Paul Kerval accuse le ministre des Transports, Frédéric Aubrac, d'avoir favorisé une entreprise "
     "de travaux publics.\n", "paul kerval", "frederic aubrac"),
    # (a twin: this shorter sentence the parser already read with the name apposed to the role)
    ("La députée Margaux Lestrin fustige la décision du préfet de l'Orvène, Bertrand Ollier, d'autoriser "
     "l'extension de la carrière.\n", "margaux lestrin", "bertrand ollier"),
])
def test_a_role_named_by_a_name_after_a_comma_is_that_person(text: str, critic: str, target: str) -> None:
    b = brief("Carrière\n\n" + text, "fr")
    assert opposed(b, critic, target)


def test_a_claim_against_what_others_are_told_to_defend() -> None:
    b = brief("Curfew\n\nMayor Colin Rourk and Police Chief Grace Adebayo on Monday jointly defended the 10 p.m. "
              "curfew for teenagers in Stanbury, saying it had cut disorder.\n\nThe Open Lanes Coalition, a civil "
              "liberties group, said the curfew criminalised young people \"for simply being outdoors\".\n", "en")
    assert opposed(b, "open lanes coalition", "grace adebayo") or opposed(b, "open lanes coalition", "colin rourk")


def test_a_definite_noun_of_an_act_takes_up_the_owned_act() -> None:
    b = brief("Fuel\n\nFinance Minister Lena Strade's plan to raise fuel duty by five cents came under fire on "
              "Wednesday.\n\n\"Rural families who have no choice but to drive will pay the price,\" said party leader "
              "Ian Quarrie.\n\nMP Rachel Nolte also criticised the measure, saying it would hurt poor households.\n",
              "en")
    assert opposed(b, "rachel nolte", "lena strade")


def test_the_outer_act_is_taken_up_not_the_one_inside_it() -> None:
    b = brief("Vote\n\nOpposition leaders Karen Hollins and Tomas Ferrer both condemned Prime Minister Edward Danver's "
              "decision to postpone the general election by six months.\n\n\"This is an assault on democracy,\" said "
              "Hollins, of the Civic Party. Ferrer, who leads the Green Union, called the move \"a shameful power "
              "grab\".\n", "en")
    assert opposed(b, "tomas ferrer", "edward danver")
    assert not opposed(b, "tomas ferrer", "karen hollins")


def test_the_body_of_a_state_the_gazetteer_does_not_know_speaks() -> None:
    b = brief("Dam\n\nLorvania's foreign ministry on Sunday accused neighbouring Kessland of endangering millions of "
              "people downstream.\n", "en")
    assert said_by(b, "endangering millions of people") == {"lorvania's foreign ministry"}
    assert opposed(b, "lorvania's foreign ministry", "kessland")


def test_an_unknown_state_owns_no_party_by_a_possessive() -> None:
    b = brief("Poll\n\nNorvalia's dominant conservative party won the vote, Lena Marsh said.\n", "en")
    assert not any("party" in a.name for a in b.actors)


@pytest.mark.parametrize(("text", "body"), [
    ("The Fair Trading Board on Thursday accused supermarket chain Castellan of abusing its position.\n"
     "Castellan said it \"strongly disagrees\" with the findings.\n", "Castellan"),
])
def test_a_name_after_a_bare_noun_of_a_firm_is_the_firm(text: str, body: str) -> None:
    b = brief("Dairy\n\n" + text, "en")
    assert [a.kind for a in b.actors if a.name == body] == ["organization"]
    assert said_by(b, "strongly disagrees") == {fold(body)}


@pytest.mark.parametrize(("language", "text", "state"), [
    ("fr", "Le gouvernement de la Valdorie a accusé lundi son voisin d'avoir violé l'accord de pêche.\n", "Valdorie"),
    ("en", "Lorvania's government on Monday accused Kessland of breaking the fishing treaty.\n", "Lorvania"),
])
def test_a_place_with_a_government_is_a_state(language: str, text: str, state: str) -> None:
    b = brief("Pêche\n\n" + text, language)
    assert [a.kind for a in b.actors if a.name == state] == ["country"]
    assert said_by(b, "accord de pêche" if language == "fr" else "fishing treaty") == {fold(state)}


def test_a_level_below_the_state_is_no_state() -> None:
    b = brief("Wall\n\nThe state of Texas on Monday asked the court to stop the wall.\n", "en")
    assert not [a for a in b.actors if a.kind == "country" and a.name == "Texas"]


@pytest.mark.parametrize(("language", "text", "quoted"), [
    ("en", "The dam was filled on Sunday \"without any consultation at all.\"\n\nResponding to critics, energy "
           "minister Ilse Brandt said the reservoir was being filled gradually.\n", "without any consultation"),
    ("fr", "Le barrage a été rempli dimanche « sans la moindre concertation avec personne. »\n\nRépondant aux "
           "critiques, la ministre Ilse Brandt a affirmé que le réservoir se remplissait lentement.\n",
     "sans la moindre concertation"),
])
def test_a_quotation_closed_on_a_full_stop_is_not_the_next_paragraph_s(language: str, text: str, quoted: str) -> None:
    b = brief("Dam\n\n" + text, language)
    assert said_by(b, quoted) == set()
    assert said_by(b, "filled gradually" if language == "en" else "se remplissait lentement") == {"ilse brandt"}


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Le syndicat menace de faire grève si les primes ne sont pas versées.\n", "de faire grève", "syndicat"),
    # (a twin: here the tagger reads the verb as one)
    ("La doyenne de la faculté menace de fermer la filière de langues.\n", "de fermer la filière",
     "doyenne de la faculte"),
])
def test_a_threat_read_as_a_noun_before_an_infinitive_is_said(text: str, said: str, speaker: str) -> None:
    b = brief("Port\n\n" + text, "fr")
    assert said_by(b, said) == {speaker}


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("fr", "La doyenne de sa faculté à Lyon a annoncé que les cours de latin seraient supprimés.\n",
     "les cours de latin seraient supprimés", "doyenne de sa faculte a lyon"),
    # (a twin: English hangs the place on the faculty)
    ("en", "The dean of her faculty in Osaka said that Latin classes would be dropped.\n",
     "Latin classes would be dropped", "dean of her faculty in osaka"),
])
def test_a_role_with_its_body_and_a_place_after_it_speaks(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Langues\n\n" + text, language)
    assert said_by(b, said) == {speaker}


@pytest.mark.parametrize("text", [
    "Le syndicat Unicor a jugé cette offre « provocatrice ».\n",
    "Le syndicat Unicor, qui réclame 6 pour cent, a jugé cette offre « provocatrice » et appelle à la grève.\n",
])
def test_a_qualified_object_read_as_a_verb_is_still_qualified(text: str) -> None:
    b = brief("Salaires\n\n" + text, "fr")
    assert said_by(b, "cette offre « provocatrice »") == {"unicor"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Retail Employers Federation proposed a 2 percent rise on Thursday.\n\nThe Unicor union said this "
           "offer was a provocation and called a strike.\n"),
    ("fr", "La Fédération du commerce a proposé jeudi une hausse de 2 pour cent.\n\nLe syndicat Unicor a estimé que "
           "cette offre était une provocation.\n"),
])
def test_an_offer_called_a_provocation_is_against_who_made_it(language: str, text: str) -> None:
    b = brief("Pay\n\n" + text, language)
    federation = "retail employers federation" if language == "en" else "federation du commerce"
    assert opposed(b, "unicor", federation)


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Forester Ana Pell grows oaks. She told Valley Radio that oaks grown this way reach full height in about "
     "twenty years.\n", "reach full height in about twenty years", "ana pell"),
    ("Marine biologist Lani Makoa grows coral. She told Seaward News that corals grown this way reach full size in "
     "about two years, compared with up to ten years in nature.\n", "reach full size in about two years", "lani makoa"),
])
def test_a_clause_split_by_a_reduced_relative_is_said_whole(text: str, said: str, speaker: str) -> None:
    b = brief("Trees\n\n" + text, "en")
    assert said_by(b, said) == {speaker}


def test_the_unions_together_speak() -> None:
    b = brief("Usine\n\nAux yeux de l'intersyndicale, cette fermeture est « un gâchis organisé par les "
              "actionnaires ».\n", "fr")
    assert said_by(b, "cette fermeture est") == {"intersyndicale"}


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Le candidat Karim Hadjed promet au contraire d'abandonner le projet de parking.\n", "d'abandonner le projet",
     "karim hadjed"),
    # (a twin: here the parser hangs the infinitive on the verb)
    ("La maire Odile Varnier promet en revanche de rouvrir la piscine dès l'été.\n", "de rouvrir la piscine",
     "odile varnier"),
])
def test_an_infinitive_after_an_adverbial_of_contrast_is_said(text: str, said: str, speaker: str) -> None:
    b = brief("Projet\n\n" + text, "fr")
    assert said_by(b, said) == {speaker}
