"""General failures found by running the offline engine on short English wire-style news items
composed for the purpose (none taken from an eval article), with their French counterparts: one
test per rule."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine()


def _quotes(engine: OfflineEngine, language: str, text: str) -> list[str]:
    b = engine.summarize(parse(text, language=language))
    return [ev.quote for c in b.claims for ev in c.evidence]


# ------------------------------------------------------------------ the one told is not what is said
@pytest.mark.parametrize(
    ("language", "text", "told"),
    [
        ("en", "Karl Obst told a meeting of the party in the capital.", "a meeting of the party"),
        ("en", '"The vaccine works," Dr. Ilse Varga told a news conference.', "a news conference"),
        ("en", "Minister Karl Obst informed the board of the regional water company.", "the board"),
        ("fr", "Karl Obst a averti les habitants du quartier inondé.", "les habitants"),
        ("fr", "Karl Obst a informé les membres du conseil régional.", "les membres"),
    ],
)
def test_the_object_of_a_verb_of_telling_is_who_is_told(
    engine: OfflineEngine, language: str, text: str, told: str
) -> None:
    """The plain object of a verb of telling (tell, inform, brief, assure, notify, remind;
    informer, avertir, prévenir, aviser, rassurer) is the one addressed, an audience or an
    occasion: never what is said."""
    quotes = _quotes(engine, language, "date 2026-11 title Test\n\n" + text + "\n")
    assert not any(told in q for q in quotes), quotes
