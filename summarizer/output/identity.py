"""What an output was made from, recorded in it and read back to resume a run.

Every output format records the identity of the briefing it holds — the article's sha256,
the engine, the model, the prompt's sha256 and the schema version: JSON in ``source.sha256``
and ``meta``; Markdown in a closing HTML comment ``<!-- summarizer-identity {…} -->``;
HTML in ``<meta name="summarizer-identity" content="{…}">``. :func:`read_identity` reads
it back from any file and never raises: a file that is not ours, not readable, too big, not
a regular file (a FIFO would block) or malformed simply has no identity, so a stray file in
an output folder is "not current" and gets replaced, never an error.
"""

from __future__ import annotations

import html
import json
import os
import re
import stat
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..schema import Briefing

MARKER = "summarizer-identity"
MAX_BYTES = 64 * 1024 * 1024  # an output bigger than this is not ours: not current
_MD = re.compile(r"<!-- summarizer-identity (\{[^\n]*?\}) -->")
_HTML = re.compile(r'<meta name="summarizer-identity" content="([^"]*)">')


@dataclass(frozen=True)
class Identity:
    """What makes a briefing: the article, the engine, its model and prompt, the schema."""

    article_sha256: str
    engine: str
    model: str | None
    prompt_sha256: str | None
    schema_version: str

    @classmethod
    def of(cls, briefing: Briefing) -> Identity:
        meta = briefing.meta
        return cls(briefing.source.sha256, meta.engine, meta.model, meta.prompt_sha256, meta.schema_version)

    def to_json(self) -> str:
        """One line of JSON that is safe inside an HTML comment or attribute (no ``--``, ``<``, ``>``)."""
        text = json.dumps(asdict(self), ensure_ascii=True, sort_keys=True)
        # inside JSON strings only: "-" and ">" never belong to an escape sequence
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("--", "-\\u002d")

    def markdown_comment(self) -> str:
        return f"<!-- {MARKER} {self.to_json()} -->"

    def matches(
        self,
        *,
        article_sha256: str,
        engine: str,
        schema_version: str,
        made_of: tuple[str | None, str | None] | None = None,
    ) -> bool:
        """True for this article and engine (and, when ``made_of`` is a ``(model, prompt)`` pair, those)."""
        if (self.article_sha256, self.engine, self.schema_version) != (article_sha256, engine, schema_version):
            return False
        return made_of is None or (self.model, self.prompt_sha256) == made_of


def _from_mapping(data: Any) -> Identity | None:
    if not isinstance(data, dict):
        return None
    sha, engine, version = data.get("article_sha256"), data.get("engine"), data.get("schema_version")
    model, prompt = data.get("model"), data.get("prompt_sha256")
    if not (isinstance(sha, str) and isinstance(engine, str) and isinstance(version, str)):
        return None
    if not (model is None or isinstance(model, str)) or not (prompt is None or isinstance(prompt, str)):
        return None
    return Identity(sha, engine, model, prompt, version)


def _from_json_briefing(data: Any) -> Identity | None:
    if not isinstance(data, dict):
        return None
    source, meta = data.get("source"), data.get("meta")
    if not isinstance(source, dict) or not isinstance(meta, dict):
        return None
    return _from_mapping(
        {
            "article_sha256": source.get("sha256"),
            "engine": meta.get("engine"),
            "model": meta.get("model"),
            "prompt_sha256": meta.get("prompt_sha256"),
            "schema_version": meta.get("schema_version"),
        }
    )


def _read_small_regular_file(path: Path) -> str | None:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return None
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            return None
        return raw.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def read_identity(path: str | Path) -> Identity | None:
    """The identity recorded in the output ``path`` (by its suffix), or None; never raises."""
    target = Path(path)
    text = _read_small_regular_file(target)
    if text is None:
        return None
    suffix = target.suffix.lower()
    try:
        if suffix == ".json":
            return _from_json_briefing(json.loads(text))
        if suffix in (".md", ".markdown"):
            found = _MD.findall(text)
            return _from_mapping(json.loads(found[-1])) if found else None
        if suffix in (".html", ".htm"):
            match = _HTML.search(text)
            return _from_mapping(json.loads(html.unescape(match.group(1)))) if match else None
    except (ValueError, RecursionError):
        return None
    return None
