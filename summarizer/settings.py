"""Configuration, read from the environment in one place.

Every variable summarizer reads is a field of :class:`Settings`; :meth:`Settings.from_env`
reads and checks them all, so a bad value is one :class:`~summarizer.errors.ConfigurationError`
naming the variable, before any work (or any paid call) starts. Arguments given to an
engine or on the command line win over these.

| variable | field | default |
|---|---|---|
| ``OPENAI_API_KEY`` | ``api_key`` | none |
| ``OPENAI_BASE_URL`` | ``base_url`` | none (OpenAI) |
| ``SUMMARIZER_MODEL`` | ``model`` | none (``gpt-4o-mini``) |
| ``SUMMARIZER_MODE`` | ``mode`` | none (``tools`` on api.openai.com, else ``json_schema``) |
| ``SUMMARIZER_ATTEMPTS`` | ``attempts`` | 3 |
| ``SUMMARIZER_MAX_TOKENS`` | ``max_tokens`` | none (the model's output limit from the catalog) |
| ``SUMMARIZER_CONTEXT_TOKENS`` | ``context_tokens`` | 32000 |
| ``SUMMARIZER_TIMEOUT`` | ``timeout`` | 600 seconds per article |
| ``SUMMARIZER_MAX_CHARS`` | ``max_chars`` | 1,000,000 |
| ``SUMMARIZER_CACHE_DIR`` | ``cache_dir`` | none (the platform's cache folder) |
| ``SUMMARIZER_MODELS`` (or ``SUMMARIZER_PRICES``) | ``models_file`` | none (the shipped table) |
| ``CI`` | ``ci`` | false (``summarize eval`` replays cassettes only when set) |

This module imports nothing of summarizer but its errors.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import ConfigurationError

DEFAULT_ATTEMPTS = 3
DEFAULT_CONTEXT_TOKENS = 32_000
DEFAULT_TIMEOUT = 600.0
DEFAULT_MAX_CHARS = 1_000_000


def _text(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name, "").strip()
    return value or None


def positive_int(name: str, raw: str | int) -> int:
    """``raw`` as a whole number of at least 1, else a ConfigurationError naming ``name``."""
    try:
        value = int(str(raw).replace("_", "").strip())
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number, not {raw!r}") from None
    if value < 1:
        raise ConfigurationError(f"{name} must be at least 1, not {value}")
    return value


def positive_float(name: str, raw: str | float) -> float:
    """``raw`` as a finite number above 0, else a ConfigurationError naming ``name``."""
    try:
        value = float(str(raw).strip())
    except ValueError:
        raise ConfigurationError(f"{name} must be a number of seconds, not {raw!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"{name} must be above 0, not {raw!r}")
    return value


_HOST_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_HOST = re.compile(rf"(?:{_HOST_LABEL}\.)*{_HOST_LABEL}\.?")


def check_base_url(name: str, url: str) -> str:
    """An http(s) URL with a well-formed host, else a ConfigurationError naming ``name``.

    Whatever is wrong (an unclosed IPv6 bracket, a bad port, spaces, a host that is no
    host name) is one line; the credentials a URL may carry are never shown.
    """
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        raise ConfigurationError(f"{name} is not a valid URL (it contains spaces or control characters)")
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port  # .port raises on a bad port, urlsplit on a bad IPv6 literal
    except ValueError as exc:
        raise ConfigurationError(f"{name} is not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not host:
        raise ConfigurationError(f"{name} must be an http:// or https:// URL with a host")
    if port == 0:
        raise ConfigurationError(f"{name} is not a valid URL (port 0)")
    if not parts.netloc.rpartition("@")[2].startswith("["):  # an IPv6 literal was checked by urlsplit
        try:
            ascii_host = host.encode("idna").decode("ascii")
        except UnicodeError:
            ascii_host = ""
        if not _HOST.fullmatch(ascii_host):
            raise ConfigurationError(f"{name} is not a valid URL (bad host name {host!r})")
    return url


def cache_dir(env: Mapping[str, str] | None = None) -> str | None:
    """``$SUMMARIZER_CACHE_DIR`` alone, unchecked like every path: the cache needs nothing else."""
    return _text(os.environ if env is None else env, "SUMMARIZER_CACHE_DIR")


@dataclass(frozen=True)
class Settings:
    """Every setting summarizer reads from the environment, checked."""

    api_key: str | None = None
    base_url: str | None = None
    model: str | None = None
    mode: str | None = None
    attempts: int = DEFAULT_ATTEMPTS
    max_tokens: int | None = None
    context_tokens: int = DEFAULT_CONTEXT_TOKENS
    timeout: float = DEFAULT_TIMEOUT
    max_chars: int = DEFAULT_MAX_CHARS
    cache_dir: str | None = None
    models_file: str | None = None
    ci: bool = False

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read and check every variable (``env`` defaults to ``os.environ``)."""
        env = os.environ if env is None else env

        def number(name: str, default: int) -> int:
            raw = _text(env, name)
            return default if raw is None else positive_int(name, raw)

        base_url = _text(env, "OPENAI_BASE_URL")
        timeout = _text(env, "SUMMARIZER_TIMEOUT")
        max_tokens = _text(env, "SUMMARIZER_MAX_TOKENS")
        return cls(
            api_key=_text(env, "OPENAI_API_KEY"),
            base_url=check_base_url("OPENAI_BASE_URL", base_url) if base_url else None,
            model=_text(env, "SUMMARIZER_MODEL"),
            mode=(_text(env, "SUMMARIZER_MODE") or "").lower() or None,
            attempts=number("SUMMARIZER_ATTEMPTS", DEFAULT_ATTEMPTS),
            max_tokens=positive_int("SUMMARIZER_MAX_TOKENS", max_tokens) if max_tokens else None,
            context_tokens=number("SUMMARIZER_CONTEXT_TOKENS", DEFAULT_CONTEXT_TOKENS),
            timeout=positive_float("SUMMARIZER_TIMEOUT", timeout) if timeout else DEFAULT_TIMEOUT,
            max_chars=number("SUMMARIZER_MAX_CHARS", DEFAULT_MAX_CHARS),
            cache_dir=cache_dir(env),
            models_file=_text(env, "SUMMARIZER_MODELS") or _text(env, "SUMMARIZER_PRICES"),
            ci=(_text(env, "CI") or "false").lower() not in ("0", "false", "no"),
        )

    @property
    def llm_configured(self) -> bool:
        """True when a server is configured (a key for OpenAI, or a base URL)."""
        return bool(self.api_key or self.base_url)
