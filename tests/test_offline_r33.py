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
  preposition and the clause hung under the quotation's verb).
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, said_by


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
