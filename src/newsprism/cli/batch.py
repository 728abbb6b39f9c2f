"""``newsprism batch`` (archives in, Parquet shards out) and ``newsprism import batch`` (into the library)."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from ..budget import DEFAULT_SECONDS
from ..errors import ConfigError, NewsprismError
from ..terminal import terminal_safe
from .app import AllowPrivateOption, TimeoutOption, app, fail
from .library import DbOption, _open, _report, import_app


@app.command()
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="WARC (.warc, .warc.gz), JSON Lines (url + html or text), CSV of URLs, folders "
            "of saved pages, or @FILE listing any of these.",
            metavar="INPUT...",
        ),
    ],
    out: Annotated[
        str, typer.Option("--out", "-o", help="Output folder (or s3://, gs:// URI).", metavar="DIR")
    ],
    engine: Annotated[
        str, typer.Option("--engine", help="local (a process pool) or ray.", metavar="NAME")
    ] = "local",
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-w", min=1, help="Worker processes (default: one per core).", metavar="N"
        ),
    ] = None,
    address: Annotated[
        str | None,
        typer.Option(
            "--address",
            help="Ray cluster to join (ray://HEAD:10001, or auto); default: a local Ray.",
            metavar="ADDR",
        ),
    ] = None,
    runtime_env: Annotated[
        str | None,
        typer.Option(
            "--runtime-env",
            help='Ray runtime environment as JSON, e.g. \'{"pip": ["newsprism"]}\'.',
            metavar="JSON",
        ),
    ] = None,
    stages: Annotated[
        str,
        typer.Option(
            "--stages",
            help="all (default), none (read only: sentences), extract (extraction alone), or a list such as importance,attribution.",
            metavar="LIST",
        ),
    ] = "all",
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Also write the articles as JSON Lines.")
    ] = False,
    shard_size: Annotated[
        int, typer.Option("--shard-size", min=1, help="Records per shard.", metavar="N")
    ] = 100,
    allow_private: AllowPrivateOption = False,
    timeout: TimeoutOption = DEFAULT_SECONDS,
) -> None:
    """Read and analyse every article of web archives into Parquet shards; a re-run resumes.

    Exit code 0 when every record was read, 5 when some failed (listed in DIR/errors/).
    """
    from ..batch import resolve_stages, run_batch

    try:
        env = _runtime_env(runtime_env)
        with _progress() as progress:
            summary = run_batch(
                inputs,
                out,
                engine=engine,
                workers=workers,
                address=address,
                stages=resolve_stages(stages),
                jsonl=jsonl,
                shard_size=shard_size,
                allow_private=allow_private,
                timeout=timeout or None,
                runtime_env=env,
                progress=progress,
            )
    except NewsprismError as error:
        raise fail(error) from None
    resumed = f", {summary.resumed} from an earlier run" if summary.resumed else ""
    typer.echo(
        f"{summary.shards} shards{resumed}: {summary.read} records read, {summary.stored} stored, "
        f"{summary.failed} failed, {summary.skipped} skipped (not articles) in {summary.seconds:.0f} s"
        f" -> {out}",
        err=True,
    )
    for source, why in summary.problems:
        typer.echo(terminal_safe(f"newsprism: {source}: {why}"), err=True)
    if summary.stage_failures:
        typer.echo(
            f"newsprism: warning: {summary.stage_failures} articles are stored without what a "
            f"failed analysis stage adds (rows with step 'stage …' in {out}/errors/)",
            err=True,
        )
    if summary.failed:
        typer.echo(f"newsprism: failures are listed in {out}/errors/ (Parquet)", err=True)
    raise typer.Exit(0 if summary.ok else 5)


def _runtime_env(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise ConfigError(f"--runtime-env is not JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise ConfigError("--runtime-env must be a JSON object")
    return value


class _progress:
    """A progress bar with records per second and an ETA, on standard error when it is a terminal."""

    def __enter__(self) -> Any:
        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            TextColumn("batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        self.bar.start()
        self.task = self.bar.add_task("records", total=None, rate="")
        self.first: tuple[float, int] | None = None
        return self.update

    def update(self, done: int, total: int) -> None:
        import time

        now = time.monotonic()
        if self.first is None:
            self.first = (now, done)
        spent, base = now - self.first[0], self.first[1]
        rate = f"{(done - base) / spent:.1f} records/s" if spent > 0 and done > base else ""
        self.bar.update(self.task, completed=done, total=total, rate=rate)

    def __exit__(self, *exc: object) -> None:
        if hasattr(self, "bar"):
            self.bar.stop()


@import_app.command("batch")
def import_batch(
    folder: Annotated[str, typer.Argument(help="The --out folder of a batch run.", metavar="DIR")],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only failures.")] = False,
) -> None:
    """Store the articles of a batch run in the library (again: only what is new)."""
    from ..batch.results import import_results
    from .linking import link_stored

    try:
        with _open(db) as lib:
            report = import_results(lib, folder)
            link_stored(lib, quiet=quiet)
    except NewsprismError as error:
        raise fail(error) from None
    raise typer.Exit(_report(report, quiet))
