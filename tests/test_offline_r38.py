"""Offline rules of round 38 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a dash of one character that closes an incise a comma or a dash opened earlier in the sentence stands where a
  comma would ("On her blog, the activist Mara Lindqvist, who ran for the council twice - comments:"): where the
  tagger took the verb of saying after it for a noun, the line is parsed again with the dash read as a comma and
  the verb as a verb (a parse proxy), and the passage the colon opens is the speaker's (it had been no one's).
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, said_by


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_dash_closing_an_incise_before_a_verb_of_saying(dash: str) -> None:
    b = brief("Port\n\nOn her blog, the activist Mara Lindqvist, who ran for the city council twice " + dash
              + " comments:\nThe council has failed us. Nobody listened to the dockers before the vote.\n", "en")
    assert said_by(b, "Nobody listened to the dockers") == {"mara lindqvist"}


def test_a_french_incise_closed_by_a_dash_keeps_its_speaker() -> None:
    b = brief("Port\n\nSur son blog, la militante Lina Varo, qui a suivi le procès - note :\nLe conseil nous a "
              "abandonnés. Personne n'a écouté les dockers avant le vote.\n", "fr")
    assert said_by(b, "Personne n'a écouté les dockers") == {"lina varo"}
