"""The eval runner and ``summarize eval``: aggregation, errors, determinism, floors, cassettes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from summarizer import cli as summarize_cli
from summarizer.article import Article
from summarizer.errors import ConfigurationError, ModelOutputError
from summarizer.evaluation import cli as eval_cli
from summarizer.evaluation.gold import GoldCase, load_cases
from summarizer.evaluation.runner import METRICS, format_table, run_eval
from summarizer.evaluation.score import gold_as_briefing
from summarizer.output.eval_report import to_eval_markdown
from summarizer.schema import Briefing

ROOT = Path(__file__).resolve().parent.parent


class GoldEngine:
    """Answers each case with its own gold, except the cases it is told to fail."""

    name = "gold"

    def __init__(self, cases: list[GoldCase], failing: tuple[str, ...] = ()) -> None:
        self.by_text = {c.article: c for c in cases}
        self.failing = failing

    def summarize(self, article: Article) -> Briefing:
        case = self.by_text[article.text]
        if case.id in self.failing:
            raise ModelOutputError(
                "no valid grounded briefing", attempts=3, prompt_tokens=7, completion_tokens=2
            )
        return gold_as_briefing(case)


@pytest.fixture(scope="module")
def cases() -> list[GoldCase]:
    return load_cases(ROOT / "evals" / "cases")


def test_gold_engine_scores_one_overall(cases: list[GoldCase]) -> None:
    report = run_eval(cases, GoldEngine(cases))
    assert all(value == 1.0 for value in report.metrics().values())
    data = report.to_dict()
    assert data["cases"] == len(cases)
    assert data["actors"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert {"claims", "claim_span_recall", "disagreements", "grounding", "per_case", "timing"} <= set(data)


def test_a_failing_case_is_scored_empty_and_listed(cases: list[GoldCase]) -> None:
    report = run_eval(cases, GoldEngine(cases, failing=("seed-000",)))
    data = report.to_dict()
    assert data["errors"] == [{"case": "seed-000", "error": "no valid grounded briefing"}]
    seed = next(c for c in data["per_case"] if c["id"] == "seed-000")
    assert seed["claims"]["r"] == 0.0
    assert seed["usage"] == {"calls": 3, "prompt_tokens": 7, "completion_tokens": 2}
    # micro-average: the seed's missed claims count against the sum of all claims
    counts = data["counts"]["claims"]
    assert counts["fn"] == len(next(c for c in cases if c.id == "seed-000").claims)
    assert data["claims"]["r"] == round(counts["tp"] / (counts["tp"] + counts["fn"]), 4)
    assert "seed-000 !" in format_table(report)
    assert "## Errors" in to_eval_markdown(report)


class EmptyEngine(GoldEngine):
    """Answers each case with its gold's actors only: a briefing holding no evidence at all."""

    def summarize(self, article: Article) -> Briefing:
        briefing = super().summarize(article)
        return briefing.model_copy(update={"claims": [], "positions": [], "disagreements": []})


def test_a_briefing_without_evidence_is_a_listed_failure_not_grounding_one(cases: list[GoldCase]) -> None:
    some = [c for c in cases if c.claims][:3]
    report = run_eval(some, EmptyEngine(some))
    data = report.to_dict()
    assert data["failed"] == len(some)
    assert [e["case"] for e in data["errors"]] == [c.id for c in some]
    assert all("no evidence in the briefing" in e["error"] for e in data["errors"])
    assert data["grounding"] is None and all(row["grounding"] is None for row in data["per_case"])
    assert report.metrics()["grounding"] == 0.0  # what the floors see: a grounding floor of 1.0 fails
    assert data["claims"]["r"] == 0.0


def test_json_is_identical_across_runs_apart_from_timing(cases: list[GoldCase]) -> None:
    first = run_eval(cases, GoldEngine(cases)).to_dict()
    second = run_eval(cases, GoldEngine(cases)).to_dict()
    first.pop("timing"), second.pop("timing")
    assert json.dumps(first, ensure_ascii=False, indent=2) == json.dumps(second, ensure_ascii=False, indent=2)
    assert "seconds" not in json.dumps(first)


@pytest.mark.parametrize(
    ("engine", "split"),
    [("offline", "locked"), ("llm", "cases"), ("llm", "locked"), ("llm", "holdout"), ("llm", "fresh")],
)
def test_thresholds_file_names_known_metrics_for_each_gated_split(engine: str, split: str) -> None:
    floors = eval_cli._thresholds(ROOT / "evals" / "thresholds.toml", engine, split)  # rejects unknown keys
    assert set(floors) <= set(METRICS)
    assert floors["grounding"] == 1.0


def test_the_offline_engine_is_not_gated_on_the_dev_set() -> None:
    # floors on the set rules are written from would reward patching it (issue 11)
    with pytest.raises(ConfigurationError, match=r"no \[offline.cases\] section"):
        eval_cli._thresholds(ROOT / "evals" / "thresholds.toml", "offline", "cases")


def test_check_names_each_metric_below_its_floor(cases: list[GoldCase]) -> None:
    report = run_eval(cases, GoldEngine(cases, failing=("seed-000",)))
    failures = eval_cli.below_floors(report, {"claims_r": 0.99, "grounding": 1.0, "actors_p": 0.5})
    assert len(failures) == 1 and failures[0].startswith("claims_r ")


def _one_case(tmp_path: Path) -> Path:
    cases_dir = tmp_path / "evals" / "cases"
    shutil.copytree(ROOT / "evals" / "cases" / "seed-000", cases_dir / "seed-000")
    return cases_dir


def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert summarize_cli.main(["eval", "--engine", "nope"]) == 2
    assert summarize_cli.main(["eval", "--engine", "offline", "--replay"]) == 2
    assert summarize_cli.main(["eval", "--cases", str(tmp_path / "absent")]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("summarize eval: ") for line in lines)


def test_cli_records_then_replays_identically(
    scripted_server: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("CI", "OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODE", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    cases_dir = _one_case(tmp_path)
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    base = ["--cases", str(cases_dir), "--engine", "llm", "--model", "scripted", "--json"]

    assert summarize_cli.main(["eval", *base, "--base-url", scripted_server.base_url, "--record"]) == 0  # type: ignore[attr-defined]
    recorded = json.loads(capsys.readouterr().out)
    cassette = tmp_path / "evals" / "cassettes" / "scripted" / "seed-000.json"
    assert cassette.is_file()
    assert len(scripted_server.requests) == 1  # type: ignore[attr-defined]

    outputs = []
    for _ in range(2):
        assert summarize_cli.main(["eval", *base, "--replay"]) == 0
        outputs.append(json.loads(capsys.readouterr().out))
    assert len(scripted_server.requests) == 1  # type: ignore[attr-defined]  # replay never called it
    for data in (recorded, *outputs):
        data.pop("timing")
    assert outputs[0] == outputs[1] == recorded
    assert recorded["usage"]["calls"] == 1 and recorded["grounding"] == 1.0


def test_cli_replay_without_recording_fails_naming_the_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    cases_dir = _one_case(tmp_path)
    code = summarize_cli.main(["eval", "--cases", str(cases_dir), "--engine", "llm", "--model", "scripted", "--replay"])
    assert code == 2
    err = capsys.readouterr().err
    assert "seed-000" in err and "--record-missing" in err
