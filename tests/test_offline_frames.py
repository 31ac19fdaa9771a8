"""Offline engine: reporting frames other than a verb and its clause, on sentences composed here."""

from __future__ import annotations

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing


def speaker_of(briefing: Briefing, words: str) -> set[str]:
    """The folded names and aliases of the speakers of the claims whose evidence holds ``words``."""
    found: set[str] = set()
    for c in briefing.claims:
        actor = briefing.actor(c.speaker) if c.speaker else None
        if actor is not None and any(words in ev.quote for ev in c.evidence):
            found |= {fold(n) for n in [actor.name, *actor.aliases]}
    return found


# ---------------------------------------------------------------- comparative frames, inverted subject
def test_french_comparative_in_the_present_opening_the_sentence(engine: OfflineEngine) -> None:
    text = (
        "Les éleveurs de Montarlet ont bloqué la route départementale jeudi. La préfète Odile Ferrand a "
        "reçu leurs représentants. Comme le rappelle Ferrand, le fonds d'urgence ne couvre que les "
        "pertes de l'hiver dernier."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "odile ferrand" in speaker_of(briefing, "le fonds d'urgence ne couvre que")


def test_french_comparative_with_a_role_noun_opening_the_sentence(engine: OfflineEngine) -> None:
    text = (
        "Le lycée de Brenac fermera deux classes en septembre. Le recteur Paul Ivanic a confirmé la mesure. "
        "Comme le souligne Ivanic, les effectifs ont baissé de moitié en dix ans."
    )
    briefing = engine.summarize(parse(text, language="fr"))
    assert "paul ivanic" in speaker_of(briefing, "les effectifs ont baissé de moitié")


def test_english_as_x_put_it_opening_the_sentence(engine: OfflineEngine) -> None:
    text = (
        "Ferry crews in Dunhaven stopped work on Tuesday. Harbour master Greta Olsson met the crews. "
        "As Olsson put it, the timetable leaves too few sailors on each boat."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "greta olsson" in speaker_of(briefing, "the timetable leaves too few sailors")


def test_english_as_x_put_it_closing_the_sentence(engine: OfflineEngine) -> None:
    text = (
        "The Orrin valley dam will be raised by four metres. Engineer Marcus Bede has studied the plan "
        "for a year. The valley would flood twice as often, as Bede put it during the hearing."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert "marcus bede" in speaker_of(briefing, "The valley would flood twice")


def test_english_put_without_as_is_no_saying(engine: OfflineEngine) -> None:
    text = (
        "The Orrin valley council met on Monday. Mayor Lena Corr put the budget to a vote after a long "
        "debate about the bridge."
    )
    briefing = engine.summarize(parse(text, language="en"))
    assert not speaker_of(briefing, "the budget")
