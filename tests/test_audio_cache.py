"""The narration cache stays under its cap: least recently used narrations go first."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from newsprism.web import audio_cache, listen


def _narration(folder: Path, key: str, size: int, used: float) -> None:
    (folder / f"{key}.ogg").write_bytes(b"o" * size)
    (folder / f"{key}.timings.json").write_text("[]")
    clips = folder / f"{key}.clips"
    clips.mkdir()
    (clips / "00000.wav").write_bytes(b"w" * size)
    for path in (folder / f"{key}.ogg", folder / f"{key}.timings.json", clips):
        os.utime(path, (used, used))


def test_least_recently_used_go_first_and_busy_ones_stay(tmp_path: Path) -> None:
    for i, key in enumerate(["aa-piper", "bb-piper", "cc-espeak-ng", "dd-piper"]):
        _narration(tmp_path, key, 1000, used=1_000_000 + i)
    audio_cache.mark_used(tmp_path / "aa-piper.clips")  # played again just now: kept
    removed = audio_cache.prune(tmp_path, keep={"bb-piper"}, cap=4500)
    assert removed == ["cc-espeak-ng", "dd-piper"]
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [
        "aa-piper.clips",
        "aa-piper.ogg",
        "aa-piper.timings.json",
        "bb-piper.clips",
        "bb-piper.ogg",
        "bb-piper.timings.json",
    ]
    assert audio_cache.prune(tmp_path, keep=(), cap=10**9) == []


def test_cap_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPRISM_AUDIO_CACHE_MB", "3")
    assert audio_cache.cap_bytes() == 3 * 2**20
    monkeypatch.setenv("NEWSPRISM_AUDIO_CACHE_MB", "lots")  # malformed: the default, no crash
    assert audio_cache.cap_bytes() == audio_cache.DEFAULT_MB * 2**20


def test_a_pruned_narration_is_forgotten_by_the_web_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSPRISM_AUDIO_CACHE_MB", "0")
    _narration(tmp_path, "old-piper", 100, used=1_000_000)
    _narration(tmp_path, "new-piper", 100, used=2_000_000)
    old = listen.NarrationJob("old-piper", tmp_path / "old-piper.clips")
    new = listen.NarrationJob("new-piper", tmp_path / "new-piper.clips")
    for job in (old, new):
        job.finished.set()
    monkeypatch.setattr(listen, "_jobs", {"old-piper": old, "new-piper": new})
    monkeypatch.setattr(listen, "_locks_guard", threading.Lock())
    listen._prune_cache(new)
    assert "old-piper" not in listen._jobs and "new-piper" in listen._jobs
    assert not (tmp_path / "old-piper.ogg").exists() and (tmp_path / "new-piper.ogg").exists()
