"""Offline rules of round 40 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a prefix a hyphen joins to a word (``parsing.joined``: "co-chairman", "vice-president", "ex-minister") makes one
  word with it: English rules cut it in three tokens, which the parser read as three nouns ("The vice-president,
  Ana Roy, said …" had two subjects and no speaker); "co" is a prefix of another office (``titles.other_office``);
  a capitalised common noun the prefix opens ("Co-developer") is no word of the name after it, and a bare
  infinitive right after an incise's verb is a noun the tagger misread ("…," said study co-author X: X speaks);
* a state or body a claim's judgement is said of, as the subject of its predicate or the possessor of that subject
  ("Iran had betrayed the revolution", "Iran's leaders were corrupt"), is the other side, though only named in
  someone's words (a name inside the subject, "the situation in Syria", is where, not who);
* no word of judgement folds into a function word: « sûr » (positive) was read as « sur », « outré » as « outre »;
* from a helper's battery of English attribution items (read): a circumstance opening the sentence whose preposition
  the parser read as an adjective ("Outside court, X's lawyer, Jane Roe, read a statement:") is no speaker, the
  apposition after its comma is; a relative clause with a subject of its own inside a report ("repairs that the
  tenants had refused to allow") is the report's words, unless it reports a clause of its own ("which the ministry
  says has cost …"); "-holders" are people ("shareholders say …"); "he" takes up a body that spoke through its
  spokesman as it would the spokesman;
* from a second such battery (read once the first was done; a third, not read, as a check): a present participle
  set off after the main clause has the main verb's subject, not the one of an infinitive the parser hung it on
  ("X ordered the envoy to leave, accusing his staff of spying": X accuses); galleries, arenas, theatres,
  libraries … are bodies that speak (``titles.facilities``, ``titles.buildings``), and a building's noun with its
  determiner is an incise's inverted subject as a body's is (« …, a indiqué le musée Ashcombe », « …, a indiqué
  l'hôpital »: the tests' sentences, composed after a probe of the battery's English « the gallery announced »).
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from tests.briefing_queries import brief, opposed, said_by


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Liam Fox, the party's co-chairman, spoke in Leeds on Monday.\n\nThe co-chairman said Tony Marle had broken "
     "every promise he made.\n", "liam fox", "had broken every promise"),
    ("The vice-president, Ana Roy, said the budget was a fraud from start to finish.\n", "ana roy",
     "the budget was a fraud"),
    ("The firm's co-founder, Mark Bellweather, told reporters the merger was dead.\n", "mark bellweather",
     "the merger was dead"),
])
def test_a_role_a_prefix_joins_by_a_hyphen_is_one_word(text: str, speaker: str, words: str) -> None:
    # English rules cut "co-chairman" in three tokens, the parser made three nouns of them
    b = brief("Pledges\n\n" + text, "en")
    assert said_by(b, words) == {speaker}


def test_a_common_noun_a_joined_prefix_opens_is_no_part_of_a_name() -> None:
    b = brief("Coatings\n\nCo-developer Jing Wendt described the coating as slippery and cheap to make.\n", "en")
    assert [a.name for a in b.actors] == ["Jing Wendt"]


def test_a_bare_infinitive_after_an_incise_verb_is_a_noun_misread() -> None:
    # the tagger read "study" as a verb once "co-author" was one word; the name after it speaks
    b = brief("Shelves\n\n\"Warm water is attacking the shelves at their weakest points,\" said study co-author "
              "Karen Alvestad.\n", "en")
    assert said_by(b, "Warm water is attacking the shelves") == {"karen alvestad"}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_word_of_judgement_folds_into_a_function_word(language: str) -> None:
    # the rules read words folded (no accents): « sûr » read as the preposition « sur » made every French claim
    # with « sur » a claim for something, and « outré » read « outre »
    import tomllib
    from importlib import resources

    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

    stops = {w.lower() for w in (FRENCH if language == "fr" else ENGLISH)}
    data = tomllib.loads(resources.files("summarizer.data.lang").joinpath(f"{language}.toml").read_text("utf-8"))
    # (the whole words of judgement; the lists of verb stems are read on verbs only)
    words = [w for key in ("words", "positive", "adjectives", "nouns") for w in data["oppose"][key]]
    assert words
    assert [w for w in words if fold(w) != w.lower() and fold(w) in stops and w.lower() not in stops] == []


def test_a_french_claim_with_sur_is_not_for_what_it_names() -> None:
    b = brief("Tensions\n\nAna Roy a affirmé que le Kremlin avait menti sur la guerre.\n", "fr")
    assert opposed(b, "ana roy", "kremlin")


@pytest.mark.parametrize(("language", "sentence", "judged"), [
    ("en", "Ana Roy said Iran had betrayed the revolution.", "iran"),
    ("en", "Ana Roy said Iran's leaders were corrupt and had lied for years.", "iran"),
    ("en", "The blogger Ana Roy wrote that the Kremlin had misled the public about the war.", "kremlin"),
    ("fr", "Ana Roy a affirmé que l'Iran avait trahi la révolution.", "iran"),
    ("fr", "La blogueuse Ana Roy a écrit que la Russie avait trompé ses voisins.", "russie"),
])
def test_a_state_a_judgement_is_said_of_is_the_other_side(language: str, sentence: str, judged: str) -> None:
    b = brief("Tensions\n\n" + sentence + "\n", language)
    assert opposed(b, "ana roy", judged)


@pytest.mark.parametrize(("language", "sentence", "place"), [
    ("en", "Ana Roy said the situation in Syria was dangerous for the villagers.", "syria"),
    ("fr", "Ana Roy a affirmé que la situation en Syrie était dangereuse pour les villageois.", "syrie"),
])
def test_a_state_inside_the_subject_judged_is_where_not_who(language: str, sentence: str, place: str) -> None:
    b = brief("Tensions\n\n" + sentence + "\n", language)
    assert not opposed(b, "ana roy", place)


def test_a_circumstance_opening_the_sentence_is_no_speaker() -> None:
    # the parser read "Outside" as an adjective of "court", made "court" the subject and the lawyer its apposition
    b = brief("Trial\n\nProsecutor Ivo Lamarck told the jury at Dunmere Crown Court that the defendant had taken "
              "cash.\n\n"
              "Outside court, Mr Lamarck\u2019s lawyer, Dana Whitlock, said:\n\n"
              "\u201cMy client has served this town for thirty years. He will answer every allegation.\u201d\n", "en")
    assert said_by(b, "My client has served this town") == {"dana whitlock"}


def test_a_relative_clause_with_its_own_subject_stays_in_the_report() -> None:
    b = brief("Flats\n\nThe landlord's lawyer, Otto Brennik, said his client had paid for repairs that the tenants had "
              "refused to allow.\n", "en")
    assert said_by(b, "repairs that the tenants had refused to allow") == {"otto brennik"}


def test_a_relative_clause_that_reports_a_clause_is_its_speakers() -> None:
    b = brief("Leaflets\n\nSenator Ilse Varga condemned the leaflet, which the Foreign Office says has cost about "
              "2,500 crowns to print and deliver.\n", "en")
    assert "foreign office" in said_by(b, "has cost about 2,500 crowns")


def test_holders_are_people_who_speak() -> None:
    b = brief("Fees\n\nLeaseholders in the Hollin district say they will withhold payments until the fee rise is "
              "reversed.\n", "en")
    assert said_by(b, "they will withhold payments") == {"leaseholders"}


def test_he_takes_up_the_body_that_spoke_through_its_spokesman() -> None:
    b = brief("Schools\n\nVelmar District Council will vote on the merger in June. A spokesman for the council said no "
              "date had been set. \"We want to hear from every family first,\" he said.\n", "en")
    assert said_by(b, "no date had been set") == {"velmar district council"}
    assert said_by(b, "We want to hear from every family first") == {"velmar district council"}


def test_a_participle_after_the_main_clause_has_its_subject() -> None:
    # the parser hung "accusing" on the infinitive "to leave", which the envoy is said of
    b = brief("Envoy\n\nThe government ordered the ambassador, Piet Valkonen, to leave within 72 hours, accusing "
              "embassy staff of spying on military sites.\n", "en")
    assert said_by(b, "embassy staff of spying on military sites") == {"government"}


@pytest.mark.parametrize(("language", "text", "speaker", "words"), [
    ("en", "The Ashcombe Gallery will return six carved masks to Temua, the gallery said on Wednesday.\n",
     "ashcombe gallery", "will return six carved masks"),
    ("en", "The Corvel Arena said in a post on Instagram that the show had been called off on medical advice.\n",
     "corvel arena", "the show had been called off"),
])
def test_a_gallery_or_an_arena_is_a_body_that_speaks(language: str, text: str, speaker: str, words: str) -> None:
    b = brief("Masks\n\n" + text, language)
    assert said_by(b, words) == {speaker}


@pytest.mark.parametrize("text", [
    "Six masques seront rendus à Temua, a indiqué le musée Ashcombe.\n",
    "Deux services fermeront le mois prochain, a indiqué l'hôpital.\n",
])
def test_a_building_that_houses_a_body_speaks_inverted_in_an_incise(text: str) -> None:
    b = brief("Musée\n\n" + text, "fr")
    assert len(b.claims) == 1 and [a.kind for a in b.actors] == ["organization"]
