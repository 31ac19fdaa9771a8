"""Readable outputs (issue 12, "Outputs"): Markdown, the HTML page, labels, dates, the notebook view.

The browser checks (390 px wide, legend) are in ``test_report_browser.py``; Markdown
injection is in ``reliability/test_outputs.py``.
"""

from __future__ import annotations

import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import summarizer
from summarizer.article import parse
from summarizer.cli import main
from summarizer.output.html import PALETTE, article_pieces, to_html
from summarizer.output.identity import Identity, read_identity
from summarizer.output.markdown import to_markdown
from summarizer.schema import Actor, Briefing, Claim, Evidence, Meta

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
FR_CASE = ROOT / "evals" / "cases" / "fr-44269" / "article.txt"  # date 2012-06-21 title Grèce : …
EN_CASE = ROOT / "evals" / "cases" / "en-2019-01-07-trump-border-emergency" / "article.txt"


@pytest.fixture(autouse=True)
def no_llm_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)


@pytest.fixture(scope="module")
def seed() -> tuple[Briefing, str]:
    text = SEED.read_text(encoding="utf-8")
    return summarizer.summarize(text, engine="offline"), text


@pytest.fixture(scope="module")
def fr_case() -> tuple[Briefing, str]:
    text = FR_CASE.read_text(encoding="utf-8")
    return summarizer.summarize(text, engine="offline"), text


@pytest.fixture(scope="module")
def en_case() -> tuple[Briefing, str]:
    text = EN_CASE.read_text(encoding="utf-8")
    return summarizer.summarize(text, engine="offline"), text


def html_of_markdown(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


# -- Markdown ---------------------------------------------------------------------------------------------


def test_markdown_prints_each_claim_once_and_stays_small(seed: tuple[Briefing, str]) -> None:
    briefing, text = seed
    markdown = to_markdown(briefing, text)
    claims = markdown.split("\n## Déclarations\n")[1].split("\n## ")[0]
    for claim in briefing.claims:
        quote = " ".join(claim.evidence[0].quote.split())
        holders = sum(" ".join(c.evidence[0].quote.split()) == quote for c in briefing.claims)
        assert claims.count(quote) == holders, claim.id  # the text is the quote: printed once
    # was 14.7 KB for the 4.9 KB seed
    assert len(markdown.encode("utf-8")) < 2 * len(text.encode("utf-8"))


def test_a_claim_whose_text_is_no_quote_shows_both() -> None:
    text = "Le ministre Jean Dupont a déclaré : « nous ne céderons pas ».\n"
    quote = "nous ne céderons pas"
    start = text.index(quote)
    briefing = Briefing(
        source=parse(text).source(),
        summary="Le ministre refuse.",
        actors=[Actor(id="dupont", name="Jean Dupont", kind="person")],
        claims=[
            Claim(
                id="c1",
                speaker="dupont",
                text="The minister will not give in.",
                kind="direct",
                cue="a déclaré",
                evidence=[Evidence(quote=quote, start=start, end=start + len(quote))],
            ),
        ],
        meta=Meta(engine="llm", model="m"),
    )
    markdown = to_markdown(briefing, text)
    assert "The minister will not give in." in markdown and f"> “{quote}” ({start}–{start + len(quote)})" in markdown


def test_no_disagreement_is_a_sentence_not_a_heading(fr_case: tuple[Briefing, str]) -> None:
    briefing, text = fr_case
    empty = briefing.model_copy(update={"disagreements": []})
    html = html_of_markdown(to_markdown(empty, text))
    assert "<p>Aucun désaccord trouvé.</p>" in html
    assert "<h2>Aucun désaccord trouvé.</h2>" not in html
    assert html.count("<hr />") == 1


def test_a_summary_starting_like_a_list_stays_a_paragraph(seed: tuple[Briefing, str]) -> None:
    briefing, text = seed
    odd = briefing.model_copy(update={"summary": "- Trump a parlé.\n1. Poutine aussi.\n# Fin"})
    html = html_of_markdown(to_markdown(odd, text))
    assert "<p>- Trump a parlé. 1. Poutine aussi. # Fin</p>" in html


def test_the_footer_gives_the_time_taken(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "--format", "md", "--engine", "offline"]) == 0
    footer = capsys.readouterr().out.split("\n---\n")[-1]
    found = re.search(r"· (\d+\.\d\d) s_", footer)
    assert found is not None and float(found.group(1)) > 0, footer


# -- labels and dates -----------------------------------------------------------------------------------------


def test_labels_follow_the_articles_language_everywhere(
    seed: tuple[Briefing, str], en_case: tuple[Briefing, str]
) -> None:
    briefing, text = seed
    for page in (to_html(briefing, text), to_markdown(briefing, text)):
        assert "personne" in page and "Déclarations" in page
        for english in (">person<", "| person |", ">country<", "| country |", "Made by", "Claims", "engine "):
            assert english not in page, english
    briefing, text = en_case
    for page in (to_html(briefing, text), to_markdown(briefing, text)):
        assert "person" in page and "Claims" in page
        for french in ("personne", "Déclarations", "Acteurs", "moteur"):
            assert french not in page, french


def test_dates_keep_their_day(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(FR_CASE), "--engine", "offline"]) == 0
    source = json.loads(capsys.readouterr().out)["source"]
    assert (source["date"], source["day"]) == ("2012-06", 21)
    for fmt in ("md", "html"):
        assert main([str(FR_CASE), "--engine", "offline", "--format", fmt]) == 0
        page = capsys.readouterr().out
        assert "2012-06-21" in page
    briefing = summarizer.summarize(SEED.read_text(encoding="utf-8"), engine="offline")
    assert (briefing.source.date, briefing.source.day) == ("2025-02", None)  # "date 2025-02": no day to keep


# -- the HTML page ----------------------------------------------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.dateline = ""
        self.article: list[str] = []
        self.legend: list[str] = []
        self.marks: list[dict[str, str]] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if a.get("id") in ("article", "legend") or a.get("class") == "dateline" or tag == "title":
            self._stack.append(a.get("id") or a.get("class") or tag)
        elif self._stack and tag not in ("br", "meta"):
            self._stack.append("")
        if tag == "mark" and "article" in self._stack:
            self.marks.append(a)

    def handle_endtag(self, tag: str) -> None:
        if self._stack and tag not in ("br", "meta"):
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if "title" in self._stack:
            self.title += data
        if "article" in self._stack:
            self.article.append(data)
        if "dateline" in self._stack:
            self.dateline += data
        if "legend" in self._stack:
            self.legend.append(data)


def page_of(briefing: Briefing, text: str) -> _Page:
    page = _Page()
    page.feed(to_html(briefing, text))
    return page


def test_the_page_is_titled_from_the_article(fr_case: tuple[Briefing, str], seed: tuple[Briefing, str]) -> None:
    assert page_of(*fr_case).title.startswith("Grèce : le nouveau gouvernement de coalition formé")
    assert page_of(*seed).title.startswith("Le président américain Donald Trump a annoncé")


def test_the_date_line_is_metadata_and_the_article_stays_whole(fr_case: tuple[Briefing, str]) -> None:
    briefing, text = fr_case
    page = page_of(briefing, text)
    assert page.dateline == "date 2012-06-21 title Grèce : le nouveau gouvernement de coalition formé\n"
    assert "".join(page.article) == text  # offsets still index the page's text


def test_highlights_carry_their_speaker_and_a_legend_explains_the_colours(seed: tuple[Briefing, str]) -> None:
    briefing, text = seed
    page = page_of(briefing, text)
    names = {a.id: a.name for a in briefing.actors}
    speakers = {names[c.speaker] for c in briefing.claims if c.speaker}
    legend = "".join(page.legend)
    assert all(name in legend for name in speakers), (speakers, legend)
    labelled = [m for m in page.marks if m.get("data-label")]
    assert {lab for m in labelled for lab in m["data-label"].split(" / ")} == speakers
    for claim in briefing.claims:  # each claim's span ends on a label naming its speaker
        end = claim.evidence[0].end
        mark = next(m for m in labelled if int(m["data-end"]) == end)
        assert names[claim.speaker or ""] in mark["data-label"]


def test_neighbouring_speakers_get_distinct_colours(seed: tuple[Briefing, str]) -> None:
    briefing, text = seed
    # more actors than colours: every claim of the seed gets its own speaker
    actors = [Actor(id=f"a{i}", name=f"Speaker {i}", kind="person") for i in range(len(briefing.claims))]
    claims = [c.model_copy(update={"speaker": f"a{i}"}) for i, c in enumerate(briefing.claims)]
    many = briefing.model_copy(update={"actors": actors, "claims": claims, "positions": [], "disagreements": []})
    assert len(actors) > len(PALETTE)
    pieces, colours = article_pieces(many, text)
    marked = [p.mark for p in pieces if p.mark is not None and p.mark["data-speaker"]]
    for a, b in itertools.pairwise(marked):
        if a["data-speaker"] != b["data-speaker"]:
            assert a["style"] != b["style"], (a["data-speaker"], b["data-speaker"])
    assert set(colours.values()) - {(140, 140, 140)} == set(PALETTE)  # every colour is used


# -- identity, notebook, Briefing.to_markdown ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_every_format_records_what_it_was_made_from(fmt: str, seed: tuple[Briefing, str], tmp_path: Path) -> None:
    briefing, text = seed
    out = tmp_path / f"b.{fmt}"
    out.write_text(summarizer.output.render("markdown" if fmt == "md" else fmt, briefing, text), encoding="utf-8")
    assert read_identity(out) == Identity.of(briefing)
    assert Identity.of(briefing).article_sha256 == parse(text).sha256


def test_notebook_and_markdown_views_of_a_briefing(seed: tuple[Briefing, str]) -> None:
    briefing, _ = seed
    fragment = briefing._repr_html_()
    assert fragment.startswith('<div class="summarizer-briefing"') and "<script" not in fragment
    assert "Pete Hegseth" in fragment and "Déclarations" in fragment
    markdown = briefing.to_markdown()
    assert markdown.startswith("# ") and "## Acteurs" in markdown
