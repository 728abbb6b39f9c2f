"""The written development parts as the library groups them: half A (to develop on) and half B (to
check on), each as labelled and under the revised-count convention.

    nice python benchmarks/stories_written.py [--level happening] [--errors A] [--convention]

A = written13, 15, 17, 19, 23, 25, 27-34, 38, 40, 41, 42 and 43, and the development parts dev44
and dev45 (``stories_dev44``, ``stories_dev45``); B = written14, 16, 18, 20, 35, 36, 37, 39 and 44
(whole parts: ``stories.WRITTEN_A`` / ``WRITTEN_B``, the one split ``stories_feed.py`` uses too;
written35, written36, written37, written39 and written44, held out in the thirty-fifth to
thirty-seventh, the thirty-ninth and the forty-fourth sessions, joined B with their errors unread,
so the check half holds reports no change was written from; written38, held out in the
thirty-eighth, joined A in the thirty-ninth; written40, held out in the fortieth, joined A in the
forty-first; written41, written42 and written43, each held out and then a round in B unread,
joined A in the forty-third, the forty-fourth and the forty-fifth).  A part of
``stories.SCORED_ONLY`` (written44 in the forty-fifth session, the round's second check) is also
scored on rows of its own (``B w44``); a scored-only part of A would
be scored on its own rows only, not pooled into A.  Its errors are never printed (``--errors A``
reads A only, and leaves a scored-only part out) and the peer's threshold is not tuned on it.
A development part written with a blind part (``stories.DEV44``, ``stories.DEV45``: ``dev44``,
``dev45``) is pooled in A and also scored on rows of its own (``A dev45``); ``--parts dev45``
names it.
For each part, every article arrives in
publication order into one fresh library (all its languages together, the library's own window)
— the *library run* — and every labelled pair is also decided alone (*pairwise*).  Figures are
pooled per half and language pair: F1 (wrong joins / missed).  The TF-IDF peer's library run
(hashed unigrams of the whole text, IDF of the articles so far, its best match within the window
when the cosine reaches its threshold) is printed beside ours, its threshold tuned on half A's
library pairs.

**The revised-count convention** (``benchmarks/heldout.md``, thirty-fourth session, "New this
session" (2)): a report of the same event whose count (dead, injured, votes, money) is revised on
a later day is the same happening; a later report of a new development (an arrest, an inquiry, a
funeral, a trial) is the same running story only.  Two writers labelled the first kind otherwise
(written13 and written14: "next day's development"); written32 labelled it by the convention.
Their labels are not edited: ``stories_convention34.jsonl`` lists the pairs the convention reads
otherwise (each with the label as written, the label by the convention and why), and
``--convention`` scores with those labels; without it, as labelled.  ``--errors A`` prints the
misses and wrong joins of half A (titles and probabilities: development data only).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import stories as S  # noqa: E402

from newsprism.stories import match  # noqa: E402

B_PARTS = S.WRITTEN_B
A_PARTS = S.WRITTEN_A
#: parts scored only this session (last round's held-out part: the closest thing to next
#: round's), each on rows of its own; one of B is pooled in B as well (the check half holds it),
#: one of A is not pooled into A (development is A without it)
OWN_LINE = tuple(S.SCORED_ONLY)
#: development parts written with a blind part (``stories_dev44``, ``stories_dev45``): pooled in A and on rows of
#: their own as well (their first score is a blind measure of the code before it)
DEV_LINE = tuple(n for n in S.WRITTEN_A if n >= S.DEV_BASE)
CONVENTION = ROOT / "benchmarks" / "data" / "stories_convention34.jsonl"
LANGS = ("en-en", "en-ru", "ru-ru")


def convention_labels() -> dict[frozenset[str], str]:
    """The pairs the revised-count convention labels otherwise than their writer: pair → label."""
    if not CONVENTION.exists():
        return {}
    rows = S._jsonl(CONVENTION)
    return {frozenset((str(r["id1"]), str(r["id2"]))): str(r["convention"]) for r in rows}


def relabel(ds: S.Dataset, labels: dict[frozenset[str], str]) -> S.Dataset:
    """``ds`` with the convention's labels for the pairs it lists (at the set's level)."""
    import dataclasses

    pairs = [
        dataclasses.replace(p, label=S._level_label(labels[key], ds.level))
        if (key := frozenset((p.a, p.b))) in labels
        else p
        for p in ds.pairs
    ]
    return dataclasses.replace(ds, pairs=pairs)


Pool = dict[tuple[str, str, str], list[tuple[bool, int]]]


def f1_cell(xs: list[tuple[bool, int]]) -> str:
    tp = sum(1 for d, g in xs if d and g)
    fp = sum(1 for d, g in xs if d and not g)
    fn = sum(1 for d, g in xs if not d and g)
    f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f"{f:.3f} ({fp}/{fn})"


def part_number(word: str) -> int:
    """A written part named on the command line: ``33`` (written33) or ``dev44``."""
    if word.startswith("dev"):
        return S.DEV_BASE + int(word.removeprefix("dev"))
    return int(word)


def line_name(n: int) -> str:
    """The row name of a part scored on rows of its own: ``B w43``, ``A dev44``."""
    half = "B" if n in B_PARTS else "A"
    return f"{half} {S.part_prefix(n)}" if n >= S.DEV_BASE else f"{half} w{n}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--level", default="happening", choices=("happening", "running"))
    parser.add_argument("--convention", action="store_true", help="score by the convention")
    parser.add_argument("--errors", default="", help="print the errors of this half (A)")
    parser.add_argument("--parts", default="", help="only these written parts (13,33,dev44)")
    args = parser.parse_args()
    if args.errors and args.errors != "A":
        parser.error("--errors reads half A only (B is the check half)")
    labels = convention_labels() if args.convention else {}
    chosen = {part_number(x) for x in args.parts.split(",") if x} or set(A_PARTS + B_PARTS)
    pool: Pool = {}
    errors: list[str] = []
    runs: list[tuple[str, list[S.Pair], list[tuple[str, str, str, float]]]] = []
    for n in sorted(chosen):
        folder = S.part_folder(n)
        if not (folder / "pairs.jsonl").exists():
            continue
        half = "B" if n in B_PARTS else "A"
        # a scored-only part has rows of its own; in A it is pooled there only (development is
        # A without it), in B also in B (the check half holds it)
        if n in DEV_LINE:
            pools: tuple[str, ...] = (line_name(n), half)
        elif n not in OWN_LINE:
            pools = (half,)
        else:
            pools = (line_name(n), half) if half == "B" else (line_name(n),)
        sets = [
            relabel(ds, labels)
            for ds in S.load_written13(args.level, folder, S.part_prefix(n), halves=False)
        ]
        arts = sets[0].articles
        times = sets[0].times or {}
        ids = sorted((i for i in arts if i in times), key=lambda i: (times[i], i))
        run = [(i, arts[i]["title"], arts[i]["text"], times[i]) for i in ids]
        lib, _ = S.assign_in_order(run, match.WINDOW_SECONDS, 1.01, "best", args.level, dated=True)
        prints = S.Prints()
        pairs_all: list[S.Pair] = []
        for ds in sets:
            lang = ds.name.split()[2]
            scores, pred = S.ours(ds, ds.pairs, prints)
            pairs_all += ds.pairs
            for p, s, d in zip(ds.pairs, scores, pred, strict=True):
                joined = lib[p.a] == lib[p.b] if p.a in lib and p.b in lib else None
                for name in pools:
                    pool.setdefault((name, "pairwise", lang), []).append((d, p.label))
                    if joined is not None:
                        pool.setdefault((name, "library", lang), []).append((joined, p.label))
                wrong = d != bool(p.label) or (joined is not None and joined != bool(p.label))
                if wrong and half == args.errors and n not in OWN_LINE:
                    x, y = arts[p.a], arts[p.b]
                    apart = abs(times.get(p.a, 0) - times.get(p.b, 0)) / 3600
                    errors.append(
                        f"{S.part_prefix(n)} {lang} {p.a} {p.b} gold={p.label} pair={int(d)} "
                        f"library={'-' if joined is None else int(joined)} p={s:.3f} "
                        f"{apart:.0f}h\n   {x['title'][:110]}\n   {y['title'][:110]}"
                    )
        for name in pools:
            runs.append((name, pairs_all, run))
    peer = peer_runs(runs, args.level)
    print(
        f"newsprism stories, written development parts, {args.level} level, "
        f"{'by the revised-count convention' if labels else 'as labelled'}: F1 (wrong joins / "
        f"missed)\n"
    )
    print("| half | run | " + " | ".join(LANGS) + " |\n|---|---|---|---|---|")
    own = [line_name(n) for n in (*OWN_LINE, *DEV_LINE) if n in chosen]
    for half in ("B", *own, "A"):
        for mode in ("library", "pairwise"):
            cells = [f1_cell(pool.get((half, mode, lang), [])) for lang in LANGS]
            print(f"| {half} | {mode} | " + " | ".join(cells) + " |")
        cells = [f1_cell(peer.get((half, "library", lang), [])) for lang in LANGS]
        print(f"| {half} | TF-IDF library | " + " | ".join(cells) + " |")
    for line in errors:
        print(line)


def peer_runs(
    runs: list[tuple[str, list[S.Pair], list[tuple[str, str, str, float]]]], level: str
) -> Pool:
    """The TF-IDF peer's library runs, its threshold the best on half A's pooled pairs."""
    grid = [round(0.05 * k, 2) for k in range(2, 17)]
    by_t: dict[float, Pool] = {}
    for t in grid:
        pool: Pool = {}
        for half, pairs, run in runs:
            base = S.tfidf_in_order(run, match.WINDOW_SECONDS, t)
            for p in pairs:
                lang = p.lang
                if p.a in base and p.b in base:
                    joined = base[p.a] == base[p.b]
                    pool.setdefault((half, "library", lang), []).append((joined, p.label))
        by_t[t] = pool

    def a_f1(t: float) -> float:
        # same-script pairs only: hashed unigrams of two scripts share no word, so pooling the
        # cross-script pairs in would only push the threshold to the floor
        xs = [x for lang in ("en-en", "ru-ru") for x in by_t[t].get(("A", "library", lang), [])]
        return S.prf([d for d, _ in xs], [g for _, g in xs])[2]

    best = max(grid, key=a_f1)
    print(f"TF-IDF peer: threshold {best} (best pooled F1 on half A's same-script library pairs)")
    return by_t[best]


if __name__ == "__main__":
    main()
