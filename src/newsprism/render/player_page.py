"""The article page with a player: the audio embedded (small files) or linked beside the page."""

from __future__ import annotations

import base64
import os
from pathlib import Path
from urllib.parse import quote

from ..article import Article
from ..speech.audio import MIME_TYPES
from ..speech.synth import Narration
from .output import write_output

#: audio up to this size goes inside the page as a data: URL
EMBED_LIMIT = 8 * 1024 * 1024


def audio_source(audio: Path, page: Path, *, embed: bool | None = None) -> str:
    if embed is None:
        embed = audio.stat().st_size <= EMBED_LIMIT
    if embed:
        mime = MIME_TYPES.get(audio.suffix.lower(), "application/octet-stream")
        return f"data:{mime};base64,{base64.b64encode(audio.read_bytes()).decode('ascii')}"
    relative = os.path.relpath(audio.resolve(), page.resolve().parent)
    return quote(Path(relative).as_posix())


def player_html(
    article: Article, narration: Narration, page: Path, *, embed: bool | None = None
) -> str:
    from .html import render_html

    src = audio_source(narration.audio, page, embed=embed)
    return render_html(
        article,
        audio=src,
        audio_type=MIME_TYPES.get(narration.audio.suffix.lower(), ""),
        timings=[t.to_dict() for t in narration.timings],
    )


def write_player_page(
    article: Article, narration: Narration, page: Path, *, embed: bool | None = None
) -> Path:
    write_output(player_html(article, narration, page, embed=embed), page)
    return page
