"""Per-sentence timings: a JSON list for programs and a WebVTT file for players.

Each spoken piece runs from where it starts to where the next one starts: the pause after a
sentence belongs to it, so the timings tile the whole file without gaps.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Timing:
    #: sentence id as in the article JSON; ``None`` for the title, which is not a sentence
    sentence: int | None
    start: float
    end: float
    #: "title", "heading" or "sentence"
    kind: str = "sentence"
    #: the words as written (the VTT cue text)
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "kind": self.kind,
        }


def timings_json(timings: Iterable[Timing]) -> str:
    return json.dumps([t.to_dict() for t in timings], ensure_ascii=False, indent=1) + "\n"


def _clock(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def _cue_text(text: str) -> str:
    # WebVTT cue text: '&' and '<' are markup, '-->' and blank lines end a cue
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.split())


def webvtt(timings: Sequence[Timing]) -> str:
    lines = ["WEBVTT", ""]
    for t in timings:
        lines.append("title" if t.sentence is None else f"s-{t.sentence}")
        lines.append(f"{_clock(t.start)} --> {_clock(t.end)}")
        lines.append(_cue_text(t.text) or "…")
        lines.append("")
    return "\n".join(lines)


def sidecar_paths(audio: Path) -> tuple[Path, Path]:
    """``article.ogg`` → (``article.vtt``, ``article.timings.json``)."""
    return audio.with_suffix(".vtt"), audio.with_suffix(".timings.json")


def write_timings(timings: Sequence[Timing], audio: Path) -> tuple[Path, Path]:
    vtt, js = sidecar_paths(audio)
    vtt.write_text(webvtt(timings), encoding="utf-8")
    js.write_text(timings_json(timings), encoding="utf-8")
    return vtt, js
