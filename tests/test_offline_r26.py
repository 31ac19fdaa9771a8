"""Offline rules of round 26 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a source frame ("according to", "selon", "aux yeux de", "pour") naming people by a plural agent noun
  of no list ("according to shipowners, …", « selon les armateurs, … ») names who speaks, as the
  subject of a verb of saying does: a group; a frame's plural of words said or counted, which ends
  alike ("per the numbers"), names no one;
* the verb that holds someone to account (``oppose.accountable``: "accuse", « accuser ») charges its
  object with what its bare "of" complement names, which the parser may hang on the object or on a
  complement of it ("accused the opposition of scaremongering", « accuse la direction du port
  d'incompétence »): that complement, in lower case with no article or possessive, is no part of the
  accused's name; a complement with its article or a name ("the board of the port", "the mayor of
  Velmar") still is;
* a sentence ending with a colon before a quotation introduces it through the subject of the clause
  before the colon, also when the parser made the quotation's verb the sentence's root and hung that
  clause under it ('X remains cautious: "Nothing is decided."').
"""

from __future__ import annotations

from summarizer.schema import Briefing
from tests.briefing_queries import brief, said_by


def _names(b: Briefing) -> set[str]:
    return {a.name.lower() for a in b.actors}


def test_a_source_frame_names_people_by_an_agent_noun_en() -> None:
    b = brief("Velmar harbour\n\nAccording to shipowners, the new tax threatens the whole summer season.\n", "en")
    assert said_by(b, "the new tax threatens the whole summer season") == {"shipowners"}
    assert any(a.name.lower() == "shipowners" and a.kind == "group" for a in b.actors)


def test_a_source_frame_names_people_by_an_agent_noun_fr() -> None:
    b = brief("Le port de Velmar\n\nSelon les armateurs, la nouvelle taxe menace toute la saison d'été. "
              "Aux yeux des transporteurs, elle reste injuste.\n", "fr")
    assert said_by(b, "la nouvelle taxe menace toute la saison d'été") == {"armateurs"}
    assert said_by(b, "elle reste injuste") == {"transporteurs"}


def test_a_frame_of_numbers_names_no_one() -> None:
    b = brief("Velmar harbour\n\nPer the harbour numbers, some 4,000 lorries crossed the quay in May.\n", "en")
    assert "numbers" not in {n.split()[-1] for n in _names(b)}
    assert not said_by(b, "some 4,000 lorries crossed the quay in May")


def test_the_charge_of_an_accusation_is_no_part_of_the_name_en() -> None:
    b = brief("Velmar harbour\n\nOskar Thrane rejected the criticism, accusing the opposition of scaremongering. "
              "Greta Lindqvist accused the board of the port of incompetence.\n", "en")
    names = _names(b)
    assert "opposition" in names and "board of the port" in names
    assert not any("scaremongering" in n or "incompetence" in n for n in names)


def test_the_charge_of_an_accusation_is_no_part_of_the_name_fr() -> None:
    b = brief("Le port de Velmar\n\nOskar Thrane a rejeté ces critiques, accusant l'opposition d'alarmisme. "
              "Greta Lindqvist accuse la direction du port d'incompétence.\n", "fr")
    names = _names(b)
    assert "opposition" in names and "direction du port" in names
    assert not any("alarmisme" in n or "incomp" in n for n in names)


def test_a_colon_introduces_the_words_of_the_clause_before_it_en() -> None:
    b = brief('Velmar harbour\n\nAlma Brun remains cautious: "Nothing is decided."\n\n'
              'Tor Eng is more blunt: "It is a rumour."\n', "en")
    assert said_by(b, "Nothing is decided") == {"alma brun"}
    assert said_by(b, "It is a rumour") == {"tor eng"}


def test_a_colon_introduces_the_words_of_the_clause_before_it_fr() -> None:
    """The French parse already reads the clause before the colon as the sentence's: a guard."""
    b = brief("Le port de Velmar\n\nAlma Brun reste prudente : « Rien n'est décidé. »\n", "fr")
    assert said_by(b, "Rien n'est décidé") == {"alma brun"}
