"""OpenAI Batch API files: prepare request lines, collect result lines into briefings.

``prepare`` writes one JSONL line per article — ``{"custom_id": <article sha256>, "method":
"POST", "url": "/v1/chat/completions", "body": …}`` — where ``body`` is exactly what the
LLM engine would send (``LLMEngine.build_request``), plus a
manifest ``<requests>.manifest.json`` naming each article's file, the model and the mode.
``collect`` reads a results file (the Batch API's output format), validates and grounds
each answer with ``LLMEngine.parse_completion`` (the same code as a live call) on the article named by the manifest (one
attempt: a batch cannot re-ask), and writes the briefings; invalid answers are listed
with their reasons.

``collect`` trusts neither file: a result line that is not UTF-8, not JSON, not a result
object, or whose ``response``/``response.body`` is not an object is reported as one line
naming its line number, and every other line is still collected (lines are read one at a
time, each at most :data:`MAX_LINE_BYTES`). A manifest that is not the one ``prepare``
writes (not JSON, ``[]``, no ``"articles"`` object, no model or mode) is a
:class:`~summarizer.errors.ConfigurationError` naming it, before anything is collected.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import openai

from ...article import parse, read_text
from ...atomic import write_text
from ...errors import ConfigurationError, InputError, SummarizerError
from ...schema import Briefing
from .engine import MODES, LLMEngine, mode_name
from .prompting import prompt_sha256

ENDPOINT = "/v1/chat/completions"


def _offline_client() -> openai.OpenAI:
    """A client that never sends: preparing and collecting batch files makes no call."""
    return openai.OpenAI(base_url="http://batch.invalid/v1", api_key="batch-files", max_retries=0)


def _request_body(engine: LLMEngine, path: Path) -> tuple[str, dict[str, Any]]:
    article = parse(read_text(path))
    if len(engine.views(article)) > 1:
        raise InputError(f"{path}: too long for one batch request; summarise it directly (it is chunked there)")
    return article.sha256, engine.build_request(article)


def manifest_path(requests: Path) -> Path:
    return requests.with_name(requests.name + ".manifest.json")


def prepare(paths: Iterable[str | Path], output: Path, *, model: str | None, mode: str | None) -> list[str]:
    """Write the requests file and its manifest; return one error line per unusable input."""
    engine = LLMEngine(client=_offline_client(), model=model, mode=mode or "tools", attempts=1)
    lines: list[str] = []
    articles: dict[str, str] = {}
    errors: list[str] = []
    for raw in paths:
        path = Path(raw)
        try:
            sha, body = _request_body(engine, path)
        except SummarizerError as exc:
            message = exc.one_line()
            errors.append(message if message.startswith(str(path)) else f"{path}: {message}")
            continue
        if sha in articles:
            continue  # the same article twice: one request
        articles[sha] = str(path.resolve())
        line = {"custom_id": sha, "method": "POST", "url": ENDPOINT, "body": body}
        lines.append(json.dumps(line, ensure_ascii=False))
    manifest = {
        "model": engine.model,
        "mode": mode_name(engine.mode),
        "prompt_sha256": prompt_sha256(),
        "articles": articles,
    }
    write_text(output, "".join(line + "\n" for line in lines))
    write_text(manifest_path(output), json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return errors


@dataclass
class Collected:
    custom_id: str
    path: str | None
    briefing: Briefing | None = None
    error: str | None = None  # one line: what is wrong with this result line
    text: str | None = None  # the article, as read for grounding


@dataclass(frozen=True)
class Manifest:
    """What ``prepare`` recorded: the model, the mode, and each article's file by sha256."""

    model: str
    mode: str
    articles: dict[str, str]


def load_manifest(path: Path) -> Manifest:
    """Read and check a manifest written by :func:`prepare`; a :class:`ConfigurationError` naming it otherwise."""
    try:
        if path.exists() and not path.is_file():  # a FIFO would block the read for ever
            raise ConfigurationError(f"{path}: the batch manifest is not a regular file")
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise ConfigurationError(f"{path}: cannot read the batch manifest ({exc.strerror or exc})") from None
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise ConfigurationError(f"{path}: the batch manifest is not JSON ({exc})") from None
    problem = None
    if not isinstance(data, dict):
        problem = f"holds {type(data).__name__}, not an object"
    elif not isinstance(data.get("articles"), dict):
        problem = 'has no "articles" object'
    elif not all(isinstance(k, str) and isinstance(v, str) for k, v in data["articles"].items()):
        problem = "maps an article to something other than a file name"
    else:
        problem = next(
            (f'has no "{key}" string' for key in ("model", "mode") if not isinstance(data.get(key), str)), None
        )
    if problem is None and data["mode"] not in MODES:
        problem = f"names the unknown mode {data['mode']!r}"
    if problem:
        raise ConfigurationError(f"{path}: not a batch manifest written by 'summarize batch prepare': it {problem}")
    return Manifest(model=data["model"], mode=data["mode"], articles=dict(data["articles"]))


MAX_LINE_BYTES = 64 * 1024 * 1024  # a result line holds one completion (replies are capped at 8 MiB)


def _lines(handle: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """Numbered raw lines, each at most MAX_LINE_BYTES (None for a longer one, skipped in bounded memory)."""
    number = 0
    while raw := handle.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(raw) <= MAX_LINE_BYTES or raw.endswith(b"\n"):
            yield number, raw
            continue
        while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield number, None


def _result(number: int, raw: bytes | None) -> tuple[str, dict[str, Any]] | str:
    """``(custom_id, line)`` of a result line, or the one-line reason it is not one."""
    where = f"line {number}"
    if raw is None:
        return f"{where}: longer than {MAX_LINE_BYTES // (1024 * 1024)} MiB, not a Batch API result"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"{where}: not UTF-8 (invalid byte at offset {exc.start})"
    try:
        line = json.loads(text)
    except (ValueError, RecursionError):
        return f"{where}: not JSON, not a Batch API result"
    if not isinstance(line, dict) or not isinstance(line.get("custom_id"), str):
        return f"{where}: not a Batch API result (no custom_id)"
    return line["custom_id"], line


def _failure(line: dict[str, Any]) -> str | None:
    """Why the batch request of a result line failed or has no usable body, if it did."""
    response = line.get("response")
    if line.get("error"):
        return f"the batch request failed ({_short(json.dumps(line['error'], ensure_ascii=False))})"
    if not isinstance(response, dict):
        return f'the result\'s "response" is {_kind(response)}, not an object'
    if response.get("status_code") != 200:
        return f"the batch request failed (HTTP {_short(json.dumps(response.get('status_code')))})"
    if not isinstance(response.get("body"), dict):
        return f'the result\'s "response.body" is {_kind(response.get("body"))}, not an object'
    return None


def _kind(value: Any) -> str:
    return "missing" if value is None else type(value).__name__


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def collect(results: Path, manifest: Path) -> Iterator[Collected]:
    """Each result line validated and grounded against its article.

    A problem with the manifest or the results file as a whole is a :class:`ConfigurationError`
    before anything is collected; a bad line is one :class:`Collected` with its ``error``
    (one line), and every good line is still collected.
    """
    known = load_manifest(manifest)
    engine = LLMEngine(client=_offline_client(), model=known.model, mode=known.mode, attempts=1)
    try:
        handle = results.open("rb")
    except OSError as exc:
        raise ConfigurationError(f"{results}: cannot read the results file ({exc.strerror or exc})") from None
    with handle:
        for number, raw in _lines(handle):
            if raw is not None and not raw.strip():
                continue
            parsed = _result(number, raw)
            if isinstance(parsed, str):
                yield Collected(custom_id=f"line {number}", path=None, error=parsed)
                continue
            custom_id, line = parsed
            path = known.articles.get(custom_id)
            item = Collected(custom_id=custom_id, path=path)
            failure = _failure(line)
            where = f"line {number}"
            if path is None:
                item.error = f"{where}: {custom_id}: no such article in {manifest.name}"
            elif failure is not None:
                item.error = f"{where}: {path}: {failure}"
            else:
                try:
                    item.text = read_text(path)
                    item.briefing = engine.parse_completion(parse(item.text), line["response"]["body"])
                except SummarizerError as exc:
                    message = exc.one_line()
                    item.error = f"{where}: " + (message if message.startswith(path) else f"{path}: {message}")
            yield item
