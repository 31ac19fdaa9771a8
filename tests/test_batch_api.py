"""OpenAI Batch API files: requests in the Batch format, results validated into briefings."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from summarizer.article import parse
from summarizer.cli import main
from summarizer.engines.llm.local_server import MODEL_ALIAS
from summarizer.schema import Briefing

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def prepare(tmp_path: Path, *extra: str) -> tuple[Path, list[dict[str, Any]]]:
    requests = tmp_path / "requests.jsonl"
    assert main(["batch", "prepare", str(SEED), "-o", str(requests), *extra]) == 0
    return requests, [json.loads(line) for line in requests.read_text(encoding="utf-8").splitlines()]


def result_line(custom_id: str, completion: dict[str, Any]) -> str:
    """A line of the Batch API's output format."""
    response = {"status_code": 200, "request_id": "req_1", "body": completion}
    return json.dumps({"id": "batch_req_1", "custom_id": custom_id, "response": response, "error": None})


def completion_of(fixture: str) -> dict[str, Any]:
    """A chat completion whose content is a hand-written draft from tests/fixtures/."""
    data = json.loads((FIXTURES / f"{fixture}.json").read_text(encoding="utf-8"))
    message = {"role": "assistant", "content": json.dumps(data["draft"], ensure_ascii=False)}
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
        "usage": data["usage"],
    }


def test_prepare_writes_batch_api_request_lines(tmp_path: Path) -> None:
    requests, lines = prepare(tmp_path, "--model", "gpt-4o-mini")
    assert len(lines) == 1
    line = lines[0]
    assert set(line) == {"custom_id", "method", "url", "body"}
    assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
    assert line["custom_id"] == parse(SEED.read_text(encoding="utf-8")).sha256
    body = line["body"]
    assert body["model"] == "gpt-4o-mini"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "<<<ARTICLE " in body["messages"][1]["content"]  # the article itself, rendered
    assert body["tool_choice"]["function"]["name"] == body["tools"][0]["function"]["name"]
    manifest = json.loads(requests.with_name("requests.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert manifest["articles"] == {line["custom_id"]: str(SEED.resolve())}


def test_collect_writes_valid_briefings_and_lists_invalid_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests, lines = prepare(tmp_path, "--mode", "json_schema")
    sha = lines[0]["custom_id"]
    results = tmp_path / "results.jsonl"
    results.write_text(
        result_line(sha, completion_of("draft_grounded"))
        + "\n"
        + result_line(sha, completion_of("draft_ungrounded_quote"))
        + "\n"
        + result_line("unknown-article", completion_of("draft_grounded"))
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"

    assert main(["batch", "collect", str(results), "--requests", str(requests), "-o", str(out)]) == 1

    err = capsys.readouterr().err
    assert "not verbatim in the article" in err  # the ungrounded answer, with its reason
    assert "unknown-article: no such article" in err
    assert "1 briefing(s) written, 2 invalid" in err
    text = SEED.read_text(encoding="utf-8")
    briefing = Briefing.model_validate_json(
        (out / f"{SEED.stem}.json").read_text(encoding="utf-8"), context={"article": text}
    )
    assert briefing.meta.usage.calls == 1


@pytest.mark.server
@pytest.mark.slow
def test_results_recorded_from_the_local_server_are_collected(
    local_server: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests, lines = prepare(tmp_path, "--model", MODEL_ALIAS)
    results = tmp_path / "results.jsonl"
    with results.open("w", encoding="utf-8") as handle:
        for line in lines:
            body = {**line["body"], "max_tokens": 256}
            request = urllib.request.Request(
                local_server.base_url + "/chat/completions",
                data=json.dumps(body).encode(),
                headers={"content-type": "application/json"},
            )
            with urllib.request.urlopen(request, timeout=600) as reply:
                handle.write(result_line(line["custom_id"], json.loads(reply.read())) + "\n")

    code = main(["batch", "collect", str(results), "--requests", str(requests), "-o", str(tmp_path / "out")])

    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code == 0:
        assert "1 briefing(s) written, 0 invalid" in err
        Briefing.model_validate_json((tmp_path / "out" / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    else:
        # the tiny model's answer did not validate: named, with its reason, nothing written
        assert code == 1 and "0 briefing(s) written, 1 invalid" in err
        assert f"{SEED}: " in err
