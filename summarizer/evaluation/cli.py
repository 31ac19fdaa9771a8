"""``summarize eval``: score an engine on an eval set, optionally against floors.

Exit codes: 0 the eval ran (and, with ``--check``, every figure is at or above its floor);
1 ``--check`` found figures below their floors (each one named on stderr); 2 usage or
configuration error, an invalid case folder, or a replay without the recording it needs.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, cast

from ..atomic import write_text
from ..errors import ConfigurationError, SummarizerError
from ..settings import Settings
from .cassettes import CassetteTransport, Mode, model_slug, recorded_base_url, recorded_models, recorded_settings
from .gold import GoldCase, load_cases
from .runner import METRICS, CaseContext, CaseResult, EvalReport, format_markdown, format_table, run_eval

DEFAULT_LOCAL_BASE_URL = "http://127.0.0.1:8080/v1"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _repo_evals() -> Path:
    """``evals/`` of the working directory, else of the source tree this package runs from."""
    here = Path("evals")
    if here.is_dir():
        return here
    source = Path(__file__).resolve().parents[2] / "evals"
    return source if source.is_dir() else here


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="summarize eval",
        description="Run every case of an eval set (<case-id>/article.txt + gold.json) through an "
        "engine and score it against the gold briefing (rules: README, section Eval).",
    )
    parser.add_argument("--cases", metavar="DIR", help="folder of cases (default evals/cases)")
    parser.add_argument("--engine", choices=["offline", "llm"], default="offline", help="default offline")
    parser.add_argument("--model", help="llm model (default $SUMMARIZER_MODEL or gpt-4o-mini)")
    parser.add_argument("--base-url", help="OpenAI-compatible server URL (default $OPENAI_BASE_URL)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument(
        "--report",
        metavar="PATH",
        help="also write a report to PATH: HTML when PATH ends in .html (case briefing pages "
        "go to <stem>_files/ beside it), else Markdown",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure is below its floor")
    parser.add_argument(
        "--thresholds", metavar="PATH", help="floors for --check (default: thresholds.toml beside the cases)"
    )
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument(
        "--record", dest="mode", action="store_const", const="record", help="llm: call the server, write anew"
    )
    modes.add_argument(
        "--replay", dest="mode", action="store_const", const="replay", help="llm: cassettes only, no network"
    )
    modes.add_argument(
        "--record-missing",
        dest="mode",
        action="store_const",
        const="record-missing",
        help="llm: replay what is recorded, record the rest "
        "(default: --replay under CI, --record-missing when a server is configured, else --replay)",
    )
    parser.add_argument("--cassettes", metavar="DIR", help="cassette root (default: CASES/../cassettes)")
    return parser


def _fail(message: str) -> None:
    print(f"summarize eval: {' '.join(message.split())}", file=sys.stderr)


def _default_mode(base_url: str | None) -> Mode:
    from ..api import llm_configured

    if os.environ.get("CI"):
        return "replay"
    if base_url or llm_configured():
        return "record-missing"
    return "replay"


def _llm_engine(args: argparse.Namespace, cases_dir: Path) -> tuple[Any, str, CaseContext]:
    import httpx
    import openai

    from ..engines.llm import DEFAULT_MODEL, LLMEngine
    from ..engines.llm.engine import mode_name

    env = Settings.from_env()
    mode: Mode = args.mode or _default_mode(args.base_url)
    root = Path(args.cassettes) if args.cassettes else cases_dir.parent / "cassettes"
    model = args.model or env.model
    if model is None and mode == "replay" and recorded_models(root):
        model = recorded_models(root)[0]  # replay what was recorded for the most cases
    model = model or DEFAULT_MODEL
    folder = root / model_slug(model)
    settings: dict[str, Any] = {}
    if mode == "replay":
        # replay with the settings the recording used (mode, attempts, max_tokens), or
        # the requests would differ and miss
        settings = {k: v for k, v in recorded_settings(folder).items() if k in ("mode", "attempts", "max_tokens")}
        # the recorded server decides the path and the engine's mode; nothing is contacted
        base_url = args.base_url or recorded_base_url(folder) or env.base_url
        api_key = "not-needed"
    else:
        base_url = args.base_url or env.base_url
        api_key = env.api_key or "not-needed"
        if not base_url and not env.api_key:
            raise ConfigurationError(f"--{mode} needs a server: --base-url, OPENAI_BASE_URL or OPENAI_API_KEY")
    transport = CassetteTransport(folder, mode=mode, real=None if mode == "replay" else httpx.HTTPTransport())
    client = openai.OpenAI(
        base_url=base_url or DEFAULT_LOCAL_BASE_URL,
        api_key=api_key,
        # openai 3 runs on httpx2 and still takes an httpx client; openai 2 runs on httpx
        http_client=cast(Any, httpx.Client(transport=transport, timeout=env.timeout)),
        max_retries=0 if mode == "replay" else 2,
        timeout=env.timeout,
    )
    engine = LLMEngine(model=model, client=client, settings=env, **settings)
    transport.settings = {"mode": mode_name(engine.mode), "attempts": engine.attempts, "max_tokens": engine.max_tokens}
    return engine, model, transport.case


def _thresholds(path: Path, engine: str, split: str) -> dict[str, float]:
    """The floors of ``[<engine>.<split>]`` (split: the cases folder's name, e.g. ``locked``)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigurationError(f"{path}: no such thresholds file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(f"{path}: unreadable thresholds ({exc})") from None
    name = f"{engine}.{split}"
    engine_floors = data.get(engine)
    section = engine_floors.get(split) if isinstance(engine_floors, dict) else None
    if not isinstance(section, dict):
        raise ConfigurationError(f"{path}: no [{name}] section")
    floors: dict[str, float] = {}
    for key, value in section.items():
        if key not in METRICS:
            raise ConfigurationError(f"{path}: [{name}] {key} is no metric; known: {', '.join(METRICS)}")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigurationError(f"{path}: [{name}] {key} must be a number")
        floors[key] = float(value)
    return floors


def below_floors(report: EvalReport, floors: dict[str, float]) -> list[str]:
    """One line per figure below its floor (figures compared as printed, to 4 decimals)."""
    figures = report.metrics()
    return [
        f"{name} {round(figures[name], 4):.4f} is below its floor {floor:.4f}"
        for name, floor in floors.items()
        if round(figures[name], 4) < floor
    ]


def _write_report(path: Path, report: EvalReport, cases: Sequence[GoldCase]) -> None:
    """The report file: HTML (with its case pages) for a .html path, else Markdown."""
    if path.suffix.lower() in (".html", ".htm"):
        from .html_report import write_html_report

        write_html_report(path, report, cases)
    else:
        write_text(path, format_markdown(report))


def _progress(total: int) -> Any:
    done = [0]

    def show(result: CaseResult) -> None:
        done[0] += 1
        flag = f"  error: {result.error}" if result.error else ""
        print(f"[{done[0]}/{total}] {result.case_id} {result.seconds:.1f}s{flag}", file=sys.stderr)

    return show


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``summarize eval`` with ``argv`` (without the ``eval`` word); the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except _UsageError as exc:
        _fail(f"{exc} (see summarize eval --help)")
        return 2
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    if args.mode and args.engine != "llm":
        _fail(f"--{args.mode} applies to --engine llm only")
        return 2
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    cases_dir = Path(args.cases) if args.cases else _repo_evals() / "cases"
    try:
        cases = load_cases(cases_dir)
        floors = None
        if args.check:
            thresholds = Path(args.thresholds) if args.thresholds else cases_dir.parent / "thresholds.toml"
            floors = _thresholds(thresholds, args.engine, cases_dir.resolve().name)
        model: str | None = None
        prompt: str | None = None
        context: CaseContext | None = None
        if args.engine == "llm":
            from ..engines.llm.prompting import prompt_sha256

            engine, model, context = _llm_engine(args, cases_dir)
            prompt = prompt_sha256()
        else:
            from ..api import get_engine

            engine = get_engine("offline")
        report = run_eval(
            cases,
            engine,
            model=model,
            prompt_sha256=prompt,
            context=context,
            on_case=_progress(len(cases)) if sys.stderr.isatty() else None,
        )
    except SummarizerError as exc:  # CassetteMissError included: it names the case and prompt hash
        _fail(exc.one_line())
        return 2
    except ModuleNotFoundError as exc:
        _fail(f"the {args.engine} engine is not available ({exc})")
        return 2
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_table(report))
    sys.stdout.flush()
    if args.report:
        try:
            _write_report(Path(args.report), report, cases)
        except OSError as exc:
            _fail(f"{args.report}: cannot write the report ({exc.strerror or exc})")
            return 2
    if floors is not None:
        failures = below_floors(report, floors)
        for line in failures:
            _fail(f"{args.engine}: {line}")
        if failures:
            return 1
    return 0
