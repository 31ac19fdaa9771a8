"""The claim goes to the actor the subject of its reporting verb names: the head of the
subject phrase speaks, not a name that only owns or locates it. Every article here is composed
for the test, in French and English (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import said_by

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import Briefing


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine()


def run(engine: OfflineEngine, text: str, language: str) -> Briefing:
    return engine.summarize(parse(text, language=language))


# A body a state owns, named through the state as its possessor or its "of" complement, speaks
# as that body, not as the state: a bank, a company, a court, not only a ministry or an army
# ("Norway's central bank said …", "la compagnie pétrolière du Chili a annoncé …").
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-11-03 Krone slips\n\nThe krone slipped against the euro for a fourth week. Norway's central "
            "bank said on Tuesday that consumer prices would keep rising until the spring.\n",
            "consumer prices would keep rising",
            "norway's central bank",
        ),
        (
            "en",
            "2026-11-03 Copper output\n\nStrikes hit two mines in the north last month. The state mining "
            "company of Peru said that output would recover before the end of the year.\n",
            "output would recover",
            "state mining company of peru",
        ),
        (
            "fr",
            "2026-11-03 Le cuivre chilien\n\nDes grèves ont touché deux mines du nord le mois dernier. La "
            "compagnie minière publique du Chili a annoncé que la production reprendrait avant la fin de "
            "l'année.\n",
            "la production reprendrait",
            "compagnie miniere publique du chili",
        ),
        (
            "fr",
            "2026-11-03 Le forint recule\n\nLe forint a encore reculé face à l'euro. La banque centrale de "
            "Hongrie a estimé mardi que les prix continueraient de monter jusqu'au printemps.\n",
            "les prix continueraient de monter",
            "banque centrale de hongrie",
        ),
    ],
)
def test_a_body_owned_by_a_state_speaks_not_the_state(
        engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}
