"""The briefing: one JSON shape for every engine, the eval and outside tools.

Every statement carries :class:`Evidence` — a quote with its ``[start, end)`` offsets in
the original article, with the invariant ``article[start:end] == quote``. Validate a
briefing against its article with ``Briefing.model_validate(data, context={"article":
text})``; without the article only the internal references are checked.

This module imports nothing else of summarizer.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

SCHEMA_VERSION = "3"  # 2: positions and disagreements cite claims by id; 3: source.day

ActorKind = Literal["person", "organization", "country", "group", "other"]
ClaimKind = Literal["direct", "indirect", "unattributed"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """A verbatim slice of the article: ``article[start:end] == quote``."""

    quote: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError("evidence end - start must equal the quote's length")
        return self


class Actor(_Model):
    """Someone who acts or speaks in the article."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", description="short slug, e.g. 'trump'")
    name: str = Field(min_length=1)
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)


class Claim(_Model):
    """A statement the article attributes to an actor (or, if unattributed, to no one)."""

    id: str
    speaker: str | None = Field(description="actor id; null only for unattributed claims")
    text: str = Field(min_length=1, description="what is claimed, in one sentence")
    kind: ClaimKind
    cue: str | None = Field(default=None, description="reporting verb or phrase")
    evidence: list[Evidence] = Field(min_length=1)


class Position(_Model):
    """Where an actor stands on a topic."""

    actor: str
    topic: str
    stance: str
    claims: list[str] = Field(default_factory=list, description="ids of the claims that show it")
    evidence: list[Evidence] = Field(min_length=1)


class Side(_Model):
    """One side of a disagreement."""

    actors: list[str] = Field(min_length=1)
    stance: str


class Disagreement(_Model):
    """Two or more sides whose stated positions conflict."""

    topic: str
    sides: list[Side] = Field(min_length=2)
    claims: list[str] = Field(default_factory=list, description="ids of the claims that show the conflict")
    evidence: list[Evidence] = Field(min_length=1)


class Source(_Model):
    """What was summarised."""

    sha256: str
    language: str
    date: str | None = Field(default=None, description="YYYY-MM from a leading 'date' line")
    day: int | None = Field(default=None, ge=1, le=31, description="day of the month, when the 'date' line gives it")
    title: str | None = None
    chars: int


class Usage(_Model):
    """Model usage over every attempt, retries included."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    elapsed_seconds: float = 0.0
    cost_usd: float | None = Field(default=None, description="at the price table's rates, when the model is listed")


class Meta(_Model):
    """How the briefing was made."""

    engine: str
    model: str | None = None
    prompt_sha256: str | None = Field(default=None, description="sha256 of the prompt templates (the prompt's version)")
    schema_version: str = SCHEMA_VERSION
    usage: Usage = Field(default_factory=Usage)


class Briefing(_Model):
    """A grounded briefing of one article."""

    source: Source
    summary: str
    actors: list[Actor] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    meta: Meta

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, if any (``None``, an unattributed claim's speaker, is no actor)."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_markdown(self, article: str | None = None) -> str:
        """The briefing as Markdown (``summarize --format md``); ``article`` (its text) titles it when untitled."""
        from .output.markdown import to_markdown  # lazily: this module imports nothing of ours

        return to_markdown(self, article)

    def _repr_html_(self) -> str:
        """Jupyter: the briefing as an HTML fragment (summary, actors, claims, disagreements)."""
        from .output.html import to_fragment  # lazily: this module imports nothing of ours

        return to_fragment(self)

    def evidence(self) -> list[Evidence]:
        """Every evidence item of the briefing."""
        items: list[Evidence] = []
        for group in (self.claims, self.positions, self.disagreements):
            for entry in group:
                items.extend(entry.evidence)
        return items

    @model_validator(mode="after")
    def _references(self, info: ValidationInfo) -> Briefing:
        ids = [a.id for a in self.actors]
        if len(set(ids)) != len(ids):
            raise ValueError("actor ids must be unique")
        known = set(ids)
        for claim in self.claims:
            if claim.speaker is None and claim.kind != "unattributed":
                raise ValueError(f"claim {claim.id}: only unattributed claims lack a speaker")
            if claim.speaker is not None and claim.speaker not in known:
                raise ValueError(f"claim {claim.id}: speaker {claim.speaker!r} is no actor id")
        claim_ids = {c.id for c in self.claims}
        if len(claim_ids) != len(self.claims):
            raise ValueError("claim ids must be unique")
        for position in self.positions:
            if position.actor not in known:
                raise ValueError(f"position actor {position.actor!r} is no actor id")
            if set(position.claims) - claim_ids:
                raise ValueError(f"position cites unknown claims {sorted(set(position.claims) - claim_ids)}")
        for dis in self.disagreements:
            if set(dis.claims) - claim_ids:
                raise ValueError(f"disagreement cites unknown claims {sorted(set(dis.claims) - claim_ids)}")
            for side in dis.sides:
                unknown = [a for a in side.actors if a not in known]
                if unknown:
                    raise ValueError(f"disagreement side names unknown actors {unknown}")
        context: Any = info.context
        article = context.get("article") if isinstance(context, dict) else None
        if isinstance(article, str):
            for ev in self.evidence():
                if article[ev.start : ev.end] != ev.quote:
                    raise ValueError(f"evidence [{ev.start}:{ev.end}] is not the article's text {ev.quote!r}")
        return self
