"""OpenAI Batch API files: prepare request lines, collect result lines into briefings.

``prepare`` writes one JSONL line per article — ``{"custom_id": <article sha256>, "method":
"POST", "url": "/v1/chat/completions", "body": …}`` — where ``body`` is exactly what the
LLM engine would send (it is captured from the engine itself, not rebuilt), plus a
manifest ``<requests>.manifest.json`` naming each article's file, the model and the mode.
``collect`` reads a results file (the Batch API's output format), validates and grounds
each answer through the same engine code on the article named by the manifest (one
attempt: a batch cannot re-ask), and writes the briefings; invalid answers are listed
with their reasons.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import httpx
import openai

from .article import parse, read_text
from .atomic import write_text
from .engines.llm import LLMEngine
from .errors import ConfigurationError, InputError, SummarizerError
from .prompting import prompt_sha256
from .schema import Briefing

ENDPOINT = "/v1/chat/completions"


class _Captured(Exception):
    def __init__(self, body: dict[str, Any]) -> None:
        super().__init__("request captured")
        self.body = body


def _client(handler: Callable[[httpx.Request], httpx.Response], api_key: str) -> openai.OpenAI:
    """An openai client whose every request goes to ``handler`` instead of the network."""
    return openai.OpenAI(
        base_url="http://batch.invalid/v1",
        api_key=api_key,
        max_retries=0,
        # openai 3 runs on httpx2 and still takes an httpx client
        http_client=cast(Any, httpx.Client(transport=httpx.MockTransport(handler))),
    )


def _capturing_client() -> openai.OpenAI:
    def handler(request: httpx.Request) -> httpx.Response:
        raise _Captured(json.loads(request.content))

    return _client(handler, "batch-prepare")


def _request_body(engine: LLMEngine, path: Path) -> tuple[str, dict[str, Any]]:
    article = parse(read_text(path))
    if len(engine.views(article)) > 1:
        raise InputError(f"{path}: too long for one batch request; summarise it directly (it is chunked there)")
    try:
        engine.summarize(article)
    except SummarizerError as exc:
        cause: BaseException | None = exc
        while cause is not None and not isinstance(cause, _Captured):
            cause = cause.__cause__ or cause.__context__
        if isinstance(cause, _Captured):
            return article.sha256, cause.body
        raise
    raise ConfigurationError("batch prepare: the engine sent no request")  # pragma: no cover


def manifest_path(requests: Path) -> Path:
    return requests.with_name(requests.name + ".manifest.json")


def prepare(paths: Iterable[str | Path], output: Path, *, model: str | None, mode: str | None) -> list[str]:
    """Write the requests file and its manifest; return one error line per unusable input."""
    engine = LLMEngine(client=_capturing_client(), model=model, mode=mode or "tools", attempts=1)
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
    mode_name = next(name for name, value in _modes().items() if value is engine.mode)
    manifest = {"model": engine.model, "mode": mode_name, "prompt_sha256": prompt_sha256(), "articles": articles}
    write_text(output, "".join(line + "\n" for line in lines))
    write_text(manifest_path(output), json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return errors


def _modes() -> dict[str, Any]:
    from .engines.llm import MODES

    return dict(MODES)


@dataclass
class Collected:
    custom_id: str
    path: str | None
    briefing: Briefing | None = None
    error: str | None = None
    text: str | None = None  # the article, as read for grounding


def _replaying_engine(body: dict[str, Any], model: str, mode: str) -> LLMEngine:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    return LLMEngine(client=_client(handler, "batch-collect"), model=model, mode=mode, attempts=1)


def collect(results: Path, manifest: Path) -> Iterator[Collected]:
    """Each result line validated and grounded against its article."""
    try:
        known = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigurationError(f"{manifest}: cannot read the batch manifest ({exc})") from None
    try:
        handle = results.open(encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(f"{results}: cannot read the results file ({exc.strerror or exc})") from None
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                line = json.loads(raw)
                custom_id = str(line["custom_id"])
            except (ValueError, KeyError, TypeError):
                yield Collected(custom_id=f"line {number}", path=None, error=f"line {number}: not a Batch API result")
                continue
            path = known["articles"].get(custom_id)
            item = Collected(custom_id=custom_id, path=path)
            response = line.get("response") or {}
            if path is None:
                item.error = f"{custom_id}: no such article in {manifest.name}"
            elif line.get("error") or response.get("status_code") != 200:
                item.error = f"{path}: the batch request failed ({line.get('error') or response.get('status_code')})"
            else:
                try:
                    engine = _replaying_engine(response["body"], known["model"], known["mode"])
                    item.text = read_text(path)
                    item.briefing = engine.summarize(parse(item.text))
                except SummarizerError as exc:
                    item.error = f"{path}: {exc.one_line()}"
                except (KeyError, TypeError):
                    item.error = f"{path}: the result has no response body"
            yield item
