"""The scoring normalisation of the eval format (README, section Eval): how names and quotes are compared.

Two strings are "the same" for the eval when they are equal after

* case folding (``str.casefold``),
* accent stripping (NFKD decomposition, combining marks dropped),
* apostrophe normalisation (’ → '),
* whitespace collapsing (every run of Unicode whitespace → one space, ends trimmed).

Nothing else is forgiven (no articles dropped, no fuzzy matching). :class:`FoldedText`
searches an article under this normalisation and maps hits back to offsets of the original
text, for the grounding figure.
"""

from __future__ import annotations

import unicodedata

from ..grounding import Span


def _fold_char(ch: str) -> str:
    """What one original character becomes: '' (a combining mark), ' ', or 1+ chars."""
    if ch.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", ch.casefold())
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("\u2019", "'")


def fold(text: str) -> str:
    """``text`` under the scoring normalisation (see the module docstring)."""
    out: list[str] = []
    for ch in text:
        for piece in _fold_char(ch):
            if piece == " " and (not out or out[-1] == " "):
                continue
            out.append(piece)
    return "".join(out).rstrip(" ")


class FoldedText:
    """An article folded for searching, with a map back to original offsets."""

    def __init__(self, original: str) -> None:
        self.original = original
        chars: list[str] = []
        starts: list[int] = []  # original index where each folded char comes from
        ends: list[int] = []  # original index just past it
        for i, ch in enumerate(original):
            for piece in _fold_char(ch):
                if piece == " " and chars and chars[-1] == " ":
                    ends[-1] = i + 1  # extend the collapsed run
                    continue
                chars.append(piece)
                starts.append(i)
                ends.append(i + 1)
        self.text = "".join(chars)
        self._starts = starts
        self._ends = ends

    def find_all(self, quote: str) -> list[Span]:
        """Every occurrence of ``quote`` (folded), as original spans, in text order."""
        needle = fold(quote)
        if not needle:
            return []
        spans: list[Span] = []
        at = self.text.find(needle)
        while at >= 0:
            spans.append(Span(self._starts[at], self._ends[at + len(needle) - 1]))
            at = self.text.find(needle, at + 1)
        return spans
