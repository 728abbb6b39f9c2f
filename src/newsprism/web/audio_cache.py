"""A cap on the narration cache: the narrations used longest ago go first when it grows too big.

Each narration is about 13 MB (the whole ``.ogg``, its timings and the sentence clips), so a
reader who listens every day fills a disk in a year without a cap.  An entry is every file of
one ``<content hash>-<engine>`` key; using a narration again marks it used (its manifest's
modification time), and the entries still being made are never removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Collection
from pathlib import Path

#: the cache's cap unless ``NEWSPRISM_AUDIO_CACHE_MB`` says otherwise
DEFAULT_MB = 1024


def cap_bytes() -> int:
    value = os.environ.get("NEWSPRISM_AUDIO_CACHE_MB", "")
    try:
        return max(0, int(value)) * 2**20 if value.strip() else DEFAULT_MB * 2**20
    except ValueError:
        return DEFAULT_MB * 2**20  # a malformed setting must not stop narration


def mark_used(path: Path) -> None:
    """Record that the narration whose file (or folder) is ``path`` was played now."""
    with contextlib.suppress(OSError):  # removed meanwhile: nothing to keep fresh
        os.utime(path)


def prune(folder: Path, keep: Collection[str], cap: int | None = None) -> list[str]:
    """Remove the least recently used entries of ``folder`` until it holds at most ``cap``
    bytes; ``keep`` names the keys being made or played now.  Returns the keys removed."""
    cap = cap_bytes() if cap is None else cap
    entries: dict[str, list[Path]] = {}
    for path in folder.iterdir() if folder.is_dir() else ():
        entries.setdefault(path.name.split(".", 1)[0], []).append(path)
    sizes = {key: sum(_size(p) for p in paths) for key, paths in entries.items()}
    total = sum(sizes.values())
    removed = []
    for key in sorted(entries, key=lambda k: max(_used(p) for p in entries[k])):
        if total <= cap:
            break
        if key in keep:
            continue
        for path in entries[key]:
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        total -= sizes[key]
        removed.append(key)
    return removed


def _used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _size(path: Path) -> int:
    try:
        if path.is_dir():
            return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        return path.stat().st_size
    except OSError:
        return 0
