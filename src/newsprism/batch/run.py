"""``newsprism batch``: plan shards, skip the committed ones, run the rest, commit each as it ends."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..budget import DEFAULT_SECONDS
from ..errors import ConfigError
from . import output, storage
from .engines import ENGINES, run_local, run_ray
from .inputs import plan
from .process import Options

#: records per shard: small enough that a killed run loses little work and two workers stay
#: busy to the end, large enough that per-shard overhead (a Parquet file per table) is noise
DEFAULT_SHARD_SIZE = 100


@dataclass
class Summary:
    out: str
    engine: str
    workers: int
    shards: int = 0
    #: shards committed by an earlier, interrupted run over the same folder
    resumed: int = 0
    read: int = 0
    stored: int = 0
    failed: int = 0
    skipped: int = 0
    #: articles stored without what a failed analysis stage adds (listed in errors/)
    stage_failures: int = 0
    seconds: float = 0.0
    #: inputs (or their tails) that could not be read at all
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0 and not self.problems

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"ok": self.ok}


def resolve_stages(stages: str) -> tuple[str, ...]:
    """The stages to run after extraction: ``all`` (sentences and the default analysis),
    ``none`` (read only: languages and sentences), ``extract`` (extraction alone: text, blocks,
    title, metadata, figures — what a plain extractor gives, at its speed; the library adds the
    sentences on import), or a comma-separated list of stages."""
    from ..api import ANALYSIS_STAGES, READ_STAGES
    from ..pipeline import get_stage, stage_names

    if stages == "extract":
        return ()
    if stages in ("none", "read", ""):
        return READ_STAGES
    if stages == "all":
        known = set(stage_names())
        return READ_STAGES + tuple(s for s in ANALYSIS_STAGES if s in known)
    names = tuple(s.strip() for s in stages.split(",") if s.strip())
    for name in names:
        get_stage(name)  # a ConfigError naming the stages there are
    return READ_STAGES + tuple(n for n in names if n not in READ_STAGES)


def run_batch(
    inputs: Sequence[str],
    out: str,
    *,
    engine: str = "local",
    workers: int | None = None,
    address: str | None = None,
    stages: tuple[str, ...] = ("segment",),
    jsonl: bool = False,
    shard_size: int = DEFAULT_SHARD_SIZE,
    allow_private: bool = False,
    timeout: float | None = DEFAULT_SECONDS,
    runtime_env: dict[str, Any] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Summary:
    """Process every record of ``inputs`` into ``out``; resume if ``out`` holds the same run.

    ``progress(records_done, records_total)`` is called as shards finish.
    """
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}", hint="use --engine local or --engine ray")
    if not inputs:
        raise ConfigError("no inputs given", hint="give WARC, JSON Lines or CSV files, or folders")
    workers = workers or os.cpu_count() or 1
    if workers < 1:
        raise ConfigError("--workers must be at least 1")
    started = time.perf_counter()
    options = Options(stages=stages, allow_private=allow_private, timeout=timeout)
    where = storage.locate(out)
    planned = plan(list(inputs), shard_size)
    manifest = output.read_manifest(where)
    if manifest is None:
        output.write_manifest(where, planned.shards, options)
    else:
        output.check_resumable(manifest, planned.shards, options)
    done = output.finished(where)
    todo = [s for s in planned.shards if s.id not in done]
    summary = Summary(
        out=out,
        engine=engine,
        workers=workers,
        shards=len(planned.shards),
        resumed=len(done),
        problems=planned.problems,
    )
    total = sum(s.count for s in planned.shards)
    finished_records = sum(s.count for s in planned.shards if s.id in done)
    if progress:
        progress(finished_records, total)
    sizes = {s.id: s.count for s in planned.shards}
    if todo:
        results = (
            run_local(todo, options, workers)
            if engine == "local"
            else run_ray(todo, options, workers, address=address, runtime_env=runtime_env)
        )
        for result in results:
            output.write_shard(where, result, jsonl=jsonl)
            done[result.shard] = result.counts
            finished_records += sizes[result.shard]
            if progress:
                progress(finished_records, total)
    for counts in done.values():
        summary.read += counts["read"]
        summary.stored += counts["stored"]
        summary.failed += counts["failed"]
        summary.skipped += counts["skipped"]
        summary.stage_failures += counts.get("stage_failures", 0)  # not in older runs' marks
    summary.seconds = round(time.perf_counter() - started, 3)
    storage.write_atomic(
        where.child("summary.json"), json.dumps(summary.to_dict(), indent=1).encode()
    )
    return summary
