"""How long a large story's quotes take to group (the story page, ``newsprism story ID``).

Builds a story of N articles from real article sentences (the story sets' ``articles.jsonl`` in
``$NEWSPRISM_DATASETS/stories/``): each article carries one or two quotes of a few speakers (or
none named); half of the quotes are another outlet's copy of an earlier one with a word changed,
dropped or repeated.  Times ``stories.view._quotes`` beside the pair-by-pair difflib grouping it
replaced (in the same run, alternated) and checks the two give the same rows.

    PYTHONPATH=src nice python benchmarks/story_view.py [--articles 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from newsprism.stories import view

# the grouping it replaced, kept once: the test that holds the new one to the same rows
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_stories_view_quotes import _old_quotes as old_quotes  # noqa: E402

SPEAKERS = ["", "", "A Speaker", "Another Speaker", "Third Person"]


def sentences(language: str) -> list[str]:
    root = Path(os.environ.get("NEWSPRISM_DATASETS", "../shared/datasets")) / "stories"
    out: list[str] = []
    for path in sorted(root.glob("*/articles.jsonl")):
        for line in path.open(encoding="utf-8"):
            art = json.loads(line)
            if art.get("lang") != language:
                continue
            for s in re.split(r"(?<=[.!?])\s+", art.get("text") or ""):
                if 40 <= len(s) <= 300:
                    out.append(s)
    return out


def variant(rng: random.Random, text: str) -> str:
    words = text.split()
    edit = rng.randrange(3)
    i = rng.randrange(len(words))
    if edit == 0 and len(words) > 3:
        del words[i]
    elif edit == 1:
        words[i] = rng.choice(words)
    else:
        words.insert(i, rng.choice(words))
    return " ".join(words)


def story(n: int, language: str, seed: int) -> tuple[sqlite3.Connection, dict[int, dict[str, Any]]]:
    rng = random.Random(seed)
    pool = sentences(language)
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.executescript(
        "CREATE TABLE speakers (article_id INTEGER, speaker_id INTEGER, name TEXT);"
        "CREATE TABLE quotes (article_id INTEGER, quote_id INTEGER, text TEXT, kind TEXT,"
        " speaker_id INTEGER);"
    )
    articles: dict[int, dict[str, Any]] = {}
    said: list[str] = []
    for a in range(1, n + 1):
        articles[a] = {"site": f"outlet{a % 40}.example", "seen": f"2026-03-01T{a // 60 % 24:02d}:{a % 60:02d}:00Z", "language": language}  # fmt: skip
        for q in range(rng.randint(1, 2)):
            text = (
                variant(rng, rng.choice(said)) if said and rng.random() < 0.5 else rng.choice(pool)
            )
            said.append(text)
            speaker = rng.choice(SPEAKERS)
            if speaker:
                conn.execute("INSERT INTO speakers VALUES (?, ?, ?)", (a, q, speaker))
            conn.execute("INSERT INTO quotes VALUES (?, ?, ?, 'direct', ?)", (a, q, text, q if speaker else None))  # fmt: skip
    return conn, articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    for language in ("en", "ru"):
        conn, articles = story(args.articles, language, seed=23)
        quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        before: list[float] = []
        after: list[float] = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            old = old_quotes(conn, articles)
            before.append(time.perf_counter() - t)
            t = time.perf_counter()
            new = view._quotes(conn, articles)
            after.append(time.perf_counter() - t)
        same = new == old
        print(
            f"{language}: {args.articles} articles, {quotes} quotes, {len(new)} groups "
            f"({sum(len(g['reports']) > 1 for g in new)} carried more than once); "
            f"pairwise difflib {min(before):.3f} s, now {min(after):.3f} s "
            f"({min(before) / min(after):.0f}x); same rows: {same}"
        )
        if not same:
            raise SystemExit("the rows differ")


if __name__ == "__main__":
    main()
