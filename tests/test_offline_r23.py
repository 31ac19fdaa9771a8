"""Offline rules of round 23 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* an indefinite description introduces a referent of its own (``titles.indefinite``: a, an,
  another, one; un, une): "a federal appeals court ruled …" after "the Ostrava Basin Court" is
  another court, "A union said …" after "One union, the Harbour League," another union — not the body named
  before with the same noun, neither when actors are built nor when a speaker is resolved; a
  definite description still takes that body up ("the court"), and a spokes-noun still speaks for
  the body named before whatever its determiner ("a spokesperson told reporters …" after "the task
  force released a statement");
* a bare noun of a day or a moment (``grammar.time_nouns``: lundi, hier; Monday, yesterday) dates its
  clause, whatever the parser made of it: the predicate of a verb of qualifying is never one ("Le
  tribunal a jugé lundi que …" says what follows "que", not "lundi");
* an auxiliary of the perfect is a tense, no obligation (``oppose.obliged_heads``: have, has, had, need
  oblige only as the verb an infinitive hangs on, "Y has to resign"): "the minister had resigned", "while
  the survey's mission has ended" demand nothing of anyone, where "Y must resign" and "Y has to
  resign" demand that Y undo something, against Y."""

from __future__ import annotations

from tests.briefing_queries import brief, holders, said_by


def test_an_indefinite_court_is_another_court_en() -> None:
    b = brief("Ruling\n\nThe Ostrava Basin Court ruled on Monday that the levy on fishing boats was unlawful.\n\n"
              "On Tuesday, a federal appeals court said that the harbour board had broken the law.\n", "en")
    assert said_by(b, "the levy on fishing boats was unlawful") == {"ostrava basin court"}
    assert said_by(b, "the harbour board had broken the law") == {"federal appeals court"}
    assert holders(b, "a federal appeals court") == ["federal appeals court"]


def test_an_indefinite_union_is_another_union_en() -> None:
    b = brief("Docks\n\nOne union, the Harbour League, said the strike at the grain pier would go on.\n\n"
              "A union said later that talks with the port owners had resumed.\n", "en")
    assert said_by(b, "the strike at the grain pier would go on") == {"harbour league"}
    assert said_by(b, "talks with the port owners had resumed") == {"union"}
    assert "A union" not in {n for a in b.actors if a.name == "Harbour League" for n in a.aliases}


def test_an_indefinite_court_is_another_court_fr() -> None:
    b = brief("Jugement\n\nLe tribunal de Sarlenne a jugé que la taxe sur les bateaux de pêche était illégale.\n\n"
              "Mardi, un tribunal a estimé que le conseil du port avait enfreint la loi.\n", "fr")
    assert said_by(b, "la taxe sur les bateaux de pêche était illégale") == {"tribunal de sarlenne"}
    assert said_by(b, "le conseil du port avait enfreint la loi") == {"tribunal"}


def test_a_definite_description_still_takes_up_the_court() -> None:
    # the guard: "the court" after a named court is that court
    b = brief("Ruling\n\nThe Ostrava Basin Court ruled on Monday that the levy on fishing boats was unlawful.\n\n"
              "The court said the harbour board had ignored two warnings.\n", "en")
    assert said_by(b, "the harbour board had ignored two warnings") == {"ostrava basin court"}


def test_an_indefinite_spokesperson_speaks_for_the_body_before() -> None:
    # the guard: a spokes-noun is someone new, but speaks for the body named before
    b = brief("Strike\n\nOn Friday, the Coastal Relief Task Force released a statement about the flooded camp.\n\n"
              "A spokesperson told the Harbour Times the water had reached the clinic at about noon.\n", "en")
    assert said_by(b, "the water had reached the clinic") == {"coastal relief task force"}


def test_a_day_is_no_predicate_of_a_verb_of_qualifying() -> None:
    b = brief("Marché\n\nLe tribunal administratif de Sarlenne a jugé lundi que la fermeture du marché couvert "
              "était illégale.\n", "fr")
    assert said_by(b, "la fermeture du marché couvert était illégale") == {"tribunal administratif de sarlenne"}
    assert not any(e.quote.strip() == "lundi" for c in b.claims for e in c.evidence)


def test_a_predicate_after_the_object_is_still_qualifying() -> None:
    # the guard: "a jugé ce mouvement « injustifié »" keeps its object and predicate
    b = brief("Grève\n\nLa ministre Claire Ostal a jugé ce mouvement « injustifié ».\n", "fr")
    assert said_by(b, "injustifié") == {"claire ostal"}


def _sides(b: object) -> list[tuple[set[str], set[str]]]:
    out = []
    for d in b.disagreements:  # type: ignore[attr-defined]
        names = [{b.actor(a).name for a in side.actors} for side in d.sides]  # type: ignore[attr-defined]
        out.append((names[0], names[1]))
    return out


def test_a_perfect_tense_demands_nothing() -> None:
    b = brief("Port\n\nJana Orlek wrote that the harbour vote was a disgrace.\n\nThe Velmar Courier reported "
              "that Transport Minister Tom Vastel had resigned.\n\nProfessor Ida Brandt said that while the "
              "Coral Survey's mission has ended, its samples would be studied for years.\n", "en")
    assert _sides(b) == []


def test_a_modal_still_demands() -> None:
    # the guard: "must resign", "has to resign" demand that the minister undo something, against him
    b = brief("Port\n\nThe Velmar Courier said that Transport Minister Tom Vastel must resign.\n\n"
              "The Harbour Times wrote that Vastel has to resign.\n", "en")
    assert ({"Velmar Courier"}, {"Tom Vastel"}) in _sides(b)
    assert ({"Harbour Times"}, {"Tom Vastel"}) in _sides(b)
