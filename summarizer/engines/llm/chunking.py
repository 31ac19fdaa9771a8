"""Long articles: split on paragraph boundaries with overlap, then merge the briefings.

An article longer than the model's context budget is cut into chunks of whole paragraphs
(a paragraph longer than a chunk is cut at sentence ends, then at spaces); each chunk after
the first starts with the last paragraph of the previous one, so a statement split across
the cut is seen whole at least once. Each chunk is summarised on its own; :func:`merge`
shifts evidence offsets back to the whole article, merges actors that share a name or an
alias (case, accents and apostrophes folded), drops claims repeated by the overlap and
keeps every disagreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...grounding import fold_name as fold
from ...schema import Actor, Briefing, Claim, Disagreement, Evidence, Meta, Position, Side, Source

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?…»\"'])\s+")


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int


def split(text: str, max_chars: int) -> list[Chunk]:
    """Chunks of at most ``max_chars`` (whole paragraphs where possible), overlapping by one paragraph."""
    if len(text) <= max_chars:
        return [Chunk(0, len(text))]
    pieces: list[tuple[int, int]] = []
    for match in _PARAGRAPH.finditer(text):
        pieces.extend(_cut(text, match.start(), match.end(), max_chars))
    chunks: list[Chunk] = []
    i = 0
    while i < len(pieces):
        start, end = pieces[i]
        j = i + 1
        while j < len(pieces) and pieces[j][1] - start <= max_chars:
            end = pieces[j][1]
            j += 1
        chunks.append(Chunk(start, end))
        if j >= len(pieces):
            break
        i = j - 1 if j - 1 > i else j  # overlap: the last paragraph opens the next chunk
    return chunks


def _cut(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """A paragraph as pieces of at most ``max_chars``: sentence ends first, then spaces."""
    if end - start <= max_chars:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cuts = [m.end() for m in _SENTENCE_END.finditer(window)] or [m.end() for m in re.finditer(r"\s+", window)]
        cut = start + (cuts[-1] if cuts and cuts[-1] > 0 else max_chars)
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _shift(items: list[Evidence], offset: int) -> list[Evidence]:
    return [Evidence(quote=e.quote, start=e.start + offset, end=e.end + offset) for e in items]


def merge(parts: list[tuple[Chunk, Briefing]], *, source: Source, meta: Meta) -> Briefing:
    """One briefing of the whole article from per-chunk briefings (offsets chunk-relative).

    ``meta`` is the whole article's: its usage already counts every chunk's calls.
    """
    actors: list[Actor] = []
    by_name: dict[str, int] = {}
    claims: list[Claim] = []
    positions: list[Position] = []
    disagreements: list[Disagreement] = []
    seen: dict[tuple[str | None, tuple[tuple[int, int], ...]], str] = {}  # claim key -> merged id
    for chunk, part in parts:
        ids: dict[str, str] = {}
        for actor in part.actors:
            keys = [fold(n) for n in (actor.name, *actor.aliases)]
            index = next((by_name[k] for k in keys if k in by_name), None)
            if index is None:
                taken = {a.id for a in actors}
                new_id, n = actor.id, 2
                while new_id in taken:
                    new_id, n = f"{actor.id}-{n}", n + 1
                actors.append(actor.model_copy(update={"id": new_id}))
                index = len(actors) - 1
            else:
                known = actors[index]
                extra = [
                    a
                    for a in (actor.name, *actor.aliases)
                    if fold(a) not in {fold(x) for x in (known.name, *known.aliases)}
                ]
                actors[index] = known.model_copy(
                    update={"aliases": [*known.aliases, *extra], "role": known.role or actor.role}
                )
            for key in keys:
                by_name.setdefault(key, index)
            ids[actor.id] = actors[index].id
        claim_ids: dict[str, str] = {}
        for claim in part.claims:
            evidence = _shift(claim.evidence, chunk.start)
            speaker = ids.get(claim.speaker) if claim.speaker else None
            claim_key = (speaker, tuple((e.start, e.end) for e in evidence))
            if claim_key in seen:
                claim_ids[claim.id] = seen[claim_key]  # the same statement, seen again in the overlap
                continue
            seen[claim_key] = claim_ids[claim.id] = f"c{len(claims) + 1}"
            claims.append(
                claim.model_copy(update={"id": claim_ids[claim.id], "speaker": speaker, "evidence": evidence})
            )
        for position in part.positions:
            positions.append(
                position.model_copy(
                    update={
                        "actor": ids[position.actor],
                        "claims": [claim_ids[c] for c in position.claims],
                        "evidence": _shift(position.evidence, chunk.start),
                    }
                )
            )
        for dis in part.disagreements:
            evidence = _shift(dis.evidence, chunk.start)
            spans = tuple((e.start, e.end) for e in evidence)
            if any(tuple((e.start, e.end) for e in d.evidence) == spans for d in disagreements):
                continue
            sides = [Side(actors=list(dict.fromkeys(ids[a] for a in s.actors)), stance=s.stance) for s in dis.sides]
            disagreements.append(
                dis.model_copy(
                    update={"sides": sides, "claims": [claim_ids[c] for c in dis.claims], "evidence": evidence}
                )
            )
    summary = parts[0][1].summary if parts else ""
    return Briefing(
        source=source,
        summary=summary,
        actors=actors,
        claims=claims,
        positions=positions,
        disagreements=disagreements,
        meta=meta,
    )
