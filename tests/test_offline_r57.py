"""Offline rules of round 57 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a French title after a preposition that holds the definite article (« du ministre », « au président »: "de le",
  "à le") is as definite as one with its own article, so it takes up the one named person who holds that office
  (« le plan du ministre » after « le ministre des Pêches, Tomas Vidal, »), as « le plan de la ministre » already
  did; the same goes for those who work for the holder (« le cabinet du maire »).
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from tests.briefing_queries import brief, opposed, said_by


@pytest.mark.parametrize(("text", "lang", "critic", "holder"), [
    ("Pêche\n\nLe ministre des Pêches, Tomas Vidal, a présenté mardi un quota pour le thon. La coopérative des "
     "pêcheurs de Brenne a rejeté le quota du ministre, qu'elle juge trop bas.\n", "fr", "la cooperative des pecheurs",
     "tomas vidal"),
    ("Budget\n\nLe président du conseil départemental, Marc Olier, a présenté son budget. L'opposition a critiqué les "
     "choix du président, jugés injustes pour les communes rurales.\n", "fr", "l'opposition", "marc olier"),
    # twins: the article of its own (French), and English, which contracts no article
    ("Eau\n\nLa présidente de la région, Ines Morel, a signé lundi un arrêté sur l'eau. Les agriculteurs ont dénoncé "
     "l'arrêté de la présidente.\n", "fr", "les agriculteurs", "ines morel"),
    ("Fishing\n\nFisheries minister Tomas Vidal set a tuna quota on Tuesday. Local fishermen rejected the quota of the "
     "minister, calling it too low.\n", "en", "local fishermen", "tomas vidal"),
])
def test_a_title_after_a_preposition_holding_the_article_takes_up_its_holder(text: str, lang: str, critic: str,
                                                                             holder: str) -> None:
    b = brief(text, lang)
    assert opposed(b, critic, holder)
    title = text.split("\n")[2].split(",")[0].split()[1]  # "ministre", "président", "présidente", "minister"
    assert not [a.name for a in b.actors if fold(a.name) == fold(title)]  # no one of its own


def test_those_who_work_for_a_title_after_a_contracted_article_are_its_holder() -> None:
    b = brief("Piscine\n\nLe maire de Castel, Hugo Brun, a fermé la piscine municipale jeudi. Le cabinet du maire a "
              "précisé que les travaux dureraient un an.\n", "fr")
    assert said_by(b, "les travaux dureraient un an") == {"hugo brun"}
