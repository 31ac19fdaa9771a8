"""Inputs are read with a hard byte cap, never block for ever, and a BOM is honoured (issue 13).

- ``/dev/zero`` (its size reads as 0) used to grow memory without end, and a named pipe with
  no writer hung the run: now no input is read past 4 bytes per allowed character, a named
  pipe nobody writes to is refused after ``PIPE_WRITER_WAIT`` seconds, and a pipe or device
  must end within ``PIPE_DEADLINE`` seconds; each is one line naming the file.
- UTF-16 (and UTF-32) with a BOM used to be called "binary": a BOM is unambiguous, so the
  file is decoded; UTF-16 without a BOM is refused with the ``iconv`` command.

The tests that could hang or eat memory on a regression run the CLI in a subprocess, under
a timeout and a memory limit.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import summarizer
from summarizer import article
from summarizer.article import read_text
from summarizer.cli import main
from summarizer.errors import InputDecodeError, InputError
from summarizer.schema import Briefing

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_8203fcc26b8d55c1.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and /dev/zero are POSIX")


def _limited_memory() -> None:
    limit = 3 * 1024**3  # the offline engine needs far less; the old reader of /dev/zero did not stop
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_cli_process(
    *args: str | Path, wait: float | None = None, timeout: float = 90
) -> subprocess.CompletedProcess[str]:
    """``summarize ARGS`` in a fresh interpreter (``wait`` shortens PIPE_WRITER_WAIT), bounded in time and memory."""
    code = "import sys, summarizer.article as a\n"
    if wait is not None:
        code += f"a.PIPE_WRITER_WAIT = {wait}\n"
    code += "from summarizer.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_MAX"))}
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        preexec_fn=_limited_memory,
    )


def one_line(proc: subprocess.CompletedProcess[str]) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr[-2000:]
    return lines[0]


# -- /dev/zero and other devices ------------------------------------------------------------------


@posix_only
def test_dev_zero_is_refused_on_the_byte_cap_not_read_for_ever() -> None:
    started = time.monotonic()
    proc = run_cli_process("--engine", "offline", "/dev/zero")
    assert proc.returncode == 1
    line = one_line(proc)
    assert line.startswith("summarize: /dev/zero: ") and "over the limit of 1,000,000 characters" in line
    assert time.monotonic() - started < 60


@posix_only
def test_dev_zero_through_the_api_reads_at_most_the_cap() -> None:
    code = """
import os, sys
from summarizer.article import read_text
from summarizer.errors import InputError
real, reads = os.read, []
def counting_read(fd, n):
    data = real(fd, n)
    reads.append(len(data))
    return data
os.read = counting_read
try:
    read_text("/dev/zero")
except InputError as exc:
    print(exc)
print(sum(reads))
"""
    env = {**os.environ, "SUMMARIZER_MAX_CHARS": "1000"}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env, preexec_fn=_limited_memory
    )
    message, total = proc.stdout.strip().splitlines()
    assert message.startswith("/dev/zero: more than 4,004 bytes, over the limit of 1,000 characters")
    assert int(total) <= 4_004 + 65_536  # one chunk past the cap at most


@posix_only
def test_dev_null_is_an_empty_article_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match=r"^/dev/null: the article is empty"):
        read_text("/dev/null")
    assert time.monotonic() - started < 1


# -- named pipes ----------------------------------------------------------------------------------


@posix_only
def test_a_named_pipe_without_writer_is_one_line_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_bytes(SEED.read_bytes())
    started = time.monotonic()
    try:
        proc = run_cli_process("--engine", "offline", fifo, good, "-o", tmp_path / "out", wait=0.5, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("summarize hung on a named pipe with no writer")
    assert time.monotonic() - started < 45
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert lines[0] == f"summarize: {fifo}: a named pipe with no writer (nothing written to it within 0.5 s)"
    assert "1 done" in lines[-1] and "1 failed" in lines[-1]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.json"]


@posix_only
def test_a_named_pipe_without_writer_through_the_api(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    monkeypatch.setattr(article, "PIPE_WRITER_WAIT", 0.3)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_text(fifo)
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(20)
    if reader.is_alive():  # release the blocked reader before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("read_text blocked on a named pipe with no writer")
    assert len(outcome) == 1 and isinstance(outcome[0], InputError)
    assert str(outcome[0]).startswith(f"{fifo}: a named pipe with no writer")


@posix_only
def test_a_named_pipe_whose_writer_comes_late_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)

    def write() -> None:
        time.sleep(0.5)
        with open(fifo, "wb") as handle:
            for line in SEED.read_bytes().splitlines(keepends=True):
                handle.write(line)
                handle.flush()

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    assert read_text(fifo) == SEED_TEXT
    writer.join(5)


@posix_only
def test_a_named_pipe_whose_writer_writes_nothing_is_an_empty_article(tmp_path: Path) -> None:
    fifo = tmp_path / "nothing.txt"
    os.mkfifo(fifo)

    def write_nothing() -> None:
        time.sleep(0.3)
        with open(fifo, "wb"):
            pass

    writer = threading.Thread(target=write_nothing, daemon=True)
    writer.start()
    started = time.monotonic()
    with pytest.raises(InputError, match="the article is empty"):
        read_text(fifo)
    assert time.monotonic() - started < article.PIPE_WRITER_WAIT  # the hang-up ends the read
    writer.join(5)


@posix_only
def test_a_pipe_that_never_ends_is_refused_at_the_deadline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fifo = tmp_path / "endless.txt"
    os.mkfifo(fifo)
    monkeypatch.setattr(article, "PIPE_DEADLINE", 1.0)
    held = threading.Event()
    done = threading.Event()

    def hold_open() -> None:  # a writer that writes a little, then keeps the pipe open
        with open(fifo, "wb", buffering=0) as handle:
            handle.write(b"Le ministre a dit")
            held.set()
            done.wait(10)

    writer = threading.Thread(target=hold_open, daemon=True)
    writer.start()
    started = time.monotonic()
    try:
        with pytest.raises(InputError, match="^" + re.escape(f"{fifo}: a pipe or device that did not end within 1 s")):
            read_text(fifo)
    finally:
        done.set()
    assert time.monotonic() - started < 5


@posix_only
def test_stdin_as_a_path_is_read_and_capped(tmp_path: Path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "summarizer", "--engine", "offline", "/dev/stdin"],
        input=SEED.read_bytes(),
        capture_output=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")},
    )
    assert ok.returncode == 0, ok.stderr
    Briefing.model_validate_json(ok.stdout, context={"article": SEED_TEXT})
    big = subprocess.run(
        [sys.executable, "-m", "summarizer", "--engine", "offline", "/dev/stdin"],
        stdin=open("/dev/zero", "rb"),  # noqa: SIM115 - closed with the process
        capture_output=True,
        timeout=120,
        env={**{k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}, "SUMMARIZER_MAX_CHARS": "1000"},
        preexec_fn=_limited_memory,
    )
    assert big.returncode == 1
    assert big.stderr.decode().strip() == (
        "summarize: /dev/stdin: more than 4,004 bytes, over the limit of 1,000 characters "
        "(SUMMARIZER_MAX_CHARS); split it, or raise the limit"
    )


# -- byte-order marks -----------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_file_with_a_utf16_or_utf32_bom_is_decoded(codec: str, tmp_path: Path) -> None:
    path = tmp_path / f"{codec}.txt"
    bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}.get(codec, "")
    path.write_bytes((bom + SEED_TEXT).encode(codec))
    assert read_text(path) == SEED_TEXT  # BOM dropped, offsets index the decoded text


def test_cli_summarises_utf16_with_bom_with_offsets_into_the_decoded_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(SEED_TEXT.encode("utf-16"))
    code = main(["--engine", "offline", str(path)])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    briefing = Briefing.model_validate_json(captured.out, context={"article": SEED_TEXT})  # every offset checked
    assert briefing.claims
    same = summarizer.summarize(SEED_TEXT, engine="offline")
    assert briefing.source == same.source  # same article, same sha256, whatever the encoding


def test_utf16_without_bom_is_refused_with_the_iconv_command(tmp_path: Path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes(SEED_TEXT.encode("utf-16-le"))
    with pytest.raises(InputDecodeError, match=r"UTF-16 .*without a byte-order mark.*iconv -f utf-16le -t utf-8"):
        read_text(path)
    path.write_bytes(SEED_TEXT.encode("utf-16-be"))
    with pytest.raises(InputDecodeError, match=r"iconv -f utf-16be -t utf-8"):
        read_text(path)


def test_broken_utf16_after_its_bom_names_utf16_and_iconv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes("Le ministre".encode("utf-16") + b"\x00\xd8A")  # a lone surrogate, then an odd byte
    code = main(["--engine", "offline", str(path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1
    assert err[0].startswith(f"summarize: {path}: not UTF-16 text") and "iconv -f utf-16 -t utf-8" in err[0]


def test_binary_after_a_utf16_bom_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\xff\xfeA\x00\x00\x00\x01\x02" * 10)
    with pytest.raises(InputDecodeError, match="binary file, not text"):
        read_text(path)
