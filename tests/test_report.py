"""The HTML briefing and the HTML eval report, checked without a browser.

The browser checks are in ``test_report_browser.py``; here: escaping, highlight pieces
(overlaps included), the CSP, the ``--format html`` CLI and the eval report's diffs.
"""

from __future__ import annotations

import base64
import hashlib
import html as htmllib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarizer import cli as summarize_cli
from summarizer.article import Article, parse
from summarizer.cli import main
from summarizer.evaluation.diff import case_diff
from summarizer.evaluation.gold import GoldCase, load_cases
from summarizer.evaluation.runner import run_eval
from summarizer.evaluation.score import gold_as_briefing, score
from summarizer.output.eval_report import write_html_report
from summarizer.output.html import keep_cr, stance_cells, to_html
from summarizer.schema import Actor, Briefing, Claim, Disagreement, Evidence, Meta, Position, Side

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"

EVIL = (
    'date 2025-02\nLe ministre <b>X</b> a déclaré : « <script>window.__pwned = 1; document.title = "pwned"</script> '
    'est inacceptable ». Mais l\'opposition a répondu que "tout va bien" & <img src=x onerror="window.__pwned=2">.\r\n'
    "Fin.\n"
)


def _ev(text: str, quote: str) -> Evidence:
    start = text.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def evil_briefing(text: str = EVIL) -> Briefing:
    """A hand-made briefing of ``EVIL`` whose spans overlap, with markup in every field."""
    script = '<script>window.__pwned = 1; document.title = "pwned"</script>'
    whole = f"« {script} est inacceptable »"
    reply = 'tout va bien" & <img src=x onerror="window.__pwned=2">'
    return Briefing.model_validate(
        {
            "source": parse(text).source().model_dump(),
            "summary": "Résumé <script>alert(1)</script> & co",
            "actors": [
                Actor(id="x", name="<b>X</b>", kind="person", role='ministre "<i>"', aliases=["X & Cie"]),
                Actor(id="opposition", name="l'opposition", kind="group"),
            ],
            "claims": [
                Claim(id="c1", speaker="x", text="<script> is bad", kind="direct", evidence=[_ev(text, whole)]),
                Claim(id="c2", speaker="opposition", text="all is fine", kind="indirect", evidence=[_ev(text, reply)]),
                # overlaps c1 partially, another speaker
                Claim(id="c3", speaker="opposition", text="overlap", kind="indirect",
                      evidence=[_ev(text, "est inacceptable ». Mais")]),
            ],
            "positions": [Position(actor="x", topic="<topic>", stance="contre", evidence=[_ev(text, script)])],
            "disagreements": [
                Disagreement(
                    topic="<topic>",
                    sides=[Side(actors=["x"], stance="contre"), Side(actors=["opposition"], stance="pour")],
                    evidence=[_ev(text, whole), _ev(text, reply)],
                )
            ],
            "meta": Meta(engine="test", model="m<1>", prompt_sha256="abc"),
        },
        context={"article": text},
    )


class _Marks(HTMLParser):
    """Collects the highlight marks (attributes and text) and the article's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str]] = []
        self.article: list[str] = []
        self.scripts = 0
        self._depth = 0  # inside <div id="article">
        self._mark: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "script":
            self.scripts += 1
        if tag == "div" and a.get("id") == "article":
            self._depth = 1
        elif tag == "div" and self._depth:
            self._depth += 1
        if tag == "mark" and self._depth:
            self._mark = {**a, "text": ""}

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._depth:
            self._depth -= 1
        if tag == "mark" and self._mark is not None:
            self.marks.append(self._mark)
            self._mark = None

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.article.append(data)
            if self._mark is not None:
                self._mark["text"] += data


def parsed(html: str) -> _Marks:
    parser = _Marks()
    parser.feed(html)
    return parser


def span_text(marks: list[dict[str, str]], key: str) -> str:
    return "".join(m["text"] for m in marks if key in m["data-ev"].split())


def test_escaping_leaves_one_script_and_no_markup_from_data() -> None:
    html = to_html(evil_briefing(), EVIL)
    doc = parsed(html)
    assert doc.scripts == 1  # the page's own
    assert "window.__pwned" not in html.split("<script>")[1].split("</script>")[0]
    for raw in ("<b>X</b>", "<script>window", '<img src=x', "<i>", "<topic>", "m<1>"):
        assert raw not in html, raw
    assert keep_cr("<b>X</b>") in html and keep_cr("<script>window.__pwned = 1;") in html


def test_article_text_is_kept_exactly_cr_included() -> None:
    doc = parsed(to_html(evil_briefing(), EVIL))
    assert "".join(doc.article) == EVIL


def test_every_span_is_highlighted_and_overlaps_are_cut_in_pieces() -> None:
    briefing = evil_briefing()
    doc = parsed(to_html(briefing, EVIL))
    for mark in doc.marks:
        assert mark["text"] == EVIL[int(mark["data-start"]) : int(mark["data-end"])]
    for claim in briefing.claims:
        for i, ev in enumerate(claim.evidence):
            assert span_text(doc.marks, f"{claim.id}.{i}") == ev.quote
    for n, dis in enumerate(briefing.disagreements, 1):
        for i, ev in enumerate(dis.evidence):
            assert span_text(doc.marks, f"d{n}.{i}") == ev.quote
    assert span_text(doc.marks, "p1.0") == briefing.positions[0].evidence[0].quote
    shared = [m for m in doc.marks if {"c1", "c3"} <= set(m["data-claim"].split())]
    assert shared and all("multi" in m["class"] for m in shared)  # two speakers on one piece
    assert any("<b>X</b> — <script> is bad" in m["title"] for m in doc.marks)


def test_csp_allows_only_the_pages_own_script_and_no_network() -> None:
    html = to_html(evil_briefing(), EVIL)
    script = html.split("<script>")[1].split("</script>")[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = htmllib.unescape(csp.group(1))
    assert f"script-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy
    assert "http://" not in html and "https://" not in html


def test_stance_matrix_colours_sides_of_a_disagreement() -> None:
    actors, topics, cells = stance_cells(evil_briefing())
    assert actors == ["x", "opposition"] and topics == ["<topic>"]
    assert cells[("x", "<topic>")] == ("contre", "side-0")
    assert cells[("opposition", "<topic>")] == ("pour", "side-1")


def test_labels_follow_the_language() -> None:
    fr = to_html(evil_briefing(), EVIL)
    assert '<html lang="fr">' in fr and "Déclarations" in fr
    en_text = "John Smith said that \"it works\" on Monday, and the rest of the text is English.\n"
    briefing = Briefing.model_validate(
        {
            "source": parse(en_text).source().model_dump(),
            "summary": "It works.",
            "actors": [Actor(id="john", name="John Smith", kind="person")],
            "claims": [Claim(id="c1", speaker="john", text="it works", kind="direct",
                             evidence=[_ev(en_text, "it works")])],
            "meta": Meta(engine="test"),
        }
    )
    en = to_html(briefing, en_text)
    assert '<html lang="en">' in en and ">Claims<" in en and "No disagreement found." in en


def test_cli_writes_an_html_briefing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    out = tmp_path / "seed.html"
    assert main(["--engine", "offline", "--format", "html", "-o", str(out), str(SEED)]) == 0
    doc = parsed(out.read_text(encoding="utf-8"))
    assert "".join(doc.article) == seed_text
    assert doc.marks


# --------------------------------------------------------------------------- eval report


class GoldEngine:
    name = "gold"

    def __init__(self, cases: list[GoldCase], drop_claim: str | None = None) -> None:
        self.by_text = {c.article: c for c in cases}
        self.drop_claim = drop_claim

    def summarize(self, article: Article) -> Briefing:
        case = self.by_text[article.text]
        briefing = gold_as_briefing(case)
        if case.id == self.drop_claim:
            briefing = briefing.model_copy(update={"claims": briefing.claims[1:]})
        return briefing


@pytest.fixture(scope="module")
def cases() -> list[GoldCase]:
    return load_cases(ROOT / "evals" / "cases")


def test_gold_has_no_differences(cases: list[GoldCase]) -> None:
    for case in cases:
        assert case_diff(case, gold_as_briefing(case)).empty, case.id


def test_diff_lists_what_score_counts(cases: list[GoldCase]) -> None:
    case = next(c for c in cases if c.id == "seed-000")
    gold = gold_as_briefing(case)
    speaker = gold.claims[0].speaker
    extra = Claim(id="cx", speaker=speaker, text="x", kind="direct", evidence=[_ev(case.article, "Kremlin")])
    actors = gold.actors[1:] + gold.actors[:1]
    briefing = gold.model_copy(update={"claims": [*gold.claims[2:], extra], "actors": actors})
    diff, figures = case_diff(case, briefing), score(case, briefing)
    assert len(diff.missed_claims) == figures.claims.fn == 2
    assert len(diff.extra_claims) == figures.claims.fp == 1
    assert diff.missed_claims[0].quote == case.claims[0].quote and diff.missed_claims[0].spans
    empty = case_diff(case, None)
    assert len(empty.missed_actors) == score(case, None).actors.fn
    assert len(empty.missed_claims) == len(case.claims)


def test_html_eval_report_links_each_case_page(tmp_path: Path, cases: list[GoldCase]) -> None:
    report = run_eval(cases, GoldEngine(cases, drop_claim="seed-000"))
    path = tmp_path / "report.html"
    written = write_html_report(path, report, cases)
    html = path.read_text(encoding="utf-8")
    assert len(written) == len(cases) + 1
    for case in cases:
        page = tmp_path / "report_files" / f"{case.id}.html"
        assert page.exists() and f'href="report_files/{case.id}.html"' in html
    seed = html.split('id="case-seed-000"')[1].split("</section>")[0]
    seed_case = next(c for c in cases if c.id == "seed-000")
    assert "Missed claims (1)" in seed and keep_cr(seed_case.claims[0].quote) in seed
    assert "Prediction matches the gold." in html
    back = (tmp_path / "report_files" / "seed-000.html").read_text(encoding="utf-8")
    assert 'href="../report.html#case-seed-000"' in back


def test_eval_cli_report_suffix_picks_the_format(tmp_path: Path) -> None:
    case = ROOT / "evals" / "cases" / "seed-000"
    cases_dir = tmp_path / "cases"
    cases_dir.mkdir()
    (cases_dir / "seed-000").mkdir()
    for name in ("article.txt", "gold.json"):
        (cases_dir / "seed-000" / name).write_bytes((case / name).read_bytes())
    assert summarize_cli.main(["eval", "--cases", str(cases_dir), "--report", str(tmp_path / "r.html")]) == 0
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "r_files" / "seed-000.html").exists()
    assert summarize_cli.main(["eval", "--cases", str(cases_dir), "--report", str(tmp_path / "r.md")]) == 0
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Eval report")
