"""Reading an article: decoding files, the optional ``date`` header line, language.

An article is kept exactly as received; offsets everywhere index this original text.

What is refused, with one line naming the file (see README, "Command line"):

- not UTF-8 (binary, Latin-1, Windows-1252): no guessing of encodings, convert first;
- empty or whitespace only;
- longer than ``SUMMARIZER_MAX_CHARS`` characters (default 1,000,000, spaCy's own limit:
  the offline engine needs about 10 s per 100,000 characters, and a news article is a few
  thousand); a file is refused on its size before it is read;
- an HTML page (a ``<!DOCTYPE html>``/``<html>`` start, a ``<body>`` element, or markup
  throughout): offsets would index the markup, so save the article as plain text first.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import EmptyInputError, InputDecodeError, InputError, InputNotFoundError
from .schema import Source
from .settings import Settings

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

_HTML_START = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.I | re.S
)
_HTML_BODY = (re.compile(r"<body[\s>]", re.I), re.compile(r"</body\s*>", re.I))
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|table|tr|td|script|style|meta|link|img|h[1-6]|nav|header|footer)(?:\s[^<>]*)?/?>",
    re.I,
)
_HTML_TAGS_MAX = 20  # an article may quote a tag or two; a page is made of them


def max_chars() -> int:
    """The longest article accepted: ``$SUMMARIZER_MAX_CHARS``, default 1,000,000."""
    return Settings.from_env().max_chars


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page rather than article text (see module docstring)."""
    head = text[:50_000]
    if _HTML_START.match(head) or all(tag.search(head) for tag in _HTML_BODY):
        return True
    return any(n > _HTML_TAGS_MAX for n, _ in enumerate(_HTML_TAG.finditer(head), 1))


def check_text(text: str, label: str = "") -> None:
    """Refuse text that cannot be an article: empty, too long, an HTML page.

    ``label`` (a file name) starts the message when given.
    """
    prefix = f"{label}: " if label else ""
    if not text.strip():
        raise EmptyInputError(f"{prefix}the article is empty")
    limit = max_chars()
    if len(text) > limit:
        raise InputError(
            f"{prefix}the article is {len(text):,} characters long, over the limit of {limit:,} characters "
            "(SUMMARIZER_MAX_CHARS); split it, or raise the limit"
        )
    if looks_like_html(text):
        raise InputError(
            f"{prefix}looks like an HTML page, not article text; save the article as plain text "
            "(e.g. copy it from the browser, or pandoc -t plain page.html)"
        )


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
    """Build an :class:`Article`; raises :class:`InputError` on text refused by :func:`check_text`."""
    check_text(text)
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


STDIN = "-"
STDIN_LABEL = "<stdin>"


def _read_stdin() -> bytes:
    """Standard input's bytes, reading no more than the longest UTF-8 text allowed (plus one)."""
    limit = max_chars()
    try:
        raw = sys.stdin.buffer.read(4 * limit + 1)
    except (OSError, ValueError, AttributeError) as exc:
        raise InputNotFoundError(f"{STDIN_LABEL}: cannot be read ({exc})") from None
    if len(raw) > 4 * limit:
        raise InputError(
            f"{STDIN_LABEL}: over {4 * limit:,} bytes, over the limit of {limit:,} characters (SUMMARIZER_MAX_CHARS); "
            "split it, or raise the limit"
        )
    return raw


def read_text(path: str | Path) -> str:
    """Read a UTF-8 article file (a BOM is dropped); typed errors for every bad input.

    The string ``"-"`` reads standard input, with the same checks (a ``Path("-")`` is a file).
    """
    p = Path(path)
    if isinstance(path, str) and path == STDIN:
        p, raw = Path(STDIN_LABEL), _read_stdin()
    elif p.is_dir():
        raise InputNotFoundError(f"{p}: is a directory, not an article file")
    else:
        try:
            size = p.stat().st_size
            limit = max_chars()
            if size > 4 * limit:  # more bytes than the longest UTF-8 text allowed: do not read it
                raise InputError(
                    f"{p}: {size:,} bytes, over the limit of {limit:,} characters (SUMMARIZER_MAX_CHARS); "
                    "split it, or raise the limit"
                )
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
    check_text(text, str(p))
    return text
