"""The briefing as one self-contained HTML page (inline CSS and JS, no network), and as a fragment.

:func:`to_html` shows the summary, the actors, the claims by speaker, a stance matrix
(actors × topics), the disagreements, and the article itself with every evidence span
highlighted in its speaker's colour, labelled at its end with the speaker's name (as
displaCy labels entities) and explained by a colour legend. Clicking a claim (or a quote)
scrolls the article to its span and flashes it; hovering a span shows who said what. The
``date … title …`` line is shown as metadata above the prose. The page works from 390 px
wide (a phone) up: tables scroll inside their own box, never the page.

Safety: the templates are rendered by Jinja2 with autoescape, so every piece of text is
HTML-escaped; the page carries no data inside its script (the script reads ``data-*``
attributes only), and a Content-Security-Policy allows no network at all and no script but
the page's own (by its sha256), so an article holding ``<script>`` shows it as text and
could not run it even if escaping failed.

Highlights: the article is cut at every evidence boundary; each piece covered by evidence
is a ``<mark class="hl">`` with ``data-start``/``data-end`` (offsets in the article),
``data-ev`` (the evidence keys covering it: ``c1.0`` is claim c1's first evidence item,
``p3.0`` a position's, ``d2.1`` a disagreement's), ``data-claim`` (claim ids) and
``data-speaker`` (actor id). Overlapping spans therefore never nest: a piece lists every
span it belongs to, and the pieces of one span, joined, are exactly its quote.

:func:`to_fragment` is the Jupyter view (``Briefing._repr_html_``): the same panels without
the article, page chrome or script, its style scoped to its own ``div``.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup, escape

from ..schema import Briefing, Evidence
from .facts import display_date, layout, title
from .identity import Identity
from .labels import kind, labels

Colour = tuple[int, int, int]

# Twelve hues far apart (Tableau 10 and two more), readable as a pale background with dark
# text; grey is kept for "no single speaker".
PALETTE: tuple[Colour, ...] = (
    (31, 119, 180),
    (255, 127, 14),
    (44, 160, 44),
    (214, 39, 40),
    (148, 103, 189),
    (140, 86, 75),
    (227, 119, 194),
    (188, 189, 34),
    (23, 190, 207),
    (237, 201, 72),
    (57, 59, 121),
    (0, 128, 128),
)
NO_SPEAKER: Colour = (140, 140, 140)
LABEL_CHARS = 28  # a speaker label longer than this is shortened


def _static(name: str) -> str:
    return resources.files("summarizer.output").joinpath("templates", name).read_text(encoding="utf-8")


CSS = _static("page.css")
JS = _static("page.js")
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(JS.encode("utf-8")).digest()).decode("ascii")
CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    f"script-src 'sha256-{_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'"
)


def keep_cr(text: str) -> Markup:
    """HTML-escaped text whose carriage returns survive parsing.

    A CR is written as a character reference so that the browser keeps it (the HTML parser
    would turn a raw CR LF into LF and shift every offset after it).
    """
    return Markup(str(escape(text)).replace("\r", "&#13;"))


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer.output", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["kind"] = lambda value, lab: kind(lab, value)
    env.filters["cr"] = keep_cr
    env.filters["short"] = _short
    env.filters["actor_names"] = lambda ids, names: ", ".join(names.get(i, i) for i in ids)
    env.globals["colour_style"] = colour_style
    return env


def render_page(template: str, **context: Any) -> str:
    """A complete page from ``template`` (which extends ``page.html.j2``) with the shared style and CSP."""
    context.setdefault("css", Markup(CSS))
    context.setdefault("extra_css", Markup(""))
    context.setdefault("script", True)
    context.setdefault("identity", None)
    return environment().get_template(template).render(js=Markup(JS), csp=CSP, **context)


# --------------------------------------------------------------------------- colours


def _rgb(colour: Colour, alpha: float = 1.0) -> str:
    r, g, b = colour
    return f"rgba({r},{g},{b},{alpha})"


def colour_style(colour: Colour) -> str:
    """The CSS variables a coloured element reads: ``--c`` (the colour), ``--bgc`` (pale)."""
    return f"--c:{_rgb(colour)};--bgc:{_rgb(colour, 0.22)}"


def actor_colours(briefing: Briefing, marks: Sequence[Mark] = ()) -> dict[str | None, Colour]:
    """One colour per actor id; ``None`` (no speaker) is grey.

    Actors are coloured in the order they first speak in the article; each takes the least
    used colour that no neighbour has (the speakers of the spans just before and after its
    own), so that two spans side by side never share a colour unless one actor says both.
    """
    ordered = sorted((m for m in marks if m.actor is not None), key=lambda m: (m.start, m.rank))
    neighbours: dict[str, set[str]] = {}
    for a, b in itertools.pairwise(m.actor for m in ordered):
        if a is not None and b is not None and a != b:
            neighbours.setdefault(a, set()).add(b)
            neighbours.setdefault(b, set()).add(a)
    known = {a.id for a in briefing.actors}
    speaking = [a for a in dict.fromkeys(m.actor for m in ordered) if a in known]
    order = speaking + [a.id for a in briefing.actors if a.id not in speaking]
    colours: dict[str | None, Colour] = {None: NO_SPEAKER}
    used: Counter[int] = Counter()
    for actor in order:
        taken = {PALETTE.index(colours[n]) for n in neighbours.get(actor, ()) if n in colours}
        free = [i for i in range(len(PALETTE)) if i not in taken] or list(range(len(PALETTE)))
        pick = min(free, key=lambda i: (used[i], i))
        used[pick] += 1
        colours[actor] = PALETTE[pick]
    return colours


# --------------------------------------------------------------------------- highlights


@dataclass(frozen=True)
class Mark:
    """One evidence span to highlight."""

    key: str  # c1.0, p3.0, d2.1
    start: int
    end: int
    rank: int  # 0 claim, 1 position, 2 disagreement: claims win the colour
    claim: str | None
    actor: str | None
    tip: str


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def evidence_marks(briefing: Briefing, article: str) -> list[Mark]:
    """Every evidence span of the briefing that lies in ``article`` (all of them, when valid)."""
    names = {a.id: a.name for a in briefing.actors}
    lab = labels(briefing.source.language)
    marks: list[Mark] = []

    def add(key: str, ev: Evidence, rank: int, claim: str | None, actor: str | None, tip: str) -> None:
        if 0 <= ev.start < ev.end <= len(article) and article[ev.start : ev.end] == ev.quote:
            marks.append(Mark(key, ev.start, ev.end, rank, claim, actor, tip))

    for claim in briefing.claims:
        who = names.get(claim.speaker, claim.speaker) if claim.speaker else lab["unattributed"]
        for i, ev in enumerate(claim.evidence):
            add(f"{claim.id}.{i}", ev, 0, claim.id, claim.speaker, f"{who} — {_short(claim.text)}")
    for n, pos in enumerate(briefing.positions, 1):
        who = names.get(pos.actor, pos.actor)
        for i, ev in enumerate(pos.evidence):
            add(f"p{n}.{i}", ev, 1, None, pos.actor, f"{who} {lab['on']} {pos.topic}: {_short(pos.stance)}")
    for n, dis in enumerate(briefing.disagreements, 1):
        for i, ev in enumerate(dis.evidence):
            add(f"d{n}.{i}", ev, 2, None, None, f"{lab['disagreement']}: {_short(dis.topic)}")
    return marks


def _pieces(marks: Sequence[Mark], length: int, cuts: Iterable[int] = ()) -> Iterable[tuple[int, int, list[Mark]]]:
    """The article cut at every span boundary (and ``cuts``): (start, end, spans covering the piece)."""
    points = sorted(
        {0, length, *(c for c in cuts if 0 < c < length), *(m.start for m in marks), *(m.end for m in marks)}
    )
    for a, b in itertools.pairwise(points):
        yield a, b, [m for m in marks if m.start <= a and b <= m.end]


@dataclass(frozen=True)
class Piece:
    """A run of the article as the page shows it: plain text, or one highlight ``<mark>``."""

    text: str
    start: int
    end: int
    in_dateline: bool
    mark: dict[str, str] | None = None  # the mark's attributes


def article_pieces(
    briefing: Briefing, article: str, body_start: int = 0
) -> tuple[list[Piece], dict[str | None, Colour]]:
    """The article in pieces, every evidence span highlighted (overlaps cut), and the colours used."""
    marks = evidence_marks(briefing, article)
    colours = actor_colours(briefing, marks)
    names = {a.id: a.name for a in briefing.actors}
    lab = labels(briefing.source.language)
    pieces: list[Piece] = []
    for a, b, cover in _pieces(marks, len(article), [body_start]):
        if not cover:
            pieces.append(Piece(article[a:b], a, b, b <= body_start))
            continue
        main = min(cover, key=lambda m: (m.rank, m.end - m.start, m.start))
        actor = main.actor if main.rank < 2 else next((m.actor for m in cover if m.actor), None)
        speakers = {m.actor for m in cover if m.actor}
        ending = [m for m in cover if m.rank == 0 and m.end == b]
        label = " / ".join(
            dict.fromkeys(
                _short(names.get(m.actor, m.actor), LABEL_CHARS) if m.actor else lab["unattributed"] for m in ending
            )
        )
        attrs = {
            "class": "hl multi" if len(speakers) > 1 else "hl",
            "style": colour_style(colours.get(actor, NO_SPEAKER)),
            "data-start": str(a),
            "data-end": str(b),
            "data-ev": " ".join(m.key for m in cover),
            "data-claim": " ".join(dict.fromkeys(m.claim for m in cover if m.claim)),
            "data-speaker": actor or "",
            "data-tip": "\n".join(dict.fromkeys(m.tip for m in sorted(cover, key=lambda m: (m.rank, m.start)))),
        }
        if label:
            attrs["data-label"] = label
        pieces.append(Piece(article[a:b], a, b, b <= body_start, attrs))
    return pieces, colours


def highlighted_article(briefing: Briefing, article: str) -> str:
    """The article as HTML, every evidence span highlighted (overlaps cut into pieces)."""
    pieces, _ = article_pieces(briefing, article)
    template = environment().from_string(
        "{% for p in pieces %}{% if p.mark %}<mark{{ p.mark|xmlattr }} title=\"{{ p.mark['data-tip'] }}\">"
        "{{ p.text|cr }}</mark>{% else %}{{ p.text|cr }}{% endif %}{% endfor %}"
    )
    return template.render(pieces=pieces)


# --------------------------------------------------------------------------- panels


def stance_cells(briefing: Briefing) -> tuple[list[str], list[str], dict[tuple[str, str], tuple[str, str]]]:
    """Actors (rows), topics (columns) and cells ``(actor, topic) -> (stance, css class)``.

    The class says how the actor stands with the others on the topic: ``side-N`` when it is
    on side N of the disagreement(s) about the topic, ``mixed`` when on different sides of
    several, ``pos`` for a stated position with no recorded disagreement.
    """
    topics = list(dict.fromkeys([p.topic for p in briefing.positions] + [d.topic for d in briefing.disagreements]))
    stances: dict[tuple[str, str], list[str]] = {}
    sides: dict[tuple[str, str], set[int]] = {}
    for pos in briefing.positions:
        stances.setdefault((pos.actor, pos.topic), []).append(pos.stance)
    for dis in briefing.disagreements:
        for j, side in enumerate(dis.sides):
            for actor in side.actors:
                sides.setdefault((actor, dis.topic), set()).add(j)
                if side.stance and side.stance not in stances.get((actor, dis.topic), []):
                    stances.setdefault((actor, dis.topic), []).append(side.stance)
    cells: dict[tuple[str, str], tuple[str, str]] = {}
    for key in set(stances) | set(sides):
        found = sides.get(key, set())
        cls = "pos" if not found else (f"side-{min(min(found), 3)}" if len(found) == 1 else "mixed")
        cells[key] = (" / ".join(stances.get(key, [])), cls)
    actors = [a.id for a in briefing.actors if any((a.id, t) in cells for t in topics)]
    return actors, topics, cells


def shared_topics(briefing: Briefing) -> tuple[list[str], list[str], dict[tuple[str, str], tuple[str, str]], int]:
    """The matrix as the page shows it: only topics two actors or more take a stance on.

    A column with one actor compares nothing (its stance is among the claims already) and
    made the seed's matrix 1,500 px wide; how many such topics were left out is returned last.
    """
    actors, topics, cells = stance_cells(briefing)
    shared = [t for t in topics if sum((a, t) in cells for a in actors) >= 2]
    rows = [a for a in actors if any((a, t) in cells for t in shared)]
    return rows, shared, cells, len(topics) - len(shared)


def _legend(briefing: Briefing, pieces: Sequence[Piece], colours: Mapping[str | None, Colour]) -> list[dict[str, Any]]:
    """The speakers highlighted in the article, in order of appearance, with their colour and claim count."""
    spoken: list[str | None] = []
    for piece in pieces:
        if piece.mark is not None:
            keys = piece.mark["data-ev"].split()
            spoken += [c.speaker for c in briefing.claims if any(k.startswith(c.id + ".") for k in keys)]
            spoken.append(piece.mark["data-speaker"] or None)
    seen = list(dict.fromkeys(spoken))
    names = {a.id: a.name for a in briefing.actors}
    lab = labels(briefing.source.language)
    items = []
    for actor in seen:
        if actor is None:
            continue
        count = sum(c.speaker == actor for c in briefing.claims)
        items.append({"name": names.get(actor, actor), "style": colour_style(colours[actor]), "claims": count})
    unattributed = any(c.speaker is None for c in briefing.claims)
    if None in seen or unattributed:
        items.append({"name": lab["legend_other"], "style": colour_style(NO_SPEAKER), "claims": None})
    return items


def _context(briefing: Briefing, article: str | None) -> dict[str, Any]:
    """What both the page and the fragment show."""
    lab = labels(briefing.source.language)
    speakers: list[str | None] = [a.id for a in briefing.actors]
    speakers.append(None)
    actors, topics, cells, single = shared_topics(briefing)
    src, usage = briefing.source, briefing.meta.usage
    return {
        "b": briefing,
        "lab": lab,
        "title": title(briefing, article) or lab["briefing"],
        "date": display_date(src),
        "names": {a.id: a.name for a in briefing.actors},
        "claim_counts": {a.id: sum(c.speaker == a.id for c in briefing.claims) for a in briefing.actors},
        "claims_by_speaker": [(s, [c for c in briefing.claims if c.speaker == s]) for s in speakers],
        "matrix": {"actors": actors, "topics": topics, "cells": cells, "single": single},
        "source_facts": [
            (lab["f_title"], src.title or "—"),
            (lab["f_date"], display_date(src) or "—"),
            (lab["f_language"], src.language),
            (lab["f_chars"], str(src.chars)),
            (lab["f_sha256"], src.sha256 or "—"),
        ],
        "made_facts": [
            (lab["f_engine"], briefing.meta.engine),
            (lab["f_model"], briefing.meta.model or "—"),
            (lab["f_prompt"], briefing.meta.prompt_sha256 or "—"),
            (lab["f_schema"], briefing.meta.schema_version),
            (lab["f_calls"], str(usage.calls)),
            (
                lab["f_tokens"],
                lab["tokens_detail"].format(prompt=usage.prompt_tokens, completion=usage.completion_tokens),
            ),
            (lab["f_time"], f"{usage.elapsed_seconds:.2f} s" if usage.elapsed_seconds else "—"),
            *([(lab["f_cost"], f"${usage.cost_usd:.4f}")] if usage.cost_usd is not None else []),
        ],
    }


def to_html(briefing: Briefing, article_text: str, *, back_href: str | None = None) -> str:
    """The briefing of ``article_text`` as one self-contained HTML page.

    ``back_href`` adds a link in the header (the eval report links its case pages back).
    """
    where = layout(article_text)
    pieces, colours = article_pieces(briefing, article_text, where.body_start)
    context = _context(briefing, article_text)
    return render_page(
        "briefing.html.j2",
        **context,
        language=briefing.source.language,
        colours=colours,
        no_speaker=NO_SPEAKER,
        pieces=pieces,
        legend=_legend(briefing, pieces, colours),
        back_href=back_href,
        identity=Identity.of(briefing).to_json(),
        facts=" · ".join(
            [
                briefing.source.language,
                f"{briefing.source.chars} {context['lab']['chars']}",
                f"{len(briefing.actors)} {context['lab']['actors'].lower()}",
                f"{len(briefing.claims)} {context['lab']['claims'].lower()}",
            ]
        ),
    )


def to_fragment(briefing: Briefing) -> str:
    """The briefing as an HTML fragment for notebooks: no article, no script, scoped style."""
    context = _context(briefing, None)
    colours = actor_colours(briefing)
    return environment().get_template("fragment.html.j2").render(**context, colours=colours, no_speaker=NO_SPEAKER)
