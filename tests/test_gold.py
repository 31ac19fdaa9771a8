"""Every gold case of evals/ (cases, locked, holdout, fresh, composed, newsfolder,
citizen) follows the eval format (README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.errors import GoldFormatError
from summarizer.evaluation.gold import KINDS, case_folders, check_case, load_case

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ("cases", "locked", "holdout", "fresh", "composed", "newsfolder", "citizen")
CASE_DIRS = [folder for split in SPLITS for folder in case_folders(ROOT / "evals" / split)]


def _ids(paths: list[Path]) -> list[str]:
    return [f"{p.parent.name}/{p.name}" for p in paths]


def test_the_splits_have_enough_cases_from_enough_sources() -> None:
    dev = case_folders(ROOT / "evals" / "cases")
    locked = case_folders(ROOT / "evals" / "locked")
    assert len(dev) >= 50 and len(locked) >= 15
    for split in (dev, locked):
        sources = [json.loads((f / "gold.json").read_text(encoding="utf-8")).get("source", "") for f in split]
        kinds = {_source_kind(source) for source in sources}
        assert {"wikinews", "globalvoices", "voa"} <= kinds


def _source_kind(source: str) -> str:
    for kind, marker in (("wikinews", "wikinews"), ("globalvoices", "globalvoices"), ("voa", "voanews")):
        if marker in source:
            return kind
    return "other"


@pytest.mark.parametrize("folder", CASE_DIRS, ids=_ids(CASE_DIRS))
def test_case_follows_the_format(folder: Path) -> None:
    assert check_case(folder) == []


@pytest.mark.parametrize("folder", CASE_DIRS, ids=_ids(CASE_DIRS))
def test_quotes_are_verbatim_and_names_are_actors(folder: Path) -> None:
    # the same rules as the loader, spelled out on the raw JSON
    article = (folder / "article.txt").read_text(encoding="utf-8")
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    names = {a["name"] for a in gold["actors"]}
    assert all(a["kind"] in KINDS for a in gold["actors"])
    for claim in gold["claims"]:
        assert claim["speaker"] in names
        assert claim["quote"] in article
    for dis in gold["disagreements"]:
        assert len(dis["sides"]) >= 2
        assert all(side and set(side) <= names for side in dis["sides"])
        assert dis["evidence"] and all(e in article for e in dis["evidence"])


def _write_case(tmp_path: Path, gold: dict[str, object], article: str = "Alice: the sky is green.") -> Path:
    folder = tmp_path / "case-1"
    folder.mkdir()
    (folder / "article.txt").write_text(article, encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_loader_lists_every_problem(tmp_path: Path) -> None:
    folder = _write_case(
        tmp_path,
        {
            "id": "case-1",
            "language": "en",
            "actors": [{"name": "Alice", "kind": "human", "aliases": []}],
            "claims": [
                {"speaker": "Bob", "quote": "the sky is green"},
                {"speaker": "Alice", "quote": "the sky is blue"},
            ],
            "disagreements": [{"topic": "sky", "sides": [["Alice"]], "evidence": ["the sky"]}],
        },
    )
    with pytest.raises(GoldFormatError) as caught:
        load_case(folder)
    problems = "\n".join(caught.value.problems)
    assert "kind 'human'" in problems
    assert "speaker 'Bob' is not the name of an actor" in problems
    assert "not a verbatim substring of article.txt: 'the sky is blue'" in problems
    assert "at least two sides" in problems


def test_valid_small_case_loads(tmp_path: Path) -> None:
    folder = _write_case(
        tmp_path,
        {
            "id": "case-1",
            "language": "en",
            "actors": [{"name": "Alice", "kind": "person", "aliases": ["Al"], "optional": False}],
            "claims": [{"speaker": "Alice", "quote": "the sky is green"}],
            "disagreements": [],
        },
    )
    case = load_case(folder)
    assert case.id == "case-1"
    assert case.actor("Alice").aliases == ("Al",)
    assert case.claims[0].quote == "the sky is green"


def test_missing_gold_json_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "half-done"
    folder.mkdir()
    (folder / "article.txt").write_text("text", encoding="utf-8")
    assert check_case(folder) == ["gold.json is missing"]
