"""Cassettes: recorded HTTP exchanges of the openai client, replayed for deterministic evals.

Plug a :class:`CassetteTransport` into the client::

    transport = CassetteTransport("evals/cassettes/gemma-3-270m", mode="replay")
    client = openai.OpenAI(base_url=..., api_key="not-needed",
                           http_client=httpx.Client(transport=transport))
    with transport.case("seed-000"):
        ...  # every request now goes to evals/cassettes/gemma-3-270m/seed-000.json

One JSON file per case, written with ``ensure_ascii=False`` and indentation: request and
response bodies are stored parsed, unicode as is (no quote or space normalisation).

**Matching** is on the method, the URL path and the request body's ``model``, ``messages``,
``response_format``, ``tools`` and ``tool_choice``: a changed prompt, schema or model shows
up as a missing recording, never as a silent replay. Identical requests are replayed in the
order they were recorded.

**Secrets** are never written: no request header at all, only the response headers of
:data:`KEPT_RESPONSE_HEADERS`, and of the URL only the scheme, host, port and path (no user
info, no query string).

**Modes**: ``record`` forwards every request to the real transport and writes the case's
cassette afresh; ``replay`` never touches the network, and a request with no recording
raises :class:`~summarizer.errors.CassetteMissError` naming the case and the prompt hash;
``record-missing`` replays what exists and records the rest. Inside the openai client a
transport error is turned into a connection error, so :meth:`CassetteTransport.case`
re-raises the miss itself when the case ends.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, get_args

import httpx

from ..atomic import write_text
from ..engines.llm.prompting import prompt_sha256 as current_prompt_sha256
from ..errors import CassetteMissError, ConfigurationError

Mode = Literal["record", "replay", "record-missing"]
MODES: tuple[str, ...] = get_args(Mode)
KEPT_RESPONSE_HEADERS = ("content-type",)
MATCHED_FIELDS = ("model", "messages", "response_format", "tools", "tool_choice")
FORMAT_VERSION = 1


def model_slug(model: str) -> str:
    """A folder name for a model: ``"ggml-org/Gemma 3:270m"`` → ``"ggml-org-gemma-3-270m"``."""
    return re.sub(r"[^a-z0-9._-]+", "-", model.lower()).strip("-.") or "model"


def _body(raw: bytes) -> dict[str, Any]:
    """A body stored parsed when it is JSON, else as text."""
    text = raw.decode("utf-8", errors="replace")
    try:
        return {"body": json.loads(text)} if text else {}
    except json.JSONDecodeError:
        return {"body_text": text}


def _match_key(method: str, path: str, stored: dict[str, Any]) -> str:
    body = stored.get("body")
    fields = {k: body.get(k) for k in MATCHED_FIELDS} if isinstance(body, dict) else {"text": stored}
    return json.dumps([method.upper(), path, fields], sort_keys=True, ensure_ascii=False)


def _key_of(interaction: dict[str, Any]) -> str:
    request = interaction["request"]
    return _match_key(str(request["method"]), str(request["path"]), request)


def recorded_base_url(folder: str | Path) -> str | None:
    """The server URL the cassettes of ``folder`` were recorded from (no credentials), if any."""
    for path in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("base_url"), str):
            return str(data["base_url"])
    return None


def recorded_settings(folder: str | Path) -> dict[str, Any]:
    """The engine settings (mode, attempts, max_tokens) the cassettes of ``folder`` were
    recorded with; for older cassettes without them, the mode read off the requests."""
    for path in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict):
            continue
        if isinstance(data.get("engine_settings"), dict) and data["engine_settings"]:
            return dict(data["engine_settings"])
        for interaction in data.get("interactions", []):
            body = interaction.get("request", {}).get("body")
            if isinstance(body, dict) and "tools" in body:
                return {"mode": "tools"}
            if isinstance(body, dict) and isinstance(body.get("response_format"), dict):
                return {"mode": str(body["response_format"].get("type"))}
    return {}


def recorded_models(root: str | Path) -> list[str]:
    """Model folders under a cassette root holding at least one cassette, most cases first."""
    base = Path(root)
    if not base.is_dir():
        return []
    counts = {p.name: len(list(p.glob("*.json"))) for p in base.iterdir() if p.is_dir()}
    return sorted((name for name, n in counts.items() if n), key=lambda name: (-counts[name], name))


class CassetteTransport(httpx.BaseTransport):
    """An httpx transport that records and replays exchanges, one cassette file per case."""

    def __init__(
        self,
        folder: str | Path,
        *,
        mode: Mode = "replay",
        real: httpx.BaseTransport | None = None,
        prompt_sha256: str | None = None,
    ) -> None:
        if mode not in MODES:
            raise ConfigurationError(f"unknown cassette mode {mode!r}; choose one of {', '.join(MODES)}")
        self.folder = Path(folder)
        self.mode: Mode = mode
        self._real = real
        self.prompt_sha256 = prompt_sha256 or current_prompt_sha256()
        self._case: str | None = None
        self._stored: list[dict[str, Any]] = []  # what the cassette file held
        self._used: set[int] = set()  # indexes of stored exchanges replayed in this case
        self._session: list[dict[str, Any]] = []  # exchanges of this case, in order
        self._recorded = 0
        self._meta: dict[str, Any] = {}
        self.miss: CassetteMissError | None = None
        # the engine settings the requests depend on (mode, attempts, max_tokens), written
        # into each cassette so that a replay runs the engine the way it was recorded
        self.settings: dict[str, Any] = {}

    # ------------------------------------------------------------------ cases

    def path(self, case_id: str) -> Path:
        """The cassette file of a case."""
        return self.folder / f"{case_id}.json"

    @contextmanager
    def case(self, case_id: str) -> Iterator[None]:
        """Route every request made inside the block to the cassette of ``case_id``.

        If a request found no recording, the :class:`CassetteMissError` is raised when the
        block ends, whatever the client made of it in between.
        """
        self._open(case_id)
        try:
            yield
        finally:
            miss, self.miss = self.miss, None
            self._close()
            if miss is not None:
                raise miss

    def _open(self, case_id: str) -> None:
        self._case = case_id
        self._stored, self._used, self._session, self._recorded = [], set(), [], 0
        self._meta = {}
        self.miss = None
        path = self.path(case_id)
        if self.mode != "record" and path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ConfigurationError(f"{path}: unreadable cassette ({exc})") from None
            if not isinstance(data, dict) or not isinstance(data.get("interactions"), list):
                raise ConfigurationError(f"{path}: not a cassette (no 'interactions' list)")
            self._meta = {k: v for k, v in data.items() if k != "interactions"}
            self._stored = [i for i in data["interactions"] if isinstance(i, dict)]

    def _close(self) -> None:
        self._case = None

    def _write(self) -> None:
        assert self._case is not None
        first = self._session[0]["request"].get("body", {}) if self._session else {}
        data = {
            "format": FORMAT_VERSION,
            "case": self._case,
            "model": first.get("model") if isinstance(first, dict) else None,
            "prompt_sha256": self.prompt_sha256,
            "base_url": self._meta.get("base_url"),
            "engine_settings": self.settings,
            "interactions": self._session,
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        write_text(self.path(self._case), json.dumps(data, ensure_ascii=False, indent=2) + "\n")

    # ------------------------------------------------------------------ transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._case is None:
            raise ConfigurationError("cassette: no case selected; wrap the call in transport.case(case_id)")
        stored_request = {"method": request.method, "path": request.url.path, **_body(request.read())}
        key = _match_key(request.method, request.url.path, stored_request)
        if self.mode != "record":
            for index, interaction in enumerate(self._stored):
                if index not in self._used and _key_of(interaction) == key:
                    self._used.add(index)
                    self._session.append(interaction)
                    return self._replay(interaction)
            if self.mode == "replay":
                self.miss = self._miss_error(stored_request, key)
                raise self.miss
        return self._record(request, stored_request)

    def _replay(self, interaction: dict[str, Any]) -> httpx.Response:
        response = interaction.get("response", {})
        headers = {k: v for k, v in dict(response.get("headers", {})).items() if k in KEPT_RESPONSE_HEADERS}
        if "body" in response:
            content = json.dumps(response["body"], ensure_ascii=False).encode("utf-8")
            headers.setdefault("content-type", "application/json")
        else:
            content = str(response.get("body_text", "")).encode("utf-8")
        return httpx.Response(status_code=int(response.get("status", 200)), headers=headers, content=content)

    def _record(self, request: httpx.Request, stored_request: dict[str, Any]) -> httpx.Response:
        if self._real is None:
            self._real = httpx.HTTPTransport()
        upstream = self._real.handle_request(request)
        try:
            content = upstream.read()  # decoded: content-encoding is undone here
        finally:
            upstream.close()
        headers = {k: v for k, v in upstream.headers.items() if k.lower() in KEPT_RESPONSE_HEADERS}
        url = request.url
        port = f":{url.port}" if url.port else ""
        prefix = url.path.rsplit("/chat/completions", 1)[0] if url.path.endswith("/chat/completions") else ""
        self._meta["base_url"] = f"{url.scheme}://{url.host}{port}{prefix}"
        self._session.append(
            {
                "request": stored_request,
                "response": {"status": upstream.status_code, "headers": headers, **_body(content)},
            }
        )
        self._recorded += 1
        self._write()
        return httpx.Response(status_code=upstream.status_code, headers=headers, content=content)

    def _miss_error(self, stored_request: dict[str, Any], key: str) -> CassetteMissError:
        assert self._case is not None
        path = self.path(self._case)
        body = stored_request.get("body")
        model = body.get("model") if isinstance(body, dict) else None
        if not path.is_file():
            why = "no cassette file"
        elif self._meta.get("prompt_sha256") not in (None, self.prompt_sha256):
            why = f"the cassette was recorded with prompt {str(self._meta['prompt_sha256'])[:12]}"
        elif any(_key_of(i) == key for i in self._stored):
            why = "every matching recording was already replayed"
        else:
            digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
            why = (
                f"none of its {len(self._stored)} recording(s) has this method, path, model, "
                f"messages and response format (request {digest})"
            )
        return CassetteMissError(
            f"case {self._case}: no recording of {stored_request['method']} {stored_request['path']} "
            f"for model {model!r} with prompt {self.prompt_sha256} in {path} ({why}); "
            "record it with --record-missing (or --record) against a server",
            case=self._case,
            prompt_sha256=self.prompt_sha256,
        )

    def close(self) -> None:
        if self._real is not None:
            self._real.close()
