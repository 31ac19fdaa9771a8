"""``mypy --strict summarizer`` passes on a ``.[dev]`` install too (issue 13, "Done when").

The ``local`` extra (llama-cpp-python) is optional; its import in ``local_server.py`` was
missing from the mypy overrides, so mypy failed wherever the extra was not installed. The
test builds a throw-away environment that sees every installed package except
llama-cpp-python (symlinks into a bare venv: no download, no build) and runs mypy in it.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OPTIONAL = ("llama_cpp", "llama-cpp", "llama_cpp_python")  # the local extra's import and its dist-info


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is in the dev extra")
@pytest.mark.skipif(sys.platform == "win32", reason="symlinks into a venv")
def test_mypy_strict_passes_without_the_local_extra(tmp_path: Path) -> None:
    env_dir = tmp_path / "dev-only"
    venv.create(env_dir, with_pip=False, symlinks=True)
    python = env_dir / "bin" / "python"
    target = Path(
        subprocess.check_output(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    source = Path(sysconfig.get_paths()["purelib"])
    for entry in source.iterdir():
        if entry.name.lower().startswith(OPTIONAL) or (target / entry.name).exists():
            continue
        (target / entry.name).symlink_to(entry)
    hidden = subprocess.run([python, "-c", "import llama_cpp"], capture_output=True, timeout=60)
    assert hidden.returncode != 0  # the environment is what a .[dev] install gives

    command = [sys.executable, "-m", "mypy", "--strict", "summarizer", "--python-executable", str(python)]
    proc = subprocess.run(
        [*command, "--cache-dir", str(tmp_path / "mypy-cache")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
