"""Claim tracing at scale: linking a new article's claims, and timeline queries, in a library
holding a million claim mentions.

The library is synthetic (built in a temporary folder): ``--articles`` stored articles with ten
claim mentions each, values drawn from a log-uniform range, dates over two years, random sentence
vectors, grouped into traces of one to twenty mentions.  Against it we time, in this process:
- ``link``: :func:`newsprism.trace.index.link_article` for real articles of our own fixtures
  (analysed beforehand), split into encoding their sentences and the index work (parsing each
  figure's sentence for its counted role, afresh each round; candidates, scoring, writes);
- ``timeline``: :func:`newsprism.trace.timeline` of random traces, p50 and p95.

Times are this process's CPU time (the machine is shared), in milliseconds.

Run: ``nice python benchmarks/trace_scale.py [--articles 100000]`` (about a gigabyte on disk).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

from newsprism import analyse, read  # noqa: E402
from newsprism.library import Library, db  # noqa: E402
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    fixtures = [analyse(read(p)) for p in sorted(FIXTURES.glob("*.txt"))]
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
    encode_ms, index_ms, parse_ms, claims = [], [], [], []
    for round_ in range(5):
        for n, article in enumerate(fixtures):
            article_id = args.articles + 1 + round_ * len(fixtures) + n
            lib.conn.execute(
                "INSERT INTO articles(id, content_hash, title, json) VALUES (?, ?, 'x', '{}')",
                (article_id, f"new{article_id}"),
            )
            texts = [c.text for c in article.claims] + [q.text for q in article.quotes]
            t = time.process_time()
            vectors.encode(texts * 2)
            encode_ms.append((time.process_time() - t) * 1000)
            roles.clear_cache()  # each round parses its sentences afresh
            t = time.process_time()
            claim_mentions(article, article_id)
            parse_ms.append((time.process_time() - t) * 1000)
            roles.clear_cache()
            t = time.process_time()
            index.link_article(lib.conn, article_id, article)
            index_ms.append((time.process_time() - t) * 1000)
            claims.append(len(article.claims))
    link_index = [i - e for i, e in zip(index_ms, encode_ms, strict=True)]
    print(
        f"link a new article ({statistics.mean(claims):.0f} claims, "
        f"{sum(len(a.quotes) for a in fixtures) / len(fixtures):.0f} quotes):"
    )
    print(
        f"  whole link_article  p50 {statistics.median(index_ms):7.1f} ms   max {max(index_ms):7.1f} ms"
    )
    print(f"  of which encoding   p50 {statistics.median(encode_ms):7.1f} ms")
    print(f"  index work alone    p50 {statistics.median(link_index):7.1f} ms")
    print(f"  of which the parse  p50 {statistics.median(parse_ms):7.1f} ms (counted roles)")
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


if __name__ == "__main__":
    main()
