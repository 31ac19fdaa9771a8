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
Found by reading the offline briefings of Global Voices posts (May 2012 export) that no eval split holds, each fix
stated in grammatical terms and tested here on sentences of my own.
"""

from __future__ import annotations

from tests.briefing_queries import brief, opposed

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
