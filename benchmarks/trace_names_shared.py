"""How often two articles share no name, by how many names the article naming fewer holds.

The counts behind ``identity.OTHER_EVENT_GRADED`` (docs/trace.md, Round 40): over the article
pairs of development half A (``trace.py``'s ``develop-a``, without its scored-only splits, so
without test39), the share of pairs sharing no name key (``mentions.name_keys``) among pairs of
one story and among pairs of two stories, in bands of the smaller article's name count.  Only
half A is counted (the half the grading was shaped on); a held-out part is never read here.

The articles are read from an analysed library of half A: ``trace.py --cache DIR`` keeps one as
``DIR/develop-a.sqlite``; without it, half A is read, analysed and linked afresh (slow).

Run: ``PYTHONPATH=src nice python benchmarks/trace_names_shared.py [--cache DIR]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import sys
import tempfile
from pathlib import Path
from typing import Any

from newsprism.library import Library
from newsprism.trace.mentions import name_keys

PART = "develop-a"
#: the bands of the smaller article's name count the docs give
BANDS = ((1, 2), (3, 4), (5, 7), (8, 12), (13, 10_000))


def _trace_benchmark() -> Any:
    """``benchmarks/trace.py`` (its parts and library; imported by path, since ``trace`` is
    also a module of the standard library)."""
    path = Path(__file__).with_name("trace.py")
    spec = importlib.util.spec_from_file_location("trace_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["trace_benchmark"] = module
    spec.loader.exec_module(module)
    return module


def articles(db: Path, bench: Any) -> list[tuple[str, frozenset[str]]]:
    """Each development article of half A as (its story, its name keys)."""
    found: list[tuple[str, frozenset[str]]] = []
    with Library.open(db) as lib:
        for story in bench.load(PART):
            if story["split"] in bench.SCORED_ONLY:
                continue
            for n, art in enumerate(story["articles"]):
                url = f"https://{art['outlet']}/{story['story']}/{n}"
                row = lib.conn.execute("SELECT id FROM articles WHERE url = ?", (url,)).fetchone()
                if row is None:
                    raise SystemExit(f"{url} is not in {db}: a cache of another part or code?")
                found.append((str(story["story"]), frozenset(name_keys(lib.get(int(row[0]))))))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help="trace.py's --cache folder")
    args = parser.parse_args()
    bench = _trace_benchmark()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "a.sqlite"
        cached = args.cache / f"{PART}.sqlite" if args.cache else None
        if cached is not None and cached.exists():
            db = cached
        else:
            bench.CACHE = args.cache  # trace.py's --cache: where build keeps the library
            bench.build(
                [s for s in bench.load(PART) if s["split"] not in bench.SCORED_ONLY], db, PART
            )
        arts = articles(db, bench)
    # per band: [one story: pairs, none shared; two stories: pairs, none shared]
    counts = {band: [0, 0, 0, 0] for band in BANDS}
    for (story_a, names_a), (story_b, names_b) in itertools.combinations(arts, 2):
        if not names_a or not names_b:
            continue  # an article naming nobody gives the feature nothing to read
        fewer = min(len(names_a), len(names_b))
        band = next(b for b in BANDS if b[0] <= fewer <= b[1])
        at = 0 if story_a == story_b else 2
        counts[band][at] += 1
        counts[band][at + 1] += not names_a & names_b
    print(f"{PART} without {', '.join(bench.SCORED_ONLY)}: {len(arts)} articles")
    print("names of the article naming fewer | one story: pairs, none shared | two stories")
    for (lo, hi), (same, same_none, other, other_none) in counts.items():
        label = f"{lo}-{hi}" if hi < 10_000 else f"{lo}+"
        print(
            f"{label:>6} | {same:6,} {same_none / max(same, 1):6.0%} "
            f"| {other:8,} {other_none / max(other, 1):6.0%}"
        )


if __name__ == "__main__":
    main()
