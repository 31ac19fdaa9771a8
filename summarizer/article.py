"""Reading an article: decoding files, the optional ``date`` header line, language.

An article is kept exactly as received; offsets everywhere index this original text.

What is refused, with one line naming the file (see README, "Command line"):

- not text in UTF-8 (binary, Latin-1, Windows-1252): no guessing of encodings, convert
  first. A byte-order mark is unambiguous, so UTF-16 and UTF-32 files that start with one
  are decoded (the BOM is dropped, offsets index the decoded text); UTF-16 without a BOM is
  refused with the ``iconv`` command that converts it;
- empty or whitespace only;
- longer than ``SUMMARIZER_MAX_CHARS`` characters (default 1,000,000, spaCy's own limit:
  the offline engine needs about 10 s per 100,000 characters, and a news article is a few
  thousand); a file is refused on its size before it is read, and no input is read past
  4 bytes per character allowed, whatever its type (``/dev/zero``, a pipe: their size reads
  as 0);
- a named pipe nobody writes to within ``PIPE_WRITER_WAIT`` seconds (5), or a pipe or
  device that does not end within ``PIPE_DEADLINE`` seconds (60): reading never blocks
  for ever;
- an HTML page (a ``<!DOCTYPE html>``/``<html>`` start, a ``<body>`` element, or markup
  throughout): offsets would index the markup, so save the article as plain text first.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import selectors
import stat
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import EmptyInputError, InputDecodeError, InputError, InputNotFoundError
from .schema import Source
from .settings import Settings

_HEADER = re.compile(r"^\ufeff?\s*date\s+(\d{4})-(\d{2})(?:-(\d{2})(?![\d-]))?(?:[ \t]+title[ \t]+([^\n]*))?")
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
    day: int | None = None  # the day of a "date YYYY-MM-DD" line

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def source(self) -> Source:
        return Source(
            sha256=self.sha256,
            language=self.language,
            date=self.date,
            day=self.day,
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
    day: int | None = None
    body_start = 0
    match = _HEADER.match(text)
    if match:
        date = f"{match.group(1)}-{match.group(2)}"
        day = int(match.group(3)) if match.group(3) and 1 <= int(match.group(3)) <= 31 else None
        title = (match.group(4) or "").strip() or None
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
        day=day,
    )


# Reading is bounded whatever the file claims to be: a regular file is refused on its size,
# and a pipe or device (its size reads as 0) is read with the same byte cap and deadlines.
PIPE_WRITER_WAIT = 5.0  # seconds a named pipe may stay without a writer (or with nothing written)
PIPE_DEADLINE = 60.0  # seconds a pipe or device has to reach its end of file
_CHUNK = 1 << 16
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def max_bytes(limit: int) -> int:
    """The most bytes a text of ``limit`` characters can take (4 per character, plus a BOM)."""
    return 4 * limit + 4


def _too_big(p: Path, size: str, limit: int) -> InputError:
    return InputError(
        f"{p}: {size} bytes, over the limit of {limit:,} characters (SUMMARIZER_MAX_CHARS); "
        "split it, or raise the limit"
    )


def _read_stream(fd: int, p: Path, cap: int, limit: int, *, fifo: bool) -> bytes:
    """Read a pipe or device opened non-blocking: at most ``cap`` bytes, within the deadlines."""
    started = time.monotonic()
    chunks: list[bytes] = []
    size = 0
    writer = not fifo  # a named pipe reads as ended until its writer opens it
    # poll, not epoll: epoll refuses devices such as /dev/zero; poll has no fd-number limit, unlike select
    with getattr(selectors, "PollSelector", selectors.SelectSelector)() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while True:
            now = time.monotonic()
            if now - started > PIPE_DEADLINE:
                raise InputError(
                    f"{p}: a pipe or device that did not end within {PIPE_DEADLINE:g} s; save the article to a file"
                )
            try:
                chunk = os.read(fd, _CHUNK)
            except BlockingIOError:  # a writer holds the pipe open; nothing to read yet
                writer = True
                selector.select(PIPE_DEADLINE - (now - started))
                continue
            if chunk:
                writer = True
                size += len(chunk)
                if size > cap:
                    raise _too_big(p, f"more than {cap:,}", limit)
                chunks.append(chunk)
                continue
            if writer:
                return b"".join(chunks)
            if now - started > PIPE_WRITER_WAIT:
                raise InputError(
                    f"{p}: a named pipe with no writer (nothing written to it within {PIPE_WRITER_WAIT:g} s)"
                )
            if selector.select(0.05):  # data, or a writer that came and went (a hang-up): read on
                writer = True


def _read_bytes(p: Path, limit: int) -> bytes:
    """The file's bytes, at most :func:`max_bytes`; never blocks on a pipe without a writer."""
    cap = max_bytes(limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise InputNotFoundError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputNotFoundError(f"{p}: is a directory, not an article file") from None
    except OSError as exc:
        raise InputNotFoundError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputNotFoundError(f"{p}: is a directory, not an article file")
        if stat.S_ISREG(info.st_mode) and info.st_size > cap:  # more than the longest text allowed: unread
            raise _too_big(p, f"{info.st_size:,}", limit)
        if stat.S_ISREG(info.st_mode) or not hasattr(os, "O_NONBLOCK"):
            chunks: list[bytes] = []
            size = 0
            while chunk := os.read(fd, _CHUNK):  # capped: the file may grow, or be /proc's
                size += len(chunk)
                if size > cap:
                    raise _too_big(p, f"more than {cap:,}", limit)
                chunks.append(chunk)
            return b"".join(chunks)
        return _read_stream(fd, p, cap, limit, fifo=stat.S_ISFIFO(info.st_mode))
    except OSError as exc:
        raise InputNotFoundError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16le``/``utf-16be`` when ``head`` looks like BOM-less UTF-16 text (every other byte 0)."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    for name, zeros in (("utf-16le", head[1::2]), ("utf-16be", head[0::2])):
        others = head[0::2] if name == "utf-16le" else head[1::2]
        if zeros.count(0) >= 0.9 * pairs and others.count(0) <= 0.1 * pairs:
            return name
    return None


def _encoding(raw: bytes) -> tuple[str, str]:
    """Python codec and display name for ``raw``: what its BOM says, else UTF-8."""
    return next(((codec, name) for bom, codec, name in _BOMS if raw.startswith(bom)), ("utf-8", "UTF-8"))


def decode(raw: bytes, label: str | Path) -> str:
    """Decode an article file's bytes: UTF-8, or UTF-16/UTF-32 led by their BOM; the BOM is dropped.

    Anything else is refused (:class:`InputDecodeError`, naming ``label``), never guessed: a
    wrong guess would shift every offset.
    """
    codec, name = _encoding(raw)
    if codec == "utf-8" and b"\x00" in raw[:8192]:
        wide = _utf16_without_bom(raw[:8192])
        if wide:
            raise InputDecodeError(
                f"{label}: looks like UTF-16 text without a byte-order mark; convert it first, "
                f"e.g. iconv -f {wide} -t utf-8"
            )
        raise InputDecodeError(f"{label}: binary file, not text")
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        hint = "iconv -f latin1 -t utf-8" if name == "UTF-8" else f"iconv -f {name.lower()} -t utf-8"
        raise InputDecodeError(
            f"{label}: not {name} text (invalid byte at offset {exc.start}); convert it first, e.g. {hint}"
        ) from None
    if "\x00" in text[:8192]:
        raise InputDecodeError(f"{label}: binary file, not text")
    return text


STDIN = "-"
STDIN_LABEL = "<stdin>"


def _read_stdin(limit: int) -> bytes:
    """Standard input's bytes, reading no more than :func:`max_bytes` (plus one to notice more)."""
    cap = max_bytes(limit)
    try:
        raw: bytes = sys.stdin.buffer.read(cap + 1)
    except (OSError, ValueError, AttributeError) as exc:
        raise InputNotFoundError(f"{STDIN_LABEL}: cannot be read ({exc})") from None
    if len(raw) > cap:
        raise _too_big(Path(STDIN_LABEL), f"more than {cap:,}", limit)
    return raw


def read_text(path: str | Path) -> str:
    """Read an article file; typed errors for every bad input (see the module docstring).

    UTF-8 (a BOM is dropped), or UTF-16 / UTF-32 with a BOM, decoded and the BOM dropped.
    At most :func:`max_bytes` bytes are read, whatever the file is (a regular file, a pipe,
    a device); a named pipe with no writer is refused after :data:`PIPE_WRITER_WAIT`
    seconds, and a pipe or device must end within :data:`PIPE_DEADLINE` seconds. The
    string ``"-"`` reads standard input, with the same checks (a ``Path("-")`` is a file).
    """
    if isinstance(path, str) and path == STDIN:
        p, raw = Path(STDIN_LABEL), _read_stdin(max_chars())
    else:
        p = Path(path)
        raw = _read_bytes(p, max_chars())
    text = decode(raw, p)
    check_text(text, str(p))
    return text
