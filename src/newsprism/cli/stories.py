"""Story commands: ``stories`` (list, assigning new articles first) and ``story ID``."""

from __future__ import annotations

from typing import Annotated

import typer

from ..render.output import write_output
from ..render.quoting import quoted
from .app import JsonOption, app, counted
from .library import DbOption, _open
from .trace import NO_OUTLET

LevelOption = Annotated[
    str,
    typer.Option(
        "--level",
        help="happening: one event's reports (default); running: the happenings of one running "
        "story followed over days (looser).",
        case_sensitive=False,
    ),
]


def _level(level: str) -> str:
    from ..stories.view import LEVELS

    level = level.lower()
    if level not in LEVELS:
        raise typer.BadParameter(f"choose one of {', '.join(LEVELS)}", param_hint="--level")
    return level


@app.command()
def stories(
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many stories.")] = 30,
    min_size: Annotated[
        int,
        typer.Option("--min-size", min=1, help="Only stories with at least this many articles."),
    ] = 1,
    level: LevelOption = "happening",
    as_json: JsonOption = False,
) -> None:
    """Stories across outlets and languages, latest first (new articles are assigned first)."""
    level = _level(level)
    from ..stories.view import dumps, list_stories
    from .linking import link_stored

    with _open(db) as lib:
        link_stored(lib, quiet=as_json)
        items = list_stories(lib.conn, limit=limit, min_size=min_size, level=level)
        # "no stories yet" was said of a library with stories, none of them as large as asked
        smaller = (
            list_stories(lib.conn, limit=1, min_size=1, level=level)
            if not items and min_size > 1
            else []
        )
    if as_json:
        write_output(dumps(items) + "\n", None)
        return
    if smaller:
        typer.echo(
            f"no story has {min_size} articles or more; 'newsprism stories' lists the smaller ones",
            err=True,
        )
    elif not items:
        typer.echo("no stories yet; add articles or watch feeds", err=True)
    for s in items:
        typer.echo(
            f"{s['id']}\t{counted(s['articles'], 'article')}, {_outlets(s['outlets'])}, "
            f"{'/'.join(s['languages'])}"
            + (f", {counted(s['happenings'], 'happening')}" if level == "running" else "")
            + f"\t{_to_the_minute(s['first_seen'])}\t{s['title'] or '(untitled)'}"
        )


def _to_the_minute(stamp: str | None) -> str:
    """'2026-11-20T07:00:00Z' as '2026-11-20T07:00Z': cut to the minute, its zone kept (the
    list printed '2026-11-20T07:00', which a reader in Moscow took for local time; 'story ID'
    prints the same instant with its Z)."""
    if not stamp:
        return ""
    zone = "Z" if stamp.endswith("Z") else stamp[19:] if len(stamp) > 19 else ""
    return stamp[:16] + zone


@app.command()
def story(
    story_id: Annotated[int, typer.Argument(help="Story id (see 'newsprism stories').")],
    db: DbOption = None,
    level: LevelOption = "happening",
    as_json: JsonOption = False,
) -> None:
    """One story: its articles by time and outlet, who said what first, figures that differ."""
    from ..stories.view import dumps, figure_value, story_detail

    level = _level(level)
    from ..library.corrections import corrected_article, story_marks
    from ..render.who_said_what import uncertain_first_reports

    with _open(db) as lib:
        data = story_detail(lib.conn, story_id, level)
        # a quote whose article lists its speaker as uncertain is marked so, as in the reader
        # (JSON has no such mark: nothing to read for it)
        # (as a reader corrected it: a quote given its speaker by a reader is certain)
        unsure = (
            set()
            if as_json
            else uncertain_first_reports(
                data["quotes"][:20], lambda i: corrected_article(lib, i)[0]
            )
        )
        # what readers corrected: a quote's speaker, "not a quote", a wrong figure
        data = story_marks(lib, data)
    if as_json:
        write_output(dumps(data) + "\n", None)
        return
    typer.echo(f"story {data['id']}: {data['title'] or '(untitled)'}")
    typer.echo(
        f"first seen {data['first_seen']}, last {data['last_seen']}, {counted(data['size'], 'article')}"
    )
    for a in data["articles"]:
        how = a["relation"] + (f" of {a['related_to']}" if a["related_to"] else "")
        typer.echo(
            f"  {a['seen']}\t{a['site'] or NO_OUTLET}\t[{a['language'] or '?'}] {a['id']} "
            f"{a['display_title'] or ''}\t({how})"
        )
    if data["quotes"]:
        typer.echo("who said what first:")
        for q in data["quotes"][:20]:
            who = q["speaker"] or "(unattributed)"
            if (
                q["speaker"]
                and ("quote", q["first"]["article_id"], q["first"]["quote_id"]) in unsure
            ):
                who = f"uncertain: {who}?"
            if q["first"].get("reader_correction"):
                who = f"{who} ({q['first']['reader_correction']})"
            typer.echo(
                f"  {who}: {quoted(q['text'], 100)} — first in "
                f"{q['first']['site'] or NO_OUTLET} ({q['first']['seen']}), {_outlets(q['outlets'])}"
            )
    if data["figures"]:
        typer.echo("figures that differ:")
        for f in data["figures"]:
            values = ", ".join(
                f"{figure_value(r)} ({quoted(r['text'] or '', 40)}, {r['site'] or NO_OUTLET}"
                + (f"; {r['reader_correction']})" if r.get("reader_correction") else ")")
                for r in f["reports"]
            )
            # what the trace's comparison found between them ("figure changed", "sources
            # differ", "updated"), where it did
            said = ", ".join(dict.fromkeys(x["kind"] for x in f.get("flags", ())))
            typer.echo(f"  {f['unit']} {f['about'] or ''}{f' ({said})' if said else ''}: {values}")


def _outlets(n: int) -> str:
    # articles saved from files name no site: "0 outlets" for a story of one article read as
    # if the story had no source at all
    return counted(n, "outlet") if n else "no outlet named"
