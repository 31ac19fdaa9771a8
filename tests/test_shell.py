"""Shell conventions of ``summarize`` (issue 12, "Shell").

stdin as ``-``, ``--format jsonl`` for pipes, the format following ``-o``'s extension,
subcommands that never hide a file of the same name, help with an example for every
option, ``-q`` and ``-v``, and a spinner on a terminal.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from summarizer import cli
from summarizer.cli import main
from summarizer.evaluation import cli as eval_cli
from summarizer.schema import Briefing

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
FR_CASE = ROOT / "evals" / "cases" / "fr-44269" / "article.txt"


@pytest.fixture(autouse=True)
def no_llm_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}


def _summarize_exe() -> str:
    exe = Path(sys.executable).with_name("summarize")
    return str(exe) if exe.exists() else "summarize"


def test_stdin_to_markdown_as_in_the_issue() -> None:
    """``cat seeds/000_*.txt | summarize - --format md``"""
    result = subprocess.run(
        f"cat {ROOT}/seeds/000_*.txt | {_summarize_exe()} - --format md",
        shell=True,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("# Le président américain Donald Trump")
    assert "## Acteurs" in result.stdout and "| Pete Hegseth |" in result.stdout


@pytest.mark.skipif(shutil.which("jq") is None and not os.environ.get("CI"), reason="jq is not installed")
def test_jsonl_pipes_into_jq_as_in_the_issue() -> None:
    """``summarize seeds/*.txt evals/cases/fr-44269/article.txt --format jsonl | jq .actors``"""
    result = subprocess.run(
        f"set -o pipefail; cd {ROOT} && {_summarize_exe()} seeds/*.txt evals/cases/fr-44269/article.txt "
        "--format jsonl | jq -c .actors",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert all(isinstance(json.loads(line), list) and json.loads(line) for line in lines)
    assert "2 done" in result.stderr  # the closing summary goes to stderr, never into the pipe


def test_stdin_keeps_every_check(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    for data, reason in (
        (b"", "the article is empty"),
        ("Le ministre a déclaré à Genève.".encode("latin-1"), "not UTF-8"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "looks like an HTML page"),
    ):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        assert main(["-"]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("summarize: <stdin>: ") and reason in err[0]
    monkeypatch.setenv("SUMMARIZER_MAX_CHARS", "100")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 1000)))
    assert main(["-"]) == 1
    assert "over the limit of 100 characters" in capsys.readouterr().err


def test_jsonl_to_a_file_and_stdout(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    assert main([str(SEED), str(FR_CASE), "-o", str(out), "--engine", "offline"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert {Briefing.model_validate_json(line).source.language for line in lines} == {"fr"}
    capsys.readouterr()
    assert main([str(SEED), "--format", "jsonl", "--engine", "offline"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


@pytest.mark.parametrize(
    ("name", "start"),
    [("b.html", "<!DOCTYPE html>"), ("b.md", "# "), ("b.markdown", "# "), ("b.json", "{"), ("b.txt", "{")],
)
def test_the_format_follows_the_output_extension(
    name: str, start: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / name
    assert main([str(SEED), "-o", str(out), "--engine", "offline"]) == 0
    assert out.read_text(encoding="utf-8").startswith(start)


def test_md_is_markdown_and_a_format_clash_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(SEED), "--format", "md", "--engine", "offline"]) == 0
    assert capsys.readouterr().out.startswith("# ")
    assert main([str(SEED), "--format", "json", "-o", str(tmp_path / "b.html")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--format json does not match -o" in err[0]
    assert not (tmp_path / "b.html").exists()


def test_a_file_named_like_a_subcommand_can_be_summarised(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("eval", "batch"):
        Path(name).write_bytes(SEED.read_bytes())
        for args in ([f"./{name}"], ["--", name], ["--engine", "offline", name]):
            assert main(["-q", *args]) == 0, args
            out = capsys.readouterr().out
            assert json.loads(out)["source"]["chars"] == len(SEED.read_text(encoding="utf-8"))
    assert main(["eval", "--help"]) == 0
    assert "Usage: summarize eval [OPTIONS]" in capsys.readouterr().out


def test_top_level_help_lists_every_command_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Usage: summarize [OPTIONS] FILE...")
    commands = out.split("Commands:")[1]
    assert "batch" in commands and "eval" in commands
    assert "Examples:" in out and "summarize ./eval" in out
    assert main(["-h"]) == 0 and capsys.readouterr().out == out


def _commands() -> list[click.Command]:
    found: list[click.Command] = [cli.summarize_command, eval_cli.eval_command]
    found += list(cli.batch_command.commands.values())
    return found


@pytest.mark.parametrize("command", _commands(), ids=lambda c: c.name)
def test_every_option_has_an_example(command: click.Command) -> None:
    options = [p for p in command.params if isinstance(p, click.Option)]
    assert options
    for option in options:
        assert option.help and "e.g." in option.help, (command.name, option.name)


def test_quiet_drops_the_summary_line_and_verbose_says_what_the_offline_engine_did(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_bytes(FR_CASE.read_bytes())
    assert main([str(SEED), str(other), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert capsys.readouterr().err == ""
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "-v", str(SEED)], capture_output=True, text=True, env=_env(), timeout=300
    )
    assert result.returncode == 0
    assert "summarizer.cli: engine: offline" in result.stderr
    assert re.search(rf"{re.escape(str(SEED))}: \d+ actors, \d+ claims, \d+ disagreements in ", result.stderr)
    assert "(offline fr_core_news_md)" in result.stderr
    assert "summarizer.offline: " in result.stderr  # the offline engine's stage timings
    assert main([str(SEED), "-q", "-v"]) == 2
    assert "-v and -q cannot go together" in capsys.readouterr().err


def test_a_spinner_shows_on_a_terminal_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[list[str], bool]] = []
    real = cli.feedback

    def spy(labels: list[str], *, enabled: bool):  # type: ignore[no-untyped-def]
        seen.append((list(labels), enabled))
        return real(labels, enabled=enabled)

    monkeypatch.setattr(cli, "feedback", spy)
    assert main([str(SEED), "--engine", "offline"]) == 0
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main([str(SEED), "--engine", "offline"]) == 0
    assert main([str(SEED), "--engine", "offline", "-q"]) == 0
    assert seen == [([str(SEED)], False), ([str(SEED)], True), ([str(SEED)], False)]
    capsys.readouterr()


def test_the_spinner_itself_runs() -> None:
    with cli.feedback(["a.txt"], enabled=True) as advance:
        advance()
    with cli.feedback(["a.txt", "b.txt"], enabled=True) as advance:
        advance()
        advance()
