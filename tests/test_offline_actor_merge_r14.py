"""One actor per referent, round 14 (sentences written for the test, checked by
tests/test_no_dev_sentences.py): a word inside a body's name that spells a given name opens no
person's name, so the body keeps the words before it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.briefing_queries import brief, holders


# ------------------------------------------------------------------ a given name inside a body's name
@pytest.mark.parametrize(
    ("text", "full", "cut"),
    [
        ("According to the Norvian Press Agency, the dockers ended their strike on Tuesday. "
         "The agency said the port would reopen.", "Norvian Press Agency", "Press Agency"),
        ("The Kelvar Grant Council said on Monday that the fund was empty.", "Kelvar Grant Council", "Grant Council"),
    ],
)
def test_a_given_name_inside_a_body_name_keeps_the_words_before_it(text: str, full: str, cut: str) -> None:
    b = brief(text, "en")
    assert holders(b, full) == [full]
    assert not any(a.name == cut for a in b.actors)


def test_a_person_after_a_body_name_is_still_a_person() -> None:
    b = brief("Marta Levski, the head of the Orvane Fishing Board, said the quotas were unfair.", "en")
    assert [a.kind for a in b.actors if a.name == "Marta Levski"] == ["person"]


# ------------------------------------------------------------------ "the university" after two universities
@pytest.mark.parametrize(
    ("language", "text", "description", "last"),
    [
        ("en", "Students at the University of Marlow protested on Monday. Researchers from Velden University "
               "joined them on Tuesday. The university said the protest was peaceful.",
         "The university", "Velden University"),
        ("fr", "Des étudiants de l'Université de Marlow ont manifesté lundi. Des chercheurs de l'Université "
               "Velden les ont rejoints mardi. L'université a déclaré que la manifestation était pacifique.",
         "L'université", "Université Velden"),
    ],
)
def test_a_head_noun_two_named_bodies_share_takes_up_the_last_one(language: str, text: str, description: str,
                                                                   last: str) -> None:
    assert holders(brief(text, language), description) == [last]


def test_a_head_noun_one_named_body_holds_is_that_body() -> None:
    b = brief("The Corvan Fisheries Commission met on Monday. The commission said the quotas would stay.", "en")
    assert holders(b, "The commission") == ["Corvan Fisheries Commission"]


# ------------------------------------------------------------------ a body's name without its "of" complement
@pytest.mark.parametrize(
    ("language", "text", "short", "full"),
    [
        ("en", "The Fisheries Board of Dransfeld approved the new quotas on Monday. The Fisheries Board said the "
               "stocks needed time to recover.", "Fisheries Board", "Fisheries Board of Dransfeld"),
        ("fr", "Le Syndicat des marins du Finistère a approuvé les nouveaux quotas lundi. Le Syndicat des marins "
               "a déclaré que les stocks devaient se reconstituer.", "Syndicat des marins",
         "Syndicat des marins du Finistère"),
    ],
)
def test_a_body_name_without_its_complement_is_the_body(language: str, text: str, short: str, full: str) -> None:
    b = brief(text, language)
    assert holders(b, short) == holders(b, full) == [full]


def test_a_name_two_longer_names_open_on_stays_apart() -> None:
    b = brief("The Fisheries Board of Dransfeld and the Fisheries Board of Kelmor met on Monday. The Fisheries "
              "Board said the stocks needed time to recover.", "en")
    assert holders(b, "Fisheries Board") == ["Fisheries Board"]


# ------------------------------------------------------------------ a body named after a person
@pytest.mark.parametrize(
    ("language", "text", "person", "body"),
    [
        ("en", "Ralph Okonkwo founded the Okonkwo Literacy Trust in 2010. Okonkwo said the new school would open "
               "in May.", "Ralph Okonkwo", "Okonkwo Literacy Trust"),
        ("fr", "Hélène Marchand a créé la Fondation Hélène Marchand en 2010. Hélène Marchand a déclaré que la "
               "clinique ouvrirait en mai.", "Hélène Marchand", "Fondation Hélène Marchand"),
    ],
)
def test_a_silent_body_named_after_a_person_is_no_actor(language: str, text: str, person: str, body: str) -> None:
    b = brief(text, language)
    assert holders(b, person) == [person]
    assert holders(b, body) == []


def test_a_body_named_after_a_person_that_speaks_is_the_body() -> None:
    b = brief("Hélène Marchand a créé la Fondation Hélène Marchand en 2010. La Fondation Hélène Marchand a "
              "déclaré que la clinique ouvrirait en mai.", "fr")
    by_id = {a.id: a.name for a in b.actors}
    assert [by_id[c.speaker] for c in b.claims] == ["Fondation Hélène Marchand"]
    assert [a.kind for a in b.actors if a.name == "Hélène Marchand"] == ["person"]


def test_a_title_complement_before_a_name_names_no_body() -> None:
    b = brief("Le président de l'Assemblée Paul Verdier a déclaré que le vote aurait lieu jeudi.", "fr")
    assert not any(a.name.startswith("Assemblée") for a in b.actors)


# ------------------------------------------------------------------ "la direction", "the management"
@pytest.mark.parametrize(
    ("language", "text", "description"),
    [
        ("en", "The carmaker Velkor Motors announced job cuts on Monday. About 300 jobs will go by 2027, the "
               "management said.", "the management"),
        ("fr", "Le constructeur Velkor Motors a annoncé des suppressions d'emplois lundi. Environ 300 postes seront "
               "supprimés d'ici 2027, a indiqué la direction.", "la direction"),
    ],
)
def test_a_body_governing_people_are_the_body_named_before(language: str, text: str, description: str) -> None:
    b = brief(text, language)
    assert holders(b, description) == ["Velkor Motors"]
    by_id = {a.id: a.name for a in b.actors}
    assert {by_id[c.speaker] for c in b.claims} == {"Velkor Motors"}


def test_a_management_with_no_body_named_before_stays_its_own() -> None:
    b = brief("Les salariés de l'usine de Lorient ont fait grève lundi. Environ 300 postes seront supprimés d'ici "
              "2027, a indiqué la direction.", "fr")
    assert holders(b, "la direction") == ["direction"]



# ------------------------------------------------------------------ a capital the NER takes for a person
@pytest.mark.parametrize(
    ("language", "text", "capital"),
    [
        ("en", "There were no marches in Windhoek this year. Marta Levski said that the streets of Windhoek were "
               "empty and that shops in Windhoek stayed closed.", "Windhoek"),
        ("fr", "Aucune marche n'a eu lieu à Ashgabat cette année. Marta Levski a déclaré que les rues de Ashgabat "
               "étaient vides et que les magasins de Ashgabat restaient fermés.", "Ashgabat"),
    ],
)
def test_a_capital_where_things_happen_is_no_person(monkeypatch: pytest.MonkeyPatch, language: str, text: str,
                                                   capital: str) -> None:
    from summarizer.engines.offline import engine

    seen: list[tuple[str, str]] = []
    build = engine.build_actors

    def spy(doc: Any, prof: Any, mentions: Any) -> Any:
        seen.extend((m.text, m.kind) for m in mentions)
        return build(doc, prof, mentions)

    monkeypatch.setattr(engine, "build_actors", spy)
    b = brief(text, language)
    assert (capital, "person") not in seen
    assert any(name == capital for name, _ in seen)
    assert holders(b, "Marta Levski") == ["Marta Levski"]
