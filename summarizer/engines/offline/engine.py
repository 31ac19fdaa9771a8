"""The offline engine: a deterministic linguistic briefing on spaCy, no model server.

Stages, each a pure function of the ones before (immutable outputs, so the briefing does
not depend on call order): cues → mentions → actors → claims → positions →
disagreements → summary. Stage timings are logged to ``summarizer.offline`` at INFO.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Iterable, Iterator
from typing import Any

from ...article import Article
from ...errors import ConfigurationError, InputError
from ...schema import Actor, Briefing, Claim, Disagreement, Evidence, Meta, Position, Side
from .actors import ActorInfo, ActorTable, build_actors, slugs
from .claims import ClaimFinder, ClaimRecord
from .cues import OPENING_QUOTES, Cue, CueFinder
from .disagreements import DisagreementFinder
from .document import Document, mask_markup
from .mentions import MentionFinder
from .names import first_names
from .pipeline import LINE_BATCH, load_pipeline, parse_lines, pipeline_name, reparsed_with_proxies
from .positions import Topics, find_positions
from .profile import LanguageProfile, fold, profile
from .summary import extract_summary

_OPTIONS = {"batch_size"}
# a plain file's headline: no longer than this, and ending on none of these (a sentence, a quotation)
_HEADLINE_WORDS = 25
_SENTENCE_ENDS = frozenset(".!?:;…»\"”’)")
log = logging.getLogger("summarizer.offline")


class OfflineEngine:
    """Writes briefings with spaCy and language profiles; grounded by construction."""

    name = "offline"

    def __init__(self, **options: Any) -> None:
        unknown = sorted(set(options) - _OPTIONS)
        if unknown:
            raise ConfigurationError(f"the offline engine takes no option {', '.join(unknown)}")
        self.batch_size = int(options.get("batch_size", LINE_BATCH))  # lines per nlp.pipe batch

    def summarize(self, article: Article) -> Briefing:
        return next(iter(self.summarize_many([article])))

    def summarize_many(self, articles: Iterable[Article]) -> Iterator[Briefing]:
        """Briefings of ``articles`` in order, parsing runs of one language with ``nlp.pipe``."""
        for language, run in itertools.groupby(articles, key=_language):
            nlp = load_pipeline(language)
            batch = list(run)
            for article in batch:  # only when SUMMARIZER_MAX_CHARS was raised past spaCy's limit
                if len(article.text) - _analysis_start(article) > nlp.max_length:
                    raise InputError(
                        f"the article is {len(article.text):,} characters long; the offline engine reads "
                        f"at most {nlp.max_length:,} (spaCy); split it or use the llm engine"
                    )
            started = time.perf_counter()
            prof = profile(language)
            texts = [mask_markup(a.text[_analysis_start(a) :], prof.parse_blank) for a in batch]
            docs = parse_lines(nlp, texts, batch_size=self.batch_size)
            complementisers = prof.grammar.complementisers
            # (and a free-choice determiner, which opens a noun phrase as an article does whatever its tag: « X dément
            # toute implication »)
            openers = complementisers | {c.replace("'", "’") for c in complementisers} | {":", *OPENING_QUOTES} \
                | prof.grammar.free_choice
            for article, text, doc in zip(batch, texts, docs, strict=True):
                if prof.parse_proxies:  # verbs of saying the tagger misread, parsed again (same words)
                    doc = reparsed_with_proxies(nlp, doc, prof.parse_proxies, openers, self.batch_size,
                                                prof.grammar.infinitive_marks)
                parsed = time.perf_counter()
                yield self._briefing(article, doc, language, parsed - started, text)
                started = time.perf_counter()

    def _briefing(self, article: Article, doc: Any, language: str, parse_seconds: float,
                  parsed: str | None = None) -> Briefing:
        timings: list[tuple[str, float]] = [("parse", parse_seconds)]
        clock = time.perf_counter()

        def lap(stage: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            timings.append((stage, now - clock))
            clock = now

        prof = profile(language)
        offset = _analysis_start(article)
        body = _body_start(article) - offset
        text = Document.build(doc, body=body, source=article.text[offset:], parsed=parsed,
                              clitics=prof.clitics, reports=prof.is_reporting_verb)
        cues = CueFinder(text, prof).run()
        lap("cues")
        mentions = MentionFinder(text, prof, cues).run()
        lap("mentions")
        table = build_actors(text, prof, mentions)
        lap("actors")
        finder = ClaimFinder(text, prof, cues, table)
        claims = finder.run()
        lap("claims")
        topics = Topics(text, prof, claims, table)
        positions = find_positions(claims, topics)
        lap("positions")
        disagreements = DisagreementFinder(text, prof, table, claims, topics, finder).run()
        lap("disagreements")
        summary = extract_summary(text, claims, positions, body=body)
        lap("summary")
        briefing = _assemble(article, table, claims, positions, disagreements, summary, offset,
                             Meta(engine=self.name, model=pipeline_name(language)),
                             _accused(doc, prof, table, claims, cues) | finder.spoken_for)
        lap("assemble")
        log.info("offline %s: %d words; %s", article.source().sha256[:12], len(doc),
                 ", ".join(f"{stage} {seconds * 1000:.1f} ms" for stage, seconds in timings))
        return briefing


def _accused(doc: Any, prof: LanguageProfile, table: ActorTable, claims: tuple[ClaimRecord, ...],
             cues: tuple[Cue, ...]) -> set[int]:
    """States and bodies named as the object of an accusation someone makes ("X accused Y of
    …", "X blamed Y for …", "X a accusé Y de …"): a party to the news, accused by a speaker."""
    said = {c.sentence for c in claims}
    out: set[int] = set()
    for cue in cues:
        if cue.kind != "verb" or cue.sentence not in said or not prof.is_target_verb(doc[cue.i]):
            continue
        for c in doc[cue.i].children:
            a = table.at(c.i) if prof.has(c, "object") else None
            if a is not None and table.actors[a].kind in {"country", "organization"}:
                out.add(a)
    return out


def _kept(table: ActorTable, claims: tuple[ClaimRecord, ...], sides: set[int],
          accused: set[int] | None = None) -> list[int]:
    """Actors worth reporting: speakers, sides of a disagreement, states and bodies a speaker
    accuses, named persons, acting states and bodies, bodies named by their proper name."""
    speakers = {c.speaker for c in claims}
    out = []
    for k, a in enumerate(table.actors):
        if a.thing and a.kind == "person":
            continue  # a name the text gives to a place or a building speaks for no one
        if a.kind == "person" and k not in speakers and not a.marked and not a.acts and a.mentions < 2 \
                and len(a.name.split()) < 2:
            continue  # a lone capitalised word seen once, doing nothing, that nothing marks as a person's
        if k in speakers or k in sides or (accused and k in accused):
            out.append(k)
        elif a.kind == "organization" and _named_after(a, table):
            continue  # "the Okonkwo Foundation", "the Varga White House": a person's name as modifier, silent
        elif a.in_title:
            continue  # a body named only in someone's title: where they hold office
        elif a.kind == "organization" and any(x in speakers or x in sides for x in a.members):
            out.append(k)  # the body a speaker is named as a member of speaks through them
        elif not a.named:
            if a.kind == "group" and a.definite >= 1:
                out.append(k)  # "the farmers blocked the road": a group that acts as one
            elif a.state and a.agent and a.kind != "group":
                out.append(k)  # "the government decided …": the state the article is about, acting
            elif a.kind == "organization" and a.place_body and a.agent and a.state_act:
                out.append(k)  # "le conseil municipal de Velmar a approuvé …": a place's body, acting as one
            continue
        elif a.kind == "person" and a.name.startswith("@"):
            out.append(k)  # a social-media account: named as the one who posts or is answered
        elif a.kind == "person":
            # a person named in passing, only where something happens or only in someone's
            # words, is no actor; nor is a lone word seen once
            if a.located or a.thing or (a.quoted and not a.acts) or (len(a.name.split()) < 2 and a.mentions < 2):
                continue
            if not a.acts and not a.marked:
                continue  # nothing says the name is a person's (a place, a title the tagger took for one)
            if a.acts or a.mentions >= 2 or len(a.name.split()) >= 2:
                out.append(k)
        elif a.kind == "country":
            # a state named only where something happens, as a possessor, in a list of examples or
            # in someone's words, or as the subject of what it is or has, is no actor: only the
            # doer of an event is
            # (named once or twice, it must do what a state does: decide, sign, send, sanction …, not
            # merely be the subject the parse gives an event)
            if a.agent and (a.state_act or a.mentions >= 3):
                out.append(k)
        elif a.kind in {"organization", "group"} and a.agent and not a.thing and (
                a.mentions >= 3 or (a.kind == "organization" and a.state_act and len(a.name.split()) >= 2)):
            # named often, and doing something outside anyone's words; or named in full and doing once what
            # a body does (decide, sign, welcome, sue …), as a state must
            out.append(k)
        elif a.institution and not a.located and not a.quoted and (
                not a.name[:1].islower() or (a.agent and a.state_act)):
            # a body named by its proper name ("the Arab League") is in the news as such; one named
            # by its common noun and its field ("le ministère de la Santé") may be a portfolio someone
            # is given: it must do what a body does
            out.append(k)
    return sorted(out, key=lambda k: table.actors[k].first)


def _named_after(body: ActorInfo, table: ActorTable) -> bool:
    """Whether a body's name holds the surname of a person named in full by a given name, and
    words of its own besides: a body named after the person or qualified by them ("the Okonkwo
    campaign", "la fondation Hélène Marchand")."""
    words = fold(body.name).split()
    given = first_names()
    return any(a.kind == "person" and a.named and len(names := fold(a.name).split()) >= 2
               and names[0] in given and names[-1] in words and set(words) - set(names) for a in table.actors)


def _assemble(article: Article, table: ActorTable, claims: tuple[ClaimRecord, ...], positions: Any,
              disagreements: Any, summary: str, offset: int, meta: Meta,
              accused: set[int] | None = None) -> Briefing:
    text = article.text
    sides = {a for d in disagreements for side in d.sides for a in side}
    kept = _kept(table, claims, sides, accused)
    ids = dict(zip(kept, slugs([table.actors[k].name for k in kept]), strict=True))

    def evidence(start: int, end: int) -> Evidence:
        s, e = start + offset, end + offset
        return Evidence(quote=text[s:e], start=s, end=e)

    claim_ids: dict[int, str] = {}
    out_claims: list[Claim] = []
    for n, c in enumerate(claims):
        if c.speaker not in ids:
            continue
        claim_ids[n] = f"c{len(out_claims) + 1}"
        out_claims.append(Claim(id=claim_ids[n], speaker=ids[c.speaker],
                                text=" ".join(text[c.start + offset : c.end + offset].split()), kind=c.kind,
                                cue=c.cue or None, evidence=[evidence(c.start, c.end)]))
    out_positions = [
        Position(actor=ids[p.actor], topic=p.topic, stance=_short(text[claims[p.claims[0]].start + offset:
                                                                       claims[p.claims[0]].end + offset]),
                 claims=[claim_ids[k] for k in p.claims if k in claim_ids],
                 evidence=[evidence(claims[k].start, claims[k].end) for k in p.claims])
        for p in positions if p.actor in ids
    ]
    out_dis = []
    for d in disagreements:
        sides_ids = [[ids[a] for a in _with_state(side, table) if a in ids] for side in d.sides]
        if all(sides_ids):
            out_dis.append(Disagreement(
                topic=d.topic or "disagreement",
                sides=[Side(actors=s, stance=_short(st)) for s, st in zip(sides_ids, d.stances, strict=True)],
                claims=[claim_ids[k] for k in d.claims if k in claim_ids],
                evidence=[evidence(s, e) for s, e in d.spans],
            ))
    # grounded by construction; validated all the same, with the article (its parts were validated when made)
    return Briefing.model_validate({
        "source": article.source(),
        "summary": summary,
        "actors": [_actor(table.actors[k], ids[k]) for k in kept],
        "claims": out_claims,
        "positions": out_positions,
        "disagreements": out_dis,
        "meta": meta,
    }, context={"article": text})


def _with_state(side: tuple[int, ...], table: ActorTable) -> list[int]:
    """An institution's side includes the state it speaks for, when that state is an actor."""
    out = list(side)
    for a in side:
        code = table.actors[a].country
        if code and table.actors[a].kind == "organization":
            state = next((k for k, x in enumerate(table.actors) if x.kind == "country" and x.country == code), None)
            if state is not None and state not in out:
                out.append(state)
    return out


def _analysis_start(article: Article) -> int:
    """Where analysis starts: the headline of a "date … title …" line, else the body."""
    if article.title and article.body_start:
        at = article.text.find(article.title, 0, article.body_start)
        if at >= 0:
            return at
    return article.body_start


def _body_start(article: Article) -> int:
    """Where the article proper starts: after its header line, or else after a first line set off by
    a blank line that ends on no sentence's punctuation, a plain file's headline ("Dalen approves new
    water tax", "Législatives : la gauche dénonce …"), which, telegraphic, says no one's words."""
    if article.title or article.body_start:
        return article.body_start
    first = article.text.find("\n")
    line = article.text[:first].strip()
    if first < 0 or not line or not article.text[first + 1 :].lstrip(" \t").startswith("\n") \
            or line[-1] in _SENTENCE_ENDS or len(line.split()) > _HEADLINE_WORDS:
        return article.body_start
    return first + 1


def _language(article: Article) -> str:
    return "en" if article.language == "en" else "fr"


def _actor(a: ActorInfo, actor_id: str) -> Actor:
    known = {fold(n) for n in a.names()}
    described = [d for d in dict.fromkeys(a.described) if fold(d) not in known]
    return Actor(id=actor_id, name=a.name, kind=a.kind, role=a.role, aliases=[*a.aliases, *described])


def _short(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
