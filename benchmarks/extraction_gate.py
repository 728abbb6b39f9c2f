"""Where does our readability reading change the article?  Each development page read twice.

Issue 11's speed goal (round 19): our own readability reading is about 42 % of extraction's CPU
time on WCXB dev-a.  Before making it cheaper or skipping it, this counts on how many pages it
changes the final text at all, and whether that change helps: every page of the development
parts (``dev-a`` and ``dev-b`` of every set that is not held out) is read

* **with** it (``newsprism.read(html, stages=())`` as shipped), and
* **without** it: readability's opinion empty (``html.readability_blocks`` gives ``[]``), and
  the escalation of a suspect page off (it can only take the fuller reading on readability's
  confirmation, so without it it costs and never changes anything);

and each output is scored against the gold with the set's own metric.  Per page it also records
what a gate could know before readability runs (from trafilatura's fast pass and the page:
its text's length, paragraphs, the page's visible text, ``<article>``/``<main>``, JSON-LD
``articleBody``) and the CPU time readability took.  ``--out FILE`` writes one JSON line a page;
``--report FILE`` (read back, no extraction) prints the counts per set and part.

Run: ``nice python benchmarks/extraction_gate.py --out /tmp/gate.jsonl [--sets wcxb]
[--parts dev-a,dev-b] [--limit N]``; ``python benchmarks/extraction_gate.py --report
/tmp/gate.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_sets import (  # noqa: E402
    EXTRA_SETS,
    FRESH_SETS,
    SCORED_ONLY_SETS,
    SETS,
    SNIPPET_SETS,
    Page,
    available,
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
from newsprism.extract.merge import block_text  # noqa: E402

_WORD = re.compile(r"\w+")
_ARTICLE_BODY = re.compile(rb'"articleBody"\s*:\s*"((?:[^"\\]|\\.)*)"', re.S)


def dev_parts(wanted: list[str] | None, parts: list[str]) -> list[tuple[str, str]]:
    # (the scored-only sets give no per-page rows: nothing is fitted on them)
    names = [s for s in (*EXTRA_SETS, *SETS) if s not in (*FRESH_SETS, *SCORED_ONLY_SETS)]
    return [
        (s, p) for s in names if (wanted is None or s in wanted) and available(s) for p in parts
    ]


class Probe:
    """What one reading of a page saw: trafilatura's fast pass, readability's CPU time."""

    def __init__(self) -> None:
        self.primary: list[Any] = []
        self.features: dict[str, Any] = {}
        self.readability_cpu = 0.0
        self.escalated = False


@contextmanager
def probing(probe: Probe, *, without: bool) -> Iterator[None]:
    real_traf = html_mod.trafilatura_blocks
    real_read = html_mod.readability_blocks
    real_escalate = html_mod._escalate

    def traf(tree: Any, url: str | None, *, full: bool = False) -> Any:
        blocks = real_traf(tree, url, full=full)
        if not full and not probe.primary:
            probe.primary = blocks
            probe.features = page_features(tree, blocks)
        return blocks

    def read(tree: Any, near: Any = None, *, semantic: bool = True) -> Any:
        if without:
            return []
        t0 = time.process_time()
        try:
            return real_read(tree, near, semantic=semantic)
        finally:
            probe.readability_cpu += time.process_time() - t0

    def escalate(*args: Any) -> Any:
        probe.escalated = True
        return real_escalate(*args)

    with (
        mock.patch.object(html_mod, "trafilatura_blocks", traf),
        mock.patch.object(html_mod, "readability_blocks", read),
        mock.patch.object(html_mod, "_escalate", escalate),
    ):
        if without:
            with mock.patch.object(html_mod, "_suspect", lambda *a: False):
                yield
        else:
            yield


def page_features(tree: Any, blocks: list[Any]) -> dict[str, Any]:
    texts = [block_text(b) for b in blocks]
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    body = tree.find(".//body")
    visible = len(_WORD.findall(body.text_content())) if body is not None else 0
    return {
        "chars": sum(len(t) for t in texts),
        "words": sum(len(_WORD.findall(t)) for t in texts),
        "blocks": len(blocks),
        "paragraphs": len(paragraphs),
        "long_paragraphs": sum(1 for p in paragraphs if len(p) > 80),
        "prose": html_mod.has_prose(blocks),
        "visible_words": visible,
        "articles": sum(1 for _ in tree.iter("article")),
        "mains": sum(1 for _ in tree.iter("main")),
    }


def body_of(html: bytes) -> tuple[str, str]:
    try:
        article = newsprism.read(html, stages=())
    except NewsprismError:
        return "", "error"
    text = "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)
    return text, str(article.metadata.extractor)


def judge(page: Page, text: str) -> list[float]:
    if page.set in SNIPPET_SETS:
        return [float(x) for x in snippet_counts(page, text)]
    return list(page_row(page, text))


def record(page: Page, part: str) -> dict[str, Any]:
    with_probe, without_probe = Probe(), Probe()
    t0 = time.process_time()
    with probing(with_probe, without=False):
        with_text, with_how = body_of(page.html)
    t1 = time.process_time()
    with probing(without_probe, without=True):
        without_text, without_how = body_of(page.html)
    t2 = time.process_time()
    json_ld = _ARTICLE_BODY.search(page.html)
    return {
        "set": page.set,
        "part": part,
        "id": page.id,
        "same": with_text == without_text,
        "with": judge(page, with_text),
        "without": judge(page, without_text),
        "with_how": with_how,
        "without_how": without_how,
        "cpu_with": t1 - t0,
        "cpu_without": t2 - t1,
        "readability_cpu": with_probe.readability_cpu,
        "escalated": with_probe.escalated,
        "tags": page.html.count(b"<"),
        "json_ld_body_chars": len(json_ld.group(1)) if json_ld else 0,
        **with_probe.features,
    }


def set_score(set_name: str, rows: list[list[float]]) -> float:
    if set_name in SNIPPET_SETS:
        counts = [(int(a), int(b), int(c), int(d)) for a, b, c, d in rows]
        return snippet_scores(counts)[0]
    return scores([(r[0], r[1], r[2]) for r in rows])[0]


def report(path: Path) -> None:
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for line in path.read_text("utf-8").splitlines():
        rec = json.loads(line)
        groups[(rec["set"], rec["part"])].append(rec)
    print(
        f"{'set/part':<28} {'pages':>5} {'changed':>7} {'with':>6} {'without':>7} "
        f"{'delta':>7} {'read cpu':>8}"
    )
    for part in ("dev-a", "dev-b"):
        tot = [0, 0, 0.0, 0.0, 0.0]
        for (set_name, p), recs in sorted(groups.items()):
            if p != part:
                continue
            changed = sum(1 for r in recs if not r["same"])
            f_with = set_score(set_name, [r["with"] for r in recs])
            f_without = set_score(set_name, [r["without"] for r in recs])
            share = sum(r["readability_cpu"] for r in recs) / max(
                sum(r["cpu_with"] for r in recs), 1e-9
            )
            print(
                f"{set_name + '/' + part:<28} {len(recs):5d} {changed:7d} {f_with:6.3f} "
                f"{f_without:7.3f} {f_without - f_with:+7.4f} {share:8.0%}"
            )
            tot[0] += len(recs)
            tot[1] += changed
            tot[2] += f_without - f_with
        print(f"{'all ' + part:<28} {tot[0]:5d} {tot[1]:7d} {'':>6} {'':>7} {tot[2]:+7.4f} (sum)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="")
    parser.add_argument("--parts", default="dev-a,dev-b")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()
    if args.report:
        report(args.report)
        return
    assert args.out, "--out FILE or --report FILE"
    wanted = args.sets.split(",") if args.sets else None
    with args.out.open("w", encoding="utf-8") as out:
        for set_name, part in dev_parts(wanted, args.parts.split(",")):
            n = 0
            for page in pages(set_name, part, args.limit):
                out.write(json.dumps(record(page, part)) + "\n")
                n += 1
            out.flush()
            print(f"{set_name}/{part}: {n} pages", flush=True)


if __name__ == "__main__":
    main()
