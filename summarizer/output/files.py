"""Output file names: one per input, never shared, never an input itself.

``summarize news/*.txt -o out/`` writes ``out/<stem>.<ext>``. Inputs that share a stem
(``a/article.txt`` and ``b/article.txt``; compared case-insensitively, as macOS and Windows
do) keep as many of their parent folders in the name as it takes to tell them apart —
``a_article.json`` and ``b_article.json`` — so the name of an input depends only on the
inputs it collides with, and is the same from run to run (which resume relies on). A name
still shared after that (``a_b/c.txt`` and ``a/b_c.txt``) gets a short hash of the path.
The same file given twice is one input.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

SEPARATOR = "_"


def _parents(path: Path) -> tuple[str, ...]:
    """The folder names above ``path`` (resolved), nearest last."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        resolved = path.absolute()
    return tuple(part for part in resolved.parent.parts if part not in (resolved.anchor, ""))


def _hash(path: Path) -> str:
    return hashlib.sha256(str(path.absolute()).encode("utf-8", "surrogateescape")).hexdigest()[:8]


def output_stems(paths: Sequence[Path]) -> dict[Path, str]:
    """A unique file stem (no extension) for each input path; see the module docstring."""
    groups: dict[str, list[Path]] = defaultdict(list)
    for path in dict.fromkeys(paths):
        groups[path.stem.casefold()].append(path)
    stems: dict[Path, str] = {}
    for group in groups.values():
        if len(group) == 1:
            stems[group[0]] = group[0].stem
            continue
        parents = {p: _parents(p) for p in group}
        depth = max(len(v) for v in parents.values())
        for k in range(1, depth + 1):
            names = {p: SEPARATOR.join((*parents[p][-k:], p.stem)) for p in group}
            if len({n.casefold() for n in names.values()}) == len(group):
                break
        else:
            names = {p: f"{p.stem}{SEPARATOR}{_hash(p)}" for p in group}
        stems.update(names)
    taken: dict[str, Path] = {}
    for path, stem in list(stems.items()):  # a disambiguated name may meet another input's plain stem
        other = taken.get(stem.casefold())
        if other is not None:
            stems[path] = f"{stem}{SEPARATOR}{_hash(path)}"
        taken[stems[path].casefold()] = path
    return stems


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when both paths exist and are the same file (hard links and symlinks included)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False
