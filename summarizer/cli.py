"""The ``summarize`` command: a thin layer over :mod:`summarizer.api`, on click.

``summarize`` is a command group whose default command summarises files (as ``llm`` does
for prompts): ``summarize FILE...`` runs it, ``summarize eval ...`` and ``summarize batch
...`` run the subcommands, and a file named like a subcommand is summarised when written as
a path or after ``--`` (``summarize ./eval``, ``summarize -- eval``).

Exit codes: 0 every input summarised; 1 some inputs failed (the others are still written);
2 usage or configuration error (nothing could run); 130 interrupted.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, cast

import click

from .api import EngineName, get_engine, summarize_many
from .article import STDIN, STDIN_LABEL, parse, read_text
from .atomic import write_text
from .batch import Outcome, finish
from .engines.base import CachingEngine, Engine
from .errors import ConfigurationError, SummarizerError
from .output import ALIASES, BY_SUFFIX, FORMATS, SUFFIX, Format, renderer
from .output.files import output_stems, same_file
from .output.identity import read_identity
from .schema import SCHEMA_VERSION, Briefing
from .secrets import known_secrets, redact, url_password
from .settings import Settings
from .version import __version__

PROG = "summarize"
log = logging.getLogger("summarizer.cli")

HELP_OPTIONS = ["-h", "--help"]
CONTEXT: dict[str, Any] = {"help_option_names": HELP_OPTIONS, "max_content_width": 100}

EXAMPLES = """\b
Examples:
  summarize article.txt                          JSON briefing on stdout
  cat article.txt | summarize - --format md      read the article from stdin, write Markdown
  summarize news/*.txt --format jsonl | jq .actors   one briefing a line, for jq
  summarize news/*.txt -o out/                   one out/<name>.json per input; re-runs skip current ones
  summarize article.txt -o briefing.html         the format follows -o's extension
  summarize article.txt --engine llm --model gpt-4o-mini
  summarize ./eval                               a file named eval (or: summarize -- eval)
  summarize eval --help                          score the engines on an eval set
  summarize batch --help                         OpenAI Batch API request and result files
"""


class UsageProblem(click.UsageError):
    """A usage error found after parsing (exit 2, one line)."""


# --------------------------------------------------------------------------- messages


def shown(text: str) -> str:
    """A file name as messages show it: control characters escaped, spaces kept."""
    return "".join(ch if ch.isprintable() or ch == " " else ascii(ch)[1:-1] for ch in text)


def one_line(text: str) -> str:
    return " ".join(text.split())


def _say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _fail(label: str, reason: str) -> None:
    """One line: ``summarize: LABEL: reason`` (the label as given, the reason on one line)."""
    _say(f"{label}: {one_line(reason)}" if label else one_line(reason))


def _reason(error: BaseException, *names: str) -> str:
    """The error's message without the file name it may start with (the line names it once)."""
    text = str(error)
    for name in names:
        if name and text.startswith(name + ": "):
            return text[len(name) + 2 :]
    return text


def _os_reason(exc: OSError, path: str | os.PathLike[str] | None = None) -> str:
    """``PATH (reason)`` of an OSError: the path it names, else ``path``."""
    where = exc.filename if exc.filename is not None else path
    reason = exc.strerror or str(exc)
    return f"{shown(os.fsdecode(where))} ({reason})" if where is not None else reason


# --------------------------------------------------------------------------- logging


class _Redact(logging.Filter):
    """Blank out the known secrets (API key, base URL password) in every log line."""

    def __init__(self, secrets: Sequence[str]) -> None:
        super().__init__()
        self.secrets = tuple(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            clean = redact(message, self.secrets)
            if clean != message:
                record.msg, record.args = clean, None
        return True


_HANDLER: logging.Handler | None = None


def configure_logging(*, verbose: bool, secrets: Sequence[str]) -> None:
    """``-v``: INFO lines of summarizer (and HTTP requests) on stderr, secrets redacted; else quiet libraries."""
    global _HANDLER
    # instructor logs every failed attempt at ERROR level; our own one-line errors say it all
    logging.getLogger("instructor").setLevel(logging.DEBUG if verbose else logging.CRITICAL)
    root = logging.getLogger()
    if not verbose:
        logging.getLogger("summarizer").setLevel(logging.NOTSET)  # a previous -v run in this process
        return
    logging.getLogger("summarizer").setLevel(logging.INFO)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    if _HANDLER is not None:
        root.removeHandler(_HANDLER)
    if not root.handlers:  # as logging.basicConfig: a host that set up logging keeps its handlers
        _HANDLER = logging.StreamHandler(sys.stderr)
        _HANDLER.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        root.addHandler(_HANDLER)
    for handler in root.handlers:
        for old in [f for f in handler.filters if isinstance(f, _Redact)]:
            handler.removeFilter(old)
        handler.addFilter(_Redact(secrets))


# --------------------------------------------------------------------------- inputs and outputs


@dataclass
class Input:
    """One input as given: a file, or standard input (``-``)."""

    label: str
    path: Path | None  # None: standard input
    text: str | None = None  # standard input, read once

    @property
    def stem_path(self) -> Path:
        return self.path if self.path is not None else Path("stdin")


def expand(patterns: Sequence[str]) -> tuple[list[str], list[str]]:
    """Paths from the arguments; a glob the shell left unexpanded is expanded here."""
    paths: list[str] = []
    unmatched: list[str] = []
    for pattern in patterns:
        if pattern != STDIN and not os.path.exists(pattern) and glob.has_magic(pattern):
            found = sorted(glob.glob(pattern))
            if found:
                paths.extend(found)
            else:
                unmatched.append(pattern)
        else:
            paths.append(pattern)
    return paths, unmatched


def _inputs(args: Sequence[str]) -> list[Input]:
    """The inputs, each file once (the same file named twice is one input)."""
    inputs: list[Input] = []
    seen: list[Path] = []
    for arg in args:
        if arg == STDIN:
            if any(i.path is None for i in inputs):
                raise UsageProblem("standard input (-) can be read only once")
            inputs.append(Input(STDIN_LABEL, None))
            continue
        path = Path(arg)
        if any(p == path or same_file(p, path) for p in seen):
            continue
        seen.append(path)
        inputs.append(Input(shown(str(path)), path))
    return inputs


def resolve_format(fmt: str | None, output: str | None, *, to_folder: bool) -> Format:
    """The format: ``--format`` (``md`` is ``markdown``), else ``-o``'s extension, else JSON; a clash is an error."""
    chosen: Format | None = None
    if fmt is not None:
        chosen = cast(Format, ALIASES.get(fmt, fmt))
    implied = None if to_folder or not output or output == "-" else BY_SUFFIX.get(Path(output).suffix.lower())
    if chosen is not None and implied is not None and chosen != implied:
        raise UsageProblem(f"--format {fmt} does not match -o {output} (a {implied} file name)")
    return chosen or implied or "json"


def _is_folder(output: str, count: int, fmt: str | None) -> bool:
    """Whether ``-o`` names a folder: it is one, ends with a slash, or several inputs need one."""
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        return True
    if count > 1 and ALIASES.get(fmt or "", fmt) != "jsonl" and BY_SUFFIX.get(Path(output).suffix.lower()) != "jsonl":
        if Path(output).suffix.lower() in BY_SUFFIX:
            raise UsageProblem(f"-o {output} names a file, but several inputs need a folder: -o FOLDER/")
        return True
    return False


def _expected_identity(engine: Engine, path: Path) -> tuple[str, tuple[str | None, str | None] | None] | None:
    """The article's sha256 and the engine's (model, prompt) for it, or None when the input cannot be read."""
    try:
        article = parse(read_text(path))
    except SummarizerError:
        return None
    made_of = engine.cache_identity(article) if isinstance(engine, CachingEngine) else None
    return article.sha256, made_of


def is_current(target: Path, path: Path, engine: Engine) -> bool:
    """True when ``target`` already holds this engine's briefing of the input as it is now.

    The identity recorded in the output (any format) must match: article sha256, engine,
    schema version and, for engines that say so, model and prompt. A stray, foreign or
    broken file is simply not current.
    """
    found = read_identity(target)
    if found is None:
        return False
    expected = _expected_identity(engine, path)
    if expected is None:
        return False
    sha, made_of = expected
    return found.matches(article_sha256=sha, engine=engine.name, schema_version=SCHEMA_VERSION, made_of=made_of)


# --------------------------------------------------------------------------- feedback


class Tally:
    """Counts for the closing summary line."""

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

    def line(self) -> str:
        parts = [f"{self.done} done ({self.cached} from cache)", f"{self.current} already current"]
        parts.append(f"{self.failed} failed")
        usage = f"{self.calls} calls, {self.tokens:,} tokens"
        if self.cost is not None:
            usage += f", ${self.cost:.4f}"
        return ", ".join(parts) + "; " + usage


@contextlib.contextmanager
def feedback(labels: Sequence[str], *, enabled: bool) -> Iterator[Callable[[], None]]:
    """On a terminal: a spinner while one article (and the model) loads, a progress bar for several."""
    if not enabled or not labels:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    console = Console(stderr=True)
    if len(labels) == 1:
        with console.status(Text(f"summarizing {labels[0]} (the first article also loads the model)…")):
            yield lambda: None
        return
    columns = (SpinnerColumn(), TextColumn("summarizing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("summarizing", total=len(labels))
        yield lambda: bar.advance(task)


# --------------------------------------------------------------------------- the default command


class _DefaultCommand(click.Command):
    """The summarising command; its usage line reads ``summarize [OPTIONS] FILE...``."""

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(PROG, " ".join(self.collect_usage_pieces(ctx)))


def _engine_help() -> str:
    return (
        "auto (default): llm when OPENAI_API_KEY or OPENAI_BASE_URL is set, else offline (spaCy, no network). "
        "e.g. --engine offline"
    )


@click.command(
    "summarize",
    cls=_DefaultCommand,
    context_settings=CONTEXT,
    epilog=EXAMPLES,
    hidden=True,
    short_help="Summarise article files (the default command).",
)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice([*FORMATS, *ALIASES]),
    help="json (default), jsonl (one briefing a line, any number of inputs on stdout), markdown (or md), "
    "html (a page with the evidence highlighted); by default the extension of -o decides. e.g. --format md",
)
@click.option(
    "-o",
    "--output",
    metavar="PATH",
    help="output file (one input; written atomically), or folder (several inputs, or a path ending in /): "
    "one file per input, inputs already current skipped. Never an input. e.g. -o out/",
)
@click.option("--engine", type=click.Choice(["auto", "offline", "llm"]), default="auto", help=_engine_help())
@click.option(
    "--model", help="llm engine: model name (default $SUMMARIZER_MODEL or gpt-4o-mini). e.g. --model qwen2.5:7b"
)
@click.option(
    "--base-url",
    help="llm engine: OpenAI-compatible server (default $OPENAI_BASE_URL). e.g. --base-url http://127.0.0.1:11434/v1",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=4,
    show_default=True,
    help="llm engine: requests in flight at once. e.g. -j 8",
)
@click.option("--no-cache", is_flag=True, help="neither read nor write the briefing cache. e.g. --no-cache")
@click.option(
    "--max-tokens-per-article",
    type=click.IntRange(min=1),
    metavar="N",
    help="llm engine: stop re-asking when another attempt would pass N tokens for one article. "
    "e.g. --max-tokens-per-article 20000",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="llm engine: give up on an article after this long, retries included "
    "(default $SUMMARIZER_TIMEOUT or 600). e.g. --timeout 120",
)
@click.option("-v", "--verbose", is_flag=True, help="log each article, stage and model call on stderr. e.g. -v")
@click.option("-q", "--quiet", is_flag=True, help="no progress and no closing summary line; errors only. e.g. -q")
@click.version_option(
    __version__, "--version", prog_name=PROG, message="%(prog)s %(version)s", help="print the version. e.g. --version"
)
@click.help_option(*HELP_OPTIONS, help="this help. e.g. summarize --help, summarize eval --help")
def summarize_command(
    files: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    engine: str,
    model: str | None,
    base_url: str | None,
    jobs: int,
    no_cache: bool,
    max_tokens_per_article: int | None,
    timeout: float | None,
    verbose: bool,
    quiet: bool,
) -> int:
    """Grounded briefings of news articles: actors, claims, positions and disagreements, every
    statement tied to exact characters of the source. FILE is a UTF-8 text file, or - for
    standard input.
    """
    if verbose and quiet:
        raise UsageProblem("-v and -q cannot go together")
    settings = Settings.from_env()
    configure_logging(
        verbose=verbose, secrets=known_secrets(settings.api_key, url_password(base_url or settings.base_url))
    )
    run = _Run(settings=settings, quiet=quiet, verbose=verbose)
    return run.main(
        files,
        fmt=fmt,
        output=output,
        engine_name=engine,
        model=model,
        base_url=base_url,
        jobs=jobs,
        cache=not no_cache,
        max_tokens_per_article=max_tokens_per_article,
        timeout=timeout,
    )


@dataclass
class _Run:
    """One run of the default command: inputs read, outputs written, failures counted."""

    settings: Settings
    quiet: bool
    verbose: bool
    failed: int = 0
    skipped: set[int] = field(default_factory=set)  # inputs not run (their output would replace an input)
    lines: list[str] = field(default_factory=list)  # jsonl into a file: written at the end

    def main(
        self,
        files: Sequence[str],
        *,
        fmt: str | None,
        output: str | None,
        engine_name: str,
        model: str | None,
        base_url: str | None,
        jobs: int,
        cache: bool,
        max_tokens_per_article: int | None,
        timeout: float | None = None,
    ) -> int:
        paths, unmatched = expand(files)
        inputs = _inputs(paths)
        to_stdout = output is None or output == "-"
        folder = Path(output) if output is not None and not to_stdout and _is_folder(output, len(inputs), fmt) else None
        form = resolve_format(fmt, output, to_folder=folder is not None)
        if folder is not None and form == "jsonl":
            raise UsageProblem("--format jsonl writes one stream: give -o FILE.jsonl, or no -o for stdout")
        if to_stdout and len(inputs) > 1 and form != "jsonl":
            raise UsageProblem("several inputs need -o FOLDER/ (one file each) or --format jsonl (one line each)")
        target = Path(output) if output is not None and not to_stdout and folder is None else None
        if target is not None:
            clash = next((i for i in inputs if i.path is not None and same_file(i.path, target)), None)
            if clash is not None:
                raise UsageProblem(f"-o {output} is the input {clash.label}: it would be replaced; choose another -o")
        engine = self._engine(engine_name, model, base_url, max_tokens_per_article, timeout)
        log.info("engine: %s", engine.name)
        for pattern in unmatched:
            _fail(shown(pattern), "no file matches this pattern")
        self.failed = len(unmatched)
        targets: dict[int, Path] = {}
        current: set[int] = set()
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigurationError(f"cannot create the output folder {_os_reason(exc, folder)}") from None
            stems = output_stems([i.stem_path for i in inputs])
            targets = {n: folder / (stems[item.stem_path] + SUFFIX[form]) for n, item in enumerate(inputs)}
            current = self._current_or_clashing(inputs, targets, engine)
        for item in inputs:
            if item.path is None:
                try:
                    item.text = read_text(STDIN)
                except SummarizerError as exc:
                    self._input_failed(item, exc)
                    item.text = None
        todo = [
            n
            for n, item in enumerate(inputs)
            if n not in current and n not in self.skipped and (item.path is not None or item.text is not None)
        ]
        tally = Tally(current=len(current))
        render = renderer(form)
        sources: list[str | Path] = [inputs[n].path or cast(str, inputs[n].text) for n in todo]
        show = not self.quiet and not self.verbose and sys.stderr.isatty()
        with feedback([inputs[n].label for n in todo], enabled=show) as advance:
            for outcome in summarize_many(sources, engine=engine, jobs=jobs, cache=cache):
                advance()
                n = todo[outcome.index]
                item = inputs[n]
                if outcome.error is not None:
                    if isinstance(outcome.error, ConfigurationError):  # the same for every input: stop
                        raise ConfigurationError(f"{item.label}: {_reason(outcome.error, str(item.path))}") from None
                    self._input_failed(item, outcome.error)
                    continue
                assert outcome.briefing is not None and outcome.article is not None
                self._log(item, outcome)
                text = render(outcome.briefing, outcome.article.text)
                if form == "jsonl" and target is not None:
                    self.lines.append(text)
                elif not self._deliver(item.label, targets.get(n, target), text):
                    continue
                tally.add(outcome.briefing, cached=outcome.cached)
        if self.lines and target is not None:
            self._deliver(shown(str(target)), target, "".join(self.lines))
        tally.failed = self.failed
        if not self.quiet and (len(inputs) > 1 or unmatched):
            _say(tally.line())
        return 1 if self.failed else 0

    def _engine(
        self, name: str, model: str | None, base_url: str | None, budget: int | None, timeout: float | None
    ) -> Engine:
        return get_engine(
            cast(EngineName, name),
            model=model,
            base_url=base_url,
            max_tokens_per_article=budget,
            timeout=timeout,
            settings=self.settings,
        )

    def _current_or_clashing(self, inputs: list[Input], targets: dict[int, Path], engine: Engine) -> set[int]:
        """Inputs whose output is current (returned: skipped), and outputs that would replace an input (failed)."""
        current: set[int] = set()
        files = [i.path for i in inputs if i.path is not None]
        for n, item in enumerate(inputs):
            out = targets[n]
            if any(same_file(out, p) for p in files):
                _fail(item.label, f"its output {shown(str(out))} is an input: it would be replaced; choose another -o")
                self.failed += 1
                self.skipped.add(n)
            elif item.path is not None and is_current(out, item.path, engine):
                log.info("%s: %s is current, skipped", item.label, shown(str(out)))
                current.add(n)
        return current

    def _input_failed(self, item: Input, error: SummarizerError) -> None:
        _fail(item.label, _reason(error, str(item.path) if item.path is not None else STDIN_LABEL))
        self.failed += 1

    def _log(self, item: Input, outcome: Outcome) -> None:
        briefing = outcome.briefing
        assert briefing is not None
        log.info(
            "%s: %d actors, %d claims, %d disagreements in %.2f s (%s%s)%s",
            item.label,
            len(briefing.actors),
            len(briefing.claims),
            len(briefing.disagreements),
            briefing.meta.usage.elapsed_seconds,
            briefing.meta.engine,
            f" {briefing.meta.model}" if briefing.meta.model else "",
            ", from the cache" if outcome.cached else "",
        )

    def _deliver(self, label: str, target: Path | None, text: str) -> bool:
        """Write ``text`` to ``target`` (atomically) or stdout; a failure is one line naming both."""
        if target is None:
            sys.stdout.write(text)
            sys.stdout.flush()
            return True
        try:
            write_text(target, text)
        except OSError as exc:
            _fail(label, f"cannot write {_os_reason(exc, target)}")
            self.failed += 1
            return False
        return True


# --------------------------------------------------------------------------- batch


@click.group("batch", context_settings=CONTEXT)
def batch_command() -> None:
    """OpenAI Batch API files: prepare one request per article, collect the results into briefings.

    \b
    Examples:
      summarize batch prepare news/*.txt -o requests.jsonl --model gpt-4o-mini
      summarize batch collect results.jsonl --requests requests.jsonl -o out/
    """


@batch_command.command("prepare", context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "-o", "--output", required=True, metavar="requests.jsonl", help="the requests file. e.g. -o requests.jsonl"
)
@click.option("--model", help="model name (default $SUMMARIZER_MODEL or gpt-4o-mini). e.g. --model gpt-4o-mini")
@click.option(
    "--mode",
    type=click.Choice(["tools", "json_schema"]),
    help="instructor mode (default tools). e.g. --mode json_schema",
)
def batch_prepare(files: tuple[str, ...], output: str, model: str | None, mode: str | None) -> int:
    """Write Batch API requests (one per article) and a manifest naming the files."""
    from .engines.llm import batch_api

    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    paths, unmatched = expand(files)
    errors = [f"{shown(p)}: no file matches this pattern" for p in unmatched]
    try:
        errors += batch_api.prepare(paths, Path(output), model=model, mode=mode)
    except OSError as exc:
        raise ConfigurationError(f"cannot write {_os_reason(exc, output)}") from None
    for line in errors:
        _say(one_line(line))
    _say(f"{len(paths) - len(errors) + len(unmatched)} request(s) in {output}")
    return 1 if errors else 0


@batch_command.command("collect", context_settings=CONTEXT)
@click.argument("results", metavar="results.jsonl")
@click.option("-o", "--output", required=True, metavar="FOLDER", help="where the briefings go. e.g. -o out/")
@click.option(
    "--requests",
    "requests_file",
    required=True,
    metavar="requests.jsonl",
    help="the prepared requests file. e.g. --requests requests.jsonl",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown", "md", "html"]),
    default="json",
    help="format of each briefing (default json). e.g. --format html",
)
def batch_collect(results: str, output: str, requests_file: str, fmt: str) -> int:
    """Validate and ground a Batch API results file into briefings, one file per article."""
    from .engines.llm import batch_api

    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    form = cast(Format, ALIASES.get(fmt, fmt))
    out_dir = Path(output)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError(f"cannot create the output folder {_os_reason(exc, out_dir)}") from None
    render = renderer(form)
    items = list(batch_api.collect(Path(results), batch_api.manifest_path(Path(requests_file))))
    stems = output_stems([Path(i.path) for i in items if i.path is not None])
    written = failed = 0
    for item in items:
        if item.briefing is None or item.path is None or item.text is None:
            _say(one_line(item.error or f"{item.custom_id}: no briefing"))
            failed += 1
            continue
        target = out_dir / (stems[Path(item.path)] + SUFFIX[form])
        if same_file(target, item.path):
            _fail(shown(item.path), f"its output {shown(str(target))} is the article itself; choose another -o")
            failed += 1
            continue
        briefing = finish(item.briefing, parse(item.text))
        try:
            write_text(target, render(briefing, item.text))
        except OSError as exc:
            _fail(shown(item.path), f"cannot write {_os_reason(exc, target)}")
            failed += 1
            continue
        written += 1
    _say(f"{written} briefing(s) written, {failed} invalid")
    return 1 if failed else 0


# --------------------------------------------------------------------------- the group


class _Group(click.Group):
    """A group whose default command is ``summarize``: anything but a subcommand's name goes to it."""

    default: ClassVar[str] = "summarize"
    lazy: ClassVar[dict[str, str]] = {"eval": "summarizer.evaluation.cli:eval_command"}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy} - {self.default})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            import importlib

            module, name = self.lazy[cmd_name].split(":")
            command = getattr(importlib.import_module(module), name)
            assert isinstance(command, click.Command)
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in {*self.commands, *self.lazy} and args[0] not in HELP_OPTIONS):
            args = [self.default, *args]
        return super().parse_args(ctx, args)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        command = self.commands[self.default]
        with click.Context(command, info_name=PROG, **CONTEXT) as sub:
            command.format_help(sub, formatter)
        self.format_commands(ctx, formatter)


@click.group(PROG, cls=_Group, context_settings=CONTEXT)
def cli() -> None:
    """Grounded briefings of news articles."""


cli.add_command(summarize_command)
cli.add_command(batch_command)


def _command_name(ctx: click.Context | None) -> str:
    if ctx is None or ctx.command is summarize_command:
        return PROG
    return " ".join(ctx.command_path.split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``summarize`` with ``argv`` (default ``sys.argv[1:]``); the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result: Any = cli.main(args=args, prog_name=PROG, standalone_mode=False)
    except click.UsageError as exc:
        name = _command_name(exc.ctx)
        print(f"{name}: {one_line(exc.format_message())} (see {name} --help)", file=sys.stderr)
        return 2
    except click.ClickException as exc:  # e.g. a file option that cannot be opened
        _say(one_line(exc.format_message()))
        return exc.exit_code
    except click.Abort:
        _say("interrupted")
        return 130
    except ConfigurationError as exc:
        _say(exc.one_line())
        return 2
    return int(result or 0)


def run() -> None:
    """Console-script entry point."""
    try:
        code = main()
    except KeyboardInterrupt:
        _say("interrupted")
        code = 130
    sys.exit(code)
