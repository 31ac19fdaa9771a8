"""The LLM engine: one instructor client over ``openai.OpenAI``, any compatible server.

Configuration (arguments win over environment variables):

- ``OPENAI_API_KEY`` / ``OPENAI_BASE_URL``: read by the openai client as usual.
- ``SUMMARIZER_MODEL``: the model name (default ``gpt-4o-mini``).
- ``SUMMARIZER_MODE``: instructor mode, ``tools`` (default for api.openai.com) or
  ``json_schema`` (default for any other server: Ollama, vLLM, llama.cpp), ``json``,
  ``md_json``.
- ``SUMMARIZER_ATTEMPTS``: attempts in all when the answer fails validation (default 3);
  each re-ask carries the validation errors back to the model.
- ``SUMMARIZER_MAX_TOKENS``: completion budget per call (default 4096).

Transport faults (connection errors, 408/409/429/5xx) are retried by the openai client
itself, with exponential backoff, jitter and ``Retry-After`` honoured (``http_retries``,
default 2). Validation failures are re-asked by instructor under a tenacity policy. The
usage of every attempt is summed into ``meta.usage``.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt

from ..article import Article
from ..draft import BriefingDraft, to_briefing
from ..errors import ConfigurationError, ModelOutputError, ServerError
from ..prompting import prompt_sha256, render_messages
from ..schema import Briefing, Meta, Usage

DEFAULT_MODEL = "gpt-4o-mini"
_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number, not {raw!r}") from None


class _UsageMeter:
    """Counts calls and tokens of every completion instructor receives."""

    def __init__(self) -> None:
        self.usage = Usage()

    def __call__(self, response: Any) -> None:
        self.usage.calls += 1
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.usage.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
            self.usage.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)


class LLMEngine:
    """Writes briefings with a chat model behind the OpenAI API."""

    name = "llm"

    def __init__(
        self,
        *,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        client: openai.OpenAI | None = None,
        mode: str | None = None,
        attempts: int | None = None,
        max_tokens: int | None = None,
        http_retries: int = 2,
        timeout: float = 120.0,
    ) -> None:
        if client is None:
            base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
            api_key = api_key or os.environ.get("OPENAI_API_KEY")
            if not api_key and not base_url:
                raise ConfigurationError(
                    "the llm engine needs OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL "
                    "(a compatible server such as Ollama, vLLM or llama.cpp)"
                )
            # local servers accept any key; the openai client insists on one
            client = openai.OpenAI(
                api_key=api_key or "not-needed",
                base_url=base_url,
                max_retries=http_retries,
                timeout=timeout,
            )
        self.client = client
        self.model = model or os.environ.get("SUMMARIZER_MODEL") or DEFAULT_MODEL
        mode_name = (mode or os.environ.get("SUMMARIZER_MODE") or "").lower()
        if not mode_name:
            mode_name = "tools" if "api.openai.com" in str(client.base_url) else "json_schema"
        if mode_name not in _MODES:
            raise ConfigurationError(f"unknown mode {mode_name!r}; choose one of {', '.join(_MODES)}")
        self.mode = _MODES[mode_name]
        self.attempts = attempts if attempts is not None else _int_env("SUMMARIZER_ATTEMPTS", 3)
        if self.attempts < 1:
            raise ConfigurationError("attempts must be at least 1")
        self.max_tokens = max_tokens if max_tokens is not None else _int_env("SUMMARIZER_MAX_TOKENS", 4096)

    def _policy(self) -> Retrying:
        # re-ask only when the answer failed to parse or validate; transport faults are
        # the openai client's to retry, and reach us only once it has given up
        return Retrying(
            stop=stop_after_attempt(self.attempts),
            retry=retry_if_exception_type((ValidationError, json.JSONDecodeError)),
            reraise=True,
        )

    def _create(self, messages: list[dict[str, str]], article: Article, meter: _UsageMeter) -> BriefingDraft:
        client = instructor.from_openai(self.client, mode=self.mode)
        client.on("completion:response", meter)
        # instructor renders message contents as Jinja templates with the validation
        # context; hand it placeholders only, so the article is inserted as plain data and
        # never parsed as a template (an article may well contain "{{" or "{%")
        context = {"article": article.text, **{f"message_{i}": m["content"] for i, m in enumerate(messages)}}
        placeholders = [{"role": m["role"], "content": f"{{{{ message_{i} }}}}"} for i, m in enumerate(messages)]
        draft: BriefingDraft = client.chat.completions.create(
            model=self.model,
            messages=placeholders,  # type: ignore[arg-type]
            response_model=BriefingDraft,
            max_retries=self._policy(),
            context=context,
            temperature=0,
            max_tokens=self.max_tokens,
        )
        return draft

    def summarize(self, article: Article) -> Briefing:
        messages = render_messages(article)
        meter = _UsageMeter()
        started = time.perf_counter()
        try:
            draft = self._create(messages, article, meter)
        except Exception as exc:
            if self.mode is instructor.Mode.JSON_SCHEMA and _rejects_json_schema(exc):
                # llama-cpp-python's server (and some others) accept only json_object or
                # tools; fall back to tools, which they constrain with a grammar
                self.mode = instructor.Mode.TOOLS
                try:
                    draft = self._create(messages, article, meter)
                except Exception as again:
                    raise _translate(again, meter.usage) from again
            else:
                raise _translate(exc, meter.usage) from exc
        meter.usage.elapsed_seconds = round(time.perf_counter() - started, 3)
        meta = Meta(engine=self.name, model=self.model, prompt_sha256=prompt_sha256(), usage=meter.usage)
        return to_briefing(draft, article.text, source=article.source(), meta=meta)


def _openai_cause(exc: BaseException) -> openai.OpenAIError | None:
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, openai.OpenAIError):
        cause = cause.__cause__
    return cause


def _rejects_json_schema(exc: BaseException) -> bool:
    cause = _openai_cause(exc)
    return (
        isinstance(cause, openai.APIStatusError)
        and cause.status_code in (400, 422, 500)
        and "json_schema" in str(cause.message) + str(cause.body)
    )


def _translate(exc: BaseException, usage: Usage) -> Exception:
    """Turn what instructor or openai raised into one of our typed errors."""
    cause = _openai_cause(exc)
    spent = f"{usage.calls} call(s), {usage.prompt_tokens + usage.completion_tokens} tokens spent"
    if isinstance(cause, openai.AuthenticationError):
        return ConfigurationError(f"the server refused the API key (HTTP 401); {spent}")
    if isinstance(cause, openai.APITimeoutError):
        return ServerError(f"the model server timed out; {spent}")
    if isinstance(cause, openai.APIConnectionError):
        return ServerError(f"cannot reach the model server ({cause.__class__.__name__}); {spent}")
    if isinstance(cause, openai.APIStatusError):
        return ServerError(f"the model server answered HTTP {cause.status_code}: {_short(cause.message)}; {spent}")
    if isinstance(exc, IncompleteOutputException):
        return ModelOutputError(
            f"the model's answer was cut off at the token limit; {spent}",
            attempts=usage.calls,
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            last_response=getattr(exc, "last_completion", None),
        )
    if isinstance(exc, InstructorRetryException):
        return ModelOutputError(
            f"no valid grounded briefing after {exc.n_attempts} attempt(s): {_short(str(exc))}; {spent}",
            attempts=exc.n_attempts,
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            last_response=exc.last_completion,
        )
    return ModelOutputError(
        f"the model's answer could not be used: {_short(str(exc))}; {spent}",
        attempts=max(usage.calls, 1),
        prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens,
    )


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
