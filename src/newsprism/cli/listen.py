"""``newsprism listen``: narrate an article to an audio file with per-sentence timings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import AllowPrivateOption, app


@app.command()
def listen(
    source: Annotated[
        str, typer.Argument(help="A saved page, scraped text, an http(s) URL, or - for stdin.")
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Audio file; the format follows the suffix: .ogg/.opus, .mp3, .wav.",
        ),
    ],
    voice: Annotated[
        str | None,
        typer.Option(
            "--voice",
            help="A piper voice (name or .onnx path) or an espeak-ng voice (e.g. ru, en-gb).",
        ),
    ] = None,
    rate: Annotated[
        float, typer.Option("--rate", min=0.25, max=4.0, help="Speed: 1 is normal, 1.25 faster.")
    ] = 1.0,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine", help="piper or espeak-ng (default: piper for English if installed)."
        ),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option("--language", help="Read as this language (ISO 639-1), not the detected one."),
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html", help="Also write the article page with a player that follows the text."
        ),
    ] = None,
    embed: Annotated[
        bool | None,
        typer.Option(
            "--embed/--link",
            help="Put the audio inside the HTML page, or link the file beside it (default: embed up to 8 MB).",
        ),
    ] = None,
    allow_private: AllowPrivateOption = False,
) -> None:
    """Read an article aloud into an audio file, with its timings (.vtt, .timings.json) beside it."""
    from ..api import listen as listen_api
    from ..api import read
    from ..errors import NewsprismError
    from .app import fail, state

    try:
        article = read(source, allow_private=allow_private)
        narration = listen_api(
            article,
            output,
            engine=engine,
            voice=voice,
            rate=rate,
            language=language,
            html=html,
            embed=embed,
        )
    except NewsprismError as error:
        if state.debug:
            raise
        raise fail(error) from None
    typer.echo(
        f"wrote {narration.audio} ({narration.duration:.1f} s, {len(narration.timings)} sentences, "
        f"{', '.join(narration.voices)}), {narration.vtt.name}, {narration.timings_path.name}"
        + (f", {html}" if html else ""),
        err=True,
    )
