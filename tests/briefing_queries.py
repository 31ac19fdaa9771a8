"""What the offline tests ask of a briefing: who said the claims holding some words, and who
stands against whom. One place, shared by the test modules that compose articles (their
``engine`` fixture is the session one of ``conftest.py``)."""

from __future__ import annotations

from functools import cache

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold
from summarizer.schema import Actor, Briefing


@cache
def shared_engine() -> OfflineEngine:
    """The one offline engine of a test session: ``conftest.py``'s ``engine`` fixture is this
    one, and ``brief`` uses it for modules whose helpers take no fixture."""
    return OfflineEngine()


def run(engine: OfflineEngine, text: str, language: str) -> Briefing:
    """The offline briefing of ``text`` read as ``language``."""
    return engine.summarize(parse(text, language=language))


def brief(text: str, language: str) -> Briefing:
    """The offline briefing of ``text`` read as ``language``, by the session's shared engine."""
    return run(shared_engine(), text, language)


def holders(b: Briefing, name: str) -> list[str]:
    """The actors one of whose names is ``name``."""
    return [a.name for a in b.actors if fold(name) in {fold(n) for n in (a.name, *a.aliases)}]


def quotes(b: Briefing) -> list[str]:
    """Every claim's evidence quote, in order."""
    return [e.quote for c in b.claims for e in c.evidence]


def quotes_by(b: Briefing, name: str) -> list[str]:
    """The evidence quotes, in order, of the claims whose speaker's name is ``name`` as written."""
    return [e.quote for c in b.claims if c.speaker and (a := b.actor(c.speaker)) is not None and a.name == name
            for e in c.evidence]


def _speakers(b: Briefing, words: str) -> list[Actor]:
    """The speakers of the claims whose evidence holds ``words``."""
    out = []
    for c in b.claims:
        actor = b.actor(c.speaker) if c.speaker else None
        if actor is not None and any(words in ev.quote for ev in c.evidence):
            out.append(actor)
    return out


def speakers_and_quotes(b: Briefing) -> list[tuple[str, str]]:
    """Each claim as (folded speaker name, its evidence joined by " … ")."""
    out = []
    for c in b.claims:
        actor = b.actor(c.speaker) if c.speaker else None
        out.append((fold(actor.name) if actor else "", " … ".join(e.quote for e in c.evidence)))
    return out


def said_by(b: Briefing, words: str) -> set[str]:
    """Folded names of the speakers of the claims whose evidence holds ``words``."""
    return {fold(a.name) for a in _speakers(b, words)}


def said_by_any_name(b: Briefing, words: str) -> set[str]:
    """Folded names and aliases of the speakers of the claims whose evidence holds ``words``."""
    return {fold(n) for a in _speakers(b, words) for n in (a.name, *a.aliases)}


def sides(b: Briefing) -> list[tuple[set[str], set[str]]]:
    """Each disagreement's two sides as sets of folded actor names and aliases."""

    def names(actor_id: str) -> set[str]:
        a = next(x for x in b.actors if x.id == actor_id)
        return {fold(n) for n in (a.name, *a.aliases)}

    out = []
    for d in b.disagreements:
        one, two = (set().union(*(names(a) for a in s.actors)) for s in d.sides)
        out.append((one, two))
    return out


def opposed(b: Briefing, one: str, other: str) -> bool:
    return any((one in a and other in c) or (other in a and one in c) for a, c in sides(b))
