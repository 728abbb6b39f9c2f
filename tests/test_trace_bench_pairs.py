"""The trace benchmark reads every figure of a report from the pairs that can count
(``benchmarks/trace.py``: ``counting_pairs``, ``pair_count``; forty-first session): these must be
exactly the pairs of ``pairs`` that are one annotated claim or quote, one trace, or a baseline's
match, oriented as ``pairs`` orients them, and the number of pairs must be that of ``pairs``.
Invented mentions: figures of one unit within and beyond the exact baseline's half per cent,
quotes sharing most or few words, two kinds, several mentions of one article."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _bench() -> Any:
    name = "trace_bench_for_tests"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "trace.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


QUOTES = [
    "The harbour will reopen before the winter storms arrive",
    "the harbour will reopen before the winter storms",
    "We have asked the ministry for a second dredger",
    "Nobody told the ferry crews about the closure",
    "nobody told the crews about the closure",
]
# (value, unit): 1,000 and 1,004 are one figure for the exact baseline (within 0.5 %), 1,006
# is not; -12 and -12.05 agree; 0 and 3 million stand alone
FIGURES = [
    (1000.0, "people"),
    (1004.0, "people"),
    (1006.0, "people"),
    (1004.0, "tonnes"),
    (-12.0, "percent"),
    (-12.05, "percent"),
    (0.0, "people"),
    (3e6, "USD"),
]


def _golds() -> list[Any]:
    bench = _bench()
    golds = []
    for n, (value, unit) in enumerate(FIGURES):
        mention = SimpleNamespace(value=value, unit=unit, text=f"{value:g}")
        found = {"trace_id": 100 + n % 3}
        golds.append(
            bench.Gold(
                story=f"s{n % 2}",
                article=n % 4,
                kind="claim",
                surface=f"{value:g}",
                group=f"s{n % 2}/c{n % 3}",
                value=value,
                value_high=None,
                speaker=None,
                lang="en" if n % 2 else "ru",
                at=f"2026-03-0{1 + n % 5}",
                found=found,
                mention=mention,
            )
        )
    for n, text in enumerate(QUOTES):
        mention = SimpleNamespace(text=text) if n != 2 else None  # one quote not found
        golds.append(
            bench.Gold(
                story="s0",
                article=n % 3,
                kind="quote",
                surface=text,
                group=f"s0/q{n // 2}",
                value=None,
                value_high=None,
                speaker="Marta Kessa",
                lang="en",
                at=f"2026-03-0{5 - n % 4}",
                found=None if mention is None else {"trace_id": 200 + n % 2},
                mention=mention,
            )
        )
    return golds


def test_counting_pairs_are_the_pairs_that_can_count() -> None:
    bench = _bench()
    golds = _golds()
    tfidf = bench.tfidf_vectors([g for g in golds if g.kind == "quote"])
    every = bench.pairs(golds)
    wanted = [
        (a, b)
        for a, b in every
        if a.group == b.group or bench.linked(a, b) or bench.baseline(a, b, tfidf)
    ]
    got = bench.counting_pairs(golds, tfidf)
    keys = [(id(a), id(b)) for a, b in got]
    # every pair that counts, in the order and orientation of ``pairs`` ...
    assert [k for k in keys if k in {(id(a), id(b)) for a, b in wanted}] == [
        (id(a), id(b)) for a, b in wanted
    ]
    order = [(id(a), id(b)) for a, b in every]
    assert keys == [k for k in order if k in set(keys)]
    # ... and besides them only near misses of the baseline (1,004 beside 1,006), which count
    # for nothing
    extra = [(a, b) for a, b in got if (id(a), id(b)) not in {(id(x), id(y)) for x, y in wanted}]
    assert all(a.group != b.group and not bench.linked(a, b) for a, b in extra)
    assert not any(bench.baseline(a, b, tfidf) for a, b in extra)
    # the exact baseline's matches are among them, in both kinds
    assert any(a.kind == "claim" and bench.baseline(a, b, tfidf) for a, b in got)
    assert any(a.kind == "quote" and bench.baseline(a, b, tfidf) for a, b in got)
    assert bench.pair_count(golds) == len(every)


def test_without_baselines_only_one_claim_or_one_trace() -> None:
    bench = _bench()
    golds = _golds()
    got = {(id(a), id(b)) for a, b in bench.counting_pairs(golds)}
    wanted = {
        (id(a), id(b)) for a, b in bench.pairs(golds) if a.group == b.group or bench.linked(a, b)
    }
    assert got == wanted


def test_pair_count_leaves_out_one_article_and_two_kinds() -> None:
    bench = _bench()
    golds = _golds()
    brute = sum(
        a.kind == b.kind and a.article != b.article for a, b in itertools.combinations(golds, 2)
    )
    assert bench.pair_count(golds) == brute
