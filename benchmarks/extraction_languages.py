"""The written sets' pages pooled by language, per half: newsprism beside the peers, totals only.

Issue 11's gap of round 43 is a pooled figure: Russian pages, newsprism below readability-lxml on
the last held-out part.  ``extraction.py`` prints each written set's Russian pages on their own
(three to six pages a part); this script pools them over every written set, so that the
development half, the held-aside half and the second check (the scored-only set) each give one
Russian and one English figure, with the peers in the same run.

For each half and language: body F1 (as ``extraction.py`` scores it), the body with figure
captions in place (the written golds keep captions: the share of a gap that is this convention,
round 35), trafilatura and readability-lxml.  Only totals are printed, never a page: the
scored-only set may be asked for (its halves' totals are what ``extraction.py`` prints too); the
held-out set is refused.

    source env; nice python benchmarks/extraction_languages.py [--sets written41,...]
        [--parts dev-a,dev-b] [--languages ru,en]

``PYTHONPATH`` set: the ``newsprism`` it names is measured (a base worktree's ``src``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("PYTHONPATH"):  # PYTHONPATH names the code to measure (a base worktree's)
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_sets  # noqa: E402
from extraction import run_newsprism, run_readability, run_trafilatura  # noqa: E402
from extraction_sets import Row, available, page_row, pages, scores  # noqa: E402

import newsprism  # noqa: E402

#: the written sets of development (the held-out one is refused), newest first
WRITTEN = tuple(
    s
    for s in extraction_sets.EXTRA_SETS
    if s.startswith("written") and s not in extraction_sets.FRESH_SETS
)
COLUMNS = ("newsprism", "newsprism, captions in place", "trafilatura", "readability-lxml")


def pooled(sets: list[str], part: str, language: str) -> tuple[int, dict[str, Row | None]]:
    """The pages of ``language`` in ``part`` of ``sets``, and each column's rows' scores."""
    rows: dict[str, list[Row]] = {c: [] for c in COLUMNS}
    n = 0
    for set_name in sets:
        if not available(set_name):
            continue
        for page in pages(set_name, part):
            if page.language != language:
                continue
            n += 1
            ours = run_newsprism(page.html)
            rows["newsprism"].append(page_row(page, ours.body))
            rows["newsprism, captions in place"].append(page_row(page, ours.captioned or ""))
            rows["trafilatura"].append(page_row(page, run_trafilatura(page.html).body))
            rows["readability-lxml"].append(page_row(page, run_readability(page.html).body))
    return n, {c: scores(r) if r else None for c, r in rows.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(WRITTEN))
    parser.add_argument("--parts", default="dev-a,dev-b")
    parser.add_argument("--languages", default="ru,en")
    args = parser.parse_args()
    sets = args.sets.split(",")
    refused = [s for s in sets if s in extraction_sets.FRESH_SETS]
    if refused:
        parser.error(f"held out this round, scored by extraction.py only: {', '.join(refused)}")
    print(f"newsprism measured: {Path(newsprism.__file__).parent}")
    for part in args.parts.split(","):
        for language in args.languages.split(","):
            n, got = pooled(sets, part, language)
            print(f"\n## {part}, {language} pages of {len(sets)} set(s): {n} pages")
            print(f"{'extractor':<32} {'F1':>6} {'prec':>6} {'recall':>6}")
            for column, s in got.items():
                if s is not None:
                    print(f"{column:<32} {s[0]:6.3f} {s[1]:6.3f} {s[2]:6.3f}")


if __name__ == "__main__":
    main()
