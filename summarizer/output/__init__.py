"""Every output of summarizer, on Jinja2 templates (``templates/``).

- :func:`to_json`, :func:`to_jsonl`: the briefing as JSON (indented) and JSON Lines (one briefing a line);
- :mod:`.markdown`: the briefing and the eval report as Markdown, every value escaped;
- :mod:`.html`: the briefing as a self-contained HTML page, and as a notebook fragment;
- :mod:`.eval_report`: the eval report as an HTML page (with a page per case) or Markdown;
- :mod:`.identity`: what an output was made from, recorded in every format, read back to resume;
- :mod:`.labels`: the words of every output, in the article's language;
- :mod:`.facts`: the article's title, date and date line as outputs show them.

:func:`render` picks the renderer of a format name. This package imports the schema, the
article reader and (for the eval report) the evaluation's results; nothing below it imports
this package, except ``Briefing.to_markdown`` and ``Briefing._repr_html_``, lazily.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from ..schema import Briefing

Format = Literal["json", "jsonl", "markdown", "html"]
FORMATS: tuple[Format, ...] = ("json", "jsonl", "markdown", "html")
SUFFIX: dict[Format, str] = {"json": ".json", "jsonl": ".jsonl", "markdown": ".md", "html": ".html"}
# what a file name's extension says about the format wanted
BY_SUFFIX: dict[str, Format] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
ALIASES: dict[str, Format] = {"md": "markdown"}


def to_json(briefing: Briefing) -> str:
    """The briefing as indented JSON, unicode kept as is (with ``source.sha256`` and ``meta``, its identity)."""
    return briefing.model_dump_json(indent=2) + "\n"


def to_jsonl(briefing: Briefing) -> str:
    """The briefing as one line of JSON, newline-terminated."""
    return briefing.model_dump_json() + "\n"


def renderer(fmt: Format) -> Callable[[Briefing, str], str]:
    """How to write a briefing of an article (its text) in format ``fmt``."""
    if fmt == "html":
        from .html import to_html

        return to_html
    if fmt == "markdown":
        from .markdown import to_markdown

        return to_markdown
    if fmt == "jsonl":
        return lambda briefing, _article: to_jsonl(briefing)
    return lambda briefing, _article: to_json(briefing)


def render(fmt: Format, briefing: Briefing, article: str) -> str:
    """``briefing`` (of the text ``article``) in format ``fmt``."""
    return renderer(fmt)(briefing, article)


__all__ = ["ALIASES", "BY_SUFFIX", "FORMATS", "SUFFIX", "Format", "render", "renderer", "to_json", "to_jsonl"]
