"""``newsprism translate`` and ``newsprism models …``: thin shells over :mod:`newsprism.translate`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import LanguagePairError, ModelMissingError, NewsprismError
from ..render.output import write_output
from .app import AllowPrivateOption, FormatOption, app, fail, state

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

models_app = typer.Typer(
    help="Manage translation models (Argos Translate packages, converted OPUS-MT models).",
    no_args_is_help=True,
)
app.add_typer(models_app, name="models")


@app.command()
def translate(
    source: Annotated[
        str, typer.Argument(help="A saved page, scraped text, an http(s) URL, or - for stdin.")
    ],
    to: Annotated[str, typer.Option("--to", help="Language to translate into.")] = "en",
    fmt: FormatOption = "",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output file.")] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", help="An installed model by name (default: the one for the pair)."),
    ] = None,
    beam_size: Annotated[int, typer.Option("--beam-size", min=1, help="Beam width.")] = 4,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Sentences per model call.")
    ] = 16,
    compute_type: Annotated[
        str, typer.Option("--compute-type", help="int8 (fast on CPU), int8_float32, float32.")
    ] = "int8",
    threads: Annotated[
        int, typer.Option("--threads", min=0, help="CPU threads (0: CTranslate2 decides).")
    ] = 0,
    analyse: Annotated[
        bool, typer.Option("--analyse/--no-analyse", help="Also run the analysis stages.")
    ] = True,
    cache: Annotated[
        bool, typer.Option("--cache/--no-cache", help="Reuse translations made before.")
    ] = True,
    allow_private: AllowPrivateOption = False,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Character encoding of the input.")
    ] = None,
) -> None:
    """Read an article and translate it sentence by sentence (offline; needs an installed model).

    JSON and HTML hold the source and the translation aligned sentence by sentence; text and
    Markdown hold the translation alone.
    """
    from .. import api
    from ..pipeline import get_stage
    from ..read_many import guess_format
    from ..render import render
    from ..translate.cache import TranslationCache
    from ..translate.render import render_translation

    try:
        fmt = guess_format(fmt, output, many=False)
        article = api.read(source, allow_private=allow_private, encoding=encoding)
        if analyse:
            article = api.analyse(article)
        store = TranslationCache() if cache else None
        stage = get_stage("translate").configure(
            to=to,
            model=model,
            beam_size=beam_size,
            batch_size=batch_size,
            compute_type=compute_type,
            threads=threads,
            cache=store or False,
        )
        try:
            article = stage(article)
        except ModelMissingError as exc:
            # the stage's message ("the other stages still run") is true of 'read', not here:
            # this command wrote nothing
            pair = f"{article.language or 'this language'}→{to}"
            raise ModelMissingError(
                f"no {pair} translation model is installed, so nothing was translated",
                hint=exc.hint,
            ) from None
        done = article.translation
        if done is not None and done.translator == "none" and article.language == done.language:
            # the page was written out unchanged with exit code 0: an English page "translated"
            # into English (the default --to) looked like a translation that did nothing
            other = "ru" if done.language == "en" else "en"
            raise LanguagePairError(
                f"this article is already in {done.language}, the language asked for, so there "
                "is nothing to translate",
                hint=f"pass --to with another language, e.g. --to {other}",
            )
        if store is not None and store.problem:
            typer.secho(f"newsprism: note: {store.problem}", err=True, fg=typer.colors.YELLOW)
        text = render_translation(article, fmt) if fmt in ("md", "text") else render(article, fmt)
        write_output(text, output)
    except NewsprismError as error:
        if state.debug:
            raise
        raise fail(error) from None


@models_app.command("list")
def list_models() -> None:
    """List the installed translation models."""
    from ..translate.models import list_models as installed
    from ..translate.models import translate_dir

    models, broken = installed()
    if not models and not broken:
        typer.echo(f"No translation models installed (looked in {translate_dir()}).")
        typer.echo(
            "Install one: newsprism models install translate-ru-en   (online)\n"
            "         or: newsprism models install FILE.argosmodel"
        )
        return
    rows = [("NAME", "PAIR", "VERSION", "KIND", "SIZE")]
    for m in models:
        size = f"{m.size_bytes() / 1e6:.1f} MB"
        rows.append((m.name, f"{m.source}→{m.target}", m.version, m.kind, size))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        typer.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    for folder, reason in broken:
        typer.echo(f"{folder.name}: not usable ({reason})")


@models_app.command("install")
def install(
    what: Annotated[
        str,
        typer.Argument(
            help="An .argosmodel file, a converted OPUS-MT folder, or a name like translate-ru-en (downloads)."
        ),
    ],
    source: Annotated[
        str | None, typer.Option("--from", help="Source language of an OPUS-MT folder.")
    ] = None,
    target: Annotated[
        str | None, typer.Option("--to", help="Target language of an OPUS-MT folder.")
    ] = None,
    sha256: Annotated[
        str | None, typer.Option("--sha256", help="Expected SHA-256 of a downloaded package.")
    ] = None,
) -> None:
    """Install a translation model from a file or folder, or download one by name."""
    from ..translate import models

    try:
        path = Path(what).expanduser()
        if path.exists() or "/" in what or what.endswith(".argosmodel"):
            model = models.install_path(path, source, target)
        else:
            with _DownloadBar(what) as bar:
                model, digest = models.install_from_index(what, sha256=sha256, progress=bar.update)
            typer.echo(f"downloaded {what}: SHA-256 {digest}")
    except NewsprismError as error:
        if state.debug:
            raise
        raise fail(error) from None
    typer.echo(f"installed {model.name} ({model.source}→{model.target}, version {model.version})")


@models_app.command("remove")
def remove(name: Annotated[str, typer.Argument(help="The model's name in 'models list'.")]) -> None:
    """Delete an installed translation model."""
    from ..translate.models import remove_model

    try:
        removed = remove_model(name)
    except NewsprismError as error:
        if state.debug:
            raise
        raise fail(error) from None
    typer.echo(f"removed {name}" + ("" if isinstance(removed, Path) else f" ({removed.path})"))


class _DownloadBar:
    """A rich progress bar on a terminal; nothing when output is piped."""

    def __init__(self, what: str) -> None:
        self._what = what
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> _DownloadBar:
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )

            self._progress = Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
            )
            self._progress.start()
            self._task = self._progress.add_task(f"downloading {self._what}", total=None)
        return self

    def update(self, done: int, total: int | None) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
