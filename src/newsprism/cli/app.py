"""The ``newsprism`` command's Typer app, its global options and error printing.

Command groups live one module each beside this one and register on ``app``.

Errors are newsprism's own exceptions; they are printed as one line ("what happened — what to
do") with the exception's exit code.  ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import IO, Annotated, Any, cast

import typer

from .. import __version__
from ..errors import NewsprismError
from ..terminal import terminal_safe
from ..threads import one_blas_thread_for_process
from .helpformat import RootGroup

app = typer.Typer(
    name="newsprism",
    help="Offline reader for news articles: clean text, key sentences, narration, translation, who said what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=RootGroup,
)


@dataclass
class State:
    debug: bool = False


state = State()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsprism {__version__}")
        raise typer.Exit()


@app.callback(cls=RootGroup)
def _root(
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            help="Show tracebacks instead of one-line errors (before or after the command).",
        ),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    state.debug = state.debug or debug  # RootGroup.main takes --debug from anywhere
    if state.debug:  # tracebacks of stages that failed (the pipeline logs them and goes on)
        import logging

        logging.basicConfig(format="%(name)s: %(message)s")
        logging.getLogger("newsprism").setLevel(logging.DEBUG)


class TerminalOutput:
    """Standard output on a terminal, where what an article says is shown, never obeyed.

    Only a terminal is guarded: output to a pipe or a file is the article as it is (JSON escapes
    control characters anyway).  Everything but ``write`` is the wrapped stream's.
    """

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def fail(error: NewsprismError) -> typer.Exit:
    """Print a newsprism error as one line on stderr and return the Exit to raise."""
    # the message may quote a page (a title, a URL): its control characters are not for the terminal
    typer.secho(terminal_safe(f"newsprism: {error}"), err=True, fg=typer.colors.RED)
    return typer.Exit(error.exit_code)


def counted(n: int, noun: str) -> str:
    """ "1 article", "3 articles": a count with its noun in the number it takes."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


AllowPrivateOption = Annotated[
    bool,
    typer.Option(
        "--allow-private", help="Allow URLs on private, loopback and link-local addresses."
    ),
]

JsonOption = Annotated[bool, typer.Option("--json", help="JSON output.")]

TimeoutOption = Annotated[
    float,
    typer.Option(
        "--timeout",
        min=0,
        help="Seconds one article may take (reading, extraction, analysis); 0 for no limit.",
    ),
]

FormatOption = Annotated[
    str,
    typer.Option(
        "--format", "-f", help="json, md, html or text (default: from the -o suffix, else json)"
    ),
]


def main() -> None:
    # the process is newsprism's: no OpenBLAS pool spinning after small products (see threads)
    one_blas_thread_for_process()
    if sys.stdout.isatty():
        sys.stdout = cast(IO[str], TerminalOutput(sys.stdout))
    try:
        app()
    except NewsprismError as error:
        if state.debug:
            raise
        raise SystemExit(fail(error).exit_code) from None
