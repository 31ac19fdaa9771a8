"""What an engine is: the one method every engine has, and the optional capabilities.

An engine is anything with a ``name`` and ``summarize(article) -> Briefing``. It may also
offer, and the runner (:mod:`summarizer.batch`) then uses:

- :class:`AsyncEngine` — ``asummarize``: many articles in flight on one event loop;
- :class:`BatchingEngine` — ``summarize_many``: a run of articles at once (spaCy's ``nlp.pipe``);
- :class:`CachingEngine` — ``cache_identity``: the model and prompt version that, with the
  article's sha256, make its briefing (the cache key, and what resume compares).

The capabilities are runtime-checkable protocols: ``isinstance(engine, AsyncEngine)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from ..article import Article
from ..schema import Briefing


@runtime_checkable
class Engine(Protocol):
    """Something that writes a grounded briefing of an article."""

    name: str

    def summarize(self, article: Article) -> Briefing: ...


@runtime_checkable
class AsyncEngine(Engine, Protocol):
    """An engine that can summarise on an event loop, many articles in flight."""

    async def asummarize(self, article: Article) -> Briefing: ...


@runtime_checkable
class BatchingEngine(Engine, Protocol):
    """An engine that summarises a run of articles at once, in order."""

    def summarize_many(self, articles: Iterable[Article]) -> Iterator[Briefing]: ...


@runtime_checkable
class CachingEngine(Engine, Protocol):
    """An engine that says what makes its briefing: ``(model, prompt sha256)`` for an article."""

    def cache_identity(self, article: Article) -> tuple[str | None, str | None]: ...
