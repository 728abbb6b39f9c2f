"""Fit the edge scorer (``benchmarks/extraction_edges.py``; round 12, not adopted) on a dev half.

When the two extractors found the same article, trafilatura's blocks before the first and after
the last block readability confirms lie at the article's *edges*: some are the article (an
opening or an ending readability missed), most are chrome (bylines, related links, newsletter
boxes).  Until round 12 a rule cut them all (with a few exceptions at the head); the issue asks
to keep what the base extractor keeps unless there is strong evidence it is boilerplate.  This
script collects those edge blocks on development pages, labels each from the page's gold (a
block whose 4-shingles are mostly in the gold text is the article's; for a snippet set, a block
holding a snippet to keep is the article's and one holding a snippet to leave out is not;
blocks the gold does not judge are left out, as are prefix golds, which judge only a page's
beginning), and fits a logistic regression on the block's own features
(:func:`extraction_edges.block_features`).  It prints the weights (``extraction_edges.WEIGHTS``)
and how many article and chrome blocks the scorer keeps on the other half.

Run: ``nice python benchmarks/extraction_trim_model.py --fit dev-a --check dev-b
[--sets trafilatura-eval,fundus,...]``.  Needs scikit-learn (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_edges as edges  # noqa: E402
from extraction_sets import (  # noqa: E402
    EXTRA_SETS,
    FRESH_SETS,
    SCORED_ONLY_SETS,
    SETS,
    Page,
    available,
    block_label,
    pages,
)

_NOT_FITTED = (*FRESH_SETS, *SCORED_ONLY_SETS)

import newsprism  # noqa: E402
from newsprism.errors import NewsprismError  # noqa: E402
from newsprism.extract import html as html_mod  # noqa: E402
from newsprism.extract import merge as m  # noqa: E402
from newsprism.extract.merge import Candidate, block_text  # noqa: E402


def edge_rows(page: Page) -> list[tuple[list[float], int]]:
    seen: list[tuple[Candidate, Candidate]] = []
    real = html_mod._settle

    def settle(primary: Candidate, second: Candidate) -> Any:
        if not seen:
            seen.append((primary, second))
        return real(primary, second)

    with mock.patch.object(html_mod, "_settle", settle):
        try:
            newsprism.read(page.html, stages=())
        except NewsprismError:
            return []
    if not seen:
        return []
    primary, second = seen[0]
    if not second.blocks or m.merge(primary, second)[1] != "trafilatura+readability":
        return []
    rows = []
    for i, feats in edges.edge_features(primary, second):
        label = block_label(page, block_text(primary.blocks[i]), lone_without_snippets=False)
        if label is not None:
            rows.append((feats, label))
    return rows


def collect(sets: list[str], part: str) -> list[tuple[list[float], int]]:
    out: list[tuple[list[float], int]] = []
    for set_name in sets:
        if not available(set_name):
            continue
        n = 0
        for page in pages(set_name, part):
            out.extend(edge_rows(page))
            n += 1
        print(f"{set_name} / {part}: {n} pages, {len(out)} edge blocks so far", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sets", default=",".join(s for s in (*EXTRA_SETS, *SETS) if s not in _NOT_FITTED)
    )
    parser.add_argument("--fit", default="dev-a")
    parser.add_argument("--check", default="dev-b")
    parser.add_argument("--cache", type=Path, help="read/write the collected rows here")
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression

    sets = [s for s in args.sets.split(",") if s not in _NOT_FITTED]  # the held-out set: never
    data: dict[str, list[tuple[list[float], int]]] = {}
    if args.cache and args.cache.is_file():
        data = json.loads(args.cache.read_text())
    for part in (args.fit, args.check):
        if part not in data:
            data[part] = collect(sets, part)
    if args.cache:
        args.cache.write_text(json.dumps(data))
    fit_x = [r[0] for r in data[args.fit]]
    fit_y = [r[1] for r in data[args.fit]]
    model = LogisticRegression(C=1.0, max_iter=2000).fit(fit_x, fit_y)
    print(f"\nfit on {args.fit}: {len(fit_y)} blocks, {sum(fit_y)} the article's")
    print("WEIGHTS = (")
    for name, w in zip(edges.FEATURES, model.coef_[0], strict=True):
        print(f"    {w:+.3f},  # {name}")
    print(")")
    print(f"BIAS = {model.intercept_[0]:+.3f}")
    check = data[args.check]
    for threshold in (0.2, 0.3, 0.4, 0.5):
        kept = [(model.predict_proba([x])[0][1] >= threshold, y) for x, y in check]
        kept_article = sum(1 for k, y in kept if k and y)
        kept_chrome = sum(1 for k, y in kept if k and not y)
        articles = sum(y for _, y in check)
        print(
            f"{args.check}, keep at p >= {threshold}: {kept_article}/{articles} article blocks"
            f" kept, {kept_chrome}/{len(check) - articles} chrome blocks kept"
        )


if __name__ == "__main__":
    main()
