"""Offline rules of round 34 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a final stop glued to the capitalised word after it, where a space between two sentences was left out, is a
  token of its own and ends its sentence (« … cela ».Pour le syndicat, …: the French rules kept ".Pour" one word,
  which ran the frame of the second sentence into the quotation of the first);
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
