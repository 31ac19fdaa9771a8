"""Many articles at once: concurrency, the cache, per-item errors, in bounded memory.

:func:`run_many` yields one :class:`Outcome` per input as soon as it is ready (completion
order). Inputs are read lazily, at most ``jobs`` articles are in flight, and a failure is
reported on its own outcome and never stops the others. The LLM engine runs on its async
client, ``jobs`` requests at a time; an engine without ``asummarize`` runs in order
(the offline engine batches its spaCy parsing with ``summarize_many``). The capabilities
are the protocols of :mod:`summarizer.engines.base`.

Every briefing goes through :func:`finish`, which adds what the runner knows and an engine
may not: the time the article took when the engine measured none, and the day of the
article's ``date`` line.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .article import Article, parse, read_text
from .cache import BriefingCache, cache_key
from .engines.base import AsyncEngine, BatchingEngine, CachingEngine, Engine
from .errors import SummarizerError
from .schema import Briefing

Source = str | Path


@dataclass
class Outcome:
    """What became of one input: a briefing (maybe from the cache) or an error."""

    index: int
    source: Source  # the path, or the text for string inputs
    briefing: Briefing | None = None
    error: SummarizerError | None = None
    cached: bool = False
    article: Article | None = None  # as read, once: renderers need its text

    @property
    def label(self) -> str:
        return str(self.source) if isinstance(self.source, Path) else f"text #{self.index + 1}"


def load(index: int, source: Source) -> Article:
    """Parse a path (``Path``) or a text (``str``) into an :class:`Article`."""
    text = read_text(source) if isinstance(source, Path) else source
    return parse(text)


def finish(briefing: Briefing, article: Article, seconds: float | None = None) -> Briefing:
    """``briefing`` with ``seconds`` as its time when the engine measured none."""
    updates: dict[str, object] = {}
    usage = briefing.meta.usage
    if seconds is not None and not usage.elapsed_seconds:
        timed = usage.model_copy(update={"elapsed_seconds": round(seconds, 3)})
        updates["meta"] = briefing.meta.model_copy(update={"usage": timed})
    return briefing.model_copy(update=updates) if updates else briefing


def _identity(engine: Engine, article: Article) -> str | None:
    """The cache key, for engines worth caching (those that say what makes their output)."""
    if not isinstance(engine, CachingEngine):
        return None
    model, prompt = engine.cache_identity(article)
    return cache_key(engine=engine.name, model=model, prompt_sha256=prompt, article_sha256=article.sha256)


class _Runner:
    def __init__(self, engine: Engine, cache: BriefingCache | None) -> None:
        self.engine = engine
        self.cache = cache

    def prepare(self, index: int, source: Source) -> tuple[Outcome, Article | None, str | None]:
        """Read the input and look it up in the cache; an outcome is final when article is None."""
        outcome = Outcome(index, source)
        try:
            article = outcome.article = load(index, source)
        except SummarizerError as exc:
            outcome.error = exc
            return outcome, None, None
        key = _identity(self.engine, article) if self.cache is not None else None
        if self.cache is not None and key is not None:
            hit = self.cache.get(key, article.text)
            if hit is not None:
                outcome.briefing, outcome.cached = hit, True
                return outcome, None, key
        return outcome, article, key

    def store(self, outcome: Outcome, key: str | None) -> None:
        if self.cache is not None and key is not None and outcome.briefing is not None:
            self.cache.put(key, outcome.briefing)


def run_many(
    sources: Iterable[Source],
    engine: Engine,
    *,
    jobs: int = 4,
    cache: BriefingCache | None = None,
) -> Iterator[Outcome]:
    """Summarise every source; yield an :class:`Outcome` for each as it completes."""
    runner = _Runner(engine, cache)
    if isinstance(engine, AsyncEngine) and jobs > 1:
        yield from _run_async(enumerate(sources), runner, engine, jobs)
    else:
        yield from _run_in_order(enumerate(sources), runner)


def _timed(briefings: Iterable[Briefing]) -> list[tuple[Briefing, float]]:
    """Each briefing with the seconds it took to come (the first one carries any model load)."""
    out: list[tuple[Briefing, float]] = []
    started = time.perf_counter()
    for briefing in briefings:
        now = time.perf_counter()
        out.append((briefing, now - started))
        started = now
    return out


def _run_in_order(items: Iterable[tuple[int, Source]], runner: _Runner, batch: int = 16) -> Iterator[Outcome]:
    engine = runner.engine
    pending: list[tuple[Outcome, Article, str | None]] = []

    def flush() -> Iterator[Outcome]:
        articles = [a for _, a, _ in pending]
        results: list[tuple[Briefing, float]] | None = None
        if isinstance(engine, BatchingEngine):
            try:
                results = _timed(engine.summarize_many(articles))
            except SummarizerError:
                results = None  # find the one that fails, one by one
        for n, (outcome, article, key) in enumerate(pending):
            try:
                if results is not None:
                    briefing, seconds = results[n]
                else:
                    started = time.perf_counter()
                    briefing = engine.summarize(article)
                    seconds = time.perf_counter() - started
                outcome.briefing = finish(briefing, article, seconds)
            except SummarizerError as exc:
                outcome.error = exc
            runner.store(outcome, key)
            yield outcome
        pending.clear()

    for index, source in items:
        outcome, article, key = runner.prepare(index, source)
        if article is None:
            yield outcome
            continue
        pending.append((outcome, article, key))
        if len(pending) >= batch:
            yield from flush()
    if pending:
        yield from flush()


def _run_async(
    items: Iterable[tuple[int, Source]], runner: _Runner, engine: AsyncEngine, jobs: int
) -> Iterator[Outcome]:
    """Run the engine's ``asummarize`` on an event loop in a thread; hand outcomes over a queue."""
    results: queue.Queue[Outcome | BaseException | None] = queue.Queue(maxsize=jobs * 2)

    async def one(outcome: Outcome, article: Article, key: str | None, slots: asyncio.Semaphore) -> None:
        try:
            started = time.perf_counter()
            briefing = await engine.asummarize(article)
            outcome.briefing = finish(briefing, article, time.perf_counter() - started)
        except SummarizerError as exc:
            outcome.error = exc
        finally:
            slots.release()
        runner.store(outcome, key)
        await asyncio.to_thread(results.put, outcome)

    async def main() -> None:
        slots = asyncio.Semaphore(jobs)
        tasks: set[asyncio.Task[None]] = set()
        for index, source in items:
            await slots.acquire()  # read the next input only when a slot is free
            outcome, article, key = await asyncio.to_thread(runner.prepare, index, source)
            if article is None:
                slots.release()
                await asyncio.to_thread(results.put, outcome)
                continue
            task = asyncio.create_task(one(outcome, article, key, slots))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.gather(*tasks)

    def thread() -> None:
        try:
            asyncio.run(main())
        except BaseException as exc:  # surfaced in the caller's thread
            results.put(exc)
        finally:
            results.put(None)

    worker = threading.Thread(target=thread, name="summarizer-batch", daemon=True)
    worker.start()
    while True:
        item = results.get()
        if item is None:
            break
        if isinstance(item, BaseException):
            raise item
        yield item
    worker.join()
