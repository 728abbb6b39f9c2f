"""The CLI's side of linking (:mod:`newsprism.linking`): after a command stores articles, and
before a command reads traces or stories, what waits is linked with a progress line on standard
error ("linking 487 articles into traces… 120/487"), and failures are reported once."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from ..terminal import terminal_safe

if TYPE_CHECKING:
    from ..library import Library

_WHAT = {"traces": "linking {n} articles into traces", "stories": "placing {n} articles in stories"}


class _Line:
    """One line rewritten in place on a terminal; on a pipe, only the finished count (and
    nothing for a handful of articles, where a line would be noise)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.open = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.quiet or total < 2:
            return
        text = f"{_WHAT[stage].format(n=total)}… {done}/{total}"
        if self.tty:
            typer.echo("\r" + text, err=True, nl=done >= total)
            self.open = done < total
        elif done >= total:
            typer.echo(text, err=True)


def link_stored(lib: Library, *, quiet: bool = False) -> None:
    """Link what the command stored (and anything still waiting) into traces and stories."""
    from ..linking import failures_line, link_pending

    report = link_pending(lib, progress=_Line(quiet))
    warning = failures_line(report)
    if warning:
        typer.echo(terminal_safe(warning), err=True)
