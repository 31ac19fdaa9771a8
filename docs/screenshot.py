"""Make docs/report-seed.png: the seed's HTML report, shot with Debian's headless Chromium.

    python docs/screenshot.py [--out docs/report-seed.png] [--html /tmp/seed.html]

Needs the ``chromium`` Debian package (/usr/bin/chromium) and Playwright's Python package
(``pip install playwright``; no ``playwright install``: the system Chromium is used, and
nothing is downloaded). The page is opened from a file:// URL with the network disabled.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import summarizer
from summarizer.output.html import to_html

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
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


def shoot(html_path: Path, png_path: Path, *, width: int = 1400, height: int = 1000, full_page: bool = False) -> None:
    """Open ``html_path`` in headless Chromium and save a screenshot to ``png_path``."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile, sync_playwright() as pw:
        # a fresh --user-data-dir: Playwright passes it for a persistent context
        context = pw.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": width, "height": height},
            offline=True,
        )
        try:
            page = context.new_page()
            page.goto(html_path.resolve().as_uri())
            # show a claim found in the article, as a reader would after a click
            first = page.locator("li.claim").first
            if first.count():
                first.click()
                page.wait_for_timeout(1800)  # let the flash fade
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(png_path), full_page=full_page)
        finally:
            context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "report-seed.png"))
    parser.add_argument("--html", help="also keep the HTML page here")
    args = parser.parse_args()
    text = SEED.read_text(encoding="utf-8")
    html = to_html(summarizer.summarize(text, engine="offline"), text)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(args.html) if args.html else Path(tmp) / "seed.html"
        page.write_text(html, encoding="utf-8")
        shoot(page, Path(args.out))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
