"""Offline rules of round 46 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a definite role noun ("the minister", « le ministre ») takes up a holder of that role named earlier in its own
  sentence, in a clause that does not govern it ("Finance minister X sent a letter, but the minister said …"); a
  holder whose verb governs it, but through a coordination of clauses, binds it and is someone else ("X met the
  minister", "X said the minister …"), and a name coordinated with it is another person;
* English frames a view with more nouns of judgement and standpoint than "view" and "opinion" ("in the analysis
  of X", "in her judgment", "from the point of view of X"), and French with « à son sens » and « de son point de
  vue »; a frame in the writer's own question ("What should be done, from the government's perspective, …?") asks
  for a view and reports none;
* a role noun phrase opened by a definite article right after a name, with no comma (« explique Jean Roe le
  vice-président de X »), which the parser made the name's apposition or a second subject of its verb, is the
  name's role: one speaker, not the name and the body the role belongs to; a name the recogniser typed as a thing
  or left untyped is a person's when such a role follows it; the role is the noun with its adjectives and its
  first complement (a second one, « pour l'Europe », says where the office is held);
* one word of capitals and digits opening a clause as the subject of a verb of saying ("RTK24 reported …") is a
  coded name, a broadcaster's, a paper's or a firm's, though the recogniser left it untyped;
* "the writer", "the author", « l'auteur » (``grammar.authors``) name someone by a relation to a text ("In the
  letter, the writer claims …"): with no title announcing them, they take up no one who spoke before;
* a name ending in "Mall" or "Plaza" is a building's, never a person's;
* a verb of saying that asserts nothing (supposed, denied, asked about: "the letter, if written by X, …") reports
  no quotation after it: the quotation goes to the cue before it in the sentence; a participle a conditional
  opens is supposed whatever the parser hung it on (a noun's participle as well as a clause of the verb);
* a body's name written as a genitive ("Keeling's", « Keeling's ») is whole when a verb follows its "'s" and the
  parser hung it on no noun: "Keeling's said …" names the firm, "Keeling's statement" is the firm's statement
  (the French tokenizer cuts such a name after its apostrophe, as if it elided a word);
* for a pronoun after it, the subject of a reported clause ("RTK revealed that Governor X accepted …") outweighs
  a name in a noun's modifier there, the doer of a participle ("the dam built by engineer Y"), though both weigh
  less than the subject of a clause no one reports;
* a name set off by a comma before a short noun phrase of a person's role, trade or relation, definite or not
  (« …, ajoute Lourdes, une autre manifestante. »), is a person's name though the recogniser typed it as a place or
  a thing: a pronoun after it takes it up;
* a capitalised word the tagger read as a common noun where a speaker stands ("Marrows, in its release, reported
  …"), spelt as a one-word name found elsewhere in the article, is a mention of that name;
* a comparative of saying the parser hung on an auxiliary ("As the mayor noted, the bridge is closed …") reports
  the clause of the auxiliary's verb;
* words ending on a question mark that open on a statement, joined to the question by a comma and a conjunction
  or a question word ("We have warned for a decade that …, so why should they be spared?"), assert the statement: a
  claim; a question opening on its question word or an inverted auxiliary asserts nothing;
* a clause whose subject is the speakers themselves asks nothing of anyone: '"We will stop …," X told Y' is no
  demand of Y and no disagreement with Y, unlike "X told Y to stop …";
* a complement clause without a complementiser whose finite verb the parser hung outside the verb of saying's
  phrase ("… filed a motion claiming the plan is illegal") has the object before it for its subject: what was
  said runs from the object to the end of that verb's phrase;
* "as" after a degree word on a noun phrase ("half as much money as the director had requested") compares
  amounts: no comparative of saying, nothing said;
* a passive's agent on a finite active verb with a subject and an object (« Les experts expliquent ce recul par les
  négociations ») is a complement the parser mislabelled: the verb says its content, and a frame after it (« ,
  selon l'agence X ») relays the speaker's words, it does not take them;
* plural nouns of happenings and things in "-ents" ("events", "incidents", "patents") are no agent nouns: they
  name no group that speaks or intends.
Found by reading the offline briefings of Wikinews articles no eval split holds (``../shared/news``), each fix
stated in grammatical terms and tested here on sentences of my own.
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, holders, said_by


@pytest.mark.parametrize(("text", "language", "words", "speaker"), [
    ("Summit\n\nPrime Minister Lena Varga opened the summit and called for a common budget.\n\nFinance minister "
     "Tomas Berg sent a letter of support before the meeting, but the minister said the country would build its "
     "own port instead.\n", "en", "build its own port", "tomas berg"),
    ("Sommet\n\nLa Première ministre Lena Varga a ouvert le sommet et a appelé à un budget commun.\n\nLe ministre "
     "des Finances Tomas Berg a envoyé une lettre de soutien avant la réunion, mais le ministre a affirmé que le "
     "pays construirait son propre port.\n", "fr", "construirait son propre port", "tomas berg"),
])
def test_a_role_noun_takes_up_the_holder_named_before_it_in_its_sentence(text: str, language: str, words: str,
                                                                         speaker: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {speaker}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # (twins: the holder in the sentence binds the role noun: the minister is someone else, or what the holder
    # says of the minister is the holder's alone)
    ("Summit\n\nPrime Minister Lena Varga opened the summit.\n\nFinance minister Tomas Berg met the minister, who "
     "said the port would be built.\n", "the port would be built", "lena varga"),
    ("Summit\n\nPrime Minister Lena Varga opened the summit.\n\nFinance minister Tomas Berg said the minister had "
     "denied the report.\n", "the minister had denied the report", "tomas berg"),
])
def test_a_holder_whose_verb_governs_the_role_noun_is_not_taken_up(text: str, words: str, speaker: str) -> None:
    b = brief(text, "en")
    assert said_by(b, words) == {speaker}
    assert [e.quote for c in b.claims for e in c.evidence if "report" in e.quote] in ([], [words])


@pytest.mark.parametrize(("text", "language", "words", "speaker"), [
    ("Tax plan\n\nIn the analysis of the Nordic Institute for Fiscal Studies, the high costs make the plan "
     "unrealistic.\n", "en", "make the plan unrealistic", "nordic institute for fiscal studies"),
    ("Farms\n\nFrom the point of view of the farmers' union, the new rules are a disaster.\n", "en",
     "rules are a disaster", "farmers' union"),
    ("Bridge\n\nThe mayor, Ruth Kessler, spoke on Monday. In her judgment, the bridge must be closed.\n", "en",
     "bridge must be closed", "ruth kessler"),
    ("Budget\n\nLe maire, Paul Verdier, a présenté le budget lundi. À son sens, la ville doit fermer le pont.\n",
     "fr", "fermer le pont", "paul verdier"),
    ("Urgences\n\nLa syndicaliste Odile Marchetti était présente. De son point de vue, les urgences doivent rester "
     "ouvertes.\n", "fr", "rester ouvertes", "odile marchetti"),
])
def test_more_nouns_of_judgement_and_standpoint_frame_a_view(text: str, language: str, words: str,
                                                            speaker: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {speaker}


def test_a_frame_in_the_writer_s_question_reports_no_view() -> None:
    b = brief("Interview with Ana Ruiz\n\nReporter: What should be done, from the government's perspective, to cut "
              "the price of bread?\n\nAna Ruiz: The tax on flour must go.\n", "en")
    assert said_by(b, "What should be done") == set()
    assert said_by(b, "tax on flour") == {"ana ruiz"}


_RAIL = ("Rail\n\nLe groupe ferroviaire Transalpina a inauguré mercredi sa nouvelle ligne. Le groupe compte tirer "
         "parti de l'essor du trafic en Italie. La ligne transportera deux millions de voyageurs en 2014, explique {} "
         "le vice-président de la compagnie Transalpina pour l'Europe du Sud. Il précise que les travaux ont coûté "
         "« 40 millions d'euros ».\n")


@pytest.mark.parametrize("name", ["Joachim Brenner", "Joechim Zaumweil"])
def test_a_role_right_after_a_name_with_no_comma_is_the_name_s(name: str) -> None:
    b = brief(_RAIL.format(name), "fr")
    speaker = name.lower()
    assert said_by(b, "deux millions de voyageurs") == {speaker}
    assert said_by(b, "les travaux ont coûté") == {speaker}
    person = next(a for a in b.actors if a.name == name)
    assert person.kind == "person"
    assert "vice-président de la compagnie Transalpina" in person.aliases
    assert holders(b, "Transalpina") == ["Transalpina"]


@pytest.mark.parametrize(("text", "language", "words", "speaker"), [
    ("Fire\n\nThe mayor said the fire was under control; RTK24 reported two people were hurt.\n", "en",
     "two people were hurt", "rtk24"),
    # (a twin the recogniser already typed)
    ("Fire\n\nLater, NTV7 said the school would stay shut.\n", "en", "school would stay shut", "ntv7"),
    ("Incendie\n\nLe maire a dit que le feu était maîtrisé ; RTK24 a affirmé que deux personnes étaient "
     "blessées.\n", "fr", "deux personnes", "rtk24"),
])
def test_a_word_of_capitals_and_digits_that_reports_is_a_coded_name(text: str, language: str, words: str,
                                                                   speaker: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {speaker}


@pytest.mark.parametrize(("text", "language", "words", "speaker"), [
    ("Flood\n\nAccording to the city engineer, Rosa Delgado, the dam could fail within days.\n\nIn the letter, "
     "the writer supposes a \"deep conspiracy by the council\" against the town.\n", "en", "deep conspiracy",
     "writer"),
    ("Inondation\n\nSelon l'ingénieure de la ville, Rosa Delgado, le barrage pourrait céder.\n\nDans la lettre, "
     "l'auteur dénonce un « complot du conseil » contre la ville.\n", "fr", "complot du conseil", "auteur"),
    # (a twin: a title announced the author, who is taken up)
    ("Book\n\nThe author Lina Park presented her new book on Monday. The author said the story was true.\n", "en",
     "the story was true", "lina park"),
])
def test_the_writer_of_a_text_takes_up_no_one_who_spoke_before(text: str, language: str, words: str,
                                                               speaker: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {speaker}


def test_a_name_ending_in_mall_is_a_building() -> None:
    b = brief("Shooting\n\nThe store, by the Oak Ridge Mall, where the shooting happened is close to the border. "
              "Police said the gunman was stopped by the Oak Ridge Mall guards.\n", "en")
    assert not any("Mall" in a.name for a in b.actors)
    assert said_by(b, "the gunman was stopped") == {"police"}


@pytest.mark.parametrize(("text", "language", "words", "speaker"), [
    ("Flood\n\nThe city engineer, Rosa Delgado, inspected the dam on Monday.\n\nAccording to Delgado, the letter "
     "if written by the suspect could force a closure: \"The key problem here is that the concrete is cracked. "
     "That's clear to everyone.\"\n", "en", "concrete is cracked", "rosa delgado"),
    ("Barrage\n\nSelon l'ingénieure Rosa Delgado, la lettre, si elle a été écrite par le maire, forcerait la "
     "fermeture : « Le problème, c'est que le béton est fissuré. »\n", "fr", "béton est fissuré", "rosa delgado"),
])
def test_a_supposed_verb_of_saying_reports_no_quotation(text: str, language: str, words: str, speaker: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {speaker}


@pytest.mark.parametrize(("text", "language", "words", "name"), [
    ("Rating\n\nKeeling's said Greece faced a higher risk of losing market access.\n", "en", "higher risk",
     "keeling's"),
    ("Note\n\nKeeling's a abaissé mardi la note financière de la Grèce d'un cran. Keeling's explique dans un "
     "communiqué que « le risque d'une sortie de l'euro a augmenté ».\n", "fr", "sortie de l'euro", "keeling's"),
])
def test_a_body_s_name_written_as_a_genitive_is_whole(text: str, language: str, words: str, name: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {name}


def test_a_genitive_on_a_noun_possesses_it() -> None:
    # (a twin: the firm's statement, not a firm named with its "'s")
    b = brief("Rating\n\nKeeling's statement said Greece faced a higher risk of losing market access.\n", "en")
    assert said_by(b, "higher risk") == {"keeling"}


@pytest.mark.parametrize(("text", "language", "words"), [
    ("Dam\n\nThe broadcaster RTK revealed on Monday that in May, Governor Paul Aris of the northern province "
     "accepted responsibility for the collapse of the dam built by engineer Marco Veldt but did not say he had "
     "ordered the works. Speaking to a reporter of RTK, he said, \"It happened under my watch. I take all the "
     "responsibility.\"\n", "en", "under my watch"),
    # (a twin the French parse already got)
    ("Barrage\n\nLa chaîne RTK a révélé lundi qu'en mai, le gouverneur Paul Aris avait reconnu sa responsabilité "
     "dans l'effondrement du barrage construit par l'ingénieur Marco Veldt. Devant un journaliste de RTK, il a "
     "déclaré : « Cela s'est passé sous ma responsabilité. J'assume tout. »\n", "fr", "sous ma responsabilité"),
])
def test_the_subject_of_a_reported_clause_outweighs_the_doer_of_a_participle(text: str, language: str,
                                                                             words: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {"paul aris"}


@pytest.mark.parametrize(("text", "language", "words", "speaker"), [
    ("Manifestation\n\n« Les prix doivent baisser tout de suite », affirme un jeune manifestant, Karim Benali. « Tous "
     "ces reports soulèvent bien des doutes », ajoute Lourdes, une autre manifestante. « Pour ma part, dit-elle, je "
     "n'y crois plus. »\n", "fr", "je n'y crois plus", "lourdes"),
    # (a twin the recogniser typed as a person)
    ("Protest\n\n\"Prices must fall right now,\" said a young protester, Karim Benali. \"All these delays raise many "
     "questions,\" added Sydney, another protester. \"I have no faith left in the council,\" she said.\n", "en",
     "no faith left", "sydney"),
])
def test_a_name_described_as_a_person_is_a_person_s(text: str, language: str, words: str, speaker: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {speaker}
    assert next(a for a in b.actors if a.name.lower() == speaker).kind == "person"


def test_a_name_the_tagger_read_as_a_common_noun_speaks() -> None:
    b = brief("Shortage\n\nThe chains Pellet and Marrows lowered their limits on Sunday.\n\nMarrows, in its March 8 "
              "media release, reported that many stores were still selling out within an hour.\n", "en")
    assert said_by(b, "selling out within an hour") == {"marrows"}


@pytest.mark.parametrize(("text", "language", "words", "speaker"), [
    ("Bridge\n\nAs the mayor noted, the bridge is closed for repairs.\n", "en", "the bridge is closed for repairs",
     "mayor"),
    # (a twin the French parse already got)
    ("Pont\n\nComme l'a noté le maire, le pont est fermé pour travaux.\n", "fr", "le pont est fermé pour travaux",
     "maire"),
])
def test_a_comparative_hung_on_an_auxiliary_reports_its_verb_s_clause(text: str, language: str, words: str,
                                                                      speaker: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {speaker}


@pytest.mark.parametrize(("text", "language", "words", "speaker"), [
    ("Rules\n\nCardinal Marc Olsen said, \"We have warned for a decade that clerks must obey the same code, so why "
     "should the abbots be spared?\"\n", "en", "must obey the same code", "marc olsen"),
    ("Règles\n\nLe cardinal Marc Olsen a déclaré : « Nous le disons depuis des années, alors pourquoi les évêques "
     "seraient-ils exemptés ? »\n", "fr", "Nous le disons depuis des années", "marc olsen"),
    # (twins: a question opening on its question word or an auxiliary asserts nothing)
    ("Rules\n\nThe mayor asked, \"Why should the town pay for the bridge, and who will repair it?\"\n", "en",
     "pay for the bridge", None),
    ("Rules\n\nThe mayor asked, \"Should the town pay for the bridge, or should the state pay?\"\n", "en",
     "pay for the bridge", None),
])
def test_a_statement_before_a_question_is_asserted(text: str, language: str, words: str, speaker: str | None) -> None:
    b = brief(text, language)
    assert said_by(b, words) == ({speaker} if speaker else set())


@pytest.mark.parametrize("text", [
    'Search\n\n"We will not stop," navy spokesman Dedi Ramlan told The Harbour Post.\n',
    'Search\n\n"We will stop the search only when we find the ship," navy spokesman Dedi Ramlan told The Harbour '
    'Post.\n',
])
def test_words_of_the_speakers_own_acts_demand_nothing_of_whom_they_are_told(text: str) -> None:
    b = brief(text, "en")
    assert said_by(b, "We will") == {"dedi ramlan"}
    assert b.disagreements == []


@pytest.mark.parametrize(("text", "words"), [
    ("Petition\n\nOn Monday, a farmers' union and two landowners from the Velmar valley filed a petition claiming the "
     "state of siege is unlawful and violated their rights.\n", "the state of siege is unlawful"),
    ("Crash\n\nThe agency cited the Air Force as stating Tarsa Airlines owned the plane.\n",
     "Tarsa Airlines owned the plane"),
])
def test_a_clause_the_parser_hung_elsewhere_keeps_its_subject(text: str, words: str) -> None:
    b = brief(text, "en")
    assert said_by(b, words)
    assert not any(e.quote.endswith(" and") for c in b.claims for e in c.evidence)


def test_a_comparison_of_amounts_reports_nothing() -> None:
    b = brief("Grant\n\nOn Tuesday, the council approved a grant with about half as much money as the museum director "
              "had requested for the roof.\n\nThe roof is leaking badly, as the museum director noted on Monday.\n",
              "en")
    assert said_by(b, "as much money") == set()
    assert said_by(b, "The roof is leaking badly") == {"museum director"}


def test_an_agent_on_an_active_verb_is_a_complement() -> None:
    b = brief("Iran\n\nLes experts expliquent ce recul par les négociations nucléaires, selon l'agence de presse "
              "Fars.\n", "fr")
    assert said_by(b, "ce recul par les négociations") == {"experts"}


def test_events_are_no_group_that_intends() -> None:
    b = brief("Fair\n\nMeanwhile, other events popped up seeking to capitalize on the fame of the festival.\n\nThe "
              "students said the exam was unfair.\n", "en")
    assert said_by(b, "capitalize on the fame") == set()
    assert said_by(b, "the exam was unfair") == {"students"}
