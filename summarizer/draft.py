"""What an LLM is asked to fill: the briefing with plain quotes instead of offsets.

Validators run with ``validation_context={"article": text}`` (instructor passes it through)
and reject, with a message the model can act on, every quote that is not in the article,
every claim whose speaker is no actor id and every disagreement with fewer than two sides.
:func:`to_briefing` then turns the validated draft into a :class:`~summarizer.schema.Briefing`
whose evidence carries exact offsets.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field, ValidationInfo, model_validator

from .grounding import NormalizedText, Span
from .schema import Actor, ActorKind, Briefing, Claim, ClaimKind, Disagreement, Evidence, Meta, Position, Side, Source


def _article(info: ValidationInfo) -> NormalizedText | None:
    context: Any = info.context
    if not isinstance(context, dict):
        return None
    cached = context.get("_normalized")
    if isinstance(cached, NormalizedText):
        return cached
    article = context.get("article")
    if not isinstance(article, str):
        return None
    normalized = NormalizedText(article)
    context["_normalized"] = normalized
    return normalized


def _check_quotes(quotes: list[str], info: ValidationInfo) -> list[str]:
    article = _article(info)
    if article is not None:
        missing = [q for q in quotes if not article.find_all(q)]
        if missing:
            shown = "; ".join(repr(" ".join(q.split())[:100]) for q in missing)
            raise ValueError(
                f"these quotes are not verbatim in the article: {shown}. "
                "Copy the exact words of the article, or drop the item."
            )
    return quotes


GroundedQuotes = Annotated[list[str], AfterValidator(_check_quotes)]


class DraftActor(BaseModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)


class DraftClaim(BaseModel):
    speaker: str | None = Field(description="actor id of who said it")
    text: str
    kind: ClaimKind
    cue: str | None = None
    quotes: GroundedQuotes = Field(min_length=1, description="exact words from the article")


class DraftPosition(BaseModel):
    actor: str
    topic: str
    stance: str
    quotes: GroundedQuotes = Field(min_length=1)


class DraftSide(BaseModel):
    actors: list[str] = Field(min_length=1)
    stance: str


class DraftDisagreement(BaseModel):
    topic: str
    sides: list[DraftSide] = Field(min_length=2, description="at least two sides")
    quotes: GroundedQuotes = Field(min_length=1)


class BriefingDraft(BaseModel):
    """A briefing of the article, every statement backed by verbatim quotes."""

    summary: str = Field(min_length=1, description="2 to 4 sentences")
    actors: list[DraftActor]
    claims: list[DraftClaim]
    positions: list[DraftPosition] = Field(default_factory=list)
    disagreements: list[DraftDisagreement] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> BriefingDraft:
        ids = [a.id for a in self.actors]
        errors = []
        if len(set(ids)) != len(ids):
            errors.append("actor ids must be unique")
        known = set(ids)
        for i, claim in enumerate(self.claims):
            if claim.speaker is not None and claim.speaker not in known:
                errors.append(f"claims[{i}].speaker {claim.speaker!r} is not an actor id {sorted(known)}")
        for i, pos in enumerate(self.positions):
            if pos.actor not in known:
                errors.append(f"positions[{i}].actor {pos.actor!r} is not an actor id")
        for i, dis in enumerate(self.disagreements):
            for side in dis.sides:
                bad = [a for a in side.actors if a not in known]
                if bad:
                    errors.append(f"disagreements[{i}] side names unknown actor ids {bad}")
        if errors:
            raise ValueError("; ".join(errors))
        return self


def _evidence(article: NormalizedText, quotes: list[str]) -> list[Evidence]:
    items = []
    for quote in quotes:
        span: Span = article.locate(quote)
        items.append(Evidence(quote=article.original[span.start : span.end], start=span.start, end=span.end))
    return items


def to_briefing(draft: BriefingDraft, article: str, *, source: Source, meta: Meta) -> Briefing:
    """Ground every quote of a validated draft and build the :class:`Briefing`."""
    text = NormalizedText(article)
    claims = [
        Claim(
            id=f"c{i + 1}",
            speaker=c.speaker if c.kind != "unattributed" or c.speaker else None,
            text=c.text,
            kind="unattributed" if c.speaker is None else c.kind,
            cue=c.cue,
            evidence=_evidence(text, c.quotes),
        )
        for i, c in enumerate(draft.claims)
    ]
    briefing = Briefing(
        source=source,
        summary=draft.summary,
        actors=[Actor(**a.model_dump()) for a in draft.actors],
        claims=claims,
        positions=[
            Position(actor=p.actor, topic=p.topic, stance=p.stance, evidence=_evidence(text, p.quotes))
            for p in draft.positions
        ],
        disagreements=[
            Disagreement(
                topic=d.topic,
                sides=[Side(actors=s.actors, stance=s.stance) for s in d.sides],
                evidence=_evidence(text, d.quotes),
            )
            for d in draft.disagreements
        ],
        meta=meta,
    )
    return Briefing.model_validate(briefing.model_dump(), context={"article": article})
