"""What every output says about the article besides the briefing: its title, date and date line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import parse
from ..errors import SummarizerError
from ..schema import Briefing, Source

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s")
TITLE_CHARS = 90


def display_date(source: Source) -> str | None:
    """``YYYY-MM-DD`` when the date line gave the day, else ``YYYY-MM``; None without a date line."""
    if not source.date:
        return None
    return f"{source.date}-{source.day:02d}" if source.day else source.date


@dataclass(frozen=True)
class Layout:
    """Where the article proper starts: after its ``date … title …`` line, if any."""

    body_start: int = 0
    title: str | None = None


def layout(article: str | None) -> Layout:
    """The date line's extent and title of ``article`` (nothing when it has none or cannot be parsed)."""
    if not article:
        return Layout()
    try:
        parsed = parse(article)
    except SummarizerError:  # a text the CLI would refuse; shown whole, as prose
        return Layout()
    return Layout(parsed.body_start, parsed.title)


def _shorten(text: str, limit: int = TITLE_CHARS) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return (cut or flat[: limit - 1]) + "…"


def title(briefing: Briefing, article: str | None = None) -> str:
    """The article's title: its ``title`` line, else its first sentence (shortened), else the summary's."""
    if briefing.source.title:
        return _shorten(briefing.source.title)
    text = ""
    if article:
        text = article[layout(article).body_start :].strip()
    text = text or briefing.summary.strip()
    first = _SENTENCE_END.split(text.split("\n", 1)[0], maxsplit=1)[0] if text else ""
    return _shorten(first) if first else ""
