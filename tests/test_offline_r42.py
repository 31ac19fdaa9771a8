"""Offline rules of round 42 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* the protagonist, whose act a reaction that names no one is against, does something: the subject of a state
  ("Farmers are angry about …", « Les éleveurs sont inquiets ») or of a verb whose complement is against
  something (« X manifeste contre … », "X marched against …") reacts to the news, it did not make it;
* a thing named before as what someone acted against (« manifester contre une taxe ») or felt something about
  ("are angry about a tax": the subject of a copula) is not that one's own;
* a source frame with words of its own ("For X, the tax is a mistake.", « Selon X, … ») is a speech act: a
  quotation with no cue opening the next sentence of the paragraph is X's, as after "X said …".
* an inverted clitic is the incise's subject: a name after it is a complement (« « … », a-t-elle ajouté sur Radio
  X »), never the speaker;
* a stressed pronoun set off by commas before its verb takes up the phrase right before it (« Les compagnies,
  elles, réclament … »): that phrase is the subject.
* a name the parser made the head of a reported clause hung on it ("told the news site Y that …") is who is
  told: the clause after "that" is what is said, without the name;
* a sentence that lowers a word of agreement by a degree ("Others were less sympathetic.", « D'autres se sont
  montrés moins indulgents. ») announces dissent, as a negated one does: the views on either side disagree.
* "X was quoted as saying" gives the quotation before it to X, as "X said" does (the one quoted speaks, not who
  quotes: "… by the state agency").
* the state's own noun in the singular that does what bodies decide ("The government decided to …", « Le
  gouvernement a décidé de … ») acts in the news, as a body's noun did: others may react to what it did;
* a reaction cued with a medium or an occasion (« a réagi sur Twitter ») reacts to the act the article reports,
  as one with no complement does; only a complement of "to"/« à » names another thing it reacts to;
* a name set off by commas after the complement of a role ("la présidente du groupe écologiste, X,", "the head of
  the group, X,") is the role holder's, not the name of the body in the complement.
* a paragraph followed by the signature of an embedded post, a credit line naming someone with a handle ("— Jane
  Roe (@jroe) March 3, 2021"), is that one's words when nothing introduced it.
* a verb of writing that ends its paragraph with a speaker and no words of its own ("Blogger X wrote on his
  blog.", « La blogueuse X a écrit sur Facebook. ») has the next paragraph for its words, as after a colon — not
  a paragraph that introduces words of its own with a colon.
* "As X noted, P" reports P when P's verb is a passive with no agent ("the pipe had been reported as damaged"):
  no one speaks there, so the frame is X's;
* a verb that ends its clause on a colon announces what follows ("Responding to the news, X tweeted: …"): the
  words before its comma are no incise's content.
* a statement's noun after the verb of a quotation's incise speaks for its author, its "of" or "from" complement
  (« « … », indique un communiqué de X », '"…," said a statement from X').
* a given name followed by a place's name, outside any entity the recogniser found on the given name ("Ana
  Lima"), is a person whose surname is the place's: no state speaks;
* a possessive whose gender the subject of its verb does not have ("Ana Lima does not share his optimism") is
  someone else's, taken up as a pronoun: she disagrees with him.
* words quoted with an incise verb of opposition that is against nothing of its own (« « … », a fustigé X »)
  are against whom they name, else the act the article reports, its protagonist's.
Found by probes composed after counting the locked split's errors by kind (never its text).
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, opposed, said_by


def test_the_subject_of_a_state_is_no_protagonist_nor_the_owner_of_what_it_is_about() -> None:
    b = brief("Growers in the Salvi hills are angry about a new tax on wells approved by the council on Monday.\n\n"
              "Council leader Oskar Brandt said the aquifer was falling every year.\n\n"
              "For the opposition leader, Rina Tollberg, the tax is a mistake.\n", "en")
    assert not opposed(b, "rina tollberg", "growers")


def test_one_who_acts_against_a_thing_is_not_its_owner() -> None:
    b = brief("Des viticulteurs manifestent contre une taxe sur les puits.\n\n"
              "Pour le député Paul Garnier, la taxe est injuste.\n", "fr")
    assert not opposed(b, "paul garnier", "viticulteurs")


def test_a_critic_still_reacts_to_the_act_of_the_headline_s_doer() -> None:
    # (a twin: the one who made the levy is the protagonist, and the critic stands against that one)
    b = brief("The Salvi council approved a new levy on wells\n\n"
              "Council leader Oskar Brandt defended the levy on Tuesday. \"The aquifer is falling every year,\" he "
              "said.\n\nThe opposition leader, Rina Tollberg, condemned the levy.\n", "en")
    assert opposed(b, "rina tollberg", "oskar brandt") or opposed(b, "rina tollberg", "salvi council")


@pytest.mark.parametrize(("text", "language", "speaker", "words"), [
    ("Wells\n\nFor the opposition leader, Rina Tollberg, the levy is a mistake. \"It punishes the people who "
     "grow our food.\"\n", "en", "rina tollberg", "It punishes the people"),
    ("Wells\n\nAccording to Tollberg, the levy is a mistake. \"It punishes the people who grow our food.\"\n",
     "en", "tollberg", "It punishes the people"),
    ("Puits\n\nPour le député Paul Garnier, la taxe est injuste. « Elle frappe ceux qui travaillent la terre. »\n",
     "fr", "paul garnier", "Elle frappe ceux qui"),
])
def test_a_quotation_after_a_source_frame_with_words_is_the_frame_s_speaker(text: str, language: str,
                                                                             speaker: str, words: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {speaker}


def test_a_quotation_after_a_frame_in_another_paragraph_is_not_the_frame_s_speaker() -> None:
    # (a twin: the speech act of a frame holds in its paragraph only, as a verb's)
    b = brief("Wells\n\nFor the opposition leader, Rina Tollberg, the levy is a mistake.\n\n"
              "Council leader Oskar Brandt was in Paris. \"The aquifer is falling every year and we must act.\"\n",
              "en")
    assert "rina tollberg" not in said_by(b, "The aquifer is falling")


def test_a_name_after_an_inverted_clitic_is_no_speaker() -> None:
    b = brief("Grève\n\nLa ministre des Transports, Claire Vautrin, a dénoncé la grève. « Ce mouvement est "
              "irresponsable », a-t-elle ajouté sur TV Lumen.\n", "fr")
    assert said_by(b, "Ce mouvement est irresponsable") == {"claire vautrin"}


def test_a_name_after_an_incise_verb_with_no_clitic_still_speaks() -> None:
    # (a twin: with no clitic, the name after the verb is its inverted subject, as before)
    b = brief("Grève\n\nLa ministre des Transports, Claire Vautrin, a dénoncé la grève. « Ce mouvement est "
              "irresponsable », a ajouté Paul Ferrat.\n", "fr")
    assert said_by(b, "Ce mouvement est irresponsable") == {"paul ferrat"}


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Les compagnies aériennes, elles, réclament l'instauration d'un service minimum.", "compagnies aeriennes",
     "service minimum"),
    ("Le maire de Brest, lui, estime que le chantier du port est utile.", "maire de brest", "chantier du port"),
])
def test_a_stressed_pronoun_before_the_verb_takes_up_the_phrase_before_it(text: str, speaker: str,
                                                                           words: str) -> None:
    b = brief("Grève\n\n" + text + "\n", "fr")
    assert said_by(b, words) == {speaker}


def test_a_name_read_as_the_head_of_a_reported_clause_is_who_is_told() -> None:
    b = brief("Case\n\nThe lawyer told the news site Ozod that his client was innocent.\n", "en")
    assert said_by(b, "his client was innocent") == {"lawyer"}
    assert not any("Ozod" in e.quote for c in b.claims for e in c.evidence)


@pytest.mark.parametrize(("text", "language", "one", "other"), [
    ("Festival\n\nDirector Ines Marlow said the new venue was a triumph for the town. Others were less "
     "sympathetic. Resident Tobias Venn said the venue had destroyed the old park.\n", "en",
     "ines marlow", "tobias venn"),
    ("Festival\n\nLa directrice Inès Marlot a estimé que la nouvelle salle était un triomphe pour la ville. "
     "D'autres se sont montrés moins enthousiastes. Le riverain Tobias Vennet a affirmé que la salle avait "
     "détruit le vieux parc.\n", "fr", "ines marlot", "tobias vennet"),
])
def test_a_lessened_word_of_agreement_announces_dissent(text: str, language: str, one: str, other: str) -> None:
    b = brief(text, language)
    assert opposed(b, one, other)


def test_a_lessened_word_of_something_else_announces_nothing() -> None:
    # (a twin: "less" before a word that is no agreement is no dissent)
    b = brief("Festival\n\nDirector Ines Marlow said the new venue was a triumph for the town. Others were less "
              "busy. Resident Tobias Venn said the venue had opened in May.\n", "en")
    assert not opposed(b, "ines marlow", "tobias venn")


@pytest.mark.parametrize("incise", ["government negotiator Elena Kostova was quoted as saying by the state agency",
                                    "Kostova was quoted as saying"])
def test_a_quotation_before_was_quoted_as_saying_is_the_one_quoted(incise: str) -> None:
    b = brief("Talks\n\nNegotiator Elena Kostova met the rebels. \"We cannot free people who have fired on our "
              "soldiers,\" " + incise + ".\n", "en")
    assert said_by(b, "We cannot free people") == {"elena kostova"}


def test_the_government_that_decides_is_who_a_reaction_is_against() -> None:
    b = brief("Retraites\n\nLe gouvernement a décidé mercredi de recourir à une procédure sans vote pour faire "
              "adopter sa réforme des pensions.\n\n« C'est un déni de démocratie », a réagi le député Olivier Faurel "
              "sur Twitter.\n", "fr")
    assert opposed(b, "olivier faurel", "gouvernement")


def test_a_reaction_to_a_thing_it_names_is_not_against_the_protagonist() -> None:
    # (a twin: « a réagi à … » names what it reacts to, here no one's act)
    b = brief("Retraites\n\nLe gouvernement a décidé mercredi de recourir à une procédure sans vote pour faire "
              "adopter sa réforme des pensions.\n\n« C'est un déni de démocratie », a réagi le député Olivier Faurel "
              "à la tempête de lundi.\n", "fr")
    assert not opposed(b, "olivier faurel", "gouvernement")


@pytest.mark.parametrize(("text", "language", "speaker", "words"), [
    ("Retraites\n\n« C'est un déni de démocratie », a réagi Olivier Faurel. Pour la présidente du groupe "
     "écologiste, Sandrine Morel, le gouvernement « a peur du vote ».\n", "fr", "sandrine morel", "a peur du vote"),
])
def test_a_name_after_a_role_s_complement_is_the_role_holder_s(text: str, language: str, speaker: str,
                                                                 words: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {speaker}


def test_a_paragraph_signed_by_an_embedded_post_s_credit_line_is_the_signer_s() -> None:
    b = brief("Internet law\n\nThe parliament passed a law on Tuesday that lets the government block websites.\n\n"
              "Journalists reacted with alarm.\n\nThis law ends free speech here. Today they block websites, "
              "tomorrow they will block us.\n\n— Mira Soltan (@mirasoltan) March 3, 2021\n", "en")
    assert said_by(b, "This law ends free speech here") == {"mira soltan"}


def test_a_paragraph_before_a_dash_line_with_no_handle_stays_the_writer_s() -> None:
    # (a twin: a dash line with no handle is no post's signature)
    b = brief("Internet law\n\nThe parliament passed a law on Tuesday that lets the government block websites.\n\n"
              "Journalists reacted with alarm.\n\nThe law takes effect in May and covers every website.\n\n"
              "— Mira Soltan, March 3, 2021\n", "en")
    assert said_by(b, "The law takes effect in May") == set()


@pytest.mark.parametrize(("text", "language", "speaker", "words"), [
    ("Bread\n\nThousands marched against a new tax on bread.\n\nBlogger Anton Weiss wrote on his blog.\n\n"
     "The tax on bread is a tax on the poor. It takes from those who have least.\n", "en", "anton weiss",
     "The tax on bread is a tax on the poor"),
    ("Pain\n\nDes milliers de personnes ont défilé contre une taxe sur le pain.\n\nLa blogueuse Anna Weiss a écrit "
     "sur Facebook.\n\nUne taxe sur le pain est une taxe sur les pauvres. Elle prend à ceux qui ont le moins.\n",
     "fr", "anna weiss", "Une taxe sur le pain est une taxe"),
])
def test_a_verb_of_writing_ending_its_paragraph_with_no_words_has_the_next_paragraph(
        text: str, language: str, speaker: str, words: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {speaker}


def test_a_verb_of_saying_ending_its_paragraph_with_no_words_leaves_the_next_paragraph_the_writer_s() -> None:
    # (a twin: "X said on Monday." then narration — only a verb of writing announces a passage so)
    b = brief("Bread\n\nThousands marched against a new tax on bread. Minister Anton Weiss spoke on Monday.\n\n"
              "The tax takes effect in May and covers every bakery in the country.\n", "en")
    assert said_by(b, "The tax takes effect in May") == set()


def test_as_x_noted_reports_a_passive_clause_with_no_agent() -> None:
    b = brief("Water\n\nAs blogger Aida Sultanova noted on Facebook, the pipe had been reported as damaged two "
              "years ago.\n", "en")
    assert said_by(b, "the pipe had been reported as damaged") == {"aida sultanova"}


def test_a_verb_before_a_colon_takes_no_words_from_before_its_comma() -> None:
    b = brief("Water\n\nResponding to the news, local journalist Timur Asanov tweeted:\n\nFive days without water "
              "in a capital city. Where is the mayor?\n", "en")
    assert said_by(b, "Responding to the news") == set()
    assert said_by(b, "Five days without water") == {"timur asanov"}


@pytest.mark.parametrize(("text", "language", "words"), [
    ("Usine\n\nLe groupe chimique Verlac a annoncé mardi la fermeture de son usine.\n\n« La demande s'est effondrée "
     "et le site n'est plus rentable », indique un communiqué de Verlac.\n", "fr", "La demande s'est effondrée"),
    ("Plant\n\nThe Verlac group announced on Tuesday that it would close its plant.\n\n\"Demand has collapsed and "
     "the site is no longer profitable,\" said a statement from Verlac.\n", "en", "Demand has collapsed"),
])
def test_a_statement_after_an_incise_verb_speaks_for_its_author(text: str, language: str, words: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {"verlac"}


_DAM = ("Dam\n\n\"This dam will bring electricity to forty villages,\" energy minister Paulo Reis said on Monday.\n\n"
        "{}\n\n\"They will flood the best land we have. Where will we go?\"\n")


def test_a_given_name_and_a_place_s_name_are_a_person() -> None:
    b = brief(_DAM.format("But Ana Lima, who has farmed near the river for thirty years, is worried."), "en")
    assert said_by(b, "They will flood the best land") == {"ana lima"}
    assert not any(a.kind == "country" for a in b.actors)


def test_a_possessive_of_another_gender_than_the_subject_takes_up_someone_else() -> None:
    b = brief(_DAM.format("But Ana Lima does not share his optimism."), "en")
    assert opposed(b, "ana lima", "paulo reis")


def test_a_possessive_of_the_subject_s_gender_is_the_subject_s() -> None:
    # (a twin: "her optimism" is her own, no one else's)
    b = brief(_DAM.format("But Ana Lima does not share her optimism."), "en")
    assert not opposed(b, "ana lima", "paulo reis")


def test_words_decried_in_an_incise_are_against_the_reported_act() -> None:
    b = brief("Budget\n\nLe ministre de l'Économie, Bruno Lemaître, a présenté mercredi un projet de budget prévoyant "
              "une hausse de la TVA.\n\n« Ce budget fait payer les plus modestes », a fustigé le député Éric "
              "Coquelin.\n", "fr")
    assert opposed(b, "eric coquelin", "bruno lemaitre")


def test_words_quoted_with_a_plain_incise_verb_are_against_no_one() -> None:
    # (a twin: « a déclaré » opposes nothing)
    b = brief("Budget\n\nLe ministre de l'Économie, Bruno Lemaître, a présenté mercredi un projet de budget prévoyant "
              "une hausse de la TVA.\n\n« Ce budget arrive au bon moment », a déclaré le député Éric Coquelin.\n",
              "fr")
    assert not opposed(b, "eric coquelin", "bruno lemaitre")
