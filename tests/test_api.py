"""The Python API (issue 12, "Python API"): typed options, protocols, exports, settings, README.

The README's Python snippets are run here and checked with ``mypy --strict``.
"""

from __future__ import annotations

import inspect
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

import summarizer
from summarizer import errors
from summarizer.engines.base import AsyncEngine, BatchingEngine, CachingEngine, Engine
from summarizer.engines.llm import LLMEngine
from summarizer.engines.offline import OfflineEngine
from summarizer.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
README = ROOT / "README.md"
API = [summarizer.summarize, summarizer.summarize_file, summarizer.summarize_many, summarizer.get_engine]
LLM_OPTIONS = [
    "model",
    "base_url",
    "api_key",
    "client",
    "mode",
    "attempts",
    "max_tokens",
    "max_tokens_per_article",
    "context_tokens",
    "timeout",
]


@pytest.fixture(autouse=True)
def no_llm_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)


@pytest.mark.parametrize("function", API, ids=lambda f: f.__name__)
def test_every_option_is_a_typed_keyword_parameter(function: object) -> None:
    params = inspect.signature(function).parameters  # type: ignore[arg-type]
    assert not [p for p in params.values() if p.kind is inspect.Parameter.VAR_KEYWORD]
    assert set(LLM_OPTIONS) <= set(params)
    for name in LLM_OPTIONS:
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY
        assert params[name].annotation not in (inspect.Parameter.empty, "Any")


@pytest.mark.parametrize("engine", ["offline", "llm"])
def test_a_misspelt_option_is_a_type_error_whatever_the_engine(engine: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    with pytest.raises(TypeError, match="modle"):
        summarizer.summarize(text, engine=engine, modle="gpt-4o")  # type: ignore[call-overload, arg-type]
    with pytest.raises(TypeError, match="modle"):
        summarizer.summarize_file(SEED, engine=engine, modle="gpt-4o")  # type: ignore[call-arg, arg-type]
    with pytest.raises(TypeError, match="modle"):
        summarizer.summarize_many([text], engine=engine, modle="gpt-4o")  # type: ignore[call-arg, arg-type]


def test_options_given_with_an_engine_object_are_refused() -> None:
    engine = summarizer.get_engine("offline")
    text = SEED.read_text(encoding="utf-8")
    for option in ({"model": "gpt-4o"}, {"base_url": "http://127.0.0.1:9/v1"}, {"attempts": 2}):
        with pytest.raises(summarizer.ConfigurationError, match="engine object"):
            summarizer.summarize(text, engine=engine, **option)  # type: ignore[arg-type]
        with pytest.raises(summarizer.ConfigurationError, match="engine object"):
            summarizer.summarize_many([text], engine=engine, **option)  # type: ignore[arg-type]


def test_llm_options_with_the_offline_engine_are_refused() -> None:
    with pytest.raises(summarizer.ConfigurationError, match="model: option"):
        summarizer.get_engine("offline", model="gpt-4o")
    with pytest.raises(summarizer.ConfigurationError, match="OPENAI_API_KEY"):
        summarizer.get_engine("auto", model="gpt-4o")  # no server configured: auto is offline


def test_engine_capabilities_are_protocols() -> None:
    offline = OfflineEngine()
    llm = LLMEngine(base_url="http://127.0.0.1:9/v1", model="m")  # builds clients, sends nothing
    assert isinstance(offline, Engine) and isinstance(llm, Engine)
    assert isinstance(offline, BatchingEngine) and not isinstance(offline, AsyncEngine | CachingEngine)
    assert isinstance(llm, AsyncEngine) and isinstance(llm, CachingEngine) and not isinstance(llm, BatchingEngine)
    source = (ROOT / "summarizer" / "batch.py").read_text(encoding="utf-8")
    assert "getattr(" not in source and "type: ignore" not in source


def test_errors_and_outcome_are_exported() -> None:
    classes = [obj for obj in vars(errors).values() if inspect.isclass(obj) and issubclass(obj, errors.SummarizerError)]
    assert len(classes) >= 10
    for cls in classes:
        assert cls.__name__ in summarizer.__all__ and getattr(summarizer, cls.__name__) is cls
    assert "Outcome" in summarizer.__all__ and summarizer.Outcome.__name__ == "Outcome"
    for name in summarizer.__all__:
        assert hasattr(summarizer, name), name


# -- configuration ---------------------------------------------------------------------------------------


class _Recording(Mapping[str, str]):
    """An empty environment that remembers which variables were asked for."""

    def __init__(self) -> None:
        self.asked: set[str] = set()

    def __getitem__(self, key: str) -> str:
        self.asked.add(key)
        raise KeyError(key)

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        self.asked.add(key)
        return default

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def test_the_readme_settings_table_lists_every_variable() -> None:
    env = _Recording()
    Settings.from_env(env)
    assert {"OPENAI_API_KEY", "SUMMARIZER_CONTEXT_TOKENS", "CI"} <= env.asked
    readme = README.read_text(encoding="utf-8")
    table = readme.split("| variable | meaning | default |")[1].split("\n\n")[0]
    listed = set(re.findall(r"`([A-Z][A-Z0-9_]+)`", table))
    assert env.asked <= listed, env.asked - listed


@pytest.mark.parametrize("module", ["cli.py", "api.py", "evaluation/cli.py", "output/__init__.py", "batch.py"])
def test_configuration_is_read_in_settings_only(module: str) -> None:
    source = (ROOT / "summarizer" / module).read_text(encoding="utf-8")
    assert "os.environ" not in source and "getenv" not in source


# -- the README's snippets --------------------------------------------------------------------------------


def python_snippets() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding what the snippets read: the seed, and two articles in news/."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    (tmp_path / "news").mkdir()
    shutil.copy(SEED, tmp_path / "news" / "a.txt")
    shutil.copy(ROOT / "evals" / "cases" / "fr-44269" / "article.txt", tmp_path / "news" / "b.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_readme_has_python_snippets() -> None:
    assert len(python_snippets()) >= 2


@pytest.mark.parametrize("n", range(len(python_snippets())))
def test_readme_snippet_runs(n: int, workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = python_snippets()[n]
    exec(compile(code, f"README.md snippet {n + 1}", "exec"), {"__name__": "__readme__"})
    assert capsys.readouterr().out.strip()


@pytest.mark.slow
def test_readme_snippets_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for n, code in enumerate(python_snippets(), 1):
        path = tmp_path / f"snippet_{n}.py"
        path.write_text(code, encoding="utf-8")
        files.append(str(path))
    config = ["--config-file", str(ROOT / "pyproject.toml")]  # its overrides for spaCy, instructor
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *config, "--strict", "--cache-dir", str(tmp_path / "cache"), *files],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(ROOT)},  # the editable install is a path hook mypy cannot follow
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
