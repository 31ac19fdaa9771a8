"""A disk cache of briefings, so the same article is never summarised twice.

Key: engine, model, prompt sha256, schema version, summarizer version and the article's
sha256 — any of them changing makes a new entry. Location: ``$SUMMARIZER_CACHE_DIR``, else
the platform's cache folder (``$XDG_CACHE_HOME/summarizer`` or ``~/.cache/summarizer`` on
Linux, ``~/Library/Caches/summarizer`` on macOS, ``%LOCALAPPDATA%\\summarizer\\Cache`` on
Windows). Entries are written atomically; an entry that cannot be read or validated is
ignored (and overwritten by the next result). A briefing served from the cache keeps the
``meta`` of the run that made it, usage included.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from pydantic import ValidationError

from .atomic import write_text
from .schema import SCHEMA_VERSION, Briefing
from .version import __version__


def default_dir() -> Path:
    """Where the cache lives unless ``SUMMARIZER_CACHE_DIR`` says otherwise."""
    override = os.environ.get("SUMMARIZER_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "summarizer"
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "summarizer" / "Cache"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "summarizer"


def cache_key(*, engine: str, model: str | None, prompt_sha256: str | None, article_sha256: str) -> str:
    """The sha256 naming one cache entry."""
    parts = [engine, model or "", prompt_sha256 or "", SCHEMA_VERSION, __version__, article_sha256]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


class BriefingCache:
    """Briefings on disk, one JSON file per key, fanned out by the key's first two hex digits."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_dir()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str, article: str) -> Briefing | None:
        """The cached briefing for ``key``, validated against ``article``; else None."""
        try:
            text = self._path(key).read_text(encoding="utf-8")
            return Briefing.model_validate_json(text, context={"article": article})
        except (OSError, UnicodeDecodeError, ValidationError, ValueError):
            return None

    def put(self, key: str, briefing: Briefing) -> None:
        """Store a briefing; a cache that cannot be written is not an error."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text(path, briefing.model_dump_json())
        except OSError:
            pass
