"""The unit of work: one shard in, its rows out.  A pure function of the shard and the options,
so that any worker, local or on Ray, on any attempt, produces the same rows for the same shard."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field, replace
from typing import Any

from ..article import Article
from ..budget import DEFAULT_SECONDS, time_budget
from ..errors import InputTooLargeError, NewsprismError
from . import storage, tables
from .inputs import Record, Shard, read_shard

#: the most one record's body may hold (the same cap ``read`` applies to files and downloads)
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    #: stages after extraction (see :func:`~newsprism.batch.run.resolve_stages`): ``("segment",)``
    #: reads (languages and sentences), ``()`` extracts only
    stages: tuple[str, ...] = ("segment",)
    allow_private: bool = False
    max_bytes: int = MAX_BYTES
    #: seconds one record may take (read and analysis); past it the record fails with the
    #: reason and the worker goes on with the next (``None``: no limit)
    timeout: float | None = DEFAULT_SECONDS

    def to_dict(self) -> dict[str, Any]:
        """What decides a record's result (the manifest keeps it: a resumed run must match)."""
        return {"stages": list(self.stages), "allow_private": self.allow_private}


@dataclass
class ShardResult:
    shard: str
    articles: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    speakers: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    #: records read from the input, and of them the ones that were not articles
    read: int = 0
    skipped: int = 0

    @property
    def counts(self) -> dict[str, int]:
        # an error row of a stage belongs to an article that was stored (see _process_record)
        stage_rows = [e for e in self.errors if e["step"].startswith(STAGE_STEP)]
        return {
            "read": self.read,
            "stored": len(self.articles),
            "failed": len(self.errors) - len(stage_rows),
            "skipped": self.skipped,
            "stage_failures": len({e["record"] for e in stage_rows}),
        }


#: the ``step`` of an error row that names a stage which failed on an article kept without it
STAGE_STEP = "stage "


def process_shard(shard: Shard, options: Options) -> ShardResult:
    """Read, analyse and tabulate every record of ``shard``; a record that fails becomes an
    error row with its reason, never an exception out of here."""
    result = ShardResult(shard=shard.id)
    try:
        for record in read_shard(shard, options.max_bytes):
            _process_record(record, shard, options, result)
    except NewsprismError as error:  # the input vanished or became unreadable mid-run
        result.errors.append(tables.error_row(shard.id, shard.input, None, "input", str(error)))
    return result


def _process_record(record: Record, shard: Shard, options: Options, result: ShardResult) -> None:
    result.read += 1
    if record.skip_reason is not None:
        result.skipped += 1
        return
    if record.error is not None:
        result.errors.append(
            tables.error_row(shard.id, record.key, record.url, "read", record.error)
        )
        return
    step = "read"
    try:
        with time_budget(options.timeout, record.key):
            article = _read(record, shard, options)
            if options.stages:
                step = "analyse" if set(options.stages) - {"segment"} else "read"
                from ..api import analyse

                article = analyse(article, list(options.stages))
    except NewsprismError as error:
        result.errors.append(tables.error_row(shard.id, record.key, record.url, step, str(error)))
        return
    except Exception as exc:  # a bug in one record must not cost the shard its other records
        where = traceback.extract_tb(exc.__traceback__)[-1]
        message = f"internal error: {type(exc).__name__}: {exc} ({where.filename}:{where.lineno})"
        result.errors.append(tables.error_row(shard.id, record.key, record.url, step, message))
        return
    tables.add_article(result, record.key, shard.input, article)
    # a stage that failed leaves its tables empty for this article, which reads as "no quotes"
    # or "no figures": the errors table says which stage failed and why, as `read` warns
    for failure in article.failures:
        why = failure.error + (f" — {failure.hint}" if failure.hint else "")
        result.errors.append(
            tables.error_row(shard.id, record.key, record.url, STAGE_STEP + failure.stage, why)
        )


def _read(record: Record, shard: Shard, options: Options) -> Article:
    """Extract one record; a record fetched from a URL (a WARC response, a JSON line with its
    ``url``, a CSV row) that holds a bot check, a consent wall or an "enable JavaScript" page
    fails with :class:`~newsprism.errors.WallPageError`, as ``add URL`` does: stored, it would
    stand in the library for the article the archive meant to keep.  Saved files never do."""
    from ..api import read_document
    from ..sources import decode, load
    from ..walls import refuse_wall

    if record.body is not None:
        doc = decode(
            record.body,
            source=record.url or record.key,
            url=record.url,
            http_charset=record.charset,
        )
    elif shard.kind == "files":  # through storage, so that s3:// folders work like local ones
        with storage.open_input(storage.locate(record.key)) as fh:
            data = fh.read(options.max_bytes + 1)
        if len(data) > options.max_bytes:
            raise InputTooLargeError(f"{record.key} is more than the 20 MB limit")
        doc = decode(data, source=record.key)
    else:
        assert record.url is not None
        doc = load(record.url, allow_private=options.allow_private)
    article = read_document(doc, stages=())  # extraction; the stages follow (see above)
    refuse_wall(article, doc, storing=True)
    if record.fetched:
        article = replace(article, metadata=replace(article.metadata, fetched=record.fetched))
    return article
