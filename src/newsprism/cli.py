"""The ``newsprism`` command: a thin Typer shell over the Python API.

Errors are newsprism's own exceptions; they are printed as one line ("what happened — what to
do") with the exception's exit code.  ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .errors import NewsprismError

app = typer.Typer(
    name="newsprism",
    help="Offline reader for news articles: clean text, key sentences, narration, translation, who said what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@dataclass
class State:
    debug: bool = False


state = State()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsprism {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    state.debug = debug


def fail(error: NewsprismError) -> typer.Exit:
    """Print a newsprism error as one line on stderr and return the Exit to raise."""
    typer.secho(f"newsprism: {error}", err=True, fg=typer.colors.RED)
    return typer.Exit(error.exit_code)


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise NewsprismError(
            f"cannot write {output}: {exc.strerror or exc}", hint="check the path and permissions"
        ) from exc


FormatOption = Annotated[
    str,
    typer.Option(
        "--format", "-f", help="json, md, html or text (default: from the -o suffix, else json)"
    ),
]


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
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private", help="Allow URLs on private, loopback and link-local addresses."
        ),
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding", help="Character encoding of the input, when detection gets it wrong."
        ),
    ] = None,
) -> None:
    """Read news pages into clean, structured articles.

    Several sources go on past failures and list them at the end (exit code 5 when some failed).
    """
    from .batch import read_many

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
    from .schema import load_schema

    sys.stdout.write(json.dumps(load_schema(), indent=2, ensure_ascii=False) + "\n")


def main() -> None:
    try:
        app()
    except NewsprismError as error:
        if state.debug:
            raise
        raise SystemExit(fail(error).exit_code) from None


if __name__ == "__main__":
    # `python -m newsprism.cli`: run the imported module, not this __main__ copy, so that the
    # commands other modules register on `newsprism.cli.app` (imported below) are there
    from newsprism.cli import main as _main

    _main()

# Command modules register themselves on `app`; one line each.
from . import cli_library
from . import cli_web
from . import cli_translate
from . import cli_listen
