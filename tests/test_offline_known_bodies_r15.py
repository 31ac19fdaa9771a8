"""International and non-governmental bodies known by name, round 15 (sentences written for the
test, checked by tests/test_no_dev_sentences.py): the gazetteer's ``[bodies]`` names each such
body with its acronyms and its names in both languages, so that whichever spelling an article
uses is one organisation; a known body keeps its name against a chain opening on a first name
("Red Cross") and against the recogniser's span when that span adds only an article ("The Red
Cross"); an acronym written in lower case is no body ("Who will pay …", "Pam Rivers")."""

from __future__ import annotations

from summarizer.schema import Briefing
from tests.briefing_queries import brief, said_by

_EN = ("Aid stalls in Corvia\n\nUNICEF said that two million children in Corvia needed food aid. The Red Cross "
       "said the convoy had been attacked near Dalen. Save the Children warned that schools would stay closed. "
       "The WHO said cholera cases were rising.\n")
_FR = ("L'aide bloquée en Corvie\n\nLa Croix-Rouge a indiqué que le convoi avait été attaqué près de Dalen. "
       "Médecins sans frontières a averti que les hôpitaux manquaient de tout.\n")


def _actor(b: Briefing, name: str) -> tuple[str, set[str]]:
    a = next(a for a in b.actors if a.name == name)
    return a.kind, set(a.aliases)


def test_known_bodies_are_organisations_with_their_other_names() -> None:
    b = brief(_EN, "en")
    assert _actor(b, "Red Cross") == ("organization", {"Croix-Rouge"})
    assert "OMS" in _actor(b, "WHO")[1] and "World Health Organization" in _actor(b, "WHO")[1]
    assert said_by(b, "schools would stay closed") == {"save the children"}  # not "Children", a group
    assert said_by(b, "the convoy had been attacked") == {"red cross"}
    assert said_by(b, "cholera cases were rising") == {"who"}


def test_known_bodies_in_french() -> None:
    b = brief(_FR, "fr")
    assert _actor(b, "Croix-Rouge") == ("organization", {"Red Cross"})
    kind, aliases = _actor(b, "Médecins sans frontières")
    assert kind == "organization" and {"MSF", "Doctors Without Borders"} <= aliases


def test_an_article_before_a_union_adds_nothing_to_its_name() -> None:
    b = brief("Dalen budget\n\nThe European Union said it would send engineers to Dalen.\n", "en")
    assert {"EU", "Union européenne"} <= _actor(b, "European Union")[1]


def test_an_acronym_in_lower_case_names_no_body() -> None:
    b = brief("Row over Dalen budget\n\nWho will pay for the repairs? Pam Rivers, a local councillor, said the "
              "city had no money left.\n", "en")
    assert [a.name for a in b.actors] == ["Pam Rivers"]
