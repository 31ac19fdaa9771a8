"""Offline rules of round 47 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a lone capitalised word the recogniser took for a place, that the gazetteer does not know as a state or a
  seat of power, is a person's name when a relative pronoun that only takes up people follows it ("a last comment
  comes from Ossiga, who thinks …"): a place is never "who";
* a name set off by commas right after a role noun's place ("The governor of Velmar, Tomas Okafor, …"), which the
  parser hung on the place, the noun nearest it, names the role's holder, as it does after the role itself;
* the vocabulary of moral condemnation ("despicable", "reprehensible", « ignoble », « odieux ») judges an act or
  its author as the rest of the negative judgements do: a claim calling someone so sets its speaker against them;
* a list of names right after the comma that closes a prepositional phrase opening the clause ("Lastly, at Voices of
  Velmar, Lena Marsh and Piotr Halas admitted …"), which the parser chained onto the phrase's noun, is the subject the
  verb lacks: every name of the list speaks;
* a state's possessive before a body's proper name that runs on past its noun ("Tarrovia's Ministry of Labour and
  Pensions") names the body by its own name, the state its owner: the same body as the name alone;
* an online handle, letters then a few digits ("Blogger MaraQuist88"), is a person's name after a title, though a
  figure is otherwise in no person's name;
* a name that a noun of legal texts ends ("the General Pension Law") is a text's, no person's, though a title
  seems to open it ("General"), unless a first name opens it ("Ivo Law");
* a noun phrase of date or time set before the clause by a comma ("The next day, a group on Twitter called for …") is a
  circumstance, never the words an incise reports;
* a name the recogniser found that is mostly lower-case words no name's small words account for (a line of
  another language in an English text) is no name;
* a paragraph ending on a colon inside a passage quoted in another language, with more of that language after
  it, is part of the passage: the passage goes on;
* a sentence the splitter cut inside a quotation that a question mark of the writer's closes ('Did they expect Paris
  to say, "Welcome, friends. …"?') is the writer's question: the words it puts in someone's mouth are no one's
  claim, and a quoted passage holding it stays its author's;
* the second half of a hyphenated given name ("Lee Hyang-ah", "Kim Min-ah"), which the tagger may read as an
  interjection, is part of the name before a verb the parser left with no subject;
* a noun phrase after a preposition set before the clause ("In addition to the former mayor's accusations,
  Mr. Dovan listed …") is no apposition of the name after its comma: no role;
* words in title case in quotation marks right before a body's capitalised noun ('the "Hope Will Return"
  Party') are the body's name, whatever verb they hold: no one's words;
* what a verb of writing is about ("X wrote about the speech", « X a écrit sur le discours ») is its topic, not
  what it says: no claim, though a clause after it still is one;
* a subject pronoun inside quotation marks, or a paragraph after the person named, is no vote for that person's
  gender: a passage quoted after "X wrote:" speaks of others ("He should show more …"), and X's given name keeps its
  gender for the "She added:" after it;
* a capitalised proper noun between a role noun in lower case and a name opening on a known given name ("the
  writer Oduvan Santos Pereira") is the holder's own given name, though the lexicon does not list it; a prelate's
  title ("Monsignor", "Monseñor", « Monseigneur ») is an honorific, no given name;
* words that call words or their author silly, ignorant or bigoted ("silly", "bigotry", « niais », « sectaire »)
  judge them as the rest of the negative judgements do;
* a noun phrase headed by a role noun before a comma and the subject's name ("The magazine's editor-in-chief, Mara
  Quist did apologize, as did …") is the subject's role, no words an incise reports — unless the clause goes on past the
  incise with no subject of its own ("The new governor, Mara Quist said, would close the mines");
* an acronym followed by its expansion in parentheses, whose capitalised words' initials spell it ("TUF (Togo
  Unity Forum)"), names one body by both, a state's name inside the expansion included;
* a verb of writing that ends a paragraph with no words of its own gives the next paragraph those words only when
  it tells an act: not in a relative clause, which tells its subject's habits ("X, who also writes on his own
  blog …"), nor with an object that is no text ("has been posting video streams");
* two or three capitalised words the recogniser took for a body's name, holding no noun of bodies, with a person's
  role in apposition after a comma ("Qamra Interlink, a Bahraini blogger, …") name a person;
* two capitalised words the recogniser took for a place, the subject of a verb of saying that ends its sentence on
  a colon ("Kalumba Sitwala disagrees:"), name a person, whatever the lexicon knows of the first: a place announces
  no words; so the bare disagreement answers the speaker before it;
* a place one publishes on ("website", "homepage", « site », « page ») whose owner a possessor or "of" names speaks
  for that owner ("according to the firm's corporate website, …", « selon le site de la société, … »): the site is no
  actor.
Found by reading the offline briefings of Global Voices posts (May 2012 export) that no eval split holds, each
fix stated in grammatical terms and tested here on sentences of my own. Round 48 rewrote every fixture: the first
versions kept phrases of the posts read, with names swapped; the same 32 of the 40 cases fail on round 46's code.
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, opposed, said_by


def test_a_lone_name_taken_up_by_who_is_a_person_s() -> None:
    b = brief("Curfew\n\nThe council voted a curfew on Friday.\n\nA last comment comes from Ossiga, who thinks the "
              "council acted too fast.\n", "en")
    assert said_by(b, "the council acted too fast") == {"ossiga"}
    assert next(a.kind for a in b.actors if a.name == "Ossiga") == "person"


@pytest.mark.parametrize(("text", "language", "name", "role"), [
    ("Bridge\n\nThe governor of Velmar, Tomas Okafor, announced a toll on the bridge on Sunday. Okafor said the toll "
     "was modest.\n", "en", "Tomas Okafor", "governor of Velmar"),
    # (the French parse hangs the name on the role already)
    ("Pont\n\nLe gouverneur de Velmar, Tomas Okafor, a annoncé un péage sur le pont dimanche. Okafor a affirmé que "
     "le péage était modeste.\n", "fr", "Tomas Okafor", "gouverneur de Velmar"),
])
def test_a_name_after_a_role_s_place_is_the_holder(text: str, language: str, name: str, role: str) -> None:
    b = brief(text, language)
    person = next(a for a in b.actors if a.name == name)
    assert person.kind == "person"
    assert role in person.aliases
    assert said_by(b, "un péage sur le pont" if language == "fr" else "a toll on the bridge") == {name.lower()}


@pytest.mark.parametrize(("text", "language"), [
    ("Sermon\n\nDuring a radio interview, Pastor Ivo Helm called the striking nurses lazy.\n\nMara Quist answered "
     "on her blog:\n\nThose words show once more how despicable a man Helm is.\n", "en"),
    ("Sermon\n\nPendant une émission de radio, le pasteur Ivo Helm a qualifié les infirmières en grève de "
     "paresseuses.\n\nMara Quist a répondu sur son blog : « Ce que Helm a dit des infirmières est odieux. »\n", "fr"),
])
def test_words_of_moral_condemnation_oppose_the_speaker_to_the_one_judged(text: str, language: str) -> None:
    b = brief(text, language)
    assert opposed(b, "mara quist", "ivo helm")


def test_a_list_of_names_after_a_fronted_phrase_is_the_subject() -> None:
    b = brief('Pastor\n\nThe pastor preached in the capital on Sunday.\n\nLastly, at Voices of Velmar, Lena Marsh and '
              'Piotr Halas admitted that they were "still shaken by what the pastor told his flock".\n', "en")
    assert said_by(b, "still shaken") == {"lena marsh", "piotr halas"}


def test_a_state_s_possessive_before_a_body_s_proper_name_leaves_the_name_whole() -> None:
    b = brief("Pensions\n\nThe Ministry of Labour and Pensions kept the pension age unchanged.\n\nTarrovia's Ministry "
              "of Labour and Pensions announced last week that the pension age would rise.\n", "en")
    assert said_by(b, "the pension age would rise") == {"ministry of labour and pensions"}
    assert [a.name for a in b.actors if "Ministry" in a.name] == ["Ministry of Labour and Pensions"]


def test_an_online_handle_after_a_title_is_a_person_s_name() -> None:
    b = brief("Rents\n\nBlogger MaraQuist88 wrote that several of the figures were wrong. Later, the blogger added "
              "that rents in the capital are too high.\n", "en")
    person = next(a for a in b.actors if a.name == "MaraQuist88")
    assert person.kind == "person"
    assert said_by(b, "several of the figures were wrong") == {"maraquist88"}
    assert said_by(b, "rents in the capital are too high") == {"maraquist88"}


def test_a_law_s_name_is_no_person_s_though_a_title_seems_to_open_it() -> None:
    b = brief("Protest\n\nFarmers oppose the newly adopted Rural Water Law. Teachers ask to fall under the General "
              "Pension Law. Ivo Law, a teacher, said the protest would continue.\n", "en")
    assert [a.name for a in b.actors if "Law" in a.name] == ["Ivo Law"]
    assert not any("General" in n for a in b.actors for n in a.aliases)
    assert said_by(b, "the protest would continue") == {"ivo law"}


@pytest.mark.parametrize(("sentence", "words", "speakers"), [
    ("The next day, a group on Twitter called for a riders strike against the union.", "The next day", set()),
    # (a twin: the words before an incise's comma are what was said)
    ("The stoppage is unlawful, a panel of judges said on Friday.", "The stoppage is unlawful", {"panel of judges"}),
])
def test_a_time_phrase_before_the_clause_is_no_content(sentence: str, words: str, speakers: set[str]) -> None:
    b = brief(f"Stoppage\n\nThe Tarrow Dockers Union announced a stoppage on Monday.\n\n{sentence}\n", "en")
    assert said_by(b, words) == speakers


def test_a_line_of_another_language_is_no_name_and_its_colon_does_not_end_the_passage() -> None:
    b = brief("Protest\n\nBlogger Rosa Ilvar, who lives in Tarrow, commented on the protest:\n\nRepasemos los puntos "
              "uno por uno:\n\nHorario. No. Los maestros tienen que cumplir el mismo horario que los otros empleados "
              "públicos.\n\nPensiones. Sí. Las pensiones del fondo tienen que subir el año que viene para todos.\n",
              "en")
    assert [a.name for a in b.actors] == ["Rosa Ilvar"]
    assert said_by(b, "Los maestros tienen que") == {"rosa ilvar"}
    assert said_by(b, "Las pensiones del fondo") == {"rosa ilvar"}


def test_words_a_writer_s_question_puts_in_someone_s_mouth_are_no_claim() -> None:
    b = brief("Junket\n\nCritical comments flooded the forums. Ivo Renn commented under an online article:\n\nThey "
              "enjoyed a lovely holiday in Paris paid with public money. Did they honestly expect Paris to say, "
              "\"Welcome, friends. Please sit down right here\"? Seriously? I cannot see why the delegation went.\n",
              "en")
    assert said_by(b, "Welcome, friends") == {"ivo renn"}
    assert said_by(b, "I cannot see why") == {"ivo renn"}
    assert [a.name for a in b.actors if a.name != "Paris"] == ["Ivo Renn"]


@pytest.mark.parametrize("name", ["Lee Hyang-ah", "Kim Min-ah"])  # (the second parsed whole already)
def test_a_hyphenated_given_name_is_whole_before_its_verb(name: str) -> None:
    b = brief(f"Junket\n\nThe visit drew sarcastic comments online. {name} commented [ko] below a "
              "related report:\n\n"
              "국민 세금으로 좋은 휴가를 보냈네요. 왜 대표단을 보냈는지 이해가 안 돼요.\n\nThey enjoyed a holiday "
              "paid with public money. I cannot see why the delegation went.\n", "en")
    assert said_by(b, "I cannot see why") == {name.lower()}


def test_a_fronted_prepositional_phrase_is_no_role() -> None:
    b = brief("Waste\n\nThe council met on Tuesday. In addition to the former mayor's accusations, Mr. Dovan listed "
              "the cases of waste. Dovan said the budget was reckless.\n", "en")
    dovan = next(a for a in b.actors if a.name == "Dovan")
    assert not any("accusations" in n for n in dovan.aliases)
    assert dovan.role != "addition to the former mayor's accusations"
    assert said_by(b, "the budget was reckless") == {"dovan"}


def test_a_quoted_name_before_a_body_s_noun_is_no_claim() -> None:
    b = brief('Vote\n\nIvo Dovan, a deputy of the PFN "Hope Will Return" Party, spoke on Friday. Dovan said the '
              'vote was rigged.\n', "en")
    assert said_by(b, "Hope Will Return") == set()
    assert said_by(b, "the vote was rigged") == {"ivo dovan"}


@pytest.mark.parametrize(("text", "language", "topic", "said"), [
    ("Drought\n\nMara Quist also wrote about the mayor's speech on her blog. Ivo Lenz wrote about the drought that "
     "it was the longest in memory.\n", "en", "the mayor's speech", "it was the longest in memory"),
    ("Sécheresse\n\nMara Quist a aussi écrit sur le discours du maire. Ivo Lenz a écrit que la sécheresse était "
     "la plus longue de mémoire d'homme.\n", "fr", "le discours du maire", "la sécheresse était la plus longue"),
])
def test_what_one_writes_about_is_the_topic_not_a_claim(text: str, language: str, topic: str, said: str) -> None:
    b = brief(text, language)
    assert said_by(b, topic) == set()
    assert said_by(b, said) == {"ivo lenz"}


_PORTRAITS = ("Portraits\n\nBloggers Hedda Morn and Ivo Lenz looked closely at the campaign portraits.\n\nHedda Morn "
              "wrote a review of the first portrait:\n\nHe should show more than pictures. He leans back and he "
              "avoids our eyes. He ought to face us.\n\nShe added:\n\nHis little grin tells me he means well.\n\n"
              "About Karim Sadi, Hedda wrote:\n\nThe background is warm and pleasant.\n\nShe turned to the "
              "candidate's motto, \"With you\":\n\nIt claims he stands with us, but it says little.\n")


def test_pronouns_of_a_quoted_passage_give_its_author_no_gender() -> None:
    b = brief(_PORTRAITS, "en")
    assert said_by(b, "His little grin") == {"hedda morn"}
    assert said_by(b, "It claims he stands with us") == {"hedda morn"}


@pytest.mark.parametrize(("phrase", "name"), [
    ("the writer Oduvan Santos Pereira", "Oduvan Santos Pereira"),
    ("the poet Tarcizo Maria Barros", "Tarcizo Maria Barros"),
])
def test_an_unlisted_given_name_after_a_role_opens_the_name(phrase: str, name: str) -> None:
    b = brief(f"Tales\n\nOld river tales move artists, like {phrase}, who tells the life of a fisherman. He wrote "
              "that the river was cruel.\n", "en")
    assert [a.name for a in b.actors] == [name]
    assert said_by(b, "the river was cruel") == {name.lower()}


def test_a_prelate_s_title_is_no_given_name() -> None:
    b = brief("Reform\n\nThe reform was condemned by archbishop Monsenor Tomas Ivo Berg. He said the nation must stay "
              "united.\n", "en")
    assert [a.name for a in b.actors] == ["Tomas Ivo Berg"]
    assert said_by(b, "the nation must stay united") == {"tomas ivo berg"}


@pytest.mark.parametrize(("text", "language"), [
    ('Column\n\nIvo Helm published a column on school uniforms in the town weekly.\n\nMara Quist called the column '
     '"silly" and said it showed plain bigotry.\n', "en"),
    ("Chronique\n\nIvo Helm a signé une chronique sur l'uniforme scolaire dans l'hebdomadaire de la ville.\n\n"
     "Mara Quist a estimé que cette chronique était niaise et sectaire.\n", "fr"),
])
def test_words_calling_a_text_silly_or_bigoted_oppose_its_author(text: str, language: str) -> None:
    assert opposed(brief(text, language), "mara quist", "ivo helm")


@pytest.mark.parametrize(("sentence", "words", "speakers"), [
    ("The magazine's editor-in-chief, Mara Quist did apologize, as did the publisher, Ivo Lenz.", "editor-in-chief",
     set()),
    ("The new governor, Mara Quist said, would close the mines.", "would close the mines", {"mara quist"}),
])
def test_a_role_before_the_subject_s_name_is_no_incise_content(sentence: str, words: str,
                                                               speakers: set[str]) -> None:
    b = brief(f"Magazine\n\nThe report caused outrage in town. {sentence}\n", "en")
    assert said_by(b, words) == speakers


@pytest.mark.parametrize(("acronym", "name"), [("TUF", "Togo Unity Forum"), ("KMR", "Kenya Mwamko Rally")])
def test_an_acronym_s_expansion_in_parentheses_is_its_name(acronym: str, name: str) -> None:
    b = brief(f"Verdict\n\nThe opposition groups, the TRA (Tarrow Reform Alliance) and {acronym} ({name}), are "
              "demanding that the cabinet step down.\n", "en")
    body = next(a for a in b.actors if a.name == name)
    assert acronym in body.aliases and body.kind == "organization"
    assert name.lower() in said_by(b, "the cabinet step down")


@pytest.mark.parametrize(("text", "words", "speakers"), [
    ("Streams\n\nCitizen reporters such as Pavel Orin, who also posts at @porin and writes on his own blog, have used "
     "the app to film rallies.\n\nOne such live stream drew attention on Twitter on April 2. It showed the march "
     "along the river.\n", "One such live stream", set()),
    ("Streams\n\nThe account of Vedok, a citizen collective, has been posting video streams of rallies since "
     "January.\n\nThis kind of coverage fits a wider shift in online media.\n", "This kind of coverage", set()),
    # (a twin: an act of writing with no words of its own has the next paragraph for them)
    ("Streams\n\nBlogger Pavel Orin wrote on his blog.\n\nThe march was calm and the police kept their distance.\n",
     "The march was calm", {"pavel orin"}),
])
def test_a_verb_of_writing_takes_the_next_paragraph_only_as_an_act(text: str, words: str,
                                                                    speakers: set[str]) -> None:
    assert said_by(brief(text, "en"), words) == speakers


@pytest.mark.parametrize("name", ["Qamra Interlink", "Aiyah Interlink"])
def test_a_person_s_role_in_apposition_makes_a_body_s_name_a_person_s(name: str) -> None:
    b = brief(f"Merger\n\nThe merger was made public on Monday.\n\n{name}, a Bahraini blogger and engineer, attacked "
              "the merger:\n\nThe merger only serves to deepen the divide between the communities.\n", "en")
    assert next(a.kind for a in b.actors if a.name == name) == "person"
    assert said_by(b, "deepen the divide") == {name.lower()}


@pytest.mark.parametrize("name", ["Mubiana Sitwana", "Kalumba Sitwala", "Mubanga Chisola"])  # (the third: a twin)
def test_two_names_announcing_words_after_a_colon_are_a_person_s(name: str) -> None:
    b = brief("Fuel\n\nThe government of President Ivo Helm sent fuel to a neighbouring country.\n\nChanda Mwelwa "
              "writes:\n\nThis leader has no shame, and our economy drifts because nobody steers it.\n\n"
              f"{name} disagrees:\n\nBefore calling a leader shameless, first study the facts.\n", "en")
    assert next(a.kind for a in b.actors if a.name == name) == "person"
    assert opposed(b, name.lower(), "chanda mwelwa")


@pytest.mark.parametrize(("text", "language", "words"), [
    ("Dam\n\nThe dam is being built by Orvane Power, an Italian firm. According to the firm's corporate website, the "
     "works meet every safety standard.\n", "en", "the works meet"),
    ("Dam\n\nThe dam is being built by Orvane Power. Its website says the works meet every safety standard.\n", "en",
     "the works meet"),
    ("Barrage\n\nLe barrage est construit par la société Orvane. Selon le site de la société, les travaux respectent "
     "toutes les normes de sécurité.\n", "fr", "les travaux respectent"),
])
def test_a_website_speaks_for_its_owner(text: str, language: str, words: str) -> None:
    b = brief(text, language)
    owner = next(a.name for a in b.actors if "Orvane" in a.name)
    assert said_by(b, words) == {owner.lower()}
    assert not any("site" in a.name for a in b.actors)
