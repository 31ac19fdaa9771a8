"""A hostile gold.json is a GoldFormatError, never a RecursionError (issue 13, "Tracebacks").

JSON nested past Python's recursion limit made ``json.loads`` raise ``RecursionError``,
which escaped ``summarize eval`` as a traceback. A value quoted in a problem (the case
``id``) is shown bounded, however deep or long it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main
from summarizer.errors import GoldFormatError
from summarizer.evaluation.gold import check_case, load_case, load_cases

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (ROOT / "evals" / "cases" / "seed-000" / "article.txt").read_bytes()
DEEP = 100_000


def case(tmp_path: Path, gold: str, name: str = "deep") -> Path:
    folder = tmp_path / "cases" / name
    folder.mkdir(parents=True)
    (folder / "article.txt").write_bytes(ARTICLE)
    (folder / "gold.json").write_text(gold, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "gold",
    [
        "[" * DEEP + "]" * DEEP,
        '{"language": "fr", "actors": ' + "[" * DEEP + "]" * DEEP + "}",
        '{"id": ' + '{"a": ' * DEEP + "1" + "}" * DEEP + "}",
    ],
    ids=["array", "under_a_key", "objects"],
)
def test_deeply_nested_gold_is_a_gold_format_error(gold: str, tmp_path: Path) -> None:
    folder = case(tmp_path, gold)
    with pytest.raises(GoldFormatError, match="nested too deeply") as caught:
        load_case(folder)
    assert str(caught.value).startswith(f"{folder / 'gold.json'}: ")
    assert caught.value.problems == [f"gold.json: {str(caught.value).split(': ', 1)[1]}"]
    assert check_case(folder) == caught.value.problems
    with pytest.raises(GoldFormatError):
        load_cases(folder.parent)


def test_eval_on_a_deeply_nested_gold_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = case(tmp_path, "[" * DEEP + "]" * DEEP)
    code = main(["eval", "--engine", "offline", "--cases", str(folder.parent)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1, err
    assert err[0].startswith(f"summarize eval: {folder / 'gold.json'}: nested too deeply")


def test_a_deep_or_long_id_is_shown_bounded(tmp_path: Path) -> None:
    depth = 800  # within the parser's limit, but no message should quote it whole
    folder = case(tmp_path, '{"id": ' + "[" * depth + '"x"' + "]" * depth + ', "language": "fr"}')
    with pytest.raises(GoldFormatError) as caught:
        load_case(folder)
    (problem,) = caught.value.problems
    assert problem.startswith("id: [[[") and problem.endswith("differs from the folder name 'deep'")
    assert len(problem) < 200
    long_id = case(tmp_path, '{"id": "' + "x" * 10_000 + '", "language": "fr"}', name="long")
    with pytest.raises(GoldFormatError) as caught:
        load_case(long_id)
    assert len(caught.value.problems[0]) < 200
