"""Gold eval cases: ``<case-id>/article.txt`` + ``<case-id>/gold.json``, loaded and checked.

The format is the eval format (README, section Eval) and ``evals/ANNOTATING.md``. Loading checks
it fully and reports every problem at once (:class:`~summarizer.errors.GoldFormatError`):

- ``kind`` is one of person, organization, country, group, other; actor names are unique;
- every claim ``speaker`` and every name in a disagreement side is the ``name`` of an actor;
- every ``quote`` and ``evidence`` string is a verbatim substring of article.txt;
- a disagreement has at least two sides, each naming at least one actor, and evidence.

Any folder in this format can be scored, so users can bring their own gold sets.
"""

from __future__ import annotations

import json
import re
import reprlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast, get_args

from ..errors import GoldFormatError
from ..schema import ActorKind

KINDS: tuple[str, ...] = get_args(ActorKind)
_TOP_KEYS = {"id", "language", "date", "source", "note", "actors", "claims", "disagreements"}
_ACTOR_KEYS = {"name", "kind", "aliases", "optional", "note"}
_CLAIM_KEYS = {"speaker", "quote", "note"}
_DISAGREEMENT_KEYS = {"topic", "sides", "evidence", "note"}
_DATE = re.compile(r"^\d{4}-\d{2}$")
_REPR = reprlib.Repr()  # bounded, never recursing deeply (a value quoted in a problem)
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother = 3, 80, 80


@dataclass(frozen=True)
class GoldActor:
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class GoldClaim:
    speaker: str  # the name of a GoldActor
    quote: str  # verbatim substring of the article


@dataclass(frozen=True)
class GoldDisagreement:
    topic: str
    sides: tuple[tuple[str, ...], ...]  # actor names per side
    evidence: tuple[str, ...]  # verbatim substrings of the article


@dataclass(frozen=True)
class GoldCase:
    """One eval case: the article exactly as received and its reference briefing."""

    id: str
    article: str
    language: str
    date: str | None
    source: str | None
    actors: tuple[GoldActor, ...]
    claims: tuple[GoldClaim, ...]
    disagreements: tuple[GoldDisagreement, ...]

    def actor(self, name: str) -> GoldActor:
        """The actor of this ``name`` (a validated case always has it)."""
        return next(a for a in self.actors if a.name == name)


class _Problems:
    """Collects format problems so that one error lists them all."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")

    def string(self, data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
        value = data.get(key)
        if value is None:
            if required:
                self.add(where, f"'{key}' is missing")
            return None
        if not isinstance(value, str) or not value.strip():
            self.add(where, f"'{key}' must be a non-empty string")
            return None
        return value

    def strings(self, value: Any, where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.add(where, "must be a list of non-empty strings")
            return ()
        return tuple(value)

    def keys(self, data: dict[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(set(data) - allowed)
        if unknown:
            self.add(where, f"unknown key(s) {', '.join(unknown)}")

    def objects(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.add(key, "must be a list of objects")
            return []
        return value


def _parse(case_id: str, article: str, data: Any) -> tuple[GoldCase | None, list[str]]:
    problems = _Problems()
    if not isinstance(data, dict):
        return None, ["gold.json must hold one JSON object"]
    problems.keys(data, _TOP_KEYS, "gold.json")
    if data.get("id", case_id) != case_id:
        problems.add("id", f"{_REPR.repr(data.get('id'))} differs from the folder name {case_id!r}")
    language = problems.string(data, "language", "gold.json") or ""
    date = problems.string(data, "date", "gold.json", required=False)
    if date is not None and not _DATE.match(date):
        problems.add("date", f"{date!r} is not YYYY-MM")
    source = problems.string(data, "source", "gold.json", required=False)

    actors: list[GoldActor] = []
    for i, raw in enumerate(problems.objects(data, "actors")):
        where = f"actors[{i}]"
        problems.keys(raw, _ACTOR_KEYS, where)
        name = problems.string(raw, "name", where)
        kind = problems.string(raw, "kind", where)
        if kind is not None and kind not in KINDS:
            problems.add(where, f"kind {kind!r} is not one of {', '.join(KINDS)}")
        aliases = problems.strings(raw.get("aliases", []), f"{where}.aliases")
        optional = raw.get("optional", False)
        if not isinstance(optional, bool):
            problems.add(where, "'optional' must be true or false")
            optional = False
        if name is not None:
            if any(a.name == name for a in actors):
                problems.add(where, f"actor name {name!r} is used twice")
            kind_ = cast(ActorKind, kind or "other")
            actors.append(GoldActor(name=name, kind=kind_, aliases=aliases, optional=optional))
    names = {a.name for a in actors}

    def verbatim(text: str, where: str) -> None:
        if text not in article:
            shown = text if len(text) <= 80 else text[:77] + "..."
            problems.add(where, f"not a verbatim substring of article.txt: {shown!r}")

    claims: list[GoldClaim] = []
    for i, raw in enumerate(problems.objects(data, "claims")):
        where = f"claims[{i}]"
        problems.keys(raw, _CLAIM_KEYS, where)
        speaker = problems.string(raw, "speaker", where)
        quote = problems.string(raw, "quote", where)
        if speaker is not None and speaker not in names:
            problems.add(where, f"speaker {speaker!r} is not the name of an actor")
        if quote is not None:
            verbatim(quote, where)
        if speaker is not None and quote is not None:
            claims.append(GoldClaim(speaker=speaker, quote=quote))

    disagreements: list[GoldDisagreement] = []
    for i, raw in enumerate(problems.objects(data, "disagreements")):
        where = f"disagreements[{i}]"
        problems.keys(raw, _DISAGREEMENT_KEYS, where)
        topic = problems.string(raw, "topic", where) or ""
        raw_sides = raw.get("sides")
        sides: list[tuple[str, ...]] = []
        if not isinstance(raw_sides, list) or len(raw_sides) < 2:
            problems.add(where, "'sides' must list at least two sides")
        else:
            for j, raw_side in enumerate(raw_sides):
                side = problems.strings(raw_side, f"{where}.sides[{j}]")
                if not side:
                    problems.add(f"{where}.sides[{j}]", "a side names at least one actor")
                for name in side:
                    if name not in names:
                        problems.add(f"{where}.sides[{j}]", f"{name!r} is not the name of an actor")
                sides.append(side)
        evidence = problems.strings(raw.get("evidence"), f"{where}.evidence")
        if not evidence:
            problems.add(where, "'evidence' must hold at least one quote")
        for j, text in enumerate(evidence):
            verbatim(text, f"{where}.evidence[{j}]")
        disagreements.append(GoldDisagreement(topic=topic, sides=tuple(sides), evidence=evidence))

    if problems.items:
        return None, problems.items
    case = GoldCase(
        id=case_id,
        article=article,
        language=language,
        date=date,
        source=source,
        actors=tuple(actors),
        claims=tuple(claims),
        disagreements=tuple(disagreements),
    )
    return case, []


def check_case(folder: str | Path) -> list[str]:
    """Every format problem of the case in ``folder`` (an empty list when it is valid)."""
    try:
        load_case(folder)
    except GoldFormatError as exc:
        return exc.problems
    return []


def load_case(folder: str | Path) -> GoldCase:
    """Load and validate one case folder; :class:`GoldFormatError` lists every problem."""
    path = Path(folder)
    article_path, gold_path = path / "article.txt", path / "gold.json"
    for needed in (article_path, gold_path):
        if not needed.is_file():
            raise GoldFormatError(f"{path}: {needed.name} is missing", [f"{needed.name} is missing"])
    try:
        # bytes decoded as is (newlines untouched): offsets index the article exactly
        article = article_path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        message = f"{article_path}: not UTF-8 ({exc.reason})"
        raise GoldFormatError(message, ["article.txt is not UTF-8"]) from None
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{gold_path}: not valid JSON ({exc})", [f"gold.json: {exc}"]) from None
    except RecursionError:  # json's parser recurses once per nesting level
        message = "nested too deeply to be a gold file (arrays or objects within each other past Python's limit)"
        raise GoldFormatError(f"{gold_path}: {message}", [f"gold.json: {message}"]) from None
    case, problems = _parse(path.name, article, data)
    if case is None:
        listed = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise GoldFormatError(f"{gold_path}: {listed}", problems)
    return case


def case_folders(root: str | Path) -> list[Path]:
    """The case folders under ``root`` (sub-folders holding article.txt or gold.json), sorted."""
    base = Path(root)
    if not base.is_dir():
        raise GoldFormatError(f"{base}: no such folder of eval cases")
    return sorted(
        p for p in base.iterdir() if p.is_dir() and ((p / "article.txt").exists() or (p / "gold.json").exists())
    )


def load_cases(root: str | Path) -> list[GoldCase]:
    """Every case under ``root``, sorted by id; a folder that is not a valid case is an error."""
    folders = case_folders(root)
    if not folders:
        raise GoldFormatError(f"{root}: holds no case folder (<case-id>/article.txt + gold.json)")
    return [load_case(p) for p in folders]
