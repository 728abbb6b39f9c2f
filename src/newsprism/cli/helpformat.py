"""How ``newsprism --help`` reads: plain metavars, whole sentences, commands in reading order.

Typer shows every parameter's Python type (``--debug <bool>``, ``-o <str>``, ``{sources}...``);
a reader wants ``-o PATH`` and ``SOURCE...``, the same word for the same thing in every command.
The command tree Typer builds is tidied once, when the root group is made (``Typer(cls=...)``),
so ``newsprism``, ``python -m newsprism`` and ``typer.testing.CliRunner`` all show the same help.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typer
from typer._click import Context
from typer.core import TyperArgument, TyperGroup, TyperOption

#: the order of ``newsprism --help``: reading first, then the library, then the server and models
ORDER = (
    "read",
    "schema",
    "translate",
    "listen",
    "add",
    "search",
    "list",
    "show",
    "export",
    "remove",
    "corrections",
    "import",
    "feeds",
    "watch",
    "stories",
    "story",
    "trace",
    "speaker",
    "batch",
    "serve",
    "models",
)

#: one metavar for one kind of value, whatever the Python type behind it
METAVARS = {
    "output": "PATH",
    "db": "FILE",
    "format": "FORMAT",
    "fmt": "FORMAT",
    "to": "LANG",
    "language": "LANG",
    "lang": "LANG",
    "encoding": "CHARSET",
    "voice": "VOICE",
    "engine": "ENGINE",
    "host": "ADDRESS",
    "token": "TOKEN",
    "model": "NAME",
    "html": "FILE",
}
_TYPE_METAVARS = {int: "N", float: "NUMBER", Path: "PATH"}


class _Option(TyperOption):
    __slots__ = ()

    def display_type_rich(self, ctx: Any) -> str | None:
        if self.is_flag or self.count:
            return None  # a flag takes no value: nothing to show
        return self.metavar


class _Argument(TyperArgument):
    __slots__ = ()

    def display_type_rich(self, ctx: Any) -> str | None:
        return None  # the name column already says what to give

    def _usage_display_name(self) -> str:
        name = self.display_name_raw
        return name if self.required else f"[{name}]"


def _metavar(param: Any) -> str:
    name = (param.name or "value").lower()
    if name in METAVARS:
        return METAVARS[name]
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    for kind, word in _TYPE_METAVARS.items():
        if annotation is kind or (isinstance(annotation, type) and issubclass(annotation, kind)):
            return word
    return name.upper().replace("-", "_")


def _reflow(text: str | None) -> str | None:
    """Join the lines of each paragraph: a docstring's line breaks are not the reader's."""
    if not text:
        return text
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(p if p.startswith("\b") else " ".join(p.split()) for p in paragraphs)


def tidy(command: Any, *, root: bool = True) -> None:
    """Metavars, help text and order for ``command`` and everything under it.

    Only the top-level commands are put in :data:`ORDER`; a group's subcommands keep the order
    their module gives them.
    """
    command.help = _reflow(command.help)
    for param in command.params:
        if isinstance(param, TyperArgument):
            singular = (param.name or "value").upper()
            if param.nargs != 1 and singular.endswith("S"):
                singular = singular[:-1]
            param.metavar = singular + ("..." if param.nargs != 1 else "")
            param.__class__ = _Argument
        elif isinstance(param, TyperOption):
            if not (param.is_flag or param.count) and param.metavar is None:
                param.metavar = _metavar(param)
            param.__class__ = _Option
    # the --help option is made lazily and cached; make it now so that it is tidied too
    help_option = command.get_help_option(Context(command, info_name=command.name))
    if help_option is not None:
        help_option.__class__ = _Option
    if isinstance(command, TyperGroup):
        if root:
            rank = {name: i for i, name in enumerate(ORDER)}
            command.commands = dict(
                sorted(command.commands.items(), key=lambda kv: rank.get(kv[0], len(ORDER)))
            )
        for sub in command.commands.values():
            tidy(sub, root=False)


class RootGroup(TyperGroup):
    """The ``newsprism`` group: tidied help, and ``--debug`` accepted before or after the command."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        tidy(self)

    def main(self, args: Sequence[str] | None = None, *rest: Any, **kwargs: Any) -> Any:
        from .app import state

        argv = list(sys.argv[1:] if args is None else args)
        # "--debug" anywhere before a "--" (after it, it is a file name)
        end = argv.index("--") if "--" in argv else len(argv)
        state.debug = "--debug" in argv[:end]
        argv = [a for a in argv[:end] if a != "--debug"] + argv[end:]
        return super().main(argv, *rest, **kwargs)


__all__ = ["ORDER", "RootGroup", "tidy", "typer"]
