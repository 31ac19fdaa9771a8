"""Write a file so that readers see the old content or the new, never a part.

The text goes to a temporary file beside the target, is flushed to disk, then renamed over
the target (and the folder synced), so an interrupted run leaves whole files or none. The
rename would replace anything it is allowed to, so before it:

- a **read-only** target (no write permission bit, or not writable by this user) is not
  replaced: :class:`PermissionError` naming it, as ``open(path, "w")`` would raise — root
  included, who could otherwise replace any file;
- the new file keeps the **mode** of the file it replaces (a 0600 briefing stays 0600); a
  new file gets ``mode`` when given (the cache asks for 0600), else what ``open()`` would
  give (0666 less the umask).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path


def write_text(path: str | Path, text: str, *, mode: int | None = None) -> None:
    """Write ``text`` (UTF-8) to a temporary file beside ``path``, then rename it over.

    Raises :class:`OSError` (with ``filename`` set) when the target cannot be written:
    read-only, a directory, a missing or read-only folder.
    """
    target = Path(path)
    final_mode = _mode_for(target, mode)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _naming(exc, target) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, final_mode)  # mkstemp makes 0600
        _check_replaceable(target)  # again, as late as possible
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _naming(exc, target) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _naming(exc: OSError, target: Path) -> OSError:
    """``exc`` naming the target, not the temporary file (which is gone)."""
    if exc.filename == str(target):
        return exc
    return type(exc)(exc.errno, exc.strerror or str(exc), str(target)) if exc.errno else exc


def _mode_for(target: Path, mode: int | None) -> int:
    """The permission bits of the file to write; refuses a read-only target."""
    existing = _check_replaceable(target)
    if mode is not None:
        return mode
    if existing is not None:
        return stat.S_IMODE(existing.st_mode)
    return 0o666 & ~_umask()


def _check_replaceable(target: Path) -> os.stat_result | None:
    """The target's stat (None when absent); PermissionError when it is read-only."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if stat.S_ISREG(info.st_mode) and (not info.st_mode & 0o222 or not os.access(target, os.W_OK)):
        raise PermissionError(errno.EACCES, "read-only file, not replaced", str(target))
    return info


def _umask() -> int:
    """The process umask, read without changing it where the system allows (threads write too)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); a folder that cannot be opened is left as is."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
