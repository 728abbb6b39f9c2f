"""Extraction speed: newsprism beside trafilatura and readability-lxml, CPU time, same run.

Three modes, all over the pages of ``benchmarks/extraction_sets.py``:

* **speed** (default): every page's bytes go to ``trafilatura.extract``, readability-lxml,
  ``newsprism.read(bytes, stages=())`` (extraction alone) and ``newsprism.read(bytes)`` (as users
  call it: language and sentences too), in the same loop, page after page; time is this
  process's CPU time (``time.process_time``), so other work on a shared machine does not skew the
  comparison as wall time would.  Printed: pages per CPU-second and the ratio to
  ``trafilatura.extract`` (its CPU seconds over newsprism's: 0.8 means newsprism reads 0.8 pages
  for every trafilatura page in the same CPU time).
* ``--hashes FILE``: for every page, a hash of what ``newsprism.read`` gives (the body blocks'
  text; the whole article with its sentences, as JSON), written to FILE; ``--compare OLD NEW``
  lists the pages whose hashes differ.  A speed step must keep every hash (or be measured for
  quality as a quality change).
* ``--profile N``: cProfile over N pages of each part asked for (extraction alone), the
  functions with the most cumulative and own time.

**Parts (round 14, issue 11's speed goal; written and committed before any speed run or
profile of this round):**

* *held out for speed*: the ``test`` parts, WCXB's test split (256 article pages of 2025) and
  the five shared sets' test parts (scrapinghub, dragnet, l3s-gn1, readability,
  cleanportaleval: 1,191 pages).  They are timed once with the base code (before) and once at
  the end (after), never profiled, and no step is chosen by their timings.  They are not new
  pages (earlier rounds scored their quality and their speed), but no round profiled them, and a
  speed step's risk is a layout whose cost it does not reduce, not a gold it learns.
* *development*: WCXB's dev split (``dev-a`` profiled and developed on, ``dev-b`` checked),
  CleanEval (all 730 pages, profiled; round 14's ``extract`` split it into ``dev-a``/``dev-b``
  after this rule was written, when its part ``fresh`` became evan-extract's) and
  trafilatura-eval (``dev-a``/``dev-b``: checked).  The output hashes are taken on these 2,429
  pages.

**Round 15 (issue 11, written and committed before any speed run or profile of this round):**
a fresh part held out for speed, ``evan-extract/fresh``: every page of evan-extract (85 English
news and magazine pages of 2021, 31 MB of HTML; round 14's held-out set for quality), chosen
because no round has timed or profiled it and because its pages are modern and large, the kind
on which newsprism is short of the goals.  Timed once with the base ``c8e1762`` (before) and once
at the end (after), never profiled, no step chosen by its timings.  The held-out ``test`` parts
above stay held out (timed before and after, never profiled); development is unchanged.

**Round 29 (issue 11):** the same parts (evan-extract's folder was not restored this round: the
held-out part is WCXB's test split and the five shared sets' test parts, 1,447 pages), timed
with the base 489dd44 and at the end; the steps were chosen on WCXB dev-a (profiled) and checked
on WCXB dev-b, each proven identical by ``--hashes`` on every development page
(``--parts every-dev --no-sentences``: 2,042 pages this round).

**Round 30 (issue 11):** the same held-out parts, evan-extract's ``fresh`` among them again
(its folder restored: 1,532 pages), timed with the base 4bbd16d and at the end.  WCXB's test
split was also profiled this round (the round's plan asked what costs there): it is held out for
speed no longer; the others were only timed.  The step (trafilatura's id-and-class expressions
read through Python twins, ``extract/twins.py``) was proven identical by ``--hashes`` on every
development page (``--parts every-dev --no-sentences``: 4,980 pages).

Run: ``nice python benchmarks/extraction_speed.py [--sets wcxb,cleaneval] [--parts dev-a]
[--limit N] [--hashes FILE | --compare OLD NEW | --profile N]``.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import json
import os
import pstats
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_sets  # noqa: E402

import newsprism  # noqa: E402
from newsprism.article import AUXILIARY_KINDS  # noqa: E402
from newsprism.errors import NewsprismError  # noqa: E402

#: the held-out parts for speed and the development parts (see the module's docstring)
HELD_OUT = [
    ("evan-extract", extraction_sets.FRESH),
    ("wcxb", "test"),
    *((s, "test") for s in extraction_sets.SETS),
]
DEVELOPMENT = [
    ("wcxb", "dev-a"),
    ("wcxb", "dev-b"),
    ("cleaneval", "dev-a"),
    ("cleaneval", "dev-b"),
    ("trafilatura-eval", "dev-a"),
    ("trafilatura-eval", "dev-b"),
]


def _trafilatura(html: bytes) -> None:
    import trafilatura

    trafilatura.extract(html, include_comments=False)


def _readability(html: bytes) -> None:
    from readability import Document as ReadabilityDocument

    # readability raises bare Unparseable and lxml errors on odd pages
    with contextlib.suppress(Exception):
        lxml.html.fromstring(ReadabilityDocument(html).summary(html_partial=True))


def _newsprism_read(html: bytes) -> None:
    with contextlib.suppress(NewsprismError):
        newsprism.read(html, stages=())


def _newsprism_sentences(html: bytes) -> None:
    with contextlib.suppress(NewsprismError):
        newsprism.read(html)


RUNNERS: dict[str, Callable[[bytes], None]] = {
    "trafilatura": _trafilatura,
    "readability-lxml": _readability,
    "newsprism read": _newsprism_read,
    "newsprism read+sentences": _newsprism_sentences,
}


def _parts(sets: str, parts: str) -> list[tuple[str, str]]:
    wanted_sets = set(sets.split(",")) if sets else None
    chosen = HELD_OUT + DEVELOPMENT if parts == "all" else []
    if parts == "held-out":
        chosen = HELD_OUT
    elif parts == "dev":
        chosen = DEVELOPMENT
    elif parts == "every-dev":  # round 17's identity check: every development page of every set
        chosen = DEVELOPMENT + [
            (s, p)
            for s in (*extraction_sets.EXTRA_SETS, *extraction_sets.SETS)
            if s not in extraction_sets.FRESH_SETS
            and s not in ("wcxb", "cleaneval", "trafilatura-eval")
            for p in (("dev",) if s in extraction_sets.SETS else ("dev-a", "dev-b"))
        ]
    elif not chosen:
        names = parts.split(",")
        chosen = [(s, p) for s, p in HELD_OUT + DEVELOPMENT if p in names]
    return [
        (s, p)
        for s, p in chosen
        if (wanted_sets is None or s in wanted_sets) and extraction_sets.available(s)
    ]


def _pages(
    parts: list[tuple[str, str]], limit: int
) -> Iterator[tuple[str, str, extraction_sets.Page]]:
    for set_name, part in parts:
        for page in extraction_sets.pages(set_name, part, limit):
            yield set_name, part, page


# -- speed ---------------------------------------------------------------------------------------


@dataclass
class Clock:
    seconds: float = 0.0


def speed(parts: list[tuple[str, str]], limit: int) -> None:
    print(f"{'part':<28} {'pages':>5} " + " ".join(f"{n:>26}" for n in RUNNERS))
    grand = {n: Clock() for n in RUNNERS}
    grand_pages = 0
    for set_name, part in parts:
        clocks = {n: Clock() for n in RUNNERS}
        n = 0
        for page in extraction_sets.pages(set_name, part, limit):
            n += 1
            for name, run in RUNNERS.items():
                t0 = time.process_time()
                run(page.html)
                clocks[name].seconds += time.process_time() - t0
        if not n:
            continue
        _speed_row(f"{set_name}/{part}", n, clocks)
        for name in RUNNERS:
            grand[name].seconds += clocks[name].seconds
        grand_pages += n
    if len(parts) > 1 and grand_pages:
        _speed_row("all parts above", grand_pages, grand)


def _speed_row(label: str, n: int, clocks: dict[str, Clock]) -> None:
    base = clocks["trafilatura"].seconds
    cells = []
    for name in RUNNERS:
        s = clocks[name].seconds
        ratio = base / s if s else 0.0
        cells.append(f"{n / s if s else 0.0:9.1f} p/s {ratio:5.2f}x {s:6.1f}s")
    print(f"{label:<28} {n:5d} " + " ".join(f"{c:>26}" for c in cells), flush=True)


# -- output hashes -------------------------------------------------------------------------------


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def page_hashes(html: bytes, *, sentences: bool = True) -> dict[str, str]:
    """The body's hash (extraction alone) and the whole article's, sentences included (unless
    ``sentences`` is false: a check of an extraction step)."""
    try:
        article = newsprism.read(html, stages=())
    except NewsprismError as exc:
        return {"error": type(exc).__name__}
    body = "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)
    out = {
        "body": _digest(body),
        "article": _digest(json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)),
    }
    if not sentences:
        return out
    try:
        full = newsprism.read(html)
    except NewsprismError as exc:
        out["sentences"] = type(exc).__name__
        return out
    out["sentences"] = _digest(json.dumps(full.to_dict(), sort_keys=True, ensure_ascii=False))
    return out


def hashes(parts: list[tuple[str, str]], limit: int, path: Path, *, sentences: bool = True) -> None:
    out: dict[str, dict[str, str]] = {}
    t0 = time.process_time()
    for set_name, part, page in _pages(parts, limit):
        out[f"{set_name}/{part}/{page.id}"] = page_hashes(page.html, sentences=sentences)
    path.write_text(json.dumps(out, indent=0, sort_keys=True), "utf-8")
    print(f"{len(out)} pages hashed in {time.process_time() - t0:.0f} CPU s -> {path}")


def compare(old_path: Path, new_path: Path) -> int:
    old = json.loads(old_path.read_text("utf-8"))
    new = json.loads(new_path.read_text("utf-8"))
    common = sorted(set(old) & set(new))
    # a file written with --no-sentences holds no "sentences" hash: compare what both hold
    for k in common:
        if "sentences" not in old[k] or "sentences" not in new[k]:
            old[k].pop("sentences", None)
            new[k].pop("sentences", None)
    differ = {k: [f for f in ("body", "article", "sentences") if
                  old[k].get(f) != new[k].get(f)] for k in common if old[k] != new[k]}  # fmt: skip
    withheld: dict[str, int] = {}
    for key, fields in differ.items():
        set_name = key.split("/", 1)[0]
        if set_name in extraction_sets.SCORED_ONLY_SETS:
            # scored only this session: a count, never which page
            withheld[set_name] = withheld.get(set_name, 0) + 1
            continue
        print(f"differs: {key} ({', '.join(fields) or 'error'})")
    for set_name, count in withheld.items():
        print(f"differs: {count} page(s) of {set_name} (scored only this session: not named)")
    only = len(set(old) ^ set(new))
    print(f"{len(common)} pages compared, {len(differ)} differ, {only} in one file only")
    return 1 if differ else 0


# -- profile -------------------------------------------------------------------------------------


def profile(parts: list[tuple[str, str]], limit: int, top: int = 40) -> None:
    htmls = [page.html for _, _, page in _pages(parts, limit)]
    _newsprism_read(htmls[0])  # imports and first-use compilations outside the profile
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for html in htmls:
        _newsprism_read(html)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    parser.add_argument(
        "--parts",
        default="held-out",
        help="held-out, dev, every-dev, all, or part names (fresh, test, dev-a, dev-b)",
    )
    parser.add_argument("--limit", type=int, default=0, help="pages per part (0: all)")
    parser.add_argument("--hashes", type=Path, help="write every page's output hashes here")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"))
    parser.add_argument(
        "--no-sentences", action="store_true", help="--hashes of extraction alone (no sentences)"
    )
    parser.add_argument("--profile", type=int, default=0, help="cProfile N pages of each part")
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.hashes:
        hashes(
            _parts(args.sets, args.parts), args.limit, args.hashes, sentences=not args.no_sentences
        )
    elif args.profile:
        profile(_parts(args.sets, args.parts), args.profile)
    else:
        speed(_parts(args.sets, args.parts), args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
