"""Data discipline: the offline engine's code, lexicons and tests hold no sentence of an eval article.

Rules, comments, word lists and test fixtures are composed, never copied: a run of seven
consecutive words (lower-cased ``\\w+`` tokens) of any article of ``evals/cases/`` (the dev
set), ``evals/holdout/``, ``evals/fresh/`` or the read ``evals/composed/`` cases found in
``summarizer/engines/offline/*.py``, ``summarizer/data/**/*.toml`` or ``tests/test_offline*.py`` fails this
test, naming the file, the words and the case. The locked split (``evals/locked/``) is never read, here or anywhere
rules are written.

``ALLOWED`` may hold the few seven-word runs that are the proper name of an institution and
nothing else, each with the reason it is there.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
N = 7
# the splits read while rules are written, as globs of case folders: never "locked", nor the composed cases held
# out (evals/composed/README.md: "ca-*", "cd-*", "cf-*", "cg-*", "ci-*", "cj-*", "cm-*", "cn-*", "cq-*", "cr-*", "cu-*"
# and "cv-*" are read; held-out text written later may share stock phrases with older tests, which would say nothing
# of copying), nor the held-out halves of evals/newsfolder ("ua-*" read, "ub-*" held out: evals/newsfolder/README.md)
# and evals/citizen ("va-*" read, "vb-*" held out: evals/citizen/README.md)
SPLITS = ("cases/*", "holdout/*", "fresh/*", "composed/ca-*", "composed/cd-*", "composed/cf-*", "composed/cg-*",
          "composed/ci-*", "composed/cj-*", "composed/cm-*", "composed/cn-*", "composed/cq-*", "composed/cr-*",
          "composed/cu-*", "composed/cv-*", "newsfolder/ua-*", "citizen/va-*")
WATCHED = ("summarizer/engines/offline/*.py", "summarizer/data/**/*.toml", "tests/test_offline*.py")
# seven-word runs allowed anyway: {"words of an institution's name": "why it must be spelled out"}
ALLOWED: dict[str, str] = {
    "organization for security and co operation in": "the OSCE's proper name, in the gazetteer's list of "
    "international bodies before the read composed case cg-3 (written in round 51) named it",
    "for security and co operation in europe": "the same name's last seven words",
    "the organization for security and co operation": "the same name after its article",
}


def runs(text: str, n: int = N) -> set[tuple[str, ...]]:
    """The runs of ``n`` consecutive words of ``text`` (lower-cased ``\\w+`` tokens)."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@cache
def article_runs() -> dict[tuple[str, ...], str]:
    """Every seven-word run of the dev and holdout articles, with the first case holding it."""
    out: dict[tuple[str, ...], str] = {}
    for split in SPLITS:
        for article in sorted((ROOT / "evals").glob(f"{split}/article.txt")):
            for run in runs(article.read_text(encoding="utf-8")):
                out.setdefault(run, f"{split.split('/')[0]}/{article.parent.name}")
    return out


def watched_files() -> list[Path]:
    return sorted({p for pattern in WATCHED for p in ROOT.glob(pattern) if p.is_file()})


def test_runs_are_lower_cased_word_tokens() -> None:
    assert runs("Le Maire a dit : « l'eau monte », vite.", 3) == {
        ("le", "maire", "a"), ("maire", "a", "dit"), ("a", "dit", "l"), ("dit", "l", "eau"), ("l", "eau", "monte"),
        ("eau", "monte", "vite")}


def test_the_watched_files_and_articles_are_there() -> None:
    names = {p.name for p in watched_files()}
    assert {"claims.py", "cues.py", "fr.toml", "en.toml", "test_offline.py"} <= names
    assert len(article_runs()) > 10_000


def test_the_allowlist_only_names_institutions() -> None:
    for words, reason in ALLOWED.items():
        assert len(words.split()) == N and reason.strip(), words


@pytest.mark.parametrize("path", watched_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_seven_words_of_an_eval_article(path: Path) -> None:
    known = article_runs()
    allowed = {tuple(words.split()) for words in ALLOWED}
    found = sorted((" ".join(run), known[run]) for run in runs(path.read_text(encoding="utf-8")) - allowed
                   if run in known)
    assert not found, f"{path.relative_to(ROOT)} holds words of eval articles: " + "; ".join(
        f"'{words}' ({case})" for words, case in found[:10])

