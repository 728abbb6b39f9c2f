"""Reading many sources: progress on a terminal, go on past failures, summarise them at the end."""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import NewsprismError
from .render import FORMATS, SUFFIXES, render

#: exit code when some sources of a batch failed
PARTIAL_FAILURE = 5


@dataclass(frozen=True)
class Failure:
    source: str
    error: NewsprismError


def guess_format(fmt: str, output: Path | None, many: bool) -> str:
    if fmt:
        if fmt not in FORMATS:
            from .errors import ConfigError
            from .registry import unknown_name_message

            raise ConfigError(unknown_name_message("format", fmt, list(FORMATS)))
        return fmt
    if output is not None and not many:
        by_suffix = {"." + v: k for k, v in SUFFIXES.items()} | {
            ".markdown": "md",
            ".htm": "html",
            ".text": "text",
        }
        return by_suffix.get(output.suffix.lower(), "json")
    return "json"


def read_many(
    sources: list[str],
    *,
    fmt: str = "",
    output: Path | None = None,
    analyse: bool = True,
    highlights: int | None = None,
    allow_private: bool = False,
    encoding: str | None = None,
    debug: bool = False,
) -> int:
    """Read, analyse and render every source; return the process exit code."""
    from . import api
    from .cli import fail, write_output
    from .extract import extract
    from .pipeline import Pipeline
    from .sources import load

    many = len(sources) > 1
    fmt = guess_format(fmt, output, many)
    if many and output is not None and output.exists() and not output.is_dir():
        raise NewsprismError(
            f"{output} is a file, but several sources need an output folder",
            hint="give -o a folder name",
        )
    failures: list[Failure] = []
    used_names: set[str] = set()
    progress = _progress(len(sources)) if many and sys.stderr.isatty() else None
    options: dict[str, dict[str, Any]] = (
        {"importance": {"count": highlights}} if highlights is not None else {}
    )
    for source in sources:
        try:
            doc = load(source, allow_private=allow_private, encoding=encoding)
            article = Pipeline(api.READ_STAGES)(extract(doc))
            if analyse:
                article = api.analyse(article, options=options)
            text = render(article, fmt) if not (many and output is None and fmt == "json") else ""

            if many and output is not None:
                name = _unique(doc.stem, used_names)
                write_output(text, output / f"{name}.{SUFFIXES[fmt]}")
            elif many and fmt == "json":
                write_output(_compact(article), None)  # JSON Lines: one article per line
            else:
                write_output(text, output)
        except NewsprismError as error:
            if debug:
                traceback.print_exc()
            if not many:
                raise fail(error) from None
            failures.append(Failure(source, error))
        if progress is not None:
            progress.advance()
    if progress is not None:
        progress.stop()
    if failures:
        print(f"newsprism: {len(failures)} of {len(sources)} sources failed:", file=sys.stderr)
        for f in failures:
            print(f"  {f.source}: {f.error}", file=sys.stderr)
        return PARTIAL_FAILURE
    return 0


def _compact(article: Any) -> str:
    import json

    return json.dumps(article.to_dict(), ensure_ascii=False) + "\n"


def _unique(stem: str, used: set[str]) -> str:
    name, n = stem, 2
    while name in used:
        name, n = f"{stem}-{n}", n + 1
    used.add(name)
    return name


class _progress:
    def __init__(self, total: int) -> None:
        from rich.progress import Progress

        self._p = Progress(transient=False)
        self._p.start()
        self._task = self._p.add_task("reading", total=total)

    def advance(self) -> None:
        self._p.advance(self._task)

    def stop(self) -> None:
        self._p.stop()
