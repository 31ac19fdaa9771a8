"""Bad input, through the CLI and the Python API (issue 5, "Bad input").

Decisions, documented in README ("Command line") and ``summarizer/article.py``:

- Input must be UTF-8 (a BOM is dropped). Latin-1 / Windows-1252 are refused with a message
  saying how to convert (``iconv``), never guessed: a wrong guess would shift every offset.
- An HTML page is refused (its offsets would index markup): save the article as text.
- Articles longer than ``SUMMARIZER_MAX_CHARS`` (default 1,000,000 characters, spaCy's own
  limit) are refused; a bigger file is refused on its size, unread. Measured: the offline
  engine needs ~9 s for 100,000 characters and ~42 s for 300,000, so 10 MB would take hours
  (and spaCy refuses more than 1,000,000 characters outright).
- An article with no actors at all is not an error: it gets an empty-but-valid briefing.

Every refusal is one line ``summarize: FILE: reason`` and exit code 1; the other files of
the same call are still written.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summarizer
from summarizer.article import read_text
from summarizer.cli import main
from summarizer.engines.llm.draft import ArticleIndex, BriefingDraft, to_briefing
from summarizer.errors import (
    EmptyInputError,
    InputDecodeError,
    InputError,
    InputNotFoundError,
    SummarizerError,
)
from summarizer.grounding import NormalizedText, normalize
from summarizer.schema import Briefing, Meta, Source
from summarizer.settings import DEFAULT_MAX_CHARS

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
NO_ACTORS = "It rained all day on Tuesday. The river rose by two metres and several roads were closed.\n"
HTML_PAGE = (
    "<!DOCTYPE html>\n<html lang='fr'><head><title>Le Monde</title></head>\n"
    "<body><p>Le ministre a déclaré que la réforme était nécessaire.</p></body></html>\n"
)
HTML_WITHOUT_DOCTYPE = "".join(f"<div class='x'><p>Paragraph {n} of the page.</p></div>\n" for n in range(30))


def _ten_megabytes() -> bytes:
    seed = SEED.read_bytes()
    return seed * (10_000_000 // len(seed) + 1)


# name -> (file content, error type, what the one-line message says)
BAD_FILES: dict[str, tuple[Callable[[], bytes], type[SummarizerError], str]] = {
    "empty": (lambda: b"", EmptyInputError, "the article is empty"),
    "whitespace": (lambda: " \n\t\u00a0\u2003\r\n".encode(), EmptyInputError, "the article is empty"),
    "binary": (lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", InputDecodeError, "binary file, not text"),
    "latin1": (lambda: "Le ministre a déclaré à Genève.".encode("latin-1"), InputDecodeError, "not UTF-8"),
    "cp1252": (lambda: "The minister’s “reform” – again.".encode("cp1252"), InputDecodeError, "not UTF-8"),
    "ten_mb": (_ten_megabytes, InputError, "over the limit of 1,000,000 characters"),
    "html": (lambda: HTML_PAGE.encode(), InputError, "looks like an HTML page"),
    "html_fragment": (lambda: HTML_WITHOUT_DOCTYPE.encode(), InputError, "looks like an HTML page"),
}


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, list[str], str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.err.strip().splitlines(), captured.out


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_bytes(SEED.read_bytes())
    return path


def assert_bad_line_and_good_output(
    code: int, err: list[str], bad: str, reason: str, out_dir: Path, *, written: list[str] | None = None
) -> None:
    *lines, summary = err
    assert code == 1
    assert lines == [line for line in lines if line.startswith("summarize: ")]  # one line per problem
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"summarize: {bad}: ") and reason in lines[0]
    assert "1 done" in summary and "1 failed" in summary
    assert sorted(p.name for p in out_dir.iterdir()) == (written or ["good.json"])  # and no temp file


# -- CLI: one bad input beside a good one ---------------------------------------------------------


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_cli_bad_file_fails_alone(name: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, good: Path) -> None:
    content, _error, reason = BAD_FILES[name]
    bad = tmp_path / f"{name}.txt"
    bad.write_bytes(content())
    started = time.perf_counter()
    code, err, _ = run_cli(capsys, bad, good, "-o", tmp_path / "out")
    assert time.perf_counter() - started < 60  # the 10 MB file is refused on its size, not parsed
    assert_bad_line_and_good_output(code, err, str(bad), reason, tmp_path / "out")


def test_cli_missing_path(capsys: pytest.CaptureFixture[str], tmp_path: Path, good: Path) -> None:
    missing = tmp_path / "missing.txt"
    code, err, _ = run_cli(capsys, missing, good, "-o", tmp_path / "out")
    assert_bad_line_and_good_output(code, err, str(missing), "no such file", tmp_path / "out")


def test_cli_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path, good: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    code, err, _ = run_cli(capsys, folder, good, "-o", tmp_path / "out")
    assert_bad_line_and_good_output(code, err, str(folder), "is a directory", tmp_path / "out")


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads a chmod 000 file; see the simulated test below"
)
def test_cli_unreadable_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, good: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_bytes(SEED.read_bytes())
    locked.chmod(0)
    code, err, _ = run_cli(capsys, locked, good, "-o", tmp_path / "out")
    assert_bad_line_and_good_output(code, err, str(locked), "cannot be read (Permission denied)", tmp_path / "out")


@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file whose reading fails with EACCES, as chmod 000 does for a user other than root."""
    path = tmp_path / "locked.txt"
    path.write_bytes(SEED.read_bytes())
    real = os.open

    def fake_open(file: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
        if Path(file).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(file))
        return real(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    return path


def test_cli_unreadable_file_simulated(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, good: Path, locked: Path
) -> None:
    code, err, _ = run_cli(capsys, locked, good, "-o", tmp_path / "out")
    assert_bad_line_and_good_output(code, err, str(locked), "cannot be read (Permission denied)", tmp_path / "out")


def test_cli_glob_matching_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path, good: Path) -> None:
    pattern = tmp_path / "nothing-*.txt"
    code, err, _ = run_cli(capsys, pattern, good, "-o", tmp_path / "out")
    assert code == 1
    assert err[0] == f"summarize: {pattern}: no file matches this pattern"
    assert "1 done" in err[-1] and "1 failed" in err[-1]
    # one file matched: -o names the output file itself
    Briefing.model_validate_json((tmp_path / "out").read_text(encoding="utf-8"))


def test_cli_utf8_bom_is_accepted_and_offsets_index_the_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes())
    code, err, out = run_cli(capsys, bom)
    assert (code, err) == (0, [])
    text = SEED.read_text(encoding="utf-8")
    briefing = Briefing.model_validate_json(out, context={"article": text})  # validates every offset
    assert briefing.source.chars == len(text) and briefing.claims


def test_cli_article_without_actors_is_an_empty_briefing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    calm = tmp_path / "weather.txt"
    calm.write_text(NO_ACTORS, encoding="utf-8")
    code, err, out = run_cli(capsys, calm)
    assert (code, err) == (0, [])
    briefing = Briefing.model_validate_json(out, context={"article": NO_ACTORS})
    assert briefing.actors == [] and briefing.claims == [] and briefing.summary


def test_cli_all_bad_inputs_at_once(capsys: pytest.CaptureFixture[str], tmp_path: Path, good: Path) -> None:
    bad = []
    for name, (content, _error, _reason) in BAD_FILES.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(content())
        bad.append(path)
    code, err, _ = run_cli(capsys, *bad, tmp_path / "missing.txt", tmp_path / "none-*.txt", good, "-o", tmp_path / "o")
    assert code == 1
    *lines, summary = err
    assert len(lines) == len(BAD_FILES) + 2
    assert f"1 done (0 from cache), 0 already current, {len(BAD_FILES) + 2} failed" in summary
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["good.json"]


def test_cli_size_limit_can_be_raised_and_the_offline_engine_still_refuses_past_spacy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_CHARS", "20000000")
    big = tmp_path / "big.txt"
    big.write_bytes(_ten_megabytes())
    code, err, _ = run_cli(capsys, big, good, "-o", tmp_path / "out")
    assert_bad_line_and_good_output(code, err, str(big), "the offline engine reads at most 1,000,000", tmp_path / "out")


def test_cli_bad_size_limit_is_a_configuration_error(
    capsys: pytest.CaptureFixture[str], good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_CHARS", "lots")
    code, err, _ = run_cli(capsys, good)
    assert code == 2 and len(err) == 1 and "SUMMARIZER_MAX_CHARS must be a whole number" in err[0]


# -- Python API -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_api_bad_file_raises_a_typed_error_naming_the_file(name: str, tmp_path: Path) -> None:
    content, error, reason = BAD_FILES[name]
    bad = tmp_path / f"{name}.txt"
    bad.write_bytes(content())
    with pytest.raises(error, match=reason) as caught:
        summarizer.summarize_file(bad, engine="offline")
    assert str(caught.value).startswith(f"{bad}: ")


@pytest.mark.parametrize("name", ["empty", "whitespace", "ten_mb", "html", "html_fragment"])
def test_api_bad_text_raises_a_typed_error(name: str) -> None:
    content, error, reason = BAD_FILES[name]
    with pytest.raises(error, match=reason):
        summarizer.summarize(content().decode("utf-8"), engine="offline")


def test_api_missing_directory_and_unreadable(tmp_path: Path, locked: Path) -> None:
    with pytest.raises(InputNotFoundError, match="no such file"):
        summarizer.summarize_file(tmp_path / "missing.txt", engine="offline")
    with pytest.raises(InputNotFoundError, match="is a directory"):
        summarizer.summarize_file(tmp_path, engine="offline")
    with pytest.raises(InputNotFoundError, match="cannot be read"):
        summarizer.summarize_file(locked, engine="offline")


def test_api_bom_and_no_actors() -> None:
    text = SEED.read_text(encoding="utf-8")
    briefing = summarizer.summarize(NO_ACTORS, engine="offline")
    assert briefing.actors == [] and briefing.claims == []
    assert read_text(SEED) == text


def test_api_many_reports_each_bad_input_and_summarises_the_rest(tmp_path: Path, good: Path) -> None:
    inputs: list[str | Path] = []
    for name, (content, _error, _reason) in BAD_FILES.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(content())
        inputs.append(path)
    inputs += [tmp_path / "missing.txt", tmp_path, "   ", good, NO_ACTORS]
    outcomes = sorted(summarizer.summarize_many(inputs, engine="offline"), key=lambda o: o.index)
    failed = [o for o in outcomes if o.error is not None]
    assert len(failed) == len(BAD_FILES) + 3
    assert all(isinstance(o.error, InputError) for o in failed)
    assert [o.source for o in outcomes if o.briefing is not None] == [good, NO_ACTORS]


def test_default_size_limit_is_spacys() -> None:
    assert DEFAULT_MAX_CHARS == 1_000_000


def test_an_article_quoting_a_tag_or_two_is_not_html() -> None:
    text = "The site was defaced with a <script> tag, the minister said. Experts found a <div> too."
    briefing = summarizer.summarize(text, engine="offline")
    for ev in briefing.evidence():
        assert text[ev.start : ev.end] == ev.quote


# -- property-based: nothing but SummarizerError escapes, evidence is exact ---------------------------

QUOTES = "\"'«»“”„‘’‚‹›`´"
PUNCT = ".,;:!?…—–-()[]{}<>/\\|@#%&*+=~^_ \u00a0\u202f\u2009\n\t\r"
text_strategy = st.lists(
    st.one_of(
        st.text(min_size=1, max_size=40),  # any unicode (no surrogates)
        st.text(alphabet=QUOTES + PUNCT, min_size=1, max_size=10),
        st.sampled_from(
            ["Le ministre a déclaré", "said", "selon", "« nous refusons »", "Trump", "Paris", "\ufeff", "a-t-il dit"]
        ),
    ),
    min_size=1,
    max_size=40,
).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=text_strategy, data=st.data())
def test_grounding_of_random_text_is_exact(article: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(article)))
    end = data.draw(st.integers(start, len(article)))
    quote = data.draw(st.one_of(st.just(article[start:end]), text_strategy))
    normalized = NormalizedText(article)
    for span in normalized.find_all(quote):
        assert normalize(article[span.start : span.end]) == normalize(quote)
    # the LLM path: a draft quoting the article is grounded with exact offsets, or refused
    draft = {"summary": "s", "actors": [{"id": "a", "name": "A", "kind": "person"}]}
    draft["claims"] = [{"id": "c1", "speaker": "a", "quote": quote}]
    try:
        validated = BriefingDraft.model_validate(draft, context={"article": article})
    except ValueError:  # pydantic's ValidationError: not in the article, blank, or not a meaningful span
        with pytest.raises(ValueError):
            ArticleIndex(article).place(quote)
        return
    briefing = to_briefing(
        validated, article, source=Source(sha256="0" * 64, language="en", chars=len(article)), meta=Meta(engine="llm")
    )
    for ev in briefing.evidence():
        assert article[ev.start : ev.end] == ev.quote


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=text_strategy)
def test_offline_engine_on_random_text(article: str) -> None:
    try:
        briefing = summarizer.summarize(article, engine="offline")
    except SummarizerError:
        return  # typed refusal (blank text, ...): fine
    for ev in briefing.evidence():
        assert article[ev.start : ev.end] == ev.quote
