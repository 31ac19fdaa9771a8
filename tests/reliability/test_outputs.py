"""Outputs (issue 13, "Data loss", "Trust boundaries" and "Tracebacks instead of one line").

Decisions, documented in README ("Command line", "Many articles") and the modules named:

- Two inputs never share an output: same-named inputs keep as many parent folders in their
  output name as it takes to tell them apart (``a_article.json``, ``b_article.json``;
  ``summarizer/output/files.py``), for ``summarize`` and ``summarize batch collect`` alike.
- An output never replaces an input: ``-o a.txt`` for the input ``a.txt`` is a usage error
  (exit 2, nothing run); in a folder, that input fails alone with one line.
- Resume compares the identity recorded in every format (article sha256, engine, model,
  prompt hash, schema version; ``summarizer/output/identity.py``), never mtimes; a stray,
  foreign, broken or special file in the output folder is "not current" and never aborts.
- ``-o newdir/`` (a trailing slash) is a folder, even for one input.
- The atomic rename keeps an existing file's mode and never replaces a read-only file.
- Markdown is inert: every value is escaped (no raw HTML, no heading, no line break from a
  name, a title or the article's title line); the eval's ``--report x.md`` too.
- ``-v`` logs carry neither the API key nor the base URL's password.
- A failing file is named once, as given; "cannot write" names the path; ``summarize eval``
  exits 1 when every case failed (2 when the server refuses the key: it would fail them all).
"""

from __future__ import annotations

import html as htmllib
import json
import os
import shutil
import stat
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import summarizer.atomic
from summarizer import cli as summarize_cli
from summarizer.cli import main

from .servers import FaultServer, fixture_completion

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
CASES = ROOT / "evals" / "cases"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, list[str], str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.err.strip().splitlines(), captured.out


def seed_copy(path: Path, extra: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SEED.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


# -- data loss: names ---------------------------------------------------------------------------------


def test_same_named_inputs_never_share_an_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cases = ["fr-44269", "fr-44374", "seed-000"]
    for case in cases:
        (tmp_path / "cases" / case).mkdir(parents=True)
        shutil.copy(CASES / case / "article.txt", tmp_path / "cases" / case / "article.txt")
    out = tmp_path / "out"
    code, err, _ = run(capsys, tmp_path / "cases" / "*" / "article.txt", "-o", out, "--engine", "offline")
    assert code == 0, err
    assert "3 done" in err[-1]
    assert sorted(p.name for p in out.iterdir()) == [f"{case}_article.json" for case in cases]
    for case in cases:
        briefing = json.loads((out / f"{case}_article.json").read_text(encoding="utf-8"))
        article = (CASES / case / "article.txt").read_text(encoding="utf-8")
        assert briefing["source"]["chars"] == len(article)  # each output holds its own input
    # stable: the same inputs give the same names, so the second run finds them current
    code, err, _ = run(capsys, tmp_path / "cases" / "*" / "article.txt", "-o", out, "--engine", "offline")
    assert code == 0 and "0 done (0 from cache), 3 already current" in err[-1]


def _result_line(custom_id: str) -> str:
    completion = json.loads(fixture_completion("draft_grounded"))
    response = {"status_code": 200, "request_id": "req", "body": completion}
    return json.dumps({"id": "batch_req", "custom_id": custom_id, "response": response, "error": None})


def test_batch_collect_same_named_inputs_never_share_an_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first = seed_copy(tmp_path / "a01.txt")
    second = seed_copy(tmp_path / "sub" / "a01.txt", "\n\nMise à jour.")
    requests = tmp_path / "requests.jsonl"
    assert main(["batch", "prepare", str(first), str(second), "-o", str(requests), "--mode", "json_schema"]) == 0
    ids = [json.loads(line)["custom_id"] for line in requests.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == 2
    results = tmp_path / "results.jsonl"
    results.write_text("".join(_result_line(i) + "\n" for i in ids), encoding="utf-8")
    out = tmp_path / "out"
    code = main(["batch", "collect", str(results), "--requests", str(requests), "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 2, written
    shas = {json.loads((out / name).read_text(encoding="utf-8"))["source"]["sha256"] for name in written}
    assert shas == set(ids)


def test_an_output_never_replaces_its_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = seed_copy(tmp_path / "a.txt")
    before = article.read_bytes()
    code, err, _ = run(capsys, article, "-o", article)
    assert code == 2 and len(err) == 1 and "would be replaced" in err[0]
    assert article.read_bytes() == before
    # the same through another spelling of the path
    code, err, _ = run(capsys, article, "-o", tmp_path / "." / "a.txt", "--format", "json")
    assert code == 2 and article.read_bytes() == before
    # in a folder: an input named like another input's output fails alone, the rest is written
    notes = seed_copy(tmp_path / "notes.md")
    other = seed_copy(tmp_path / "other.txt", "\n\nAutre.")
    code, err, _ = run(capsys, notes, other, "-o", tmp_path, "--format", "markdown", "--engine", "offline")
    assert code == 1
    assert err[0] == f"summarize: {notes}: its output {notes} is an input: it would be replaced; choose another -o"
    assert notes.read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")
    assert (tmp_path / "other.md").read_text(encoding="utf-8").startswith("# ")


def test_output_folder_with_a_trailing_slash_takes_one_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = seed_copy(tmp_path / "a.txt")
    code, err, _ = run(capsys, article, "-o", f"{tmp_path / 'newdir'}/", "--engine", "offline")
    assert (code, err) == (0, [])
    assert (tmp_path / "newdir").is_dir()
    assert [p.name for p in (tmp_path / "newdir").iterdir()] == ["a.json"]


# -- data loss: resume --------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "suffix"), [("markdown", "md"), ("html", "html"), ("json", "json")])
def test_resume_compares_the_identity_not_the_mtime(
    fmt: str, suffix: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, fault_server: FaultServer
) -> None:
    a, b = seed_copy(tmp_path / "in" / "a.txt"), seed_copy(tmp_path / "in" / "b.txt", "\n\nFin.")
    out = tmp_path / "out"
    base = [a, b, "-o", out, "--format", fmt]
    code, err, _ = run(capsys, *base, "--engine", "offline")
    assert code == 0 and "2 done" in err[-1]
    code, err, _ = run(capsys, *base, "--engine", "offline")
    assert code == 0 and "0 done (0 from cache), 2 already current" in err[-1]
    # an edited input whose mtime is older than its output is not current
    old = (out / f"a.{suffix}").stat().st_mtime - 3600
    a.write_text(SEED.read_text(encoding="utf-8") + "\n\nUne correction.", encoding="utf-8")
    os.utime(a, (old, old))
    code, err, _ = run(capsys, *base, "--engine", "offline")
    assert code == 0 and "1 done (0 from cache), 1 already current" in err[-1]
    # another engine's run is not current either: the offline outputs are replaced (the
    # hand-written draft quotes the seed, which both inputs hold)
    for _ in range(2):
        fault_server.then(body=fixture_completion("draft_grounded"))
    llm = ["--engine", "llm", "--base-url", fault_server.base_url, "--model", "scripted", "--no-cache", "-j", "1"]
    code, err, _ = run(capsys, *base, *llm)
    assert code == 0, err
    assert "2 done (0 from cache), 0 already current" in err[-1]
    from summarizer.output.identity import read_identity

    for name in ("a", "b"):
        identity = read_identity(out / f"{name}.{suffix}")
        assert identity is not None and (identity.engine, identity.model) == ("llm", "scripted")
    code, err, _ = run(capsys, *base, *llm)
    assert code == 0 and "0 done (0 from cache), 2 already current" in err[-1]


STRAY = {
    "list.json": b"[]",
    "number.json": b"42",
    "foreign.json": b'{"source": "x"}',
    "half.json": b'{"source": {"sha256": 1}, "meta": []}',
    "binary.json": b"\xff\xfe\x00garbage",
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
}


def test_stray_files_in_the_output_folder_are_simply_not_current(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    inputs = [seed_copy(tmp_path / "in" / name.replace(".json", ".txt"), f"\n\n{name}") for name in STRAY]
    out = tmp_path / "out"
    out.mkdir()
    for name, content in STRAY.items():
        (out / name).write_bytes(content)
    (out / "stray.md").write_text("<!-- summarizer-identity {not json} -->", encoding="utf-8")
    code, err, _ = run(capsys, *inputs, "-o", out, "--engine", "offline")
    assert code == 0, err
    assert err == [f"summarize: {len(STRAY)} done (0 from cache), 0 already current, 0 failed; 0 calls, 0 tokens"]
    for name in STRAY:
        json.loads((out / name).read_text(encoding="utf-8"))["source"]  # replaced by a briefing


@pytest.mark.timeout(120)
def test_a_fifo_in_the_output_folder_neither_hangs_nor_aborts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = seed_copy(tmp_path / "a.txt")
    other = seed_copy(tmp_path / "b.txt", "\n\nFin.")
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / "a.json")  # nobody writes to it: reading it would block for ever
    (out / "b.json").mkdir()  # a folder where the output goes: that input cannot be written
    code, err, _ = run(capsys, article, other, "-o", out, "--engine", "offline")
    assert code == 1
    assert err[0] == f"summarize: {other}: cannot write {out / 'b.json'} (Is a directory)"
    assert "1 done" in err[-1] and "1 failed" in err[-1]
    assert stat.S_ISREG((out / "a.json").stat().st_mode)  # the FIFO was replaced by the briefing


# -- data loss: the atomic rename -----------------------------------------------------------------------


def test_atomic_write_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "briefing.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o600)
    summarizer.atomic.write_text(target, '{"new": true}')
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == '{"new": true}'
    target.chmod(0o640)
    summarizer.atomic.write_text(target, "{}")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_atomic_write_never_replaces_a_read_only_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "briefing.json"
    target.write_text('{"keep": true}', encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(PermissionError) as caught:
        summarizer.atomic.write_text(target, "{}")
    assert caught.value.filename == str(target)
    assert target.read_text(encoding="utf-8") == '{"keep": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.json"]  # no temporary file left
    # through the CLI: one line naming the file, exit 1
    article = seed_copy(tmp_path / "a.txt")
    code, err, _ = run(capsys, article, "-o", target, "--engine", "offline")
    assert code == 1
    assert err == [f"summarize: {article}: cannot write {target} (read-only file, not replaced)"]
    assert target.read_text(encoding="utf-8") == '{"keep": true}'


# -- trust boundaries: Markdown ----------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.headings: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._in = tag
            self.headings.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.headings[-1] += data


SAFE_TAGS = {
    "h1",
    "h2",
    "h3",
    "p",
    "em",
    "strong",
    "ul",
    "li",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
}


def rendered(markdown: str) -> _Tags:
    """What a Markdown viewer makes of ``markdown`` (CommonMark with tables, raw HTML allowed)."""
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    tags = _Tags()
    tags.feed(html)
    return tags


EVIL_ARTICLE = (
    "date 2020-03-04 title <script>alert(1)</script> Le <img src=x onerror=alert(2)> ministre\n\n"
    "Le ministre Jean Dupont a déclaré : « <img src=x onerror=alert(3)> est inacceptable ». "
    'Mais le député Paul Martin a répondu que "# pas de titre ici" et que tout allait bien.\n'
)


def test_markdown_output_is_inert(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    article = tmp_path / "evil.txt"
    article.write_text(EVIL_ARTICLE, encoding="utf-8")
    code, err, out = run(capsys, article, "--format", "markdown", "--engine", "offline")
    assert (code, err) == (0, [])
    doc = rendered(out)
    assert set(doc.tags) <= SAFE_TAGS, set(doc.tags) - SAFE_TAGS
    assert not [a for a in doc.attrs if a.startswith("on")]
    assert doc.tags.count("h1") == 1
    assert "<script>alert(1)</script>" in doc.headings[0]  # shown as text, in the one title
    assert not any(h.strip().startswith("pas de titre") for h in doc.headings)


def test_markdown_of_hostile_names_and_model_text_is_inert() -> None:
    from summarizer.schema import Actor, Briefing, Claim, Evidence, Meta, Source

    text = "Il a dit bonjour.\n"
    quote = "bonjour"
    start = text.index(quote)
    briefing = Briefing(
        source=Source(sha256="0" * 64, language="fr", title="T\n# Injected\n<script>x</script>", chars=len(text)),
        summary="- not a list\n\n# not a heading\n<img src=x onerror=alert(1)>",
        actors=[
            Actor(id="a", name="<b>A</b>\n## Heading", kind="person", role="| col | [x](javascript:alert(1))"),
        ],
        claims=[
            Claim(
                id="c1",
                speaker="a",
                text="*claim*\n---",
                kind="direct",
                cue="<i>dit</i>",
                evidence=[Evidence(quote=quote, start=start, end=start + len(quote))],
            ),
        ],
        meta=Meta(engine="test", model="m\n---\n<script>"),
    )
    markdown = briefing.to_markdown()
    doc = rendered(markdown)
    assert set(doc.tags) <= SAFE_TAGS, set(doc.tags) - SAFE_TAGS
    assert "a" not in doc.tags and not [a for a in doc.attrs if a.startswith("on")]
    assert doc.tags.count("h1") == 1 and doc.tags.count("hr") == 1  # the title, and the footer's rule
    injected = {"Injected", "Heading", "not a heading", "not a list"}
    assert not [h for h in doc.headings if h.strip() in injected]
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "<p>- not a list # not a heading &lt;img src=x onerror=alert(1)&gt;</p>" in html  # one paragraph


_MD_TEXT = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from(list("\\`*_[]()#+-=!|~<>&:;.\"' \n\t0123456789"))),
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(value=_MD_TEXT)
def test_any_value_renders_as_its_own_text(value: str) -> None:
    """Whatever a value holds, a Markdown viewer shows it as plain text on one line."""
    from summarizer.output.markdown import md

    flat = " ".join(value.split())
    shown = MarkdownIt("commonmark").render(md(value))
    if not flat:
        assert shown == ""
        return
    text = htmllib.escape(flat.replace("\x00", "\ufffd"), quote=False).replace('"', "&quot;")
    assert shown == f"<p>{text}</p>\n"


def test_eval_markdown_report_is_inert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    evil = "case<img src=x onerror=alert(1)>"
    folder = tmp_path / "cases" / evil
    shutil.copytree(CASES / "seed-000", folder)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    gold["id"] = evil
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = tmp_path / "report.md"
    assert summarize_cli.main(["eval", "--cases", str(tmp_path / "cases"), "--report", str(report)]) == 0
    capsys.readouterr()
    doc = rendered(report.read_text(encoding="utf-8"))
    assert "img" not in doc.tags and not [a for a in doc.attrs if a.startswith("on")]
    assert set(doc.tags) <= SAFE_TAGS | {"code"}


# -- trust boundaries: -v logs ------------------------------------------------------------------------------


def test_verbose_logs_hold_no_base_url_password(fault_server: FaultServer, tmp_path: Path) -> None:
    password = "hunter2-LEAKCHECK-pw"
    for _ in range(3):
        fault_server.then(500, b'{"error": {"message": "down"}}')
    base = fault_server.base_url.replace("http://", f"http://user:{password}@")
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    for args in (["--base-url", base], []):
        result = subprocess.run(
            [sys.executable, "-m", "summarizer", "-v", "--no-cache", "-j", "1", *args, str(SEED)],
            capture_output=True,
            text=True,
            env={**env, **({} if args else {"OPENAI_BASE_URL": base})},
            timeout=300,
        )
        assert result.returncode == 1
        assert "HTTP Request: POST" in result.stderr  # the -v log is there, and clean:
        assert password not in result.stderr and password not in result.stdout
        for _ in range(3):
            fault_server.then(500, b'{"error": {"message": "down"}}')


# -- tracebacks instead of one line ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["my  file.txt", "tab\tname.txt", "new\nline.txt"])
def test_a_failing_file_is_named_once(name: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / name
    bad.write_text("", encoding="utf-8")
    code, err, _ = run(capsys, bad)
    shown = str(bad).replace("\t", "\\t").replace("\n", "\\n")
    assert code == 1
    assert err == [f"summarize: {shown}: the article is empty"]


def test_cannot_write_names_the_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    occupied = tmp_path / "occupied"
    occupied.write_text("a file, not a folder", encoding="utf-8")
    results = tmp_path / "results.jsonl"
    results.write_text("", encoding="utf-8")
    requests = tmp_path / "requests.jsonl"
    requests.with_name("requests.jsonl.manifest.json").write_text('{"articles": {}}', encoding="utf-8")
    code = main(["batch", "collect", str(results), "--requests", str(requests), "-o", str(occupied)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert str(occupied) in err[0] and "File exists" in err[0]
    # the default command, into a folder that does not exist
    article = seed_copy(tmp_path / "a.txt")
    target = tmp_path / "missing" / "b.json"
    code, err, _ = run(capsys, article, "-o", target, "--engine", "offline")
    assert code == 1 and err == [f"summarize: {article}: cannot write {target} (No such file or directory)"]


def _one_case(tmp_path: Path) -> Path:
    cases = tmp_path / "evals" / "cases"
    shutil.copytree(CASES / "seed-000", cases / "seed-000")
    return cases


@pytest.mark.parametrize(("status", "code"), [(500, 1), (401, 2)])
def test_eval_exits_non_zero_when_every_case_failed(
    status: int, code: int, fault_server: FaultServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(6):
        fault_server.then(status, b'{"error": {"message": "no"}}')
    cases = _one_case(tmp_path)
    args = ["--cases", str(cases), "--engine", "llm", "--model", "scripted", "--record"]
    assert summarize_cli.main(["eval", *args, "--base-url", fault_server.base_url]) == code
    err = capsys.readouterr().err.strip().splitlines()
    assert err and all(line.startswith("summarize eval: ") for line in err)
    assert ("every case failed" in err[-1]) if code == 1 else ("HTTP 401" in err[-1])
