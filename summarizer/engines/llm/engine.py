"""The LLM engine: instructor over the openai client, any OpenAI-compatible server.

Settings come from :class:`~summarizer.settings.Settings` (the environment) unless given as
arguments: model, instructor mode, attempts, the output budget per call (by default the
model's limit from :mod:`.catalog`), the context budget that decides chunking, and the
deadline per article.

One article, one call when all goes well. What can go wrong, and who handles it:

- transport faults (connection, 408/409/429/5xx) are retried by the openai client, with
  backoff and ``Retry-After`` (``http_retries``); the article's deadline and the reply-size
  cap are enforced by :mod:`.transport` on the clients this engine builds;
- an answer that fails validation (not JSON, off the schema, a quote not in the article)
  is re-asked by instructor with the reasons, under a tenacity policy, up to ``attempts``
  calls and within ``max_tokens_per_article``;
- an answer cut at the output budget is never re-asked unchanged: it is an
  :class:`~summarizer.errors.OutputTruncatedError` naming the setting to raise;
- a server that refuses ``response_format`` of type ``json_schema`` (llama-cpp-python's)
  makes the engine switch to a forced tool call once.

Only openai, instructor and validation errors are translated into our typed errors; any
other exception is a bug of ours and propagates as is.

:meth:`LLMEngine.build_request` and :meth:`LLMEngine.parse_completion` expose the two ends
of a call without sending it (the Batch API files use them).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any, TypeVar, cast

import httpx
import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorError, InstructorRetryException
from instructor.processing.response import handle_response_model, process_response
from openai.types.chat import ChatCompletion
from pydantic import ValidationError
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt
from tenacity.stop import stop_base

from ...article import Article
from ...errors import (
    BudgetExceededError,
    ConfigurationError,
    ModelOutputError,
    OutputTruncatedError,
    ServerError,
)
from ...schema import Briefing, Meta, Usage
from ...secrets import known_secrets, redact, url_password
from ...settings import Settings, check_base_url, positive_float, positive_int
from . import catalog
from .chunking import Chunk, merge, split
from .draft import BriefingDraft, to_briefing
from .prompting import prompt_sha256, render_messages
from .transport import AsyncGuardedTransport, GuardedTransport, GuardTripped, deadline

DEFAULT_MODEL = "gpt-4o-mini"
MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}
CHARS_PER_TOKEN = 3  # French and English news, conservatively: decides chunking

# what the engine translates; anything else escaping a call is a bug and propagates
_MODEL_ERRORS = (openai.OpenAIError, InstructorError, ValidationError, json.JSONDecodeError)
_RETRY_ON = retry_if_exception_type((ValidationError, json.JSONDecodeError))


def mode_name(mode: instructor.Mode) -> str:
    """The settings name of an instructor mode (``tools``, ``json_schema``, ...)."""
    return next(name for name, value in MODES.items() if value is mode)


class _UsageMeter:
    """Counts calls and tokens of every completion instructor receives; notices a cut answer.

    An answer is cut when the server says so (``finish_reason: "length"``) or when it used
    the whole output budget: some servers (llama-cpp-python's with tools) report a normal
    finish for an answer stopped at ``max_tokens``.
    """

    def __init__(self, max_tokens: int = 0) -> None:
        self.usage = Usage()
        self.last_call_tokens = 0
        self.max_tokens = max_tokens
        self.truncated = False

    def __call__(self, response: Any) -> None:
        self.usage.calls += 1
        usage = getattr(response, "usage", None)
        prompt = int(getattr(usage, "prompt_tokens", 0) or 0) if usage is not None else 0
        completion = int(getattr(usage, "completion_tokens", 0) or 0) if usage is not None else 0
        self.usage.prompt_tokens += prompt
        self.usage.completion_tokens += completion
        self.last_call_tokens = prompt + completion
        choices = getattr(response, "choices", None) or []
        finish = getattr(choices[0], "finish_reason", None) if choices else None
        self.truncated = finish == "length" or (self.max_tokens > 0 and completion >= self.max_tokens)

    @property
    def total(self) -> int:
        return self.usage.prompt_tokens + self.usage.completion_tokens

    def spent(self) -> str:
        return f"{self.usage.calls} call(s), {self.total} tokens spent"


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
        timeout: float | None = None,
        settings: Settings | None = None,
    ) -> None:
        settings = settings or Settings.from_env()
        self.models_file = settings.models_file
        catalog.load(self.models_file)  # a bad user table fails here, before any call
        self.timeout = positive_float("timeout", timeout) if timeout is not None else settings.timeout
        if client is None:
            base_url = base_url or settings.base_url
            api_key = api_key or settings.api_key
            if not api_key and not base_url:
                raise ConfigurationError(
                    "the llm engine needs OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL "
                    "(a compatible server such as Ollama, vLLM or llama.cpp)"
                )
            if base_url:
                check_base_url("the base URL", base_url)
            client, async_client = self._clients(api_key or "not-needed", base_url, http_retries)
        self.client = client
        self.async_client = async_client
        # never written anywhere, should the server echo them into errors or answers
        self.secrets = known_secrets(getattr(client, "api_key", None), url_password(str(client.base_url)))
        self.model = model or settings.model or DEFAULT_MODEL
        name = (mode or settings.mode or "").lower()
        if not name:
            name = "tools" if "api.openai.com" in str(client.base_url) else "json_schema"
        if name not in MODES:
            raise ConfigurationError(f"unknown mode {name!r}; choose one of {', '.join(MODES)}")
        self.mode = MODES[name]
        self.attempts = positive_int("attempts", attempts) if attempts is not None else settings.attempts
        self.max_tokens = (
            positive_int("max_tokens", max_tokens)
            if max_tokens is not None
            else settings.max_tokens or catalog.max_output_tokens(self.model, self.models_file)
        )
        self.budget = positive_int("max_tokens_per_article", max_tokens_per_article) if max_tokens_per_article else None
        self.context_tokens = (
            positive_int("context_tokens", context_tokens) if context_tokens is not None else settings.context_tokens
        )

    def _clients(self, api_key: str, base_url: str | None, retries: int) -> tuple[openai.OpenAI, openai.AsyncOpenAI]:
        """openai clients whose transports enforce the deadline and the reply-size cap."""
        timeout = httpx.Timeout(self.timeout, connect=min(10.0, self.timeout))
        common: dict[str, Any] = {"api_key": api_key, "base_url": base_url, "max_retries": retries, "timeout": timeout}
        # openai 3 runs on httpx2 and still takes an httpx client (as the cassettes use)
        sync_http = httpx.Client(transport=GuardedTransport(), timeout=timeout)
        async_http = httpx.AsyncClient(transport=AsyncGuardedTransport(), timeout=timeout)
        return (
            openai.OpenAI(**common, http_client=cast(Any, sync_http)),
            openai.AsyncOpenAI(**common, http_client=cast(Any, async_http)),
        )

    def cache_identity(self, article: Article) -> tuple[str | None, str | None]:
        """Model and prompt version: with the article's sha256, what makes a briefing."""
        return self.model, prompt_sha256()

    # -- the two ends of a call -----------------------------------------------------------

    def build_request(self, article: Article) -> dict[str, Any]:
        """The chat-completions body this engine sends for ``article`` (one view, no chunking)."""
        _, body = handle_response_model(
            BriefingDraft,
            mode=self.mode,
            model=self.model,
            messages=render_messages(article),
            temperature=0,
            max_tokens=self.max_tokens,
        )
        return dict(body)

    def parse_completion(self, article: Article, completion: ChatCompletion | dict[str, Any]) -> Briefing:
        """Validate and ground one completion of :meth:`build_request`'s body, as a live call would."""
        meter = _UsageMeter(self.max_tokens)
        try:
            if isinstance(completion, dict):
                completion = ChatCompletion.model_validate(completion)
            meter(completion)
            draft = process_response(
                completion,
                response_model=BriefingDraft,
                stream=False,
                validation_context={"article": article.text},
                mode=self.mode,
            )
        except _MODEL_ERRORS as exc:
            raise self._translate(exc, meter) from exc
        return self._assemble(article, [(Chunk(0, len(article.text)), article, draft)], meter, 0.0)

    # -- one view of an article -------------------------------------------------------------

    def _would_exceed_budget(self, meter: _UsageMeter) -> bool:
        # another attempt costs at least what the last one did
        return self.budget is not None and meter.total + meter.last_call_tokens > self.budget

    def _request(
        self, view: Article, meter: _UsageMeter, policy: type[Retrying] | type[AsyncRetrying]
    ) -> dict[str, Any]:
        messages = render_messages(view)
        # instructor renders message contents as Jinja templates with the validation
        # context; hand it placeholders only, so the article is inserted as plain data and
        # never parsed as a template (an article may well contain "{{" or "{%")
        context = {"article": view.text, **{f"message_{i}": m["content"] for i, m in enumerate(messages)}}
        placeholders = [{"role": m["role"], "content": f"{{{{ message_{i} }}}}"} for i, m in enumerate(messages)]
        # a cut answer is never re-asked: the same request would be cut the same way
        stop = (
            stop_after_attempt(self.attempts)
            | stop_when(lambda: self._would_exceed_budget(meter))
            | stop_when(lambda: meter.truncated)
        )
        return {
            "model": self.model,
            "messages": placeholders,
            "response_model": BriefingDraft,
            "context": context,
            "temperature": 0,
            "max_tokens": self.max_tokens,
            "max_retries": policy(stop=stop, retry=_RETRY_ON, reraise=True),
        }

    def _recover(self, exc: BaseException, meter: _UsageMeter) -> None:
        """After a failed call: return to try again (json_schema refused), else raise the typed error."""
        if self.mode is instructor.Mode.JSON_SCHEMA and _rejects_json_schema(exc):
            # llama-cpp-python's server (and some others) accept only json_object or
            # tools; fall back to tools, which they constrain with a grammar
            self.mode = instructor.Mode.TOOLS
            return
        raise self._translate(exc, meter) from exc

    def _draft(self, view: Article, meter: _UsageMeter) -> BriefingDraft:
        while True:
            client = instructor.from_openai(self.client, mode=self.mode)
            client.on("completion:response", meter)
            try:
                draft: BriefingDraft = client.chat.completions.create(**self._request(view, meter, Retrying))
                return draft
            except _MODEL_ERRORS as exc:
                self._recover(exc, meter)

    async def _adraft(self, view: Article, meter: _UsageMeter) -> BriefingDraft:
        assert self.async_client is not None
        while True:
            client = instructor.from_openai(self.async_client, mode=self.mode)
            client.on("completion:response", meter)
            try:
                draft: BriefingDraft = await client.chat.completions.create(
                    **self._request(view, meter, AsyncRetrying)
                )
                return draft
            except _MODEL_ERRORS as exc:
                self._recover(exc, meter)

    # -- a whole article ------------------------------------------------------------------

    def views(self, article: Article) -> list[tuple[Chunk, Article]]:
        """The article as the engine sends it: itself, or chunks when past the context budget."""
        chunks = split(article.text, max(2000, self.context_tokens * CHARS_PER_TOKEN))
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
        usage.elapsed_seconds = round(time.perf_counter() - started, 3) if started else 0.0
        usage.cost_usd = catalog.cost_usd(self.model, usage.prompt_tokens, usage.completion_tokens, self.models_file)
        meta = Meta(engine=self.name, model=self.model, prompt_sha256=prompt_sha256(), usage=usage)
        drafts = [(chunk, view, self._scrub(draft)) for chunk, view, draft in drafts]
        if len(drafts) == 1:
            return to_briefing(drafts[0][2], article.text, source=article.source(), meta=meta)
        parts = [(chunk, to_briefing(d, view.text, source=view.source(), meta=meta)) for chunk, view, d in drafts]
        merged = merge(parts, source=article.source(), meta=meta)
        return Briefing.model_validate(merged.model_dump(), context={"article": article.text})

    def _scrub(self, draft: BriefingDraft) -> BriefingDraft:
        """The draft with known secrets blanked out of the model's own words (quotes are the article's)."""
        if not self.secrets:
            return draft

        def clean(value: Any, key: str = "") -> Any:
            if key in ("quote", "quotes"):
                return value
            if isinstance(value, str):
                return redact(value, self.secrets)
            if isinstance(value, list):
                return [clean(item, key) for item in value]
            if isinstance(value, dict):
                return {k: clean(v, k) for k, v in value.items()}
            return value

        return BriefingDraft.model_validate(clean(draft.model_dump()))

    def summarize(self, article: Article) -> Briefing:
        meter = _UsageMeter(self.max_tokens)
        started = time.perf_counter()
        with deadline(self.timeout):
            drafts = [(chunk, view, self._draft(view, meter)) for chunk, view in self.views(article)]
        return self._assemble(article, drafts, meter, started)

    async def asummarize(self, article: Article) -> Briefing:
        """:meth:`summarize` on the async client (threads when only a sync client was given)."""
        if self.async_client is None:
            return await asyncio.to_thread(self.summarize, article)
        meter = _UsageMeter(self.max_tokens)
        started = time.perf_counter()
        with deadline(self.timeout):
            drafts = [(chunk, view, await self._adraft(view, meter)) for chunk, view in self.views(article)]
        return self._assemble(article, drafts, meter, started)

    # -- errors -----------------------------------------------------------------------------

    def _translate(self, exc: BaseException, meter: _UsageMeter) -> Exception:
        if self._would_exceed_budget(meter) and not meter.truncated and _openai_cause(exc) is None:
            usage = meter.usage
            return BudgetExceededError(
                f"stopped re-asking: another attempt would pass the budget of {self.budget} tokens ({meter.spent()})",
                attempts=usage.calls,
                prompt_tokens=usage.prompt_tokens,
                completion_tokens=usage.completion_tokens,
                last_response=getattr(exc, "last_completion", None),
            )
        error = self._typed(exc, meter)
        message = redact(str(error), self.secrets)
        if message != str(error):
            error.args = (message, *error.args[1:])
        return error

    def _typed(self, exc: BaseException, meter: _UsageMeter) -> Exception:
        """What instructor or openai raised, as one of our typed errors."""
        usage = meter.usage
        spent = meter.spent()
        guard = _cause(exc, GuardTripped)
        if guard is not None:
            return ServerError(f"gave up on the model server: {guard.reason} ({self.timeout:g} s per article); {spent}")
        if _cause(exc, httpx.TimeoutException) is not None:
            return ServerError(f"the model server timed out ({self.timeout:g} s per article); {spent}")
        cause = _openai_cause(exc)
        if isinstance(cause, openai.AuthenticationError):
            return ConfigurationError(f"the server refused the API key (HTTP 401); {spent}")
        if isinstance(cause, openai.APITimeoutError):
            return ServerError(f"the model server timed out; {spent}")
        if isinstance(cause, openai.APIConnectionError):
            return ServerError(f"cannot reach the model server ({cause.__class__.__name__}); {spent}")
        if isinstance(cause, openai.APIStatusError):
            return ServerError(f"the model server answered HTTP {cause.status_code}: {_short(cause.message)}; {spent}")
        facts: dict[str, Any] = {
            "attempts": max(usage.calls, 1),
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "last_response": getattr(exc, "last_completion", None),
        }
        if isinstance(exc, IncompleteOutputException) or (meter.truncated and _openai_cause(exc) is None):
            limit = catalog.info(self.model, self.models_file)
            if limit is not None and limit.max_output_tokens and limit.max_output_tokens > self.max_tokens:
                advice = f"raise SUMMARIZER_MAX_TOKENS (this model allows up to {limit.max_output_tokens})"
            else:
                advice = (
                    "raise SUMMARIZER_MAX_TOKENS if the model allows more, or lower SUMMARIZER_CONTEXT_TOKENS "
                    "so the article is sent in smaller chunks"
                )
            return OutputTruncatedError(
                f"the model's answer was cut off at max_tokens={self.max_tokens}: {advice}; {spent}", **facts
            )
        if isinstance(exc, InstructorRetryException):
            facts["attempts"] = exc.n_attempts
            return ModelOutputError(
                f"no valid grounded briefing after {exc.n_attempts} attempt(s): {_short(_last_reason(exc), 300)}; "
                f"{spent}",
                **facts,
            )
        reason = _reason(exc) if isinstance(exc, ValidationError | json.JSONDecodeError) else str(exc)
        return ModelOutputError(f"the model's answer could not be used: {_short(reason, 300)}; {spent}", **facts)


class stop_when(stop_base):
    """A tenacity stop condition from a plain predicate."""

    def __init__(self, predicate: Callable[[], bool]) -> None:
        self.predicate = predicate

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self.predicate()


_E = TypeVar("_E", bound=BaseException)


def _cause(exc: BaseException | None, kind: type[_E]) -> _E | None:
    """The first exception of ``kind`` in the cause (or context) chain of ``exc``."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, kind):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def _openai_cause(exc: BaseException) -> openai.OpenAIError | None:
    return _cause(exc, openai.OpenAIError)


def _rejects_json_schema(exc: BaseException) -> bool:
    cause = _openai_cause(exc)
    return (
        isinstance(cause, openai.APIStatusError)
        and cause.status_code in (400, 422, 500)
        and "json_schema" in str(cause.message) + str(cause.body)
    )


def _reason(last: BaseException) -> str:
    """Why an answer failed, compactly: ``field: message`` per validation error."""
    if isinstance(last, ValidationError):
        parts = []
        for error in last.errors(include_url=False):
            where = ".".join(str(part) for part in error["loc"])
            parts.append(f"{where}: {error['msg']}" if where else str(error["msg"]))
        return "; ".join(parts)
    if isinstance(last, json.JSONDecodeError):
        return f"the answer is not valid JSON: {last.msg} (character {last.pos})"
    return str(last)


def _last_reason(exc: InstructorRetryException) -> str:
    """Why the last attempt failed."""
    failed = getattr(exc, "failed_attempts", None) or []
    last: BaseException | None = failed[-1].exception if failed else exc.__cause__
    return _reason(last) if last is not None else str(exc)


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
