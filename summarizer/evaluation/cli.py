"""``summarize eval``: score an engine on an eval set, optionally against floors.

Exit codes: 0 the eval ran and scored at least one case (and, with ``--check``, every
figure is at or above its floor); 1 every case failed (nothing was measured: a server down,
a bad model), or ``--check`` found figures below their floors (each one named on stderr);
2 usage or configuration error (a key the server refuses included: it would fail every
case), an invalid case folder, or a replay without the recording it needs.
"""

from __future__ import annotations

import json
import logging
import sys
import tomllib
from pathlib import Path
from typing import Any, cast

import click

from ..engines.base import Engine
from ..errors import ConfigurationError, SummarizerError
from ..settings import Settings, check_base_url
from .cassettes import CassetteTransport, Mode, model_slug, recorded_base_url, recorded_models, recorded_settings
from .gold import load_cases
from .runner import METRICS, CaseContext, CaseResult, EvalReport, format_table, run_eval

DEFAULT_LOCAL_BASE_URL = "http://127.0.0.1:8080/v1"
PROG = "summarize eval"
CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _repo_evals() -> Path:
    """``evals/`` of the working directory, else of the source tree this package runs from."""
    here = Path("evals")
    if here.is_dir():
        return here
    source = Path(__file__).resolve().parents[2] / "evals"
    return source if source.is_dir() else here


def _say(message: str) -> None:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)


def _default_mode(base_url: str | None, env: Settings) -> Mode:
    if env.ci:
        return "replay"
    if base_url or env.llm_configured:
        return "record-missing"
    return "replay"


def _llm_engine(
    *,
    mode_flag: Mode | None,
    model_flag: str | None,
    base_url_flag: str | None,
    cassettes: str | None,
    cases_dir: Path,
    env: Settings,
) -> tuple[Engine, str, CaseContext]:
    import httpx
    import openai

    from ..engines.llm import DEFAULT_MODEL, LLMEngine
    from ..engines.llm.engine import mode_name

    if base_url_flag:
        check_base_url("--base-url", base_url_flag)
    mode: Mode = mode_flag or _default_mode(base_url_flag, env)
    root = Path(cassettes) if cassettes else cases_dir.parent / "cassettes"
    model = model_flag or env.model
    if model is None and mode == "replay" and recorded_models(root):
        model = recorded_models(root)[0]  # replay what was recorded for the most cases
    model = model or DEFAULT_MODEL
    folder = root / model_slug(model)
    recorded: dict[str, Any] = {}
    if mode == "replay":
        # replay with the settings the recording used (mode, attempts, max_tokens), or
        # the requests would differ and miss
        recorded = recorded_settings(folder)
        # the recorded server decides the path and the engine's mode; nothing is contacted
        base_url = base_url_flag or recorded_base_url(folder) or env.base_url
        api_key = "not-needed"
    else:
        base_url = base_url_flag or env.base_url
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
    engine = LLMEngine(
        model=model,
        client=client,
        settings=env,
        mode=recorded.get("mode"),
        attempts=recorded.get("attempts"),
        max_tokens=recorded.get("max_tokens"),
    )
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


def _progress(total: int) -> Any:
    done = [0]

    def show(result: CaseResult) -> None:
        done[0] += 1
        flag = f"  error: {result.error}" if result.error else ""
        print(f"[{done[0]}/{total}] {result.case_id} {result.seconds:.1f}s{flag}", file=sys.stderr)

    return show


EXAMPLES = """\b
Examples:
  summarize eval --engine offline                  table per case and overall
  summarize eval --engine offline --json           one JSON object (timing under "timing")
  summarize eval --engine offline --check          exit 1 naming each figure below its floor
  summarize eval --engine llm --replay             answers replayed from evals/cassettes/, no network
  summarize eval --engine llm --record-missing --model gpt-4o-mini
  summarize eval --cases my_gold/ --report report.html
"""


@click.command(
    "eval",
    context_settings=CONTEXT,
    epilog=EXAMPLES,
    short_help="Score an engine on an eval set (gold briefings).",
)
@click.option("--cases", metavar="DIR", help="folder of cases (default evals/cases). e.g. --cases my_gold/")
@click.option(
    "--engine",
    type=click.Choice(["offline", "llm"]),
    default="offline",
    show_default=True,
    help="the engine to score. e.g. --engine llm",
)
@click.option("--model", help="llm model (default $SUMMARIZER_MODEL or gpt-4o-mini). e.g. --model gpt-4o-mini")
@click.option(
    "--base-url", help="OpenAI-compatible server (default $OPENAI_BASE_URL). e.g. --base-url http://127.0.0.1:8765/v1"
)
@click.option("--json", "as_json", is_flag=True, help="print one JSON object instead of the table. e.g. --json")
@click.option(
    "--report",
    metavar="PATH",
    help="also write a report: HTML when PATH ends in .html (case briefing pages go to <stem>_files/ beside "
    "it), else Markdown. e.g. --report report.html",
)
@click.option("--check", is_flag=True, help="exit 1 when a figure is below its floor. e.g. --check")
@click.option(
    "--thresholds",
    metavar="PATH",
    help="floors for --check (default: thresholds.toml beside the cases). e.g. --thresholds floors.toml",
)
@click.option("--record", is_flag=True, help="llm: call the server, record anew. e.g. --record")
@click.option("--replay", is_flag=True, help="llm: cassettes only, no network. e.g. --replay")
@click.option(
    "--record-missing",
    is_flag=True,
    help="llm: replay what is recorded, record the rest (default: --replay under CI, --record-missing when a "
    "server is configured, else --replay). e.g. --record-missing",
)
@click.option("--cassettes", metavar="DIR", help="cassette root (default: CASES/../cassettes). e.g. --cassettes rec/")
@click.help_option("-h", "--help", help="this help. e.g. summarize eval --help")
def eval_command(
    cases: str | None,
    engine: str,
    model: str | None,
    base_url: str | None,
    as_json: bool,
    report: str | None,
    check: bool,
    thresholds: str | None,
    record: bool,
    replay: bool,
    record_missing: bool,
    cassettes: str | None,
) -> int:
    """Run every case of an eval set (<case-id>/article.txt + gold.json) through an engine and score
    it against the gold briefing (rules: README, section Eval).
    """
    flags = [name for name, on in (("record", record), ("replay", replay), ("record-missing", record_missing)) if on]
    if len(flags) > 1:
        raise click.UsageError(f"--{flags[0]} and --{flags[1]} cannot go together")
    mode = cast(Mode, flags[0]) if flags else None
    if mode and engine != "llm":
        raise click.UsageError(f"--{mode} applies to --engine llm only")
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    try:
        return _run(
            cases=cases,
            engine=engine,
            mode=mode,
            model=model,
            base_url=base_url,
            as_json=as_json,
            report=report,
            check=check,
            thresholds=thresholds,
            cassettes=cassettes,
        )
    except SummarizerError as exc:  # CassetteMissError included: it names the case and prompt hash
        _say(exc.one_line())
        return 2


def _run(
    *,
    cases: str | None,
    engine: str,
    mode: Mode | None,
    model: str | None,
    base_url: str | None,
    as_json: bool,
    report: str | None,
    check: bool,
    thresholds: str | None,
    cassettes: str | None,
) -> int:
    env = Settings.from_env()
    cases_dir = Path(cases) if cases else _repo_evals() / "cases"
    gold = load_cases(cases_dir)
    floors = None
    if check:
        floors = _thresholds(
            Path(thresholds) if thresholds else cases_dir.parent / "thresholds.toml", engine, cases_dir.resolve().name
        )
    model_name: str | None = None
    prompt: str | None = None
    context: CaseContext | None = None
    try:
        if engine == "llm":
            from ..engines.llm.prompting import prompt_sha256

            chosen, model_name, context = _llm_engine(
                mode_flag=mode,
                model_flag=model,
                base_url_flag=base_url,
                cassettes=cassettes,
                cases_dir=cases_dir,
                env=env,
            )
            prompt = prompt_sha256()
        else:
            from ..api import get_engine

            chosen = get_engine("offline", settings=env)
    except ModuleNotFoundError as exc:
        raise ConfigurationError(f"the {engine} engine is not available ({exc})") from None
    result = run_eval(
        gold,
        chosen,
        model=model_name,
        prompt_sha256=prompt,
        context=context,
        on_case=_progress(len(gold)) if sys.stderr.isatty() else None,
    )
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_table(result))
    sys.stdout.flush()
    if report:
        from ..output.eval_report import write_report

        try:
            write_report(Path(report), result, gold)
        except OSError as exc:
            where = exc.filename or report
            raise ConfigurationError(f"{where}: cannot write the report ({exc.strerror or exc})") from None
    code = 0
    failed = [r for r in result.results if r.error]
    if result.results and len(failed) == len(result.results):
        first = failed[0]
        total = len(result.results)
        _say(f"every case failed ({len(failed)} of {total}): nothing was measured; {first.case_id}: {first.error}")
        code = 1
    if floors is not None:
        for line in below_floors(result, floors):
            _say(f"{engine}: {line}")
            code = 1
    return code
