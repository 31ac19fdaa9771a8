"""Known secrets, and blanking them out of anything we write or print.

The secrets summarizer knows are the API key and the password of the base URL (a URL may
carry ``user:password@``). They are sent where they belong (the ``Authorization`` header,
the URL) and nowhere else: :func:`redact` replaces them with ``<redacted>`` in error
messages, log lines and the text a model wrote, should a server echo them back.

This module imports nothing else of summarizer.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

REDACTED = "<redacted>"
MIN_SECRET = 8  # shorter strings are too likely to occur by chance; never treated as secrets


def url_password(url: str | None) -> str | None:
    """The password of ``scheme://user:password@host/...``, if any (percent-decoded)."""
    if not url:
        return None
    try:
        password = urlsplit(url).password
    except ValueError:
        return None
    return unquote(password) if password else None


def safe_url(url: str) -> str:
    """``url`` without its user and password, for messages and logs."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<unparsable URL>"
    if "[" in parts.netloc:
        host = f"[{host}]"
    return parts._replace(netloc=f"{host}{port}").geturl()


def known_secrets(*candidates: str | None) -> tuple[str, ...]:
    """The candidates worth redacting (long enough), each also percent-decoded, longest first."""
    found: set[str] = set()
    for value in candidates:
        if value and len(value) >= MIN_SECRET:
            found.update({value, unquote(value)})
    return tuple(sorted(found, key=len, reverse=True))


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced by ``<redacted>``."""
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, REDACTED)
    return text
