"""Name knowledge from maintained packages, read once per process.

* first names with their usual gender, from Faker's person providers (MIT; every
  Latin-script locale it ships), a signal that a capitalised sequence names a person
  ("Jeanne Le Goff" untagged by the NER) and of that person's gender;
* countries from pycountry (ISO 3166 with its French translations), completed by the
  short names news use (``data/gazetteer.toml``, ``usual_names``);
* capitals used for their state, seats of power that speak as such, unions of states,
  and international and non-governmental organisations by their names and acronyms in
  both languages (``data/gazetteer.toml``);
* nationality adjectives ("Syrian", "syrienne"), made from pycountry's names by the endings
  of each language profile (``[demonyms]``) and completed by its irregular forms.
"""

from __future__ import annotations

import gettext
import importlib
import pkgutil
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .profile import fold, profile


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-2
    names: tuple[str, ...]  # English ISO name first, then the French one, then usual names


@dataclass(frozen=True)
class Gazetteer:
    """Folded spelling -> what it names."""

    countries: dict[str, Country]
    metonyms: dict[str, Country]
    institutions: dict[str, Country]
    unions: dict[str, tuple[str, ...]]  # folded spelling -> (name, *aliases): unions of states and [bodies]
    platforms: frozenset[str]  # folded names of services people speak on
    cities: frozenset[str] = frozenset()  # folded names of large cities written in two words or more
    starts: frozenset[str] = frozenset()  # first words (folded) of every spelling above


def acronym(word: str) -> bool:
    """Whether ``word`` is written as an acronym: two to eight capital letters ("UPAF", "KTI")."""
    return word.isalpha() and word.isupper() and 2 <= len(word) <= 8


def _latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


_TABLE = "first_names.tsv"
_GENDER = {"m": "Masc", "f": "Fem", "-": None}


@cache
def first_names() -> dict[str, str | None]:
    """Folded first name -> 'Masc', 'Fem' or None (given to both).

    Read from ``summarizer/data/first_names.tsv``, the table derived from Faker once
    (``python -m summarizer.engines.offline.names`` writes it): importing Faker's hundred
    locale modules costs half a second a process. Without the table, Faker is read."""
    try:
        raw = resources.files("summarizer.data").joinpath(_TABLE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return faker_first_names()
    out: dict[str, str | None] = {}
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            out[name] = _GENDER.get(gender)
    return out


def faker_first_names() -> dict[str, str | None]:
    """The first-name table as Faker's person providers give it (every Latin-script locale)."""
    try:
        import faker.providers.person as people
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    genders: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules(people.__path__):
        module: Any = importlib.import_module(f"{people.__name__}.{info.name}")
        provider = getattr(module, "Provider", None)
        for attr, gender in (("first_names_male", "Masc"), ("first_names_female", "Fem")):
            for name in getattr(provider, attr, None) or ():
                if isinstance(name, str) and len(name) > 1 and name[:1].isupper() and _latin(name):
                    genders.setdefault(fold(name), set()).add(gender)
    return {name: next(iter(g)) if len(g) == 1 else None for name, g in genders.items()}


def _read() -> dict[str, Any]:
    raw = resources.files("summarizer.data").joinpath("gazetteer.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


@cache
def gazetteer() -> Gazetteer:
    import pycountry

    data = _read()
    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        to_french = french.gettext
    except OSError:  # pragma: no cover - pycountry ships its translations
        def to_french(message: str) -> str:
            return message
    heads: dict[str, int] = {}
    entries: list[tuple[str, list[str]]] = []
    for c in pycountry.countries:
        english = [getattr(c, "common_name", None) or c.name, c.name, getattr(c, "official_name", None)]
        spellings = [n for n in english if n]
        fr_name = to_french(c.name)
        if "," not in fr_name:
            spellings.append(fr_name)
        head = c.name.split(",")[0].strip()
        heads[head] = heads.get(head, 0) + 1
        spellings += data["usual_names"].get(c.alpha_2, [])
        entries.append((c.alpha_2, spellings))
    countries: dict[str, Country] = {}
    by_code: dict[str, Country] = {}
    for code, spellings in entries:
        clean = [s for s in spellings if "," not in s]
        for s in spellings:  # "Iran, Islamic Republic of" -> "Iran", unless two states share it
            head = s.split(",")[0].strip()
            if "," in s and heads.get(head, 0) == 1:
                clean.append(head)
        names = tuple(dict.fromkeys(clean))
        country = Country(code, names)
        by_code[code] = country
        for s in names:
            countries.setdefault(fold(s), country)
    unions: dict[str, tuple[str, ...]] = {}
    for name, aliases in (*data["unions"].items(), *data.get("bodies", {}).items()):
        for s in (name, *aliases):
            unions[fold(s)] = (name, *aliases)
    metonyms = {fold(k): by_code[v] for k, v in data["metonyms"].items() if v in by_code}
    institutions = {fold(k): by_code[v] for k, v in data["institutions"].items() if v in by_code}
    return Gazetteer(
        countries=countries,
        metonyms=metonyms,
        institutions=institutions,
        unions=unions,
        platforms=frozenset(fold(n) for n in data.get("platforms", {}).get("names", [])),
        cities=frozenset(fold(n) for n in data.get("cities", {}).get("names", [])),
        starts=frozenset(k.split()[0] for table in (countries, metonyms, institutions, unions) for k in table
                         if k.split()),
    )


def write_first_names(path: str) -> int:
    """Write the first-name table (``python -m summarizer.engines.offline.names [PATH]``)."""
    import faker

    table = faker_first_names()
    code = {v: k for k, v in _GENDER.items()}
    lines = [f"# first names with their usual gender, folded; derived from Faker {faker.VERSION} (MIT) person",
             "# providers by summarizer/engines/offline/names.py: m masculine, f feminine, - both"]
    lines += [f"{name}\t{code[gender]}" for name, gender in sorted(table.items())]
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return len(table)


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    import sys

    target = sys.argv[1] if len(sys.argv) > 1 else str(resources.files("summarizer.data").joinpath(_TABLE))
    print(f"{write_first_names(target)} names written to {target}")


@cache
def demonyms(language: str) -> dict[str, str]:
    """Folded nationality adjective (one to three words) -> ISO alpha-2 code, for ``language``.

    Every spelling of every country (pycountry, French and English, and the usual names) ending
    as a rule of the profile says gives an adjective ("Syria" -> "Syrian", "Syrie" -> "syrien"),
    in English on the last word of a name of two or three words ("South Korea" -> "South
    Korean"), in French on names of one word, with the feminine and plural forms the profile's
    inflections give. A form two states would share is dropped; the irregular forms of the
    profile are added last and win. Forms no article uses ("Spainian") are harmless."""
    prof = profile(language)
    states: dict[str, set[str]] = {}
    for country in {c.code: c for c in gazetteer().countries.values()}.values():
        for name in country.names:
            words = name.split()
            if not name[:1].isupper() or any(not w[:1].isupper() for w in words) or len(words) > 3 \
                    or (len(words) > 1 and language != "en") or any(ch in name for ch in ".,'’()"):
                continue
            last = words[-1]
            for ending, replacement in prof.demonym_endings:
                if last.lower().endswith(ending) and len(last) - len(ending) >= 3:
                    stem = last[: len(last) - len(ending)] if ending else last
                    form = " ".join([*words[:-1], stem + replacement])
                    for inflected in _inflections(form, prof.demonym_inflections):
                        states.setdefault(fold(inflected), set()).add(country.code)
    out = {form: next(iter(codes)) for form, codes in states.items() if len(codes) == 1}
    for form, code in prof.demonym_irregular:
        for inflected in _inflections(form, prof.demonym_inflections):
            out[fold(inflected)] = code
    return out


def _inflections(form: str, rules: tuple[tuple[str, ...], ...]) -> list[str]:
    """``form`` and its feminine and plural forms: the first rule whose ending ``form`` has
    adds its other endings (French "syrien" -> "syrienne", "syriens", "syriennes")."""
    for rule in rules:
        ending, *others = rule
        if form.endswith(ending):
            stem = form[: len(form) - len(ending)] if ending else form
            return [form, *(stem + o for o in others)]
    return [form]
