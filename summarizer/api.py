"""The Python API: :func:`summarize`, :func:`summarize_file`, :func:`summarize_many`, :func:`get_engine`.

The CLI calls only these. Every option is a typed keyword parameter: a misspelt one is a
``TypeError`` whatever the engine. The LLM engine's options (``model``, ``base_url``,
``api_key``, ``client``, ``mode``, ``attempts``, ``max_tokens``, ``max_tokens_per_article``,
``context_tokens``, ``timeout``) configure a new engine; given with an engine object (which
is used as built) or with the offline engine (which has none of them), they are refused
with a :class:`~summarizer.errors.ConfigurationError` rather than silently ignored.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .article import Article, parse, read_text
from .batch import Outcome, finish, run_many
from .cache import BriefingCache
from .engines.base import Engine
from .errors import ConfigurationError
from .schema import Briefing
from .settings import Settings

if TYPE_CHECKING:
    import openai

EngineName = Literal["auto", "offline", "llm"]


def llm_configured(settings: Settings | None = None) -> bool:
    """True when the environment points at an OpenAI-compatible server."""
    return (settings or Settings.from_env()).llm_configured


def resolve_engine_name(
    engine: str, *, base_url: str | None = None, client: object = None, settings: Settings | None = None
) -> Literal["offline", "llm"]:
    """``auto`` is ``llm`` when a server is configured (env, ``base_url`` or ``client``), else ``offline``."""
    if engine == "auto":
        return "llm" if (client is not None or base_url or llm_configured(settings)) else "offline"
    if engine == "offline":
        return "offline"
    if engine == "llm":
        return "llm"
    raise ConfigurationError(f"unknown engine {engine!r}; choose auto, offline or llm")


def _given(**options: object) -> list[str]:
    return [name for name, value in options.items() if value is not None]


def get_engine(
    engine: EngineName = "auto",
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    client: openai.OpenAI | None = None,
    mode: str | None = None,
    attempts: int | None = None,
    max_tokens: int | None = None,
    max_tokens_per_article: int | None = None,
    context_tokens: int | None = None,
    timeout: float | None = None,
    settings: Settings | None = None,
) -> Engine:
    """Build an engine once, to summarise many articles with it.

    ``engine`` is ``"auto"`` (the LLM engine when ``OPENAI_API_KEY`` or ``OPENAI_BASE_URL``
    is set, or ``base_url``/``client`` is given; otherwise the offline engine), ``"llm"`` or
    ``"offline"``. The other parameters configure the LLM engine (see
    :class:`~summarizer.engines.llm.LLMEngine`); ``settings`` replaces the environment.
    """
    settings = settings or Settings.from_env()
    name = resolve_engine_name(engine, base_url=base_url, client=client, settings=settings)
    llm_options = _given(
        model=model,
        base_url=base_url,
        api_key=api_key,
        client=client,
        mode=mode,
        attempts=attempts,
        max_tokens=max_tokens,
        max_tokens_per_article=max_tokens_per_article,
        context_tokens=context_tokens,
        timeout=timeout,
    )
    if name == "llm":
        from .engines.llm import LLMEngine

        return LLMEngine(
            model=model,
            base_url=base_url,
            api_key=api_key,
            client=client,
            mode=mode,
            attempts=attempts,
            max_tokens=max_tokens,
            max_tokens_per_article=max_tokens_per_article,
            context_tokens=context_tokens,
            timeout=timeout,
            settings=settings,
        )
    if llm_options:
        why = "" if engine == "offline" else " (no server is configured: set OPENAI_API_KEY or OPENAI_BASE_URL)"
        raise ConfigurationError(
            f"{', '.join(llm_options)}: option(s) of the llm engine, not of the offline engine{why}"
        )
    module = importlib.import_module(".engines.offline", __package__)
    offline: Engine = module.OfflineEngine()
    return offline


def _engine(
    engine: EngineName | Engine,
    *,
    model: str | None,
    base_url: str | None,
    api_key: str | None,
    client: openai.OpenAI | None,
    mode: str | None,
    attempts: int | None,
    max_tokens: int | None,
    max_tokens_per_article: int | None,
    context_tokens: int | None,
    timeout: float | None,
) -> Engine:
    """The engine to use: ``engine`` itself when it is one (and no option came with it), else a new one."""
    if isinstance(engine, str):
        return get_engine(
            engine,
            model=model,
            base_url=base_url,
            api_key=api_key,
            client=client,
            mode=mode,
            attempts=attempts,
            max_tokens=max_tokens,
            max_tokens_per_article=max_tokens_per_article,
            context_tokens=context_tokens,
            timeout=timeout,
        )
    given = _given(
        model=model,
        base_url=base_url,
        api_key=api_key,
        client=client,
        mode=mode,
        attempts=attempts,
        max_tokens=max_tokens,
        max_tokens_per_article=max_tokens_per_article,
        context_tokens=context_tokens,
        timeout=timeout,
    )
    if given:
        raise ConfigurationError(
            f"{', '.join(given)}: an engine object is used as built; pass these to get_engine() instead"
        )
    return engine


def summarize(
    text: str,
    *,
    engine: EngineName | Engine = "auto",
    language: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    client: openai.OpenAI | None = None,
    mode: str | None = None,
    attempts: int | None = None,
    max_tokens: int | None = None,
    max_tokens_per_article: int | None = None,
    context_tokens: int | None = None,
    timeout: float | None = None,
) -> Briefing:
    """Write a grounded :class:`Briefing` of ``text``.

    ``engine`` is ``"auto"``, ``"llm"``, ``"offline"`` (see :func:`get_engine`, which takes
    the other keyword parameters) or an engine object from :func:`get_engine`. ``client``
    is an ``openai.OpenAI`` instance to use as is. ``language`` (``fr`` or ``en``) overrides
    the detected one. Raises :class:`~summarizer.SummarizerError` subclasses.
    """
    article: Article = parse(text, language=language)
    chosen = _engine(
        engine,
        model=model,
        base_url=base_url,
        api_key=api_key,
        client=client,
        mode=mode,
        attempts=attempts,
        max_tokens=max_tokens,
        max_tokens_per_article=max_tokens_per_article,
        context_tokens=context_tokens,
        timeout=timeout,
    )
    started = time.perf_counter()
    briefing = chosen.summarize(article)
    return finish(briefing, article, time.perf_counter() - started)


def summarize_file(
    path: str | os.PathLike[str],
    *,
    engine: EngineName | Engine = "auto",
    language: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    client: openai.OpenAI | None = None,
    mode: str | None = None,
    attempts: int | None = None,
    max_tokens: int | None = None,
    max_tokens_per_article: int | None = None,
    context_tokens: int | None = None,
    timeout: float | None = None,
) -> Briefing:
    """Read a UTF-8 article file and :func:`summarize` it (same keyword parameters)."""
    return summarize(
        read_text(Path(path)),
        engine=engine,
        language=language,
        model=model,
        base_url=base_url,
        api_key=api_key,
        client=client,
        mode=mode,
        attempts=attempts,
        max_tokens=max_tokens,
        max_tokens_per_article=max_tokens_per_article,
        context_tokens=context_tokens,
        timeout=timeout,
    )


def summarize_many(
    texts_or_paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 4,
    engine: EngineName | Engine = "auto",
    cache: bool | str | os.PathLike[str] = False,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    client: openai.OpenAI | None = None,
    mode: str | None = None,
    attempts: int | None = None,
    max_tokens: int | None = None,
    max_tokens_per_article: int | None = None,
    context_tokens: int | None = None,
    timeout: float | None = None,
) -> Iterator[Outcome]:
    """Summarise many articles; yield an :class:`~summarizer.batch.Outcome` per input as it completes.

    A ``str`` is an article's text; an ``os.PathLike`` (``pathlib.Path``) is a file to read.
    The LLM engine runs ``jobs`` requests at a time on its async client. ``cache=True``
    uses the default cache folder, a path uses that folder. Errors are reported on each
    outcome (``outcome.error``), never raised for one input; a configuration error (a bad
    option, no server) is raised at once.
    """
    chosen = _engine(
        engine,
        model=model,
        base_url=base_url,
        api_key=api_key,
        client=client,
        mode=mode,
        attempts=attempts,
        max_tokens=max_tokens,
        max_tokens_per_article=max_tokens_per_article,
        context_tokens=context_tokens,
        timeout=timeout,
    )
    store = None
    if cache:
        store = BriefingCache(None if cache is True else Path(cache))
    sources = (Path(item) if isinstance(item, os.PathLike) else item for item in texts_or_paths)
    return run_many(sources, chosen, jobs=jobs, cache=store)
