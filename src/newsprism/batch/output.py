"""A batch run's folder, and how shards are committed to it.

    DIR/manifest.json          the plan (every shard) and the options, written once
    DIR/<table>/<shard>.parquet  articles, quotes, speakers, claims, errors
    DIR/jsonl/<shard>.jsonl    the articles as JSON Lines (``--jsonl``)
    DIR/done/<shard>.json      the shard's counts: written last, it is the commit mark
    DIR/summary.json           the totals of the last run over DIR

Every file is written atomically.  A shard counts as finished only when its ``done`` mark
exists; a shard killed half-way is written again from scratch under the same names, so a
resumed run neither loses nor doubles a record.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import ConfigError
from . import storage, tables
from .inputs import Shard
from .process import Options, ShardResult

MANIFEST_VERSION = 1


def write_manifest(out: storage.Location, shards: list[Shard], options: Options) -> None:
    body = {
        "version": MANIFEST_VERSION,
        "options": options.to_dict(),
        "shards": [s.to_dict() for s in shards],
    }
    storage.write_atomic(out.child("manifest.json"), json.dumps(body, indent=1).encode())


def read_manifest(out: storage.Location) -> dict[str, Any] | None:
    loc = out.child("manifest.json")
    if not storage.exists(loc):
        return None
    data: dict[str, Any] = json.loads(storage.read_bytes(loc))
    return data


def check_resumable(manifest: dict[str, Any], shards: list[Shard], options: Options) -> None:
    """A folder may only be resumed by the same run: same shards, same options."""
    if manifest.get("options") != options.to_dict():
        raise ConfigError(
            f"the output folder holds a run with other options ({manifest.get('options')})",
            hint="give a new --out folder, or the same --stages as before to resume",
        )
    if manifest.get("shards") != [s.to_dict() for s in shards]:
        raise ConfigError(
            "the inputs changed since the run in the output folder started",
            hint="give a new --out folder, or the same inputs to resume",
        )


def finished(out: storage.Location) -> dict[str, dict[str, int]]:
    """The counts of every shard that is committed."""
    done = out.child("done")
    if storage.kind_of(done) != "dir":
        return {}
    marks = {}
    for path in storage.list_files(done):
        if path.endswith(".json"):
            shard = path.rsplit("/", 1)[-1][: -len(".json")]
            marks[shard] = json.loads(storage.read_bytes(storage.Location(out.fs, path, path)))
    return marks


def write_shard(out: storage.Location, result: ShardResult, *, jsonl: bool) -> None:
    for table in tables.TABLES:
        rows = getattr(result, table)
        buf = io.BytesIO()
        pq.write_table(tables.to_arrow(table, rows), buf, compression="zstd")
        storage.write_atomic(out.child(table, f"{result.shard}.parquet"), buf.getvalue())
    if jsonl:
        lines = "".join(r["article_json"] + "\n" for r in result.articles)
        storage.write_atomic(out.child("jsonl", f"{result.shard}.jsonl"), lines.encode())
    storage.write_atomic(
        out.child("done", f"{result.shard}.json"), json.dumps(result.counts).encode()
    )


def read_table(out: storage.Location, table: str) -> pa.Table:
    """One table of every committed shard, in shard order."""
    parts = [
        pq.read_table(storage.open_input(out.child(table, f"{shard}.parquet")))
        for shard in sorted(finished(out))
    ]
    if not parts:
        return tables.schema(table).empty_table()
    return pa.concat_tables(parts, promote_options="permissive")


def iter_articles(out: storage.Location) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(record, article dict)`` for every stored article of every committed shard."""
    for shard in sorted(finished(out)):
        t = pq.read_table(
            storage.open_input(out.child("articles", f"{shard}.parquet")),
            columns=["record", "article_json"],
        )
        for record, payload in zip(
            t.column("record").to_pylist(), t.column("article_json").to_pylist(), strict=True
        ):
            yield record, json.loads(payload)
