"""A disk cache of briefings, so the same article is never summarised twice.

Key: engine, model, prompt sha256, schema version, summarizer version and the article's
sha256 — any of them changing makes a new entry. Location: ``$SUMMARIZER_CACHE_DIR``, else
the platform's cache folder (``$XDG_CACHE_HOME/summarizer`` or ``~/.cache/summarizer`` on
Linux, ``~/Library/Caches/summarizer`` on macOS, ``%LOCALAPPDATA%\\summarizer\\Cache`` on
Windows). A briefing served from the cache keeps the ``meta`` of the run that made it,
usage included.

Entries are not trusted. One is served only when it is a regular file (a FIFO, a device or
a symlink in its place is skipped unopened, so it cannot hang the run), holds a valid
briefing grounded in this article, and *is* what the key names: its ``source.sha256`` is
the article's, and its own engine, model and prompt hash give back the key. Anything else
(a briefing of another article or engine copied under this key, a truncated file) is
ignored, and overwritten by the next result. Entries are written atomically, as files
readable by their owner only (0600) in folders created 0700.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import tempfile
from pathlib import Path

from pydantic import ValidationError

from .schema import SCHEMA_VERSION, Briefing
from .settings import cache_dir
from .version import __version__

MAX_ENTRY_BYTES = 64 * 1024 * 1024  # far past any briefing; a bigger entry is not read
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once, to be skipped
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def default_dir() -> Path:
    """Where the cache lives unless ``SUMMARIZER_CACHE_DIR`` says otherwise."""
    override = cache_dir()
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


def briefing_key(briefing: Briefing) -> str:
    """The key a briefing belongs under, from its own ``meta`` and ``source``."""
    meta = briefing.meta
    return cache_key(
        engine=meta.engine, model=meta.model, prompt_sha256=meta.prompt_sha256, article_sha256=briefing.source.sha256
    )


def _read_regular(path: Path, limit: int = MAX_ENTRY_BYTES) -> bytes | None:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes; else None, never blocking."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:  # missing, a symlink (ELOOP), a socket, unreadable
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1 << 16):
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def _private_dir(folder: Path) -> None:
    """Make ``folder`` if missing, readable by its owner only (0700); its parents as usual."""
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:  # made meanwhile by a concurrent run
        return
    os.chmod(folder, 0o700)  # whatever the umask


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to a 0600 temporary file beside ``path``, then rename it over (atomic)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # mkstemp: 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class BriefingCache:
    """Briefings on disk, one JSON file per key, fanned out by the key's first two hex digits."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_dir()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str, article: str) -> Briefing | None:
        """The cached briefing for ``key`` of ``article`` (its text), checked; else None.

        Served only when the entry is a regular file holding a briefing grounded in
        ``article`` whose own identity (article sha256, engine, model, prompt hash) gives
        back ``key``.
        """
        raw = _read_regular(self._path(key))
        if raw is None:
            return None
        try:
            briefing = Briefing.model_validate_json(raw, context={"article": article})
        except (ValidationError, ValueError):
            return None
        if briefing.meta.schema_version != SCHEMA_VERSION:
            return None
        if briefing.source.sha256 != hashlib.sha256(article.encode("utf-8")).hexdigest():
            return None  # a briefing of another article
        if briefing_key(briefing) != key:
            return None  # of another engine, model or prompt
        return briefing

    def put(self, key: str, briefing: Briefing) -> None:
        """Store a briefing; a cache that cannot be written is not an error."""
        path = self._path(key)
        try:
            _private_dir(self.directory)
            _private_dir(path.parent)
            _write_private(path, briefing.model_dump_json())
        except OSError:
            pass
