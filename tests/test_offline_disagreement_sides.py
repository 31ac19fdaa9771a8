"""Disagreements with both sides present, in both languages: a contrast joins two views only
when one of them takes a stance, or when the connective opposes views by itself ("on the other
hand", "en revanche"); two statements of fact set side by side by "but" or "however" are no
conflict between their speakers.

Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import opposed, run

from summarizer.engines.offline import OfflineEngine

_FERRY_EN = "Port Elvan, 12 March. Harbour official Neil Corrigan said the ferry left the dock at noon"
_FERRY_FR = ("Port-Elvan, 12 mars. Le responsable du port, Noël Corrigan, a déclaré que le bac avait quitté le quai "
             "à midi.")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", f"Ferry delayed\n\n{_FERRY_EN}, but the coastguard's Mara Quist said the crossing took four hours."),
        ("en", f"Ferry delayed\n\n{_FERRY_EN}. The coastguard's Mara Quist, however, said the crossing took four "
               "hours."),
        ("fr", f"Traversée\n\n{_FERRY_FR} La porte-parole des garde-côtes, Mara Quist, a cependant indiqué que la "
               "traversée avait duré quatre heures."),
    ],
)
def test_a_contrast_of_two_facts_opposes_no_one(engine: OfflineEngine, language: str, text: str) -> None:
    b = run(engine, text, language)
    assert not opposed(b, "corrigan", "mara quist")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ferry fares\n\nPort Elvan, 12 March. Harbour official Neil Corrigan said the new fares would take "
               "effect in May. The coastguard's Mara Quist, on the other hand, said the fares would take effect in "
               "June."),
        ("fr", "Tarifs\n\nPort-Elvan, 12 mars. Le responsable du port, Noël Corrigan, a déclaré que les nouveaux "
               "tarifs entreraient en vigueur en mai. La porte-parole des garde-côtes, Mara Quist, a en revanche "
               "affirmé qu'ils entreraient en vigueur en juin."),
        # one of the two takes a stance: a contrast of views after "but", "mais"
        ("en", "Ferry fares\n\nPort Elvan, 12 March. Harbour official Neil Corrigan said the new fares were fair. "
               "But the coastguard's Mara Quist said the fares were not fair to islanders."),
        ("fr", "Tarifs\n\nPort-Elvan, 12 mars. Le responsable du port, Noël Corrigan, a déclaré que les nouveaux "
               "tarifs étaient raisonnables. Mais la porte-parole des garde-côtes, Mara Quist, a affirmé que ces "
               "tarifs étaient injustes."),
    ],
)
def test_a_contrast_of_views_opposes_the_speakers(engine: OfflineEngine, language: str, text: str) -> None:
    b = run(engine, text, language)
    assert opposed(b, "corrigan", "mara quist")


@pytest.mark.parametrize(
    ("language", "text", "body", "state"),
    [
        ("en", "Norway suspends ferry operator\n\nOslo, 3 May. Norway has banned the ferry operator Polar Line from "
               "its ports. The Maritime Safety Office of Norway has suspended Polar Line's licence, Norwegian "
               "officials said.", "maritime safety office of norway", "norway"),
        ("en", "Norway and the ferry operator\n\nOslo, 3 May. The Maritime Safety Office of Norway criticised "
               "Norway's new port rules, calling them unsafe.", "maritime safety office of norway", "norway"),
        ("fr", "Malte et l'armateur\n\nLa Valette, 3 mai. L'Office de sécurité maritime de Malte a critiqué les "
               "nouvelles règles portuaires de Malte, qu'il juge dangereuses.",
         "office de securite maritime de malte", "malte"),
    ],
)
def test_a_body_whose_name_ends_with_its_state_is_never_against_it(
        engine: OfflineEngine, language: str, text: str, body: str, state: str) -> None:
    # "the X Office of Norway", "l'Office … de Malte": the state's own body, as "the Norwegian X Office"
    b = run(engine, text, language)
    assert not opposed(b, body, state)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Prison row\n\nCarver City, 4 June. Senator Mark Dolby said Governor Tessa Lind had lied about the "
               "prison budget."),
        ("en", "Prison row\n\nCarver City, 4 June. Senator Mark Dolby told reporters that Governor Tessa Lind was "
               "\"a disgrace to the state\"."),
        ("fr", "Prisons\n\nCarville, 4 juin. Selon le sénateur Marc Dolby, la gouverneure Tessa Lind a menti."),
        ("fr", "Prisons\n\nCarville, 4 juin. Le sénateur Marc Dolby a affirmé que la gouverneure Tessa Lind avait "
               "menti aux détenus."),
    ],
)
def test_a_person_named_once_in_a_claim_against_them_is_the_other_side(
        engine: OfflineEngine, language: str, text: str) -> None:
    # the one judged need not speak, nor be named again: a full name in the claim is an actor of the article
    b = run(engine, text, language)
    assert opposed(b, "mark dolby" if language == "en" else "marc dolby", "tessa lind")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Budget\n\nCarver City, 4 June. Senator Mark Dolby refused to back Governor Tessa Lind's budget."),
        ("en", "Budget\n\nCarver City, 4 June. Governor Tessa Lind presented her budget on Monday. Senator Mark Dolby "
               "declined to support the budget."),
        ("fr", "Budget\n\nCarville, 4 juin. Le sénateur Marc Dolby a refusé de soutenir le budget de la gouverneure "
               "Tessa Lind."),
        ("fr", "Budget\n\nCarville, 4 juin. Le sénateur Marc Dolby a refusé d'approuver le budget de la gouverneure "
               "Tessa Lind."),
    ],
)
def test_a_refusal_to_support_is_against_the_author(engine: OfflineEngine, language: str, text: str) -> None:
    # a verb of refusal whose open clause is a verb of support or agreement: against what it would have backed
    b = run(engine, text, language)
    assert opposed(b, "mark dolby" if language == "en" else "marc dolby", "tessa lind")


def test_a_refusal_to_give_way_opposes_no_one(engine: OfflineEngine) -> None:
    b = run(engine, "Budget\n\nCarver City, 4 June. Governor Tessa Lind presented her budget on Monday. Senator "
                    "Mark Dolby refused to back down.", "en")
    assert not opposed(b, "mark dolby", "tessa lind")


@pytest.mark.parametrize(
    "text",
    [
        # the attribute before a long object: the parser hangs the object on the attribute
        "Prisons\n\nCarville, 4 juin. Le sénateur Marc Dolby a qualifié de « honteuse » la décision de la "
        "gouverneure Tessa Lind.",
        # the feminine of a noun of judgement
        "Prisons\n\nCarville, 4 juin. Le sénateur Marc Dolby a traité la gouverneure Tessa Lind de menteuse.",
    ],
)
def test_a_verb_qualifying_by_a_negative_judgement_is_against_the_object(engine: OfflineEngine, text: str) -> None:
    b = run(engine, text, "fr")
    assert opposed(b, "marc dolby", "tessa lind")


def test_a_verb_qualifying_by_a_neutral_word_opposes_no_one(engine: OfflineEngine) -> None:
    b = run(engine, "Prisons\n\nCarville, 4 juin. Le sénateur Marc Dolby a qualifié d'historique la décision de la "
                    "gouverneure Tessa Lind.", "fr")
    assert not opposed(b, "marc dolby", "tessa lind")


_SCHOOL = {
    "en": ("School\n\nHarlow, 2 May. Headmistress Ada Wren said the teachers did not close the school on Monday. "
           "Police chief Ron Pike said the army closed the school.",
           "School\n\nHarlow, 2 May. Police chief Ron Pike said the army closed the school on Monday. Headmistress "
           "Ada Wren said the school was not closed."),
    "fr": ("École\n\nHarlow, 2 mai. La directrice Ada Wren a affirmé que les enseignants n'avaient pas fermé l'école "
           "lundi. Le chef de la police Ron Pike a déclaré que l'armée avait fermé l'école.",
           "École\n\nHarlow, 2 mai. Le chef de la police Ron Pike a déclaré que l'armée avait fermé l'école lundi. La "
           "directrice Ada Wren a affirmé que l'école n'avait pas été fermée."),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_one_doer_did_not_do_what_another_did_is_no_contradiction(engine: OfflineEngine, language: str) -> None:
    # "the teachers did not close the school" / "the army closed the school": two facts, two doers
    b = run(engine, _SCHOOL[language][0], language)
    assert not opposed(b, "ada wren", "ron pike")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_done_and_not_done_to_one_thing_is_a_contradiction(engine: OfflineEngine, language: str) -> None:
    # "the army closed the school" / "the school was not closed": no doer named against it
    b = run(engine, _SCHOOL[language][1], language)
    assert opposed(b, "ada wren", "ron pike")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Port fire\n\nVelby, 2 May. Reporter Lina Moss said harbour master Karl Hume had admitted the error but "
               "did not say who ordered the fuel transfer."),
        ("fr", "Incendie au port\n\nVelby, 2 mai. La journaliste Lina Moss a indiqué que le capitaine du port Karl "
               "Hume n'a pas précisé le nombre de victimes."),
    ],
)
def test_what_someone_left_unsaid_is_no_reproach(engine: OfflineEngine, language: str, text: str) -> None:
    # a negated verb of saying tells what was not said, not a wrong the one named did
    b = run(engine, text, language)
    assert not opposed(b, "lina moss", "karl hume")


def test_a_negated_deed_after_a_promise_is_still_a_reproach(engine: OfflineEngine) -> None:
    b = run(engine, "Port fire\n\nVelby, 2 May. Reporter Lina Moss said harbour master Karl Hume had promised new "
                    "cranes but never delivered any.", "en")
    assert opposed(b, "lina moss", "karl hume")
