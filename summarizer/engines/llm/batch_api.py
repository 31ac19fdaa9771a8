"""OpenAI Batch API files: prepare request lines, collect result lines into briefings.

``prepare`` writes one JSONL line per article — ``{"custom_id": <article sha256>, "method":
"POST", "url": "/v1/chat/completions", "body": …}`` — where ``body`` is exactly what the
LLM engine would send (``LLMEngine.build_request``), plus a
manifest ``<requests>.manifest.json`` naming each article's file, the model and the mode.
``collect`` reads a results file (the Batch API's output format), validates and grounds
each answer with ``LLMEngine.parse_completion`` (the same code as a live call) on the article named by the manifest (one
attempt: a batch cannot re-ask), and writes the briefings; invalid answers are listed
with their reasons.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai

from ...article import parse, read_text
from ...atomic import write_text
from ...errors import ConfigurationError, InputError, SummarizerError
from ...schema import Briefing
from .engine import LLMEngine, mode_name
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
    error: str | None = None
    text: str | None = None  # the article, as read for grounding


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
                    engine = LLMEngine(client=_offline_client(), model=known["model"], mode=known["mode"], attempts=1)
                    item.text = read_text(path)
                    item.briefing = engine.parse_completion(parse(item.text), response["body"])
                except SummarizerError as exc:
                    item.error = f"{path}: {exc.one_line()}"
                except (KeyError, TypeError):
                    item.error = f"{path}: the result has no response body"
            yield item
