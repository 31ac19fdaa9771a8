"""HTTP guards for the clients the engine builds: a deadline per article, a cap on reply size.

httpx's timeouts bound each read, not a request: a server that sends a byte every few
seconds never trips them. The engine sets a deadline (``deadline(seconds)``, a context
variable, so concurrent articles each keep their own) and these transports enforce it: a
request is not sent past it, each read waits at most the time left, and a reply still
streaming at the deadline is cut. A reply body over ``max_bytes`` is cut as well, so a
runaway server cannot fill memory nor be sent back in a re-ask.

Both faults surface as :class:`GuardTripped` in the cause chain of whatever the openai
client raises; the engine turns that into a :class:`~summarizer.errors.ServerError`.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import httpx

MAX_REPLY_BYTES = 8 * 1024 * 1024
_deadline: ContextVar[float | None] = ContextVar("summarizer_deadline", default=None)


class GuardTripped(Exception):
    """The deadline passed or the reply grew past its cap; ``reason`` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every request made inside the block must end within ``seconds`` of its start."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def _time_left() -> float | None:
    end = _deadline.get()
    if end is None:
        return None
    left = end - time.monotonic()
    if left <= 0:
        raise GuardTripped("the deadline passed")
    return left


def _with_read_timeout(request: httpx.Request, left: float | None) -> None:
    if left is None:
        return
    timeouts = dict(request.extensions.get("timeout", {}))
    for key in ("connect", "read", "write", "pool"):
        current = timeouts.get(key)
        timeouts[key] = left if current is None else min(float(current), left)
    request.extensions["timeout"] = timeouts


class _Meter:
    def __init__(self, max_bytes: int, end: float | None) -> None:
        self.max_bytes = max_bytes
        self.end = end
        self.size = 0

    def check(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.max_bytes:
            raise GuardTripped(f"the reply passed {self.max_bytes // (1024 * 1024)} MiB")
        if self.end is not None and time.monotonic() > self.end:
            raise GuardTripped("the deadline passed while the reply was still arriving")


class _SyncBody(httpx.SyncByteStream):
    def __init__(self, response: httpx.Response, meter: _Meter) -> None:
        self.response = response
        self.meter = meter

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.response.stream:  # type: ignore[union-attr]
            self.meter.check(chunk)
            yield chunk

    def close(self) -> None:
        self.response.close()


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, response: httpx.Response, meter: _Meter) -> None:
        self.response = response
        self.meter = meter

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.response.stream:  # type: ignore[union-attr]
            self.meter.check(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self.response.aclose()


class GuardedTransport(httpx.BaseTransport):
    """Wraps a transport with the article deadline and the reply-size cap."""

    def __init__(self, inner: httpx.BaseTransport | None = None, *, max_bytes: int = MAX_REPLY_BYTES) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.max_bytes = max_bytes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        left = _time_left()
        _with_read_timeout(request, left)
        response = self.inner.handle_request(request)
        meter = _Meter(self.max_bytes, _deadline.get())
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_SyncBody(response, meter),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self.inner.close()


class AsyncGuardedTransport(httpx.AsyncBaseTransport):
    """:class:`GuardedTransport` for the async client."""

    def __init__(self, inner: httpx.AsyncBaseTransport | None = None, *, max_bytes: int = MAX_REPLY_BYTES) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport()
        self.max_bytes = max_bytes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        left = _time_left()
        _with_read_timeout(request, left)
        response = await self.inner.handle_async_request(request)
        meter = _Meter(self.max_bytes, _deadline.get())
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_AsyncBody(response, meter),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()
