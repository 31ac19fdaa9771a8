"""What an LLM is asked to fill: a compact briefing in which each quote is written once.

Claims carry the quotes (one contiguous passage each); positions and disagreements cite
claims by id and add quotes of their own only for words no claim covers. The model writes
no offsets, no claim kind (direct or indirect is read off the article's quotation marks)
and no restatement of a quote.

Validators run with ``validation_context={"article": text}`` (instructor passes it through)
and reject, with a reason the model can act on:

- a quote not found verbatim in the article (typography forgiven, see :mod:`~summarizer.grounding`);
- a quote that starts or ends inside a word ("e" out of "est");
- a quote under three words that is not a term the article itself puts in quotation marks;
- a speaker, position actor or side actor that is no actor id; a cited claim id that does
  not exist; duplicate ids; a position or disagreement with nothing to show for it.

:func:`to_briefing` turns a validated draft into a :class:`~summarizer.schema.Briefing` whose
evidence carries exact offsets.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field, ValidationInfo, model_validator

from ...grounding import NormalizedText, Span
from ...quotation import Quote, find_quotes
from ...schema import (
    Actor,
    ActorKind,
    Briefing,
    Claim,
    ClaimKind,
    Disagreement,
    Evidence,
    Meta,
    Position,
    Side,
    Source,
)

MIN_WORDS = 3  # shorter quotes must be a term the article puts in quotation marks


class ArticleIndex:
    """The article as quotes are checked against it: normalised text and quoted stretches."""

    def __init__(self, article: str) -> None:
        self.text = NormalizedText(article)
        self.quoted: tuple[Quote, ...] = tuple(find_quotes(article))

    @property
    def original(self) -> str:
        return self.text.original

    def _bounded(self, span: Span) -> bool:
        """Both ends fall between words, never inside one."""
        text = self.original

        def cut(i: int) -> bool:
            return 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()

        return not cut(span.start) and not cut(span.end)

    def _marked(self, span: Span) -> bool:
        """The span is a stretch the article puts in quotation marks (trailing punctuation aside)."""
        for quote in self.quoted:
            if quote.start == span.start:
                inner = self.original[quote.start : quote.end].rstrip(" .,;:!?\u00a0\u202f")
                if quote.start + len(inner) <= span.end <= quote.end:
                    return True
        return False

    def inside_quotation_marks(self, span: Span) -> bool:
        """The span lies within one quoted stretch of the article."""
        return any(q.start <= span.start and span.end <= q.end for q in self.quoted)

    def place(self, quote: str) -> Span:
        """The first occurrence of ``quote`` that is a meaningful span; ValueError with the reason."""
        spans = self.text.find_all(quote)
        shown = repr(" ".join(quote.split())[:100])
        if not spans:
            raise ValueError(f"{shown} is not verbatim in the article")
        bounded = [s for s in spans if self._bounded(s)]
        if not bounded:
            raise ValueError(f"{shown} starts or ends inside a word; quote whole words")
        if len(quote.split()) >= MIN_WORDS:
            return bounded[0]
        for span in bounded:
            if self._marked(span):
                return span
        raise ValueError(
            f"{shown} has fewer than {MIN_WORDS} words and is not a term the article puts in quotation "
            "marks; quote the whole clause"
        )


@lru_cache(maxsize=16)
def article_index(article: str) -> ArticleIndex:
    """The index of an article, built once for its validation and its grounding (it is immutable)."""
    return ArticleIndex(article)


def _index(info: ValidationInfo) -> ArticleIndex | None:
    context: Any = info.context
    article = context.get("article") if isinstance(context, dict) else None
    return article_index(article) if isinstance(article, str) else None


def _check_quote(quote: str, info: ValidationInfo) -> str:
    index = _index(info)
    if index is not None:
        try:
            index.place(quote)
        except ValueError as exc:
            raise ValueError(f"{exc}. Copy the exact words of the article, or drop the item.") from None
    return quote


def _check_quotes(quotes: list[str], info: ValidationInfo) -> list[str]:
    index = _index(info)
    if index is not None:
        reasons = []
        for quote in quotes:
            try:
                index.place(quote)
            except ValueError as exc:
                reasons.append(str(exc))
        if reasons:
            raise ValueError("; ".join(reasons) + ". Copy the exact words of the article, or drop the quote.")
    return quotes


GroundedQuote = Annotated[str, AfterValidator(_check_quote)]
GroundedQuotes = Annotated[list[str], AfterValidator(_check_quotes)]


class DraftActor(BaseModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)


class DraftClaim(BaseModel):
    id: str = Field(pattern=r"^c[0-9]+$", description="c1, c2, ... in article order")
    speaker: str | None = Field(description="actor id of who said it; null if the article names no one")
    cue: str | None = Field(default=None, description="reporting verb or phrase as written")
    quote: GroundedQuote = Field(description="the claim's words, one contiguous passage copied exactly")


class DraftPosition(BaseModel):
    actor: str
    topic: str
    stance: str
    claims: list[str] = Field(default_factory=list, description="ids of the claims that show it")
    quotes: GroundedQuotes = Field(default_factory=list, description="only words no claim covers")


class DraftSide(BaseModel):
    actors: list[str] = Field(min_length=1)
    stance: str


class DraftDisagreement(BaseModel):
    topic: str
    sides: list[DraftSide] = Field(min_length=2, description="at least two sides")
    claims: list[str] = Field(default_factory=list, description="ids of the claims that show the conflict")
    quotes: GroundedQuotes = Field(default_factory=list, description="only words no claim covers")


class BriefingDraft(BaseModel):
    """A briefing of the article; each quote written once, in the claims."""

    summary: str = Field(min_length=1, description="2 to 4 sentences")
    actors: list[DraftActor]
    claims: list[DraftClaim]
    positions: list[DraftPosition] = Field(default_factory=list)
    disagreements: list[DraftDisagreement] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> BriefingDraft:
        errors: list[str] = []
        actor_ids = [a.id for a in self.actors]
        claim_ids = [c.id for c in self.claims]
        if len(set(actor_ids)) != len(actor_ids):
            errors.append("actor ids must be unique")
        if len(set(claim_ids)) != len(claim_ids):
            errors.append("claim ids must be unique")
        actors, claims = set(actor_ids), set(claim_ids)

        def unknown(ids: list[str], known: set[str]) -> list[str]:
            return [i for i in ids if i not in known]

        for i, claim in enumerate(self.claims):
            if claim.speaker is not None and claim.speaker not in actors:
                errors.append(f"claims[{i}].speaker {claim.speaker!r} is not an actor id {sorted(actors)}")
        for i, pos in enumerate(self.positions):
            if pos.actor not in actors:
                errors.append(f"positions[{i}].actor {pos.actor!r} is not an actor id")
            if unknown(pos.claims, claims):
                errors.append(f"positions[{i}].claims names unknown claim ids {unknown(pos.claims, claims)}")
            if not pos.claims and not pos.quotes:
                errors.append(f"positions[{i}] needs claim ids or quotes")
        for i, dis in enumerate(self.disagreements):
            for side in dis.sides:
                if unknown(side.actors, actors):
                    errors.append(f"disagreements[{i}] side names unknown actor ids {unknown(side.actors, actors)}")
            if unknown(dis.claims, claims):
                errors.append(f"disagreements[{i}].claims names unknown claim ids {unknown(dis.claims, claims)}")
            if not dis.claims and not dis.quotes:
                errors.append(f"disagreements[{i}] needs claim ids or quotes")
        if errors:
            raise ValueError("; ".join(errors))
        return self


def _evidence(index: ArticleIndex, quote: str) -> Evidence:
    span = index.place(quote)
    return Evidence(quote=index.original[span.start : span.end], start=span.start, end=span.end)


def _kind(index: ArticleIndex, speaker: str | None, evidence: Evidence) -> ClaimKind:
    if speaker is None:
        return "unattributed"
    return "direct" if index.inside_quotation_marks(Span(evidence.start, evidence.end)) else "indirect"


def to_briefing(draft: BriefingDraft, article: str, *, source: Source, meta: Meta) -> Briefing:
    """Ground every quote of a validated draft and build the :class:`Briefing`."""
    index = article_index(article)
    claims: list[Claim] = []
    for c in draft.claims:
        evidence = _evidence(index, c.quote)
        claims.append(
            Claim(
                id=c.id,
                speaker=c.speaker,
                text=" ".join(evidence.quote.split()),
                kind=_kind(index, c.speaker, evidence),
                cue=c.cue,
                evidence=[evidence],
            )
        )
    by_id = {c.id: c.evidence[0] for c in claims}

    def cited(claim_ids: list[str], quotes: list[str]) -> list[Evidence]:
        return [by_id[i] for i in dict.fromkeys(claim_ids)] + [_evidence(index, q) for q in quotes]

    briefing = Briefing(
        source=source,
        summary=draft.summary,
        actors=[Actor(**a.model_dump()) for a in draft.actors],
        claims=claims,
        positions=[
            Position(
                actor=p.actor,
                topic=p.topic,
                stance=p.stance,
                claims=list(dict.fromkeys(p.claims)),
                evidence=cited(p.claims, p.quotes),
            )
            for p in draft.positions
        ],
        disagreements=[
            Disagreement(
                topic=d.topic,
                sides=[Side(actors=s.actors, stance=s.stance) for s in d.sides],
                claims=list(dict.fromkeys(d.claims)),
                evidence=cited(d.claims, d.quotes),
            )
            for d in draft.disagreements
        ],
        meta=meta,
    )
    return Briefing.model_validate(briefing.model_dump(), context={"article": article})
