"""Offline rules of round 35 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a colon that closes the phrase of a verb of saying (the verb, the one told or a noun of saying, nothing else)
  announces what was said: a clause with a subject of its own after it is the verb's content, whatever the parser
  hung it on (« X a prévenu les habitants : l'eau reste polluée », read as an adverbial clause; "X reassured
  workers: the plant will stay open", where the parser made the verb of saying a complement of the clause after
  it); a list of nouns after the colon stays the object's, and a verb with an object that names neither a person
  nor a saying announces nothing (« X a déclaré l'état d'urgence : les écoles resteront fermées »);
* a reflexive clitic between a quotation's comma and the verb after it leaves that verb the incise's (« « … »,
  s'indigne X », the tagger reading the verb as an adjective), as a verb right after the comma is;
* a form of a verb of saying the tagger misread (``parsing.proxies``) is read again when a short adverbial stands
  between it and its complementiser (« Son collègue X juge au contraire que … », « X note pour sa part que … »), as it
  is right before one;
* a work of research (``frames.research_nouns``: a study, « une étude ») is not the word of the journal that
  publishes it ("The study, published in the journal X, suggests …"), as an article is the word of the paper it
  appears in;
* an adjective after the content preposition of a verb of calling something something ("X described the talks as
  constructive and useful") is what the object is called, whatever label the parser gave it: the verb, its object
  and the adjective are the claim, as with a noun ("described the plan as a disaster");
* what was said goes on after an inverted incise that a fronted circumstance opens ("In the end, said Mayor X, the
  bridge will …", "Last year, said X, the chief economist, prices rose …"), not from inside it: the parser may make
  the speaker the subject of the clause after the incise, and the speaker's apposition is the incise's too;
* a narrative infinitive (``grammar.narrative_openers``: « Et d'ajouter : … », « Et de conclure que … ») has the
  subject of the main clause of the sentence before it in its paragraph, who goes on speaking;
* a verb right after a quotation and its comma with its subject clitic inverted after it or its auxiliary is the
  incise of that quotation whatever the verb (« … », sourit-il; « … », a-t-il tenté de calmer le jeu): a clitic follows
  its verb only there; what such a verb of no saying does is no content;
* a verb after a quotation with its subject between them and a clause of its own after it, no quotation, is no
  incise of that quotation (« Contrairement à X, qui dit « … », Y assure que … »; 'Unlike X, who called it "…", Y
  said that …'): the quotation is the words of the verb before it, as '"…," X said, "…"' goes on with the first;
* the words before an incise never open on the incise's own verb group (a sentence the parser cut inside a quotation
  that ends on a question mark: « … ? », demande-t-il, conscient de …), and the verb of a quotation's incise with its
  clitic inverted has no content after it;
* a negative quantifier heading or determining a phrase (``grammar.negative_quantifiers``: « Aucun des candidats n'a
  contesté », « Aucun élu », « Personne n'a contesté », "No official said …", "None of the candidates") names
  no one: no actor and no claim (a determined noun, « la personne interrogée », is someone);
* a quotation with no cue that is its paragraph's whole text, with no full stop after it, is a heading that pulls
  out words quoted later (a pull quote): it is the words of the speaker of the later claim that repeats them, not
  of whoever spoke before the heading;
* in a comparative clause of saying with an object clitic (« comme l'a rappelé X, … »), the noun after the verb is
  its inverted subject, whatever the parser made of it: the verb has no object of its own, the host clause is what
  X says;
* the quantifier of a partitive inverted after a quotation's incise (« « … », a expliqué l'un des porte-parole du
  parti ») is who speaks, as "said one of the party's spokespeople" is;
* a lone state noun the recogniser took for a place because custom capitalises it (« l'État ») names no place: « le
  chef de l'État » is a person who speaks, as « le chef du gouvernement » is;
* an elided capital N before a capital letter opens a name (« Didier Kamba N’Goran », "N'Djamena"): the tokenizer
  keeps it on the name instead of splitting it off as the negation's « n' »;
* a name after two appositions of the subject, the first a description with no verb and no one named ("The defence
  minister, a former general, Paul Roche, said …"), is who speaks, as a name right after the subject's comma is;
* « à ses dires », « d'après ses dires » and "to his mind" frame what follows as the possessor's view
  (``frames.possessive``), as « à ses yeux » and "in his view" do;
* a subject the parser hung on the auxiliary before the verb, reading the auxiliary as a verb (« Il a par ailleurs
  indiqué que … »), is the verb's subject;
* a quotation opening on a capital right after a noun of a named work or undertaking (``grammar.named_works``: « la
  campagne « … » », 'the film "…"') is that work's name, not words said; a quoted qualifier in lower case after
  such a noun (« une opération « de pure communication » ») is still the speaker's.
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, quotes, said_by


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("fr", "Marie Dulac a prévenu les habitants : l'eau reste polluée.\n", "l'eau reste polluée", "marie dulac"),
    ("fr", "Marie Dulac a répété : l'eau du puits reste polluée.\n", "l'eau du puits reste polluée", "marie dulac"),
    ("fr", "Marie Dulac a tenu à rassurer les salariés : l'usine ne fermera pas.\n", "l'usine ne fermera pas",
     "marie dulac"),
    ("en", "Lina Marsh reassured workers: the plant will not close.\n", "the plant will not close", "lina marsh"),
])
def test_a_colon_closing_the_verbs_phrase_announces_what_was_said(language: str, text: str, said: str,
                                                                   speaker: str) -> None:
    b = brief("Usine\n\n" + text, language)
    assert said_by(b, said) == {speaker}
    assert all(q.startswith(said[:8]) for q in quotes(b) if said in q)


@pytest.mark.parametrize(("language", "text", "words"), [
    ("fr", "Marie Dulac a déclaré l'état d'urgence : les écoles resteront fermées.\n", "les écoles resteront fermées"),
    ("en", "Lina Marsh visited the plant: the workers were on strike.\n", "the workers were on strike"),
])
def test_a_colon_after_another_object_announces_nothing(language: str, text: str, words: str) -> None:
    b = brief("Usine\n\n" + text, language)
    assert not said_by(b, words)


def test_a_list_after_the_colon_stays_the_objects() -> None:
    b = brief("Plan\n\nMarie Dulac a annoncé trois mesures : la baisse des loyers et un plan vélo.\n", "fr")
    assert any(q.startswith("trois mesures") for q in quotes(b))


@pytest.mark.parametrize("verb", ["s'indigne", "se désole", "s'insurge"])
def test_a_reflexive_clitic_before_the_incise_verb_keeps_the_incise(verb: str) -> None:
    b = brief(f"Réforme\n\n« C'est une trahison », {verb} Paul Roche.\n", "fr")
    assert said_by(b, "C'est une trahison") == {"paul roche"}


@pytest.mark.parametrize(("text", "said"), [
    ("La réforme divise la majorité. Son collègue Louis Brun juge au contraire que le texte « va dans le bon sens ».\n",
     "va dans le bon sens"),
    ("La réforme divise la majorité. Louis Brun note pour sa part que le texte est flou.\n", "le texte est flou"),
])
def test_a_misread_verb_of_saying_before_an_adverbial_is_read_again(text: str, said: str) -> None:
    b = brief("Réforme\n\n" + text, "fr")
    assert said_by(b, said) == {"louis brun"}


@pytest.mark.parametrize(("language", "text", "said", "journal"), [
    ("en", "The study, published in the journal Nature, suggests that the planet formed early.\n",
     "the planet formed early", "nature"),
    ("fr", "L'étude, publiée dans la revue Nature, suggère que la planète s'est formée tôt.\n",
     "la planète s'est formée tôt", "nature"),
])
def test_a_journal_does_not_speak_for_a_study_it_publishes(language: str, text: str, said: str, journal: str) -> None:
    b = brief("Planet\n\n" + text, language)
    assert journal not in said_by(b, said)


@pytest.mark.parametrize(("language", "text", "said"), [
    ("en", "An article published in the Valdor Daily says that the mayor lied.\n", "the mayor lied"),
    ("fr", "Un article paru dans le quotidien Le Courrier affirme que le maire a menti.\n", "le maire a menti"),
])
def test_a_paper_speaks_for_an_article_it_publishes(language: str, text: str, said: str) -> None:
    b = brief("Mayor\n\n" + text, language)
    assert len(said_by(b, said)) == 1


@pytest.mark.parametrize(("text", "called"), [
    ("Ana Ruiz described the talks as constructive and useful.\n", "constructive and useful"),
    ("Ana Ruiz described the talks as \"constructive\".\n", "the talks as"),
])
def test_an_adjective_after_as_is_what_the_object_is_called(text: str, called: str) -> None:
    b = brief("Talks\n\n" + text, "en")
    assert said_by(b, called) == {"ana ruiz"}


@pytest.mark.parametrize(("text", "said", "incise"), [
    ("The bridge was closed in May. In the end, said Mayor Tom Vale, the new bridge will cost less than the old one.\n",
     "the new bridge will cost less than the old one", "Mayor Tom Vale"),
    ("Inflation is back. Last year, said Lina Marsh, the chief economist, prices rose sharply.\n",
     "prices rose sharply", "the chief economist"),
])
def test_what_was_said_goes_on_after_an_inverted_incise(text: str, said: str, incise: str) -> None:
    b = brief("Bridge\n\n" + text, "en")
    assert said_by(b, said)
    assert not any(incise in q for q in quotes(b))


@pytest.mark.parametrize(("text", "said"), [
    ("La présidente Marie Dulac a visité l'usine. Et d'ajouter : « Nous ne laisserons tomber personne. »\n",
     "Nous ne laisserons tomber personne"),
    ("La présidente Marie Dulac a visité l'usine. Et d'ajouter que personne ne serait licencié.\n",
     "personne ne serait licencié"),
    ("Marie Dulac a salué les salariés. Elle a remercié les syndicats. Et de conclure : « Rien n'est perdu. »\n",
     "Rien n'est perdu"),
])
def test_a_narrative_infinitive_has_the_subject_of_the_sentence_before(text: str, said: str) -> None:
    b = brief("Usine\n\n" + text, "fr")
    assert said_by(b, said) == {"marie dulac"}


def test_a_narrative_infinitive_looks_no_further_than_its_paragraph() -> None:
    b = brief("Usine\n\nLa présidente Marie Dulac a visité l'usine.\n\nEt d'ajouter que personne ne serait licencié.\n",
              "fr")
    assert "marie dulac" not in said_by(b, "personne ne serait licencié")


@pytest.mark.parametrize(("text", "said"), [
    ("Marie Dulac a interrogé Paul Roche. « C'est fini, nous partons », sourit-il.\n", "C'est fini, nous partons"),
    ("Marie Dulac a interrogé Paul Roche. « Ce n'est qu'une panne passagère », a-t-il tenté de calmer le jeu.\n",
     "Ce n'est qu'une panne passagère"),
    ("Marie Dulac a interrogé Paul Roche. « C'est fini, nous partons », s'amuse-t-il.\n", "C'est fini, nous partons"),
])
def test_a_clitic_inverted_after_a_quotation_marks_its_incise(text: str, said: str) -> None:
    b = brief("Panne\n\n" + text, "fr")
    assert said_by(b, said) == {"paul roche"}
    assert not any("calmer le jeu" in q for q in quotes(b))  # (what the incise's verb does is no content)


def test_a_verb_without_inversion_is_no_incise() -> None:
    b = brief("Panne\n\nPaul Roche a parlé. « C'est fini, nous partons », grimace le maire.\n", "fr")
    assert said_by(b, "C'est fini, nous partons") <= {"paul roche"}


@pytest.mark.parametrize(("language", "text", "first", "second"), [
    ("fr", "Contrairement à Paul Roche, qui dit « ne pas voir le problème du tout », Marie Dulac assure que tout va "
           "bien.\n", "ne pas voir le problème du tout", "tout va bien"),
    ("en", "Unlike Tom Vale, who called the vote \"a complete farce from start to finish\", Lina Marsh said that the "
           "count was fair.\n", "a complete farce from start to finish", "the count was fair"),
])
def test_a_verb_with_words_of_its_own_after_a_quotation_is_no_incise_of_it(language: str, text: str, first: str,
                                                                          second: str) -> None:
    b = brief("Vote\n\n" + text, language)
    one, other = ("paul roche", "marie dulac") if language == "fr" else ("tom vale", "lina marsh")
    assert said_by(b, first) == {one}
    assert said_by(b, second) == {other}


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("en", "Tom Vale disagreed. \"The count was a farce from start to finish,\" Lina Marsh said that evening.\n",
     "The count was a farce from start to finish", "lina marsh"),
    ("en", "Lina Marsh thanked her voters. \"In the last week of the race,\" she said, \"I chose to step aside.\"\n",
     "In the last week of the race", "lina marsh"),
])
def test_a_quotation_before_its_speakers_verb_stays_hers(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Vote\n\n" + text, language)
    assert said_by(b, said) == {speaker}


def test_an_incise_after_a_question_reports_no_words_of_its_own() -> None:
    text = ("Paul Roche a parlé. « Pourquoi mentirions-nous ? », demande-t-il, conscient de l'enjeu que représente "
            "ce dossier.\n")
    b = brief("Affaire\n\n" + text, "fr")
    assert not any(q.startswith("demande") or "conscient de l'enjeu" in q for q in quotes(b))


@pytest.mark.parametrize(("language", "text", "words"), [
    ("fr", "Le vote a eu lieu dimanche. Aucun des candidats n'a contesté le décompte.\n", "le décompte"),
    ("fr", "Le vote a eu lieu dimanche. Aucun élu n'a dénoncé la fraude.\n", "la fraude"),
    ("fr", "Le vote a eu lieu dimanche. Personne n'a contesté le résultat du vote.\n", "le résultat du vote"),
    ("en", "The vote took place on Sunday. No official said the vote was rigged.\n", "the vote was rigged"),
    ("en", "The vote took place on Sunday. None of the candidates said the count was unfair.\n",
     "the count was unfair"),
])
def test_a_negative_quantifier_names_no_one_who_speaks(language: str, text: str, words: str) -> None:
    b = brief("Vote\n\n" + text, language)
    assert not any(words in q for q in quotes(b))
    assert not b.actors


@pytest.mark.parametrize(("language", "text", "pulled", "speaker"), [
    ("fr", "Paul Roche a parlé lundi.\n\n« Nous allons gagner ce combat »\n\nLa séance a repris après midi. « Je suis "
           "certaine que nous allons gagner ce combat », a déclaré Marie Dulac.\n", "Nous allons gagner ce combat",
     "marie dulac"),
    ("en", "Tom Vale spoke on Monday.\n\n\"We will win this fight\"\n\nThe session resumed after lunch. \"I am sure we "
           "will win this fight,\" said Lina Marsh.\n", "We will win this fight", "lina marsh"),
])
def test_a_pull_quote_is_the_words_of_who_says_them_later(language: str, text: str, pulled: str,
                                                          speaker: str) -> None:
    b = brief("Combat\n\n" + text, language)
    assert said_by(b, pulled) == {speaker}


def test_a_quoted_paragraph_ending_on_a_stop_is_no_pull_quote() -> None:
    text = ("Paul Roche a parlé lundi :\n\n« Nous allons gagner ce combat. »\n\nLa séance a repris après midi. « Je "
            "suis certaine que nous allons gagner ce combat », a déclaré Marie Dulac.\n")
    b = brief("Combat\n\n" + text, "fr")
    assert "paul roche" in said_by(b, "Nous allons gagner ce combat.") | said_by(b, "Nous allons gagner ce combat")


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Comme l'a rappelé Marie Dulac, le parti a reçu 40 000 euros de trois entreprises.\n",
     "le parti a reçu 40 000 euros", "marie dulac"),
    ("Le parti a reçu 40 000 euros de trois entreprises, comme l'a souligné la ministre Marie Dulac.\n",
     "Le parti a reçu 40 000 euros", "marie dulac"),
])
def test_a_name_after_the_verb_of_a_comparative_with_a_clitic_is_its_subject(text: str, said: str,
                                                                            speaker: str) -> None:
    b = brief("Parti\n\n" + text, "fr")
    assert said_by(b, said) == {speaker}


@pytest.mark.parametrize(("language", "text", "said"), [
    ("fr", "« Ces contrats sont anciens et publics », a expliqué l'un des porte-parole du parti.\n",
     "Ces contrats sont anciens et publics"),
    ("en", "\"The deals have existed for years,\" said one of the party's spokespeople.\n",
     "The deals have existed for years"),
])
def test_one_of_a_group_inverted_after_a_quotation_speaks(language: str, text: str, said: str) -> None:
    b = brief("Parti\n\n" + text, language)
    assert len(said_by(b, said)) == 1


@pytest.mark.parametrize(("text", "said"), [
    ("Le sommet s'est ouvert à Lille. « Rien ne justifie ces violences », a déclaré le chef de l'État lors d'une "
     "visite à Nantes.\n", "Rien ne justifie ces violences"),
    ("Le sommet s'est ouvert à Lille. Le chef de l'État a déclaré que rien ne justifiait ces violences.\n",
     "rien ne justifiait ces violences"),
])
def test_the_state_capitalised_by_custom_is_no_place(text: str, said: str) -> None:
    b = brief("Sommet\n\n" + text, "fr")
    assert said_by(b, said) == {"chef de l'etat"}  # (said_by folds accents)
    assert not any(a.name == "État" for a in b.actors)


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Le président Didier Kamba N’Goran a déclaré que la route serait prête en mai.\n", "Didier Kamba N’Goran"),
    ("fr", "La ministre Awa N'Diaye a déclaré que la route serait prête en mai.\n", "Awa N'Diaye"),
])
def test_a_names_elided_n_stays_on_the_name(language: str, text: str, name: str) -> None:
    b = brief("Route\n\n" + text, language)
    assert [a.name for a in b.actors] == [name]
    assert len(quotes(b)) == 1


def test_the_negations_elided_n_is_still_split() -> None:
    b = brief("Route\n\nN'importe qui peut le voir, a déclaré Paul Roche.\n", "fr")
    assert said_by(b, "importe qui peut le voir") == {"paul roche"}


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("en", "The defence minister, a former general, Paul Roche, said the road was vital.\n", "the road was vital",
     "paul roche"),
    ("fr", "Le ministre d'État, ministre des Transports, Paul Roche, a estimé que la route était vitale.\n",
     "la route était vitale", "paul roche"),
])
def test_a_name_after_two_appositions_is_who_speaks(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Route\n\n" + text, language)
    assert said_by(b, said) == {speaker}
    assert [a.name for a in b.actors] == ["Paul Roche"]


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("fr", "Paul Roche a parlé. À ses dires, le chantier sera fini avant l'hiver.\n",
     "le chantier sera fini avant l'hiver", "paul roche"),
    ("en", "Tom Vale spoke on Monday. To his mind, the seminar will change nothing.\n",
     "the seminar will change nothing", "tom vale"),
])
def test_a_possessive_frame_of_words_or_mind_says_whose_view(language: str, text: str, said: str,
                                                             speaker: str) -> None:
    b = brief("Séminaire\n\n" + text, language)
    assert said_by(b, said) == {speaker}


def test_a_subject_hung_on_the_auxiliary_is_the_verbs() -> None:
    text = ("Le maire Paul Roche a remercié les habitants. Il a par ailleurs indiqué que la priorité serait le "
            "logement des familles.\n")
    b = brief("Mandat\n\n" + text, "fr")
    assert said_by(b, "la priorité serait le logement des familles") == {"paul roche"}


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Marie Dulac a évoqué la réédition de la campagne « Tolérance zéro pour les abus sur les chantiers ».\n",
     "Tolérance zéro pour les abus sur les chantiers"),
    ("en", "Tom Vale praised the film \"A Long Way Home From the Northern Mines\" at the festival.\n",
     "A Long Way Home From the Northern Mines"),
])
def test_a_capitalised_quotation_after_a_noun_of_a_named_work_is_its_name(language: str, text: str,
                                                                          name: str) -> None:
    b = brief("Campagne\n\n" + text, language)
    assert not any(q == name for q in quotes(b))


def test_a_quoted_qualifier_after_such_a_noun_is_still_said() -> None:
    b = brief("Opération\n\nMarie Dulac a dénoncé une opération « de pure communication politique ».\n", "fr")
    assert said_by(b, "de pure communication politique") == {"marie dulac"}
