"""``newsprism read`` and ``newsprism schema``."""

from __future__ import annotations

import json
import os
import sys
from typing import Annotated

import typer

from ..budget import DEFAULT_SECONDS
from ..errors import NewsprismError
from .app import AllowPrivateOption, FormatOption, TimeoutOption, app, fail, state


@app.command()
def read(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Saved pages (.html, .htm, .html.gz), scraped text (.txt), http(s) URLs, or - for stdin."
        ),
    ],
    fmt: FormatOption = "",
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Output file (format from its suffix); with several sources, or ending in /, a folder.",
        ),
    ] = None,
    analyse: Annotated[
        bool,
        typer.Option(
            "--analyse/--no-analyse",
            help="Run the analysis stages (important sentences, who said what).",
        ),
    ] = True,
    highlights: Annotated[
        int | None,
        typer.Option(
            "--highlights",
            min=0,
            help="How many sentences to highlight (default: adapts to length).",
        ),
    ] = None,
    allow_private: AllowPrivateOption = False,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding", help="Character encoding of the input, when detection gets it wrong."
        ),
    ] = None,
    timeout: TimeoutOption = DEFAULT_SECONDS,
) -> None:
    """Read news pages into clean, structured articles.

    Several sources go on past failures and list them at the end (exit code 5 when some failed).
    """
    from ..read_many import read_many

    if "-" in sources and sys.stdin.isatty():
        typer.echo(
            "newsprism: reading standard input; paste the article, then press Ctrl-D", err=True
        )
    try:
        code = read_many(
            sources,
            fmt=fmt,
            output=output,
            analyse=analyse,
            highlights=highlights,
            allow_private=allow_private,
            encoding=encoding,
            debug=state.debug,
            timeout=timeout or None,
        )
    except NewsprismError as error:
        raise fail(error) from None
    except BrokenPipeError:  # `newsprism read ... | head`: not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1) from None
    raise typer.Exit(code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the article output (newsprism.article/1)."""
    from ..schema import load_schema

    sys.stdout.write(json.dumps(load_schema(), indent=2, ensure_ascii=False) + "\n")
