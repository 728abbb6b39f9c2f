"""Batch runs over archives: WARC, JSON Lines, CSV of URLs and folders of saved pages, on a local
process pool or on Ray, into Parquet shards that a killed run resumes from.

>>> from newsprism.batch import run_batch, resolve_stages
>>> summary = run_batch(["crawl.warc.gz"], "out/", stages=resolve_stages("all"))  # doctest: +SKIP
"""

from __future__ import annotations

from .output import iter_articles, read_table
from .run import DEFAULT_SHARD_SIZE, Summary, resolve_stages, run_batch

__all__ = [
    "DEFAULT_SHARD_SIZE",
    "Summary",
    "iter_articles",
    "read_table",
    "resolve_stages",
    "run_batch",
]
