"""Adding many sources to a library: expand folders, skip what is stored, go on past failures.

A failure of any kind on one source (a bad page, a network error, a bug in a stage) is recorded
in the report with its one-line reason and the next source is tried; only Ctrl-C stops a run.

Each source is read and analysed outside any transaction (the slow part) and then stored in one
short transaction, so an interrupted run loses at most the article in flight, and a re-run skips
every source whose exact text is already stored.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article
from ..budget import time_budget
from ..errors import as_newsprism_error
from ..pipeline import failures_warning
from ..sources import Document, display_name
from .store import Library

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".xhtml", ".txt")
#: documents a reader keeps beside saved pages that a folder's reading passes over: named in
#: the report, so a folder's PDF or single-file page (.mhtml) is not lost without a word (a
#: saved page's own scripts, styles and images are not worth a line each)
DOCUMENT_SUFFIXES = (
    ".pdf", ".mht", ".mhtml", ".webarchive", ".doc", ".docx", ".odt", ".rtf", ".epub",
    ".warc", ".warc.gz", ".jsonl",
)  # fmt: skip


@dataclass
class IngestReport:
    added: list[tuple[str, int]] = field(default_factory=list)
    #: those of ``added`` that replaced a stored article (a new text at a stored address, or a
    #: stored text from a new address or under a new title) rather than adding one
    updated: list[tuple[str, int]] = field(default_factory=list)
    #: sources that changed nothing: bytes stored from the source before, or a copy of a
    #: stored article (the same text, title and address) — ``add`` says "unchanged N"
    skipped: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: stored, but an analysis stage failed on it: (source, the warning line)
    incomplete: list[tuple[str, str]] = field(default_factory=list)
    #: documents inside the folders given that are not saved pages (see DOCUMENT_SUFFIXES)
    passed_over: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def expand(sources: Iterable[str], passed_over: list[str] | None = None) -> Iterator[str]:
    """Folders become the pages inside them (recursively, sorted); everything else passes.
    The documents in them that are not pages are appended to ``passed_over``."""
    for source in sources:
        path = Path(source)
        if source not in ("-",) and "://" not in source and path.is_dir():
            for p in sorted(path.rglob("*")):
                if not p.is_file():
                    continue
                name = p.name.lower()
                if name.endswith(PAGE_SUFFIXES):
                    yield str(p)
                elif passed_over is not None and name.endswith(DOCUMENT_SUFFIXES):
                    passed_over.append(str(p))
        else:
            yield source


def default_process(article: Article) -> Article:
    """The analysis an article gets before it is stored (``add``, feeds, imports): the
    analysis stages and the reading of its figures that linking its claims uses."""
    from ..api import STORE_STAGES, analyse

    return analyse(article, defaults=STORE_STAGES)


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
    # a batch's caller links it in one pass after (the CLI's ``add`` and imports, the poller)
    return library.add(article, source=source, bytes_hash=digest, link=False), article


def add_sources(
    library: Library,
    sources: Iterable[str],
    *,
    analyse: Callable[[Article], Article] | None = default_process,
    allow_private: bool = False,
    on_item: Callable[[str, str], Any] | None = None,
    timeout: float | None = None,
    debug: bool = False,
    report: IngestReport | None = None,
) -> IngestReport:
    """Read, analyse and store each source; ``timeout`` bounds the seconds spent on one.

    ``on_item(source, status)`` is called as each source is done, after its row is in
    ``report`` (pass your own ``report`` to read it there: the CLI prints each line as it goes).
    """
    report = report if report is not None else IngestReport()
    for source in expand(sources, report.passed_over):
        try:
            newest = library.newest_id()
            with time_budget(timeout, display_name(source)):
                article_id, article, copy_of = _add_one(library, source, analyse, allow_private)
            if article is None:
                report.skipped.append((source, article_id))
                if on_item:
                    on_item(source, "skipped")
                continue
            if copy_of is not None:
                # the same text, title and address as a stored article: stored again (the
                # source now names it) but nothing changed, so not "updated" (the walk, s27)
                report.skipped.append((source, article_id))
                if on_item:
                    on_item(source, "skipped")
                continue
            report.added.append((source, article_id))
            if article_id <= newest:
                report.updated.append((source, article_id))
            warning = failures_warning(article, source)
            if warning:
                report.incomplete.append((source, warning))
            if on_item:
                on_item(source, "added")
        except Exception as exc:  # noqa: BLE001 - one bad item never stops the batch
            if debug:
                traceback.print_exception(exc)
            report.failed.append((source, str(as_newsprism_error(exc))))
            if on_item:
                on_item(source, "failed")
    return report


def _add_one(
    library: Library,
    source: str,
    analyse: Callable[[Article], Article] | None,
    allow_private: bool,
) -> tuple[int, Article | None, int | None]:
    """Store one source; return its id, the article (``None``: these bytes were stored from
    this source already) and the id of a stored article it only repeats (the same text, title
    and address), if any."""
    from ..api import read_document
    from ..sources import load
    from ..walls import refuse_wall

    doc = load(source, allow_private=allow_private)
    digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    done = library.source_done(source, digest) if source != "-" else None
    if done is not None:
        return done, None, None
    article = read_document(doc)
    # a URL that gave a bot check or a consent wall: refused before anything is stored (the
    # feeds' poller retries such a page later; a URL given by hand is the user's to save)
    refuse_wall(article, doc, storing=True)
    copy_of = library.holds(article)
    article_id, stored = store_document(
        library,
        doc,
        source=source if source != "-" else None,
        analyse=analyse,
        article=article,
    )
    return article_id, stored, copy_of if copy_of == article_id else None
