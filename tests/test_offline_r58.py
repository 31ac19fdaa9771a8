"""Offline rules of round 58 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a person's name the recogniser opens on a name particle in lower case ("dela Paz") lacks what the particle
  follows: the capitalised proper noun right before it, no title, is its given name ("Jorvan dela Paz"); and a
  chain that opens on a known given name and holds a particle before a word read as a person's name is one person's
  name even where the recogniser typed the given name as a place ("Marta dela Rosa").
Found by reading the actors the engine misses on the read half of ``evals/newsfolder`` (``ua-*``); stated in
grammatical terms and tested here on sentences of my own.
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, said_by


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Port\n\nJorvan dela Paz of the coast guard said the ferry was overloaded.\n", "en", "Jorvan dela Paz"),
    # a known given name the recogniser typed as a place, the surname after the particle a person's name
    ("Port\n\nMarta dela Rosa of the coast guard said the ferry was overloaded.\n", "en", "Marta dela Rosa"),
    # the French recogniser takes the given name in itself
    ("Port\n\nMarlo dela Cruz a déclaré que le ferry était surchargé.\n", "fr", "Marlo dela Cruz"),
])
def test_a_name_opening_on_a_particle_takes_the_given_name_before_it(text: str, lang: str, name: str) -> None:
    b = brief(text, lang)
    assert [a.name for a in b.actors] == [name]
    assert said_by(b, "overloaded" if lang == "en" else "surchargé") == {name.lower()}


def test_a_title_before_the_particle_is_no_given_name() -> None:
    b = brief("Port\n\nJudge dela Paz said the ferry was overloaded.\n", "en")
    assert not any(a.name.startswith("Judge") for a in b.actors)
