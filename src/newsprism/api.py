"""The Python API the CLI and the web app are thin shells over."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import extract as extraction
from .article import Article
from .pipeline import Pipeline, Stage
from .sources import Document, load

#: what ``read`` runs after extraction
READ_STAGES: tuple[str, ...] = ("segment",)
#: what ``analyse`` runs by default, in order; names of stages not installed are skipped
ANALYSIS_STAGES: tuple[str, ...] = ("importance", "attribution", "claims")
#: what the library runs on an article before storing it: the analysis, then ``counted``
#: (what each figure counts and whose count it is, from a parse of its sentence), which only
#: tracing a claim across the library uses.  Run there, linking a stored article parses nothing;
#: left out of ``analyse``, reading one article does not pay for a parse it never uses
#: (10-15 ms an article, 8-16 % of the whole analysis).
STORE_STAGES: tuple[str, ...] = (*ANALYSIS_STAGES, "counted")


def read(
    source: str | Path | bytes,
    *,
    allow_private: bool = False,
    encoding: str | None = None,
    stages: Sequence[Stage | str] = READ_STAGES,
) -> Article:
    """Read a page (path, http(s) URL, ``-`` for standard input, or raw bytes) into an Article.

    Raises a :class:`~newsprism.errors.NewsprismError` subclass that says what went wrong (a URL
    that gives a bot check, a consent wall or an "enable JavaScript" page instead of the article:
    :class:`~newsprism.errors.WallPageError`).
    """
    from .walls import refuse_wall

    _check_source(source)
    doc = load(source, allow_private=allow_private, encoding=encoding)
    article = read_document(doc, stages=stages)
    refuse_wall(article, doc)  # a URL that gave a bot check or a consent wall
    return article


def _check_source(source: object) -> None:
    """Refuse, with a message that says what to pass instead, what cannot name a source: a
    ``str`` is a path or a URL, so an empty one or a page's markup held in a string is a mistake
    (it used to end as ". is a folder" or "no such file: <html>…")."""
    from .errors import EmptyInputError, InputError

    if isinstance(source, str):
        if not source.strip():
            raise EmptyInputError("the source is an empty string")
        if source.lstrip().startswith("<") or "\n" in source:
            raise InputError(
                "a str is read as a path or a URL, and this one looks like the page itself",
                hint="pass the page as bytes: newsprism.read(html.encode('utf-8'))",
            )
    elif not isinstance(source, bytes | os.PathLike):
        raise InputError(
            f"cannot read a source of type {type(source).__name__}",
            hint="give a path, an http(s) URL, '-' for standard input, or the page as bytes",
        )


def read_document(doc: Document, *, stages: Sequence[Stage | str] = READ_STAGES) -> Article:
    """Extract and segment a source already loaded (callers that need the Document itself)."""
    return Pipeline(stages)(extraction.extract(doc))


def analyse(
    article: Article,
    stages: Sequence[Stage | str] | None = None,
    *,
    options: dict[str, dict[str, Any]] | None = None,
    defaults: Sequence[str] = ANALYSIS_STAGES,
) -> Article:
    """Run analysis stages (by default those of ``defaults`` that are available) on an article.

    ``options`` configures stages by name, e.g. ``{"importance": {"count": 5}}``.
    """
    from .errors import InputError
    from .pipeline import get_stage, stage_names

    if not isinstance(article, Article):
        raise InputError(
            f"analyse takes an Article, not a {type(article).__name__}",
            hint="read it first: newsprism.analyse(newsprism.read(source))",
        )
    if stages is None:
        known = set(stage_names())
        stages = _runnable([get_stage(s) for s in defaults if s in known], article)
    resolved = [get_stage(s) if isinstance(s, str) else s for s in stages]
    if options:
        resolved = [s.configure(**options[s.name]) if s.name in options else s for s in resolved]
    if "sentences" not in _provided(article):
        resolved = [get_stage("segment"), *resolved]
    return Pipeline(resolved, given=_provided(article))(article)


def _runnable(defaults: list[Stage], article: Article) -> list[Stage]:
    """The default stages whose inputs are there: a stage that needs one that is not installed
    (``claims`` needs ``attribution``'s speakers and quotes) is skipped, like the missing one."""
    from .pipeline import get_stage

    have = _provided(article) | set(get_stage("segment").provides)
    out = []
    for stage in defaults:
        if stage.requires <= have:
            out.append(stage)
            have |= stage.provides
    return out


def _provided(article: Article) -> set[str]:
    from .pipeline import EXTRACTED, get_stage

    have = set(EXTRACTED)
    for name in article.stages:
        if name != "extract":
            have |= get_stage(name).provides
    return have


def listen(
    article: Article | str | Path | bytes,
    output: str | Path,
    *,
    engine: str | None = None,
    voice: str | None = None,
    rate: float = 1.0,
    language: str | None = None,
    html: str | Path | None = None,
    embed: bool | None = None,
) -> Any:
    """Narrate an article (or a source to read first) into ``output``, timings beside it.

    Returns a :class:`newsprism.speech.Narration`; with ``html``, also writes the page with a
    player.  For streaming, see :func:`newsprism.speech.stream`.
    """
    from .render.player_page import write_player_page
    from .speech import narrate

    if not isinstance(article, Article):
        article = read(article)
    narration = narrate(article, output, engine=engine, voice=voice, rate=rate, language=language)
    if html is not None:
        write_player_page(article, narration, Path(html), embed=embed)
    return narration
