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

import asyncio
import json
import os
import time
from collections.abc import Callable
from typing import Any

import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt
from tenacity.stop import stop_base

from ..article import Article
from ..chunking import Chunk, merge, split
from ..draft import BriefingDraft, to_briefing
from ..errors import BudgetExceededError, ConfigurationError, ModelOutputError, ServerError
from ..pricing import cost_usd
from ..prompting import prompt_sha256, render_messages
from ..schema import Briefing, Meta, Usage

DEFAULT_MODEL = "gpt-4o-mini"
MODES = {
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
        self.last_call_tokens = 0

    def __call__(self, response: Any) -> None:
        self.usage.calls += 1
        usage = getattr(response, "usage", None)
        prompt = int(getattr(usage, "prompt_tokens", 0) or 0) if usage is not None else 0
        completion = int(getattr(usage, "completion_tokens", 0) or 0) if usage is not None else 0
        self.usage.prompt_tokens += prompt
        self.usage.completion_tokens += completion
        self.last_call_tokens = prompt + completion

    @property
    def total(self) -> int:
        return self.usage.prompt_tokens + self.usage.completion_tokens


class LLMEngine:
    """Writes briefings with a chat model behind the OpenAI API (sync and async)."""

    name = "llm"

    def __init__(
        self,
        *,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        client: openai.OpenAI | None = None,
        async_client: openai.AsyncOpenAI | None = None,
        mode: str | None = None,
        attempts: int | None = None,
        max_tokens: int | None = None,
        max_tokens_per_article: int | None = None,
        context_tokens: int | None = None,
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
            settings: dict[str, Any] = {
                "api_key": api_key or "not-needed",
                "base_url": base_url,
                "max_retries": http_retries,
                "timeout": timeout,
            }
            client = openai.OpenAI(**settings)
            if async_client is None:
                async_client = openai.AsyncOpenAI(**settings)
        self.client = client
        self.async_client = async_client
        self.model = model or os.environ.get("SUMMARIZER_MODEL") or DEFAULT_MODEL
        mode_name = (mode or os.environ.get("SUMMARIZER_MODE") or "").lower()
        if not mode_name:
            mode_name = "tools" if "api.openai.com" in str(client.base_url) else "json_schema"
        if mode_name not in MODES:
            raise ConfigurationError(f"unknown mode {mode_name!r}; choose one of {', '.join(MODES)}")
        self.mode = MODES[mode_name]
        self.attempts = attempts if attempts is not None else _int_env("SUMMARIZER_ATTEMPTS", 3)
        if self.attempts < 1:
            raise ConfigurationError("attempts must be at least 1")
        self.max_tokens = max_tokens if max_tokens is not None else _int_env("SUMMARIZER_MAX_TOKENS", 4096)
        self.budget = max_tokens_per_article
        if self.budget is not None and self.budget < 1:
            raise ConfigurationError("the token budget per article must be at least 1")
        self.context_tokens = (
            context_tokens if context_tokens is not None else _int_env("SUMMARIZER_CONTEXT_TOKENS", 32000)
        )

    def cache_identity(self, article: Article) -> tuple[str | None, str | None]:
        """Model and prompt version: with the article's sha256, what makes a briefing."""
        return self.model, prompt_sha256()

    # -- one request --------------------------------------------------------------------

    def _would_exceed_budget(self, meter: _UsageMeter) -> bool:
        # another attempt costs at least what the last one did
        return self.budget is not None and meter.total + meter.last_call_tokens > self.budget

    def _stop(self, meter: _UsageMeter) -> Any:
        return stop_after_attempt(self.attempts) | stop_when(lambda: self._would_exceed_budget(meter))

    def _request(self, view: Article, meter: _UsageMeter) -> dict[str, Any]:
        messages = render_messages(view)
        # instructor renders message contents as Jinja templates with the validation
        # context; hand it placeholders only, so the article is inserted as plain data and
        # never parsed as a template (an article may well contain "{{" or "{%")
        context = {"article": view.text, **{f"message_{i}": m["content"] for i, m in enumerate(messages)}}
        placeholders = [{"role": m["role"], "content": f"{{{{ message_{i} }}}}"} for i, m in enumerate(messages)]
        return {
            "model": self.model,
            "messages": placeholders,
            "response_model": BriefingDraft,
            "context": context,
            "temperature": 0,
            "max_tokens": self.max_tokens,
        }

    def _create(self, view: Article, meter: _UsageMeter) -> BriefingDraft:
        client = instructor.from_openai(self.client, mode=self.mode)
        client.on("completion:response", meter)
        policy = Retrying(stop=self._stop(meter), retry=_RETRY_ON, reraise=True)
        draft: BriefingDraft = client.chat.completions.create(max_retries=policy, **self._request(view, meter))
        return draft

    async def _acreate(self, view: Article, meter: _UsageMeter) -> BriefingDraft:
        assert self.async_client is not None
        client = instructor.from_openai(self.async_client, mode=self.mode)
        client.on("completion:response", meter)
        policy = AsyncRetrying(stop=self._stop(meter), retry=_RETRY_ON, reraise=True)
        draft: BriefingDraft = await client.chat.completions.create(max_retries=policy, **self._request(view, meter))
        return draft

    def _fallback(self, exc: Exception) -> bool:
        """Switch json_schema -> tools when the server refuses json_schema; True if switched."""
        if self.mode is instructor.Mode.JSON_SCHEMA and _rejects_json_schema(exc):
            # llama-cpp-python's server (and some others) accept only json_object or
            # tools; fall back to tools, which they constrain with a grammar
            self.mode = instructor.Mode.TOOLS
            return True
        return False

    def _draft(self, view: Article, meter: _UsageMeter) -> BriefingDraft:
        try:
            return self._create(view, meter)
        except Exception as exc:
            if not self._fallback(exc):
                raise self._translate(exc, meter) from exc
        try:
            return self._create(view, meter)
        except Exception as again:
            raise self._translate(again, meter) from again

    async def _adraft(self, view: Article, meter: _UsageMeter) -> BriefingDraft:
        try:
            return await self._acreate(view, meter)
        except Exception as exc:
            if not self._fallback(exc):
                raise self._translate(exc, meter) from exc
        try:
            return await self._acreate(view, meter)
        except Exception as again:
            raise self._translate(again, meter) from again

    # -- a whole article ------------------------------------------------------------------

    def views(self, article: Article) -> list[tuple[Chunk, Article]]:
        """The article as the engine sends it: itself, or chunks when past the context budget."""
        # about 3 characters a token in French and English news, with room for the prompt
        chunks = split(article.text, max(2000, self.context_tokens * 3))
        if len(chunks) == 1:
            return [(chunks[0], article)]
        return [
            (c, Article(article.text[c.start : c.end], article.date, article.title, article.language, 0))
            for c in chunks
        ]

    def _assemble(
        self, article: Article, drafts: list[tuple[Chunk, Article, BriefingDraft]], meter: _UsageMeter, started: float
    ) -> Briefing:
        usage = meter.usage.model_copy()
        usage.elapsed_seconds = round(time.perf_counter() - started, 3)
        usage.cost_usd = cost_usd(self.model, usage.prompt_tokens, usage.completion_tokens)
        meta = Meta(engine=self.name, model=self.model, prompt_sha256=prompt_sha256(), usage=usage)
        if len(drafts) == 1:
            return to_briefing(drafts[0][2], article.text, source=article.source(), meta=meta)
        parts = [(chunk, to_briefing(d, view.text, source=view.source(), meta=meta)) for chunk, view, d in drafts]
        merged = merge(parts, source=article.source(), meta=meta)
        return Briefing.model_validate(merged.model_dump(), context={"article": article.text})

    def summarize(self, article: Article) -> Briefing:
        meter = _UsageMeter()
        started = time.perf_counter()
        drafts = [(chunk, view, self._draft(view, meter)) for chunk, view in self.views(article)]
        return self._assemble(article, drafts, meter, started)

    async def asummarize(self, article: Article) -> Briefing:
        """:meth:`summarize` on the async client (threads when only a sync client was given)."""
        if self.async_client is None:
            return await asyncio.to_thread(self.summarize, article)
        meter = _UsageMeter()
        started = time.perf_counter()
        drafts = [(chunk, view, await self._adraft(view, meter)) for chunk, view in self.views(article)]
        return self._assemble(article, drafts, meter, started)

    def _translate(self, exc: BaseException, meter: _UsageMeter) -> Exception:
        if self._would_exceed_budget(meter) and not isinstance(_openai_cause(exc), openai.OpenAIError):
            usage = meter.usage
            return BudgetExceededError(
                f"stopped re-asking: another attempt would pass the budget of {self.budget} tokens "
                f"({usage.calls} call(s), {meter.total} tokens spent)",
                attempts=usage.calls,
                prompt_tokens=usage.prompt_tokens,
                completion_tokens=usage.completion_tokens,
                last_response=getattr(exc, "last_completion", None),
            )
        return _redact(_translate(exc, meter.usage), getattr(self.client, "api_key", None))


def _redact(error: Exception, secret: object) -> Exception:
    """Blank out the API key should a server echo it into an error message."""
    if isinstance(secret, str) and len(secret) >= 8 and secret in str(error):
        error.args = (str(error).replace(secret, "<redacted>"), *error.args[1:])
    return error


_RETRY_ON = retry_if_exception_type((ValidationError, json.JSONDecodeError))


class stop_when(stop_base):
    """A tenacity stop condition from a plain predicate."""

    def __init__(self, predicate: Callable[[], bool]) -> None:
        self.predicate = predicate

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self.predicate()


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
            f"no valid grounded briefing after {exc.n_attempts} attempt(s): {_short(_last_reason(exc), 300)}; {spent}",
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


def _last_reason(exc: InstructorRetryException) -> str:
    """Why the last attempt failed, compactly: ``field: message`` per validation error."""
    failed = getattr(exc, "failed_attempts", None) or []
    last: BaseException | None = failed[-1].exception if failed else exc.__cause__
    if isinstance(last, ValidationError):
        parts = []
        for error in last.errors(include_url=False):
            where = ".".join(str(part) for part in error["loc"])
            parts.append(f"{where}: {error['msg']}" if where else str(error["msg"]))
        return "; ".join(parts)
    if isinstance(last, json.JSONDecodeError):
        return f"the answer is not valid JSON: {last.msg} (character {last.pos})"
    return str(last) if last is not None else str(exc)


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
