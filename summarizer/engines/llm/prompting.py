"""Prompts: Jinja2 templates from ``prompts/`` rendered into chat messages.

The article is shown one sentence per line between markers carrying a nonce derived from the
article's own sha256, so the article cannot close its own block. The templates' sha256 is
the prompt's version, recorded in ``meta.prompt_sha256``.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources

import jinja2

from ...article import Article

TEMPLATES = ("system.j2", "user.j2")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»”’)]*\s+(?=[\"'«“‘(]?\s?[A-ZÀ-ÖØ-Þ0-9])")


@lru_cache(maxsize=1)
def _sources() -> dict[str, str]:
    folder = resources.files("summarizer.prompts")
    return {name: folder.joinpath(name).read_text(encoding="utf-8") for name in TEMPLATES}


def prompt_sha256() -> str:
    """sha256 over the template files, in a fixed order: the prompt's version."""
    digest = hashlib.sha256()
    for name, text in _sources().items():
        digest.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
    return digest.hexdigest()


def split_sentences(text: str) -> list[str]:
    """Sentences of the text, whitespace-trimmed, for display in the prompt only."""
    out: list[str] = []
    for paragraph in text.splitlines():
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            cut = match.start() + len(match.group(0).rstrip())
            # keep closing quote marks with the sentence they close
            out.append(paragraph[start:cut].strip())
            start = match.end()
        out.append(paragraph[start:].strip())
    return [s for s in out if s]


@lru_cache(maxsize=1)
def _templates() -> dict[str, jinja2.Template]:
    """The templates, compiled once per process."""
    env = jinja2.Environment(autoescape=False, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return {name: env.from_string(text) for name, text in _sources().items()}


def render_messages(article: Article) -> list[dict[str, str]]:
    """System and user messages for this article."""
    nonce = article.sha256[:16]
    values = {
        "nonce": nonce,
        "language": {"fr": "French", "en": "English"}.get(article.language, article.language),
        "date": article.date,
        "sentences": split_sentences(article.text[article.body_start :]),
    }
    templates = _templates()
    return [
        {"role": "system", "content": templates["system.j2"].render(values).strip()},
        {"role": "user", "content": templates["user.j2"].render(values).strip()},
    ]
