"""Per-page data for choosing between the merged article and each extractor's own reading
(round 13; the chooser fitted on it was dropped: ``extraction_choice_model.py``).

    source env; nice python benchmarks/extraction_choice.py --sets wcxb --parts dev-a --out A.json

For each page: newsprism's body (as ``benchmarks/extraction.py`` scores it), the F1 that each of
its two readings would have had on its own (trafilatura's fast recall pass, *primary*, and
readability-lxml's, *second*, as the merge saw them), ``trafilatura.extract``'s F1 for
reference, and the features a chooser may use: only what both readings give (sizes, agreement,
block kinds), never the page's site or text.  Development sets only: the held-out set is refused.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_choice_model as choice  # noqa: E402
import extraction_sets  # noqa: E402
from extraction import run_newsprism, run_trafilatura  # noqa: E402
from extraction_sets import page_row, pages, scores  # noqa: E402

import newsprism.extract.html as html_mod  # noqa: E402
from newsprism.extract.merge import Candidate, block_text  # noqa: E402

_SEEN: list[tuple[Candidate, Candidate, Any]] = []
_settle = html_mod._settle


def _spy(primary: Candidate, second: Candidate, **kwargs: Any) -> Any:
    result = _settle(primary, second, **kwargs)
    _SEEN.append((primary, second, result))
    return result


html_mod._settle = _spy


def _text(c: Candidate) -> str:
    return "\n".join(block_text(b) for b in c.blocks if b.kind != "figure")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="wcxb")
    parser.add_argument("--parts", default="dev-a")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--peer", action="store_true", help="also trafilatura.extract's F1")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    for set_name in args.sets.split(","):
        if set_name in (*extraction_sets.FRESH_SETS, *extraction_sets.SCORED_ONLY_SETS):
            raise SystemExit(f"{set_name} is held out or scored only: no per-page data from it")
        for part in args.parts.split(","):
            for page in pages(set_name, part, args.limit):
                _SEEN.clear()
                out = run_newsprism(page.html)
                row: dict[str, Any] = {"set": set_name, "part": part, "id": page.id}
                row["merged"] = scores([page_row(page, out.body)])[0]
                if _SEEN:
                    primary, second, (merged, rule) = _SEEN[0]
                    row["primary"] = scores([page_row(page, _text(primary))])[0]
                    row["second"] = scores([page_row(page, _text(second))])[0]
                    row["features"] = choice.features(primary, second, merged, rule)
                if args.peer:
                    row["trafilatura"] = scores([page_row(page, run_trafilatura(page.html).body)])[
                        0
                    ]
                rows.append(row)
                print(len(rows), set_name, part, page.id, flush=True)
    args.out.write_text(json.dumps(rows, indent=0))


if __name__ == "__main__":
    main()
