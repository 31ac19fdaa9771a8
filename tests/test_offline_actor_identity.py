"""One actor per referent (sentences written for the test, checked by
tests/test_no_dev_sentences.py): a person's shorter name with a middle name or a second surname
left out, and a first surname alone the NER took for a body, are the person named in full."""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing
from tests.briefing_queries import brief, holders


def speaker_of(b: Briefing, quote: str) -> str | None:
    by_id = {a.id: a.name for a in b.actors}
    return next((by_id.get(c.speaker) for c in b.claims if any(quote in e.quote for e in c.evidence)), None)


# ------------------------------------------------------------------ a middle name left out
@pytest.mark.parametrize(
    ("language", "text", "full", "short"),
    [
        ("en", "The poet Ewa Marta Zielinska won the prize on Sunday. Ewa Zielinska said she was surprised.",
         "Ewa Marta Zielinska", "Ewa Zielinska"),
        ("fr", "La poétesse Ewa Marta Zielinska a reçu le prix dimanche. Ewa Zielinska a dit qu'elle était surprise.",
         "Ewa Marta Zielinska", "Ewa Zielinska"),
        ("en", "Coach Dario R. Montalvo Serna was dismissed after the final. Dario Montalvo said the players "
               "had given everything.", "Dario R. Montalvo Serna", "Dario Montalvo"),
    ],
)
def test_a_name_without_its_middle_name_is_the_person(language: str, text: str, full: str, short: str) -> None:
    b = brief(text, language)
    assert holders(b, short) == holders(b, full) == [full]


def test_a_different_first_name_is_another_person() -> None:
    b = brief("The poet Ewa Marta Zielinska won the prize. Anna Zielinska, her sister, said she was proud.", "en")
    assert holders(b, "Anna Zielinska") != holders(b, "Ewa Marta Zielinska")


# ------------------------------------------------------------------ a first surname the NER took for a body
def test_a_first_surname_taken_for_a_body_is_the_person() -> None:
    b = brief("Mayor Ricardo Vallejo Ortiz resigned. Vallejo said the city deserved better.", "en")
    assert holders(b, "Vallejo") == ["Ricardo Vallejo Ortiz"]
    assert speaker_of(b, "the city deserved better") == "Ricardo Vallejo Ortiz"


# ------------------------------------------------------------------ a group taken up by its noun
@pytest.mark.parametrize(
    ("language", "text", "later", "first"),
    [
        ("en", "Striking dock workers from the northern terminals said on Friday they would stay out until March. "
               "The port authority declined to comment. Several ships were diverted overnight. The workers said "
               "the new shifts were unsafe.", "the new shifts were unsafe", "they would stay out until March"),
        ("fr", "Des agents pénitentiaires de la prison de Bellac ont affirmé jeudi matin qu'ils bloqueraient l'entrée. "
               "Les détenus sont restés en cellule toute la journée. Le directeur a reçu une délégation. Les agents "
               "ont affirmé que les effectifs étaient insuffisants.", "les effectifs étaient insuffisants",
         "ils bloqueraient l'entrée"),
    ],
)
def test_a_definite_noun_takes_up_the_group_it_heads(language: str, text: str, later: str, first: str) -> None:
    b = brief(text, language)
    assert speaker_of(b, later) is not None
    assert speaker_of(b, later) == speaker_of(b, first)


def test_two_groups_told_apart_by_their_complements_stay_apart() -> None:
    b = brief("Farmers from the valley said the dam would flood their fields. Farmers from the coast said "
              "the dam would save their crops.", "en")
    assert speaker_of(b, "flood their fields") != speaker_of(b, "save their crops")


# ------------------------------------------------------------------ the members of a named body are the body
@pytest.mark.parametrize(
    ("language", "text", "body", "later"),
    [
        ("en", "The militants of the Coastal Liberation Front attacked a depot near the harbour on Sunday. The "
               "Coastal Liberation Front said in a statement that the depot held weapons. Later the militants "
               "warned that more attacks would follow.", "Coastal Liberation Front", "more attacks would follow"),
        ("fr", "Les islamistes du Front de Kerval ont incendié un dépôt près du port dimanche. Le Front de Kerval "
               "a publié un communiqué. Plus tard, les islamistes ont averti que d'autres attaques suivraient.",
         "Front de Kerval", "d'autres attaques suivraient"),
    ],
)
def test_the_members_named_with_their_body_are_the_body(language: str, text: str, body: str, later: str) -> None:
    b = brief(text, language)
    assert speaker_of(b, later) == body
    assert len([a for a in b.actors if a.kind == "group"]) == 0


def test_the_critics_of_a_body_are_not_the_body() -> None:
    b = brief("The critics of the Coastal Liberation Front said the attacks had to stop. The Coastal Liberation "
              "Front said the depot held weapons.", "en")
    assert speaker_of(b, "the attacks had to stop") not in {None, "Coastal Liberation Front"}


# ------------------------------------------------------------------ a country's nationals named as a whole
@pytest.mark.parametrize(
    ("language", "text", "country", "quote"),
    [
        ("en", "Norway said on Tuesday it would close two fishing zones. The Norwegians also said the quotas "
               "for cod would be halved next year.", "Norway", "the quotas for cod would be halved"),
        ("fr", "La Norvège a annoncé mardi la fermeture de deux zones de pêche. Les Norvégiens ont aussi affirmé "
               "que les quotas de cabillaud seraient réduits de moitié.", "Norvège", "les quotas de cabillaud"),
    ],
)
def test_the_nationals_named_as_a_whole_are_their_state(language: str, text: str, country: str, quote: str) -> None:
    b = brief(text, language)
    assert speaker_of(b, quote) == country


def test_nationals_counted_stay_people() -> None:
    b = brief("Norway said on Tuesday it would close two fishing zones. Thousands of Norwegians said the "
              "closure would ruin their villages.", "en")
    assert speaker_of(b, "ruin their villages") not in {None, "Norway"}


# ------------------------------------------------------------------ those who work for a person speak as that person
@pytest.mark.parametrize(
    ("language", "text", "person", "quote"),
    [
        ("en", "Mayor Helena Vasquez-Orr announced a housing plan on Monday. The mayor's office said the plan "
               "would cost $40 million.", "Helena Vasquez-Orr", "the plan would cost $40 million"),
        ("fr", "La maire Hélène Vasseur-Orly a présenté lundi un plan de logement. Le cabinet de la maire a précisé "
               "que le plan coûterait 40 millions d'euros.", "Hélène Vasseur-Orly", "le plan coûterait 40 millions"),
    ],
)
def test_a_persons_office_is_the_person(language: str, text: str, person: str, quote: str) -> None:
    b = brief(text, language)
    assert speaker_of(b, quote) == person
    assert len(b.actors) == 1


def test_the_office_of_a_title_no_one_named_holds_is_not_another_person() -> None:
    b = brief("Mayor Helena Vasquez-Orr announced a housing plan on Monday. The governor's office said the plan "
              "would need state approval.", "en")
    assert speaker_of(b, "would need state approval") != "Helena Vasquez-Orr"


# ------------------------------------------------------------------ a title's complement is no part of the name
@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("en", "Secretary of Justice Marta Olvera Quintana said on Thursday that the inquiry would continue.",
         "Marta Olvera Quintana"),
        ("fr", "La ministre de la Justice Marta Olvera Quintana a déclaré jeudi que l'enquête continuerait.",
         "Marta Olvera Quintana"),
    ],
)
def test_a_titles_complement_ends_the_title_not_opens_the_name(language: str, text: str, person: str) -> None:
    b = brief(text, language)
    assert [a.name for a in b.actors if a.kind == "person"] == [person]


def test_a_relations_complement_keeps_its_given_name() -> None:
    b = brief("The daughter of Grace Ana Ruiz said on Thursday that the trial had been unfair.", "en")
    assert any(fold(a.name).startswith("grace") for a in b.actors)
