"""``summarize batch collect`` on broken results and manifests (issue 13, "Tracebacks").

Before, a ``"response"`` that is not an object, one line of invalid UTF-8 (nothing written,
not even the lines before it) and a manifest that is ``[]`` or lacks ``"articles"`` each
crashed with a traceback. Now a bad result line is one line on stderr naming it, every good
line is still collected (exit 1), and a manifest that is not ``prepare``'s is one line and
exit 2 before anything is written.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from summarizer.article import parse
from summarizer.cli import main
from summarizer.schema import Briefing

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
FIXTURES = ROOT / "tests" / "fixtures"


def completion() -> dict[str, Any]:
    data = json.loads((FIXTURES / "draft_grounded.json").read_text(encoding="utf-8"))
    message = {"role": "assistant", "content": json.dumps(data["draft"], ensure_ascii=False)}
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
        "usage": data["usage"],
    }


def result(custom_id: object, response: object = "default", error: object = None) -> bytes:
    if response == "default":
        response = {"status_code": 200, "request_id": "req_1", "body": completion()}
    line = {"id": "batch_req_1", "custom_id": custom_id, "response": response, "error": error}
    return json.dumps(line, ensure_ascii=False).encode("utf-8")


@pytest.fixture
def batch(tmp_path: Path) -> tuple[Path, str, Path]:
    """(requests.jsonl, the seed's custom_id, a second article's custom_id's file), prepared."""
    second = tmp_path / "second.txt"
    second.write_text(SEED.read_text(encoding="utf-8") + "\n\nMise à jour.", encoding="utf-8")
    requests = tmp_path / "requests.jsonl"
    assert main(["batch", "prepare", str(SEED), str(second), "-o", str(requests), "--mode", "json_schema"]) == 0
    return requests, parse(SEED.read_text(encoding="utf-8")).sha256, second


def collect(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, requests: Path, lines: list[bytes]
) -> tuple[int, list[str], Path]:
    capsys.readouterr()
    results = tmp_path / "results.jsonl"
    results.write_bytes(b"".join(line + b"\n" for line in lines))
    out = tmp_path / "out"
    code = main(["batch", "collect", str(results), "--requests", str(requests), "-o", str(out)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.strip().splitlines(), out


def written(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir()) if out.exists() else []


@pytest.mark.parametrize("response", ["not an object", [1, 2], 42, None])
def test_a_response_that_is_not_an_object_is_one_line(
    response: object, batch: tuple[Path, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests, seed_id, second = batch
    second_id = parse(second.read_text(encoding="utf-8")).sha256
    code, err, out = collect(capsys, tmp_path, requests, [result(second_id, response), result(seed_id)])
    assert code == 1
    assert len(err) == 2, err
    assert err[0].startswith(f"summarize: line 1: {second.resolve()}: ") and '"response"' in err[0]
    assert err[1] == "summarize: 1 briefing(s) written, 1 invalid"
    assert written(out) == [f"{SEED.stem}.json"]


def test_a_response_body_that_is_not_an_object_is_one_line(
    batch: tuple[Path, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests, seed_id, _ = batch
    bad = result(seed_id, {"status_code": 200, "body": "text"})
    code, err, out = collect(capsys, tmp_path, requests, [bad])
    assert code == 1 and len(err) == 2 and '"response.body" is str, not an object' in err[0]
    assert written(out) == []


def test_one_invalid_utf8_line_spoils_nothing_else(
    batch: tuple[Path, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests, seed_id, second = batch
    second_id = parse(second.read_text(encoding="utf-8")).sha256
    broken = b'{"custom_id": "caf\xe9", "response": {}}'  # Latin-1 é
    code, err, out = collect(capsys, tmp_path, requests, [result(seed_id), broken, result(second_id)])
    assert code == 1
    assert err == ["summarize: line 2: not UTF-8 (invalid byte at offset 18)", err[-1]]
    assert err[-1] == "summarize: 2 briefing(s) written, 1 invalid"
    assert written(out) == sorted([f"{SEED.stem}.json", "second.json"])  # the lines before and after it
    text = SEED.read_text(encoding="utf-8")
    Briefing.model_validate_json((out / f"{SEED.stem}.json").read_bytes(), context={"article": text})


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"[]", "line 1: not a Batch API result (no custom_id)"),
        (b'"just a string"', "line 1: not a Batch API result (no custom_id)"),
        (b'{"custom_id": 7}', "line 1: not a Batch API result (no custom_id)"),
        (b'{"custom_id": "x", "response":', "line 1: not JSON, not a Batch API result"),
        (b"[" * 100_000 + b"]" * 100_000, "line 1: not JSON, not a Batch API result"),
    ],
)
def test_a_line_that_is_no_batch_result_is_one_line(
    line: bytes, reason: str, batch: tuple[Path, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests, seed_id, _ = batch
    code, err, out = collect(capsys, tmp_path, requests, [line, result(seed_id)])
    assert code == 1 and err == [f"summarize: {reason}", "summarize: 1 briefing(s) written, 1 invalid"]
    assert written(out) == [f"{SEED.stem}.json"]


def test_a_failed_request_is_one_line(
    batch: tuple[Path, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests, seed_id, _ = batch
    lines = [
        result(seed_id, None, {"code": "server_error", "message": "boom\nsecond line"}),
        result(seed_id, {"status_code": 500, "body": {"error": {"message": "x"}}}),
    ]
    code, err, out = collect(capsys, tmp_path, requests, lines)
    assert code == 1 and len(err) == 3
    assert "the batch request failed" in err[0] and "boom" in err[0]
    assert "the batch request failed (HTTP 500)" in err[1]
    assert written(out) == []


def test_an_overlong_line_is_skipped_in_bounded_memory(
    batch: tuple[Path, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.engines.llm import batch_api

    monkeypatch.setattr(batch_api, "MAX_LINE_BYTES", 1024 * 1024)
    requests, seed_id, _ = batch
    huge = b'{"custom_id": "' + b"x" * (3 * 1024 * 1024) + b'"}'
    code, err, out = collect(capsys, tmp_path, requests, [huge, result(seed_id)])
    assert code == 1 and err[0] == "summarize: line 1: longer than 1 MiB, not a Batch API result"
    assert written(out) == [f"{SEED.stem}.json"]


@pytest.mark.parametrize(
    ("manifest", "reason"),
    [
        (b"[]", "it holds list, not an object"),
        (b'{"model": "gpt-4o-mini", "mode": "json_schema"}', 'it has no "articles" object'),
        (b'{"model": "gpt-4o-mini", "mode": "json_schema", "articles": []}', 'it has no "articles" object'),
        (b'{"model": "gpt-4o-mini", "mode": "json_schema", "articles": {"a": 1}}', "something other than a file"),
        (b'{"mode": "json_schema", "articles": {}}', 'it has no "model" string'),
        (b'{"model": "gpt-4o-mini", "mode": "telepathy", "articles": {}}', "unknown mode 'telepathy'"),
        (b"{not json", "the batch manifest is not JSON"),
        (b'{"model": "caf\xe9"}', "the batch manifest is not JSON"),
        (b"[" * 100_000, "the batch manifest is not JSON"),
    ],
)
def test_a_manifest_that_is_not_prepares_is_one_line_and_exit_2(
    manifest: bytes,
    reason: str,
    batch: tuple[Path, str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    requests, seed_id, _ = batch
    path = requests.with_name(requests.name + ".manifest.json")
    path.write_bytes(manifest)
    code, err, out = collect(capsys, tmp_path, requests, [result(seed_id)])
    assert code == 2 and len(err) == 1, err
    assert err[0].startswith(f"summarize: {path}: ") and reason in err[0]
    assert written(out) == []


def test_a_manifest_that_is_a_fifo_is_refused_not_waited_on(
    batch: tuple[Path, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("POSIX FIFOs")
    requests, seed_id, _ = batch
    path = requests.with_name(requests.name + ".manifest.json")
    path.unlink()
    os.mkfifo(path)
    codes: list[int] = []
    results = tmp_path / "results.jsonl"
    results.write_bytes(result(seed_id) + b"\n")
    args = ["batch", "collect", str(results), "--requests", str(requests), "-o", str(tmp_path / "out")]
    worker = threading.Thread(target=lambda: codes.append(main(args)), daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))  # release the blocked reader
        pytest.fail("a FIFO manifest hung batch collect")
    err = capsys.readouterr().err.strip().splitlines()
    assert codes == [2] and err[-1] == f"summarize: {path}: the batch manifest is not a regular file"
