"""Adding many sources to a library: expand folders, skip what is stored, go on past failures.

Each source is read and analysed outside any transaction (the slow part) and then stored in one
short transaction, so an interrupted run loses at most the article in flight, and a re-run skips
every source whose exact text is already stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import NewsprismError
from ..pipeline import failures_warning
from ..sources import Document
from .store import Library

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".xhtml", ".txt")


@dataclass
class IngestReport:
    added: list[tuple[str, int]] = field(default_factory=list)
    skipped: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: stored, but an analysis stage failed on it: (source, the warning line)
    incomplete: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def expand(sources: Iterable[str]) -> Iterator[str]:
    """Folders become the pages inside them (recursively, sorted); everything else passes."""
    for source in sources:
        path = Path(source)
        if source not in ("-",) and "://" not in source and path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and p.name.lower().endswith(PAGE_SUFFIXES):
                    yield str(p)
        else:
            yield source


def default_process(article: Article) -> Article:
    from ..api import analyse

    return analyse(article)


def store_document(
    library: Library,
    doc: Document,
    *,
    source: str | None,
    analyse: Callable[[Article], Article] | None = default_process,
    article: Article | None = None,
) -> tuple[int, Article]:
    """Extract (unless ``article`` is given), analyse and store one loaded document.

    Returns the article's id and the article as stored.

    ``add`` and the feed poller both store through here, so an item from a feed is the same
    article, analysed the same way, as the page given to ``add``.
    """
    from ..api import read_document

    digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    if article is None:
        article = read_document(doc)
    if analyse is not None:
        article = analyse(article)
    return library.add(article, source=source, bytes_hash=digest), article


def add_sources(
    library: Library,
    sources: Iterable[str],
    *,
    analyse: Callable[[Article], Article] | None = default_process,
    allow_private: bool = False,
    on_item: Callable[[str, str], Any] | None = None,
) -> IngestReport:
    from ..sources import load

    report = IngestReport()
    for source in expand(sources):
        try:
            doc = load(source, allow_private=allow_private)
            digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
            done = library.source_done(source, digest) if source != "-" else None
            if done is not None:
                report.skipped.append((source, done))
                if on_item:
                    on_item(source, "skipped")
                continue
            article_id, article = store_document(
                library, doc, source=source if source != "-" else None, analyse=analyse
            )
            report.added.append((source, article_id))
            warning = failures_warning(article, source)
            if warning:
                report.incomplete.append((source, warning))
            if on_item:
                on_item(source, "added")
        except NewsprismError as error:
            report.failed.append((source, str(error)))
            if on_item:
                on_item(source, "failed")
    return report
