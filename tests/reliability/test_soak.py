"""Soak (issue 5, "Done when"): ``benchmarks/soak.py`` at 100 requests, so CI runs it.

The full run — ``python benchmarks/soak.py`` — sends 1,000 articles; see its docstring.
"""

from __future__ import annotations

from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.mark.slow
def test_soak_100_requests_with_20_percent_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import soak

    result = soak.soak(100, jobs=8, failure_rate=0.2, seed=1, delay=0.01)
    print(soak.report(result, jobs=8, failure_rate=0.2))

    assert result.accounted  # every article: a briefing, or a failure with its cause
    assert result.ungrounded == 0
    assert result.grounded >= 90  # 20% faults, mostly absorbed by retries and re-asks
    assert result.injected > 0 and result.misses == 0
    assert all(cause.split(":")[0] in ("ServerError", "ModelOutputError") for cause in result.failed)
    assert result.flat, result.memory
