"""Narration for the web reader: streamed while it is made, then cached in the home.

"Listen" starts a :class:`NarrationJob` in a worker thread.  The narration is synthesised
sentence by sentence (``speech.narrate``) and each piece is written at once as a small WAV clip
that the page starts playing while the rest is still being made, so the first words are heard
within a second or two instead of after the whole article.  At the end the whole narration is
also in ``cache/audio/<content hash>-<engine>.ogg`` with its timings (the JSON API serves it),
and the clips' list is kept beside the clips, so a later visit plays at once.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import soundfile

from ..article import Article
from ..errors import NewsprismError
from ..home import cache_dir
from . import audio_cache

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()
_jobs: dict[str, NarrationJob] = {}


def audio_path(article: Article, engine: str | None = None) -> Path:
    return cache_dir() / "audio" / f"{article.content_hash[:32]}-{engine or 'default'}.ogg"


def clips_dir(article: Article, engine: str | None = None) -> Path:
    return cache_dir() / "audio" / f"{article.content_hash[:32]}-{engine or 'default'}.clips"


def cached_timings(article: Article, engine: str | None = None) -> list[dict[str, Any]] | None:
    """The timings of the cached narration, or ``None`` when there is none yet."""
    from ..speech.timings import sidecar_paths

    audio = audio_path(article, engine)
    timings = sidecar_paths(audio)[1]
    if not (audio.exists() and timings.exists()):
        return None
    data: list[dict[str, Any]] = json.loads(timings.read_text("utf-8"))
    return data


def _lock(article: Article) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(article.content_hash, threading.Lock())


def ensure_narration(article: Article, engine: str | None = None) -> Path:
    """The whole narration file, synthesised now unless it is cached (or being made)."""
    job = start_narration(article, engine)
    job.finished.wait()
    if job.error is not None:
        raise job.error
    return audio_path(article, engine)


@dataclass
class Clip:
    index: int
    sentence: int | None
    #: seconds
    duration: float

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "sentence": self.sentence, "duration": self.duration}


@dataclass
class NarrationJob:
    """One article's narration being made (or made): the clips so far, and whether it is done."""

    key: str
    clips_dir: Path
    #: sentences that will be read (title and headings count), for progress
    planned: int = 0
    clips: list[Clip] = field(default_factory=list)
    error: NewsprismError | None = None
    finished: threading.Event = field(default_factory=threading.Event)

    @property
    def done(self) -> bool:
        return self.finished.is_set()

    def clip_path(self, index: int) -> Path:
        return self.clips_dir / f"{index:05d}.wav"

    def state(self) -> dict[str, Any]:
        return {
            "done": self.done,
            "planned": self.planned,
            "clips": [c.to_dict() for c in list(self.clips)],
            "error": self.error.to_dict() if self.error else None,
        }


def has_narration(article: Article, engine: str | None = None) -> bool:
    """A job for it in this process, or a finished narration in the cache."""
    key = f"{article.content_hash[:32]}-{engine or 'default'}"
    with _locks_guard:
        if key in _jobs:
            return True
    return (clips_dir(article, engine) / "clips.json").exists() and cached_timings(
        article, engine
    ) is not None


def start_narration(article: Article, engine: str | None = None) -> NarrationJob:
    """The narration job for this article and engine: finished if cached, else started now."""
    key = f"{article.content_hash[:32]}-{engine or 'default'}"
    with _locks_guard:
        job = _jobs.get(key)
        if job is not None and not (job.done and job.error is not None):
            return job  # running, or done: a failed one is tried again
        job = NarrationJob(key, clips_dir(article, engine))
        _jobs[key] = job
    manifest = job.clips_dir / "clips.json"
    if manifest.exists() and cached_timings(article, engine) is not None:
        audio_cache.mark_used(job.clips_dir)  # played again: the last to go when the cache is full
        data = json.loads(manifest.read_text("utf-8"))
        job.clips = [Clip(**c) for c in data["clips"]]
        job.planned = data["planned"]
        job.finished.set()
        return job
    threading.Thread(
        target=_run, args=(job, article, engine), name=f"narrate-{key}", daemon=True
    ).start()
    return job


def _run(job: NarrationJob, article: Article, engine: str | None) -> None:
    from ..speech import narrate
    from ..speech.narrate import plan
    from ..speech.synth import AudioSegment

    try:
        with _lock(article):
            job.planned = len(plan(article))
            job.clips_dir.mkdir(parents=True, exist_ok=True)
            audio = audio_path(article, engine)

            def keep(segment: AudioSegment) -> None:
                # one clip per sentence; the first sentence may come in two parts (its first
                # clause first, so that speech starts sooner): each part is a clip of its own
                index = len(job.clips)
                samples = np.asarray(segment.samples, dtype=np.int16)
                soundfile.write(
                    job.clip_path(index), samples, segment.sample_rate, subtype="PCM_16"
                )
                job.clips.append(Clip(index, segment.sentence, len(samples) / segment.sample_rate))

            narrate(article, audio, engine=engine, on_segment=keep)
            (job.clips_dir / "clips.json").write_text(
                json.dumps({"planned": job.planned, "clips": [c.to_dict() for c in job.clips]}),
                "utf-8",
            )
        _prune_cache(job)
    except NewsprismError as exc:
        job.error = exc
    except Exception as exc:  # a bug must still end the job, and say so to the page
        job.error = NewsprismError(
            f"the narration failed: {exc}", hint="try again; if it goes on, report it"
        )
    finally:
        job.finished.set()


def _prune_cache(job: NarrationJob) -> None:
    """Keep the cache under its cap; a removed narration is forgotten here too (else its job
    would still offer clips that are gone)."""
    with _locks_guard:
        busy = {key for key, other in _jobs.items() if not other.done} | {job.key}
    try:
        removed = audio_cache.prune(job.clips_dir.parent, keep=busy)
    except OSError:  # a cache we cannot tidy must not fail the narration just made
        return
    for key in removed:
        with _locks_guard:
            if key in _jobs and _jobs[key].done:
                del _jobs[key]
