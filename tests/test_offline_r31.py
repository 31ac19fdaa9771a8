"""Offline rules of round 31 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a verb is never cut from its own subject by a lone comma: when the parser makes the name before such a
  comma the subject of a clause set before the verb ("X, nicknamed the '…', answered some questions"; the
  tagger may read the participle as a past), that name is the verb's subject, and the noun after the verb
  its object, no inverted speaker of an incise;
* an English relative pronoun that only takes up people (``grammar.animate_relatives``: "who", "whom",
  "whose") makes the name it takes up a person's, whatever the recogniser called it ("Marta Soler, who
  said that …" is no place);
* a quotation with no cue right after a sentence whose subject is a group ("Many residents were angry.
  '…'", « Les habitants sont en colère. « … » ») is that group's words, as it is a named person's or body's;
* a sentence whose subject is a party no actor stands for, a common noun of a body, a role or a group with
  its determiner ("The union was furious.", « Le syndicat est furieux. »), ends the last quoted speaker's
  turn: a quotation with no cue after it is not that speaker's;
* a plural pronoun takes up every item of a list of names before it ("Ana Ruiz, Piet Vos and Lena Ortiz met.
  They concluded …"), however the parser hangs the name after the first comma (in apposition to the first
  name in English, as its complement in French), as it takes up both of "X and Y";
* a word of displeasure or opposition after a group's noun (``oppose.adjectives``: "residents angry at the
  militias", « des habitants en colère contre les milices », « les riverains hostiles au projet ») says how
  the group stands, not who it is: the group's name ends before it;
* a paragraph that is one quotation with no cue goes on with the named person who is the subject of the
  paragraph just before ("Lindqvist remembers a method her students liked. ¶ '…'"), as a quotation opening
  the next sentence of a named subject's paragraph does (not a body's or a group's, across a paragraph);
* a name the recogniser took for a body's that ends on two role nouns, the last heading it, no body's noun in
  it and no name after it, is an office held by one person ("the Norland Surgeon General said …", then "He
  wrote, '…'"), with no surname ("General");
* a body's noun opening a sentence as another noun's modifier ("Agency officials said …"), which the tagger may
  read as a proper noun, names no body of its own: the people of the body named before speak;
* a cue inside a member of a correlative coordination (``grammar.correlatives``: "ni A, qui réclamaient …, ni
  B", "neither A, which demanded …, nor B") says no more than its member, and its relative clause takes up no
  conjunct after it;
* a singular noun of a trade or a field by its ending (``titles.person_suffixes``: "a cardiologist", « un
  cardiologue ») that speaks is a person; an indefinite singular noun of a person with a body's complement
  ("a nurse at the X Hospital said …") is one member of that body speaking as such, not the body (a
  spokesman still speaks for it);
* giving one's view or opinion is telling it (``verbs.light_verbs``: "X gave his point of view:", « X a donné
  son point de vue : »), like giving one's account: the passage after the colon is X's.
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from tests.briefing_queries import brief, quotes, said_by


@pytest.mark.parametrize(("language", "sentence", "name"), [
    ("en", "Ravi Dutt, nicknamed the \"king of the northern river valley\", answered some questions from the press.",
     "Ravi Dutt"),
    ("en", "Lena Ortiz, dubbed \"the quiet conscience of the harbour council\", answered several letters.",
     "Lena Ortiz"),
    ("fr", "Ravi Dutt, surnommé le « roi de la vallée du nord », a répondu aux questions des journalistes.",
     "Ravi Dutt"),
])
def test_clause_before_the_verb_keeps_its_subject(language: str, sentence: str, name: str) -> None:
    b = brief("Harbour council\n\n" + sentence + "\n", language)
    assert {a.name for a in b.actors} == {name}
    assert not any(name in q for q in quotes(b))  # the subject is no words said


def test_incise_after_a_quotation_still_names_its_speaker() -> None:
    b = brief("Harbour council\n\n\"The new pier will fall apart within a year,\" said a fisherman.\n", "en")
    assert said_by(b, "will fall apart within a year") == {fold("fisherman")}


@pytest.mark.parametrize("sentence", [
    "Marta Soler, who said that the new toll is the wrong answer, did not vote.",
    "The council heard Marta Soler, who said that the new toll is the wrong answer.",
    "Marta Soler, whose party lost two seats, said that the new toll is the wrong answer.",
])
def test_who_takes_up_a_person(sentence: str) -> None:
    b = brief("Toll vote\n\nThe council voted on the toll on Friday.\n\n" + sentence + "\n", "en")
    assert [(a.name, a.kind) for a in b.actors] == [("Marta Soler", "person")]
    assert said_by(b, "the wrong answer") == {fold("Marta Soler")}


@pytest.mark.parametrize(("language", "text", "words", "group"), [
    ("en", "Harbour plan\n\nAlice Varo, the mayor, said the plan was good.\n\nMany residents were angry. "
           "\"We were never asked about any of this, not even once.\"\n", "never asked about any", "residents"),
    ("fr", "Projet du port\n\nLa maire, Alice Varo, a jugé le projet utile.\n\nLes habitants du quartier nord "
           "sont en colère. « On ne nous a jamais demandé notre avis sur ce projet. »\n", "jamais demandé notre avis",
     "habitants du quartier nord"),
])
def test_group_subject_before_a_quotation_speaks(language: str, text: str, words: str, group: str) -> None:
    assert said_by(brief(text, language), words) == {fold(group)}


@pytest.mark.parametrize(("language", "text", "words", "first"), [
    ("en", "Harbour plan\n\n\"The plan is good,\" said Alice Varo, the mayor. The union was furious. "
           "\"We were never asked about any of this, not even once.\"\n", "never asked about any", "Alice Varo"),
    ("fr", "Projet du port\n\n« Le projet est bon », a dit la maire, Alice Varo. Le syndicat est furieux. "
           "« On ne nous a jamais demandé notre avis sur ce projet. »\n", "jamais demandé notre avis", "Alice Varo"),
])
def test_unknown_party_ends_the_turn(language: str, text: str, words: str, first: str) -> None:
    b = brief(text, language)
    assert fold(first) not in said_by(b, words)
    assert said_by(b, "projet est bon" if language == "fr" else "plan is good") == {fold(first)}


def test_a_thing_as_subject_does_not_end_the_turn() -> None:
    b = brief("Harbour plan\n\n\"The plan is good,\" said Alice Varo, the mayor. The plan calls for two new "
              "roads. \"We will build both of them within a year, I promise.\"\n", "en")
    assert said_by(b, "build both of them") == {fold("Alice Varo")}


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "Harbour talks\n\nAna Ruiz, Piet Vos and Lena Ortiz met in Oslo on Monday. They concluded that the "
           "harbour agreement was null and void.\n", "harbour agreement was null"),
    ("fr", "Pourparlers du port\n\nAna Ruiz, Piet Vos et Lena Ortiz se sont rencontrés lundi à Oslo. Ils ont conclu "
           "que l'accord sur le port était nul.\n", "accord sur le port"),
])
def test_plural_pronoun_takes_up_every_name_of_a_list(language: str, text: str, words: str) -> None:
    assert said_by(brief(text, language), words) == {fold("Ana Ruiz"), fold("Piet Vos"), fold("Lena Ortiz")}


@pytest.mark.parametrize(("language", "text", "words", "group"), [
    ("en", "Protest in Velmar\n\nResidents of the north angry at the militias marched in Velmar yesterday. They "
           "demand weapons to free the region.\n", "weapons to free the region", "Residents of the north"),
    ("fr", "Manifestation à Velmar\n\nDes habitants du nord en colère contre les milices ont manifesté hier à "
           "Velmar. Ils réclament notamment des armes pour libérer la région.\n", "des armes", "habitants du nord"),
    ("fr", "Projet du port\n\nLes riverains hostiles au projet ont dénoncé lundi un « passage en force » de la "
           "mairie.\n", "passage en force", "riverains"),
])
def test_a_group_name_ends_before_its_attitude(language: str, text: str, words: str, group: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {fold(group)}


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "Language lessons\n\nMara Lindqvist teaches at a school in Oslo.\n\nLindqvist remembers one method "
           "some of her students liked.\n\n\"I have had students tell me that they put labels on everything in "
           "their rooms.\"\n", "put labels on everything"),
    ("fr", "Cours de langue\n\nMara Lindqvist enseigne dans une école d'Oslo.\n\nLindqvist se souvient d'une "
           "méthode que ses élèves aimaient.\n\n« J'ai eu des élèves qui collaient des étiquettes sur tous les "
           "objets de leur chambre. »\n", "collaient des étiquettes"),
])
def test_a_quotation_paragraph_goes_on_with_the_person_before(language: str, text: str, words: str) -> None:
    assert said_by(brief(text, language), words) == {fold("Mara Lindqvist")}


def test_an_office_name_is_a_person() -> None:
    b = brief("Health crisis\n\nThe Norland Surgeon General said the pandemic had created new pressure on young "
              "people.\n\nHe wrote, \"It would be a tragedy if we beat one crisis only to let another one grow.\"\n",
              "en")
    assert [(a.name, a.kind, a.aliases) for a in b.actors] == [("Norland Surgeon General", "person", [])]
    assert said_by(b, "would be a tragedy") == {fold("Norland Surgeon General")}


def test_a_body_noun_opening_a_sentence_names_no_body() -> None:
    b = brief("Probe contact\n\nThe Norland Space Office has reconnected with its Vega probe, the agency's longest "
              "mission.\n\nAgency officials said they later found the problem in a memory chip.\n\nThe agency said "
              "that the fault system was activated by a command.\n", "en")
    assert "Agency" not in {a.name for a in b.actors}
    assert said_by(b, "found the problem in a memory chip") == {fold("Norland Space Office")}
    assert said_by(b, "fault system was activated") == {fold("Norland Space Office")}


@pytest.mark.parametrize(("language", "text", "words", "speaker", "other"), [
    ("fr", "Salaire minimum\n\nLe gouvernement a relevé le salaire minimum de deux points.\n\nCette annonce ne "
           "convainc ni les syndicats, comme Force salariale qui espérait une hausse plus forte ainsi que la CGT et "
           "Solidaires qui réclamaient de porter le salaire minimum à 1 800 €, ni les organisations patronales "
           "telle la CPME pour qui seule une hausse liée aux prix serait acceptable.\n",
     "porter le salaire minimum", "CGT", "organisations patronales"),
    ("en", "Minimum wage\n\nThe government raised the minimum wage by two points.\n\nThe decision pleased neither "
           "the unions, which demanded a rise to 1,800 euros a month, nor the employers, who wanted no rise at "
           "all.\n", "a rise to 1,800 euros", "unions", "employers"),
])
def test_a_correlative_member_bounds_its_cue(language: str, text: str, words: str, speaker: str,
                                             other: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {fold(speaker)}
    assert not any(other in q for q in quotes(b))


@pytest.mark.parametrize(("language", "text", "words", "name"), [
    ("en", "Health law\n\nA cardiologist said the patients should have the right to choose their treatment.\n",
     "right to choose their treatment", "cardiologist"),
    ("en", "Health law\n\nThe debate went on.\n\nGiven the situation, it seems that the minister should change the "
           "law, the cardiologist explained.\n", "minister should change the law", "cardiologist"),
    ("en", "Health law\n\nA nurse at the Norland City Hospital said the patients should have the right to choose "
           "their treatment.\n", "right to choose their treatment", "nurse"),
    ("fr", "Loi santé\n\nUn cardiologue a déclaré que les patients devaient pouvoir choisir leur traitement.\n",
     "pouvoir choisir leur traitement", "cardiologue"),
])
def test_a_trade_or_a_member_speaks_as_a_person(language: str, text: str, words: str, name: str) -> None:
    b = brief(text, language)
    (speaker,) = [a for a in b.actors if fold(a.name) in said_by(b, words)]
    assert (speaker.name, speaker.kind) == (name, "person")


def test_a_spokesman_still_speaks_for_the_body() -> None:
    b = brief("Health law\n\nA spokesman for the Norland City Hospital said the patients should have the right to "
              "choose their treatment.\n", "en")
    assert said_by(b, "right to choose their treatment") == {fold("Norland City Hospital")}


@pytest.mark.parametrize(("language", "text", "words", "name"), [
    ("en", "Health law\n\nA cardiologist from the Norland City Hospital gave his point of view:\n\nThe patients "
           "should have the right to choose their treatment, whatever their age.\n", "whatever their age",
     "cardiologist"),
    ("fr", "Loi santé\n\nUn cardiologue de l'hôpital de Lyon a donné son point de vue :\n\nLes patients devraient "
           "pouvoir choisir leur traitement, quel que soit leur âge.\n", "quel que soit leur âge",
     "cardiologue de l'hôpital de Lyon"),
])
def test_giving_a_point_of_view_introduces_it(language: str, text: str, words: str, name: str) -> None:
    assert said_by(brief(text, language), words) == {fold(name)}
