"""Offline rules of round 47 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a lone capitalised word the recogniser took for a place, that the gazetteer does not know as a state or a
  seat of power, is a person's name when a relative pronoun that only takes up people follows it ("a reaction
  comes from Ossiga, who says …"): a place is never "who";
* a name set off by commas right after a role noun's place ("The mayor of Velmar, Tomas Okafor, …"), which the
  parser hung on the place, the noun nearest it, names the role's holder, as it does after the role itself;
* the vocabulary of moral condemnation ("despicable", "reprehensible", « ignoble », « odieux ») judges an act or
  its author as the rest of the negative judgements do: a claim calling someone so sets its speaker against them;
* a list of names right after the comma that closes a prepositional phrase opening the clause ("At Velmar Voices,
  Lena Marsh and Piotr Halas confessed …"), which the parser chained onto the phrase's noun, is the subject the
  verb lacks: every name of the list speaks;
* a state's possessive before a body's proper name that runs on past its noun ("Velmaria's Ministry of Health and
  Welfare") names the body by its own name, the state its owner: the same body as the name alone;
* an online handle, letters then a few digits ("Blogger KimLee07"), is a person's name after a title, though a
  figure is otherwise in no person's name;
* a name that a noun of legal texts ends ("the General Labour Law") is a text's, no person's, though a title
  seems to open it ("General"), unless a first name opens it ("Nathan Law");
* a noun phrase of date or time set before the clause by a comma ("The next day, a group called for …") is a
  circumstance, never the words an incise reports;
* a name the recogniser found that is mostly lower-case words no name's small words account for (a line of
  another language in an English text) is no name;
* a paragraph ending on a colon inside a passage quoted in another language, with more of that language after
  it, is part of the passage: the passage goes on;
* a sentence the splitter cut inside a quotation that a question mark of the writer's closes ('Did they think the
  hosts would say, "… here. Come …"?') is the writer's question: the words it puts in someone's mouth are no one's
  claim, and a quoted passage holding it stays its author's;
* the second half of a hyphenated given name ("Lee Hyang-ah", "Kim Min-ah"), which the tagger may read as an
  interjection, is part of the name before a verb the parser left with no subject;
* a noun phrase after a preposition set before the clause ("In addition to the minister's claims, Mr. Karas
  listed …") is no apposition of the name after its comma: no role;
* words in title case in quotation marks right before a body's capitalised noun ('the "Better Days Can Come"
  Party') are the body's name, whatever verb they hold: no one's words;
* what a verb of writing is about ("X wrote about the posters", « X a écrit sur les affiches ») is its topic, not
  what it says: no claim, though a clause after it still is one;
* a subject pronoun inside quotation marks, or a paragraph after the person named, is no vote for that person's
  gender: a passage quoted after "X wrote:" speaks of others ("He needs proof …"), and X's given name keeps its
  gender for the "She added:" after it;
* a capitalised proper noun between a role noun in lower case and a name opening on a known given name ("the
  writer Oduvan Santos Pereira") is the holder's own given name, though the lexicon does not list it; a prelate's
  title ("Monsignor", "Monseñor", « Monseigneur ») is an honorific, no given name;
* words that call words or their author silly, ignorant or bigoted ("silly", "bigotry", « niais », « sectaire »)
  judge them as the rest of the negative judgements do;
* a noun phrase headed by a role noun before a comma and the subject's name ("The paper's editor, Lena Dorn did
  apologize, as did …") is the subject's role, no words an incise reports — unless the clause goes on past the
  incise with no subject of its own ("The new mayor, Lena Dorn said, would cut taxes");
* an acronym followed by its expansion in parentheses, whose capitalised words' initials spell it ("KTI (Kenya
  Tahreek Insaf)"), names one body by both, a state's name inside the expansion included;
* a verb of writing that ends a paragraph with no words of its own gives the next paragraph those words only when
  it tells an act: not in a relative clause, which tells its subject's habits ("X, who also blogs at …"), nor with
  an object that is no text ("has been posting live feeds");
* two or three capitalised words the recogniser took for a body's name, holding no noun of bodies, with a person's
  role in apposition after a comma ("Qamra Interlink, a Saudi blogger, …") name a person;
* two capitalised words the recogniser took for a place, the subject of a verb of saying that ends its sentence on
  a colon ("Kalumba Sitwala disagrees:"), name a person, whatever the lexicon knows of the first: a place announces
  no words; so the bare disagreement answers the speaker before it;
* a place one publishes on ("website", "homepage", « site », « page ») whose owner a possessor or "of" names speaks
  for that owner ("according to the company's website, …", « selon le site de la société, … »): the site is no
  actor.
Found by reading the offline briefings of Global Voices posts (May 2012 export) that no eval split holds, each
fix stated in grammatical terms and tested here on sentences of my own.
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, opposed, said_by


def test_a_lone_name_taken_up_by_who_is_a_person_s() -> None:
    b = brief("Reactions\n\nThe mayor announced a new tax on Monday.\n\nOne final reaction comes from Ossiga, who says "
              "the mayor has started well.\n", "en")
    assert said_by(b, "the mayor has started well") == {"ossiga"}
    assert next(a.kind for a in b.actors if a.name == "Ossiga") == "person"


@pytest.mark.parametrize(("text", "language", "name", "role"), [
    ("Tax\n\nThe mayor of Velmar, Tomas Okafor, announced a new tax on Monday. Okafor said the tax was fair.\n", "en",
     "Tomas Okafor", "mayor of Velmar"),
    # (the French parse hangs the name on the role already)
    ("Taxe\n\nLe maire de Velmar, Tomas Okafor, a annoncé une nouvelle taxe lundi. Okafor a affirmé que la taxe "
     "était juste.\n", "fr", "Tomas Okafor", "maire de Velmar"),
])
def test_a_name_after_a_role_s_place_is_the_holder(text: str, language: str, name: str, role: str) -> None:
    b = brief(text, language)
    person = next(a for a in b.actors if a.name == name)
    assert person.kind == "person"
    assert role in person.aliases
    assert said_by(b, "nouvelle taxe" if language == "fr" else "a new tax") == {name.lower()}


@pytest.mark.parametrize(("text", "language"), [
    ('Speech\n\nIn a speech at a conference, Bishop Tomas Varga called the protesters criminals.\n\nLena Dorn '
     'replied in a post:\n\nThis is only another example of what a truly despicable man Varga is.\n', "en"),
    ("Discours\n\nLors d'une conférence, l'évêque Tomas Varga a qualifié les manifestants de criminels.\n\nLena Dorn "
     "a répondu sur son blog : « Ce que Varga a dit des manifestants est ignoble. »\n", "fr"),
])
def test_words_of_moral_condemnation_oppose_the_speaker_to_the_one_judged(text: str, language: str) -> None:
    b = brief(text, language)
    assert opposed(b, "lena dorn", "tomas varga")


def test_a_list_of_names_after_a_fronted_phrase_is_the_subject() -> None:
    b = brief('Bishop\n\nThe bishop spoke at a conference last week.\n\nFinally, at Voices of Velmar, Lena Marsh and '
              'Piotr Halas confessed that they had "no words to describe the recent statements made by the '
              'bishop".\n', "en")
    assert said_by(b, "no words to describe") == {"lena marsh", "piotr halas"}


def test_a_state_s_possessive_before_a_body_s_proper_name_leaves_the_name_whole() -> None:
    b = brief("Wages\n\nThe Ministry of Health and Welfare set the costs at a low level.\n\nVelmaria's Ministry of "
              "Health and Welfare recently reported that the minimum wage would be raised.\n", "en")
    assert said_by(b, "minimum wage would be raised") == {"ministry of health and welfare"}
    assert [a.name for a in b.actors if "Ministry" in a.name] == ["Ministry of Health and Welfare"]


def test_an_online_handle_after_a_title_is_a_person_s_name() -> None:
    b = brief("Wages\n\nBlogger KimLee07 commented that some of the points were accurate. Later, the blogger added "
              "that the minimum wage is too low.\n", "en")
    person = next(a for a in b.actors if a.name == "KimLee07")
    assert person.kind == "person"
    assert said_by(b, "some of the points were accurate") == {"kimlee07"}
    assert said_by(b, "minimum wage is too low") == {"kimlee07"}


def test_a_law_s_name_is_no_person_s_though_a_title_seems_to_open_it() -> None:
    b = brief("Strike\n\nTransport unions reject the recently passed Municipal Transport Law. Nurses demand to be "
              "covered by the General Labour Law. Tomas Law, a nurse, said the strike would go on.\n", "en")
    assert [a.name for a in b.actors if "Law" in a.name] == ["Tomas Law"]
    assert said_by(b, "the strike would go on") == {"tomas law"}


@pytest.mark.parametrize(("sentence", "words", "speakers"), [
    ("The next day, a group on Facebook called for a pedestrians strike against the union.", "The next day", set()),
    # (a twin: the words before an incise's comma are what was said)
    ("The walkout is illegal, a group of lawyers said on Tuesday.", "The walkout is illegal", {"group of lawyers"}),
])
def test_a_time_phrase_before_the_clause_is_no_content(sentence: str, words: str, speakers: set[str]) -> None:
    b = brief(f"Walkout\n\nThe Velmar Transport Union announced a walkout on Monday.\n\n{sentence}\n", "en")
    assert said_by(b, words) == speakers


def test_a_line_of_another_language_is_no_name_and_its_colon_does_not_end_the_passage() -> None:
    b = brief("Strike\n\nBlogger Ana Roble, based in Velmar, commented on the strike:\n\nAnalicemos las demandas y "
              "expliquemos las razones:\n\nSeis horas. No. Los médicos deben trabajar las mismas horas que todos los "
              "demás trabajadores del país.\n\nSalarios. Sí. Los sueldos de la caja deben subir este año para todos "
              "los trabajadores.\n", "en")
    assert [a.name for a in b.actors] == ["Ana Roble"]
    assert said_by(b, "Los médicos deben trabajar") == {"ana roble"}
    assert said_by(b, "Los sueldos de la caja") == {"ana roble"}


def test_words_a_writer_s_question_puts_in_someone_s_mouth_are_no_claim() -> None:
    b = brief("Trip\n\nAngry comments filled the blogs. Lena Park commented below a news article:\n\nThey had a "
              "fine trip to the US with the taxpayers' money. Did they really think the US would say, \"What a trip "
              "you had. Come and take a seat over here\"? Really? I see no reason for sending the team.\n", "en")
    assert said_by(b, "What a trip you had") == {"lena park"}
    assert said_by(b, "I see no reason") == {"lena park"}
    assert [a.name for a in b.actors if a.name != "US"] == ["Lena Park"]


@pytest.mark.parametrize("name", ["Lee Hyang-ah", "Kim Min-ah"])  # (the second parsed whole already)
def test_a_hyphenated_given_name_is_whole_before_its_verb(name: str) -> None:
    b = brief(f"Trip\n\nSarcastic remarks mocking the visiting team filled blogs and the twittersphere. {name} "
              "commented [ko] below a related news article:\n\n"
              "세금으로 여행 잘하고왓지뭐. 뭔 뜻으로 조사단을 보냇는지 모르겟다.\n\nThey had a fine trip with the "
              "taxpayers' money. I see no reason for sending the team.\n", "en")
    assert said_by(b, "I see no reason") == {name.lower()}


def test_a_fronted_prepositional_phrase_is_no_role() -> None:
    b = brief("Fraud\n\nThe mayor spoke on Monday. In addition to the former minister's claims, Mr. Karas listed "
              "the cases of fraud. Karas said the budget was unfair.\n", "en")
    karas = next(a for a in b.actors if a.name == "Karas")
    assert not any("claims" in n for n in karas.aliases) and karas.role != "addition to the former minister's claims"
    assert said_by(b, "the budget was unfair") == {"karas"}


def test_a_quoted_name_before_a_body_s_noun_is_no_claim() -> None:
    b = brief('Party\n\nJan Karas, an MP with the BDC "Better Days Can Come" Party, spoke on Monday. Karas said '
              'the budget was unfair.\n', "en")
    assert said_by(b, "Better Days Can Come") == set()
    assert said_by(b, "the budget was unfair") == {"jan karas"}


@pytest.mark.parametrize(("text", "language", "topic", "said"), [
    ("Posters\n\nMohamed Roe also wrote about the candidates' posters on his blog. Lena Dorn wrote about the "
     "crisis that it was the worst in years.\n", "en", "the candidates' posters", "it was the worst in years"),
    ("Affiches\n\nMohamed Roe a aussi écrit sur les affiches des candidats. Lena Dorn a écrit que la crise était "
     "la pire depuis des années.\n", "fr", "les affiches des candidats", "la crise était la pire"),
])
def test_what_one_writes_about_is_the_topic_not_a_claim(text: str, language: str, topic: str, said: str) -> None:
    b = brief(text, language)
    assert said_by(b, topic) == set()
    assert said_by(b, said) == {"lena dorn"}


_POSTERS = ("Posters\n\nBloggers Mariela Osk and Tomas Berg have tried to analyse the posters.\n\nMariela Osk wrote "
            "an analysis of the first poster:\n\nHe needs proof other than photos. He is sitting down and he does not "
            "look at us. He should stand tall.\n\nShe added:\n\nHis tiny smile makes me feel he is kind to us.\n\nAs "
            "for Hamid Sabri, Mariela wrote:\n\nThe colours are nice and friendly.\n\nShe moved to the candidate's "
            "slogan, \"One of us\":\n\nIt says he is close to us, but it does not say much.\n")


def test_pronouns_of_a_quoted_passage_give_its_author_no_gender() -> None:
    b = brief(_POSTERS, "en")
    assert said_by(b, "His tiny smile") == {"mariela osk"}
    assert said_by(b, "It says he is close to us") == {"mariela osk"}


@pytest.mark.parametrize(("phrase", "name"), [
    ("the writer Oduvan Santos Pereira", "Oduvan Santos Pereira"),
    ("the poet Tarcizo Maria Barros", "Tarcizo Maria Barros"),
])
def test_an_unlisted_given_name_after_a_role_opens_the_name(phrase: str, name: str) -> None:
    b = brief(f"Healers\n\nHealers inspire artists, like {phrase}, who tells the story of a woman. He wrote that she "
              "was kind.\n", "en")
    assert [a.name for a in b.actors] == [name]
    assert said_by(b, "she was kind") == {name.lower()}


def test_a_prelate_s_title_is_no_given_name() -> None:
    b = brief("Law\n\nThe bill was criticised by archbishop Monsenor Tomas Ivo Berg. He said the country must pray "
              "for peace.\n", "en")
    assert [a.name for a in b.actors] == ["Tomas Ivo Berg"]
    assert said_by(b, "the country must pray") == {"tomas ivo berg"}


@pytest.mark.parametrize(("text", "language"), [
    ('Column\n\nTomas Varga wrote an opinion piece on the dress code in the student newspaper.\n\nLena Dorn '
     'described the piece as "silly" and said it was full of sheer bigotry.\n', "en"),
    ("Chronique\n\nTomas Varga a publié une tribune sur le code vestimentaire dans le journal des étudiants.\n\n"
     "Lena Dorn a jugé que cette tribune était niaise et sectaire.\n", "fr"),
])
def test_words_calling_a_text_silly_or_bigoted_oppose_its_author(text: str, language: str) -> None:
    assert opposed(brief(text, language), "lena dorn", "tomas varga")


@pytest.mark.parametrize(("sentence", "words", "speakers"), [
    ("The paper's editor-in-chief, Lena Dorn did apologize, as did the dean, Tomas Berg.", "editor-in-chief", set()),
    ("The new mayor, Lena Dorn said, would cut taxes.", "would cut taxes", {"lena dorn"}),
])
def test_a_role_before_the_subject_s_name_is_no_incise_content(sentence: str, words: str,
                                                               speakers: set[str]) -> None:
    b = brief(f"Campus\n\nThe article caused anger on campus. {sentence}\n", "en")
    assert said_by(b, words) == speakers


@pytest.mark.parametrize(("acronym", "name"), [("KTI", "Kenya Tahreek Insaf"), ("NTP", "Nigeria Tarayya Party")])
def test_an_acronym_s_expansion_in_parentheses_is_its_name(acronym: str, name: str) -> None:
    b = brief(f"Verdict\n\nThe opposition parties, the VDF (Velmar Democratic Front) and {acronym} ({name}), are "
              "asking the prime minister to resign.\n", "en")
    body = next(a for a in b.actors if a.name == name)
    assert acronym in body.aliases and body.kind == "organization"
    assert name.lower() in said_by(b, "the prime minister to resign")


@pytest.mark.parametrize(("text", "words", "speakers"), [
    ("Streams\n\nCitizen journalists like Oleg Varin, who also tweets at @ovarin and blogs at his own site, have been "
     "using the service to cover protests.\n\nOne such live broadcast gained traction on Twitter on March 5. It "
     "covered the rally on the main square.\n", "One such live broadcast", set()),
    ("Streams\n\nThe channel of Ridus, a citizen platform, has been posting live feeds of protests since December.\n\n"
     "This type of reporting is in line with a general trend of online news.\n", "This type of reporting", set()),
    # (a twin: an act of writing with no words of its own has the next paragraph for them)
    ("Streams\n\nBlogger Oleg Varin wrote on his blog.\n\nThe rally was peaceful and the police stayed away.\n",
     "The rally was peaceful", {"oleg varin"}),
])
def test_a_verb_of_writing_takes_the_next_paragraph_only_as_an_act(text: str, words: str,
                                                                    speakers: set[str]) -> None:
    assert said_by(brief(text, "en"), words) == speakers


@pytest.mark.parametrize("name", ["Qamra Interlink", "Aiyah Interlink"])
def test_a_person_s_role_in_apposition_makes_a_body_s_name_a_person_s(name: str) -> None:
    b = brief(f"Union\n\nThe plan was announced on Monday.\n\n{name}, a Saudi blogger and entrepreneur, slammed the "
              "plan:\n\nThe union is only meant to enhance the sectarian narrative.\n", "en")
    assert next(a.kind for a in b.actors if a.name == name) == "person"
    assert said_by(b, "enhance the sectarian narrative") == {name.lower()}


@pytest.mark.parametrize("name", ["Mubiana Sitwana", "Kalumba Sitwala", "Mubanga Chisola"])  # (the third: a twin)
def test_two_names_announcing_words_after_a_colon_are_a_person_s(name: str) -> None:
    b = brief("Fuel\n\nPresident Michael Sata's government donated fuel to Malawi.\n\nArchritius Mwanakayaya says:\n\n"
              "The man is shameless, the economy is hanging due to lack of direction by this government.\n\n"
              f"{name} disagrees:\n\nBefore you call anyone shameless, identify, understand and analyse.\n", "en")
    assert next(a.kind for a in b.actors if a.name == name) == "person"
    assert opposed(b, name.lower(), "archritius mwanakayaya")


@pytest.mark.parametrize(("text", "language", "words"), [
    ("Plant\n\nThe plant is built by Orvane Energia, a Spanish company. According to the company's public relations "
     "website, the project complies with environmental rules.\n", "en", "the project complies"),
    ("Plant\n\nThe plant is built by Orvane Energia. Its website says the project complies with environmental "
     "rules.\n", "en", "the project complies"),
    ("Centrale\n\nLa centrale est construite par la société Orvane. Selon le site de la société, le projet respecte "
     "les normes environnementales.\n", "fr", "le projet respecte"),
])
def test_a_website_speaks_for_its_owner(text: str, language: str, words: str) -> None:
    b = brief(text, language)
    owner = next(a.name for a in b.actors if "Orvane" in a.name)
    assert said_by(b, words) == {owner.lower()}
    assert not any("site" in a.name for a in b.actors)
