"""Library commands: add, search, list, show, revisions, remove, export, import (serve is in
cli/web.py)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..budget import DEFAULT_SECONDS
from ..errors import NewsprismError
from ..render.output import write_output
from ..terminal import terminal_safe
from .app import AllowPrivateOption, TimeoutOption, app, counted, state
from .linking import link_stored

if TYPE_CHECKING:
    from ..library import Library
    from ..library.ingest import IngestReport

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar="NEWSPRISM_DB",
        help="Library file (default: library.sqlite in the newsprism home).",
    ),
]

import_app = typer.Typer(help="Import reading lists from other services.", no_args_is_help=True)
app.add_typer(import_app, name="import")


def _open(db: Path | None) -> Library:
    from ..library import Library

    return Library.open(db)


class _AsItGoes:
    """``add``'s line for each source, printed as soon as it is stored (a 300-file ``add``
    showed nothing for minutes, and a killed one lost its lines); failures are listed with
    their reasons at the end, as before, and also shown as they happen."""

    def __init__(self, report: IngestReport, quiet: bool, single: bool = False) -> None:
        self.report = report
        self.quiet = quiet
        #: one page was given: its failure is said once, plainly, at the end (:func:`_report`)
        self.single = single

    def __call__(self, source: str, status: str) -> None:
        r = self.report
        if status == "added":
            if not self.quiet:
                typer.echo(terminal_safe(f"{_added_or_updated(r, source)}\t{source}"))
            if r.incomplete and r.incomplete[-1][0] == source:
                typer.echo(terminal_safe(r.incomplete[-1][1]), err=True)
        elif status == "skipped" and not self.quiet:
            typer.echo(terminal_safe(f"unchanged {r.skipped[-1][1]}\t{source}"))
        elif status == "failed" and not self.single:
            typer.echo(terminal_safe(f"failed\t{source}"), err=True)


def _added_or_updated(report: IngestReport, source: str) -> str:
    """ "added N", or "updated N" when the source replaced a stored article (a page whose text
    changed since it was added: its earlier text is kept as a revision)."""
    article_id = next(i for s, i in reversed(report.added) if s == source)
    return f"{'updated' if (source, article_id) in report.updated else 'added'} {article_id}"


def _add_live(lib: Library, sources: list[str], quiet: bool, **kw: Any) -> IngestReport:
    from ..library.ingest import IngestReport, add_sources

    report = IngestReport()
    single = len(sources) == 1 and not Path(sources[0]).is_dir()
    add_sources(lib, sources, report=report, on_item=_AsItGoes(report, quiet, single), **kw)
    return report


def _report(
    report: IngestReport, quiet: bool = False, nothing: str | None = None, live: bool = False
) -> int:
    """Print what was added and what failed; the exit code.  ``nothing``: what to say when the
    input held nothing to read at all (an import of the wrong file used to end silently, 0).
    ``live``: each source's line was printed as it was done (:class:`_AsItGoes`)."""
    if report.passed_over:
        shown = ", ".join(report.passed_over[:5])
        more = f" and {len(report.passed_over) - 5} more" if len(report.passed_over) > 5 else ""
        typer.echo(
            terminal_safe(
                f"newsprism: passed over {len(report.passed_over)} "
                f"{'document' if len(report.passed_over) == 1 else 'documents'} in the folders "
                f"that {'is not a saved page' if len(report.passed_over) == 1 else 'are not saved pages'}: {shown}{more} — convert a PDF or a Word document to "
                "text, save a web page as .html (not .mhtml), give archives to 'newsprism batch'"
            ),
            err=True,
        )
    if nothing and not (report.added or report.skipped or report.failed or report.incomplete):
        typer.echo(f"newsprism: nothing imported: {nothing}", err=True)
        return 1
    if not live:
        # one address read several times (an archive holding each version of a page): the
        # first stored it, the others updated it — each printed "added 4" (the README walk)
        seen: Counter[tuple[str, int]] = Counter()
        total = Counter(report.added)
        updated = Counter(report.updated)
        for source, article_id in report.added:
            n = seen[source, article_id]
            seen[source, article_id] += 1
            if not quiet:
                word = (
                    "updated"
                    if n >= total[source, article_id] - updated[source, article_id]
                    else "added"
                )
                typer.echo(terminal_safe(f"{word} {article_id}\t{source}"))
        for source, article_id in report.skipped:
            if not quiet:
                typer.echo(f"unchanged {article_id}\t{source}")
        for _source, warning in report.incomplete:
            typer.echo(terminal_safe(warning), err=True)
    if report.failed and len(report.failed) == 1 and not (report.added or report.skipped):
        # one page, and it failed: what failed and why, in one line ("1 source failed:" and
        # an indented list of one said it twice, after a "failed" line as it happened)
        source, reason = report.failed[0]
        said = reason if source in reason else f"{source}: {reason}"  # the reason may name it
        typer.echo(terminal_safe(f"newsprism: {said}"), err=True)
        return 1
    if report.failed:
        n = len(report.failed)
        typer.echo(f"newsprism: {n} source{'s' if n != 1 else ''} failed:", err=True)
        for source, reason in report.failed:
            typer.echo(terminal_safe(f"  {source}: {reason}"), err=True)
        return 5 if (report.added or report.skipped) else 1
    return 0


@app.command()
def add(
    sources: Annotated[
        list[str], typer.Argument(help="Files, folders, http(s) URLs, or - for stdin.")
    ],
    db: DbOption = None,
    analyse: Annotated[
        bool, typer.Option("--analyse/--no-analyse", help="Run the analysis stages before storing.")
    ] = True,
    allow_private: AllowPrivateOption = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only failures.")] = False,
    timeout: TimeoutOption = DEFAULT_SECONDS,
) -> None:
    """Read articles and store them in the library (the same article again is updated, not duplicated).

    A source that fails, for any reason, is listed at the end and the others go on (exit code 5
    when some failed, 1 when all did).
    """
    from ..library.ingest import default_process

    with _open(db) as lib:
        report = _add_live(
            lib,
            sources,
            quiet,
            analyse=default_process if analyse else None,
            allow_private=allow_private,
            timeout=timeout or None,
            debug=state.debug,
        )
        link_stored(lib, quiet=quiet)
    nothing = f"no saved pages (.html, .htm, .html.gz, .txt) in {', '.join(sources)}"
    raise typer.Exit(_report(report, quiet, nothing=nothing, live=True))


# "-word" (exclude a word) is what a user types, and click read it as an unknown option "-w"
@app.command(context_settings={"ignore_unknown_options": True})
def search(
    query: Annotated[
        list[str],
        typer.Argument(
            help='Words, "phrases", -excluded, and site: lang: speaker: before: after: '
            "(several arguments are one query)",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    # no one-letter options here: click reads "-inflation" as "-i -n flation"
    limit: Annotated[int, typer.Option("--limit", help="How many results.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Full-text search with Russian and English morphology, ranked by relevance."""
    # the shell took the quotes off a phrase given as one argument: put them back — unless the
    # argument is a whole query of its own (the README's 'инфляции lang:ru after:2026-01' was
    # searched as that phrase, operators and all, and found nothing)
    text = " ".join(f'"{q}"' if _bare_phrase(q) else q for q in query)
    with _open(db) as lib:
        hits = lib.search(text, limit=limit)
    if as_json:
        write_output(
            json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2) + "\n", None
        )
        return
    if not hits:
        typer.echo("no results", err=True)
        raise typer.Exit(1)
    for h in hits:
        typer.echo(f"{h.id}\t{h.display_title}\t{h.site or ''}\t{(h.published or '')[:10]}")
        if h.snippet:
            typer.echo(f"\t{h.snippet}")


def _bare_phrase(arg: str) -> bool:
    """An argument of several words with no query syntax in it: a phrase the shell unquoted."""
    from ..library.search import OPERATORS

    tokens = arg.split()
    if len(tokens) < 2 or '"' in arg:
        return False
    return not any(
        t in ("AND", "OR", "NOT") or t.startswith("-") or t.split(":", 1)[0] in OPERATORS
        for t in tokens
    )


@app.command("list")
def list_articles(
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many articles.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    sort: Annotated[
        str,
        typer.Option(
            "--sort",
            help="published: by the outlet's date (undated ones by when added), "
            "or added: by when added to the library.",
            metavar="ORDER",
        ),
    ] = "published",
) -> None:
    """List the articles in the library, newest first (by the date the outlet gives)."""
    from ..library.store import LIST_ORDERS

    if sort not in LIST_ORDERS:
        raise typer.BadParameter(f"use {' or '.join(LIST_ORDERS)}", param_hint="--sort")
    with _open(db) as lib:
        items = lib.list_articles(limit=limit, sort=sort)
    if as_json:
        write_output(
            json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=2) + "\n", None
        )
        return
    for i in items:
        typer.echo(
            f"{i.id}\t{i.display_title}\t{i.site or ''}\t{i.language or ''}\t{(i.published or '')[:10]}"
        )


@app.command()
def show(
    article_id: Annotated[int, typer.Argument(help="Article id (see 'newsprism list').")],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, md, html or text.")] = "text",
) -> None:
    """Print one stored article (with its readers' corrections: a quote under the speaker a
    reader gave it)."""
    from ..library.corrections import corrections, render_corrected
    from ..render import FORMATS, render

    with _open(db) as lib:
        article = lib.get(article_id)
        found = corrections(lib, article_id) if fmt in FORMATS else []
        write_output(render_corrected(article, fmt, found) if found else render(article, fmt), None)


@app.command()
def revisions(
    article_id: Annotated[int, typer.Argument(help="Article id (see 'newsprism list').")],
    db: DbOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="JSON output: every revision with its text and changes.")
    ] = False,
) -> None:
    """List the texts a stored article has had (an outlet's corrections), oldest first, with
    what changed word by word: [-removed-]{+added+}.  'show' prints the latest."""
    from ..library.revisions import changes_text, revisions_json
    from ..library.revisions import revisions as find

    with _open(db) as lib:
        if as_json:
            write_output(revisions_json(lib, article_id), None)
            return
        found = find(lib, article_id)
    for r in found:
        when = f"fetched {r.fetched_at}" + (f", replaced {r.replaced_at}" if r.replaced_at else "")
        latest = " (latest)" if r.latest else ""
        typer.echo(
            terminal_safe(
                f"{r.number}{latest}\t{when}\t{r.word_count} words\t{r.content_hash[:12]}\t"
                f"{r.title or '(untitled)'}"
            )
        )
        for line in changes_text(r):
            typer.echo(terminal_safe(f"    {line}"))
    if len(found) == 1:
        typer.echo(
            "newsprism: one revision: the article has not changed since it was stored", err=True
        )


@app.command()
def remove(
    article_ids: Annotated[list[int], typer.Argument(help="Article ids.")],
    db: DbOption = None,
) -> None:
    """Remove articles from the library."""
    with _open(db) as lib:
        for article_id in article_ids:
            lib.remove(article_id)
            typer.echo(f"removed {article_id}")


@app.command()
def export(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder to write one file per article into.")
    ],
    db: DbOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="md, json or html (self-contained).")
    ] = "md",
    query: Annotated[
        str | None,
        typer.Option("--query", "-q", help="Export only the articles matching a search."),
    ] = None,
) -> None:
    """Export the library (or a search) as Markdown, JSON or self-contained HTML files."""
    from ..library.corrections import corrections, render_corrected
    from ..library.revisions import earlier_revisions, with_revisions
    from ..render import SUFFIXES

    if fmt not in ("md", "json", "html"):
        raise NewsprismError(f"cannot export as {fmt!r}", hint="use md, json or html")
    with _open(db) as lib:
        ids = [h.id for h in lib.search(query, limit=1_000_000)] if query else list(lib.iter_ids())
        if query and not ids:
            # as `search` does: a script that exports a search must see that nothing matched
            typer.echo(f"no article matches {query!r}; nothing exported", err=True)
            raise typer.Exit(1)
        for article_id in ids:
            # the readers' corrections go with the article (see library/corrections.py)
            found = corrections(lib, article_id)
            article = lib.get(article_id)
            if fmt == "html":
                text = render_corrected(
                    article, fmt, found, revisions=earlier_revisions(lib, article_id)
                )
            else:
                text = render_corrected(article, fmt, found)
                # and the texts it had before (an outlet's corrections): what a fact-checker
                # moving the library keeps it for; `import json` restores them
                text = with_revisions(text, fmt, earlier_revisions(lib, article_id))
            write_output(text, output / f"{article_id}.{SUFFIXES[fmt]}")
    typer.echo(f"exported {counted(len(ids), 'article')} to {output}", err=True)


@import_app.command("pocket")
def import_pocket(
    path: Annotated[Path, typer.Argument(help="Pocket's CSV export (part_000000.csv).")],
    db: DbOption = None,
    allow_private: AllowPrivateOption = False,
    timeout: TimeoutOption = DEFAULT_SECONDS,
) -> None:
    """Import a Pocket CSV export: each URL is fetched and read."""
    from ..library.imports import import_pocket as run

    with _open(db) as lib:
        report = run(lib, path, allow_private=allow_private, timeout=timeout or None)
        link_stored(lib)
    nothing = f"{path} has no rows with a url — give part_000000.csv from Pocket's export"
    raise typer.Exit(_report(report, nothing=nothing))


@import_app.command("wallabag")
def import_wallabag(
    path: Annotated[Path, typer.Argument(help="Wallabag's JSON export.")],
    db: DbOption = None,
    timeout: TimeoutOption = DEFAULT_SECONDS,
) -> None:
    """Import a Wallabag JSON export (the saved content is read offline)."""
    from ..library.imports import import_wallabag as run

    with _open(db) as lib:
        report = run(lib, path, timeout=timeout or None)
        link_stored(lib)
    nothing = f"{path} holds no entries — export the entries from Wallabag as JSON"
    raise typer.Exit(_report(report, nothing=nothing))


@import_app.command("json")
def import_json(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Files or folders written by 'newsprism export -f json'."),
    ],
    db: DbOption = None,
) -> None:
    """Import articles exported with 'export -f json' (another library's), with their earlier
    revisions and the readers' corrections."""
    from ..library.imports import import_exported as run

    with _open(db) as lib:
        report = run(lib, paths)
        link_stored(lib)
    nothing = "no .json files there — give the folder 'newsprism export -f json -o DIR' wrote"
    raise typer.Exit(_report(report, nothing=nothing))


@import_app.command("folder")
def import_folder(
    path: Annotated[
        Path, typer.Argument(help="A folder of saved pages (.html, .htm, .html.gz, .txt).")
    ],
    db: DbOption = None,
    timeout: TimeoutOption = DEFAULT_SECONDS,
) -> None:
    """Import a folder of saved HTML pages (the same as 'newsprism add FOLDER')."""
    if not path.is_dir():
        raise NewsprismError(
            f"{path} is not a folder", hint="give the folder that holds the saved pages"
        )
    with _open(db) as lib:
        report = _add_live(lib, [str(path)], False, timeout=timeout or None, debug=state.debug)
        link_stored(lib)
    nothing = f"{path} holds no saved pages (.html, .htm, .html.gz, .txt)"
    raise typer.Exit(_report(report, nothing=nothing, live=True))
