"""Round 16: which pages should be read again with trafilatura's whole cascade?

The fast recall pass (``html.trafilatura_blocks``) skips trafilatura's fallbacks; a page is
read again with them (``html._escalate``) only when its text is *suspect* (``html._suspect``:
short, a small share of the page's text, and not all confirmed by readability).  Counted on
dev-a (``extraction_losses.py``), the fast pass is the second loss against trafilatura (69 of
2,600 pages, 16.0 recall points).  This script reads every page of a development part twice:
as the code does, and with every page escalated, and dumps both bodies with the evidence the
test could use (the text's length, its share of the page's text, readability's length, how
much of the text readability confirms), so that conditions can be simulated on both halves.

Run: ``nice python benchmarks/extraction_escalate.py --dump dev-a --out A.json`` (and dev-b),
then ``python benchmarks/extraction_escalate.py --check A.json B.json``.  No gold is written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_ablation import body as read_body  # noqa: E402
from extraction_disputed import dump  # noqa: E402
from extraction_sets import (  # noqa: E402
    EXTRA_SETS,
    SETS,
    SNIPPET_SETS,
    page_row,
    pages,
    scores,
    snippet_counts,
    snippet_scores,
)

from newsprism.extract import html as html_mod  # noqa: E402


def dump_page(page: Any) -> dict[str, Any]:
    real = html_mod._suspect
    seen: dict[str, Any] = {}

    def suspect(blocks: Any, tree: Any, second: Any) -> bool:
        from trafilatura import html2txt

        seen["length"] = html_mod._text_length(blocks)
        seen["backing"] = html_mod._backing(blocks, second)
        seen["page"] = len(html2txt(tree))
        seen["second"] = html_mod._text_length(second.blocks)
        seen["suspect"] = real(blocks, tree, second)
        return bool(seen["suspect"])

    with mock.patch.object(html_mod, "_suspect", suspect):
        body = read_body(page.html)
    out: dict[str, Any] = {"set": page.set, "id": page.id, "body": body, **seen}
    if seen and not seen.get("suspect"):
        with mock.patch.object(html_mod, "_suspect", lambda *a: True):
            out["escalated"] = read_body(page.html)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join((*EXTRA_SETS, *SETS)))
    parser.add_argument("--dump")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--check", nargs="*", type=Path)
    args = parser.parse_args()
    if args.dump:
        rows = dump(args.dump, args.sets.split(","), read=dump_page)
        assert args.out is not None
        args.out.write_text(json.dumps({"part": args.dump, "rows": rows}))
        return
    for path in args.check or []:
        check(json.loads(path.read_text()))


def score(dump: dict[str, Any], escalate: Any, key: str = "escalated") -> dict[str, float]:
    """Per-set F1 of a dump's pages when the body under ``key`` (the escalated reading here, the
    fuller one in ``extraction_fuller.py``) replaces the code's own on the rows ``escalate``
    accepts."""
    wanted = {(r["set"], r["id"]): r for r in dump["rows"]}
    per_set: dict[str, list[Any]] = defaultdict(list)
    for set_name in sorted({s for s, _ in wanted}):
        for page in pages(set_name, dump["part"]):
            row = wanted.get((set_name, page.id))
            if row is None:
                continue
            text = row[key] if key in row and escalate(row) else row["body"]
            per_set[set_name].append(
                snippet_counts(page, text) if set_name in SNIPPET_SETS else page_row(page, text)
            )
    return {
        s: (snippet_scores(v)[0] if s in SNIPPET_SETS else scores(v)[0]) for s, v in per_set.items()
    }


VARIANTS: dict[str, Any] = {
    "every page": lambda r: True,
    "readability 1.5x longer": lambda r: r["second"] > 1.5 * r["length"],
    "readability 2x longer": lambda r: r["second"] > 2 * r["length"],
    "short <3000, not backed": lambda r: r["length"] < 3000 and r["backing"] < 1.0,
    "short <3000": lambda r: r["length"] < 3000,
    "share <0.3, not backed": lambda r: r["length"] < 0.3 * r["page"] and r["backing"] < 1.0,
    "short <5000, share <0.2, not backed": lambda r: (
        r["length"] < 5000 and r["length"] < 0.2 * r["page"] and r["backing"] < 1.0
    ),
    "share <0.2 (any length), not backed": lambda r: (
        r["length"] < 0.2 * r["page"] and r["backing"] < 1.0
    ),
    "backing <0.9": lambda r: r["backing"] < 0.9,
}


def check(
    dump: dict[str, Any], variants: dict[str, Any] | None = None, key: str = "escalated"
) -> None:
    """Each variant's change of every set's F1 against the code's own bodies (and, for the
    escalation dump, how many pages it escalates)."""
    base = score(dump, lambda r: False, key)
    print(f"\n## {dump['part']}: " + "  ".join(f"{s[:8]} {v:.4f}" for s, v in base.items()))
    for name, rule in (VARIANTS if variants is None else variants).items():
        got = score(dump, rule, key)
        deltas = {s: got[s] - base[s] for s in base}
        n = sum(1 for r in dump["rows"] if key in r and rule(r))
        counted = f"escalated {n:4d} " if key == "escalated" else ""
        changed = sum(1 for r in dump["rows"] if key in r and rule(r) and r[key] != r["body"])
        falls = sum(1 for v in deltas.values() if v < -0.0005)
        cells = "  ".join(f"{s[:8]} {v:+.4f}" for s, v in deltas.items() if abs(v) >= 0.0001)
        print(
            f"{name:38s} {counted}changed {changed:4d} sum {sum(deltas.values()):+.4f} "
            f"falls {falls}  {cells}",
            flush=True,
        )


if __name__ == "__main__":
    main()
