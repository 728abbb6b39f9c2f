"""Narration for the web reader: synthesised once per article and voice, cached in the home.

The first "Listen" on an article synthesises it (in a worker thread, not the event loop) into
``cache/audio/<content hash>.ogg`` with its timings beside it; later visits play the cached file.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from ..article import Article
from ..home import cache_dir

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def audio_path(article: Article, engine: str | None = None) -> Path:
    return cache_dir() / "audio" / f"{article.content_hash[:32]}-{engine or 'default'}.ogg"


def cached_timings(article: Article, engine: str | None = None) -> list[dict[str, Any]] | None:
    """The timings of the cached narration, or ``None`` when there is none yet."""
    from ..speech.timings import sidecar_paths

    audio = audio_path(article, engine)
    timings = sidecar_paths(audio)[1]
    if not (audio.exists() and timings.exists()):
        return None
    data: list[dict[str, Any]] = json.loads(timings.read_text("utf-8"))
    return data


def ensure_narration(article: Article, engine: str | None = None) -> Path:
    """Synthesise the article unless it is cached; one synthesis per article at a time."""
    from ..speech import narrate

    audio = audio_path(article, engine)
    with _locks_guard:
        lock = _locks.setdefault(article.content_hash, threading.Lock())
    with lock:
        if cached_timings(article, engine) is None:
            audio.parent.mkdir(parents=True, exist_ok=True)
            narrate(article, audio, engine=engine)
    return audio
