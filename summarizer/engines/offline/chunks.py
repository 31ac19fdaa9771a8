"""The tokenizer's own memory of chunks, filled one chunk at a time.

spaCy's tokenizer cuts a text at whitespace into chunks, tokenizes each chunk by itself and
remembers its tokens, keyed by the chunk, for the next time it meets it — but a text stops
saving what it tokenizes once it has met a special case ("'s", "M.", "aujourd'hui"): from there
to its end, every chunk it has not remembered already is tokenized and forgotten (its
``_save_cached`` is told whether the text so far met one, spaCy #1250). In a paragraph of a few
hundred words most chunks come after one, and are tokenized afresh on every reading: the seed's
long paragraph took the tokenizer 4 ms at every reading, 0.3 ms with its chunks remembered.
:class:`RememberedChunks` gives each chunk it has not seen to the tokenizer alone first, where
nothing comes before it, so that the tokenizer remembers it as it remembers any chunk, then
tokenizes the text: the tokens are the tokenizer's own, read from its memory. The memory grows
by one entry per distinct chunk, as spaCy's does for the chunks it saves anyway: the 26,587
distinct chunks of every eval and news text added 1.7 MB to the process per language.
"""

from __future__ import annotations

import re
from typing import Any

from .attributes import REMEMBERED_MAX

_CHUNKS = re.compile(r"\S+")  # (``\s`` is ``str.isspace``, the tokenizer's whitespace)


class RememberedChunks:
    """``tokenizer(text)`` for a spaCy ``Tokenizer``, with every chunk of the text remembered by it."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.seen: set[str] = set()

    def __call__(self, text: str) -> Any:
        seen = self.seen
        new = {chunk for chunk in _CHUNKS.findall(text) if chunk not in seen}
        if new:
            if len(seen) > REMEMBERED_MAX:
                seen.clear()  # (the tokenizer's memory is its own: it keeps what it saved)
            for chunk in new:
                self.tokenizer(chunk)
            seen |= new
        return self.tokenizer(text)

    def __getattr__(self, name: str) -> Any:  # the rest of the tokenizer (its rules, its vocab, ...)
        if name == "tokenizer":  # (not set yet: a copy being made)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def remember_chunks(nlp: Any) -> None:
    """Give ``nlp`` its tokenizer with every chunk remembered (:class:`RememberedChunks`)."""
    if not isinstance(nlp.tokenizer, RememberedChunks):
        nlp.tokenizer = RememberedChunks(nlp.tokenizer)
