"""Offline rules of round 17 (sentences written for the test, checked by
tests/test_no_dev_sentences.py):

* a verb of expression makes its noun object a saying, whatever the noun (profile
  ``verbs.expressing``): "X expressed gratitude for Y", "X voiced anger at Y", "X a manifesté sa
  solidarité avec Y"; with no clause of its own the state of mind is said with its noun and
  complements ("their anger at the closure"), a bare one not at all ("expressed regret",
  tests/test_offline_indirect_speech.py); with a clause ("hope that …") the clause is what is
  said; a noun of saying issued ("a émis un communiqué affirmant …") is a cue of its own."""

from __future__ import annotations

from tests.briefing_queries import brief, quotes_by, said_by


def test_a_state_of_mind_voiced_is_said_with_its_noun() -> None:
    b = brief("Mine\n\nThe court ruled on Monday.\n\nThe governor of the province, Hal Morrow, expressed "
              "disappointment with the ruling. Miners voiced their anger at the closure of the pit.\n", "en")
    assert quotes_by(b, "Hal Morrow") == ["disappointment with the ruling"]
    assert said_by(b, "their anger at the closure") == {"miners"}


def test_whatever_the_noun() -> None:
    b = brief("Mine\n\nThe court ruled on Monday.\n\nPia Chalk expressed her gratitude to the rescue teams "
              "and said that the pit would reopen.\n", "en")
    assert quotes_by(b, "Pia Chalk") == ["her gratitude to the rescue teams", "the pit would reopen"]


def test_a_clause_of_the_noun_is_what_is_said() -> None:
    b = brief("Mine\n\nThe court ruled on Monday.\n\nPia Chalk expressed hope that the pit would reopen in "
              "June.\n", "en")
    assert quotes_by(b, "Pia Chalk") == ["the pit would reopen in June"]


def test_un_etat_d_esprit_manifeste_est_dit() -> None:
    b = brief("Mine\n\nLe tribunal a statué lundi.\n\nLa ministre Ana Ruiz a manifesté sa solidarité avec les "
              "familles des mineurs. Les syndicats ont exprimé leur colère face à la fermeture du puits.\n", "fr")
    assert quotes_by(b, "Ana Ruiz") == ["sa solidarité avec les familles des mineurs"]
    assert said_by(b, "leur colère face à la fermeture") == {"syndicats"}


def test_un_communique_emis_parle_de_lui_meme() -> None:
    b = brief("Stade\n\nLe match a été annulé.\n\nLe FC Dalen a émis un communiqué affirmant que le stade "
              "resterait fermé jusqu'en mai.\n", "fr")
    assert quotes_by(b, "FC Dalen") == ["le stade resterait fermé jusqu'en mai"]
