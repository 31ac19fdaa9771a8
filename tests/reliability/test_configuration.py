"""Bad configuration is one line and exit code 2, before any call (issue 13, "Tracebacks").

- A malformed base URL — an unclosed IPv6 bracket, a bad port, spaces, a host that is no
  host name — from ``OPENAI_BASE_URL``, ``--base-url`` or ``LLMEngine(base_url=...)``:
  one line naming where it came from, never a traceback, never "cannot reach the server"
  after trying.
- A bad ``SUMMARIZER_MODELS`` table (missing field, string price, not UTF-8, not TOML) is
  refused when the engine starts, before any call is paid for.
- Negative or zero ``SUMMARIZER_MAX_TOKENS`` / ``SUMMARIZER_CONTEXT_TOKENS`` (and the other
  numeric settings) are refused the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import summarizer
from summarizer.cli import main
from summarizer.engines.llm import LLMEngine
from summarizer.errors import ConfigurationError

from .servers import FaultServer

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"

BAD_URLS = {
    "unclosed_ipv6": ("http://[::1", "Invalid IPv6 URL"),
    "bad_ipv6": ("http://[zz]/v1", "is not a valid URL"),
    "port_out_of_range": ("http://127.0.0.1:99999/v1", "is not a valid URL"),
    "port_not_a_number": ("http://127.0.0.1:abc/v1", "is not a valid URL"),
    "port_zero": ("http://127.0.0.1:0/v1", "port 0"),
    "space_in_host": ("http://exa mple.com/v1", "spaces or control characters"),
    "backslash_in_host": ("http://ho\\st/v1", "bad host name"),
    "empty_label": ("http://a..b/v1", "bad host name"),
    "percent_in_host": ("http://%zz/v1", "bad host name"),
    "no_host": ("http:///v1", "with a host"),
    "not_http": ("ftp://example.com/v1", "http:// or https://"),
}


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, list[str], str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.err.strip().splitlines(), captured.out


def assert_one_config_line(code: int, err: list[str], *needles: str) -> None:
    assert code == 2, err
    assert len(err) == 1, err
    assert err[0].startswith("summarize")
    for needle in needles:
        assert needle in err[0], err[0]


# -- malformed base URL ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(BAD_URLS))
def test_bad_base_url_from_the_environment_is_one_line(
    case: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url, reason = BAD_URLS[case]
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    for engine in ("auto", "llm"):
        code, err, out = run_cli(capsys, "--engine", engine, SEED)
        assert_one_config_line(code, err, "OPENAI_BASE_URL", reason)
        assert out == ""
    code, err, _ = run_cli(capsys, "batch", "prepare", SEED, "-o", tmp_path / "requests.jsonl")
    assert_one_config_line(code, err, "OPENAI_BASE_URL", reason)


@pytest.mark.parametrize("case", sorted(BAD_URLS))
def test_bad_base_url_option_is_one_line(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    url, reason = BAD_URLS[case]
    for engine in ("auto", "llm"):
        code, err, out = run_cli(capsys, "--engine", engine, "--base-url", url, SEED)
        assert_one_config_line(code, err, "base URL", reason)
        assert out == ""


@pytest.mark.parametrize("case", sorted(BAD_URLS))
def test_bad_base_url_in_python_is_a_one_line_configuration_error(case: str) -> None:
    url, reason = BAD_URLS[case]
    with pytest.raises(ConfigurationError, match=reason) as caught:
        LLMEngine(base_url=url)
    assert "\n" not in str(caught.value)
    with pytest.raises(ConfigurationError, match=reason):
        summarizer.summarize(SEED.read_text(encoding="utf-8"), engine="llm", base_url=url)


def test_bad_base_url_in_the_environment_with_the_offline_engine_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://[::1")
    code, err, _ = run_cli(capsys, "--engine", "offline", SEED)
    assert_one_config_line(code, err, "OPENAI_BASE_URL", "Invalid IPv6 URL")


def test_bad_base_url_in_the_environment_for_eval_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://[::1")
    code, err, _ = run_cli(capsys, "eval", "--engine", "llm", "--replay")
    assert_one_config_line(code, err, "OPENAI_BASE_URL", "Invalid IPv6 URL")


def test_bad_base_url_option_for_eval_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, err, _ = run_cli(capsys, "eval", "--engine", "llm", "--base-url", "http://[::1", "--replay")
    assert_one_config_line(code, err, "base-url", "Invalid IPv6 URL")


def test_a_good_base_url_with_credentials_still_works_and_hides_them() -> None:
    engine = LLMEngine(base_url="http://user:hunter2@[::1]:8080/v1", model="m")
    assert engine.model == "m"
    with pytest.raises(ConfigurationError) as caught:
        LLMEngine(base_url="http://user:hunter2@exa mple.com/v1")
    assert "hunter2" not in str(caught.value)


def test_bad_base_url_never_shows_a_traceback_end_to_end(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "OPENAI_BASE_URL": "http://[::1", "SUMMARIZER_CACHE_DIR": str(tmp_path)}
    for args in (["--engine", "offline", str(SEED)], ["--base-url", "http://[::1", str(SEED)]):
        proc = subprocess.run(
            [sys.executable, "-m", "summarizer", *args], capture_output=True, text=True, timeout=120, env=env
        )
        assert proc.returncode == 2, proc.stderr
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


# -- SUMMARIZER_MODELS: validated when the engine starts, before any call -----------------------------

BAD_TABLES = {
    "missing_field": (b'[models."m"]\ninput_per_million = 1.0\n', "output_per_million must be a number"),
    "string_price": (
        b'[models."m"]\ninput_per_million = "cheap"\noutput_per_million = 1.0\n',
        "input_per_million must be a number",
    ),
    "negative_price": (
        b'[models."m"]\ninput_per_million = -1\noutput_per_million = 1.0\n',
        "input_per_million must be a number >= 0",
    ),
    "unknown_key": (
        b'[models."m"]\ninput_per_million = 1\noutput_per_million = 1\nprice = 2\n',
        "unknown key(s) price",
    ),
    "bad_limit": (
        b'[models."m"]\ninput_per_million = 1\noutput_per_million = 1\nmax_output_tokens = 0\n',
        "max_output_tokens must be a whole number >= 1",
    ),
    "not_utf8": (b'# prix en \xe9uros\n[models."m"]\n', "not UTF-8"),
    "not_toml": (b"[models\n", "not valid TOML"),
    "models_not_a_table": (b'models = "all"\n', "[models] must be a table"),
}


@pytest.mark.parametrize("case", sorted(BAD_TABLES))
def test_bad_model_table_is_one_line_before_any_call(
    case: str,
    fault_server: FaultServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    content, reason = BAD_TABLES[case]
    table = tmp_path / f"{case}.toml"
    table.write_bytes(content)
    monkeypatch.setenv("SUMMARIZER_MODELS", str(table))
    monkeypatch.setenv("OPENAI_BASE_URL", fault_server.base_url)
    code, err, out = run_cli(capsys, "--engine", "llm", "--model", "m", SEED, "-o", tmp_path / "out.json")
    assert_one_config_line(code, err, f"SUMMARIZER_MODELS={table}", reason)
    assert fault_server.requests == [] and out == ""
    assert not (tmp_path / "out.json").exists()


def test_missing_model_table_and_old_variable_name(
    fault_server: FaultServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", fault_server.base_url)
    monkeypatch.setenv("SUMMARIZER_PRICES", str(tmp_path / "nope.toml"))
    code, err, _ = run_cli(capsys, "--engine", "llm", SEED)
    assert_one_config_line(code, err, "cannot read the model table")
    assert fault_server.requests == []


# -- numeric settings: negative, zero or not a number ------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "value", "reason"),
    [
        ("SUMMARIZER_MAX_TOKENS", "-1", "SUMMARIZER_MAX_TOKENS must be at least 1, not -1"),
        ("SUMMARIZER_MAX_TOKENS", "0", "SUMMARIZER_MAX_TOKENS must be at least 1, not 0"),
        ("SUMMARIZER_MAX_TOKENS", "lots", "SUMMARIZER_MAX_TOKENS must be a whole number"),
        ("SUMMARIZER_CONTEXT_TOKENS", "-32000", "SUMMARIZER_CONTEXT_TOKENS must be at least 1, not -32000"),
        ("SUMMARIZER_CONTEXT_TOKENS", "0", "SUMMARIZER_CONTEXT_TOKENS must be at least 1, not 0"),
        ("SUMMARIZER_ATTEMPTS", "-3", "SUMMARIZER_ATTEMPTS must be at least 1"),
        ("SUMMARIZER_TIMEOUT", "-5", "SUMMARIZER_TIMEOUT must be above 0"),
        ("SUMMARIZER_TIMEOUT", "nan", "SUMMARIZER_TIMEOUT must be above 0"),
    ],
)
def test_bad_numeric_setting_is_one_line_before_any_call(
    variable: str,
    value: str,
    reason: str,
    fault_server: FaultServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", fault_server.base_url)
    monkeypatch.setenv(variable, value)
    for extra in ([], ["--engine", "llm"]):
        code, err, out = run_cli(capsys, *extra, SEED, "-o", tmp_path / "out.json")
        assert_one_config_line(code, err, reason)
        assert out == "" and not (tmp_path / "out.json").exists()
    code, err, _ = run_cli(capsys, "batch", "prepare", SEED, "-o", tmp_path / "requests.jsonl")
    assert_one_config_line(code, err, reason)
    assert fault_server.requests == []


def test_negative_max_chars_is_one_line_with_the_offline_engine(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_CHARS", "-1")
    code, err, _ = run_cli(capsys, "--engine", "offline", SEED)
    assert_one_config_line(code, err, "SUMMARIZER_MAX_CHARS must be at least 1, not -1")


def test_a_fifo_as_the_model_table_is_refused_not_waited_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fifo = tmp_path / "models.toml"
    os.mkfifo(fifo)
    monkeypatch.setenv("SUMMARIZER_MODELS", str(fifo))
    with pytest.raises(ConfigurationError, match="not a regular file"):
        LLMEngine(base_url="http://127.0.0.1:9/v1")
