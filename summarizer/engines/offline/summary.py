"""The extractive summary: the lead sentence plus the most attributed statements."""

from __future__ import annotations

import bisect
from collections import Counter
from typing import Any

from .claims import ClaimRecord

_MIN_WORDS = 6


def extract_summary(doc: Any, claims: list[ClaimRecord], *, body: int = 0, limit: int = 4) -> str:
    """2–4 sentences of the article, verbatim (whitespace collapsed), in article order.

    ``body`` is where the article proper starts in ``doc`` (after a headline).
    """
    every = list(doc.sents)
    starts = [s.start_char for s in every]
    sents = [s for s in every if len(s.text.split()) >= _MIN_WORDS and s.start_char >= body]
    if not sents:
        return " ".join(doc.text.split())
    chosen = [sents[0]]
    weight = Counter(id(c.speaker) for c in claims)
    by_sentence: dict[int, tuple[int, Any, int]] = {}
    for claim in claims:
        sent = every[max(0, bisect.bisect_right(starts, claim.start) - 1)]
        if sent.start_char < body:
            continue
        score = weight[id(claim.speaker)]
        if sent.start not in by_sentence or by_sentence[sent.start][0] < score:
            by_sentence[sent.start] = (score, sent, id(claim.speaker))
    speakers_done: set[int] = set()
    ranked = sorted(by_sentence.values(), key=lambda e: (-e[0], e[1].start))
    for _, sent, speaker in ranked:
        if len(chosen) >= limit:
            break
        if sent.start == chosen[0].start or speaker in speakers_done or len(sent.text.split()) < _MIN_WORDS:
            continue
        chosen.append(sent)
        speakers_done.add(speaker)
    if len(chosen) < 2 and len(sents) > 1:
        chosen.append(sents[1])
    chosen.sort(key=lambda s: s.start)
    return " ".join(" ".join(s.text.split()) for s in chosen)
