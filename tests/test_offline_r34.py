"""Offline rules of round 34 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a final stop glued to the capitalised word after it, where a space between two sentences was left out, is a
  token of its own and ends its sentence (« … cela ».Pour le syndicat, …: the French rules kept ".Pour" one word,
  which ran the frame of the second sentence into the quotation of the first);
* the pronoun of anyone at all (``grammar.generic_pronouns``: "One would think that …") with no complement of its
  own names no one who speaks; "one of the nurses" still does;
* a numeral "one" before a singular noun of a role or a trade introduces one new person as the article "a" does
  ("One anonymous commentator on Valdor Bank blog asked: …"): the person speaks, not the body its complement names;
* a nationality adjective opening a name is no part of it, whatever the recogniser made of the whole: the words
  after it are a person's name when none is a noun of bodies, trades, media, firms, sites, texts or events
  ("Kuwaiti Mishaal Al Saree expressed his concerns:", read as a body; "Jordanian Rami Sahab", read as a person with
  the nationality; "Egyptian Nariman wrote:", read as no one), and a capitalised word between the adjective and
  the name the recogniser found is its given name ("Kuwaiti Fahad Al Mutar", of which it found "Al Mutar");
* a letter's salutation (``grammar.salutations``: "Dear President Marsh:", « Chère Madame la Présidente, ») names who
  is addressed, never who writes: it introduces nothing, and the letter quoted after an introduction goes on past
  it, the words of whom that introduction named;
* a verb right after the comma that closes an apposition or a relative clause on its own subject ("Lina Marsh, a
  lawyer, criticised the leaders, saying …") opens no incise: the noun after it is its object, not an inverted
  subject, and the words before it are no content;
* a clause before a colon is no content of a verb after it even when the parser hung the colon on that clause as
  its last word ("The big news came on Monday: the head of the opposition, Tom Vale, agreed to join …");
* a lone word the recogniser took for a body that is the given name of one person named in full before is that
  person ("Lina Marsh … Lina said …", a blogger or a player called by the first name); two people with that given
  name leave it alone;
* a chain of capitalised words opening on a given name that ends a body's name the recogniser found, on a plural
  proper noun or the last word of a paper's name (``titles.media_names``), is no person's: "the New York Rangers"
  (not "York Rangers"), "the North Bank Evening Standard" (not a person); so is such a chain of three words or more
  that ends as a paper's name does ("the Valdor Media Monitor");
* a full-width colon (Chinese and Japanese writing, no space after it) is a token of its own, so a handle before it
  labels a post as a colon does ("@valdorfan：The network …"), a post in a script without spaces too; and a name
  opening on a particle that is also a given name, which the recogniser reads as a body's elsewhere in the text
  ("Al Jazeera"), is that body's wherever it recurs;
* a verb of naming with a reflexive object (``grammar.naming_verbs``: "who calls himself “the battle hamster”",
  « qui se fait appeler « le hamster » ») gives one's own name: no content, and the quotation after it is a name;
* a possessive inside a name the recogniser found ("Echo’s Dromovsky said", "Velmar Radio’s Dromovsky") parts a body
  from its own person: the name after the possessive is the person's, when its words may be a person's;
* a paragraph opening on a footnote mark ("* …", "† …") is the writer's note: no passage quoted before it goes on
  there;
* a quotation too short to be more than a word quoted is a whole utterance when it opens its sentence and an incise
  of saying that ends the sentence follows it (« « Quel gâchis », a-t-elle ajouté. »), not when the sentence goes on
  past the incise;
* « redire » reports speech as « dire » does (« X l'a redit dimanche : il ne sera pas candidat »);
* a word quoted inside an object phrase is part of the phrase, its complement after the closing mark too (« X a
  fustigé sur Twitter « l'amateurisme » du gouvernement »): only a quotation of three words or more ends the content
  before a circumstance hung on it;
* « le premier », "the former" take up the one named before the last one named, « le second » the last (``[former]``,
  ``[latter]``), within the sentences a pronoun looks back over, a naming as an object counted; and such an anaphor
  inverted after the verb of an incise is who speaks there, whatever its tag (« « … », a rétorqué ce dernier »);
* a definite role noun with an adjective of a past office (``other_office``: « l'ancien ministre », "the former
  minister") takes up the one who just spoke, as the bare role noun does;
* a sentence right after a quotation that ends its own, opening on a demonstrative subject and a copula, says whose
  the words were: through a verb of saying and its speaker (« C'est ce qu'a affirmé X », "That is what X told …") or
  a noun its participle's agent names (« C'est le constat dressé par X », "That was the warning given by X");
* a frame that opens a sentence (« pour X, … ») frames a relative on a name wherever it stands: « …, Paul Verne,
  pour qui « … » » is Paul Verne's, as « selon qui » is;
* a definite role noun with no name (« l'élu », "the lawmaker") takes up the one person named in this sentence or the
  one before, subject there, though that person has not spoken yet (the writer's variation on a name just written:
  « Paul Verne ne décolère pas. « … », tonne l'élu »); with two people named there, neither;
* « invoquer » des raisons reports them as one's own (« Il invoque « des raisons personnelles » »);
* a person named right before a body's name that the parser made the subject, the name hung on it with its "of"
  ("Lina Marsh of Valdor University said …"), is who speaks: the body only says where she works;
* a word quoted right after the object of a verb of qualifying is what the object is called, whatever its tag
  ('Lina Marsh called the attack "cowardly"', the word read as an adverb of the verb);
* a definite noun of a person that heads a description of one person introduced before with no name ("a police
  spokesperson … the spokesperson", « une porte-parole de la police … la porte-parole ») is that one person, one actor;
* a capitalised word of two to five capitals as the subject of a verb of saying ("WK writes in The Valdor Sweater
  that …") is who speaks: a writer's initials, or a body's acronym;
* a form in a participle ending heading its sentence with no auxiliary, a determined subject and a finite clause hung
  on it, is the noun heading that clause's subject ("A popular Valdorian saying commemorates these events: …"): no
  verb of saying, and the proverb after it no one's claim;
* "add" reports speech only with a clause or a quotation ("X added that …", "X added: "…""): adding a thing to
  another is no saying ("X added a new page to the site");
* a capitalised word right after an indefinite article opens no person's name, a given name or not ("called for a Press
  Briefing", "a Marvel Comics character"): no one is "a Jane Roe";
* a text written is no content of the verb that writes it, as a thing shown is not (``grammar.shown_things``: "wrote
  two blog posts about …", « a publié une tribune dans … »): its words, when quoted, follow;
* a noun of entourage with a possessive determiner ("His staff clarified …") is the one the possessive takes up, as
  "Vale's staff" is Vale (``entourage``): no body of its own;
* a singular role noun with no determiner coordinated with a name a title opens ("Blogger and journalist Tom Vale
  wrote …") is a second title of that person: no one of its own;
* people a quantity heads ("Hundreds of supporters of Tom Vale said …") speak as the group they are, not the person
  named in their complement;
* a name that ends on a noun of events (``titles.events``: "the Lina Marsh Affair", "the Valdor Summit") is an
  event's, whoever it names before it, and no one who speaks, however the recogniser labels it;
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, quotes, said_by


@pytest.mark.parametrize(("language", "text", "first", "second", "speaker"), [
    ("fr", "Le ministre Paul Verne veut changer la loi. Selon lui, « on ne peut pas laisser faire cela ».Pour le "
           "syndicat des enseignants, il s’agit d’« un recul historique ».\n", "on ne peut pas laisser faire cela",
     "un recul historique", "syndicat des enseignants"),
    ("en", "Minister Paul Verne wants to change the law. He said it was \"the only way\".For the teachers' union, "
           "it is \"a historic step back\".\n", "the only way", "a historic step back", "teachers' union"),
])
def test_a_stop_glued_to_the_next_sentence_ends_its_sentence(language: str, text: str, first: str, second: str,
                                                             speaker: str) -> None:
    b = brief("Law\n\n" + text, language)
    assert said_by(b, first) == {"paul verne"}
    assert not any(first in q and second in q for q in quotes(b))
    assert said_by(b, second) == {speaker}


@pytest.mark.parametrize(("text", "speakers"), [
    ("The vote is close. One would think that the council will lose the seat.\n", set()),
    ("The vote is close. One might argue that the council will lose the seat.\n", set()),
    ("The vote is close. One of the nurses said that the council will lose the seat.\n", {"one of the nurses"}),
])
def test_the_generic_pronoun_names_no_speaker(text: str, speakers: set[str]) -> None:
    b = brief("Vote\n\n" + text, "en")
    assert said_by(b, "the council will lose the seat") == speakers
    assert not any(a.name.lower() == "one" for a in b.actors)


@pytest.mark.parametrize("text", [
    "Lina Marsh writes about the loan.\n\nOne anonymous commentator on Valdor Bank blog wrote:\n\nAs a Valdorian I "
    "find it hard to accept this. The bank keeps silent about the debt.\n",
    "Lina Marsh writes about the loan. One reader of Valdor Bank blog said the bank keeps silent about the debt.\n",
])
def test_one_person_introduced_by_the_numeral_speaks_not_the_body(text: str) -> None:
    b = brief("Loan\n\n" + text, "en")
    speakers = said_by(b, "The bank keeps silent about the debt") or said_by(b, "the bank keeps silent about the debt")
    assert len(speakers) == 1
    assert not speakers & {"valdor bank", "lina marsh"}


@pytest.mark.parametrize(("text", "words"), [
    ("Tom Vale writes about the scandal. He says the Lina Marsh Affair was a turning point for the party.\n",
     "was a turning point for the party"),
    ("Tom Vale writes about the talks. He says the Valdor Summit failed because the envoys left early.\n",
     "failed because the envoys left early"),
])
def test_an_event_named_after_someone_is_no_actor(text: str, words: str) -> None:
    b = brief("Party\n\n" + text, "en")
    assert not any(a.name.lower().endswith(("affair", "summit")) for a in b.actors)
    assert said_by(b, words) == {"tom vale"}


@pytest.mark.parametrize(("name", "expected"), [
    ("Kuwaiti Mishaal Al Saree", "mishaal al saree"),
    ("Jordanian Rami Sahab", "rami sahab"),
    ("Kuwaiti Fahad Al Mutar", "fahad al mutar"),
    ("Egyptian Nariman", "nariman"),
    ("Palestinian Roba Salibi", "roba salibi"),
])
def test_a_nationality_before_a_name_is_no_part_of_it(name: str, expected: str) -> None:
    text = (f"Many bloggers reacted to the union plan.\n\n{name} expressed her concerns:\n\nWhat I fear most is "
            "that someone could be tried abroad!\n")
    b = brief("Union\n\n" + text, "en")
    assert said_by(b, "What I fear most is that someone could be tried abroad") == {expected}
    assert any(a.name.lower() == expected and a.kind == "person" for a in b.actors)


def test_a_body_named_with_a_nationality_stays_a_body() -> None:
    b = brief("Union\n\nThe Egyptian Football Association said the league would resume in May.\n", "en")
    assert said_by(b, "the league would resume in May") == {"egyptian football association"}


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "Tom Vale, head of the Valdor Press League, writes a public letter to President Lina Marsh:\n\nDear "
           "President Marsh:\n\nWe are deeply concerned that journalists are jailed in Valdoria.\n",
     "We are deeply concerned that journalists are jailed in Valdoria"),
    ("fr", "Tom Vale, président de la Ligue valdorienne de la presse, adresse une lettre ouverte à la présidente Lina "
           "Marsh :\n\nChère Madame la Présidente,\n\nNous sommes profondément inquiets de voir des journalistes "
           "emprisonnés en Valdorie.\n", "Nous sommes profondément inquiets de voir des journalistes emprisonnés"),
])
def test_a_salutation_names_who_is_addressed_not_who_writes(language: str, text: str, words: str) -> None:
    b = brief("Press\n\n" + text, language)
    assert said_by(b, words) == {"tom vale"}
    assert not any(q.startswith(("Dear", "Chère")) for q in quotes(b))


@pytest.mark.parametrize(("language", "text", "said"), [
    ("en", "Lina Marsh, a lawyer, criticised the leaders, saying that the sit-in was planned in advance.\n",
     "the sit-in was planned in advance"),
    ("en", "Lina Marsh, who leads the union, criticised the leaders, saying that the sit-in was planned in "
           "advance.\n", "the sit-in was planned in advance"),
    ("fr", "Lina Marsh, avocate, a critiqué les dirigeants, affirmant que le sit-in était prévu.\n",
     "le sit-in était prévu"),
])
def test_a_comma_closing_the_subjects_apposition_opens_no_incise(language: str, text: str, said: str) -> None:
    b = brief("Rally\n\n" + text, language)
    assert said_by(b, said) == {"lina marsh"}
    assert not any(q.startswith("Lina Marsh") for q in quotes(b))


@pytest.mark.parametrize(("language", "text", "said", "announced"), [
    ("en", "The big news came on Monday: the head of the opposition, Tom Vale, agreed to join the government.\n",
     "to join the government", "The big news came on Monday"),
    ("fr", "La nouvelle est tombée lundi : le chef de l'opposition, Tom Vale, a accepté de rejoindre le "
           "gouvernement.\n", "de rejoindre le gouvernement", "La nouvelle est tombée lundi"),
])
def test_a_clause_ending_on_its_colon_is_no_content_after_it(language: str, text: str, said: str,
                                                            announced: str) -> None:
    b = brief("Coalition\n\n" + text, language)
    assert said_by(b, said) == {"tom vale"}
    assert not any(announced in q for q in quotes(b))


@pytest.mark.parametrize(("language", "text", "said", "speakers"), [
    ("en", "Lina Marsh was injured on Monday. Fans were shocked.\n\nLina said she would return next season.\n",
     "she would return next season", {"lina marsh"}),
    ("en", "Mariano Velez was injured on Monday. Fans were shocked.\n\nMariano said he would return next season.\n",
     "he would return next season", {"mariano velez"}),
    ("fr", "Lina Marsh a été blessée lundi. Les supporters sont choqués.\n\nLina a déclaré qu'elle reviendrait la "
           "saison prochaine.\n", "elle reviendrait la saison prochaine", {"lina marsh"}),
])
def test_a_given_name_alone_is_the_person_named_in_full(language: str, text: str, said: str,
                                                        speakers: set[str]) -> None:
    b = brief("Injury\n\n" + text, language)
    assert said_by(b, said) == speakers
    assert len([a for a in b.actors if a.kind == "person"]) == 1


def test_a_given_name_two_people_share_stays_apart() -> None:
    b = brief("Injury\n\nLina Marsh and Lina Vale were injured on Monday.\n\nLina said she would return.\n", "en")
    assert not said_by(b, "she would return") & {"lina marsh", "lina vale"}


@pytest.mark.parametrize(("text", "said", "body"), [
    ("Tom Vale plays for the New York Rangers. The New York Rangers confirmed that he was injured.\n",
     "he was injured", "new york rangers"),
    ("The North Bank Evening Standard wrote that the striker had died.\n", "the striker had died",
     "north bank evening standard"),
    ("The Valdor Media Monitor wrote that the article was offensive.\n", "the article was offensive",
     "valdor media monitor"),
])
def test_a_team_or_a_paper_named_like_a_person_is_a_body(text: str, said: str, body: str) -> None:
    b = brief("Sport\n\n" + text, "en")
    assert said_by(b, said) == {body}
    assert any(a.name.lower() == body and a.kind == "organization" for a in b.actors)


def test_a_full_width_colon_labels_a_post() -> None:
    text = ("Al Jazeera closed its bureau on Monday. Few bloggers discussed it. Lina Marsh gives an update on Weibo:"
            "\n\n@valdorfan：在对政府的报道中，这家电视台比大多数媒体客观。\n\n@valdorfan：Al Jazeera reports on the "
            "government more fairly than most outlets do.\n")
    b = brief("Bureau\n\n" + text, "en")
    assert said_by(b, "reports on the government more fairly than most outlets do") == {"@valdorfan"}
    assert said_by(b, "在对政府的报道中") == {"@valdorfan"}
    assert not any(a.kind == "person" and "jazeera" in a.name.lower() for a in b.actors)


@pytest.mark.parametrize(("language", "text", "name", "said"), [
    ("en", "A blogger who calls himself “the battle hamster” wrote that the site was down.\n", "the battle hamster",
     "the site was down"),
    ("en", "Lina Marsh calls herself “a digital nomad”. She said the site was down.\n", "a digital nomad",
     "the site was down"),
    ("en", "A group of farmers calling themselves the Valdor Land Council said the site was down.\n",
     "the Valdor Land Council", "the site was down"),
    ("fr", "Un blogueur qui se fait appeler « le hamster » a écrit que le site était en panne.\n", "le hamster",
     "le site était en panne"),
])
def test_calling_oneself_names_and_says_nothing(language: str, text: str, name: str, said: str) -> None:
    b = brief("Site\n\n" + text, language)
    assert not any(name in q for q in quotes(b))
    assert len(said_by(b, said)) == 1


@pytest.mark.parametrize("owner", ["Echo", "Velmar Radio"])
def test_a_possessive_parts_a_body_from_its_person(owner: str) -> None:
    b = brief(f"Sites\n\nThe radio stations were hit too. {owner}’s Dromovsky said the site was down.\n", "en")
    assert said_by(b, "the site was down") == {"dromovsky"}
    assert any(a.name == "Dromovsky" and a.kind == "person" for a in b.actors)


def test_a_possessive_in_a_body_name_stays() -> None:
    b = brief("Sites\n\nMcDonald's Corporation said the site was down.\n", "en")
    assert said_by(b, "the site was down") == {"mcdonald's corporation"}


def test_a_footnote_ends_the_passage_before_it() -> None:
    text = ("Asked about the scandal, Tom Vale replied:\n\nI thought about leaving at first. But my conscience would "
            "not allow me to walk away.\n\nThis is my country, and I will do everything I can to change it.\n\n* "
            "Fifty-cent coins are accepted only in the Narodni chain. You may think that Narodni alone keeps them in "
            "circulation.\n")
    b = brief("Scandal\n\n" + text, "en")
    assert said_by(b, "my conscience would not allow me") == {"tom vale"}
    assert not said_by(b, "Fifty-cent coins are accepted")


@pytest.mark.parametrize(("text", "words"), [
    ("Lina Marsh a critiqué le gouvernement. « Quel gâchis », a-t-elle ajouté.\n", "Quel gâchis"),
    ("Lina Marsh a critiqué le gouvernement. « Jamais ! », a-t-elle lancé.\n", "Jamais"),
])
def test_a_short_quotation_before_an_incise_is_an_utterance(text: str, words: str) -> None:
    b = brief("Gouvernement\n\n" + text, "fr")
    assert said_by(b, words) == {"lina marsh"}


def test_a_short_quotation_inside_a_sentence_that_goes_on_is_no_utterance() -> None:
    b = brief("Vote\n\nTom Vale spoke on Monday. “Fate itself,” he argued, brought his rivals together.\n", "en")
    assert not said_by(b, "Fate itself")


def test_redire_reports_speech() -> None:
    b = brief("Candidature\n\nPaul Verne l'a redit dimanche : il ne sera pas candidat.\n", "fr")
    assert said_by(b, "il ne sera pas candidat") == {"paul verne"}


@pytest.mark.parametrize("text", [
    "Lina Marsh a fustigé « l'amateurisme » du gouvernement.\n",
    "Lina Marsh a fustigé sur Twitter « l'amateurisme » du gouvernement.\n",
])
def test_a_word_quoted_in_an_object_keeps_its_phrase(text: str) -> None:
    b = brief("Gouvernement\n\n" + text, "fr")
    assert said_by(b, "l'amateurisme » du gouvernement") == {"lina marsh"}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Marc Delby et Paul Verne se sont affrontés lors du débat. Le premier a accusé le second de « mentir aux "
           "électeurs ». « C'est vous qui mentez », a rétorqué le second.\n",
     {"mentir aux électeurs": "marc delby", "C'est vous qui mentez": "paul verne"}),
    ("fr", "Marc Delby a accusé Paul Verne de mentir. « C'est totalement faux », a rétorqué ce dernier.\n",
     {"C'est totalement faux": "paul verne"}),
    ("en", "Tom Vale met Lina Marsh on Monday. The former said the talks had failed, while the latter said they would "
           "go on.\n", {"the talks had failed": "tom vale", "they would go on": "lina marsh"}),
    ("en", "Tom Vale accused Lina Marsh of lying. \"That is totally false,\" replied the latter.\n",
     {"That is totally false": "lina marsh"}),
])
def test_the_former_and_the_latter(language: str, text: str, expected: dict[str, str]) -> None:
    b = brief("Débat\n\n" + text, language)
    for words, speaker in expected.items():
        assert said_by(b, words) == {speaker}, words


@pytest.mark.parametrize(("language", "text", "words"), [
    ("fr", "Paul Verne l'a dit dimanche : il ne sera pas candidat. « Ma décision est prise », a insisté l'ancien "
           "ministre.\n", "Ma décision est prise"),
    ("en", "Tom Vale said on Sunday that he would not run. \"My decision is final,\" the former minister insisted.\n",
     "My decision is final"),
])
def test_the_former_minister_is_who_just_spoke(language: str, text: str, words: str) -> None:
    b = brief("Candidature\n\n" + text, language)
    assert said_by(b, words) == {"paul verne" if language == "fr" else "tom vale"}


@pytest.mark.parametrize(("language", "text", "words", "speaker"), [
    ("fr", "« On ne peut pas continuer comme ça. » C'est ce qu'a affirmé Paul Verne lors de son meeting.\n",
     "On ne peut pas continuer comme ça", "paul verne"),
    ("fr", "« On ne peut pas continuer comme ça. » C'est le constat dressé par Paul Verne lors de son meeting à "
           "Nantes.\n", "On ne peut pas continuer comme ça", "paul verne"),
    ("en", "\"We cannot go on like this.\" That was the warning given by Tom Vale at his rally.\n",
     "We cannot go on like this", "tom vale"),
    ("en", "\"We cannot go on like this.\" That is what Tom Vale told his supporters.\n",
     "We cannot go on like this", "tom vale"),
])
def test_a_cleft_after_a_quotation_says_whose_it_was(language: str, text: str, words: str, speaker: str) -> None:
    b = brief("Meeting\n\n" + text, language)
    assert said_by(b, words) == {speaker}


@pytest.mark.parametrize("text", [
    "Lina Marsh juge l'hôpital à bout de souffle. Une analyse que conteste Paul Verne, pour qui « les moyens n'ont "
    "jamais été aussi élevés ».\n",
    "Lina Marsh juge l'hôpital à bout de souffle. Paul Verne, pour qui « les moyens n'ont jamais été aussi élevés », "
    "conteste cette analyse.\n",
])
def test_pour_qui_after_a_name_frames_its_words(text: str) -> None:
    b = brief("Hôpital\n\n" + text, "fr")
    assert said_by(b, "les moyens n'ont jamais été aussi élevés") == {"paul verne"}


@pytest.mark.parametrize(("language", "text", "words", "speakers"), [
    ("fr", "Paul Verne, le président du conseil régional, ne décolère pas. « On nous a menti », tonne l'élu, qui "
           "réclame une enquête.\n", "On nous a menti", {"paul verne"}),
    ("fr", "Marc Delby n'exclut plus rien. Interrogé sur une éventuelle candidature, l'ancien ministre a répondu : "
           "« Je prendrai ma décision en septembre. »\n", "Je prendrai ma décision en septembre", {"marc delby"}),
    ("en", "Tom Vale is furious. \"We were lied to,\" the lawmaker said on Monday.\n", "We were lied to",
     {"tom vale"}),
])
def test_a_role_noun_takes_up_the_one_person_just_named(language: str, text: str, words: str,
                                                         speakers: set[str]) -> None:
    b = brief("Enquête\n\n" + text, language)
    assert said_by(b, words) == speakers


def test_a_role_noun_after_two_people_named_takes_up_neither() -> None:
    b = brief("Enquête\n\nTom Vale met Lina Marsh on Monday. \"We were lied to,\" the lawmaker said.\n", "en")
    assert not said_by(b, "We were lied to") & {"tom vale", "lina marsh"}


def test_invoquer_reports_reasons() -> None:
    b = brief("Démission\n\nLe maire de Brest, Paul Verne, a démissionné mardi. Il invoque « des raisons "
              "personnelles ».\n", "fr")
    assert said_by(b, "des raisons personnelles") == {"paul verne"}


@pytest.mark.parametrize("text", [
    "Lina Marsh of Valdor University said the planet holds an ocean.\n",
    "\"The planet holds an ocean,\" lead author Lina Marsh of Valdor University said in a statement.\n",
])
def test_a_person_of_a_body_speaks_not_the_body(text: str) -> None:
    b = brief("Ocean\n\n" + text, "en")
    assert said_by(b, "The planet holds an ocean") | said_by(b, "the planet holds an ocean") == {"lina marsh"}


def test_a_quoted_word_after_the_object_is_what_it_is_called() -> None:
    b = brief("Attack\n\nThe mayor thanked the rescuers. Lina Marsh called the attack \"cowardly\".\n", "en")
    assert said_by(b, "the attack \"cowardly") == {"lina marsh"}


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "Police arrested a man on Monday. A police spokesperson said the suspect had been known to officers. "
           "\"There is no wider threat to the public,\" the spokesperson added.\n", "There is no wider threat"),
    ("fr", "La police a arrêté un homme lundi. Une porte-parole de la police a indiqué que le suspect était connu. "
           "« Il n'y a plus de menace », a ajouté la porte-parole.\n", "Il n'y a plus de menace"),
])
def test_the_noun_of_a_person_described_before_is_that_person(language: str, text: str, words: str) -> None:
    b = brief("Attack\n\n" + text, language)
    assert len([a for a in b.actors if a.kind == "person"]) == 1
    assert len(said_by(b, words)) == 1


def test_initials_that_write_speak() -> None:
    text = ("The vote is on Saturday.\n\nWK writes in The Valdor Sweater that the vote could be used as a test of "
            "support for the party:\n\nThe results will show whether the promises were heard.\n")
    b = brief("Vote\n\n" + text, "en")
    assert said_by(b, "the vote could be used as a test") == {"wk"}
    assert said_by(b, "The results will show whether the promises were heard") == {"wk"}


def test_a_saying_is_no_verb_of_saying() -> None:
    text = ("The valley was lost in 1707. A popular Valdorian saying commemorates these events: \"When evil comes from "
            "the valley, it reaches everyone.\"\n")
    b = brief("Valley\n\n" + text, "en")
    assert not said_by(b, "When evil comes from the valley")
    assert not said_by(b, "commemorates these events")


@pytest.mark.parametrize(("text", "said"), [
    ("The site opened on Monday. Lina Marsh added a new page to the site.\n", set()),
    ("The site opened on Monday. Lina Marsh added that the page was ready.\n", {"lina marsh"}),
])
def test_adding_a_thing_is_no_saying(text: str, said: set[str]) -> None:
    b = brief("Site\n\n" + text, "en")
    assert said_by(b, "a new page") | said_by(b, "the page was ready") == said


def test_no_name_opens_after_an_indefinite_article() -> None:
    b = brief("Briefing\n\nWhen President Lina Marsh called for a Press Briefing that morning, the crisis eased.\n",
              "en")
    assert [a.name for a in b.actors if a.kind == "person"] == ["Lina Marsh"]


@pytest.mark.parametrize(("language", "text", "text_written"), [
    ("en", "Tom Vale wrote two blog posts about the documentary, explaining how the prisons work.\n",
     "two blog posts about the documentary"),
    ("fr", "Lina Marsh a publié une tribune dans un quotidien national.\n", "une tribune dans un quotidien national"),
])
def test_a_text_written_is_no_content(language: str, text: str, text_written: str) -> None:
    b = brief("Film\n\n" + text, language)
    assert not any(text_written in q for q in quotes(b))


def test_his_staff_speaks_for_him() -> None:
    b = brief("Joke\n\nGovernor Tom Vale was criticised online. His staff clarified that he was only joking.\n", "en")
    assert said_by(b, "he was only joking") == {"tom vale"}
    assert [a.name for a in b.actors] == ["Tom Vale"]


def test_two_titles_before_one_name_are_one_person() -> None:
    text = ("The case drew attention abroad.\n\nBlogger and journalist Tom Vale wrote about the case in February:\n\n"
            "His story is typical of many detainees.\n")
    b = brief("Case\n\n" + text, "en")
    assert said_by(b, "His story is typical of many detainees") == {"tom vale"}
    assert [a.name for a in b.actors] == ["Tom Vale"]


def test_supporters_of_someone_speak_for_themselves() -> None:
    b = brief("Race\n\nHundreds of supporters of Tom Vale said his exclusion was illegal.\n", "en")
    assert said_by(b, "his exclusion was illegal") == {"supporters"}
