"""Positions: one actor's claims grouped under a topic named by a salient noun phrase
(issue 11, phenomenon 7). Sentences composed for these tests."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import Briefing


def topics(engine: OfflineEngine, text: str) -> dict[str, set[str]]:
    b: Briefing = engine.summarize(parse(text))
    out: dict[str, set[str]] = {}
    for p in b.positions:
        out.setdefault(b.actor(p.actor).name, set()).add(p.topic)
    return out


FR_FATE = ("Le sort de la région\n\nLe ministre Paul Vasseur a estimé que « le sort de la vallée de Lormont "
           "ne peut pas se décider sans ses habitants ». Le maire Jean Dorval a jugé que le sort de la vallée de "
           "Lormont était déjà scellé.\n")
EN_FATE = ("Fate of the valley\n\nThe minister Paul Vasey said on Monday that the fate of the valley could not be "
           "decided without its people. The mayor, John Dorval, said the fate of the valley was already sealed.\n")


@pytest.mark.parametrize(("text", "topic"), [(FR_FATE, "sort de la vallée"), (EN_FATE, "fate of the valley")])
def test_a_topic_keeps_the_short_complement_that_says_whose_or_what(engine: OfflineEngine, text: str,
                                                                    topic: str) -> None:
    found = topics(engine, text)
    assert found, "no position found"
    assert all(topic in t for t in found.values()), found


FR_AGENT = ("Une offensive contestée\n\nL'offensive de l'armée du Nord, dénoncée comme une invasion par Valdor, "
            "est une « opération de défense », a déclaré jeudi la ministre Odile Ferrand.\n")


def test_the_agent_of_a_noun_is_no_part_of_its_topic(engine: OfflineEngine) -> None:
    found = topics(engine, FR_AGENT)
    assert found and not any("par" in t for ts in found.values() for t in ts), found


FR_TIME = ("Grève au port\n\nLe délégué syndical Marc Levasseur a affirmé dans la soirée que la soirée serait "
           "longue et que la grève continuerait dans la soirée de mardi.\n")
EN_TIME = ("Port strike\n\nThe union official Mark Lever said yesterday that yesterday was a long day and that "
           "the strike would go on through yesterday evening and the weekend.\n")


@pytest.mark.parametrize(("text", "word"), [(FR_TIME, "soirée"), (EN_TIME, "yesterday")])
def test_a_noun_of_time_never_names_a_topic(engine: OfflineEngine, text: str, word: str) -> None:
    found = topics(engine, text)
    assert found, "no position found"
    assert not any(t.lower() == word for ts in found.values() for t in ts), found
    assert any("grève" in t or "strike" in t for ts in found.values() for t in ts), found
