"""Opposite views, round 16 (sentences written for the test, checked by tests/test_no_dev_sentences.py):

* a verb of opposition is against what it governs, whatever its preposition: "s'opposer au
  projet" stands against one who "soutient le projet" (the preposition "à" had counted as "for");
* a prefix that negates an adjective makes two claims of one subject contrary ("the factory is
  unsafe" / "the factory is safe", "la réforme est inopportune" / "la réforme est opportune",
  ``grammar.negative_prefixes``), also where the verb outside the claim predicates of its object
  ("X called the new tax illegal" / "the tax was legal");
* calling an act a trick or a manoeuvre judges it ("the date was a trick" / "the date was fair");
* an act told in the passive is its agent's: "X was fired by Y … the decision was unfair" is
  against Y;
* refusing to recognise someone's victory is a disagreement ("refused to recognise", "a refusé de
  reconnaître"), as refusing to back their plan;
* the parties to a clash are actors when a role, a body or a group names them ("clashed with the
  government", "se sont heurtés à la police")."""

from __future__ import annotations

from tests.briefing_queries import brief, opposed

_EN = "News\n\nThe week was calm.\n\n"
_FR = "Actualité\n\nLa semaine a été calme.\n\n"


def test_sopposer_a_stands_against_soutenir() -> None:
    b = brief(_FR + "Les habitants s'opposent au nouvel aéroport. Le maire, Paul Ward, soutient l'aéroport.\n", "fr")
    assert opposed(b, "habitants", "paul ward")


def test_two_who_oppose_one_thing_are_not_opposed() -> None:
    b = brief(_FR + "Les habitants s'opposent au nouvel aéroport. Le maire, Paul Ward, s'oppose aussi à "
              "l'aéroport.\n", "fr")
    assert b.disagreements == []


def test_a_negative_prefix_makes_claims_contrary() -> None:
    b = brief(_EN + "The union says the factory is unsafe. The company insists that the factory is safe.\n", "en")
    assert opposed(b, "union", "company")


def test_a_negative_prefix_makes_claims_contrary_in_french() -> None:
    b = brief(_FR + "Le syndicat CGT estime que la réforme est inopportune. La ministre Claire Dubois affirme "
              "que la réforme est opportune.\n", "fr")
    assert opposed(b, "cgt", "claire dubois")


def test_contrary_words_of_two_things_are_no_disagreement() -> None:
    b = brief(_EN + "The union says the factory is unsafe. The company says the bridge is safe.\n", "en")
    assert b.disagreements == []
    b = brief(_FR + "Le syndicat CGT estime que la réforme est inopportune. La ministre Claire Dubois affirme "
              "que le budget est opportun.\n", "fr")
    assert b.disagreements == []


def test_a_predicate_of_the_object_is_compared() -> None:
    b = brief(_EN + "Governor Lena Ortiz called the new tax illegal. Finance Minister Rui Alves said the tax was "
              "legal.\n", "en")
    assert opposed(b, "lena ortiz", "rui alves")


def test_calling_a_date_a_trick_judges_it() -> None:
    b = brief(_EN + "Opposition leader Hal Morrow said the election date was a trick. Prime Minister Pia "
              "Chalk said the date was fair.\n", "en")
    assert opposed(b, "hal morrow", "pia chalk")


def test_a_decision_done_in_the_passive_is_its_agents() -> None:
    # the one dismissed calls the decision unfair: against who dismissed, the passive's agent
    b = brief(_EN + "Governor Lena Ortiz was fired by President Ana Ruiz on Monday. Ortiz said the decision was "
              "unfair.\n", "en")
    assert opposed(b, "lena ortiz", "ana ruiz")


def test_refusing_to_recognise_a_victory_is_a_disagreement() -> None:
    b = brief(_EN + "The opposition Progressive Party refused to recognise the victory of President Ana Ruiz.\n", "en")
    assert opposed(b, "progressive party", "ana ruiz")
    b = brief(_FR + "Le Parti progressiste a refusé de reconnaître la victoire du président Ana Ruiz.\n", "fr")
    assert opposed(b, "parti progressiste", "ana ruiz")


def test_recognising_a_victory_is_none() -> None:
    b = brief(_EN + "The opposition Progressive Party recognised the victory of President Ana Ruiz.\n", "en")
    assert b.disagreements == []


def test_the_parties_to_a_clash_named_by_their_nouns() -> None:
    b = brief(_EN + "The farmers union clashed with the government over water prices.\n", "en")
    assert opposed(b, "farmers union", "government")
    b = brief(_FR + "Des manifestants se sont heurtés à la police à Dalen.\n", "fr")
    assert opposed(b, "manifestants", "police")
