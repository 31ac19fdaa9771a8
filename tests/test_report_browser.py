"""The HTML briefing in a real browser: Debian's headless Chromium driven by Playwright.

No browser is ever downloaded: Playwright's Python package drives ``/usr/bin/chromium``
(Debian package ``chromium``), started with a fresh ``--user-data-dir`` and no network.
Without chromium or playwright the tests are skipped, saying so, except under CI (env
``CI`` set), where they fail.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_report import EVIL, evil_briefing  # tests/ is on sys.path (pytest rootdir-less import)

import summarizer
from summarizer.output.html import to_html
from summarizer.schema import Briefing

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is absent (Debian: apt-get install -y chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright Python package is absent (pip install playwright; no 'playwright install')"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A persistent context of headless Chromium on a fresh profile, network off."""
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run under CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        # Playwright passes the profile as --user-data-dir (it refuses that flag in args)
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900},
            offline=True,
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="module")
def seed_briefing(seed_text: str) -> Briefing:
    return summarizer.summarize(seed_text, engine="offline")


def _open(browser: Any, tmp_path: Path, html: str, name: str = "report.html") -> Any:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.js_errors = errors
    return page


_SPAN_TEXT = """key => Array.from(document.querySelectorAll('mark.hl'))
    .filter(m => m.dataset.ev.split(' ').includes(key)).map(m => m.textContent).join('')"""


def test_seed_report_highlights_every_evidence_span(
    browser: Any, tmp_path: Path, seed_text: str, seed_briefing: Briefing
) -> None:
    page = _open(browser, tmp_path, to_html(seed_briefing, seed_text))
    try:
        assert page.eval_on_selector("#article", "el => el.textContent") == seed_text
        pieces = page.eval_on_selector_all(
            "mark.hl", "ms => ms.map(m => [m.textContent, +m.dataset.start, +m.dataset.end])"
        )
        assert pieces, "no highlight at all"
        for text, start, end in pieces:
            assert text == seed_text[start:end]
        for claim in seed_briefing.claims:
            for i, ev in enumerate(claim.evidence):
                assert page.evaluate(_SPAN_TEXT, f"{claim.id}.{i}") == ev.quote
        for n, pos in enumerate(seed_briefing.positions, 1):
            for i, ev in enumerate(pos.evidence):
                assert page.evaluate(_SPAN_TEXT, f"p{n}.{i}") == ev.quote
        for n, dis in enumerate(seed_briefing.disagreements, 1):
            for i, ev in enumerate(dis.evidence):
                assert page.evaluate(_SPAN_TEXT, f"d{n}.{i}") == ev.quote
        assert page.js_errors == []
        shot = tmp_path / "seed-report.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
    finally:
        page.close()


def test_clicking_a_claim_scrolls_to_its_span_and_flashes_it(
    browser: Any, tmp_path: Path, seed_text: str, seed_briefing: Briefing
) -> None:
    from playwright.sync_api import expect

    assert seed_briefing.claims, "the offline engine found no claim in the seed"
    claim = max(seed_briefing.claims, key=lambda c: c.evidence[0].start)  # the furthest down
    page = _open(browser, tmp_path, to_html(seed_briefing, seed_text))
    try:
        first = page.locator(f'mark.hl[data-start="{claim.evidence[0].start}"]').first
        page.locator(f'li.claim[data-claim="{claim.id}"]').click()
        expect(first).to_have_class(re.compile(r"\bflash\b"), timeout=1000)
        expect(first).to_have_class(re.compile(r"\bactive\b"))
        expect(first).to_be_in_viewport()
        # the article panel scrolled so that the span is inside its visible box
        inside = page.evaluate(
            """m => { const p = document.getElementById('article-panel').getBoundingClientRect();
                      const r = m.getBoundingClientRect();
                      return r.top >= p.top && r.bottom <= p.bottom; }""",
            first.element_handle(),
        )
        assert inside
        page.screenshot(path=str(tmp_path / "after-click.png"))
    finally:
        page.close()


def test_hovering_a_span_shows_speaker_and_claim(
    browser: Any, tmp_path: Path, seed_text: str, seed_briefing: Briefing
) -> None:
    claim = next(c for c in seed_briefing.claims if c.speaker)
    speaker = seed_briefing.actor(claim.speaker or "")
    assert speaker is not None
    page = _open(browser, tmp_path, to_html(seed_briefing, seed_text))
    try:
        mark = page.locator(f'mark.hl[data-start="{claim.evidence[0].start}"]').first
        mark.scroll_into_view_if_needed()
        mark.hover()
        tip = page.locator("#tip")
        assert tip.is_visible()
        assert speaker.name in tip.text_content()
        assert speaker.name in (mark.get_attribute("title") or "")
    finally:
        page.close()


def test_an_injected_script_never_runs(browser: Any, tmp_path: Path) -> None:
    page = _open(browser, tmp_path, to_html(evil_briefing(), EVIL), "evil.html")
    try:
        page.wait_for_load_state("load")
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.title() != "pwned"
        assert page.eval_on_selector("#article", "el => el.textContent") == EVIL
        assert page.locator("#article script, #article img, #actors b").count() == 0
        assert "<script>window.__pwned" in page.eval_on_selector("#article", "el => el.textContent")
        assert page.js_errors == []
        # the page's own script does run: a click on a quote still flashes its span
        page.locator('blockquote[data-goto="c2.0"]').click()
        assert page.locator("mark.hl.active").count() >= 1
        page.screenshot(path=str(tmp_path / "evil.png"), full_page=True)
    finally:
        page.close()


_OVERFLOW = """() => Array.from(document.querySelectorAll('body *'))
    .filter(e => !e.closest('.scroll'))
    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className)"""


def test_the_seed_page_fits_a_phone_and_has_a_legend(
    browser: Any, tmp_path: Path, seed_text: str, seed_briefing: Briefing
) -> None:
    page = _open(browser, tmp_path, to_html(seed_briefing, seed_text), "phone.html")
    try:
        page.set_viewport_size({"width": 390, "height": 844})
        page.wait_for_timeout(100)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no horizontal overflow
        assert page.evaluate("document.body.scrollWidth") <= 390
        assert page.evaluate(_OVERFLOW) == []  # nothing sticks out (tables scroll inside their own box)
        legend = page.locator("#legend li")
        names = {a.name for a in seed_briefing.actors if any(c.speaker == a.id for c in seed_briefing.claims)}
        assert legend.count() >= len(names)
        assert page.locator("#legend").is_visible()
        assert all(name in page.locator("#legend").inner_text() for name in names)
        # the speaker's name is written at the end of each claim span (as displaCy labels entities)
        label = page.evaluate(
            "() => getComputedStyle(document.querySelector('mark.hl[data-label]'), '::after').content"
        )
        assert label.strip('"') in names
        assert page.js_errors == []
        page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    finally:
        page.close()


def test_the_stance_matrix_fits_its_box_on_a_desktop(
    browser: Any, tmp_path: Path, seed_text: str, seed_briefing: Briefing
) -> None:
    page = _open(browser, tmp_path, to_html(seed_briefing, seed_text), "desktop.html")
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= 1400
        box = page.evaluate("() => [document.querySelector('.matrix').scrollWidth, "
                            "document.querySelector('.matrix').clientWidth]")
        assert box[0] <= box[1], box  # was 1,533 px in a 633 px box
    finally:
        page.close()
