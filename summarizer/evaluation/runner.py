"""Running an eval set: every case through an engine, scored, summed, and shown.

**Aggregation** is a micro-average: the TP/FP/FN counts (and the hits/totals of span recall
and grounding) of all cases are summed first, and P/R/F1 are computed once from the sums. A
case with many claims therefore weighs more than a case with few, and no case's 0/0 is
averaged in.

A case whose engine raised a :class:`~summarizer.errors.SummarizerError` is scored as an
empty prediction (every gold item a miss) and listed with its error; so is a case whose
briefing holds no evidence at all while its gold has claims (nothing was grounded, so its
grounding is not a success: with no evidence anywhere, the run's grounding is ``null``); a
:class:`~summarizer.errors.CassetteMissError` (a broken replay) or a
:class:`~summarizer.errors.ConfigurationError` (a key the server refuses, a missing
package) is not a result, being the same for every case, and stops the run.

The JSON form (:meth:`EvalReport.to_dict`) is deterministic for a deterministic engine:
every timing figure sits under the one key ``timing``, so that dropping it leaves output
that is byte-identical from run to run (cassette replays included).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from ..article import parse
from ..batch import finish
from ..engines.base import Engine
from ..errors import CassetteMissError, ConfigurationError, ModelOutputError, SummarizerError
from ..schema import Briefing
from .gold import GoldCase
from .score import CaseScore, Counts, Ratio, score

CaseContext = Callable[[str], AbstractContextManager[object]]

METRICS = (
    "actors_p",
    "actors_r",
    "actors_f1",
    "claims_p",
    "claims_r",
    "claims_f1",
    "claim_span_recall",
    "disagreements_p",
    "disagreements_r",
    "disagreements_f1",
    "grounding",
)


def _r(value: float) -> float:
    return round(value, 4)


def _prf(counts: Counts) -> dict[str, float]:
    return {"p": _r(counts.p), "r": _r(counts.r), "f1": _r(counts.f1)}


@dataclass(frozen=True)
class CaseResult:
    """One case: its score, the engine's usage, its time and error, if any."""

    case_id: str
    language: str
    score: CaseScore
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    error: str | None = None
    article_chars: int = 0
    # the engine's output, kept for the HTML report (case pages, gold-vs-predicted diffs)
    briefing: Briefing | None = field(default=None, compare=False, repr=False)

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


def _grounding(ratio: Ratio) -> float | None:
    """The share of evidence found verbatim; None when there was no evidence to check."""
    return _r(ratio.value) if ratio.total else None


def _figures(s: CaseScore) -> dict[str, Any]:
    return {
        "actors": _prf(s.actors),
        "claims": _prf(s.claims),
        "claim_span_recall": _r(s.claim_spans.value),
        "disagreements": _prf(s.disagreements),
        "grounding": _grounding(s.grounding),
        "counts": {
            "actors": vars(s.actors).copy(),
            "claims": vars(s.claims).copy(),
            "claim_spans": vars(s.claim_spans).copy(),
            "disagreements": vars(s.disagreements).copy(),
            "grounding": vars(s.grounding).copy(),
        },
    }


@dataclass(frozen=True)
class EvalReport:
    """The results of one eval run."""

    engine: str
    model: str | None
    results: tuple[CaseResult, ...]
    seconds: float = 0.0
    prompt_sha256: str | None = field(default=None)

    @property
    def total(self) -> CaseScore:
        total = CaseScore()
        for result in self.results:
            total = total + result.score
        return total

    def metrics(self) -> dict[str, float]:
        """The overall figures by flat name (the keys of ``evals/thresholds.toml``)."""
        t = self.total
        return {
            "actors_p": t.actors.p,
            "actors_r": t.actors.r,
            "actors_f1": t.actors.f1,
            "claims_p": t.claims.p,
            "claims_r": t.claims.r,
            "claims_f1": t.claims.f1,
            "claim_span_recall": t.claim_spans.value,
            "disagreements_p": t.disagreements.p,
            "disagreements_r": t.disagreements.r,
            "disagreements_f1": t.disagreements.f1,
            # no evidence anywhere is no success: 0.0, so that a grounding floor fails
            "grounding": t.grounding.value if t.grounding.total else 0.0,
        }

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``summarize eval --json``; timing only under ``timing``.

        ``usage`` also gives calls per case and completion tokens per article token, the
        article's tokens estimated at 4 characters a token (as the model bridge counts).
        """
        figures = _figures(self.total)
        counts = figures.pop("counts")
        calls = sum(r.calls for r in self.results)
        completion = sum(r.completion_tokens for r in self.results)
        article_tokens = sum(r.article_chars for r in self.results) / 4
        return {
            "engine": self.engine,
            "model": self.model,
            "prompt_sha256": self.prompt_sha256,
            "cases": len(self.results),
            **figures,
            "counts": counts,
            "usage": {
                "calls": calls,
                "prompt_tokens": sum(r.prompt_tokens for r in self.results),
                "completion_tokens": completion,
                "calls_per_case": _r(calls / len(self.results)) if self.results else 0.0,
                "completion_per_article_token": _r(completion / article_tokens) if article_tokens else 0.0,
            },
            "failed": sum(1 for r in self.results if r.error),
            "errors": [{"case": r.case_id, "error": r.error} for r in self.results if r.error],
            "per_case": [
                {
                    "id": r.case_id,
                    "language": r.language,
                    **_figures(r.score),
                    "usage": {
                        "calls": r.calls,
                        "prompt_tokens": r.prompt_tokens,
                        "completion_tokens": r.completion_tokens,
                    },
                    "ungrounded": list(r.score.ungrounded),
                    "error": r.error,
                }
                for r in self.results
            ],
            "timing": {
                "seconds": round(self.seconds, 3),
                "per_case": {r.case_id: round(r.seconds, 3) for r in self.results},
            },
        }


def run_case(case: GoldCase, engine: Engine, *, context: CaseContext | None = None) -> CaseResult:
    """Summarise one case with ``engine`` and score it."""
    started = time.perf_counter()
    briefing: Briefing | None = None
    error: str | None = None
    calls = prompt_tokens = completion_tokens = 0
    try:
        with context(case.id) if context is not None else nullcontext():
            article = parse(case.article)
            briefing = finish(engine.summarize(article), article, time.perf_counter() - started)
    except (CassetteMissError, ConfigurationError):
        raise  # a broken replay, a refused key, a missing package: the same for every case, stop
    except ModelOutputError as exc:
        error = exc.one_line()
        calls, prompt_tokens, completion_tokens = exc.attempts, exc.prompt_tokens, exc.completion_tokens
    except SummarizerError as exc:
        error = exc.one_line()
    seconds = time.perf_counter() - started
    if briefing is not None:
        usage = briefing.meta.usage
        calls, prompt_tokens, completion_tokens = usage.calls, usage.prompt_tokens, usage.completion_tokens
        if not briefing.evidence() and case.claims:
            error = f"no evidence in the briefing, while the gold has {len(case.claims)} claim(s)"
    return CaseResult(
        case_id=case.id,
        language=case.language,
        score=score(case, briefing),
        calls=calls,
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        seconds=seconds,
        error=error,
        article_chars=len(case.article),
        briefing=briefing,
    )


def run_eval(
    cases: Sequence[GoldCase],
    engine: Engine,
    *,
    model: str | None = None,
    prompt_sha256: str | None = None,
    context: CaseContext | None = None,
    on_case: Callable[[CaseResult], None] | None = None,
) -> EvalReport:
    """Run and score every case (in the order given); ``context(case_id)`` wraps each run.

    ``context`` is how a cassette learns which case is playing; ``on_case`` sees each
    result as it comes (progress display).
    """
    started = time.perf_counter()
    results: list[CaseResult] = []
    for case in cases:
        result = run_case(case, engine, context=context)
        results.append(result)
        if on_case is not None:
            on_case(result)
    return EvalReport(
        engine=engine.name,
        model=model,
        results=tuple(results),
        seconds=time.perf_counter() - started,
        prompt_sha256=prompt_sha256,
    )


# --------------------------------------------------------------------------- display

_HEADERS = ("case", "actors P/R/F1", "claims P/R/F1", "span R", "disagr. P/R/F1", "ground.", "calls", "tokens", "s")


def _row(name: str, s: CaseScore, calls: int, tokens: int, seconds: float) -> tuple[str, ...]:
    def prf(c: Counts) -> str:
        return f"{c.p:.2f}/{c.r:.2f}/{c.f1:.2f}"

    def ratio(r: Ratio) -> str:
        return f"{r.value:.2f}" if r.total else "-"

    return (
        name,
        prf(s.actors),
        prf(s.claims),
        ratio(s.claim_spans),
        prf(s.disagreements),
        ratio(s.grounding),
        str(calls),
        str(tokens),
        f"{seconds:.1f}",
    )


def table_rows(report: EvalReport) -> list[tuple[str, ...]]:
    """Header, one row per case (an errored case is marked ``!``), and the overall row."""
    rows: list[tuple[str, ...]] = [_HEADERS]
    for r in report.results:
        rows.append(_row(r.case_id + (" !" if r.error else ""), r.score, r.calls, r.tokens, r.seconds))
    rows.append(
        _row(
            f"overall ({len(report.results)})",
            report.total,
            sum(r.calls for r in report.results),
            sum(r.tokens for r in report.results),
            report.seconds,
        )
    )
    return rows


def format_table(report: EvalReport) -> str:
    """A plain-text table, one line per case, then the overall line and any errors."""
    rows = table_rows(report)
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]

    def line(row: tuple[str, ...]) -> str:
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True)]
        return "  ".join(cells).rstrip()

    rule = "-" * len(line(rows[0]))
    title = f"engine: {report.engine}" + (f"  model: {report.model}" if report.model else "")
    out = [title, line(rows[0]), rule]
    out += [line(row) for row in rows[1:-1]]
    out += [rule, line(rows[-1])]
    errors = [r for r in report.results if r.error]
    if errors:
        out.append("")
        out += [f"! {r.case_id}: {r.error}" for r in errors]
    return "\n".join(out) + "\n"
