"""The Python API: :func:`summarize` and :func:`summarize_file`; the CLI calls only these."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from .article import Article, parse, read_text
from .batch import Outcome, run_many
from .cache import BriefingCache
from .engines.base import Engine
from .errors import ConfigurationError
from .schema import Briefing

EngineName = Literal["auto", "offline", "llm"]


def llm_configured() -> bool:
    """True when the environment points at an OpenAI-compatible server."""
    return bool(os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"))


def resolve_engine_name(engine: str, *, base_url: str | None = None, client: Any = None) -> str:
    """``auto`` is ``llm`` when a server is configured (env, ``base_url`` or ``client``), else ``offline``."""
    if engine == "auto":
        return "llm" if (client is not None or base_url or llm_configured()) else "offline"
    if engine not in ("offline", "llm"):
        raise ConfigurationError(f"unknown engine {engine!r}; choose auto, offline or llm")
    return engine


def get_engine(
    engine: str = "auto",
    *,
    model: str | None = None,
    base_url: str | None = None,
    client: Any = None,
    **options: Any,
) -> Engine:
    """Build an engine once, to summarise many articles with it."""
    name = resolve_engine_name(engine, base_url=base_url, client=client)
    if name == "llm":
        from .engines.llm import LLMEngine

        return LLMEngine(model=model, base_url=base_url, client=client, **options)
    module = importlib.import_module(".engines.offline", __package__)
    offline: Engine = module.OfflineEngine(**options)
    return offline


def summarize(
    text: str,
    *,
    engine: str | Engine = "auto",
    model: str | None = None,
    base_url: str | None = None,
    client: Any = None,
    language: str | None = None,
    **options: Any,
) -> Briefing:
    """Write a grounded :class:`Briefing` of ``text``.

    ``engine`` is ``"auto"`` (the LLM engine when ``OPENAI_API_KEY`` or ``OPENAI_BASE_URL``
    is set, or ``base_url``/``client`` is given; otherwise the offline engine), ``"llm"``,
    ``"offline"``, or an engine object from :func:`get_engine`. ``client`` is an
    ``openai.OpenAI`` instance to use as is. Raises :class:`~summarizer.SummarizerError`
    subclasses.
    """
    article: Article = parse(text, language=language)
    if isinstance(engine, str):
        engine = get_engine(engine, model=model, base_url=base_url, client=client, **options)
    return engine.summarize(article)


def summarize_file(path: str | Path, **kwargs: Any) -> Briefing:
    """Read a UTF-8 article file and :func:`summarize` it (same keyword arguments)."""
    return summarize(read_text(path), **kwargs)


def summarize_many(
    texts_or_paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 4,
    engine: str | Engine = "auto",
    cache: bool | str | os.PathLike[str] = False,
    **kwargs: Any,
) -> Iterator[Outcome]:
    """Summarise many articles; yield an :class:`~summarizer.batch.Outcome` per input as it completes.

    A ``str`` is an article's text; an ``os.PathLike`` (``pathlib.Path``) is a file to read.
    The LLM engine runs ``jobs`` requests at a time on its async client. ``cache=True``
    uses the default cache folder, a path uses that folder. Errors are reported on each
    outcome (``outcome.error``), never raised for one input.
    """
    if isinstance(engine, str):
        engine = get_engine(engine, **kwargs)
    store = None
    if cache:
        store = BriefingCache(None if cache is True else Path(cache))
    sources = (Path(item) if isinstance(item, os.PathLike) else item for item in texts_or_paths)
    return run_many(sources, engine, jobs=jobs, cache=store)
