"""Offline rules of round 48 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a judgement word in what a verb of opposition acts against ("Y fights arrogance with humility", "Y denounced
  corruption") does not judge that verb's subject: Y is against the bad thing, not judged by it, so a claim praising
  Y in those words sets its speaker against no one;
* a noun of a view with no determiner nor possessor ("fear", "confidence") names a kind, not the view someone just
  put forward: "Y fights fear with courage" answers no one;
* a name opening on a noun of buildings or sites before a small word ("Plaza del Sol", the head-first order of
  the Romance languages, as "the Palace of Westminster") names a place, as one ending on such a noun does: no
  person.
* a quotation that is all a pair of parentheses holds, right after a name, glosses that name ('Velmar First ("the
  party of the people")'), in lower case too: no one's words;
* a run of capitalised proper nouns opening on a given name between an indefinite article and a text's noun it
  modifies ("a Piotr Halas tweet") names the text's author, a person, though no one is "a Jane Roe";
* a paragraph whose first sentence sets a short phrase before its speaker's name and the verb of saying ("In
  fact, Halas had written: …") opens on its speaker as one starting on the name does: the writer telling another's
  words, no more of the passage quoted before it.
* a role noun with a nationality adjective its holders' titles do not spell ("the Argentine bishop", « l'évêque
  argentin ») takes up the holder of that role named before, not the state nor a new person: the adjective tells
  whose the office is, not which office.
* a verb whose infinitive did not happen ("fail", "forget", "neglect", "omit"; « oublier », « omettre ») reports
  nothing said by an infinitive of saying under it ("the council forgot to mention that …"), as a verb of refusal
  does; negated, it says it ("did not forget to mention that …", « n'a pas oublié de rappeler que … »).
* a name that is the "of" complement of a noun of settlements or lands ("the island of Diego Garcia", « l'île de
  Diego Garcia », "the electoral district of Groom") is a place's, wherever it recurs, though it opens on a given
  name: no person, and no one an act against its people opposes; not a country's ("the capital city of Nepal"
  tells where the city lies).
* the title and gloss rules read past a single opening mark as past a double one: "an article entitled 'Farmers
  Angry Over …'" and "United Velmar ('the party of power')" are a title and a gloss, no one's words.
* one capitalised word after an indefinite article ("a Bill entitled …") is no one's name, as no chain of names
  opens after one; a body's name that runs on into a capitalised noun of legal texts ("the Velmar Water Authority
  Bill") is a word of the text's name: no actor.
* a sentence made only of a prepositional phrase naming a text or a place of publishing with its possessor, ending
  on a colon ("From their blog post:", "From the project's blog post:", « Sur son site : »), introduces the passage
  after it as the possessor's words, as a verb of saying would.
* a run of marks ends a question as one mark does ("is this what soldiers do these days???", "really?!"): a post
  that only asks claims nothing;
* one capitalised word the recogniser took for a place, the subject of a verb of saying that announces words after
  a colon, taken up by "his" or "her" in its clause ("Raihan wrote in his blog:"), is a person's name.
Found by reading the offline briefings of Global Voices posts (May 2012 export) that no eval split holds, each fix
stated in grammatical terms and tested here on sentences of my own.
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, opposed, quotes, said_by

_TRIBUTE = "Tribute\n\nThe reporter Ivo Helm was jailed in March.\n\nMara Quist wrote on her blog:\n\n{}\n"


def test_a_bad_thing_a_verb_of_opposition_acts_against_does_not_judge_its_subject() -> None:
    b = brief(_TRIBUTE.format("Helm is a hero of a rare kind. He answers lies with facts. Armed only with his "
                              "camera, Helm fights gloom with hope; anger with calm; arrogance with humility; "
                              "ignorance with learning; cruelty with kindness."), "en")
    assert not b.disagreements
    assert [c.speaker for c in b.claims] == ["mara-quist"]


def test_a_bare_noun_of_a_view_is_no_one_s_view() -> None:
    b = brief(_TRIBUTE.format("Helm is a brave man. He fights fear with courage and doubt with facts."), "en")
    assert not opposed(b, "ivo helm", "mara quist") and not b.disagreements


def test_a_name_opening_on_a_noun_of_sites_before_a_small_word_is_a_place() -> None:
    b = brief("Square\n\nPlaza del Sol was full on Sunday. The Tarrow Teachers Union said the protest would go "
              "on.\n", "en")
    assert [a.name for a in b.actors] == ["Tarrow Teachers Union"]


def test_a_quotation_alone_in_parentheses_after_a_name_glosses_it() -> None:
    b = brief('Letter\n\nIvo Lenz, a member of Velmar First ("the party of the people"), wrote a letter to the mayor '
              'on Monday.\n', "en")
    assert said_by(b, "the party of the people") == set()


def test_a_name_modifying_a_text_s_noun_is_its_author_and_a_short_fronted_phrase_keeps_the_speaker_first() -> None:
    b = brief('Posts\n\nLena Dorn shared the text of a Piotr Halas tweet, changing its last line into a joke:\n\n'
              'The council promised to approve the march. If they lie, we will dance on the roof.\n\nIn fact, Halas '
              'had written: "If they lie, we will hold a press conference."\n', "en")
    assert next(a.kind for a in b.actors if a.name == "Piotr Halas") == "person"
    assert said_by(b, "we will hold a press conference") == {"piotr halas"}
    assert said_by(b, "we will dance on the roof") == {"lena dorn"}


def test_a_short_fronted_phrase_before_the_speaker_ends_the_passage_before() -> None:
    b = brief("Messages\n\nLena Dorn a repris un message de Piotr Halas en changeant sa dernière ligne :\n\nLe "
              "conseil a promis d'autoriser la marche. S'ils mentent, nous danserons sur le toit.\n\nEn réalité, "
              "Halas avait écrit : « S'ils mentent, nous tiendrons une conférence de presse. »\n", "fr")
    assert said_by(b, "nous tiendrons une conférence de presse") == {"piotr halas"}
    assert not any("En réalité" in q for q in quotes(b))


@pytest.mark.parametrize(("text", "language", "words"), [
    ('Law\n\nArgentina passed a new law on Monday. Ivo Helm, the bishop of Tarrow, criticised it.\n\n"Our nature is '
     'given at birth," the Argentine bishop said.\n', "en", "Our nature is given"),
    ("Loi\n\nL'Argentine a adopté une nouvelle loi lundi. Ivo Helm, l'évêque de Tarrow, l'a critiquée.\n\n« Notre "
     "nature est donnée à la naissance », a déclaré l'évêque argentin.\n", "fr", "Notre nature est donnée"),
])
def test_a_role_with_a_nationality_adjective_takes_up_its_holder(text: str, language: str, words: str) -> None:
    assert said_by(brief(text, language), words) == {"ivo helm"}


@pytest.mark.parametrize(("text", "language", "unsaid", "said"), [
    ("Bridge\n\nWhen the mayor talks of the bridge, the council conveniently forgets to mention that the bridge cost "
     "twice the budget. The governor did not forget to mention that the plan had been dropped.\n", "en",
     "the bridge cost twice", "the plan had been dropped"),
    ("Pont\n\nLe conseil a omis de préciser que le pont avait coûté le double. Le maire n'a pas oublié de rappeler que "
     "le projet était abandonné.\n", "fr", "le pont avait coûté", "le projet était abandonné"),
])
def test_what_one_fails_to_say_is_no_claim(text: str, language: str, unsaid: str, said: str) -> None:
    b = brief(text, language)
    assert said_by(b, unsaid) == set()
    assert len(said_by(b, said)) == 1


@pytest.mark.parametrize(("text", "language"), [
    ("Base\n\nShips sailed to the British island of Diego Garcia in the ocean. Britain expelled the citizens of Diego "
     "Garcia in 1966. The minister said the base was needed.\n", "en"),
    ("Base\n\nLes navires ont gagné l'île de Diego Garcia. Le Royaume-Uni a expulsé les habitants de Diego Garcia en "
     "1966. Le ministre a affirmé que la base était nécessaire.\n", "fr"),
])
def test_the_name_of_an_island_or_a_town_is_a_place_s(text: str, language: str) -> None:
    b = brief(text, language)
    assert not any("Garcia" in a.name for a in b.actors)
    assert not b.disagreements


def test_a_country_after_city_of_is_where_the_city_lies() -> None:
    b = brief("Pageant\n\nThe show took place in Kathmandu, the capital city of Nepal, on Friday. Sworup Rana said "
              "the contest was decided long before.\n", "en")
    assert not any(a.name == "Nepal" and a.kind == "person" for a in b.actors)
    assert said_by(b, "the contest was decided") == {"sworup rana"}


@pytest.mark.parametrize(("text", "words"), [
    ("Harvest\n\nCommenting on an article entitled 'Farmers Angry Over Lost Harvest In Velmar', Lena Dorn writes:\n\n"
     "The harvest was lost because of the rain, and the farmers know it.\n", "Farmers Angry Over"),
    ("Letter\n\nIvo Lenz, a member of United Velmar ('the party of power'), wrote a letter to the mayor on Monday.\n",
     "the party of power"),
])
def test_a_title_or_a_gloss_in_single_marks_is_no_claim(text: str, words: str) -> None:
    assert said_by(brief(text, "en"), words) == set()


def test_a_bill_is_no_person_and_its_name_no_body() -> None:
    b = brief("Water\n\nAs part of the reform, a Bill entitled the Velmar Water Authority Bill was released in "
              "October. Sections 10 to 15 of the Bill deal with prices. Lena Dorn said the reform was late.\n", "en")
    assert [a.name for a in b.actors] == ["Lena Dorn"]


@pytest.mark.parametrize(("text", "language", "words", "speaker"), [
    ("Podcast\n\nVelmar Youth Radio has launched a podcast workshop.\n\nFrom their blog post:\n\nDuring the first "
     "round of training, we focused on four topics, and the students improved fast.\n", "en", "we focused on four",
     "velmar youth radio"),
    ("Podcast\n\nLe projet Radio Jeunesse de Velmar a lancé un atelier de podcast.\n\nSur son site :\n\nPendant la "
     "première session, nous avons travaillé sur quatre thèmes, et les élèves ont vite progressé.\n", "fr",
     "nous avons travaillé", "radio jeunesse de velmar"),
])
def test_a_source_phrase_before_a_colon_introduces_its_owner_s_words(text: str, language: str, words: str,
                                                                     speaker: str) -> None:
    assert said_by(brief(text, language), words) == {speaker}


def test_a_question_ending_on_several_marks_is_no_claim() -> None:
    b = brief("Video\n\nA video of a soldier firing a gun went viral.\n\nSome Twitter reactions:\n\n@velmar_ivo: is "
              "this what soldiers do these days???\n\n@tarrow_ana: Shooting in a street is still a crime\n", "en")
    assert said_by(b, "is this what soldiers do") == set()
    assert said_by(b, "Shooting in a street") == {"@tarrow_ana"}


def test_one_name_announcing_words_taken_up_by_his_is_a_person_s() -> None:
    b = brief("Video\n\nA video of a soldier firing a gun went viral.\n\nRaihan wrote in his blog:\n\nAfter watching "
              "the video many times, I think the soldier lost his mind.\n", "en")
    assert next(a.kind for a in b.actors if a.name == "Raihan") == "person"
