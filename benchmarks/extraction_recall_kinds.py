"""Where newsprism's recall is below readability-lxml's, by the kind of block the text was in.

Round 44 (issue 11): the pages of the development halves (``dev-a`` by default) on which
readability-lxml's body F1 is above newsprism's by ``--gap`` (0.03) or more **and** its recall by
0.03 or more; each page is classified by the kind of block that holds most of the gold text
newsprism lacks and readability-lxml has (a gold line counts as had when half of its word
4-shingles are in the output).  The line is found in the page's HTML (the first element whose own
text holds its first three words) and its element read: ``headline`` (an ``<h1>`` or the page's
``<title>``: a gold that holds the title), ``caption`` (a ``<figcaption>`` or a caption's class),
``list``, ``subheading``, ``table``, ``quote/embed``, ``aside/box``; otherwise a paragraph, by
where it lies against the gold lines newsprism kept (``para:lead`` above the first, ``para:between``,
``para:tail`` after the last); ``not-found`` when no element's own text holds it (text set across
inline elements, or in the page's data); ``?`` when no whole line is missing (the loss is inside
lines).  Prints the pages (``--per-page``) and a table of kinds by set.

Only ``dev-a`` is read: any other part (``dev-b``, ``test``, ``fresh``, the aside parts) is
refused with an error before a page is read, since even the kind table counts a check half's
errors (review R12, round 44).  The held-out part, the sets scored only this session and
big9-chaos (nobody reads its per-page output this session) are refused; trafilatura-eval
(snippet golds, no text) is left out.

Run: ``source env; nice python benchmarks/extraction_recall_kinds.py [--parts dev-a]
[--sets written42,...] [--gap 0.03] [--per-page]``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("PYTHONPATH"):  # PYTHONPATH names the code to measure (a base worktree's)
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import lxml.html  # noqa: E402
from extraction import run_newsprism, run_readability  # noqa: E402
from extraction_sets import (  # noqa: E402
    EXTRA_SETS,
    SETS,
    SNIPPET_SETS,
    available,
    page_row,
    pages,
    precision,
    recall,
    refuse_unread,
)

_TOKEN = re.compile(r"\w+")
#: (kind, tags, words of a class) in the order they are tried, nearest ancestors first
KINDS = (
    ("headline", ("h1",), ("headline", "article-title", "entry-title")),
    ("caption", ("figcaption",), ("caption", "legend", "legende", "credit")),
    ("list", ("li", "ul", "ol", "dl", "dd", "dt"), ()),
    ("subheading", ("h2", "h3", "h4", "h5", "h6"), ()),
    ("table", ("td", "th", "table"), ()),
    ("quote/embed", ("blockquote",), ("tweet", "embed", "quote")),
    ("aside/box", ("aside",), ("box", "sidebar", "encart", "infobox", "factbox", "panel")),
)
_SKIP = ("script", "style", "head", "title", "meta")


def shingles(text: str) -> set[tuple[str, ...]]:
    words = _TOKEN.findall(text.lower())
    if len(words) < 4:
        return {tuple(words)} if words else set()
    return set(zip(words, words[1:], words[2:], words[3:], strict=False))


def kind_of(element: Any) -> str:
    """The kind of block ``element`` lies in, by it and its four nearest ancestors."""
    chain = []
    while element is not None and len(chain) < 5:
        chain.append(element)
        element = element.getparent()
    for name, tags, classes in KINDS:
        for el in chain:
            if not isinstance(el.tag, str):
                continue
            cls = (el.get("class") or "").lower()
            if el.tag in tags or any(c in cls for c in classes):
                return name
    return "paragraph"


def losses(html: bytes, gold: str, ours: str, peer: str) -> Counter[str]:
    """Shingles of the gold lines ``ours`` lacks and ``peer`` has, by the kind of their block."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        tree = None
    ours_sh, peer_sh = shingles(ours), shingles(peer)
    lines = [line for line in gold.splitlines() if shingles(line)]
    kept = [len(shingles(line) & ours_sh) * 2 >= len(shingles(line)) for line in lines]
    first = kept.index(True) if any(kept) else len(lines)
    last = len(kept) - 1 - kept[::-1].index(True) if any(kept) else -1
    title = tree.find(".//title") if tree is not None else None
    lost: Counter[str] = Counter()
    for i, line in enumerate(lines):
        line_sh = shingles(line)
        if kept[i] or len(line_sh & peer_sh) * 2 < len(line_sh):
            continue
        words = _TOKEN.findall(line)[:3]
        kind = "not-found"
        if title is not None and all(w in (title.text or "") for w in words):
            kind = "headline"
        elif tree is not None:
            for el in tree.iter():
                if isinstance(el.tag, str) and el.tag not in _SKIP:
                    if all(w in (el.text or "") for w in words):
                        kind = kind_of(el)
                        break
                    if all(w in (el.tail or "") for w in words):
                        kind = kind_of(el.getparent())
                        break
        if kind == "paragraph":
            kind = "para:lead" if i < first else ("para:tail" if i > last else "para:between")
        lost[kind] += len(line_sh)
    return lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join((*EXTRA_SETS, *SETS)))
    parser.add_argument("--parts", default="dev-a")
    parser.add_argument("--gap", type=float, default=0.03)
    parser.add_argument("--per-page", action="store_true")
    args = parser.parse_args()
    parts = args.parts.split(",")
    asked = args.sets.split(",")
    refusal, readable = refuse_unread(parts, asked)
    if refusal:
        parser.error(refusal)
    if len(readable) < len(asked):
        print(
            f"(refused, read by nobody this session: {', '.join(sorted(set(asked) - set(readable)))})"
        )
    names = [s for s in readable if s not in SNIPPET_SETS and available(s)]
    table: dict[str, Counter[str]] = defaultdict(Counter)
    seen = listed = 0
    for set_name in names:
        for part in parts:
            for page in pages(set_name, part):
                seen += 1
                ours, peer = run_newsprism(page.html).body, run_readability(page.html).body
                row_o, row_p = page_row(page, ours), page_row(page, peer)
                p_o, r_o, p_p, r_p = (
                    precision(*row_o),
                    recall(*row_o),
                    precision(*row_p),
                    recall(*row_p),
                )
                f_o = 2 * p_o * r_o / (p_o + r_o) if p_o + r_o else 0.0
                f_p = 2 * p_p * r_p / (p_p + r_p) if p_p + r_p else 0.0
                if f_p - f_o < args.gap or r_p - r_o < 0.03:
                    continue
                listed += 1
                lost = losses(page.html, page.gold, ours, peer)
                main_kind = lost.most_common(1)[0][0] if lost else "?"
                table[main_kind][set_name] += 1
                if args.per_page:
                    print(
                        f"{set_name:<16} {page.id[:24]:<24} {page.language or '-':<3} "
                        f"newsprism R {r_o:.2f} F1 {f_o:.2f}  readability R {r_p:.2f} F1 {f_p:.2f}"
                        f"  {dict(lost)}",
                        flush=True,
                    )
    print(f"\n{listed} of {seen} pages below readability-lxml by recall ({args.parts})")
    print("| kind (main loss of the page) | pages | sets | by set |\n|---|---|---|---|")
    for kind, by_set in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        cells = ", ".join(f"{s} {n}" for s, n in by_set.most_common())
        print(f"| {kind} | {sum(by_set.values())} | {len(by_set)} | {cells} |")


if __name__ == "__main__":
    main()
