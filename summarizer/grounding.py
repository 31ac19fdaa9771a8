"""Locate quotes in an article exactly, forgiving typography only.

A model (or a rule) hands us a quote; we find it in the article and return the span of the
*original* text, so that ``article[start:end] == quote_as_stored`` always holds. Both sides
are normalised the same way before searching:

* ’ ‘ ‚ ʼ ′ → '        * “ ” „ « » ″ → "
* NBSP, narrow NBSP, thin and other Unicode spaces → a space
* runs of whitespace collapse to one space; case is kept

Nothing else is forgiven: no fuzzy matching, no case folding. A quote that is not found
raises :class:`QuoteNotFound` (a ``ValueError``, so Pydantic validators turn it into a
validation error that instructor feeds back to the model).

This module imports nothing else of summarizer.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

_CHAR_MAP = {
    "\u2019": "'",
    "\u2018": "'",
    "\u201a": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2033": '"',
}
_SPACES = frozenset("\u00a0\u202f\u2009\u2007\u2008\u200a\u2002\u2003\u2004\u2005\u2006\u205f\u3000\u1680")
# every character for which str.isspace() is true (a test checks this against Python's own)
_WHITESPACE = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# the typographic normalisation as one str.translate table: one character to one character
_TYPOGRAPHIC = str.maketrans({**{ch: " " for ch in _SPACES | _WHITESPACE}, **_CHAR_MAP})
_SPACE_RUN = re.compile(" {2,}")


class QuoteNotFound(ValueError):
    """The quote does not occur in the article, even after typographic normalisation."""


@dataclass(frozen=True)
class Span:
    """Half-open character range ``[start, end)`` of the original article."""

    start: int
    end: int


def typographic(ch: str) -> str:
    """One character under the grounding normalisation (see the module docstring)."""
    if ch in _SPACES or ch.isspace():
        return " "
    return _CHAR_MAP.get(ch, ch)


def name_char(ch: str) -> str:
    """One character as names are compared: case folded, accents stripped, ’ → ' ('' or 1+ chars)."""
    if ch.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", ch.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\u2019", "'")


Fold = Callable[[str], str]


class NormalizedText:
    """An article normalised for searching, with a map back to original offsets."""

    def __init__(self, original: str, fold: Fold = typographic) -> None:
        self.original = original
        self.fold = fold
        if fold is typographic:
            self.text, self._starts, self._ends = _typographic_index(original)
            return
        chars: list[str] = []
        starts: list[int] = []  # original index each normalised char comes from
        ends: list[int] = []  # original index just past it
        for i, ch in enumerate(original):
            for piece in fold(ch):
                if piece == " " and chars and chars[-1] == " ":
                    ends[-1] = i + 1  # extend the collapsed run
                    continue
                chars.append(piece)
                starts.append(i)
                ends.append(i + 1)
        self.text = "".join(chars)
        self._starts = starts
        self._ends = ends

    def to_original(self, nstart: int, nend: int) -> Span:
        """Map a normalised range to the original text."""
        return Span(self._starts[nstart], self._ends[nend - 1])

    def to_normalized(self, start: int) -> int:
        """Index of the normalised char that covers original offset ``start``."""
        return max(0, bisect.bisect_right(self._starts, start) - 1)

    def find_all(self, quote: str) -> list[Span]:
        """Every occurrence of ``quote`` (normalised), as original spans, in text order."""
        needle = normalize(quote, self.fold)
        if not needle:
            return []
        spans = []
        at = self.text.find(needle)
        while at >= 0:
            spans.append(self.to_original(at, at + len(needle)))
            at = self.text.find(needle, at + 1)
        return spans

    def locate(self, quote: str, *, after: int = 0) -> Span:
        """The first occurrence at or after original offset ``after``, else the first one.

        Raises :class:`QuoteNotFound` when there is none.
        """
        spans = self.find_all(quote)
        if not spans:
            shown = " ".join(quote.split())
            if len(shown) > 80:
                shown = shown[:77] + "..."
            raise QuoteNotFound(f"quote not found verbatim in the article: {shown!r}; copy the exact words")
        for span in spans:
            if span.start >= after:
                return span
        return spans[0]


def normalize(text: str, fold: Fold = typographic) -> str:
    """``text`` under a normalisation (typographic by default), whitespace collapsed and trimmed."""
    if fold is typographic:
        return _SPACE_RUN.sub(" ", text.translate(_TYPOGRAPHIC)).strip(" ")
    out: list[str] = []
    for ch in text:
        for piece in fold(ch):
            if piece == " " and (not out or out[-1] == " "):
                continue
            out.append(piece)
    return "".join(out).rstrip(" ")


def _typographic_index(original: str) -> tuple[str, list[int], list[int]]:
    """:class:`NormalizedText`'s index under :func:`typographic`, which maps one character to
    one: a ``str.translate``, then each run of spaces kept as its first space, which ends
    where the run ends (the same index as the general loop, built by slices)."""
    mapped = original.translate(_TYPOGRAPHIC)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for run in _SPACE_RUN.finditer(mapped):
        first, last = run.span()
        pieces.append(mapped[pos : first + 1])
        starts.extend(range(pos, first + 1))
        ends.extend(range(pos + 1, first + 1))
        ends.append(last)
        pos = last
    pieces.append(mapped[pos:])
    starts.extend(range(pos, len(mapped)))
    ends.extend(range(pos + 1, len(mapped) + 1))
    return "".join(pieces), starts, ends


def fold_name(name: str) -> str:
    """A name as actors are compared: case, accents, apostrophes and whitespace folded."""
    return normalize(name, name_char)


def locate(article: str, quote: str, *, after: int = 0) -> Span:
    """Find ``quote`` in ``article``; see :meth:`NormalizedText.locate`."""
    return NormalizedText(article).locate(quote, after=after)


def is_grounded(article: str, quote: str, start: int, end: int) -> bool:
    """True when ``article[start:end]`` is exactly ``quote``."""
    return 0 <= start <= end <= len(article) and article[start:end] == quote
