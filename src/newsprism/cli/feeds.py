"""Feed commands: ``feeds add|list|remove|import|export|refresh|enable`` and ``watch``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..render.output import write_output
from ..terminal import terminal_safe
from .app import AllowPrivateOption, JsonOption, app
from .library import DbOption, _open

if TYPE_CHECKING:
    from ..feeds import PollResult

feeds_app = typer.Typer(
    help="Watch RSS/Atom/JSON feeds, news sitemaps and live blogs.", no_args_is_help=True
)
app.add_typer(feeds_app, name="feeds")

AnalyseOption = Annotated[
    bool, typer.Option("--analyse/--no-analyse", help="Run the analysis stages on new items.")
]
StoriesOption = Annotated[
    bool, typer.Option("--stories/--no-stories", help="Put new items into their stories.")
]


def _json(data: Any) -> None:
    write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)


def _ago(ts: float | None) -> str:
    if ts is None:
        return "never"
    delta = ts - time.time()
    minutes = abs(delta) / 60
    text = f"{minutes:.0f} min" if minutes < 120 else f"{minutes / 60:.1f} h"
    return f"in {text}" if delta > 0 else f"{text} ago"


def _next(ts: float, disabled: str | None) -> str:
    if disabled:
        return "-"
    return "due now" if ts <= time.time() else _ago(ts)


@feeds_app.command("add")
def add(
    sources: Annotated[
        list[str], typer.Argument(help="Feed, sitemap or live-blog URLs, or OPML files.")
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
    live: Annotated[
        bool,
        typer.Option(
            "--live",
            help="The page is a live blog: watch it as one from its first post (a page of one "
            "post is that post; each later post is stored once).",
        ),
    ] = False,
) -> None:
    """Add feeds to watch (polled by 'feeds refresh' and 'watch')."""
    from ..feeds import add_feeds

    with _open(db) as lib:
        added = add_feeds(lib, sources, live=live)
    if as_json:
        _json([f.to_dict() | {"new": new} for f, new in added])
        return
    for feed, new in added:
        said = "added" if new else "now watched as a live blog" if live else "already watched"
        typer.echo(f"{said} {feed.id}\t{feed.url}{' (live blog)' if feed.live else ''}")


@feeds_app.command("import")
def import_opml(
    path: Annotated[Path, typer.Argument(help="An OPML file exported from a feed reader.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add every feed of an OPML file."""
    from ..errors import InputError
    from ..feeds.opml import is_opml_file

    if not is_opml_file(str(path)):
        raise InputError(
            f"{path} is not an OPML file", hint="give the .opml file your reader exported"
        )
    add([str(path)], db, as_json)


@feeds_app.command("export")
def export(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="OPML file to write (default: stdout).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the watched feeds as OPML."""
    from ..feeds import export_opml

    with _open(db) as lib:
        write_output(export_opml(lib), output)


def _status_words(status: str | None) -> str:
    """A fetch's HTTP status as the web's feeds page words it: the list ended in a bare "200",
    and a feed never polled in "new" (beside "0 new")."""
    if not status:
        return "not polled yet"
    if status == "200":
        return "ok"
    if status in ("304", "200 unchanged"):
        return "ok, unchanged since the last fetch"
    return f"HTTP {status}" if status.isdigit() else status


@feeds_app.command("list")
def list_feeds(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Each feed with its last and next fetch, new items and errors."""
    from ..library.feeds import FeedStore, item_problem_fields

    with _open(db) as lib:
        store = FeedStore(lib.conn)
        feeds = store.all()
        problems = store.item_problems()
    if as_json:
        _json([{**f.to_dict(), **item_problem_fields(problems.get(f.id))} for f in feeds])
        return
    if not feeds:
        typer.echo("no feeds; add one with 'newsprism feeds add URL'", err=True)
    for f in feeds:
        state = (
            f"DISABLED: {f.disabled_reason}"
            if f.disabled_reason
            else (f.last_error or _status_words(f.last_status))
        )
        typer.echo(
            f"{f.id}\t{'live blog' if f.live else f.kind or '?'}\t{f.title or f.url}\n\t{f.url}\n"
            f"\tlast {_ago(f.last_fetch_at)} · next {_next(f.next_fetch_at, f.disabled_reason)}"
            f" · every {f.interval_s / 60:.0f} min · {f.new_items_last} new, {f.items_total} items · {state}"
        )
        if f.id in problems:
            retried, given_up, latest = problems[f.id]
            counts = " and ".join(
                part
                for part in (
                    f"{retried} to retry" if retried else "",
                    f"{given_up} given up" if given_up else "",
                )
                if part
            )
            total = retried + given_up
            typer.echo(
                terminal_safe(
                    f"\t{total} {'item' if total == 1 else 'items'} not stored ({counts}); "
                    f"latest: {latest}"
                )
            )


@feeds_app.command("remove")
def remove(
    feeds: Annotated[list[str], typer.Argument(help="Feed ids or URLs.")],
    db: DbOption = None,
) -> None:
    """Stop watching feeds (the articles they brought stay in the library)."""
    from ..library.feeds import FeedStore

    with _open(db) as lib:
        store = FeedStore(lib.conn)
        for feed in feeds:
            gone = store.remove(int(feed) if feed.isdigit() else feed)
            typer.echo(f"removed {gone.id}\t{gone.url}")


@feeds_app.command("enable")
def enable(
    feeds: Annotated[list[str], typer.Argument(help="Feed ids or URLs.")],
    db: DbOption = None,
) -> None:
    """Re-enable feeds disabled after repeated failures (they are polled at once)."""
    from ..library.feeds import FeedStore

    with _open(db) as lib:
        store = FeedStore(lib.conn)
        for feed in feeds:
            found = store.get(int(feed) if feed.isdigit() else feed)
            store.enable(found.id, time.time())
            typer.echo(f"enabled {found.id}\t{found.url}")


class _Progress:
    """One line on stderr while polling (a line per feed when stderr is not a terminal)."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.polled = self.new = self.stored = self.errors = 0
        self.results = 0  # every poll (``polled`` is reset once its line is ended)
        self.tty = sys.stderr.isatty()

    def __call__(self, result: PollResult) -> None:
        self.polled += 1
        self.results += 1
        self.new += result.new_items
        self.stored += result.stored
        self.errors += result.outcome in ("failed", "disabled")
        if self.as_json:
            typer.echo(json.dumps(result.to_dict(), ensure_ascii=False))
            return
        line = f"polled {self.polled} · {self.new} new items · {self.stored} stored · {self.errors} errors"
        if self.tty:
            url = terminal_safe(result.url[:60])  # (our own \r and erase-line stay)
            typer.echo(f"\r{line}  {result.outcome}: {url}\x1b[K", err=True, nl=False)
        else:
            detail = f" ({result.error})" if result.error else ""
            if result.changed_items and result.reread_at is not None:
                n, at = result.changed_items, result.reread_at
                when = "now" if at <= time.time() else _ago(at)
                detail += (
                    f" ({n} item{'s' if n != 1 else ''} corrected by the feed: read again "
                    f"{when}, kept as a new revision)"
                )
            typer.echo(
                terminal_safe(f"{result.outcome}\t{result.new_items} new\t{result.url}{detail}"),
                err=True,
            )

    def drained(self, stored: int) -> None:
        """After ``--once``: the items stored past the polls (a restart after a killed watch
        stored them in silence, and a user could not tell it had done anything)."""
        if not stored or self.as_json:
            return
        if self.tty and self.polled:
            typer.echo("", err=True)  # end the progress line first
        self.polled = 0  # (so that done() does not end it again)
        typer.echo(f"stored {stored} waiting item{'s' if stored != 1 else ''}", err=True)

    def done(self) -> None:
        if self.tty and not self.as_json and self.polled:
            typer.echo("", err=True)


def _nothing_due(next_due: float | None) -> None:
    if next_due is None:  # no feed, or every feed disabled (said by 'feeds list')
        return
    typer.echo(
        f"no feed was due: the next poll is {_next(next_due, None)}; "
        "'newsprism feeds refresh' polls every feed now",
        err=True,
    )


def _poller(lib: Any, allow_private: bool, analyse: bool, workers: int, stories: bool) -> Any:
    from ..feeds import Poller
    from ..library.ingest import default_process

    return Poller(
        lib,
        allow_private=allow_private,
        analyse=default_process if analyse else None,
        workers=workers,
        stories=stories,
    )


@feeds_app.command("refresh")
def refresh(
    feeds: Annotated[
        list[str] | None, typer.Argument(help="Feed ids or URLs (default: all).")
    ] = None,
    db: DbOption = None,
    allow_private: AllowPrivateOption = False,
    analyse: AnalyseOption = True,
    stories: StoriesOption = True,
    as_json: JsonOption = False,
) -> None:
    """Poll feeds now, due or not (per-host politeness still applies)."""
    from ..library.feeds import FeedStore

    with _open(db) as lib:
        store = FeedStore(lib.conn)
        ids = [store.get(int(f) if f.isdigit() else f).id for f in feeds] if feeds else None
        poller = _poller(lib, allow_private, analyse, 2, stories)
        progress = _Progress(as_json)
        try:
            poller.refresh(ids, on_result=progress)
        finally:
            poller.close()
            progress.done()
    raise typer.Exit(1 if progress.errors and progress.errors == progress.polled else 0)


@app.command()
def watch(
    db: DbOption = None,
    once: Annotated[
        bool, typer.Option("--once", help="Poll what is due, store pending items, and exit.")
    ] = False,
    allow_private: AllowPrivateOption = False,
    analyse: AnalyseOption = True,
    workers: Annotated[
        int, typer.Option("--workers", min=1, max=16, help="Feeds polled at once.")
    ] = 2,
    stories: StoriesOption = True,
    as_json: JsonOption = False,
) -> None:
    """Watch the feeds: poll each when due, store new items, until interrupted (Ctrl-C)."""
    from ..library.feeds import FeedStore

    with _open(db) as lib:
        if not FeedStore(lib.conn).all() and not as_json:
            # it printed nothing and exited (--once) or waited in silence: a user could not
            # tell an empty feed list from feeds with nothing new
            typer.echo(
                "no feeds to watch; add one with 'newsprism feeds add URL'"
                + ("" if once else " (watching for feeds added meanwhile)"),
                err=True,
            )
        poller = _poller(lib, allow_private, analyse, workers, stories)
        progress = _Progress(as_json)
        try:
            poller.watch(once=once, on_result=progress, on_drained=progress.drained)
        except KeyboardInterrupt:
            pass
        finally:
            poller.close()
            progress.done()
        if once and not progress.results and not as_json:
            # a feed refused for its private address is told to pass --allow-private; passed to
            # `watch --once`, the feed was not due for hours and nothing was said
            _nothing_due(FeedStore(lib.conn).next_due())
    if once:
        # as `feeds refresh`: a script running `watch --once` from cron learns that every feed
        # it polled failed (each with its reason above), not a silent 0
        raise typer.Exit(1 if progress.errors and progress.errors == progress.polled else 0)
