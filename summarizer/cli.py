"""The ``summarize`` command: a thin layer over :mod:`summarizer.api`.

Exit codes: 0 every input summarised; 1 some inputs failed (the others are still written);
2 usage or configuration error (nothing could run).
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .api import get_engine, resolve_engine_name
from .article import parse, read_text
from .atomic import write_text
from .batch import run_many
from .cache import BriefingCache
from .errors import ConfigurationError, SummarizerError
from .render import to_json, to_markdown
from .report import to_html
from .schema import Briefing
from .version import __version__

_SUFFIX = {"json": ".json", "markdown": ".md", "html": ".html"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarize",
        description="Grounded briefings of news articles: actors, claims, positions, "
        "disagreements, every statement tied to exact characters of the source.",
        epilog="Subcommands: 'summarize eval --help' scores the engines on an eval set.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="article file(s), UTF-8 text")
    parser.add_argument(
        "--engine",
        choices=["auto", "offline", "llm"],
        default="auto",
        help="auto (default): llm when OPENAI_API_KEY or OPENAI_BASE_URL is set, else offline",
    )
    parser.add_argument("--model", help="model name for the llm engine (default $SUMMARIZER_MODEL or gpt-4o-mini)")
    parser.add_argument("--base-url", help="OpenAI-compatible server URL (default $OPENAI_BASE_URL)")
    parser.add_argument(
        "--format",
        choices=["json", "markdown", "html"],
        default="json",
        help="output format (default json); html: one self-contained page with the evidence highlighted",
    )
    parser.add_argument("-o", "--output", metavar="PATH", help="output file (one input) or directory (several)")
    parser.add_argument(
        "-j", "--jobs", type=_positive, default=4, help="llm engine: requests in flight at once (default 4)"
    )
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the briefing cache")
    parser.add_argument(
        "--max-tokens-per-article",
        type=_positive,
        metavar="N",
        help="llm engine: stop re-asking when another attempt would pass N tokens for one article",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log every model attempt on stderr")
    parser.add_argument("--version", action="version", version=f"summarize {__version__}")
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _expand(patterns: Sequence[str]) -> tuple[list[str], list[str]]:
    """Paths from the arguments; a glob the shell left unexpanded is expanded here."""
    paths: list[str] = []
    unmatched: list[str] = []
    for pattern in patterns:
        if not os.path.exists(pattern) and glob.has_magic(pattern):
            found = sorted(glob.glob(pattern))
            if found:
                paths.extend(found)
            else:
                unmatched.append(pattern)
        else:
            paths.append(pattern)
    return paths, unmatched


def _renderer(fmt: str) -> Callable[[Briefing, str], str]:
    """How to write a briefing (of the given article text) in format ``fmt``."""
    if fmt == "html":
        return to_html
    if fmt == "markdown":
        return lambda briefing, _article: to_markdown(briefing)
    return lambda briefing, _article: to_json(briefing)


class _RedactKey(logging.Filter):
    """Blank out $OPENAI_API_KEY in log lines, should a server or a library echo it."""

    def filter(self, record: logging.LogRecord) -> bool:
        key = os.environ.get("OPENAI_API_KEY") or ""
        if len(key) >= 8:
            message = record.getMessage()
            if key in message:
                record.msg, record.args = message.replace(key, "<redacted>"), None
        return True


def _fail(message: str) -> None:
    print(f"summarize: {' '.join(message.split())}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "eval":
        from .evaluation.cli import main as eval_main

        return eval_main(args_list[1:])
    if args_list and args_list[0] == "batch":
        return _batch_main(args_list[1:])
    parser = _parser()
    args = parser.parse_args(args_list)
    # instructor logs every failed attempt at ERROR level; our own one-line errors say it all
    logging.getLogger("instructor").setLevel(logging.DEBUG if args.verbose else logging.CRITICAL)
    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
        for handler in logging.getLogger().handlers:
            handler.addFilter(_RedactKey())
    paths, unmatched = _expand(args.files)
    failures = 0
    for pattern in unmatched:
        _fail(f"{pattern}: no file matches this pattern")
        failures += 1
    out_dir: Path | None = None
    if len(paths) > 1 or (args.output and Path(args.output).is_dir()):
        if not args.output:
            _fail("several input files need -o DIR to write one briefing per file")
            return 2
        out_dir = Path(args.output)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _fail(f"{out_dir}: cannot create output directory ({exc.strerror or exc})")
            return 2
    try:
        options: dict[str, Any] = {}
        if resolve_engine_name(args.engine, base_url=args.base_url) == "llm" and args.max_tokens_per_article:
            options["max_tokens_per_article"] = args.max_tokens_per_article
        engine = get_engine(args.engine, model=args.model, base_url=args.base_url, **options)
    except ConfigurationError as exc:
        _fail(exc.one_line())
        return 2
    render = _renderer(args.format)
    cache = None if args.no_cache else BriefingCache()
    current = [p for p in paths if out_dir is not None and _is_current(_target(out_dir, p, args.format), p, engine)]
    todo = [Path(p) for p in paths if p not in current]
    tally = _Tally(current=len(current))
    with _progress(len(todo), enabled=len(paths) > 1 and sys.stderr.isatty()) as advance:
        for outcome in run_many(todo, engine, jobs=args.jobs, cache=cache):
            advance()
            path = str(outcome.source)
            if outcome.error is not None:
                if isinstance(outcome.error, ConfigurationError):
                    _fail(f"{path}: {outcome.error.one_line()}")
                    return 2
                message = outcome.error.one_line()
                _fail(message if message.startswith(path) else f"{path}: {message}")
                tally.failed += 1
                continue
            assert outcome.briefing is not None
            try:
                assert outcome.article is not None
                text = render(outcome.briefing, outcome.article.text)
                if out_dir is not None:
                    write_text(_target(out_dir, path, args.format), text)
                elif args.output:
                    write_text(args.output, text)
                else:
                    sys.stdout.write(text)
                    sys.stdout.flush()
            except (OSError, SummarizerError) as exc:
                _fail(f"{path}: cannot write output ({getattr(exc, 'strerror', None) or exc})")
                tally.failed += 1
                continue
            tally.add(outcome.briefing, cached=outcome.cached)
    if len(paths) > 1 or unmatched:
        print(f"summarize: {tally.line(unmatched=len(unmatched))}", file=sys.stderr)
    return 1 if failures or tally.failed else 0


def _batch_main(argv: list[str]) -> int:
    """``summarize batch prepare|collect``: OpenAI Batch API files (see summarizer.engines.llm.batch_api)."""
    from .engines.llm import batch_api

    parser = argparse.ArgumentParser(prog="summarize batch", description=batch_api.__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    prep = steps.add_parser("prepare", help="write Batch API requests (one per article) and a manifest")
    prep.add_argument("files", nargs="+", metavar="FILE")
    prep.add_argument("-o", "--output", required=True, metavar="requests.jsonl")
    prep.add_argument("--model", help="model name (default $SUMMARIZER_MODEL or gpt-4o-mini)")
    prep.add_argument("--mode", choices=["tools", "json_schema"], help="instructor mode (default tools)")
    coll = steps.add_parser("collect", help="validate and ground a Batch API results file into briefings")
    coll.add_argument("results", metavar="results.jsonl")
    coll.add_argument("-o", "--output", required=True, metavar="DIR")
    coll.add_argument("--requests", required=True, metavar="requests.jsonl", help="the prepared requests file")
    coll.add_argument("--format", choices=["json", "markdown", "html"], default="json")
    args = parser.parse_args(argv)
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    try:
        if args.step == "prepare":
            paths, unmatched = _expand(args.files)
            errors = [f"{p}: no file matches this pattern" for p in unmatched]
            errors += batch_api.prepare(paths, Path(args.output), model=args.model, mode=args.mode)
            for line in errors:
                _fail(line)
            print(
                f"summarize: {len(paths) - len(errors) + len(unmatched)} request(s) in {args.output}", file=sys.stderr
            )
            return 1 if errors else 0
        out_dir = Path(args.output)
        out_dir.mkdir(parents=True, exist_ok=True)
        render = _renderer(args.format)
        written = failed = 0
        manifest = batch_api.manifest_path(Path(args.requests))
        for item in batch_api.collect(Path(args.results), manifest):
            if item.briefing is None or item.path is None or item.text is None:
                _fail(item.error or f"{item.custom_id}: no briefing")
                failed += 1
                continue
            write_text(_target(out_dir, item.path, args.format), render(item.briefing, item.text))
            written += 1
        print(f"summarize: {written} briefing(s) written, {failed} invalid", file=sys.stderr)
        return 1 if failed else 0
    except ConfigurationError as exc:
        _fail(exc.one_line())
        return 2
    except OSError as exc:
        _fail(f"cannot write ({exc.strerror or exc})")
        return 2


def _target(out_dir: Path, path: str, fmt: str) -> Path:
    return out_dir / (Path(path).stem + _SUFFIX[fmt])


def _is_current(target: Path, path: str, engine: Any) -> bool:
    """True when ``target`` already holds this engine's briefing of the input as it is now."""
    try:
        if target.suffix != ".json":
            return target.stat().st_mtime >= Path(path).stat().st_mtime
        done = json.loads(target.read_text(encoding="utf-8"))
        article = parse(read_text(path))
    except (OSError, ValueError, SummarizerError):
        return False
    if done.get("source", {}).get("sha256") != article.sha256 or done.get("meta", {}).get("engine") != engine.name:
        return False
    identity = getattr(engine, "cache_identity", None)
    if identity is None:
        return True
    model, prompt = identity(article)
    return bool(done["meta"].get("model") == model and done["meta"].get("prompt_sha256") == prompt)


class _Tally:
    """Counts for the batch summary line."""

    def __init__(self, current: int) -> None:
        self.current = current
        self.done = self.cached = self.failed = 0
        self.calls = self.tokens = 0
        self.cost: float | None = None

    def add(self, briefing: Briefing, *, cached: bool) -> None:
        self.done += 1
        if cached:
            self.cached += 1
            return  # the tokens were spent by an earlier run
        usage = briefing.meta.usage
        self.calls += usage.calls
        self.tokens += usage.prompt_tokens + usage.completion_tokens
        if usage.cost_usd is not None:
            self.cost = (self.cost or 0.0) + usage.cost_usd

    def line(self, *, unmatched: int) -> str:
        parts = [f"{self.done} done ({self.cached} from cache)", f"{self.current} already current"]
        parts.append(f"{self.failed + unmatched} failed")
        usage = f"{self.calls} calls, {self.tokens:,} tokens"
        if self.cost is not None:
            usage += f", ${self.cost:.4f}"
        return ", ".join(parts) + "; " + usage


@contextlib.contextmanager
def _progress(total: int, *, enabled: bool) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr when it is a terminal; a no-op otherwise."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("summarizing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("summarizing", total=total)
        yield lambda: bar.advance(task)


def run() -> None:
    """Console-script entry point."""
    try:
        code = main()
    except KeyboardInterrupt:
        _fail("interrupted")
        code = 130
    sys.exit(code)
