"""Batch benchmarks for the LLM engine against a latency-simulating loopback server.

The server (benchmarks/replay_server.py) answers every request from the eval's recorded
cassettes after a fixed delay, so the figures isolate summarizer's own overhead. Prints
each figure beside its target, measured side by side in this one run:

- batch of 32 articles at --jobs 8 vs --jobs 1: speed-up (target >= 6x)
- our overhead per article beyond the server's delay, in steady state: after a first
  article that pays the one-time costs, shown apart (target <= 5% or <= 20 ms)
- second run of the same batch from the cache vs the first (target >= 50x faster)
- prompt tokens sent per article / article tokens, for the seed (target <= 2.0), from the
  Gemma cassette, whose token counts come from a real tokenizer (needs the `local` extra:
  the article is tokenized by the real server)
- peak memory (/usr/bin/time -v) of a 200-article batch vs a 50-article one (flat)

Run: python benchmarks/batch_speed.py [--delay 0.5] [--cassettes evals/cassettes/claude-subagent]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from replay_server import ReplayServer

import summarizer
from summarizer.engines.llm import LLMEngine
from summarizer.evaluation.cassettes import recorded_settings

ROOT = Path(__file__).resolve().parent.parent


def articles(n: int, folder: Path) -> list[Path]:
    """n article files: the eval cases' articles, repeated under new names as needed."""
    cases = sorted((ROOT / "evals" / "cases").glob("*/article.txt"))
    out = []
    for i in range(n):
        source = cases[i % len(cases)]
        target = folder / f"{i:03d}_{source.parent.name}.txt"
        shutil.copyfile(source, target)
        out.append(target)
    return out


def engine(server: ReplayServer, settings: dict[str, Any], model: str) -> LLMEngine:
    return LLMEngine(base_url=server.base_url, api_key="sk-bench", model=model, http_retries=0, **settings)


def run(paths: list[Path], eng: LLMEngine, jobs: int, cache: Path | None = None) -> tuple[float, int, int]:
    """Seconds, calls and failures of one batch."""
    started = time.perf_counter()
    calls = failures = 0
    for outcome in summarizer.summarize_many(paths, jobs=jobs, engine=eng, cache=cache or False):
        if outcome.error is not None:
            failures += 1
            calls += getattr(outcome.error, "attempts", 0)
        elif not outcome.cached:
            assert outcome.briefing is not None
            calls += outcome.briefing.meta.usage.calls
    return time.perf_counter() - started, calls, failures


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def seed_token_ratio(folder: Path) -> str:
    """Prompt tokens of the seed's first request / tokens of the seed article alone."""
    try:
        from summarizer.engines.llm.local_server import LocalServer
    except ImportError:
        return "skipped (the 'local' extra is not installed)"
    cassette = json.loads((folder / "seed-000.json").read_text(encoding="utf-8"))
    first = cassette["interactions"][0]["response"]["body"]
    prompt_tokens = first["usage"]["prompt_tokens"]
    calls = len(cassette["interactions"])
    text = (ROOT / "seeds" / "000_8203fcc26b8d55c1.txt").read_text(encoding="utf-8")
    with LocalServer() as server:
        request = urllib.request.Request(
            server.base_url.removesuffix("/v1") + "/extras/tokenize",
            data=json.dumps({"input": text}).encode(),
            headers={"content-type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as reply:
            article_tokens = len(json.loads(reply.read())["tokens"])
    ratio = prompt_tokens / article_tokens
    return (
        f"{prompt_tokens} prompt tokens / {article_tokens} article tokens = {ratio:.2f} "
        f"(target <= 2.0: {verdict(ratio <= 2.0)}); {calls} call(s) for the seed as recorded"
    )


def peak_rss_kb(paths: list[Path], server: ReplayServer, settings: dict[str, Any], model: str, out: Path) -> int:
    env = {
        **os.environ,
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": "sk-bench",
        "SUMMARIZER_MODEL": model,
        "SUMMARIZER_MODE": str(settings.get("mode", "tools")),
        "SUMMARIZER_ATTEMPTS": str(settings.get("attempts", 3)),
        "SUMMARIZER_MAX_TOKENS": str(settings.get("max_tokens", 4096)),
    }
    command = ["/usr/bin/time", "-v", sys.executable, "-m", "summarizer", *map(str, paths), "-o", str(out)]
    command += ["--jobs", "8", "--no-cache", "--engine", "llm"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1800)
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    if not match:
        raise SystemExit(f"no peak memory in /usr/bin/time output:\n{result.stderr[-2000:]}")
    return int(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.5, help="server delay per request, seconds")
    parser.add_argument("--cassettes", type=Path, default=ROOT / "evals" / "cassettes" / "claude-subagent")
    args = parser.parse_args()
    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # every failed attempt is logged at ERROR
    settings = {k: v for k, v in recorded_settings(args.cassettes).items() if k in ("mode", "attempts", "max_tokens")}
    model = json.loads(next(args.cassettes.glob("*.json")).read_text(encoding="utf-8"))["model"]
    print(f"server delay {args.delay:.2f} s/request; replies from {args.cassettes.relative_to(ROOT)}; {settings}")
    with tempfile.TemporaryDirectory() as tmp, ReplayServer(args.cassettes, delay=args.delay) as server:
        folder = Path(tmp)
        (folder / "in").mkdir()
        batch = articles(32, folder / "in")
        eng = engine(server, settings, model)

        # the first article pays one-time costs (lazy imports, pydantic validators, templates):
        # shown apart, so the figures below are the steady state of a long batch
        first, _, _ = run(batch[:1], eng, jobs=1)
        print(f"first article, one-time costs included: {first:.2f} s (not counted below)")
        t1, calls1, fail1 = run(batch, eng, jobs=1)
        t8, calls8, _ = run(batch, eng, jobs=8)
        speedup = t1 / t8
        print(f"32 articles, --jobs 1: {t1:.2f} s ({calls1} calls, {fail1} failed as recorded)")
        print(f"32 articles, --jobs 8: {t8:.2f} s ({calls8} calls)")
        print(f"speed-up jobs 8 vs 1: {speedup:.1f}x (target >= 6x: {verdict(speedup >= 6)})")

        per_article = t1 / len(batch)
        server_time = calls1 * args.delay / len(batch)
        overhead = per_article - server_time
        share = overhead / server_time
        print(
            f"overhead per article beyond the server's delay: {overhead * 1000:.1f} ms = {share:.1%} of "
            f"{server_time:.2f} s (target <= 5% or <= 20 ms: {verdict(share <= 0.05 or overhead <= 0.020)})"
        )

        cache = folder / "cache"
        cold, cold_calls, cold_failed = run(batch, eng, jobs=8, cache=cache)
        warm, warm_calls, _ = run(batch, eng, jobs=8, cache=cache)
        print(
            f"cache ({cold_calls} calls, {cold_failed} failed): first run {cold:.2f} s, "
            f"second run {warm:.3f} s with {warm_calls} calls: {cold / warm:.0f}x faster "
            f"(target >= 50x: {verdict(cold / warm >= 50)})"
        )
        print("prompt tokens / article tokens (seed):", seed_token_ratio(ROOT / "evals" / "cassettes" / "gemma-3-270m"))

        (folder / "many").mkdir()
        fifty = articles(50, folder / "many")
        (folder / "more").mkdir()
        two_hundred = articles(200, folder / "more")
        rss50 = peak_rss_kb(fifty, server, settings, model, folder / "out50")
        rss200 = peak_rss_kb(two_hundred, server, settings, model, folder / "out200")
        growth = rss200 / rss50
        print(
            f"peak memory (/usr/bin/time -v): 50 articles {rss50 / 1024:.0f} MiB, 200 articles "
            f"{rss200 / 1024:.0f} MiB: x{growth:.2f} (target flat, <= 1.15: {verdict(growth <= 1.15)})"
        )
        print(f"server: {server.requests} requests, {server.misses} without a recording")


if __name__ == "__main__":
    main()
