"""``newsprism corrections``: what readers marked wrong, listed, counted and exported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..render.output import write_output
from .app import app, counted
from .library import DbOption, _open

corrections_app = typer.Typer(
    help="Readers' corrections of quotes, speakers and figures: add, remove, list, export.",
    no_args_is_help=True,
)
app.add_typer(corrections_app, name="corrections")


@corrections_app.command("add")
def add(
    article_id: Annotated[int, typer.Argument(help="Article id (see 'newsprism list').")],
    kind: Annotated[
        str,
        typer.Option(
            "--kind", help="What is wrong: quote (not a quote), speaker (not theirs) or figure."
        ),
    ],
    item: Annotated[
        int,
        typer.Option(
            "--item",
            help="The quote's id (quote, speaker) or the figure's id (figure), as in the JSON.",
        ),
    ],
    correct: Annotated[
        str | None, typer.Option("--correct", help="What is right, in a few words (optional).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Mark a quote, a speaker link or a figure of a stored article as wrong."""
    from ..library.corrections import add_correction

    with _open(db) as lib:
        c = add_correction(lib, article_id, kind, item, correct)
    typer.echo(f"correction {c.id}: {c.kind} of {c.item} {c.item_id} in article {c.article_id}")


@corrections_app.command("remove")
def remove(
    correction_id: Annotated[
        int, typer.Argument(help="The correction's id (see 'newsprism corrections list').")
    ],
    db: DbOption = None,
) -> None:
    """Undo a correction: the item shows as newsprism read it again, in the reader and exports."""
    from ..library.corrections import remove_correction

    with _open(db) as lib:
        c = remove_correction(lib, correction_id)
    typer.echo(
        f"removed correction {c.id}: {c.kind} of {c.item} {c.item_id} in article {c.article_id}"
    )


@corrections_app.command("list")
def list_corrections(
    article_id: Annotated[
        int | None, typer.Option("--article", help="Only this article's corrections.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    db: DbOption = None,
) -> None:
    """List the corrections, with how many there are of each kind."""
    from ..library.corrections import corrections, counts

    with _open(db) as lib:
        found = corrections(lib, article_id)
        totals = counts(lib)
    if as_json:
        typer.echo(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=2))
        return
    for c in found:
        right = f" -> {c.correct}" if c.correct else ""
        said = f" (said: {c.said})" if c.said else ""
        typer.echo(f"{c.id}\t{c.article_id}\t{c.kind}\t{c.text[:60]!r}{said}{right}")
    typer.echo("corrections: " + ", ".join(f"{n} {kind}" for kind, n in totals.items()), err=True)


@corrections_app.command("export")
def export(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="JSON Lines file (default: stdout).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export every correction as JSON Lines, with its article's URL, title and content hash."""
    from ..library.corrections import iter_export

    with _open(db) as lib:
        lines = [json.dumps(c, ensure_ascii=False) for c in iter_export(lib)]
    write_output("".join(line + "\n" for line in lines), output)
    if output is not None:
        typer.echo(
            f"exported {counted(len(lines), 'correction')} to {output}",
            err=True,
        )
