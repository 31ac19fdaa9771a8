"""The briefing as one self-contained HTML page (inline CSS and JS, no network).

:func:`to_html` shows the summary, the actors, the claims by speaker, a stance matrix
(actors × topics), the disagreements, and the article itself with every evidence span
highlighted in its speaker's colour. Clicking a claim (or a quote) scrolls the article to
its span and flashes it; hovering a span shows who said what.

Safety: every piece of text is HTML-escaped; the page carries no data inside its script
(the script reads ``data-*`` attributes only), and a Content-Security-Policy allows no
network at all and no script but the page's own (by its sha256), so an article holding
``<script>`` shows it as text and could not run it even if escaping failed.

Highlights: the article is cut at every evidence boundary; each piece covered by evidence
is a ``<mark class="hl">`` with ``data-start``/``data-end`` (offsets in the article),
``data-ev`` (the evidence keys covering it: ``c1.0`` is claim c1's first evidence item,
``p3.0`` a position's, ``d2.1`` a disagreement's), ``data-claim`` (claim ids) and
``data-speaker`` (actor id). Overlapping spans therefore never nest: a piece lists every
span it belongs to, and the pieces of one span, joined, are exactly its quote.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from .schema import Briefing, Evidence

# Distinct hues, readable as a pale background with dark text (Tableau 10 + 2).
PALETTE: tuple[tuple[int, int, int], ...] = (
    (78, 121, 167),
    (242, 142, 43),
    (89, 161, 79),
    (225, 87, 89),
    (176, 122, 161),
    (118, 183, 178),
    (237, 201, 72),
    (156, 117, 95),
    (255, 157, 167),
    (186, 176, 172),
    (31, 119, 180),
    (148, 103, 189),
)
NO_SPEAKER = (140, 140, 140)

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "briefing": "Briefing",
        "summary": "Summary",
        "actors": "Actors",
        "actor": "Actor",
        "kind": "Kind",
        "role": "Role",
        "aliases": "Also called",
        "claims": "Claims",
        "stances": "Stance matrix",
        "disagreements": "Disagreements",
        "article": "Article",
        "unattributed": "Unattributed",
        "none_actors": "No actors found.",
        "none_claims": "No attributed claims found.",
        "none_stances": "No positions found.",
        "none_disagreements": "No disagreement found.",
        "stance_legend": "Same colour in a column: same side of a disagreement on that topic; "
        "grey: a stated position with no recorded disagreement; striped: on several sides.",
        "source": "Source",
        "made": "Made by",
        "on": "on",
        "side": "side",
        "click": "Click a claim or a quote to find it in the article.",
        "back": "Back to the eval report",
    },
    "fr": {
        "briefing": "Synthèse",
        "summary": "Résumé",
        "actors": "Acteurs",
        "actor": "Acteur",
        "kind": "Type",
        "role": "Rôle",
        "aliases": "Autres noms",
        "claims": "Déclarations",
        "stances": "Matrice des positions",
        "disagreements": "Désaccords",
        "article": "Article",
        "unattributed": "Non attribué",
        "none_actors": "Aucun acteur trouvé.",
        "none_claims": "Aucune déclaration attribuée.",
        "none_stances": "Aucune position trouvée.",
        "none_disagreements": "Aucun désaccord trouvé.",
        "stance_legend": "Même couleur dans une colonne : même camp d’un désaccord sur ce sujet ; "
        "gris : position exprimée sans désaccord relevé ; hachuré : dans plusieurs camps.",
        "source": "Source",
        "made": "Produit par",
        "on": "sur",
        "side": "camp",
        "click": "Cliquez une déclaration ou une citation pour la retrouver dans l’article.",
        "back": "Retour au rapport d’évaluation",
    },
}

_CSS = """
:root{--ink:#1d232a;--muted:#5b6570;--line:#d9dee3;--bg:#f6f7f9;--card:#fff}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
color:var(--ink);background:var(--bg)}
header,footer{padding:14px 24px;background:#23303d;color:#eef2f5}
header h1{margin:0;font-size:1.35em}
header .facts,footer{font-size:.85em;color:#c9d2da}
header a,footer a{color:#cfe3ff}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:18px;padding:18px 24px}
@media (max-width:1000px){main{grid-template-columns:1fr}}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin-bottom:16px}
h2{font-size:1.1em;margin:.2em 0 .6em}
h3{font-size:1em;margin:.8em 0 .3em}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef1f4}
.num{text-align:right}
.sw{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.4em;vertical-align:-.05em;
background:var(--c)}
ul.claims{list-style:none;padding:0;margin:0}
li.claim{border-left:4px solid var(--c);padding:4px 8px;margin:6px 0;cursor:pointer;border-radius:3px}
li.claim:hover,li.claim:focus{background:#f0f4f8;outline:none}
.claim .meta{color:var(--muted);font-size:.85em}
blockquote{margin:4px 0 2px;padding:2px 8px;border-left:2px solid var(--line);color:#333;font-size:.92em}
.quote{cursor:pointer}
.quote:hover{text-decoration:underline}
.matrix{overflow-x:auto}
.matrix td.cell{font-size:.82em;min-width:8em;max-width:16em}
.matrix th.topic{writing-mode:horizontal-tb;font-size:.85em}
td.pos{background:#eceff2}
.side-0{background:#d6e6f7}
.side-1{background:#fde0c2}
.side-2{background:#dff0d8}
.side-3{background:#f3d9ef}
.mixed{background:repeating-linear-gradient(45deg,#d6e6f7 0 6px,#fde0c2 6px 12px)}
.legend{color:var(--muted);font-size:.85em}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.side{border:1px solid var(--line);border-radius:6px;padding:6px 8px}
#article-panel{position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto}
#article{white-space:pre-wrap;font-family:Georgia,"Noto Serif",serif;font-size:1.02em;line-height:1.65}
mark.hl{background:var(--bgc);border-bottom:2px solid var(--c);color:inherit;padding:0;cursor:help;
border-radius:2px}
mark.hl.multi{box-shadow:inset 0 -4px 0 rgba(0,0,0,.18)}
mark.hl.active{outline:2px solid var(--c)}
mark.hl.flash{animation:flash 1.6s ease-out}
@keyframes flash{0%,40%{background:#ffe45c;box-shadow:0 0 0 4px #ffe45c}100%{background:var(--bgc)}}
#tip{position:fixed;z-index:10;max-width:28em;background:#23303d;color:#fff;font-size:.85em;padding:6px 8px;
border-radius:6px;pointer-events:none;white-space:pre-line;display:none}
footer dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}
footer dt{color:#9fb0bf}
footer dd{margin:0;font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
"""

_JS = """
(function () {
  "use strict";
  function keys(el) { return (el.getAttribute("data-ev") || "").split(" "); }
  function marksOf(key) {
    return Array.prototype.filter.call(document.querySelectorAll("mark.hl"), function (m) {
      return keys(m).indexOf(key) >= 0;
    });
  }
  function go(key) {
    var marks = marksOf(key);
    if (!marks.length) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("mark.hl.active"), function (m) {
      m.classList.remove("active", "flash");
    });
    marks[0].scrollIntoView({block: "center", inline: "nearest", behavior: "auto"});
    marks.forEach(function (m) {
      m.classList.remove("flash");
      void m.offsetWidth;
      m.classList.add("active", "flash");
    });
    window.setTimeout(function () {
      marks.forEach(function (m) { m.classList.remove("flash"); });
    }, 2000);
  }
  function target(event) {
    return event.target && event.target.closest ? event.target.closest("[data-goto]") : null;
  }
  document.addEventListener("click", function (event) {
    var el = target(event);
    if (el) { event.stopPropagation(); go(el.getAttribute("data-goto")); }
  });
  document.addEventListener("keydown", function (event) {
    var el = target(event);
    if (el && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      go(el.getAttribute("data-goto"));
    }
  });
  var tip = document.getElementById("tip");
  document.addEventListener("mouseover", function (event) {
    var m = event.target && event.target.closest ? event.target.closest("mark.hl") : null;
    if (!m) { tip.style.display = "none"; return; }
    tip.textContent = m.getAttribute("data-tip") || "";
    tip.style.display = "block";
  });
  document.addEventListener("mousemove", function (event) {
    tip.style.left = Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8) + "px";
    tip.style.top = (event.clientY + 16) + "px";
  });
})();
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode("ascii")
CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    f"script-src 'sha256-{_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'"
)


def esc(text: object) -> str:
    """HTML-escaped text, quotes included (safe in element content and attribute values).

    A carriage return is written as a character reference so that the browser keeps it
    (the HTML parser would turn a raw CR LF into LF and shift every offset after it).
    """
    return escape(str(text), quote=True).replace("\r", "&#13;")


def labels(language: str) -> dict[str, str]:
    """The interface words for ``language`` (French or English; English otherwise)."""
    return LABELS.get(language.split("-")[0].lower(), LABELS["en"])


def page(title: str, body: str, *, language: str = "en", css: str = "", script: bool = True) -> str:
    """A complete HTML document with the shared style, the CSP and (optionally) the script."""
    js = f"<script>{_JS}</script>" if script else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(language)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}{css}</style>\n</head>\n<body>\n"
        f'{body}\n<div id="tip" role="tooltip"></div>\n{js}\n</body>\n</html>\n'
    )


# --------------------------------------------------------------------------- colours


def _rgb(colour: tuple[int, int, int], alpha: float = 1.0) -> str:
    r, g, b = colour
    return f"rgba({r},{g},{b},{alpha})"


def _colour_style(colour: tuple[int, int, int]) -> str:
    return f"--c:{_rgb(colour)};--bgc:{_rgb(colour, 0.22)}"


def actor_colours(briefing: Briefing) -> dict[str | None, tuple[int, int, int]]:
    """One colour per actor id, in briefing order; ``None`` (no speaker) is grey."""
    colours: dict[str | None, tuple[int, int, int]] = {None: NO_SPEAKER}
    for i, actor in enumerate(briefing.actors):
        colours[actor.id] = PALETTE[i % len(PALETTE)]
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
    flat = " ".join(text.split())
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
            add(f"d{n}.{i}", ev, 2, None, None, f"{lab['disagreements']}: {_short(dis.topic)}")
    return marks


def _pieces(marks: Sequence[Mark], length: int) -> Iterable[tuple[int, int, list[Mark]]]:
    """The article cut at every span boundary: (start, end, spans covering the piece)."""
    cuts = sorted({0, length, *(m.start for m in marks), *(m.end for m in marks)})
    for a, b in itertools.pairwise(cuts):
        yield a, b, [m for m in marks if m.start <= a and b <= m.end]


def _mark_html(text: str, a: int, b: int, cover: list[Mark], colours: dict[str | None, tuple[int, int, int]]) -> str:
    main = min(cover, key=lambda m: (m.rank, m.end - m.start, m.start))
    actor = main.actor if main.rank < 2 else next((m.actor for m in cover if m.actor), None)
    speakers = {m.actor for m in cover if m.actor}
    claims = " ".join(dict.fromkeys(m.claim for m in cover if m.claim))
    tip = "\n".join(dict.fromkeys(m.tip for m in sorted(cover, key=lambda m: (m.rank, m.start))))
    cls = "hl multi" if len(speakers) > 1 else "hl"
    return (
        f'<mark class="{cls}" style="{_colour_style(colours.get(actor, NO_SPEAKER))}" '
        f'data-start="{a}" data-end="{b}" data-ev="{esc(" ".join(m.key for m in cover))}" '
        f'data-claim="{esc(claims)}" data-speaker="{esc(actor or "")}" data-tip="{esc(tip)}" '
        f'title="{esc(tip)}">{esc(text[a:b])}</mark>'
    )


def highlighted_article(briefing: Briefing, article: str) -> str:
    """The article as HTML, every evidence span highlighted (overlaps cut into pieces)."""
    marks = evidence_marks(briefing, article)
    colours = actor_colours(briefing)
    out: list[str] = []
    for a, b, cover in _pieces(marks, len(article)):
        out.append(_mark_html(article, a, b, cover, colours) if cover else esc(article[a:b]))
    return "".join(out)


# --------------------------------------------------------------------------- panels


def _summary(briefing: Briefing, lab: dict[str, str]) -> str:
    return f'<section id="summary"><h2>{lab["summary"]}</h2><p>{esc(briefing.summary.strip())}</p></section>'


def _actors(briefing: Briefing, lab: dict[str, str]) -> str:
    if not briefing.actors:
        return f'<section id="actors"><h2>{lab["actors"]}</h2><p>{lab["none_actors"]}</p></section>'
    colours = actor_colours(briefing)
    rows = []
    for actor in briefing.actors:
        count = sum(c.speaker == actor.id for c in briefing.claims)
        rows.append(
            f'<tr data-actor="{esc(actor.id)}"><td><span class="sw" style="{_colour_style(colours[actor.id])}">'
            f"</span>{esc(actor.name)}</td><td>{esc(actor.kind)}</td><td>{esc(actor.role or '')}</td>"
            f'<td>{esc(", ".join(actor.aliases))}</td><td class="num">{count}</td></tr>'
        )
    head = (
        f"<tr><th>{lab['actor']}</th><th>{lab['kind']}</th><th>{lab['role']}</th>"
        f'<th>{lab["aliases"]}</th><th class="num">{lab["claims"]}</th></tr>'
    )
    return f'<section id="actors"><h2>{lab["actors"]}</h2><table>{head}{"".join(rows)}</table></section>'


def _quotes(prefix: str, evidence: Sequence[Evidence]) -> str:
    return "".join(
        f'<blockquote class="quote" data-goto="{esc(prefix)}.{i}" tabindex="0">“{esc(ev.quote)}” '
        f'<span class="meta">[{ev.start}–{ev.end}]</span></blockquote>'
        for i, ev in enumerate(evidence)
    )


def _claims(briefing: Briefing, lab: dict[str, str]) -> str:
    if not briefing.claims:
        return f'<section id="claims"><h2>{lab["claims"]}</h2><p>{lab["none_claims"]}</p></section>'
    colours = actor_colours(briefing)
    order = [a.id for a in briefing.actors] + [None]
    parts = [f'<section id="claims"><h2>{lab["claims"]}</h2><p class="legend">{lab["click"]}</p>']
    for speaker in order:
        claims = [c for c in briefing.claims if c.speaker == speaker]
        if not claims:
            continue
        actor = briefing.actor(speaker) if speaker else None
        name = actor.name if actor else lab["unattributed"]
        style = _colour_style(colours.get(speaker, NO_SPEAKER))
        parts.append(f'<h3><span class="sw" style="{style}"></span>{esc(name)}</h3><ul class="claims">')
        for claim in claims:
            cue = f" · {esc(claim.cue)}" if claim.cue else ""
            parts.append(
                f'<li class="claim" style="{style}" data-claim="{esc(claim.id)}" data-goto="{esc(claim.id)}.0" '
                f'tabindex="0"><div>{esc(claim.text)}</div><div class="meta">{esc(claim.id)} · '
                f"{esc(claim.kind)}{cue}</div>{_quotes(claim.id, claim.evidence)}</li>"
            )
        parts.append("</ul>")
    parts.append("</section>")
    return "".join(parts)


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


def _matrix(briefing: Briefing, lab: dict[str, str]) -> str:
    actors, topics, cells = stance_cells(briefing)
    if not topics:
        return f'<section id="stances"><h2>{lab["stances"]}</h2><p>{lab["none_stances"]}</p></section>'
    colours = actor_colours(briefing)
    head = "<tr><th></th>" + "".join(f'<th class="topic">{esc(t)}</th>' for t in topics) + "</tr>"
    rows = []
    for actor_id in actors:
        actor = briefing.actor(actor_id)
        name = actor.name if actor else actor_id
        tds = []
        for topic in topics:
            stance, cls = cells.get((actor_id, topic), ("", ""))
            attrs = f' class="cell {cls}" title="{esc(stance)}" data-topic="{esc(topic)}"' if cls else ' class="cell"'
            tds.append(f"<td{attrs}>{esc(_short(stance, 90))}</td>")
        swatch = f'<span class="sw" style="{_colour_style(colours[actor_id])}"></span>'
        rows.append(f'<tr data-actor="{esc(actor_id)}"><th>{swatch}{esc(name)}</th>{"".join(tds)}</tr>')
    return (
        f'<section id="stances"><h2>{lab["stances"]}</h2><div class="matrix"><table>{head}{"".join(rows)}'
        f'</table></div><p class="legend">{lab["stance_legend"]}</p></section>'
    )


def _disagreements(briefing: Briefing, lab: dict[str, str]) -> str:
    if not briefing.disagreements:
        none = lab["none_disagreements"]
        return f'<section id="disagreements"><h2>{lab["disagreements"]}</h2><p>{none}</p></section>'
    names = {a.id: a.name for a in briefing.actors}
    parts = [f'<section id="disagreements"><h2>{lab["disagreements"]}</h2>']
    for n, dis in enumerate(briefing.disagreements, 1):
        sides = "".join(
            f'<div class="side side-{min(j, 3)}"><strong>{esc(", ".join(names.get(a, a) for a in side.actors))}'
            f"</strong><div>{esc(side.stance)}</div></div>"
            for j, side in enumerate(dis.sides)
        )
        parts.append(
            f'<div class="disagreement" data-disagreement="d{n}"><h3>{esc(dis.topic)}</h3>'
            f'<div class="sides">{sides}</div>{_quotes(f"d{n}", dis.evidence)}</div>'
        )
    parts.append("</section>")
    return "".join(parts)


def _footer(briefing: Briefing, lab: dict[str, str]) -> str:
    src, meta, usage = briefing.source, briefing.meta, briefing.meta.usage
    source = [
        ("title", src.title or "—"),
        ("date", src.date or "—"),
        ("language", src.language),
        ("chars", str(src.chars)),
        ("sha256", src.sha256 or "—"),
    ]
    made = [
        ("engine", meta.engine),
        ("model", meta.model or "—"),
        ("prompt sha256", meta.prompt_sha256 or "—"),
        ("schema", meta.schema_version),
        ("calls", str(usage.calls)),
        ("tokens", f"{usage.prompt_tokens} prompt + {usage.completion_tokens} completion"),
        ("time", f"{usage.elapsed_seconds:.2f} s"),
    ]

    def dl(items: list[tuple[str, str]]) -> str:
        return "<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in items) + "</dl>"

    return (
        f'<footer><div class="sides"><div><strong>{lab["source"]}</strong>{dl(source)}</div>'
        f"<div><strong>{lab['made']}</strong>{dl(made)}</div></div></footer>"
    )


def _header(briefing: Briefing, lab: dict[str, str], back_href: str | None) -> str:
    src = briefing.source
    title = f"{lab['briefing']}: {src.title}" if src.title else lab["briefing"]
    facts = [f"{src.language}", f"{src.chars} chars", f"{len(briefing.actors)} {lab['actors'].lower()}"]
    facts.append(f"{len(briefing.claims)} {lab['claims'].lower()}")
    if src.date:
        facts.insert(0, src.date)
    back = f' · <a href="{esc(back_href)}">{lab["back"]}</a>' if back_href else ""
    return f'<header><h1>{esc(title)}</h1><div class="facts">{esc(" · ".join(facts))}{back}</div></header>'


def to_html(briefing: Briefing, article_text: str, *, back_href: str | None = None) -> str:
    """The briefing of ``article_text`` as one self-contained HTML page.

    ``back_href`` adds a link in the header (the eval report links its case pages back).
    """
    lab = labels(briefing.source.language)
    panels = "".join(
        f(briefing, lab) for f in (_summary, _actors, _claims, _matrix, _disagreements)
    )
    article = (
        f'<section id="article-panel"><h2>{lab["article"]}</h2>'
        f'<div id="article" lang="{esc(briefing.source.language)}">{highlighted_article(briefing, article_text)}'
        "</div></section>"
    )
    body = (
        f"{_header(briefing, lab, back_href)}\n<main><div>{panels}</div><div>{article}</div></main>\n"
        f"{_footer(briefing, lab)}"
    )
    title = f"{lab['briefing']}: {briefing.source.title}" if briefing.source.title else lab["briefing"]
    return page(title, body, language=briefing.source.language)
