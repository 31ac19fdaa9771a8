"""The offline engine's word lists, read once from ``summarizer/data/*.toml``.

``speech.toml`` holds the reporting verbs and cues per language, ``gazetteer.toml`` the
metonyms, institutions and country names. Both files are documented where they live.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ...grounding import fold_name, normalize


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Typography, case, accents, apostrophes and whitespace folded (the eval's actor rule)."""
    return fold_name(normalize(text))


def _read(name: str) -> dict[str, Any]:
    raw = resources.files("summarizer.data").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(raw)


def _folded(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted({fold(w) for w in words}, key=len, reverse=True))


@dataclass(frozen=True)
class SpeechLexicon:
    """Reporting verbs and cues of one language, folded for matching."""

    language: str
    lemmas: frozenset[str]
    stems: tuple[str, ...]
    forms: frozenset[str]
    needs_clause: tuple[str, ...]
    light_verbs: tuple[tuple[str, str], ...]
    according: tuple[str, ...]
    according_initial: tuple[str, ...]
    citing: tuple[str, ...]
    pronouns: frozenset[str]
    groups: frozenset[str]
    oppose_verbs: tuple[str, ...]
    oppose_words: frozenset[str]
    contrast: tuple[str, ...]
    negation: frozenset[str]
    respond: tuple[str, ...] = ()
    demand: tuple[str, ...] = ()
    reverse: tuple[str, ...] = ()
    quantifiers: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    masculine: frozenset[str] = frozenset()
    feminine: frozenset[str] = frozenset()

    def gender_of_word(self, word: str) -> str | None:
        """'Masc' / 'Fem' for a gendered noun or honorific ("spokeswoman", "Mme"), else None."""
        w = fold(word)
        return "Masc" if w in self.masculine else "Fem" if w in self.feminine else None

    def _stem_match(self, word: str, stems: tuple[str, ...]) -> bool:
        return any(word.startswith(s) for s in stems)

    def is_speech_verb(self, word: str, lemma: str) -> bool:
        """True when a verb token (its form and lemma, any case) is a reporting verb."""
        w, lem = fold(word), fold(lemma)
        return lem in self.lemmas or w in self.forms or self._stem_match(w, self.stems)

    def needs_clause_content(self, word: str, lemma: str) -> bool:
        """Verbs that report speech only with a clause or infinitive complement."""
        w, lem = fold(word), fold(lemma)
        return lem in self.needs_clause or self._stem_match(w, self.needs_clause)

    def is_respond_word(self, word: str, lemma: str) -> bool:
        """Verbs and nouns of a reply ("a répliqué à X", "in response to X")."""
        w, lem = fold(word), fold(lemma)
        return lem in self.respond or self._stem_match(w, self.respond)

    def is_demand_to_reverse(self, verb: Any, action: Any) -> bool:
        """``verb`` demands that someone ``action``, an act of stopping or undoing ("urge Y to halt")."""
        def match(tok: Any, words: tuple[str, ...]) -> bool:
            w, lem = fold(tok.text), fold(tok.lemma_)
            return lem in words or (not self.lemmas and self._stem_match(w, words))
        return match(verb, self.demand) and match(action, self.reverse)

    def is_oppose_verb(self, word: str, lemma: str) -> bool:
        w, lem = fold(word), fold(lemma)
        return lem in self.oppose_verbs or self._stem_match(w, self.oppose_verbs)


@dataclass(frozen=True)
class Gazetteer:
    """Metonyms, institutions and countries, keyed by folded name."""

    metonyms: dict[str, str]
    institutions: dict[str, str]
    countries: dict[str, str]  # folded spelling -> canonical country name
    country_aliases: dict[str, tuple[str, ...]]
    spokes: frozenset[str]


@cache
def speech_lexicon(language: str) -> SpeechLexicon:
    """The lexicon of ``language`` ('fr' or 'en')."""
    data = _read("speech.toml")[language]
    verbs, oppose = data["verbs"], data["oppose"]
    stems = _folded(verbs.get("stems", []))
    return SpeechLexicon(
        language=language,
        lemmas=frozenset(fold(w) for w in verbs.get("lemmas", [])),
        stems=stems,
        forms=frozenset(fold(w) for w in verbs.get("forms", [])),
        needs_clause=_folded(verbs.get("needs_clause", [])),
        light_verbs=tuple((fold(a), fold(b)) for a, b in data.get("light_verbs", [])),
        according=_folded(data["according"]),
        according_initial=_folded(data.get("according_initial", [])),
        citing=_folded(data["citing"]),
        pronouns=frozenset(fold(w) for w in data["pronouns"]),
        groups=frozenset(fold(w) for w in data["groups"]),
        oppose_verbs=_folded(oppose["verbs"]),
        oppose_words=frozenset(fold(w) for w in oppose["words"]),
        contrast=_folded(oppose["contrast"]),
        negation=frozenset(fold(w) for w in oppose["negation"]),
        respond=_folded(oppose.get("respond", [])),
        demand=_folded(oppose.get("demand", [])),
        reverse=_folded(oppose.get("reverse", [])),
        quantifiers=frozenset(fold(w) for w in data.get("quantifiers", [])),
        roles=frozenset(fold(w) for w in data.get("roles", [])),
        masculine=frozenset(fold(w) for w in data.get("masculine", [])),
        feminine=frozenset(fold(w) for w in data.get("feminine", [])),
    )


@cache
def gazetteer() -> Gazetteer:
    """The curated gazetteer (both languages)."""
    data = _read("gazetteer.toml")
    countries: dict[str, str] = {}
    aliases: dict[str, tuple[str, ...]] = {}
    for name, others in data["countries"].items():
        aliases[name] = tuple(others)
        for spelling in (name, *others):
            countries[fold(spelling)] = name
    return Gazetteer(
        metonyms={fold(k): v for k, v in data["metonyms"].items()},
        institutions={fold(k): v for k, v in data["institutions"].items()},
        countries=countries,
        country_aliases=aliases,
        spokes=frozenset(fold(w) for lang in data["spokes"].values() for w in lang),
    )
