"""Offline rules of round 55 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a form of address before a name (« M. X », "Mr X"), written anywhere in the article, is no title of that person's
  own: a definite title whose complement names a body (« le chef de file du groupe Y ») still takes up the person
  named without title next to it, rather than the body;
* a given name inside a longer proper name whose head is a noun of bodies (« Marine » in "the Eastern Shore Marine
  Alliance") opens no one's name, whether the recogniser tagged the name as a place's or not at all: the body's name
  starts at the first capitalised proper noun of the run, and so does a body's name the recogniser started late;
* a circumstance right after a charge that ends on a gerund, with no comma between ("accused Y of acting | without
  waiting for …"), goes with the gerund, the nearest head (late closure): it is part of what is said, though the
  parser hung it on the verb of saying;
* a capital whose name holds its article (« La Paz ») keeps it, in the recogniser's entity and in the gazetteer's
  scan: it stands for its state, as the capitals without one do.
Found by reading the engine's errors on the composed sets ``evals/composed/cu-*`` (English) and ``cv-*`` (French),
read, and on the older read sets; each fix stated in grammatical terms and tested here on sentences of my own.
"""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, quotes, said_by, said_by_any_name


@pytest.mark.parametrize(("text", "lang", "words", "speaker"), [
    ("Vote\n\nUne trahison, à en croire Paul Delorme. Le chef de file du groupe Avenir commun a dénoncé «\u00a0une "
     "manœuvre de dernière minute, préparée loin des regards\u00a0».\n\n«\u00a0M. Delorme exagère tout\u00a0», a "
     "répondu Luc Armand.\n", "fr", "une manœuvre de dernière minute", "paul delorme"),
    ("Vote\n\nThe vote was a betrayal, according to Paul Hale. The leader of the Common Future group condemned “a "
     "last-minute manoeuvre, prepared far from view”.\n\n“Mr Hale exaggerates everything,” replied Luke Arman.\n",
     "en", "a last-minute manoeuvre", "paul hale"),
])
def test_a_form_of_address_is_no_title_of_the_person_a_title_takes_up(text: str, lang: str, words: str,
                                                                       speaker: str) -> None:
    assert said_by(brief(text, lang), words) == {speaker}


@pytest.mark.parametrize(("text", "name"), [
    ("Dredging\n\nThe Eastern Shore Marine Alliance, a wildlife charity, went on to blame the county for the "
     "delay.\n", "Eastern Shore Marine Alliance"),
    ("Dredging\n\nFor the Kelby Bay Inshore Fishermen’s Association, the answer is plain. Its chairman, Rob Tate, "
     "said the boats would not survive.\n", "Kelby Bay Inshore Fishermen’s Association"),
    ("Dredging\n\nThe Merrigan Bay Professional Divers’ Association said the plan would fail.\n",
     "Merrigan Bay Professional Divers’ Association"),
])
def test_a_body_name_starts_at_the_first_proper_noun_of_its_run(text: str, name: str) -> None:
    assert [a.name for a in brief(text, "en").actors if a.kind == "organization"] == [name]


def test_a_circumstance_after_a_gerund_charge_belongs_to_the_charge() -> None:
    b = brief("Review\n\nCouncillor Maria Delgado was scathing. She accused the mayor of acting without waiting for "
              "the findings of a review the council itself had requested.\n", "en")
    assert quotes(b) == ["the mayor of acting without waiting for the findings of a review the council itself had "
                         "requested"]
    assert said_by(b, "without waiting") == {"maria delgado"}


def test_a_capital_keeps_its_own_article_and_stands_for_its_state() -> None:
    b = brief("Frontière\n\nLe Pérou a dénoncé une incursion. La Paz a rejeté vendredi ces accusations et dénoncé "
              "«\u00a0une manœuvre électorale\u00a0».\n", "fr")
    assert "la paz" in said_by_any_name(b, "manœuvre électorale")
    assert {a.kind for a in b.actors} == {"country"}
