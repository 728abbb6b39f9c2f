"""Claim tracing at scale: linking a new article's claims, and timeline queries, in a library
holding a million claim mentions.

The library is synthetic (built in a temporary folder): ``--articles`` stored articles with ten
claim mentions each, values drawn from a log-uniform range, dates over two years, random sentence
vectors, grouped into traces of one to twenty mentions.  Against it we time, in this process:
- ``link``: :func:`newsprism.trace.index.link_article` for real articles of our own fixtures
  (analysed beforehand, so each figure's counted role and owner are read already: the
  ``counted`` stage), split into encoding their sentences and the index work (candidates,
  scoring, writes); and the same articles as a library written before that stage holds them,
  whose figures' sentences are parsed at link time (afresh each round);
- ``timeline``: :func:`newsprism.trace.timeline` of random traces, p50 and p95.

Times are this process's CPU time (the machine is shared; every thread it runs counts), in
milliseconds; the whole link's wall time is printed beside it.

OpenBLAS (``--blas``): ``one``, the default, runs the process as newsprism's entry points run
theirs (the CLI, the web app, batch workers): one OpenBLAS thread for the whole process
(:func:`newsprism.threads.one_blas_thread_for_process`).  ``pool`` leaves OpenBLAS its default
pool, as every entry point did before: numpy products outside the stages'
``single_threaded_blas`` blocks then wake the pool, whose threads spin into the next link's CPU
time.  ``both`` alternates the two, round by round, in one process over one library, so that
a shared machine's load falls on both alike.

Run: ``nice python benchmarks/trace_scale.py [--articles 100000] [--blas one|pool|both]`` (about
a gigabyte on disk).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from newsprism import analyse, api, read  # noqa: E402
from newsprism.library import Library, db  # noqa: E402
from newsprism.threads import one_blas_thread_for_process, single_threaded_blas  # noqa: E402
from newsprism.trace import index, roles, timeline, vectors  # noqa: E402
from newsprism.trace.mentions import claim_mentions  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "trace"


def build(lib: Library, articles: int, per_article: int = 10) -> int:
    rng = random.Random(7)
    vec_rng = np.random.default_rng(7)
    start = 1_700_000_000.0
    trace_id = 0
    left_in_trace = 0
    conn = lib.conn
    with db.write_transaction(conn):
        conn.executemany(
            "INSERT INTO articles(id, content_hash, title, json) VALUES (?, ?, 'x', '{}')",
            ((i, f"h{i}") for i in range(1, articles + 1)),
        )
        conn.executemany(
            "INSERT INTO trace_articles(article_id, content_hash) VALUES (?, ?)",
            ((i, f"h{i}") for i in range(1, articles + 1)),
        )
    batch: list[tuple[object, ...]] = []
    for a in range(1, articles + 1):
        at = start + rng.random() * 2 * 365 * 86400
        blobs = vec_rng.integers(-127, 127, size=(per_article * 3, 512), dtype=np.int8)
        for k in range(per_article):
            if left_in_trace == 0:
                trace_id += 1
                left_in_trace = rng.randint(1, 20)
            left_in_trace -= 1
            value = 10 ** rng.uniform(0, 9)
            data = {
                "claim_id": k, "text": f"{value:.0f}", "sentence": "A synthetic sentence.",
                "value": value, "value_high": None, "unit": None, "hedge": "=", "qualifier": None,
                "about": "things", "period": None, "speaker": None, "asserted_by": "article",
                "confidence": None,
            }  # fmt: skip
            batch.append(
                ("claim", a, k, trace_id, value, None, "en", f"site{a % 500}.example", None, None, at,
                 json.dumps(data), blobs[3 * k].tobytes(), blobs[3 * k + 1].tobytes(),
                 blobs[3 * k + 2].tobytes())
            )  # fmt: skip
        if len(batch) >= 50_000 or a == articles:
            with db.write_transaction(conn):
                conn.executemany(
                    "INSERT INTO trace_mentions(kind, article_id, item_id, trace_id, value, "
                    "speaker_key, language, site, url, title, at, data, vec1, vec2, vec3) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    batch,
                )
            batch.clear()
    with db.write_transaction(conn):
        conn.executemany(
            "INSERT INTO traces(id, kind) VALUES (?, 'claim')",
            ((t,) for t in range(1, trace_id + 1)),
        )
    return trace_id


def _without_readings(article: Any) -> Any:
    """The article as a library written before the ``counted`` stage holds it."""
    if not any(getattr(c, "counted", None) for c in article.claims):
        return article
    claims = tuple(dataclasses.replace(c, counted=None) for c in article.claims)
    return dataclasses.replace(article, claims=claims)


def _new_row(lib: Library, article_id: int) -> int:
    article_id += 1
    lib.conn.execute(
        "INSERT INTO articles(id, content_hash, title, json) VALUES (?, ?, 'x', '{}')",
        (article_id, f"new{article_id}"),
    )
    return article_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument(
        "--blas",
        choices=("one", "pool", "both"),
        default="one",
        help="one OpenBLAS thread for the process (as newsprism's entry points), its default "
        "pool (as they were before), or both in turns",
    )
    args = parser.parse_args()
    if args.blas == "one":
        one_blas_thread_for_process()  # as the CLI, the web app and batch workers do
    # analysed as the library stores an article (``api.STORE_STAGES``: the analysis, then the
    # ``counted`` stage, which reads each figure's role and owner so that linking parses nothing)
    fixtures = [analyse(read(p), defaults=api.STORE_STAGES) for p in sorted(FIXTURES.glob("*.txt"))]
    if not all(c.counted for a in fixtures for c in a.claims):
        print("note: some figures have no counted reading (no parser installed?): parsed at link")
    vectors.encode(["warm-up"])
    with (
        tempfile.TemporaryDirectory(prefix="newsprism-trace-scale-") as tmp,
        Library.open(Path(tmp) / "library.sqlite") as lib,
    ):
        measure(lib, args, fixtures)


def measure(lib: Library, args: argparse.Namespace, fixtures: list[Any]) -> None:
    t0 = time.process_time()
    traces = build(lib, args.articles)
    mentions = lib.conn.execute("SELECT count(*) FROM trace_mentions").fetchone()[0]
    print(
        f"{mentions:,} claim mentions in {traces:,} traces, built in {time.process_time() - t0:.0f} s"
    )
    # the articles as stored before the ``counted`` stage kept each figure's role and owner:
    # linking them parses their figures' sentences (an older library's path)
    unread = [_without_readings(a) for a in fixtures]
    modes = ["pool", "one"] if args.blas == "both" else [args.blas]
    stats: dict[str, dict[str, list[float]]] = {m: defaultdict(list) for m in modes}
    article_id = args.articles
    for round_ in range(5 * len(modes)):
        mode = modes[round_ % len(modes)]
        if args.blas == "both":  # process-wide, as an entry point sets it (or did not)
            threadpool_limits(limits=1 if mode == "one" else os.cpu_count(), user_api="blas")
        article_id = _round(lib, fixtures, unread, article_id, stats[mode])
    for mode in modes:
        _report(mode, stats[mode], fixtures)
    rng = random.Random(11)
    times = []
    for _ in range(args.queries):
        trace_id = rng.randint(1, traces)
        t = time.process_time()
        timeline(lib.conn, trace_id)
        times.append((time.process_time() - t) * 1000)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(
        f"timeline query: p50 {statistics.median(times):.2f} ms, p95 {p95:.2f} ms ({args.queries} random traces)"
    )


def _round(
    lib: Library,
    fixtures: list[Any],
    unread: list[Any],
    article_id: int,
    st: dict[str, list[float]],
) -> int:
    """Link each fixture article once as it is and once without its readings; returns the last
    article id used."""
    for article, old in zip(fixtures, unread, strict=True):
        found = claim_mentions(article, 0)
        texts = [c.what for c in found] + [c.sentence for c in found]
        texts += [q.text for q in article.quotes]
        t = time.process_time()
        # what linking encodes (the role words apart): each distinct text once
        vectors.encode_once(texts)
        st["encode"].append((time.process_time() - t) * 1000)
        roles.clear_cache()  # each round parses its sentences afresh
        t = time.process_time()
        with single_threaded_blas():  # as linking runs it
            claim_mentions(old, article_id + 1)
        st["parse"].append((time.process_time() - t) * 1000)
        roles.clear_cache()
        article_id = _new_row(lib, article_id)
        t = time.process_time()
        index.link_article(lib.conn, article_id, old)
        st["unread"].append((time.process_time() - t) * 1000)
        # taken out again, so that the library each link meets is the same either way
        lib.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        roles.clear_cache()
        article_id = _new_row(lib, article_id)
        t, w = time.process_time(), time.perf_counter()
        index.link_article(lib.conn, article_id, article)
        st["link"].append((time.process_time() - t) * 1000)
        st["wall"].append((time.perf_counter() - w) * 1000)
    return article_id


def _report(mode: str, st: dict[str, list[float]], fixtures: list[Any]) -> None:
    med = statistics.median
    index_only = [i - e for i, e in zip(st["link"], st["encode"], strict=True)]
    label = "its default pool" if mode == "pool" else "one thread for the process"
    print(
        f"link a new article ({statistics.mean(len(a.claims) for a in fixtures):.0f} claims, "
        f"{statistics.mean(len(a.quotes) for a in fixtures):.0f} quotes), OpenBLAS {label}:"
    )
    print(
        f"  whole link_article  p50 {med(st['link']):7.1f} ms   max {max(st['link']):7.1f} ms"
        f"   (wall p50 {med(st['wall']):.1f} ms)"
    )
    print(f"  of which encoding   p50 {med(st['encode']):7.1f} ms")
    print(f"  index work alone    p50 {med(index_only):7.1f} ms")
    print(
        f"  an article stored without its figures' readings (parsed at link): "
        f"p50 {med(st['unread']):.1f} ms, of which the parse p50 {med(st['parse']):.1f} ms"
    )


if __name__ == "__main__":
    main()
