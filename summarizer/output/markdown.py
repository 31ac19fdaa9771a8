"""Markdown outputs: the briefing (``--format md``) and the eval report (``--report x.md``).

Every value written into a template is escaped by the environment's ``finalize`` hook
(:func:`md`), so that nothing an article, a model or a file name says can become markup: no
raw HTML (``<`` ``>`` ``&`` become entities), no emphasis, links, code or table cells
(``\\ ` * _ [ ] | ~ #`` are backslash-escaped), no line break (whitespace runs, newlines
included, become one space) and no block started by a value (a leading ``- ``, ``+ ``,
``1. ``, ``---`` or ``===`` is escaped; ``>`` is an entity). Only :class:`Md` strings,
built here from escaped parts, pass as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import jinja2

from ..schema import Briefing, Claim, Evidence
from .facts import display_date, title
from .identity import Identity
from .labels import kind, labels

_INLINE = re.compile(r"([\\`*_\[\]|~#])")
_ORDERED = re.compile(r"^(\d+)([.)])(?=\s|$)")  # "1. " or "1) " would start an ordered list
_BLOCK = re.compile(r"^[-+=](?=\s|$)|^[-=\s]+$")  # "- ", "+ " a list; "---", "===" a rule or underline


class Md(str):
    """Markdown already escaped: the template writes it as is."""


def md(value: Any) -> str:
    """``value`` as inert inline Markdown text on one line (see the module docstring)."""
    if isinstance(value, Md):
        return value
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    text = _ORDERED.sub(r"\1\\\2", text)
    if _BLOCK.match(text):
        text = "\\" + text
    return text


def join(parts: Iterable[Any], sep: str = ", ") -> Md:
    """Escaped values joined by ``sep`` (itself written as is)."""
    return Md(sep.join(md(p) for p in parts))


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer.output", "templates"),
        autoescape=False,  # Markdown, escaped by finalize instead
        finalize=md,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["kind"] = lambda value, lab: kind(lab, value)
    env.filters["join_md"] = join
    return env


def _same_words(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)


def _span(ev: Evidence) -> str:
    return f"{ev.start}–{ev.end}"


def claim_view(claim: Claim) -> dict[str, Any]:
    """A claim as Markdown shows it: the quote alone when the claim's text is that quote."""
    quotes = [ev.quote for ev in claim.evidence]
    return {
        "claim": claim,
        "text_is_quote": len(quotes) == 1 and _same_words(claim.text, quotes[0]),
        "spans": ", ".join(_span(ev) for ev in claim.evidence),
    }


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("«", '"').replace("»", '"').split()).strip(" \"'“”")


def _position_views(briefing: Briefing) -> list[dict[str, Any]]:
    """Each position, citing its claims by id; its stance only when it says more than their quotes."""
    by_id = {c.id: c for c in briefing.claims}
    out = []
    for pos in briefing.positions:
        spans = {(e.start, e.end) for e in pos.evidence}
        own = [c for c in briefing.claims if c.speaker == pos.actor and spans & {(e.start, e.end) for e in c.evidence}]
        cited = own + [by_id[i] for i in pos.claims if i in by_id]
        cited = list({c.id: c for c in cited}.values())
        repeats = any(_norm(ev.quote) in _norm(pos.stance) for c in cited for ev in c.evidence)
        out.append({"p": pos, "refs": ", ".join(c.id for c in cited), "stance": None if repeats else pos.stance})
    return out


def _disagreement_views(briefing: Briefing, names: dict[str, str]) -> list[dict[str, Any]]:
    """Each disagreement: its sides, and its evidence as claim ids when a claim holds the span, else quotes."""
    by_span = {(ev.start, ev.end): c.id for c in briefing.claims for ev in c.evidence}
    out = []
    for dis in briefing.disagreements:
        cited = [by_span[(e.start, e.end)] for e in dis.evidence if (e.start, e.end) in by_span]
        out.append(
            {
                "topic": dis.topic,
                "sides": [(join(names.get(a, a) for a in side.actors), side.stance) for side in dis.sides],
                "refs": ", ".join(dict.fromkeys([*dis.claims, *cited])),
                "quotes": [e for e in dis.evidence if (e.start, e.end) not in by_span],
            }
        )
    return out


def to_markdown(briefing: Briefing, article: str | None = None) -> str:
    """The briefing as Markdown; ``article`` (its text) names the page when it has no title line."""
    lab = labels(briefing.source.language)
    names = {a.id: a.name for a in briefing.actors}
    speakers: list[str | None] = [a.id for a in briefing.actors if any(c.speaker == a.id for c in briefing.claims)]
    if any(c.speaker is None for c in briefing.claims):
        speakers.append(None)
    template = environment().get_template("briefing.md.j2")
    return template.render(
        b=briefing,
        lab=lab,
        title=title(briefing, article),
        date=display_date(briefing.source),
        names=names,
        speakers=speakers,
        claims_of={s: [claim_view(c) for c in briefing.claims if c.speaker == s] for s in speakers},
        claim_counts={a.id: sum(c.speaker == a.id for c in briefing.claims) for a in briefing.actors},
        positions=_position_views(briefing),
        disagreements=_disagreement_views(briefing, names),
        identity=Md(Identity.of(briefing).markdown_comment()),
        sha=briefing.source.sha256[:12],
    )


def table_row(cells: Sequence[Any]) -> Md:
    """One Markdown table row of escaped cells."""
    return Md("| " + " | ".join(md(c) for c in cells) + " |")
