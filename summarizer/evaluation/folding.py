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

from ..grounding import NormalizedText, fold_name, name_char

fold = fold_name
"""``text`` under the scoring normalisation (see the module docstring)."""


class FoldedText(NormalizedText):
    """An article folded for searching, with a map back to original offsets."""

    def __init__(self, original: str) -> None:
        super().__init__(original, name_char)
