"""What linking a new article into the traces costs on a library of real-looking articles.

The synthetic library of ``benchmarks/trace_scale.py`` (random vectors, ten figures an article,
values spread over a wide range) gives each figure few candidates, and understates the cost of a
link about tenfold: in a reader's library the same figures come back — an outlet's republished
copy, a feed's item of a wire story, a follow-up — so a new article's figures meet hundreds of
candidates.  Here the library is ``benchmarks/linking.py``'s: the tests' fixture articles
(English and Russian pages and texts) and, beyond their number, republished copies of the texts
with an edited headline, stored by ``newsprism add`` (so analysed as a library stores them,
counted roles and owners read).  Its traces are then emptied and every article is linked again,
one at a time in the order it was stored, as on arrival.

Printed, as CPU time of this process (the machine is shared): a link's mean, p50 and p95 in
ms, split into encoding the sentences and the index work (candidates, scoring, writes), the
candidate pairs a link compares; and **the peer-free ratio**: a link's mean CPU over the mean CPU
of reading and analysing one of the same pages for the library (``default_process``), measured in
the same process, rounds alternated, so the load falls on both alike (the goal, 50 ms a link,
is about 0.2 of the analysis on this machine's unloaded speed; the ratio says how far a
change moved a link whatever the load).

``--dump FILE`` writes every mention's trace (as the first mention of each trace, so two runs
compare whatever their row ids) and score: a speed change must leave it byte-identical.
``--profile N`` prints the N functions a link spends most CPU in (cProfile, one round).

Run: ``PYTHONPATH=src nice python benchmarks/trace_link.py [--articles 300] [--library PATH]
[--rounds 3]``; ``--library`` keeps the stored library between runs (built on the first; the
base code's and this tree's runs may share it: linking never changes the articles).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from linking import build_folder  # noqa: E402

from newsprism.article import Article  # noqa: E402
from newsprism.library import Library  # noqa: E402
from newsprism.threads import one_blas_thread_for_process  # noqa: E402
from newsprism.trace import index, vectors  # noqa: E402


def stored_library(path: Path, articles: int) -> None:
    """``newsprism add`` of the fixture folder into ``path`` (kept if it is there)."""
    if path.exists():
        return
    from typer.testing import CliRunner

    from newsprism.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        build_folder(folder, articles)
        result = CliRunner().invoke(app, ["add", str(folder), "--db", str(path), "--quiet"])
        if result.exit_code != 0:
            raise SystemExit(f"add failed: {result.output}")


def relink(db: Path, *, profile: cProfile.Profile | None = None) -> dict[str, Any]:
    """Empty the traces of a copy of the library and link every article again, in order."""
    spent = {"encode": 0.0, "candidates": 0}
    encode_once, encode_words, candidates = (
        vectors.encode_once,
        vectors.encode_words,
        index._candidates,
    )

    def timed(fn: Any) -> Any:
        def wrapper(*a: Any, **kw: Any) -> Any:
            t0 = time.process_time()
            try:
                return fn(*a, **kw)
            finally:
                spent["encode"] += time.process_time() - t0

        return wrapper

    def counted(*a: Any, **kw: Any) -> Any:
        rows = candidates(*a, **kw)
        spent["candidates"] += len(rows)
        return rows

    vectors.encode_once, vectors.encode_words = timed(encode_once), timed(encode_words)
    index._candidates = counted
    links: list[float] = []
    try:
        with Library.open(db) as lib:
            conn = lib.conn
            with conn:
                conn.execute("DELETE FROM trace_mentions")
                conn.execute("DELETE FROM trace_articles")
                conn.execute("DELETE FROM traces")
            rows = conn.execute("SELECT id, json FROM articles ORDER BY id").fetchall()
            for row in rows:
                article = Article.from_dict(json.loads(row["json"]))
                t0 = time.process_time()
                if profile is not None:
                    profile.enable()
                index.link_article(conn, int(row["id"]), article)
                if profile is not None:
                    profile.disable()
                links.append(time.process_time() - t0)
    finally:
        vectors.encode_once, vectors.encode_words = encode_once, encode_words
        index._candidates = candidates
    return {"links": links, **spent}


def dump(db: Path, out: Path) -> None:
    """Every mention's trace, named by its first mention, and its score."""
    with Library.open(db) as lib:
        rows = lib.conn.execute(
            "SELECT kind, article_id, item_id, trace_id, score FROM trace_mentions "
            "ORDER BY kind, article_id, item_id"
        ).fetchall()
    first: dict[int, tuple[int, int]] = {}
    for r in rows:
        first.setdefault(int(r["trace_id"]), (int(r["article_id"]), int(r["item_id"])))
    with out.open("w") as f:
        for r in rows:
            a, i = first[int(r["trace_id"])]
            score = "-" if r["score"] is None else f"{r['score']:.6f}"
            f.write(f"{r['kind']} {r['article_id']}:{r['item_id']} -> {a}:{i} {score}\n")


def analysis_cpu(pages: list[Path]) -> float:
    """Mean CPU seconds to read and analyse one page as the library stores it."""
    from newsprism import api
    from newsprism.library.ingest import default_process

    t0 = time.process_time()
    for p in pages:
        default_process(api.read(str(p)))
    return (time.process_time() - t0) / len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--library", type=Path, help="the stored library, kept between runs")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sample", type=int, default=20, help="pages analysed for the ratio")
    parser.add_argument("--dump", type=Path, help="write every mention's trace here")
    parser.add_argument("--profile", type=int, default=0, help="print the top N functions")
    args = parser.parse_args()
    one_blas_thread_for_process()
    import newsprism

    print(f"code: {Path(newsprism.__file__).resolve().parent}")
    with tempfile.TemporaryDirectory() as tmp:
        library = args.library or Path(tmp) / "stored.sqlite"
        stored_library(library, args.articles)
        folder = Path(tmp) / "pages"
        folder.mkdir()
        build_folder(folder, args.articles)
        pages = sorted(folder.iterdir())
        sample = pages[:: max(1, len(pages) // args.sample)][: args.sample]
        from newsprism.sentence_vectors import encode

        encode(["warm the encoder"])  # the model's load is no article's cost
        analysis_cpu(sample[:2])  # nor are the parsers'
        ratios, means, p50s, p95s = [], [], [], []
        for k in range(args.rounds):
            db = Path(tmp) / f"round{k}.sqlite"
            shutil.copy(library, db)
            prof = cProfile.Profile() if args.profile and k == 0 else None
            got = relink(db, profile=prof)
            per = analysis_cpu(sample)
            links = got["links"]
            mean = statistics.fmean(links)
            q = statistics.quantiles(links, n=20)
            means.append(mean)
            p50s.append(statistics.median(links))
            p95s.append(q[18])
            ratios.append(mean / per)
            print(
                f"round {k + 1}: {len(links)} articles linked: mean {1000 * mean:.1f} ms "
                f"(encoding {1000 * got['encode'] / len(links):.1f}, index "
                f"{1000 * (sum(links) - got['encode']) / len(links):.1f}), p50 "
                f"{1000 * p50s[-1]:.1f}, p95 {1000 * p95s[-1]:.1f}; "
                f"{got['candidates'] / len(links):.0f} candidates an article; "
                f"analysis {1000 * per:.0f} ms a page; link / analysis {ratios[-1]:.3f}",
                flush=True,
            )
            if prof is not None:
                pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)
                pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
            if args.dump and k == 0:
                dump(db, args.dump)
        print(
            f"median of {args.rounds}: link mean {1000 * statistics.median(means):.1f} ms, p50 "
            f"{1000 * statistics.median(p50s):.1f}, p95 {1000 * statistics.median(p95s):.1f}; "
            f"link / analysis {statistics.median(ratios):.3f}"
        )


if __name__ == "__main__":
    main()
