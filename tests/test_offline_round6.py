"""Offline engine, round 6: speakers and actors by general rules, on sentences composed here."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine()


def speaker_of(briefing: Briefing, words: str) -> set[str]:
    """The folded names and aliases of the speakers of the claims whose evidence holds ``words``."""
    found: set[str] = set()
    for c in briefing.claims:
        actor = briefing.actor(c.speaker) if c.speaker else None
        if actor is not None and words in c.evidence[0].quote:
            found |= {fold(n) for n in [actor.name, *actor.aliases]}
    return found


def actor_names(briefing: Briefing) -> set[str]:
    return {fold(a.name) for a in briefing.actors}


# ---------------------------------------------------------------- frames with a contracted article
def test_french_frame_ending_in_de_takes_the_contracted_article(engine: OfflineEngine) -> None:
    text = ("Le conseil municipal a voté la fermeture de la piscine mardi. Aux yeux des riverains, cette fermeture "
            "prive le quartier de son seul équipement sportif.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "riverains" in speaker_of(briefing, "prive le quartier de son seul")


def test_french_frame_takes_du_for_de_le(engine: OfflineEngine) -> None:
    text = ("La région a présenté un plan pour les lignes de car. De l'avis du maire, ce plan oublie les "
            "villages de montagne.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "maire" in speaker_of(briefing, "ce plan oublie les villages")
