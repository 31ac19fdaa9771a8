"""The ``summarize`` command: output, exit codes, and one-line errors for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.schema import Briefing

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"


@pytest.fixture(autouse=True)
def no_llm_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)


def test_seed_prints_a_grounded_json_briefing(capsys: pytest.CaptureFixture[str], seed_text: str) -> None:
    assert main([str(SEED)]) == 0
    out = capsys.readouterr().out
    briefing = Briefing.model_validate_json(out, context={"article": seed_text})
    assert briefing.meta.engine == "offline"  # auto without configuration
    names = {a.name for a in briefing.actors}
    assert {"Donald Trump", "Vladimir Poutine", "Pete Hegseth"} <= names


def test_markdown_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "markdown", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Le président américain Donald Trump")  # titled from the article
    assert "## Acteurs" in out and "## Déclarations" in out and "## Désaccords" in out  # in its language
    assert "| Pete Hegseth |" in out


def test_several_files_need_an_output_folder_or_jsonl(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_bytes(SEED.read_bytes())
    assert main([str(SEED), str(other)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "-o FOLDER/" in err[0] and "--format jsonl" in err[0]


def test_bad_inputs_fail_alone_and_the_rest_is_written(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le ministre a déclaré que la réforme était nécessaire.".encode("latin-1"))
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    good = tmp_path / "good.txt"
    good.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    args = [
        str(tmp_path / "missing.txt"),
        str(tmp_path),
        str(empty),
        str(latin),
        str(binary),
        str(good),
        "-o",
        str(out),
    ]

    assert main(args) == 1

    *err, summary = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 5  # one line per bad input, then the summary line
    assert all(line.startswith("summarize: ") for line in err)
    assert summary.startswith("summarize: 1 done") and "5 failed" in summary
    assert any("missing.txt: no such file" in line for line in err)
    assert any("is a directory" in line for line in err)
    assert any("empty.txt: the article is empty" in line for line in err)
    assert any("latin.txt: not UTF-8" in line for line in err)
    assert any("image.txt: binary file" in line for line in err)
    written = sorted(p.name for p in out.iterdir())
    assert written == ["good.json"]  # no partial or temporary files left behind
    json.loads((out / "good.json").read_text(encoding="utf-8"))


def test_unmatched_glob_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path / "*.txt")]) == 1
    assert "no file matches" in capsys.readouterr().err


def test_llm_engine_without_configuration_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--engine", "llm", str(SEED)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "OPENAI_API_KEY" in err[0] and "OPENAI_BASE_URL" in err[0]


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"summarize: {tmp_path / 'nope.txt'}: no such file"
