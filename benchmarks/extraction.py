"""Body-text extraction: newsprism beside trafilatura and readability-lxml, same pages, same run.

Data: the scrapinghub article-extraction benchmark (181 news and blog pages), read from
``$NEWSPRISM_DATASETS/extraction-scrapinghub`` (default ``<repo>/../shared/datasets``); nothing of
it is copied into the project.

Metric, as the benchmark defines it: per page the multiset of 4-token shingles (tokens are
``\\w+``), tp/fp/fn from multiset overlap normalised by their sum; precision is averaged over
pages that predicted something, recall over pages whose truth has something; F1 is the harmonic
mean of mean precision and mean recall.

What is scored for newsprism: the article's body blocks (headings, paragraphs, lists, quotes,
tables; no title, no figure blocks) joined, because the ground truth holds the body only.

Speed: every extractor gets the same decoded HTML string (no URL), in the same loop, page after
page; time is this process's CPU time (``time.process_time``), so that other work on a shared
machine does not skew the comparison.  The table prints pages per CPU-second and the ratio to
plain ``trafilatura.extract``.

Captions: a page's *caption* is the text of each ``<figcaption>`` in its HTML (at least three
words after white space is collapsed).  A caption counts as *kept* by an extractor when at least
80 % of its 4-token shingles (or, for captions under four tokens, its tokens) appear in that
extractor's full output, newsprism's figure blocks included.

Run: ``nice python benchmarks/extraction.py [--limit N] [--only SUBSTRING] [--per-page]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsprism.article import AUXILIARY_KINDS, Article  # noqa: E402
from newsprism.errors import NewsprismError  # noqa: E402
from newsprism.extract import extract  # noqa: E402
from newsprism.sources import Document  # noqa: E402

_TOKEN = re.compile(r"\w+")
_BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
    "table", "tr", "td", "th", "section", "article", "figure", "figcaption", "br", "dd", "dt",
}  # fmt: skip


def datasets_dir() -> Path:
    if os.environ.get("NEWSPRISM_DATASETS"):
        return Path(os.environ["NEWSPRISM_DATASETS"])
    # <repo>/../shared/datasets; a git worktree kept one level deeper looks one more level up
    for parent in (ROOT.parent, ROOT.parent.parent):
        if (parent / "shared" / "datasets").is_dir():
            return parent / "shared" / "datasets"
    return ROOT.parent / "shared" / "datasets"


# -- the benchmark's metric --------------------------------------------------------------------


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def tp_fp_fn(truth: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(truth), shingles(pred)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    ps = [precision(*r) for r in rows if r[0] + r[1] > 0]
    rs = [recall(*r) for r in rows if r[0] + r[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


# -- extractors --------------------------------------------------------------------------------


def html_to_text(html: str) -> str:
    """Text of an HTML fragment with a line break at every block element."""
    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return "\n".join(line.strip() for line in root.text_content().split("\n") if line.strip())


@dataclass
class Output:
    body: str
    everything: str  # body plus whatever else the extractor returns (captions)
    credits: int = 0  # figures returned with a photo credit


def run_newsprism(html: str) -> Output:
    try:
        article: Article = extract(Document(text=html, is_html=True, source="<benchmark>"))
    except NewsprismError:
        return Output("", "")
    body = "\n".join(b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS)
    credits = sum(1 for b in article.blocks if b.kind == "figure" and b.credit)
    return Output(body, article.text, credits)


def run_trafilatura(html: str) -> Output:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False) or ""
    return Output(text, text)


def run_trafilatura_precision(html: str) -> Output:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, favor_precision=True) or ""
    return Output(text, text)


def run_readability(html: str) -> Output:
    from readability import Document as ReadabilityDocument

    try:
        text = html_to_text(ReadabilityDocument(html).summary(html_partial=True))
    except Exception:  # readability raises bare Unparseable and lxml errors on odd pages
        text = ""
    return Output(text, text)


EXTRACTORS: dict[str, Callable[[str], Output]] = {
    "newsprism": run_newsprism,
    "trafilatura": run_trafilatura,
    "trafilatura (favor_precision)": run_trafilatura_precision,
    "readability-lxml": run_readability,
}


# -- captions ----------------------------------------------------------------------------------


def page_captions(html: str) -> list[str]:
    root = lxml.html.fromstring(html)
    out = []
    for el in root.iter("figcaption"):
        text = " ".join(el.text_content().split())
        if len(_TOKEN.findall(text)) >= 3:
            out.append(text)
    return out


def caption_kept(caption: str, output: str) -> bool:
    cap = shingles(caption)
    have = shingles(output)
    if len(_TOKEN.findall(caption)) < 4:
        words = set(_TOKEN.findall(output))
        return all(t in words for t in _TOKEN.findall(caption))
    return sum((cap & have).values()) >= 0.8 * sum(cap.values())


# -- the run -----------------------------------------------------------------------------------


@dataclass
class Tally:
    rows: list[tuple[float, float, float]] = field(default_factory=list)
    seconds: float = 0.0
    captions: int = 0
    credits: int = 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="first N pages only")
    parser.add_argument("--only", default="", help="page ids containing this string")
    parser.add_argument("--per-page", action="store_true", help="print each page's F1")
    parser.add_argument("--json", type=Path, help="write per-page results to this file")
    parser.add_argument(
        "--extractors", default=",".join(EXTRACTORS), help="comma-separated names to run"
    )
    args = parser.parse_args()

    data = datasets_dir() / "extraction-scrapinghub"
    if not (data / "ground-truth.json").exists():
        sys.exit(f"no benchmark data in {data}; set NEWSPRISM_DATASETS")
    truth = json.loads((data / "ground-truth.json").read_text("utf-8"))
    ids = sorted(k for k in truth if args.only in k)
    if args.limit:
        ids = ids[: args.limit]
    names = [n for n in EXTRACTORS if n in args.extractors.split(",")]
    tallies = {n: Tally() for n in names}
    total_captions = 0
    per_page: dict[str, dict[str, float]] = {}
    for page_id in ids:
        with gzip.open(data / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8") as fh:
            html = fh.read()
        body = truth[page_id].get("articleBody", "")
        captions = page_captions(html)
        total_captions += len(captions)
        per_page[page_id] = {}
        for name in names:
            t0 = time.process_time()
            out = EXTRACTORS[name](html)
            tallies[name].seconds += time.process_time() - t0
            row = tp_fp_fn(body, out.body)
            tallies[name].rows.append(row)
            tallies[name].captions += sum(caption_kept(c, out.everything) for c in captions)
            tallies[name].credits += out.credits
            per_page[page_id][name] = scores([row])[0]
        if args.per_page:
            cells = "  ".join(f"{per_page[page_id][n]:.3f}" for n in names)
            print(f"{page_id[:12]}  {cells}  {truth[page_id]['url'][:70]}")

    base = tallies.get("trafilatura")
    print(f"\n{len(ids)} pages, {total_captions} figure captions\n")
    print(
        f"{'extractor':<30} {'F1':>6} {'prec':>6} {'recall':>6} {'pages/s':>8} {'× traf':>7} {'captions':>9} {'credits':>8}"
    )
    for name in names:
        t = tallies[name]
        f1, p, r = scores(t.rows)
        speed = len(ids) / t.seconds if t.seconds else 0.0
        ratio = base.seconds / t.seconds if base and t.seconds else float("nan")
        print(
            f"{name:<30} {f1:6.3f} {p:6.3f} {r:6.3f} {speed:8.1f} {ratio:7.2f} {t.captions:>4}/{total_captions} {t.credits:>8}"
        )
    if "trafilatura" in names and "readability-lxml" in names:
        best = [
            max(tallies["trafilatura"].rows[i], tallies["readability-lxml"].rows[i],
                key=lambda r: scores([r])[0])
            for i in range(len(ids))
        ]  # fmt: skip
        print(f"{'oracle: best of traf/readability':<30} {scores(best)[0]:6.3f}")
    if args.json:
        args.json.write_text(json.dumps(per_page, indent=1))


if __name__ == "__main__":
    main()
