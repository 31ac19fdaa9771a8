"""Offline rules of round 40 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a prefix a hyphen joins to a word (``parsing.joined``: "co-chairman", "vice-president", "ex-minister") makes one
  word with it: English rules cut it in three tokens, which the parser read as three nouns ("The vice-president,
  Ana Roy, said …" had two subjects and no speaker); "co" is a prefix of another office (``titles.other_office``);
  a capitalised common noun the prefix opens ("Co-developer") is no word of the name after it, and a bare
  infinitive right after an incise's verb is a noun the tagger misread ("…," said study co-author X: X speaks).
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, said_by


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
