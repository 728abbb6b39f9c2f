"""Live blogs: the posts a watched live-blog page gives, and their times, beside a JSON-LD reader.

    python benchmarks/liveblog.py                 # dev42, written42, dev43, written43, dev44, dev45 (development)
    python benchmarks/liveblog.py --per-page      # ... each page's line (development parts only)
    python benchmarks/liveblog.py --show          # ... and each page's posts, found and missed
    python benchmarks/liveblog.py --check         # part written44 (second check): aggregates only
    python benchmarks/liveblog.py --all           # development and the check, one run
    python benchmarks/liveblog.py --held-out      # part written45 (held out): aggregates only

Each part is a folder of saved live-blog pages (``NAME.html``) with their gold (``NAME.json``:
``lang``, ``url``, ``saved_at``, ``timezone``, ``posts`` in page order, each ``first`` words,
``last`` words, ``time`` (ISO, to the minute, or null) and ``pinned``).  Parts:

- ``dev42`` — ``benchmarks/data/liveblog_dev42/`` (8 pages, development: read freely);
- ``written42`` — ``benchmarks/data/liveblog_written42/`` (held out in the forty-second session, the
  second check of the forty-third; development from the forty-fourth session: read freely);
- ``dev43`` — ``benchmarks/data/liveblog_dev43/`` (8 pages in new templates, development from the
  forty-third session: read freely);
- ``dev44`` — ``benchmarks/data/liveblog_dev44/`` (8 pages in new templates, written with the
  forty-fourth session's held-out part by the same writer; development: read freely);
- ``written43`` — ``benchmarks/data/liveblog_written43/`` (held out in the forty-third session, the
  second check of the forty-fourth; development from the forty-fifth session: read freely);
- ``dev45`` — ``benchmarks/data/liveblog_dev45/`` (8 pages in new templates, written with the
  forty-fifth session's held-out part by the same writer; development: read freely; skipped with a
  message while the folder is absent);
- ``written44`` — ``benchmarks/data/liveblog_written44/`` (held out in the forty-fourth session; the
  **second check** of the forty-fifth session, by its time split): scored with ``--check`` or
  ``--all``, aggregate lines only — ``--per-page``, ``--show`` and ``--json`` are refused with it;
- ``written45`` — ``benchmarks/data/liveblog_written45/`` (held out, forty-fifth session): read
  only when asked for by name (``--held-out``), skipped with a message while the folder is absent,
  aggregate lines only (``--per-page``, ``--show`` and ``--json`` are refused for it).

**newsprism** is read the way the poller reads a page it watches as a live blog (``feeds add
--live``, a live page in ``watch``): ``feeds.parse.parse`` on the page's bytes — given the page's
``saved_at`` as the fetch time when the installed code takes one (``now``; the base code of the
forty-second session, c0b8cc8d, does not, and is run without it) — and then ``feeds.live.
watch_live`` on a new live feed of an in-memory library (a page whose markup bounds no posts is its
one post).  The page's bytes are given as saved; the charset its ``<meta>`` declares is passed as
the one the server would have sent.

**The peer** is what a metadata reader gives: schema.org JSON-LD ``LiveBlogPosting`` →
``liveBlogUpdate`` only (each update's ``headline`` and ``articleBody``, its ``datePublished``),
written here in a few lines (no markup, no microdata, no relative times).

**Matching.** A post's text is its headline followed by its body (the headline left out when the
body already opens with it), white space collapsed and case folded; the gold's ``first`` words the
same way.  A found post matches a gold post when its text *begins with* the gold's first words;
each gold post and each found post match at most once, in page order: a gold post matches the
first found post that begins so *after* the found post the gold post before it matched (since round
42, review R3: matching had no order before, so posts found in a shuffled order scored as in order;
on dev42 the constraint changes no figure, base c0b8cc8d or main, newsprism or jsonld).  Scored: posts found (precision over the found posts, recall over the gold
posts, F1); **whole** — matched posts whose text also *ends with* the gold's ``last`` words (a post
not merged with its neighbour, not cut short); **time** — matched posts whose time is the gold's
within 60 seconds, a null gold time right only when no time is given (counted over all gold posts:
a missed post's time is wrong); **pinned** — the gold's pinned posts found.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data), as in the other benchmarks
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))

DATA = ROOT / "benchmarks" / "data"
PARTS = {
    "dev42": DATA / "liveblog_dev42",
    "written42": DATA / "liveblog_written42",
    "dev43": DATA / "liveblog_dev43",
    "written43": DATA / "liveblog_written43",
    "dev44": DATA / "liveblog_dev44",
    "dev45": DATA / "liveblog_dev45",
}
#: scored, never printed page by page: the forty-fifth session's second check (its time split)
CHECK = {"written44": DATA / "liveblog_written44"}
HELD_OUT = {"written45": DATA / "liveblog_written45"}
#: the exceptions newsprism raised (other than its own errors), counted and named per part: the
#: base code crashed on a page with a comment beside a text stamp
RAISED: list[str] = []
#: a found time this close to the gold's is right (gold times are to the minute)
TIME_SLACK_S = 60.0


@dataclass
class Found:
    text: str
    time: float | None


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    matched: int = 0
    whole: int = 0
    timed: int = 0
    pinned_gold: int = 0
    pinned_found: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "found", "matched", "whole", "timed", "pinned_gold", "pinned_found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.seconds += other.seconds

    def line(self) -> str:
        p = self.matched / self.found if self.found else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"P {p:.3f} R {r:.3f} F1 {f:.3f} ({self.matched}/{self.gold} gold, {self.found} found)"
            f" | whole {self.whole}/{self.gold} | time {self.timed}/{self.gold}"
            f" | pinned {self.pinned_found}/{self.pinned_gold}"
        )


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def post_text(headline: str | None, body: str | None) -> str:
    head, text = norm(headline or ""), norm(body or "")
    if head and not text.startswith(head):
        return f"{head} {text}".strip()
    return text


def declared_charset(body: bytes) -> str | None:
    match = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:4096], re.I)
    return match.group(1).decode("ascii").lower() if match else None


def epoch(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


# --- the readers ---------------------------------------------------------------------------


def newsprism_posts(body: bytes, url: str, now: float) -> list[Found]:
    """The posts the poller records for a page it watches as a declared live blog."""
    from newsprism.errors import NewsprismError
    from newsprism.feeds.live import watch_live
    from newsprism.feeds.parse import parse
    from newsprism.library import Library
    from newsprism.library.feeds import FeedStore

    takes_now = "now" in inspect.signature(parse).parameters
    try:
        parsed = parse(body, url, now=now) if takes_now else parse(body, url)  # type: ignore[call-arg]
        with Library.open(":memory:") as library:
            store = FeedStore(library.conn)
            feed, _ = store.add(url, now, live=True)
            parsed, _ = watch_live(store, feed, parsed, body, url, declared_charset(body), now)
    except NewsprismError:
        return []
    except Exception as error:  # noqa: BLE001 — an older code's crash is a page of no posts
        RAISED.append(type(error).__name__)
        return []
    return [Found(post_text(e.title, e.content), e.published) for e in parsed.entries]


def jsonld_posts(body: bytes, url: str, now: float) -> list[Found]:
    """A metadata reader: schema.org JSON-LD ``liveBlogUpdate`` entries, nothing else."""
    import lxml.html

    del url, now
    try:
        tree = lxml.html.fromstring(body)
    except (ValueError, lxml.etree.ParserError):
        return []
    out: list[Found] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for obj in _objects(data):
            kind = obj.get("@type")
            if "LiveBlogPosting" not in (kind if isinstance(kind, list) else [kind]):
                continue
            updates = obj.get("liveBlogUpdate") or []
            for update in updates if isinstance(updates, list) else [updates]:
                if isinstance(update, dict):
                    published = str(update.get("datePublished") or "")
                    out.append(
                        Found(
                            post_text(
                                str(update.get("headline") or ""),
                                str(update.get("articleBody") or ""),
                            ),
                            epoch(published),
                        )
                    )
    return out


def _objects(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [o for item in data for o in _objects(item)]
    if isinstance(data, dict):
        out = [data]
        for key in ("@graph", "mainEntity"):
            if key in data:
                out += _objects(data[key])
        return out
    return []


READERS: dict[str, Callable[[bytes, str, float], list[Found]]] = {
    "newsprism": newsprism_posts,
    "jsonld": jsonld_posts,
}


# --- scoring ---------------------------------------------------------------------------------


def score_page(gold: dict[str, Any], found: list[Found], detail: bool = False) -> Score:
    score = Score(gold=len(gold["posts"]), found=len(found))
    used: set[int] = set()
    for post in gold["posts"]:
        first, last = norm(post["first"]), norm(post["last"])
        score.pinned_gold += bool(post.get("pinned"))
        # in order (review R3 of round 42): a found post before the last match cannot match
        after = max(used, default=-1)
        hit = next((n for n, f in enumerate(found) if n > after and f.text.startswith(first)), None)
        if hit is None:
            if detail:
                score.misses.append(f"  missed: {post['first']!r}")
            continue
        used.add(hit)
        score.matched += 1
        score.pinned_found += bool(post.get("pinned"))
        whole = found[hit].text.endswith(last)
        score.whole += whole
        want = epoch(post.get("time"))
        got = found[hit].time
        right = got is None if want is None else got is not None and abs(got - want) <= TIME_SLACK_S
        score.timed += right
        if detail and not (whole and right):
            shown = datetime.fromtimestamp(got).astimezone().isoformat() if got else None
            score.misses.append(
                f"  {'' if whole else 'not whole '}{'' if right else 'time ' + str(shown)}:"
                f" {post['first']!r} (gold {post.get('time')})"
            )
    if detail:
        for n, f in enumerate(found):
            if n not in used:
                score.misses.append(f"  extra: {f.text[:80]!r}")
    return score


def pages(folder: Path) -> list[tuple[str, bytes, dict[str, Any]]]:
    out = []
    for gold_path in sorted(folder.glob("*.json")):
        page = gold_path.with_suffix(".html")
        if page.exists():
            out.append(
                (gold_path.stem, page.read_bytes(), json.loads(gold_path.read_text("utf-8")))
            )
    return out


def run_part(name: str, folder: Path, *, per_page: bool, show: bool) -> dict[str, Score]:
    totals = {reader: Score() for reader in READERS}
    for stem, body, gold in pages(folder):
        saved = epoch(gold["saved_at"])
        assert saved is not None, f"{stem}: saved_at"
        for reader, read in READERS.items():
            start = time.perf_counter()
            found = read(body, gold["url"], saved)
            page_score = score_page(gold, found, detail=show and reader == "newsprism")
            page_score.seconds = time.perf_counter() - start
            totals[reader].add(page_score)
            if per_page:
                print(f"{name}/{stem} {reader:9} {page_score.line()}")
                for miss in page_score.misses:
                    print(miss)
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--per-page", action="store_true", help="each page's line (development only)")
    ap.add_argument(
        "--show", action="store_true", help="each page's missed and extra posts (development only)"
    )
    ap.add_argument(
        "--check", action="store_true", help="score written44 (the second check) only: aggregates"
    )
    ap.add_argument("--all", action="store_true", help="the development parts and the check")
    ap.add_argument(
        "--held-out", action="store_true", help="score written45 (held out) only: aggregates"
    )
    ap.add_argument("--json", action="store_true", help="the aggregates as JSON (development only)")
    args = ap.parse_args(argv)
    if (args.held_out or args.check or args.all) and (args.per_page or args.show or args.json):
        ap.error("--per-page, --show and --json are refused for the check and held-out parts")
    if args.held_out:
        parts = HELD_OUT
    elif args.check:
        parts = CHECK
    elif args.all:
        parts = {**PARTS, **CHECK}
    else:
        parts = PARTS
    results: dict[str, dict[str, Score]] = {}
    for name, folder in parts.items():
        if not folder.is_dir() or not any(folder.glob("*.json")):
            print(f"{name}: {folder} is absent; skipped")
            continue
        results[name] = run_part(name, folder, per_page=args.per_page or args.show, show=args.show)
        pages_n = len(pages(folder))
        if RAISED:
            print(f"{name}: newsprism raised on {len(RAISED)} page reads ({sorted(set(RAISED))})")
            RAISED.clear()
        for reader, total in results[name].items():
            print(f"{name} ({pages_n} pages) {reader:9} {total.line()} [{total.seconds:.2f} s]")
    if args.json:
        print(
            json.dumps(
                {
                    part: {
                        reader: {k: v for k, v in vars(s).items() if k != "misses"}
                        for reader, s in scores.items()
                    }
                    for part, scores in results.items()
                },
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
