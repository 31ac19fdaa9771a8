"""Stage 7 — the extractive summary: the lead, then sentences covering different actors' positions.

Sentences are verbatim (whitespace collapsed) and in article order. A sentence is never
taken twice in substance (most of its words already said), and never when it leaves a
quotation open (it would end on an unclosed quote).
"""

from __future__ import annotations

import bisect
from collections import Counter
from typing import Any

from .claims import ClaimRecord
from .document import Document
from .positions import PositionRecord

_MIN_WORDS = 6
_OPENERS = {"«": "»", "“": "”"}


def _balanced(text: str) -> bool:
    if any(text.count(o) != text.count(c) for o, c in _OPENERS.items()):
        return False
    return text.count('"') % 2 == 0


def _words(text: str) -> set[str]:
    return {w.strip(".,;:!?\"'«»“”()").lower() for w in text.split() if len(w) > 3}


def _same(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) > 0.5


def extract_summary(text: Document, claims: tuple[ClaimRecord, ...], positions: tuple[PositionRecord, ...], *,
                    body: int = 0, limit: int = 4) -> str:
    """2–4 sentences of the article; ``body`` is where the article proper starts (after a headline)."""
    every = text.sents
    said = text.sent_text
    starts = [s.start_char for s in every]
    ok = [s for s in every if len(said(s).split()) >= _MIN_WORDS and s.start_char >= body and _balanced(said(s))]
    if not ok:
        return " ".join(text.text[body:].split()) or " ".join(text.text.split())
    chosen: list[Any] = [ok[0]]
    weight = Counter(c.speaker for c in claims)
    topics_of = Counter(p.actor for p in positions)
    candidates: dict[int, tuple[float, Any, int]] = {}
    for c in claims:
        sent = every[max(0, bisect.bisect_right(starts, c.start) - 1)]
        if sent.start_char < body or len(said(sent).split()) < _MIN_WORDS or not _balanced(said(sent)):
            continue
        score = weight[c.speaker] + topics_of[c.speaker] - 0.001 * sent.start
        if sent.start not in candidates or candidates[sent.start][0] < score:
            candidates[sent.start] = (score, sent, c.speaker)
    done: set[int] = set()
    for _, sent, speaker in sorted(candidates.values(), key=lambda e: -e[0]):
        if len(chosen) >= limit:
            break
        if speaker in done or any(sent.start == s.start or _same(said(sent), said(s)) for s in chosen):
            continue
        chosen.append(sent)
        done.add(speaker)
    if len(chosen) < 2:
        extra = next((s for s in ok[1:] if not _same(said(s), said(chosen[0]))), None)
        if extra is not None:
            chosen.append(extra)
    chosen.sort(key=lambda s: s.start)
    return " ".join(" ".join(said(s).split()) for s in chosen)
