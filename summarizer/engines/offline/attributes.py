"""The attribute ruler's matches, found through an index instead of spaCy's ``Matcher``.

spaCy's ``attribute_ruler`` maps fine-grained tags and a few words to coarse parts of speech,
morphology and lemmas (179 patterns in the English pipelines, 23 in the French ones). Its
``Matcher`` tries every pattern at every token: a quarter of the English parse on a short
article. Nearly every pattern is one token whose tag, part of speech or lowercase form is
fixed, so the candidates for a token are found by that value in a dictionary, and only they
are checked, and a token's one-token patterns that read only those values are checked once
per distinct set of values. The matches are the same, in the same order (the ruler applies them
by pattern number, later ones winning), and they are applied as the ruler's own
``set_annotations`` applies them, without making a ``Span`` for each match
(:class:`Annotations`).

A pattern this module cannot read exactly (an operator, a predicate or an attribute it does
not know) leaves the ruler as spaCy made it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from typing import Any

Check = Callable[[Any], bool]
# pattern number, match id, the checks of each token, and whether the checks of the first token
# read only indexed attributes (a token's indexed values decide them)
Entry = tuple[int, int, list[list[Check]], bool]
# Distinct values remembered by a component of the parse (the indexed attributes of
# :meth:`IndexedMatches._candidates`, the words of :class:`.lemmas.RememberedLemmas`) before its memory
# starts again: a few thousand per article's vocabulary
REMEMBERED_MAX = 200_000

# pattern keys -> Token attributes
_GETTERS = {"ORTH": "orth_", "TEXT": "text", "LOWER": "lower_", "TAG": "tag_", "POS": "pos_", "DEP": "dep_",
            "IS_SPACE": "is_space", "IS_PUNCT": "is_punct", "IS_ALPHA": "is_alpha"}
# the keys a token's candidate patterns are looked up by, the most selective first
_INDEXED = ("LOWER", "TAG", "DEP", "POS", "IS_SPACE")


def _check(key: str, condition: Any) -> Check | None:
    attr = _GETTERS.get(key)
    if attr is None:
        return None
    if isinstance(condition, bool | str):
        return lambda tok: getattr(tok, attr) == condition
    if isinstance(condition, dict) and len(condition) == 1:
        ((op, value),) = condition.items()
        if op == "IN" and isinstance(value, list):
            values = frozenset(value)
            return lambda tok: getattr(tok, attr) in values
        if op == "NOT_IN" and isinstance(value, list):
            values = frozenset(value)
            return lambda tok: getattr(tok, attr) not in values
        if op == "REGEX" and isinstance(value, str):
            search = re.compile(value).search
            return lambda tok: search(getattr(tok, attr)) is not None
    return None


def _checks(spec: dict[str, Any], known: str = "") -> list[Check] | None:
    """The checks of one token's ``spec``; none for the key ``known`` (the token was found by it)."""
    out = []
    for key, condition in spec.items():
        if key == known:
            continue
        check = _check(key, condition)
        if check is None:
            return None
        out.append(check)
    return out


def _index_values(spec: dict[str, Any]) -> tuple[str, Iterable[str | bool]] | None:
    """The key and values a pattern's first token is found by, or None (checked at every token)."""
    for key in _INDEXED:
        condition = spec.get(key)
        if isinstance(condition, bool | str):
            return key, (condition,)
        if isinstance(condition, dict) and list(condition) == ["IN"] and isinstance(condition["IN"], list):
            return key, tuple(condition["IN"])
    return None


class IndexedMatches:
    """The matches of an ``AttributeRuler``'s patterns, as its ``match`` returns them."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import IDS
        from spacy.parts_of_speech import IDS as POS_IDS

        strings = ruler.vocab.strings
        self.attrs = [IDS[k] for k in _INDEXED]
        self.index: list[dict[int, list[Entry]]] = [{} for _ in _INDEXED]
        self.everywhere: list[Entry] = []
        self._known: dict[tuple[int, ...], tuple[list[tuple[int, int]], list[Entry]]] = {}

        def value_id(key: str, value: str | bool) -> int:
            if key == "IS_SPACE":
                return int(bool(value))
            if key == "POS":
                return int(POS_IDS.get(str(value), -1))
            return int(strings.add(str(value)))

        for number in range(len(ruler.attrs)):
            key = str(number)
            _, patterns = ruler.matcher.get(key)
            match_id = strings.add(key)
            for pattern in patterns:
                found = _index_values(pattern[0]) if pattern else None
                # a token found through the index has the indexed value: that check is not made again
                tokens = [_checks(spec, found[0] if found is not None and k == 0 else "")
                          for k, spec in enumerate(pattern)]
                if not pattern or any(t is None for t in tokens):
                    raise ValueError(f"attribute ruler pattern {number} is not supported: {pattern}")
                static = set(pattern[0]) <= set(_INDEXED)
                entry = (number, match_id, [t for t in tokens if t is not None], static)
                if found is None:
                    self.everywhere.append(entry)
                    continue
                attr, values = found
                for value in values:
                    self.index[_INDEXED.index(attr)].setdefault(value_id(attr, value), []).append(entry)

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        out: list[tuple[int, int, int, int]] = []
        n = len(doc)
        known = self._known
        if len(known) > REMEMBERED_MAX:
            known.clear()
        for i, values in enumerate(doc.to_array(self.attrs).tolist()):
            key = tuple(values)
            seen = known.get(key)
            if seen is None:
                seen = known[key] = self._candidates(key, doc[i])
            static, candidates = seen
            out.extend((number, match_id, i, i + 1) for number, match_id in static)
            tok = None  # made only for a check to read
            for number, match_id, tokens, _ in candidates:
                end = i + len(tokens)
                if end > n:
                    continue
                if tokens[0]:
                    tok = doc[i] if tok is None else tok
                    if not all(check(tok) for check in tokens[0]):
                        continue
                if all(all(check(doc[i + k]) for check in tokens[k]) for k in range(1, len(tokens))):
                    out.append((number, match_id, i, end))
        out.sort()
        return out

    def _candidates(self, key: tuple[int, ...], tok: Any) -> tuple[list[tuple[int, int]], list[Entry]]:
        """For a token whose indexed values are ``key``, its candidate patterns: the one-token
        patterns that read nothing but those values, matched on ``tok`` (any token with the same
        values matches the same), and the others, checked at each token — less those whose
        first token reads only those values and does not match ``tok``."""
        static: list[tuple[int, int]] = []
        candidates: list[Entry] = []
        for entry in itertools.chain(*(table.get(value, ()) for table, value in zip(self.index, key, strict=True)),
                                     self.everywhere):
            if entry[3] and not all(check(tok) for check in entry[2][0]):
                continue
            if entry[3] and len(entry[2]) == 1:
                static.append((entry[0], entry[1]))
            else:
                candidates.append(entry)
        return static, candidates


def index_attribute_ruler(nlp: Any) -> bool:
    """Give the pipeline's attribute ruler indexed matching; False (ruler unchanged) when it has
    none or a pattern this module does not read."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.match = IndexedMatches(ruler)
    except ValueError:
        return False
    ruler.set_annotations = Annotations(ruler)
    return True


class Annotations:
    """An ``AttributeRuler``'s ``set_annotations``: each match's attributes set on the token at
    the pattern's index (counted from the match's end when negative), by spaCy's own
    ``set_token_attrs``; a match's span is not made, which costs more than the setting."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler

    def __call__(self, doc: Any, matches: list[tuple[int, int, int, int]]) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        ruler = self.ruler
        for attr_id, match_id, start, end in matches:
            index = ruler.indices[attr_id]
            at = start + index if index >= 0 else end + index
            if not start <= at < end:
                ruler.__class__.set_annotations(ruler, doc, [(attr_id, match_id, start, end)])  # spaCy's own error
                continue
            set_token_attrs(doc[at], ruler.attrs[attr_id])
