"""The briefing cache does not trust its entries (issue 13, "Trust boundaries").

An entry is served only when it is what its key names — this article's sha256, this
engine, model and prompt hash — and a regular file; cache files are created 0600 and their
folders 0700. Before, a briefing of another article (or of another engine) copied under
this article's key was returned as is, and a FIFO in place of an entry hung the run.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer import summarize_many
from summarizer.article import parse
from summarizer.batch import Outcome
from summarizer.cache import BriefingCache, cache_key
from summarizer.cli import main
from summarizer.engines.llm import LLMEngine
from summarizer.schema import Briefing

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = (ROOT / "seeds" / "000_8203fcc26b8d55c1.txt").read_text(encoding="utf-8")
# two articles the hand-written draft grounds in: a briefing of one also validates against the other
FIRST, SECOND = SEED_TEXT + "\n\nMise à jour 1.", SEED_TEXT + "\n\nMise à jour 2."


@pytest.fixture
def engine(scripted_server: object) -> LLMEngine:
    return LLMEngine(
        base_url=scripted_server.base_url,  # type: ignore[attr-defined]
        api_key="sk-test-not-a-real-key",
        model="gpt-4o-mini",
        mode="json_schema",
        http_retries=0,
    )


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def entry(cache: Path, engine: LLMEngine, text: str) -> Path:
    model, prompt = engine.cache_identity(parse(text))
    key = cache_key(engine="llm", model=model, prompt_sha256=prompt, article_sha256=parse(text).sha256)
    return cache / key[:2] / f"{key}.json"


def run(engine: LLMEngine, text: str, cache: Path) -> Outcome:
    (outcome,) = summarize_many([text], engine=engine, cache=cache)
    assert outcome.error is None, outcome.error
    return outcome


def test_a_briefing_of_another_article_under_this_key_is_not_served(
    scripted_server: object, engine: LLMEngine, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    for _ in range(3):
        scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    first = run(engine, FIRST, cache)
    run(engine, SECOND, cache)
    planted = entry(cache, engine, FIRST).read_bytes()
    entry(cache, engine, SECOND).write_bytes(planted)  # FIRST's briefing under SECOND's key
    assert Briefing.model_validate_json(planted, context={"article": SECOND})  # it does ground in SECOND

    again = run(engine, SECOND, cache)

    assert not again.cached and len(scripted_server.requests) == 3  # type: ignore[attr-defined]
    assert again.briefing is not None and again.briefing.source.sha256 == parse(SECOND).sha256
    assert first.briefing is not None and first.briefing.source.sha256 != again.briefing.source.sha256
    served = Briefing.model_validate_json(entry(cache, engine, SECOND).read_bytes())
    assert served.source.sha256 == parse(SECOND).sha256  # the planted entry was replaced


def test_a_briefing_of_another_engine_under_this_key_is_not_served(
    scripted_server: object, engine: LLMEngine, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    offline = summarize_many([FIRST], engine="offline")
    (outcome,) = offline
    assert outcome.briefing is not None and outcome.briefing.meta.engine == "offline"
    path = entry(cache, engine, FIRST)
    path.parent.mkdir(parents=True)
    path.write_text(outcome.briefing.model_dump_json(), encoding="utf-8")  # same article, offline engine
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]

    again = run(engine, FIRST, cache)

    assert not again.cached and len(scripted_server.requests) == 1  # type: ignore[attr-defined]
    assert again.briefing is not None and again.briefing.meta.engine == "llm"


@pytest.mark.parametrize(
    ("field", "value"), [("model", "gpt-4o"), ("prompt_sha256", "0" * 64), ("schema_version", "1")]
)
def test_an_entry_of_another_model_prompt_or_schema_is_not_served(
    field: str, value: str, scripted_server: object, engine: LLMEngine, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    made = run(engine, FIRST, cache)
    assert made.briefing is not None
    forged = made.briefing.model_copy(update={"meta": made.briefing.meta.model_copy(update={field: value})})
    entry(cache, engine, FIRST).write_text(forged.model_dump_json(), encoding="utf-8")
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]

    again = run(engine, FIRST, cache)

    assert not again.cached and len(scripted_server.requests) == 2  # type: ignore[attr-defined]


def test_a_genuine_entry_is_still_served(scripted_server: object, engine: LLMEngine, tmp_path: Path) -> None:
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    first = run(engine, FIRST, tmp_path / "cache")
    second = run(engine, FIRST, tmp_path / "cache")
    assert second.cached and second.briefing == first.briefing
    assert len(scripted_server.requests) == 1  # type: ignore[attr-defined]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX permissions and FIFOs")
def test_cache_files_are_0600_in_folders_0700(
    scripted_server: object, engine: LLMEngine, tmp_path: Path, umask_022: None
) -> None:
    cache = tmp_path / "cache"
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    run(engine, FIRST, cache)
    path = entry(cache, engine, FIRST)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_in_place_of_an_entry_is_skipped_not_waited_on(
    scripted_server: object, engine: LLMEngine, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    path = entry(cache, engine, FIRST)
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    outcomes: list[Outcome] = []
    worker = threading.Thread(target=lambda: outcomes.extend(summarize_many([FIRST], engine=engine, cache=cache)))
    worker.daemon = True
    worker.start()
    worker.join(30)
    if worker.is_alive():
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))  # release the blocked reader
        pytest.fail("a FIFO in the cache hung the run")
    assert len(outcomes) == 1 and outcomes[0].briefing is not None and not outcomes[0].cached
    assert stat.S_ISREG(path.lstat().st_mode)  # replaced by the real entry


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symlinks")
def test_a_symlink_or_an_oversized_file_in_place_of_an_entry_is_skipped(
    scripted_server: object, engine: LLMEngine, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    genuine = run(engine, FIRST, cache).briefing
    assert genuine is not None
    path = entry(cache, engine, FIRST)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(elsewhere)
    store = BriefingCache(cache)
    key = path.stem
    assert store.get(key, FIRST) is None
    path.unlink()
    from summarizer.cache import MAX_ENTRY_BYTES

    with open(path, "wb") as handle:  # sparse: a huge size, nothing written
        handle.truncate(MAX_ENTRY_BYTES + 1)
    assert store.get(key, FIRST) is None


def test_cli_run_serves_only_its_own_article_from_the_cache(
    scripted_server: object, engine: LLMEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(cache))
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.base_url)  # type: ignore[attr-defined]
    monkeypatch.setenv("SUMMARIZER_MODE", "json_schema")
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    for _ in range(3):
        scripted_server.reply_fixture("draft_grounded")  # type: ignore[attr-defined]
    assert main([str(first), str(second), "-o", str(tmp_path / "out"), "--model", "gpt-4o-mini"]) == 0
    entry(cache, engine, SECOND).write_bytes(entry(cache, engine, FIRST).read_bytes())
    (tmp_path / "out" / "second.json").unlink()

    assert main([str(second), "-o", str(tmp_path / "out" / "second.json"), "--model", "gpt-4o-mini"]) == 0

    written = Briefing.model_validate_json((tmp_path / "out" / "second.json").read_bytes())
    assert written.source.sha256 == parse(SECOND).sha256
    assert len(scripted_server.requests) == 3  # type: ignore[attr-defined]
