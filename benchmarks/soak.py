"""Soak: 1,000 requests through the LLM engine against a server failing 20% of them.

Run: ``python benchmarks/soak.py [--requests 1000] [--jobs 8] [--failure-rate 0.2] [--seed 1]``.

1. Recording, into a temporary folder: every eval case's article (``evals/cases``) is
   summarised once through :class:`~summarizer.evaluation.cassettes.CassetteTransport` in
   record mode, answered by a scripted in-process server (an ``httpx.MockTransport``) with
   a hand-written draft: the case's gold annotation (actors, claims, disagreements) as the
   model would write it. One case in five first gets a draft with an invented quote, so the
   recording holds a validation re-ask too. Nothing depends on the real model's cassettes,
   which may still be being recorded.
2. Soak: ``summarizer.summarize_many`` over ``--requests`` inputs (the articles repeated,
   no cache) with ``--jobs`` in flight, against ``benchmarks/replay_server.ReplayServer``
   replaying that folder with a small delay and seeded faults (HTTP 500/503/429 with
   ``Retry-After: 0``, JSON cut off mid-way) on ``--failure-rate`` of the requests.

Every article must end either with a briefing whose every evidence item satisfies
``article[start:end] == quote``, or listed as failed with its cause; memory (current RSS and
the traced Python heap) must stay flat between the 250th and the last article. Prints the
counts; exits 1 if an article is unaccounted for, a briefing is ungrounded or memory grew.
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import logging
import re
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import openai
from replay_server import ReplayServer

import summarizer
from summarizer.article import parse
from summarizer.engines.llm import LLMEngine
from summarizer.engines.llm.draft import ArticleIndex
from summarizer.evaluation.cassettes import CassetteTransport
from summarizer.evaluation.gold import GoldCase, load_cases

ROOT = Path(__file__).resolve().parent.parent
MODEL = "soak-scripted"
INVENTED = "words that this article never printed anywhere"


def _quotable(index: ArticleIndex, quote: str) -> bool:
    try:
        index.place(quote)
    except ValueError:
        return False
    return True


def draft_from_gold(case: GoldCase) -> dict[str, Any]:
    """The gold annotation of a case as a draft a model could answer (quotes verbatim).

    Gold claims the draft's rules would refuse (a slogan of two words the article does not
    put in quotation marks) are left out: the draft must pass at the first attempt.
    """
    ids = {actor.name: f"a{n}" for n, actor in enumerate(case.actors)}
    index = ArticleIndex(case.article)
    claims = [c for c in case.claims if _quotable(index, c.quote)]
    first = next((s for s in re.split(r"(?<=[.!?])\s+", case.article.strip()) if len(s.split()) > 5), "")
    return {
        "summary": " ".join(first.split())[:300] or case.id,
        "actors": [
            {"id": ids[a.name], "name": a.name, "kind": a.kind, "role": None, "aliases": list(a.aliases)}
            for a in case.actors
        ],
        "claims": [
            {"id": f"c{n}", "speaker": ids[c.speaker], "cue": None, "quote": c.quote}
            for n, c in enumerate(claims, 1)
        ],
        "positions": [],
        "disagreements": [
            {
                "topic": d.topic,
                "sides": [{"actors": [ids[name] for name in side], "stance": "side"} for side in d.sides],
                "claims": [],
                "quotes": list(d.evidence),
            }
            for d in case.disagreements
            if all(side for side in d.sides)
        ],
    }


def _completion(draft: dict[str, Any], article: str) -> httpx.Response:
    body = {
        "id": "chatcmpl-soak",
        "object": "chat.completion",
        "created": 0,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": json.dumps(draft, ensure_ascii=False)},
            }
        ],
        "usage": {"prompt_tokens": len(article) // 3, "completion_tokens": 300},
    }
    return httpx.Response(200, json=body)


def record(folder: Path, cases: list[GoldCase]) -> None:
    """Record one cassette per case into ``folder`` (see the module docstring)."""
    replies: collections.deque[httpx.Response] = collections.deque()
    transport = CassetteTransport(folder, mode="record", real=httpx.MockTransport(lambda request: replies.popleft()))
    client = openai.OpenAI(
        base_url="http://scripted.invalid/v1",
        api_key="not-needed",
        max_retries=0,
        http_client=httpx.Client(transport=transport),  # type: ignore[arg-type]
    )
    engine = LLMEngine(client=client, model=MODEL, mode="json_schema", attempts=3)
    for n, case in enumerate(cases):
        draft = draft_from_gold(case)
        if n % 5 == 0 and draft["claims"]:
            wrong = json.loads(json.dumps(draft))
            wrong["claims"][0]["quote"] = INVENTED
            replies.append(_completion(wrong, case.article))
        replies.append(_completion(draft, case.article))
        with transport.case(case.id):
            engine.summarize(parse(case.article))
        assert not replies, f"{case.id}: not every scripted reply was used"


def _rss_kib() -> int:
    """Current resident memory of this process (Linux), KiB; 0 elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class SoakResult:
    inputs: int = 0
    grounded: int = 0
    ungrounded: int = 0
    failed: collections.Counter[str] = field(default_factory=collections.Counter)
    calls: int = 0
    requests: int = 0
    injected: int = 0
    misses: int = 0
    seconds: float = 0.0
    memory: dict[int, tuple[int, int]] = field(default_factory=dict)  # done -> (rss KiB, traced KiB)

    @property
    def accounted(self) -> bool:
        return self.grounded + self.ungrounded + sum(self.failed.values()) == self.inputs

    def memory_growth(self) -> tuple[int, int]:
        """(RSS, traced heap) growth in KiB from the first checkpoint to the last."""
        marks = sorted(self.memory)
        if len(marks) < 2:
            return 0, 0
        (rss0, heap0), (rss1, heap1) = self.memory[marks[0]], self.memory[marks[-1]]
        return rss1 - rss0, heap1 - heap0

    @property
    def flat(self) -> bool:
        rss, heap = self.memory_growth()
        return rss < 32 * 1024 and heap < 8 * 1024

    @property
    def ok(self) -> bool:
        return self.accounted and self.ungrounded == 0 and self.flat


def _cause(error: BaseException) -> str:
    """The kind of failure, for the tally: error type and the first words of the message."""
    message = re.sub(r"\d[\d,]*", "N", str(error))
    return f"{type(error).__name__}: {message.split(';')[0][:90]}"


def soak(
    requests: int = 1000,
    *,
    jobs: int = 8,
    failure_rate: float = 0.2,
    seed: int = 1,
    delay: float = 0.01,
    checkpoints: tuple[int, ...] | None = None,
) -> SoakResult:
    """Record, then soak (see the module docstring); memory is measured at ``checkpoints``
    (default: a quarter of the way) and at the end."""
    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # each injected fault is logged at ERROR
    checkpoints = checkpoints if checkpoints is not None else (requests // 4,)
    cases = load_cases(ROOT / "evals" / "cases")
    result = SoakResult(inputs=requests)
    with tempfile.TemporaryDirectory(prefix="summarizer-soak-") as tmp:
        folder = Path(tmp)
        record(folder, cases)
        texts = [case.article for case in cases]

        def inputs() -> Iterator[str]:
            for n in range(requests):
                yield texts[n % len(texts)]

        marks = {mark for mark in (*checkpoints, requests) if 0 < mark <= requests}
        tracemalloc.start()
        started = time.perf_counter()
        with ReplayServer(folder, delay=delay, failure_rate=failure_rate, seed=seed) as server:
            engine = LLMEngine(
                base_url=server.base_url, api_key="not-needed", model=MODEL, mode="json_schema", timeout=30
            )
            outcomes = summarizer.summarize_many(inputs(), engine=engine, jobs=jobs)
            for done, outcome in enumerate(outcomes, 1):
                article = texts[outcome.index % len(texts)]
                if outcome.error is not None:
                    result.failed[_cause(outcome.error)] += 1
                elif outcome.briefing is not None:
                    briefing = outcome.briefing
                    exact = all(article[ev.start : ev.end] == ev.quote for ev in briefing.evidence())
                    result.grounded += exact
                    result.ungrounded += not exact
                    result.calls += briefing.meta.usage.calls
                del outcome
                if done in marks:
                    gc.collect()
                    result.memory[done] = (_rss_kib(), tracemalloc.get_traced_memory()[0] // 1024)
            result.requests, result.injected, result.misses = server.requests, server.failures, server.misses
        result.seconds = time.perf_counter() - started
        tracemalloc.stop()
    return result


def report(result: SoakResult, *, jobs: int, failure_rate: float) -> str:
    failed = sum(result.failed.values())
    lines = [
        f"articles: {result.inputs} in {result.seconds:.1f} s at --jobs {jobs}",
        f"  grounded briefings: {result.grounded}",
        f"  failed, with cause: {failed}",
        *(f"    {count:>4}  {cause}" for cause, count in result.failed.most_common()),
        f"  ungrounded briefings: {result.ungrounded}",
        f"  accounted for: {'yes' if result.accounted else 'NO'}",
        f"server: {result.requests} requests, {result.injected} faults injected "
        f"({result.injected / max(result.requests, 1):.0%}, target {failure_rate:.0%}), {result.misses} unrecorded",
        f"model calls that returned a completion (incl. re-asks): {result.calls}",
    ]
    for mark, (rss, heap) in sorted(result.memory.items()):
        lines.append(f"memory after {mark:>5} articles: RSS {rss / 1024:.1f} MiB, Python heap {heap / 1024:.1f} MiB")
    rss, heap = result.memory_growth()
    verdict = "flat" if result.flat else "GROWING"
    lines.append(f"memory growth: RSS {rss / 1024:+.1f} MiB, Python heap {heap / 1024:+.1f} MiB -> {verdict}")
    lines.append("OK" if result.ok else "FAILED")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--failure-rate", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--delay", type=float, default=0.01)
    args = parser.parse_args(argv)
    result = soak(args.requests, jobs=args.jobs, failure_rate=args.failure_rate, seed=args.seed, delay=args.delay)
    print(report(result, jobs=args.jobs, failure_rate=args.failure_rate))
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
