"""Fit and check the scorer for disputed edge blocks (``extraction_disputed_model``), round 15.

``--dump PART``: reads every page of the part (every development set; the held-out set never)
with the code as it is, and writes per page what the merge saw (when both extractors found the
same article: the rule ``trafilatura+readability``): the body newsprism returned, and each of
trafilatura's disputed blocks (before the first and after the last block readability confirms)
with its features and whether the merge kept it.  Nothing of a page's gold is written.

``--fit dev-a --check dev-b``: fits a logistic regression on the disputed blocks of the fit
part, labelled from the gold (a block whose 4-shingles are mostly in the gold is the article's;
a snippet set: a block holding a snippet to keep, or to leave out; prefix golds judge no block),
prints the weights, then simulates each variant on both parts, per set: the body as newsprism
returned it, with the disputed blocks the variant keeps added (the head's before it, the tail's
after it), scored with each set's own metric.  The variant chosen is then put into the code and
scored for real with ``benchmarks/extraction.py``.

Run: ``nice python benchmarks/extraction_disputed.py --dump dev-a --out A.json`` (and dev-b),
then ``python benchmarks/extraction_disputed.py --fit A.json --check B.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_disputed_model as disputed  # noqa: E402
from extraction_sets import (  # noqa: E402
    EXTRA_SETS,
    FRESH_SETS,
    SCORED_ONLY_SETS,
    SETS,
    SNIPPET_SETS,
    Page,
    available,
    block_label,
    page_row,
    pages,
    scores,
    snippet_counts,
    snippet_scores,
)

import newsprism  # noqa: E402
from newsprism.article import AUXILIARY_KINDS  # noqa: E402
from newsprism.errors import NewsprismError  # noqa: E402
from newsprism.extract import html as html_mod  # noqa: E402
from newsprism.extract import merge as m  # noqa: E402


def read_merged(
    page: Page, evidence: Callable[[Any], Any]
) -> tuple[dict[str, Any], tuple[m.Candidate, m.Candidate, Any, list[bool]] | None]:
    """Read ``page`` as newsprism does and catch what the merge saw: the row every dump starts
    from (its set, id and body, no edges yet) and, where trafilatura's and readability's readings
    were merged, the two candidates, ``evidence`` built over the page's tree as the merge would
    have read it (after scripts go, before the extractors prune it) and which of trafilatura's
    blocks readability confirms.  ``None`` where the page escalated, was not read, or one
    reading stood alone: the base text stands.  The confirmed paragraphs' words go into the row."""
    seen: list[tuple[m.Candidate, m.Candidate]] = []
    trees: list[Any] = []
    real_settle, real_figures = html_mod._settle, html_mod.find_figures

    def settle(primary: m.Candidate, second: m.Candidate) -> Any:
        seen.append((primary, second))
        return real_settle(primary, second)

    def figures(tree: Any, url: str | None) -> Any:
        trees.append(evidence(tree))
        return real_figures(tree, url)

    body = ""
    with (
        mock.patch.object(html_mod, "_settle", settle),
        mock.patch.object(html_mod, "find_figures", figures),
    ):
        try:
            article = newsprism.read(page.html, stages=())
            body = "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)
        except NewsprismError:
            pass
    out: dict[str, Any] = {"set": page.set, "id": page.id, "body": body, "edges": []}
    if len(seen) != 1 or not trees:  # escalated or not read: the base text stands
        return out, None
    primary, second = seen[0]
    if not second.blocks or m.merge(primary, second)[1] != "trafilatura+readability":
        return out, None
    confirmed = primary.against(second).confirmed
    out["confirmed_words"] = [
        w
        for w, c, b in zip(primary.words, confirmed, primary.blocks, strict=True)
        if c and b.kind == "paragraph"
    ]
    return out, (primary, second, trees[0], confirmed)


def dump_page(page: Page) -> dict[str, Any]:
    out, merged = read_merged(page, disputed.PageEvidence)
    if merged is None:
        return out
    primary, second, evidence, confirmed = merged
    pool, locator = evidence.pool, evidence.locator
    first = confirmed.index(True)
    out["kinds"] = [b.kind for b in primary.blocks]
    out["confirmed"] = confirmed
    head_kept = set(m._head_kept(primary, first))
    for i, tail, feats in disputed.edge_features(primary, second, pool, locator):
        text = m.block_text(primary.blocks[i])
        out["edges"].append(
            {"i": i, "tail": tail, "x": feats, "kept": i in head_kept, "text": text}
        )
    return out


def dump(
    part: str,
    sets: list[str],
    limit: int = 0,
    read: Callable[[Page], dict[str, Any]] = dump_page,
) -> list[dict[str, Any]]:
    """``read``'s row of every page of ``part`` in ``sets`` (the held-out sets left out)."""
    rows: list[dict[str, Any]] = []
    for set_name in sets:
        if not available(set_name) or set_name in (*FRESH_SETS, *SCORED_ONLY_SETS):
            continue
        n = 0
        for page in pages(set_name, part, limit):
            rows.append(read(page))
            n += 1
        print(f"{set_name} / {part}: {n} pages", file=sys.stderr, flush=True)
    return rows


def _pages_by_key(rows: list[dict[str, Any]], part: str) -> dict[str, Page]:
    wanted = {r["set"] for r in rows}
    ids = {(r["set"], r["id"]) for r in rows}
    out: dict[str, Page] = {}
    for set_name in wanted:
        for page in pages(set_name, part):
            if (set_name, page.id) in ids:
                out[f"{set_name}/{page.id}"] = page
    return out


def variant_text(row: dict[str, Any], keep: dict[int, bool]) -> str:
    head = [e["text"] for e in reversed(row["edges"]) if not e["tail"] and keep.get(e["i"])]
    tail = [e["text"] for e in row["edges"] if e["tail"] and keep.get(e["i"])]
    return "\n".join([*head, row["body"], *tail]).strip()


def decide(
    row: dict[str, Any], weights: Any, bias: float, at: float, where: str, run: bool
) -> dict[int, bool]:
    """Which disputed blocks the variant adds (the head's kept by the rule are in the body)."""
    keep: dict[int, bool] = {}
    stopped = {False: False, True: False}
    for e in row["edges"]:
        side = e["tail"]
        if e["kept"] or (where == "tail" and not side) or (where == "head" and side):
            continue
        if run and stopped[side]:
            continue
        z = bias + sum(w * f for w, f in zip(weights, e["x"], strict=True))
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        if p >= at:
            keep[e["i"]] = True
        elif run:
            stopped[side] = True
    return keep


_BASE_ROWS: dict[str, Any] = {}


def score_sets(
    rows: list[dict[str, Any]], by_key: dict[str, Page], chooser: Any
) -> dict[str, float]:
    per_set: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        key = f"{row['set']}/{row['id']}"
        page = by_key.get(key)
        if page is None:
            continue
        keep = chooser(row) if row["edges"] else {}
        if not keep and key in _BASE_ROWS:  # the base text: scored once
            per_set[page.set].append(_BASE_ROWS[key])
            continue
        text = variant_text(row, keep)
        got: Any = snippet_counts(page, text) if page.set in SNIPPET_SETS else page_row(page, text)
        if not keep:
            _BASE_ROWS[key] = got
        per_set[page.set].append(got)
    out: dict[str, float] = {}
    for set_name, items in sorted(per_set.items()):
        if set_name in SNIPPET_SETS:
            out[set_name] = snippet_scores(items)[0]
        else:
            out[set_name] = scores(items)[0]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join((*EXTRA_SETS, *SETS)))
    parser.add_argument("--dump", help="the part to read (dev-a or dev-b)")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--fit", type=Path, help="a dump of the part to fit on")
    parser.add_argument("--check", type=Path, help="a dump of the part to check on")
    args = parser.parse_args()
    sets = [s for s in args.sets.split(",") if s not in (*FRESH_SETS, *SCORED_ONLY_SETS)]
    if args.dump:
        rows = dump(args.dump, sets, args.limit)
        assert args.out is not None
        args.out.write_text(json.dumps({"part": args.dump, "rows": rows}))
        return
    from sklearn.linear_model import LogisticRegression

    fit = json.loads(args.fit.read_text())
    check = json.loads(args.check.read_text())
    fit_pages = _pages_by_key(fit["rows"], fit["part"])
    check_pages = _pages_by_key(check["rows"], check["part"])
    xs, ys = [], []
    for row in fit["rows"]:
        page = fit_pages.get(f"{row['set']}/{row['id']}")
        if page is None:
            continue
        for e in row["edges"]:
            y = block_label(page, e["text"], lone_without_snippets=True)
            if y is not None:
                xs.append(e["x"])
                ys.append(y)
    model = LogisticRegression(C=1.0, max_iter=5000).fit(xs, ys)
    weights, bias = tuple(float(w) for w in model.coef_[0]), float(model.intercept_[0])
    print(f"fit on {fit['part']}: {len(ys)} disputed blocks, {sum(ys)} the article's")
    for name, w in zip(disputed.FEATURES, weights, strict=True):
        print(f"    {w:+.3f},  # {name}")
    print(f"BIAS = {bias:+.3f}")
    variants: list[tuple[str, Any]] = [("base", lambda row: {})]
    for where in ("tail", "both"):
        for at in (0.5, 0.6, 0.7, 0.8):
            for run in (False, True):
                name = f"{where} p>={at}{' run' if run else ''}"
                variants.append(
                    (
                        name,
                        lambda row, w=where, a=at, r=run: decide(row, weights, bias, a, w, r),
                    )
                )
    for part_name, rows, by_key in (
        (fit["part"], fit["rows"], fit_pages),
        (check["part"], check["rows"], check_pages),
    ):
        base = score_sets(rows, by_key, variants[0][1])
        print(f"\n## {part_name}: " + "  ".join(f"{s} {v:.4f}" for s, v in base.items()))
        for name, chooser in variants[1:]:
            got = score_sets(rows, by_key, chooser)
            deltas = {s: got[s] - base[s] for s in base}
            falls = sum(1 for d in deltas.values() if d < -0.0005)
            cells = "  ".join(f"{s[:8]} {d:+.4f}" for s, d in deltas.items() if abs(d) >= 0.0001)
            print(f"{name:22s} sum {sum(deltas.values()):+.4f} falls {falls}  {cells}")


if __name__ == "__main__":
    main()
