"""``newsprism read`` over one or many sources.

Where the output goes:

- no ``-o``: standard output; several sources in JSON become JSON Lines (one article a line),
  Markdown and text are separated by a rule, HTML pages cannot share one stream;
- ``-o FILE`` (one source): the format comes from the suffix unless ``-f`` says otherwise;
- ``-o DIR`` (several sources, an existing folder, or a path ending in ``/``): one file per
  source, ``DIR/<source stem>.<json|md|html|txt>``; two sources with the same stem get
  ``stem``, ``stem-2``, ...

Several sources show a progress bar when standard error is a terminal, go on past a source that
fails, and list each failure with its reason at the end.  The exit code is 0 when all succeeded,
5 when some failed, and the failures' own code when every source failed.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .budget import DEFAULT_SECONDS, time_budget
from .errors import ConfigError, InputError, NewsprismError, as_newsprism_error
from .render import FORMATS, SUFFIXES
from .sources import display_name
from .terminal import terminal_safe

#: exit code when some sources of a batch failed and others succeeded
PARTIAL_FAILURE = 5

_BY_SUFFIX = {"." + ext: fmt for fmt, ext in SUFFIXES.items()} | {
    ".markdown": "md",
    ".htm": "html",
    ".text": "text",
    ".jsonl": "json",
}
_SEPARATORS = {"md": "\n\n---\n\n", "text": "\n\n\n"}


@dataclass(frozen=True)
class Failure:
    source: str
    error: NewsprismError


@dataclass(frozen=True)
class Plan:
    """Where and how the articles are written."""

    fmt: str
    #: ``None``: standard output
    output: Path | None
    folder: bool


def plan_output(fmt: str, output: str | Path | None, many: bool) -> Plan:
    if fmt and fmt not in FORMATS:
        from .registry import unknown_name_message

        raise ConfigError(unknown_name_message("format", fmt, list(FORMATS)))
    if output is None or str(output) == "-":
        if many and fmt == "html":
            raise ConfigError(
                "several HTML pages cannot share standard output",
                hint="give -o a folder, e.g. -o out/",
            )
        return Plan(fmt or "json", None, folder=False)
    text = str(output)
    path = Path(text)
    folder = many or path.is_dir() or text.endswith(("/", os.sep))
    if folder:
        if path.exists() and not path.is_dir():
            raise ConfigError(
                f"{path} is a file, but several sources need an output folder",
                hint="give -o a folder name, e.g. -o out/",
            )
        if not path.exists() and path.suffix.lower() in _BY_SUFFIX:
            raise ConfigError(
                f"several sources cannot all be written to the one file {path}",
                hint=f"give -o a folder, e.g. -o {path.with_suffix('')}/, and -f for the format",
            )
        return Plan(fmt or "json", path, folder=True)
    if fmt:
        return Plan(fmt, path, folder=False)
    if not path.suffix:
        return Plan("json", path, folder=False)
    if path.suffix.lower() not in _BY_SUFFIX:
        raise ConfigError(
            f"cannot tell the output format from the suffix {path.suffix!r}",
            hint="use .json, .md, .html or .txt, or give -f",
        )
    return Plan(_BY_SUFFIX[path.suffix.lower()], path, folder=False)


def guess_format(fmt: str, output: str | Path | None, many: bool) -> str:
    """The output format for ``-f``/``-o`` (kept for the commands that write one article)."""
    return plan_output(fmt, output, many).fmt


def read_many(
    sources: list[str],
    *,
    fmt: str = "",
    output: str | Path | None = None,
    analyse: bool = True,
    highlights: int | None = None,
    allow_private: bool = False,
    encoding: str | None = None,
    debug: bool = False,
    timeout: float | None = DEFAULT_SECONDS,
) -> int:
    """Read, analyse and render every source; return the process exit code.

    With one source, its error is raised; with several, errors are collected and summarised.
    ``timeout`` is each source's time budget in seconds (``None`` or 0: no limit).
    """
    sources = pages_of_folders(sources)
    many = len(sources) > 1
    plan = plan_output(fmt, output, many)
    failures: list[Failure] = []
    used_names: set[str] = set()
    written = 0
    with _progress(len(sources), enabled=many and _stderr_is_terminal()) as advance:
        for source in sources:
            try:
                with time_budget(timeout, display_name(source)):
                    article, stem = _read_one(source, analyse, highlights, allow_private, encoding)
                _warn_of_failed_stages(article, source if many else None)
                _write(
                    article, stem, plan, used_names, first=written == 0, many=many, sources=sources
                )
                written += 1
            except BrokenPipeError:
                raise  # the reader of standard output went away: stop, quietly (see cli.read)
            except Exception as exc:  # noqa: BLE001 - a batch goes on past any bad item
                error = as_newsprism_error(exc)
                if debug:
                    traceback.print_exception(exc)
                if not many:
                    raise error from (None if error is exc else exc)
                failures.append(Failure(source, error))
            advance()
    if not failures:
        return 0
    _summarise(failures, len(sources))
    if len(failures) < len(sources):
        return PARTIAL_FAILURE
    codes = {f.error.exit_code for f in failures}
    return codes.pop() if len(codes) == 1 else 1


def pages_of_folders(sources: list[str]) -> list[str]:
    """The sources with each folder replaced by the saved pages in it (recursively, sorted), as
    ``add`` reads a folder: ``read FOLDER`` answered "is a folder" where ``add FOLDER`` read
    every page.  A folder holding no page is an error that says which suffixes are read."""
    out: list[str] = []
    for source in sources:
        if source == "-" or "://" in source or not Path(source).is_dir():
            out.append(source)
            continue
        from .library.ingest import PAGE_SUFFIXES, expand  # (the library only for a folder)

        pages = list(expand([source]))
        if not pages:
            raise InputError(
                f"no saved pages ({', '.join(PAGE_SUFFIXES)}) in the folder {source}",
                hint="give a folder that holds saved pages, or the pages themselves",
            )
        out.extend(pages)
    return out


def _read_one(
    source: str,
    analyse: bool,
    highlights: int | None,
    allow_private: bool,
    encoding: str | None,
) -> tuple[Any, str]:
    from . import api
    from .sources import load
    from .walls import refuse_wall

    doc = load(source, allow_private=allow_private, encoding=encoding)
    article = api.read_document(doc)
    refuse_wall(article, doc)  # a bot check or a consent wall is not printed as the article
    if analyse:
        options: dict[str, dict[str, Any]] = (
            {"importance": {"count": highlights}} if highlights is not None else {}
        )
        article = api.analyse(article, options=options)
    return article, doc.stem


def _write(
    article: Any,
    stem: str,
    plan: Plan,
    used: set[str],
    *,
    first: bool,
    many: bool,
    sources: list[str],
) -> None:
    from .render import render
    from .render.output import write_output

    if plan.output is not None:
        if plan.folder:
            target = plan.output / f"{_unique(stem, used)}.{SUFFIXES[plan.fmt]}"
        else:
            target = plan.output
        _refuse_to_overwrite_a_source(target, sources)
        write_output(render(article, plan.fmt), target)
    elif many and plan.fmt == "json":
        # JSON Lines: one article a line, so that `jq -c` and friends can stream them
        write_output(json.dumps(article.to_dict(), ensure_ascii=False) + "\n", None)
    else:
        text = render(article, plan.fmt)
        separator = "" if first else _SEPARATORS.get(plan.fmt, "\n")
        write_output(separator + text, None)


def _refuse_to_overwrite_a_source(target: Path, sources: list[str]) -> None:
    """``read page.html -o page.html`` or ``read *.html -o . -f html`` must not eat the input."""
    if not target.exists():
        return
    for source in sources:
        path = Path(source)
        if source != "-" and path.exists() and target.samefile(path):
            raise ConfigError(
                f"writing {target} would overwrite the source it was read from",
                hint="give -o another file or folder",
            )


def _warn_of_failed_stages(article: Any, source: str | None) -> None:
    from .pipeline import failures_warning

    warning = failures_warning(article, source)
    if warning:
        print(terminal_safe(warning), file=sys.stderr)


def _summarise(failures: list[Failure], total: int) -> None:
    # "1 of 1 sources failed" read wrongly; the noun agrees with the total ("1 of 2 sources")
    noun = "source" if total == 1 else "sources"
    lines = [f"newsprism: {len(failures)} of {total} {noun} failed:"]
    for f in failures:
        lines.append(f"  {f.source}: {f.error}".replace("\n", " "))
    print(terminal_safe("\n".join(lines)), file=sys.stderr)


def _unique(stem: str, used: set[str]) -> str:
    """``stem``, or ``stem-2``, ``stem-3``... when an earlier source of the run took it."""
    name, n = stem, 2
    while name.lower() in used:  # case-insensitive: some file systems are
        name, n = f"{stem}-{n}", n + 1
    used.add(name.lower())
    return name


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


@contextmanager
def _progress(total: int, *, enabled: bool) -> Iterator[Any]:
    """A rich progress bar on standard error; a no-op when not enabled."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("reading"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("reading", total=total)
        yield lambda: bar.advance(task)
