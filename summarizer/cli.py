"""The ``summarize`` command: a thin layer over :mod:`summarizer.api`.

Exit codes: 0 every input summarised; 1 some inputs failed (the others are still written);
2 usage or configuration error (nothing could run).
"""

from __future__ import annotations

import argparse
import glob
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .api import get_engine
from .article import parse, read_text
from .atomic import write_text
from .errors import ConfigurationError, SummarizerError
from .render import to_json, to_markdown

_SUFFIX = {"json": ".json", "markdown": ".md"}


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
    parser.add_argument("--format", choices=["json", "markdown"], default="json", help="output format (default json)")
    parser.add_argument("-o", "--output", metavar="PATH", help="output file (one input) or directory (several)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every model attempt on stderr")
    parser.add_argument("--version", action="version", version=f"summarize {__version__}")
    return parser


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


def _fail(message: str) -> None:
    print(f"summarize: {' '.join(message.split())}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "eval":
        from .evaluation.cli import main as eval_main

        return eval_main(args_list[1:])
    parser = _parser()
    args = parser.parse_args(args_list)
    # instructor logs every failed attempt at ERROR level; our own one-line errors say it all
    logging.getLogger("instructor").setLevel(logging.DEBUG if args.verbose else logging.CRITICAL)
    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
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
        engine = get_engine(args.engine, model=args.model, base_url=args.base_url)
    except ConfigurationError as exc:
        _fail(exc.one_line())
        return 2
    render = to_markdown if args.format == "markdown" else to_json
    for path in paths:
        try:
            briefing = engine.summarize(parse(read_text(path)))
            text = render(briefing)
            if out_dir is not None:
                write_text(out_dir / (Path(path).stem + _SUFFIX[args.format]), text)
            elif args.output:
                write_text(args.output, text)
            else:
                sys.stdout.write(text)
                sys.stdout.flush()
        except ConfigurationError as exc:
            _fail(f"{path}: {exc.one_line()}")
            return 2
        except SummarizerError as exc:
            message = exc.one_line()
            _fail(message if message.startswith(str(path)) else f"{path}: {message}")
            failures += 1
        except OSError as exc:
            _fail(f"{path}: cannot write output ({exc.strerror or exc})")
            failures += 1
    return 1 if failures else 0


def run() -> None:
    """Console-script entry point."""
    try:
        code = main()
    except KeyboardInterrupt:
        _fail("interrupted")
        code = 130
    sys.exit(code)
