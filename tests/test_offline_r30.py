"""Offline rules of round 30 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a noun after its own preposition is no subject, whatever the parse says: a phrase set before the clause
  ("Sur Twitter, Paul Roe (UMP) a dénoncé …") names where one speaks, and who speaks is the phrase after
  its comma, which the parser hung on it; a platform so named is no actor;
* a link's language tag between a verb of saying and its complement ("she wrote [pl] on her blog, '…'") is
  blanked for the parser, and its blank is no complement: the quotation after it is still what she wrote;
* a participle that goes on with what a verb before it in the sentence said ("X, who declared, '…,' adding,
  '…'", « X, qui a déclaré : « … », ajoutant : « … » ») has that verb's speaker when the parser gave it no
  subject, or one inside the quotation; not when it names a thing ("recalling their first meeting");
* the recogniser knows the article's language only: in a paragraph of twelve words or more in another
  language (a post quoted before its translation: few of the article's function words) it names no one
  ("Si l'article de Cinéfil …" is no person's name); the translation still names who is in it;
* a plural that names its examples (``grammar.example_preps``: "others such as X said …", "critics like X
  argue …", « des habitants comme X estiment … ») speaks through the one named, who is known to speak; the
  examples are no part of the group's name ("Bloggers", not "Bloggers such");
* a relative clause that says its own words before a colon ("X mentioned the agreement, which stipulates that
  …:") does not introduce the passage after it: the main clause's speaker does (not "X opposed Y, who
  answered:", whose words are the passage);
* two surnames of persons named in full, joined by a coordinator ("between Vidal and Lirio"), are those two
  persons, not a body the recogniser took them for;
* posts headed by accounts: a handle in another script spells no name in Latin letters (each is its own
  account, not the actor another such handle was given to); a sentence that passes on some of others' posts
  ("X translated some of the replies:") does not make the first post X's; an account shown by a name of
  words heading a post ("@Chen Wen [zh]: …") is that whole name;
* giving one's account or testimony is telling it (``verbs.light_verbs``: "X gave us her account:", « X nous a
  livré son récit : »), and what is said follows the colon, after who heard it and when ("gave her
  testimony to the inquiry on Monday: '…'");
* a name holds no words that introduce an example: "Others such as Pedro Alva (@palva_77) [es] …" names Pedro
  Alva, by the recogniser's span or a link's (the words before a language tag);
* a user name after the noun of who posts (``grammar.account_nouns``: "LJ user drugoi", "Twitter user
  kotik_92") is that account's name, a person's, whatever its case; the platform is no speaker;
* a nominal speaker whose complement only says where it writes or lives is also named by its own words ("an
  anonymous commenter on the Dalen Times website" is also "anonymous commenter"; "citizens from several
  towns" also "citizens"), not one whose complement says whose or of what it is ("the head of the union");
* a paragraph that is only a name and a colon ("Marek:", « Sophie : »), a dialogue's or a comment thread's
  line, heads the words after it: the name (capitalised, proper nouns or opening on a first name) speaks
  them; a line of common words does not ("Other comments included:");
* a verb of saying the tagger reads as a plural noun ("@jroe states [es]:", "Ana Lirio (@alirio) tweets:":
  ``parsing.proxies``) is parsed again in the place of a verb of the same length, after a handle or a
  parenthesis too, past a language tag's blank;
* a subject whose relative clause ends on a quotation ("X, who believes that '…', recounted …") is closed by
  the comma after the quotation's closing mark: the verb after it is no incise with an inverted subject.
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from tests.briefing_queries import brief, quotes, said_by, said_by_any_name


@pytest.mark.parametrize(("language", "text", "words", "speaker"), [
    ("fr", "Réforme des retraites\n\nLe débat a repris mardi à l'Assemblée.\n\n"
           "Sur Twitter, Paul Dorval (UMP) a dénoncé un « scandale absolu ». "
           "Marie Lenoir (PS) a répondu que le texte serait voté.\n",
     "scandale absolu", "Paul Dorval"),
    ("fr", "Réforme des retraites\n\nLe débat a repris mardi à l'Assemblée.\n\n"
           "Sur Facebook, la députée Marie Lenoir a dénoncé un « recul historique pour les salariés ».\n",
     "recul historique", "Marie Lenoir"),
    ("en", "Pension reform\n\nThe debate resumed on Tuesday in parliament.\n\n"
           "On Twitter, Paul Dorval (Labour) denounced \"an absolute scandal for workers\".\n",
     "absolute scandal", "Paul Dorval"),
])
def test_fronted_phrase_is_no_speaker(language: str, text: str, words: str, speaker: str) -> None:
    b = brief(text, language)
    assert said_by(b, words) == {fold(speaker)}
    assert not any("Twitter" in a.name or "Facebook" in a.name for a in b.actors)


@pytest.mark.parametrize("tag", [" [pl]", ""])
def test_language_tag_is_no_complement(tag: str) -> None:
    b = brief("Protests in Velmar\n\nThe protests continued on Sunday.\n\n"
              "The activist Ilona Varga also commented. \"I will be honest,\" she wrote" + tag + " on her blog, "
              "\"I stayed home because I knew the march would end in clashes with the police.\"\n", "en")
    assert said_by(b, "I stayed home because") == {fold("Ilona Varga")}


@pytest.mark.parametrize(("language", "text", "first", "second"), [
    ("en", "Protests in Velmar\n\nThe protests continued on Sunday.\n\nAmong them was the writer Marek Dolan, "
           "who declared in his blog, \"The movement has finally grown up,\" adding, \"After this weekend, nobody "
           "can doubt that change is coming.\"\n", "has finally grown up", "nobody can doubt"),
    ("fr", "Manifestations à Velmar\n\nLes manifestations ont continué dimanche.\n\nParmi eux se trouvait "
           "l'écrivain Marek Dolan, qui a déclaré sur son blog : « Le mouvement a enfin mûri », ajoutant : « Après "
           "ce week-end, personne ne peut douter que le changement arrive. »\n", "a enfin mûri", "personne ne peut"),
])
def test_participle_goes_on_with_the_verb_before(language: str, text: str, first: str, second: str) -> None:
    b = brief(text, language)
    assert said_by(b, first) == {fold("Marek Dolan")}
    assert said_by(b, second) == {fold("Marek Dolan")}


FOREIGN = ("Film critics under fire\n\nThe blogger Nadia Ferran criticised the magazine Cinéfil on her blog:\n\n"
           "Si l’article de Cinéfil semble mal documenté, c’est surtout un exemple du mépris de la presse. "
           "C’est ainsi que j’ai compris que la presse ne regardait jamais ces films, ni leurs acteurs. "
           "Je n'ai jamais vu une telle injustice dans notre quartier, et personne ne nous écoute.\n\n"
           "If the article in Cinéfil seems poorly researched, it is above all an example of the press's contempt. "
           "That is how I understood that the press never watched these films, nor their actors. "
           "I have never seen such injustice in our neighbourhood, and nobody listens to us.\n")


def test_no_names_from_a_paragraph_in_another_language() -> None:
    b = brief(FOREIGN, "en")
    assert {a.name for a in b.actors} <= {"Nadia Ferran", "Cinéfil"}
    assert said_by(b, "I have never seen such injustice") == {fold("Nadia Ferran")}


BRIDGE = {"en": "Bridge row\n\nThe council approved the bridge on Monday.\n\n{}\n",
          "fr": "Querelle du pont\n\nLe conseil a approuvé le pont lundi.\n\n{}\n"}


@pytest.mark.parametrize(("language", "sentence", "words", "speaker"), [
    ("en", "Others such as Maria Kowalski said the mayor had to resign before the end of the year.",
     "the mayor had to resign", "Maria Kowalski"),
    ("en", "Critics like Maria Kowalski argue that the bridge will never pay for itself.",
     "never pay for itself", "Maria Kowalski"),
    ("en", "Others, such as the blogger Maria Kowalski, wrote that the mayor had to resign.",
     "the mayor had to resign", "Maria Kowalski"),
    ("fr", "Des habitants comme Maria Kowalski estiment que le pont coûte trop cher.",
     "le pont coûte trop cher", "Maria Kowalski"),
    ("fr", "Des habitants, tels que Maria Kowalski, estiment que le pont coûte trop cher.",
     "le pont coûte trop cher", "Maria Kowalski"),
])
def test_named_example_speaks(language: str, sentence: str, words: str, speaker: str) -> None:
    b = brief(BRIDGE[language].format(sentence), language)
    assert said_by(b, words) == {fold(speaker)}


def test_examples_are_no_part_of_a_group_name() -> None:
    b = brief(BRIDGE["en"].format("Bloggers such as Maria Kowalski wrote that the bridge would never pay for itself."),
              "en")
    assert not any("such" in a.name for a in b.actors)


DEAL = ("Deal reactions\n\nCarlos Vidal and Ana Lirio signed a coalition deal on Monday. Most reactions online "
        "were hostile. The blogger Dana Weiss disagreed. Weiss mentioned the agreement between Vidal and Lirio, "
        "which stipulates that the new coalition will reform the voting system:\n\n"
        "Many condemn this change, but if only this promise is kept, it will change our politics for the better.\n")


def test_relative_clause_with_its_words_does_not_introduce_the_passage() -> None:
    b = brief(DEAL, "en")
    assert said_by(b, "change our politics for the better") == {fold("Dana Weiss")}


def test_two_surnames_are_two_persons() -> None:
    b = brief(DEAL, "en")
    assert {a.name for a in b.actors} == {"Carlos Vidal", "Ana Lirio", "Dana Weiss"}


WEIBO = ("Weibo users mock the paper\n\nThe Dalen Daily asked the mayor to publish his assets. The blogger Ana Lirio "
         "translated some of the replies:\n\n"
         "@小河流水: The mayor published his assets two years ago, the paper should read its own archive.\n\n"
         "@山中老人: The paper is only embarrassing itself with such a demand, everyone can see it.\n\n"
         "@Chen Wen [zh]: No matter whether you praise or criticise, you must first understand the other side.\n")


@pytest.mark.parametrize(("words", "account"), [
    ("should read its own archive", "@小河流水"),
    ("embarrassing itself", "@山中老人"),
    ("understand the other side", "@Chen Wen"),
])
def test_posts_headed_by_accounts(words: str, account: str) -> None:
    assert said_by(brief(WEIBO, "en"), words) == {fold(account)}


@pytest.mark.parametrize(("language", "text", "words", "speaker"), [
    ("en", "Clinic inquiry\n\nThe inquiry heard witnesses on Monday.\n\nA young nurse, who does not want to be "
           "identified, gave us her account:\n\nWhen I arrived at the clinic, nobody was there to help the women "
           "who came in the night.\n", "nobody was there to help", "young nurse"),
    ("fr", "Enquête sur la clinique\n\nL'enquête a entendu des témoins lundi.\n\nUne infirmière, qui souhaite "
           "rester anonyme, nous a livré son récit :\n\nQuand je suis arrivée à la clinique, personne n'était là "
           "pour aider les femmes venues dans la nuit.\n", "personne n'était là", "infirmière"),
])
def test_giving_an_account_is_telling_it(language: str, text: str, words: str, speaker: str) -> None:
    assert said_by(brief(text, language), words) == {fold(speaker)}


def test_testimony_said_after_the_colon() -> None:
    b = brief("Clinic inquiry\n\nThe inquiry heard witnesses on Monday.\n\nThe nurse Ana Lirio gave her testimony "
              "to the inquiry on Monday: \"Nobody was there to help the women who came in the night.\"\n", "en")
    assert said_by(b, "Nobody was there") == {fold("Ana Lirio")}
    assert not any("on Monday" in q for q in quotes(b))


@pytest.mark.parametrize(("opening", "name"), [
    ("Others such as Pedro Alva (@palva_77) [es] still trust the veteran to heal and end his years on the "
     "mound:", "Pedro Alva"),
    ("Others such as Eduardo Ruiz (@eruiz_1691) [es] expect their thrower to be back on the field by "
     "autumn:", "Eduardo Ruiz"),
])
def test_example_is_the_name(opening: str, name: str) -> None:
    b = brief("Fans react to the injury\n\nThe pitcher was hurt during practice on Thursday.\n\n" + opening +
              "\n\nEstoy seguro de que volverá a lanzar antes del final de la temporada, es el mejor de todos.\n\n"
              "I am sure he will pitch again before the end of the season, he is the best of them all.\n", "en")
    assert {a.name for a in b.actors} == {name}
    assert said_by(b, "I am sure he will pitch again") == {fold(name)}


def test_user_name_after_the_noun_of_who_posts() -> None:
    b = brief("Protest in the capital\n\nThousands marched on Sunday.\n\nLJ user drugoi further condensed the "
              "causes of the clashes in a post on Monday:\n\nThe police blocked the bridges and the square, and the "
              "crowd had nowhere to go.\n\nTwitter user kotik_92 wrote that the police had gone too far.\n", "en")
    assert said_by(b, "nowhere to go") == {"drugoi"}
    assert said_by(b, "had gone too far") == {"kotik_92"}
    assert not any(a.name in {"LJ", "Twitter"} for a in b.actors)


def test_nominal_speaker_also_named_by_its_own_words() -> None:
    b = brief(BRIDGE["en"].format("An anonymous commenter on the Dalen Times website wrote that nobody in the town "
                                  "had wanted the bridge. Residents from several villages said the toll was too high. "
                                  "The head of the drivers' union said the bridge would save an hour a day."), "en")
    assert said_by_any_name(b, "nobody in the town had wanted") >= {"anonymous commenter"}
    assert said_by_any_name(b, "the toll was too high") >= {"residents"}
    assert "head" not in said_by_any_name(b, "save an hour a day")


@pytest.mark.parametrize(("language", "text", "words", "speaker"), [
    ("en", "A debate on Twitter\n\nTwo users debated the title of the novel on Twitter.\n\nMarek:\n\nYesterday I "
           "learned that the word in the title carries the meaning of the world, not peace.\n\nSergei:\n\nI "
           "disagree. He was contrasting war and peace throughout the whole book, volume after volume.\n",
     "contrasting war and peace", "Sergei"),
    ("en", "A debate on Twitter\n\nTwo users debated the title of the novel on Twitter.\n\nMarek:\n\nYesterday I "
           "learned that the word in the title carries the meaning of the world, not peace.\n",
     "carries the meaning of the world", "Marek"),
    ("fr", "Un débat sur Twitter\n\nDeux internautes ont débattu du titre du roman.\n\nMarek :\n\nHier, j'ai "
           "appris que le mot du titre veut dire le monde, et non la paix.\n\nSophie :\n\nJe ne suis pas "
           "d'accord. Il opposait la guerre et la paix tout au long du livre.\n", "Il opposait la guerre", "Sophie"),
])
def test_a_name_alone_heads_the_words_after_it(language: str, text: str, words: str, speaker: str) -> None:
    assert said_by(brief(text, language), words) == {fold(speaker)}


def test_a_line_of_common_words_heads_nothing() -> None:
    b = brief("A debate on Twitter\n\nTwo users debated the title of the novel on Twitter.\n\nOther comments "
              "included:\n\nThe book is far too long for anyone to read in one summer.\n", "en")
    assert not any("comments" in a.name.lower() for a in b.actors)


@pytest.mark.parametrize("intro", ["@MartaBlues states [es]:", "@MartaBlues tweets [es]:", "@DanaReds tweets [es]:"])
def test_verb_of_saying_read_as_a_noun(intro: str) -> None:
    b = brief("Attack in the capital\n\nA bomb exploded on Tuesday.\n\n" + intro + "\n\nThe worst thing that could "
              "happen is that Vidal dies in an attack, his martyrdom would give the right great power.\n", "en")
    assert said_by_any_name(b, "The worst thing that could happen") & {"@martablues", "martablues", "@danareds",
                                                                        "danareds"}


def test_relative_clause_ending_on_a_quotation() -> None:
    b = brief("Match report\n\nThe team won on Friday.\n\nThe blogger Ana Lirio, who believes that \"football is "
              "the wrong stick to hit the country with\", recounted some examples.\n", "en")
    assert said_by(b, "the wrong stick") == {fold("Ana Lirio")}
    assert not any(a.name == "examples" for a in b.actors)
