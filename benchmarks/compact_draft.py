"""Tokens and cost of the LLM's answers before and after the compact draft, on the same cases.

*Before*: the briefings that the engine of commit 5bdb0c5 wrote (its draft had positions and
disagreements repeat the claims' quotes, and a restatement per claim), kept byte for byte in
``evals/draft_comparison/before-5bdb0c5/`` with the usage each recorded. *After*: the same
cases replayed from today's cassettes (``summarize eval --engine llm --replay``). Both sides
were answered by Claude sub-agents playing the model through ``model_bridge.py`` (README,
"Cassettes"); usage is the bridge's estimate, 4 characters a token. Article tokens are
characters / 4, dollars are at the gpt-4o-mini prices of ``summarizer/data/models.toml``,
and claims F1 is today's scorer on both sides.

Run: python benchmarks/compact_draft.py   (no network: the "after" side is a replay)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from summarizer.engines.llm.catalog import cost_usd
from summarizer.evaluation.gold import load_cases
from summarizer.evaluation.score import Counts, score
from summarizer.schema import Briefing

ROOT = Path(__file__).resolve().parent.parent
BEFORE = ROOT / "evals" / "draft_comparison" / "before-5bdb0c5"
PRICED_AS = "gpt-4o-mini"


@dataclass
class Side:
    completion: int = 0
    prompt: int = 0
    calls: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, completion: int, prompt: int, calls: int, claims: Counts) -> None:
        self.completion += completion
        self.prompt += prompt
        self.calls += calls
        self.tp, self.fp, self.fn = self.tp + claims.tp, self.fp + claims.fp, self.fn + claims.fn

    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


def replay_after(cases_dir: Path, ids: list[str]) -> dict[str, dict[str, object]]:
    """The per-case rows of a replay of today's cassettes, for ``ids`` only."""
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "cases"
        subset.mkdir()
        for case_id in ids:
            (subset / case_id).symlink_to(cases_dir / case_id)
        env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
        command = [sys.executable, "-m", "summarizer", "eval", "--engine", "llm", "--replay", "--json",
                   "--cases", str(subset), "--cassettes", str(ROOT / "evals" / "cassettes")]
        out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    return {row["id"]: row for row in json.loads(out)["per_case"]}


def main() -> None:
    def dollars(prompt: int, completion: int) -> float:
        cost = cost_usd(PRICED_AS, prompt, completion)
        assert cost is not None, f"{PRICED_AS} is not in the model table"
        return cost

    cases = {case.id: case for case in load_cases(ROOT / "evals" / "cases")}
    ids = sorted(path.stem for path in BEFORE.glob("*.json"))
    after_rows = replay_after(ROOT / "evals" / "cases", ids)
    before, after, article_tokens = Side(), Side(), 0.0
    header = "art.tok | compl. before  after | x art. before after |  $ before     after | claims F1 before/after"
    print(f"{'case':40} {header}")
    for case_id in ids:
        case = cases[case_id]
        raw = json.loads((BEFORE / f"{case_id}.json").read_text(encoding="utf-8"))
        old = Briefing.model_validate(raw)
        old_usage = old.meta.usage
        old_claims = score(case, old).claims
        row = after_rows[case_id]
        usage, counts = row["usage"], row["counts"]
        assert isinstance(usage, dict) and isinstance(counts, dict)
        new_claims = Counts(**counts["claims"])
        tokens = len(case.article) / 4
        article_tokens += tokens
        before.add(old_usage.completion_tokens, old_usage.prompt_tokens, old_usage.calls, old_claims)
        after.add(usage["completion_tokens"], usage["prompt_tokens"], usage["calls"], new_claims)
        print(
            f"{case_id:40} {tokens:7.0f} | {old_usage.completion_tokens:13d} {usage['completion_tokens']:6d} |"
            f" {old_usage.completion_tokens / tokens:13.2f} {usage['completion_tokens'] / tokens:5.2f} |"
            f" {dollars(old_usage.prompt_tokens, old_usage.completion_tokens):9.5f} "
            f"{dollars(usage['prompt_tokens'], usage['completion_tokens']):9.5f} |"
            f" {old_claims.f1:.2f}/{new_claims.f1:.2f}"
        )
    n = len(ids)
    for name, side in (("before", before), ("after ", after)):
        print(
            f"{name} {n} cases: completion {side.completion} tokens ({side.completion / article_tokens:.2f}x article"
            f" tokens), prompt {side.prompt}, {side.calls / n:.2f} calls per article,"
            f" ${dollars(side.prompt, side.completion) / n:.5f} per article at {PRICED_AS} prices;"
            f" claims F1 {side.f1():.2f}"
        )
    print(f"completion tokens after / before: {after.completion / before.completion:.2f}"
          f" (target: <= 2.0x article tokens after: {'ok' if after.completion / article_tokens <= 2.0 else 'MISSED'})")


if __name__ == "__main__":
    main()
