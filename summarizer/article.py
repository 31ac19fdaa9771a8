"""Reading an article: decoding files, the optional ``date`` header line, language.

An article is kept exactly as received; offsets everywhere index this original text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import EmptyInputError, InputDecodeError, InputNotFoundError
from .schema import Source

_HEADER = re.compile(r"^\ufeff?\s*date\s+(\d{4})-(\d{2})(?:-\d{2})?(?:[ \t]+title[ \t]+([^\n]*))?")
_FR_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "est",
        "sont",
        "dans",
        "pour",
        "avec",
        "qui",
        "que",
        "pas",
        "sur",
        "au",
        "aux",
        "ont",
        "été",
        "cette",
        "ses",
        "leur",
        "mais",
        "selon",
        "il",
        "elle",
        "nous",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "are",
        "was",
        "were",
        "for",
        "with",
        "that",
        "this",
        "on",
        "by",
        "from",
        "has",
        "have",
        "be",
        "said",
        "his",
        "her",
        "their",
        "but",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Article:
    """The text to summarise and what we know about it."""

    text: str
    date: str | None
    title: str | None
    language: str
    body_start: int  # offset where the article proper begins (after the date line)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def source(self) -> Source:
        return Source(
            sha256=self.sha256,
            language=self.language,
            date=self.date,
            title=self.title,
            chars=len(self.text),
        )


def detect_language(text: str) -> str:
    """'fr' or 'en', by counting frequent function words (enough for news prose)."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    fr = sum(w in _FR_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "en" if en > fr else "fr"


def parse(text: str, *, language: str | None = None) -> Article:
    """Build an :class:`Article`; raises :class:`EmptyInputError` on blank text."""
    if not text.strip():
        raise EmptyInputError("the article is empty")
    date = title = None
    body_start = 0
    match = _HEADER.match(text)
    if match:
        date = f"{match.group(1)}-{match.group(2)}"
        title = (match.group(3) or "").strip() or None
        line_end = text.find("\n")
        if title is None or line_end >= 0:
            # a bare "date YYYY-MM" line may run straight into the article (the seed does)
            body_start = match.end() if title is None else line_end + 1
    return Article(
        text=text,
        date=date,
        title=title,
        language=language or detect_language(text[body_start:]),
        body_start=body_start,
    )


def read_text(path: str | Path) -> str:
    """Read a UTF-8 article file (a BOM is dropped); typed errors for every bad input."""
    p = Path(path)
    if p.is_dir():
        raise InputNotFoundError(f"{p}: is a directory, not an article file")
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputNotFoundError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputNotFoundError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in raw[:8192]:
        raise InputDecodeError(f"{p}: binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputDecodeError(
            f"{p}: not UTF-8 text (invalid byte at offset {exc.start}); convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    if not text.strip():
        raise EmptyInputError(f"{p}: the article is empty")
    return text
