"""Offline rules of round 33 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a role noun phrase after the verb of a clause, with a name in apposition after its comma ("X met the minister,
  Tom Vale, on Monday", « X a reçu le ministre de l'Intérieur, Tom Vale, lundi »), is that person's role, as it is
  when the phrase opens the sentence: "the minister" later takes the named minister up;
* a body's own noun (``institution_heads``: "the league", « le ministère ») takes up a body whose name holds it,
  never another body last named: « le ministère » after « la Ligue valdorienne » is another body, though French
  lists « ministère » among the nouns that speak for others (``spokes``);
* a definite phrase headed by such a noun speaks as the subject of a verb of saying ("The league said …"), as
  the nouns of ``org_nouns`` do;
* the subject of a clause all before a colon introduces the quotation after it, whatever word of the clause the
  parser hung it on (« Son collègue Tom Vale est d'accord : « … » », where the copula's predicate was read as a
  preposition and the clause hung under the quotation's verb);
* what runs to a colon only to say what the passage after it is about is no claim, the passage is: content opening
  on the word of an embedded question or a free relative (``grammar.wh_openers``: "X described what happened:", « X
  a raconté ce qui s'est passé : »), or a noun phrase with no verb that the colon ends its sentence after ("X
  suggested a possible solution:");
* a clause before a colon is never what a verb after the colon reports ("People reacted with anger: one student
  replied …"): the colon announces what follows it;
* a phrase right after a preposition left with no object of its own is that preposition's object, not the
  subject the parser made it of a participle of saying after it ("replied to the call to vote for the VPP saying
  that …": the one replying says it);
* a short quotation right after a participle of naming that qualifies a noun (``grammar.naming_participles``,
  "entitled", "titled", « intitulé ») is a title, no one's words; and a detached participle phrase opening the
  sentence runs on past such a quotation to its comma ('Commenting on an article entitled "…", X writes:');
* a body the recogniser names with a country's name first and proper nouns of its own after it (no title, date,
  place, nationality or first name: "Chile Energy", "Chile Daily Voice") is that body, no state;
* a paragraph written mostly in another script than the article's (over half its letters not Latin) is in another
  language, however few words its tokenizer parted (Chinese and Japanese set no spaces): a post quoted in its own
  language, whose translation after it is the same speaker's words;
* a name particle that is also a given name ("Al", "Abu") after a capitalised word opens no name of its own: it
  goes on the name that word opens, when that word is a given name or the recogniser's person's name ("Law graduate
  Jawad Al Haddad", "Badri Al Sayegh"), not a word of someone's quoted words; and a name such a particle opens
  that the recogniser reads as a body's ("Al Jazeera") is no person's;
* words in another language than the article's after a paragraph of the writer's that ends with no colon are
  quoted all the same (a writer never narrates in another language): the words of whom that paragraph first names
  as speaking, and so is the translation after them (a credit line, a short foreign name or phrase, is no such
  passage);
* such a passage is introduced by the first sentence of that paragraph that names someone who may speak, a
  subject that is an actor with no verb of saying too ("X used the joke to mock the mayor's tears.");
* a capitalised quotation after the determined common noun of a body ('the opposition movement "The Civic
  Front,"', 'the blog "Notes From 2310"') or after the name it completes ('the University of Velmar "Camilo
  Ruiz,"', four words at most) is a name, no one's words;
* a noun phrase headed by a thing shown, not said (``grammar.shown_things``: "tweeted a very graphic photo of …",
  « a publié une vidéo de … »), is no content of a verb of saying;
* the noun of who posts opening a name written before a link's language tag, with its article and a comma, is
  no part of the name ("Blogger happydsf [id]", "Another blogger, Tototapalnise [id]"): a person's account;
* plants and restaurants are no agents, though they end as agents do (``agent_exclude``: "the problems caused by
  nuclear power plants" names no group);
* a verb of attack coordinated with a verb that has an object shares that object ("police attacked and beat
  protesters", « la police a chargé et frappé les manifestants »): the conjunct is no clause it denies, and the
  verb no bare denial answering the last speaker (the writer of the passage it is in);
* a thing named apart by a name among its modifiers ("the ill-fated Velmar nuclear plant of Japan") is not the
  thing of that kind someone opposes ("the nuclear plant"): its owner is no party to that opposition;
* a definite role noun right after an indefinite phrase with the same head noun, in its sentence or the one before
  ("A guest blogger at X remembers … The blogger blames …", « Une habitante du quartier raconte … L'habitante
  dénonce … »), takes up the one just introduced, not the last speaker;
* the name of who is told that the parser ran into the subject of the clause told ("X told The Velmar Courier radio
  broadcasts were used …": a proper name's run before the common noun heading that subject) is no part of what
  was said;
* a quotation glossing a name in parentheses ('Movimiento Sin Miedo ("Movement without Fear")') or a capitalised
  one that is itself the noun of its phrase, right after the article ('the "Latin American Boom"'), is a name;
* a surname with its particle that the recogniser took for a body's name ("El Gizawy" after "Samir El Gizawy")
  is the person named in full, as a lone surname is;
* a coordinated verb takes the subject it agrees with in number only ("Unions reject the law that attempts … and
  also proposes …": "proposes" is not the unions', whatever the parser hung it on);
* a verb of qualifying's object that the parser read as a noun's complement with no preposition is its object
  still, and the adjective after it its predicate (« X juge la réforme « inacceptable » »);
* a relative clause on the noun of a state of mind voiced ("expressed the concerns that many parents share") only
  says which: no content (its relative word is a pronoun, a completive clause's a conjunction); and a verb of
  such a relative clause before a colon never introduces the passage after it, the main clause's speaker does.
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import profile
from tests.briefing_queries import brief, quotes, said_by
from tests.test_offline_actor_linguistics import _table


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "Ana Lirio, the union leader, met the minister, Tom Vale, on Monday. The minister said the reform would "
           "go ahead.\n", "the reform would go ahead"),
    ("fr", "Ana Lirio, la dirigeante du syndicat, a reçu le ministre de l'Intérieur, Tom Vale, lundi. Le ministre a "
           "assuré que la réforme serait maintenue.\n", "la réforme serait maintenue"),
])
def test_a_role_before_an_apposed_name_after_a_verb(language: str, text: str, words: str) -> None:
    b = brief("Reform\n\n" + text, language)
    assert said_by(b, words) == {"tom vale"}
    assert not any(a.name.lower() in {"minister", "ministre"} for a in b.actors)


@pytest.mark.parametrize(("language", "text", "words", "speaker"), [
    ("fr", "La Ligue valdorienne et le ministère se sont réunis lundi. Le ministère a indiqué que les discussions "
           "avaient échoué.\n", "les discussions avaient échoué", "ministere"),
    ("en", "The Valdor League and the ministry met on Monday. The ministry said the talks had failed.\n",
     "the talks had failed", "ministry"),
])
def test_a_body_noun_takes_up_no_other_body(language: str, text: str, words: str, speaker: str) -> None:
    b = brief("Talks\n\n" + text, language)
    assert said_by(b, words) == {speaker}


@pytest.mark.parametrize(("language", "text", "words", "body"), [
    ("en", "The Valdor League met the ministry on Monday. The league said progress had been made.\n",
     "progress had been made", "valdor league"),
    ("fr", "La Ligue valdorienne a rencontré les syndicats lundi. La ligue a indiqué que des progrès avaient été "
           "faits.\n", "des progrès avaient été faits", "ligue valdorienne"),
])
def test_a_body_taken_up_by_its_head_noun_speaks(language: str, text: str, words: str, body: str) -> None:
    b = brief("Talks\n\n" + text, language)
    assert said_by(b, words) == {body}


@pytest.mark.parametrize(("language", "text", "words"), [
    ("fr", "Lina Marsh, enseignante, a parlé la première. « Nous ne pouvons pas vivre avec ces salaires », a-t-elle "
           "déclaré. Son collègue Tom Vale est d'accord : « Personne ne nous écoute. »\n", "Personne ne nous écoute"),
    ("en", "Lina Marsh, a teacher, spoke first. \"We cannot live on these wages,\" she said. Her colleague Tom Vale "
           "agreed: \"Nobody listens to us.\"\n", "Nobody listens to us"),
])
def test_the_subject_before_a_colon_introduces_the_quotation(language: str, text: str, words: str) -> None:
    b = brief("Wages\n\n" + text, language)
    assert said_by(b, words) == {"tom vale"}


@pytest.mark.parametrize(("language", "text", "announced", "passage"), [
    ("en", "Online activist Lina Marsh described what happened on the morning of the vote:\n\nPolice beat the "
           "protesters and arrested dozens of them.\n", "what happened", "Police beat the protesters"),
    ("en", "Lina Marsh suggested a possible solution:\n\nThe council should buy the land and rent it to young "
           "farmers.\n", "a possible solution", "The council should buy the land"),
    ("fr", "La militante Lina Marsh a raconté ce qui s'est passé le matin du vote :\n\nLa police a frappé les "
           "manifestants et en a arrêté des dizaines.\n", "ce qui s'est passé", "La police a frappé"),
    ("fr", "Lina Marsh propose une solution :\n\nLa mairie devrait acheter les terres et les louer aux jeunes "
           "agriculteurs.\n", "une solution", "La mairie devrait acheter"),
])
def test_words_that_announce_a_passage_are_no_claim(language: str, text: str, announced: str, passage: str) -> None:
    b = brief("Vote\n\n" + text, language)
    assert said_by(b, passage) == {"lina marsh"}
    assert not [q for q in quotes(b) if q.startswith(announced)]


@pytest.mark.parametrize(("text", "said"), [
    ("People reacted with anger: one student replied to the minister on Twitter.", None),
    ("People reacted with anger: one student replied that the new fees were illegal.", "the new fees were illegal"),
])
def test_a_clause_before_a_colon_is_not_what_a_verb_after_it_said(text: str, said: str | None) -> None:
    b = brief("Fees\n\n" + text + "\n", "en")
    assert not [q for q in quotes(b) if "reacted with anger" in q]
    if said is not None:
        assert said_by(b, said) == {"student"}


def test_a_prepositions_object_is_no_subject_of_a_participle() -> None:
    b = brief("Vote\n\nOne user replied to the call to vote for the VPP saying that \"even the mayor got a text "
              "message from them.\"\n", "en")
    assert said_by(b, "even the mayor got a text message") == {"user"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Commenting on an article entitled \"Farmers Angry Over Prices\", Lina Marsh writes:\n\nThe prices are "
           "too low. Nobody can live on them.\n"),
    ("en", "Lina Marsh read a post entitled \"Farmers Angry Over Prices\" and wrote:\n\nThe prices are too low. Nobody "
           "can live on them.\n"),
])
def test_a_title_after_a_naming_participle_is_no_ones_words(language: str, text: str) -> None:
    b = brief("Prices\n\n" + text, language)
    assert said_by(b, "The prices are too low") == {"lina marsh"}
    assert not [q for q in quotes(b) if "Farmers Angry" in q]


def test_a_body_named_after_its_state_is_no_state() -> None:
    b = brief("Waste\n\nVillagers were angry with the owner company Chile Energy's broken promise to move the "
              "waste.\n\nA reporter from Chile Daily Voice listed the demands:\n\nThe waste should be moved out of "
              "the valley immediately.\n", "en")
    names = {a.name: a.kind for a in b.actors}
    assert names.get("Chile Energy") == "organization" and "Chile" not in names
    assert said_by(b, "promise to move the waste") == {"chile energy"}
    assert said_by(b, "The waste should be moved") == {"chile daily voice"}


_ZH = "因为选择最终地点的程序太漫长，" "而且把废料运到国外处理的计划也失败了。"  # composed for the test
_KO = "최종 부지를 고르는 절차가 너무 길고 " "폐기물을 해외로 보내는 계획도 실패했다."
_EN = "It takes a long time to choose a final site, and the plan to ship the waste abroad failed."
_FR = "Le choix d'un site définitif prend beaucoup de temps, et le projet d'envoyer les déchets à l'étranger a échoué."


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", f"Blogger Lina Marsh explained the delay:\n\n{_ZH}\n\n{_EN}\n", "It takes a long time"),
    ("en", f"Blogger Lina Marsh explained the delay:\n\n{_KO}\n\n{_EN}\n", "It takes a long time"),
    ("fr", f"La blogueuse Lina Marsh explique le retard :\n\n{_ZH}\n\n{_FR}\n", "Le choix d'un site définitif"),
])
def test_a_translation_after_a_post_in_another_script(language: str, text: str, words: str) -> None:
    b = brief("Waste\n\n" + text, language)
    assert said_by(b, words) == {"lina marsh"}


@pytest.mark.parametrize(("text", "name"), [
    ("Law graduate Jawad Al Haddad commented:\n\nI do not understand the purpose of this day.\n", "Jawad Al Haddad"),
    ("Badri Al Sayegh criticized the liberals saying:\n\nThey say nothing about poverty.\n", "Badri Al Sayegh"),
])
def test_a_given_name_before_a_particle_opens_the_name(text: str, name: str) -> None:
    b = brief("Liberals\n\n" + text, "en")
    persons = [a for a in b.actors if a.kind == "person"]
    assert [a.name for a in persons] == [name]
    assert said_by(b, "day" if "day" in text else "poverty") == {name.lower()}


def test_a_body_name_opening_on_a_particle_is_no_person() -> None:
    b = brief("Liberals\n\nOmar Haddad quoted Al Jazeera talk show host Faisal Al Qassem who apparently said: "
              "\"I laugh when I see it.\"\n", "en")
    kinds = {a.name: a.kind for a in b.actors}
    assert kinds.get("Al Jazeera") != "person"
    assert said_by(b, "I laugh when I see it") == {"faisal al qassem"}


_KO2 = "경찰은 정말 부끄럽지 않은가. 우리는 그 진행자들이 자랑스럽다. 그들은 경찰이 해야 할 일을 모두 했다."
_ZH2 = ("警察难道不感到羞愧吗？他们做了警察本来应该做的所有工作。我们为这些主持人感到骄傲，" "他们勇敢地站在警察面前，"
        "我们会一直支持他们。")


@pytest.mark.parametrize("original", [_KO2, _ZH2])
def test_a_post_in_another_language_after_narration_is_quoted(original: str) -> None:
    b = brief("Podcast\n\nAnother Twitter user, Lina Marsh, criticized the police for questioning the hosts of the "
              "show. It is ironic that the commission itself asked for the inquiry.\n\n" + original + "\n\nAre you "
              "police not ashamed? The hosts did all the work the police should have done.\n", "en")
    assert said_by(b, original[:10]) == {"lina marsh"}
    assert said_by(b, "The hosts did all the work") == {"lina marsh"}


def test_a_credit_line_after_narration_is_no_quoted_post() -> None:
    b = brief("Ruling\n\nThe judge said the suit was dismissed.\n\n– Judge Victor Amrane Lesko, Decision and Order "
              "of the District Court\n", "en")
    assert not [q for q in quotes(b) if "Decision and Order" in q]


@pytest.mark.parametrize("text", [
    "The teacher Lina Marsh expressed the concerns that many parents share about the closing:",
    "The teacher Lina Marsh expressed the misgivings that many parents must have been feeling about the closing:",
])
def test_a_relative_clause_on_a_voiced_noun_is_no_content(text: str) -> None:
    b = brief("School\n\n" + text + "\n\nWe cannot accept a village without a school.\n", "en")
    assert said_by(b, "We cannot accept a village") == {"lina marsh"}
    assert not [q for q in quotes(b) if q.startswith("many parents")]


_RU = "Вчера это была не слеза, а обычная вода. Мэр чувствовал свой конец, и мы сможем приблизить его вместе."


def test_a_post_in_another_language_after_an_actor_subject() -> None:
    b = brief("Tears\n\nLina Marsh, leader of the Civic Front, used the joke to mock the mayor's tears after the "
              "vote.\n\n" + _RU + "\n\nYesterday it was not a tear but plain water. He felt his end coming.\n", "en")
    assert said_by(b, _RU[:12]) == {"lina marsh"}
    assert said_by(b, "it was not a tear") == {"lina marsh"}



def test_a_qualified_object_read_as_a_complement() -> None:
    b = brief("Réforme\n\nLina Marsh juge la réforme « inacceptable ».\n", "fr")
    assert said_by(b, "inacceptable") == {"lina marsh"}


@pytest.mark.parametrize(("text", "name"), [
    ("More than 60 bloggers spent two days sharing their experiences at the University of Velmar \"Camilo Ruiz,\" "
     "east of the capital.", "Camilo Ruiz"),
    ("On this topic, the author of the blog \"Notes From 2310\" Lina Marsh pointed out later:\n\nThe choice of "
     "guests is always partial.", "Notes From 2310"),
    ("Tom Vale, leader of the opposition movement \"The Civic Front,\" said the vote was rigged.", "The Civic Front"),
])
def test_a_name_in_quotation_marks_is_no_ones_words(text: str, name: str) -> None:
    b = brief("Bloggers\n\n" + text + "\n", "en")
    assert not [q for q in quotes(b) if name in q]
    assert quotes(b) or "Camilo" in name


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Lina Marsh tweeted a very graphic photo of the soldiers killed in the blast, and Tom Vale posted a link to "
           "a video of the parade."),
    ("fr", "Lina Marsh a publié une vidéo de l'explosion sur Twitter."),
])
def test_a_thing_shown_is_no_claim(language: str, text: str) -> None:
    b = brief("Blast\n\n" + text + "\n", language)
    assert quotes(b) == []


@pytest.mark.parametrize(("text", "name"), [
    ("But many people disagreed. Blogger happydsf [id], voices his concern:", "happydsf"),
    ("Another blogger, Tototapalnise [id], tries to understand the message:", "Tototapalnise"),
])
def test_the_noun_of_who_posts_is_no_part_of_a_name(text: str, name: str) -> None:
    b = brief("Mosques\n\n" + text + "\n\nThe statement is a soft warning for all of us.\n", "en")
    assert [(a.name, a.kind) for a in b.actors] == [(name, "person")]
    assert said_by(b, "soft warning") == {name.lower()}


def test_plants_are_no_agents() -> None:
    p = profile("en")
    assert not p.is_agent_plural("plants") and not p.is_agent_plural("restaurants")
    assert p.is_agent_plural("protestants") and p.is_agent_plural("participants")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Lina Marsh, an activist, described the morning:\n\nPolice then attacked and beat protesters as they tried "
           "to escape. Dozens were arrested."),
    ("fr", "La militante Lina Marsh a décrit la matinée :\n\nLa police a ensuite chargé et frappé les manifestants qui "
           "tentaient de fuir. Des dizaines ont été arrêtés."),
])
def test_an_attack_with_a_shared_object_answers_no_one(language: str, text: str) -> None:
    b = brief("Sit-in\n\n" + text + "\n", language)
    assert b.disagreements == []
    assert said_by(b, "attacked" if language == "en" else "chargé") == {"lina marsh"}


def test_a_thing_named_apart_is_not_the_one_opposed() -> None:
    b = brief("Plant\n\nActivists fear the new plant may share the weaknesses of the ill-fated Velmar nuclear plant of "
              "Japan. Villagers who oppose the nuclear plant have collected signatures against it.\n", "en")
    assert b.disagreements == []
    assert said_by(b, "the nuclear plant") >= {"villagers"}


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "Mayor Lina Marsh said:\n\nWe will do everything to rehouse the families.\n\nA guest blogger at Valdor "
           "Voices remembers going to cinemas with family. The blogger blames the distributors for the lack of "
           "viewers:\n\nNow we do not watch movies in theaters with family.", "Now we do not watch movies"),
    ("fr", "La maire Lina Marsh a réagi :\n\nNous ferons tout pour reloger les familles.\n\nUne habitante du quartier "
           "raconte sa nuit passée dehors. L'habitante dénonce la lenteur des secours :\n\nPersonne n'est venu "
           "avant six heures du matin.", "Personne n'est venu"),
])
def test_a_description_takes_up_the_one_just_introduced(language: str, text: str, words: str) -> None:
    b = brief("Night\n\n" + text + "\n", language)
    assert said_by(b, words) and "lina marsh" not in said_by(b, words)


def test_who_is_told_is_not_what_was_told() -> None:
    b = brief("Tanker\n\nLena Ortiz, a port official, on Tuesday told The Velmar Courier radio broadcasts were being "
              "used to warn other vessels.\n", "en")
    assert quotes(b) == ["radio broadcasts were being used to warn other vessels"]


@pytest.mark.parametrize(("text", "name"), [
    ("Luis Vega, the mayor, is a member of Movimiento Sin Miedo (\"Movement without Fear\" in Spanish), a party that "
     "opposes the MAS (\"Movement for Socialism\").", "Movement"),
    ("Lina Marsh was part of the writers from the \"Latin American Boom\", and she said the prize was deserved.",
     "Latin American Boom"),
])
def test_a_gloss_or_a_named_phrase_is_no_ones_words(text: str, name: str) -> None:
    b = brief("Names\n\n" + text + "\n", "en")
    assert not [q for q in quotes(b) if name in q]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The lawyer Samir El Gizawy was arrested on arrival. El Gizawy said the charges were invented."),
    ("fr", "L'avocat Samir El Gizawy a été arrêté à son arrivée. El Gizawy a affirmé que les accusations étaient "
           "inventées."),
])
def test_a_surname_with_its_particle_taken_for_a_body_is_the_person(language: str, text: str) -> None:
    table = _table(language, text, [("Samir El Gizawy", "person", 0), ("El Gizawy", "organization", 1)])
    assert [(a.name, a.kind) for a in table.actors] == [("Samir El Gizawy", "person")]


@pytest.mark.parametrize(("language", "text", "said"), [
    ("en", "Transport unions reject the recently passed Transport Law that attempts to deal with the chaotic traffic "
           "and also proposes a network of public buses.", None),
    ("en", "The unions rejected the law and said it was unfair.", "it was unfair"),
    ("fr", "Les syndicats rejettent la loi et affirment qu'elle est injuste.", "elle est injuste"),
])
def test_a_conjunct_takes_the_subject_it_agrees_with(language: str, text: str, said: str | None) -> None:
    b = brief("Transport\n\n" + text + "\n", language)
    assert not [q for q in quotes(b) if "network of public buses" in q]
    if said is not None:
        assert said_by(b, said) == {"unions" if language == "en" else "syndicats"}
