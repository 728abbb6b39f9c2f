"""Merging a batch run's articles into the library: one process writes SQLite, never the workers.

A run's folder may be imported while it is still going (only committed shards are read) and
imported again later: a record already stored with the same text is skipped, so nothing doubles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..api import analyse
from ..article import Article
from ..errors import InputError, NewsprismError
from ..library.ingest import IngestReport
from ..library.store import Library
from . import output, storage


def import_results(
    library: Library, out: str, *, on_item: Callable[[str, str], Any] | None = None
) -> IngestReport:
    where = storage.locate(out)
    if output.read_manifest(where) is None:
        raise InputError(
            f"{out} is not the output folder of a batch run (no manifest.json)",
            hint="give the folder passed to `newsprism batch --out`",
        )
    report = IngestReport()
    for record, data in output.iter_articles(where):
        try:
            article = Article.from_dict(data)
            if not article.sentences:  # a run with --stages extract: the reader needs sentences
                article = analyse(article, ["segment"])
            # the archive's record key ("crawl.warc.gz#12") stays the source a re-import
            # skips by; the report names the page's address, which is what a reader knows
            label = article.metadata.url or record
            done = library.source_done(record, article.content_hash)
            if done is not None:
                report.skipped.append((label, done))
                status = "skipped"
            else:
                # a record repeating a stored article (the same page twice in a crawl): stored
                # under its key, reported "unchanged" as `add` does (it said "added" each time)
                copy_of = library.holds(article)
                newest = library.newest_id()
                article_id = library.add(
                    article, source=record, bytes_hash=article.content_hash, link=False
                )
                if copy_of == article_id:
                    report.skipped.append((label, article_id))
                    status = "skipped"
                else:
                    report.added.append((label, article_id))
                    if article_id <= newest:  # a new text at a stored address: a revision
                        report.updated.append((label, article_id))
                    status = "added"
        except (NewsprismError, ValueError, KeyError, TypeError) as exc:
            report.failed.append((record, f"cannot import this article: {exc}"))
            status = "failed"
        if on_item:
            on_item(record, status)
    return report
