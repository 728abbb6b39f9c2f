"""Library and web reader at scale: a synthetic library of N articles (default 100,000).

Prints search latency (p50/p95) beside the naive baseline — the same words found with a plain
``LIKE`` scan — the reader page's server time (p95), and articles stored per second, both for
``Library.add`` alone and for the whole ``add`` path without the heavy stages (read an HTML page,
extract, segment, store).

    python benchmarks/library.py [--articles 100000] [--db /tmp/bench.sqlite]

Goals (issue 7): search p95 < 50 ms, reader page p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsprism.article import Article, Block, Metadata, Sentence  # noqa: E402
from newsprism.library import Library  # noqa: E402

EN = [
    "council",
    "bridge",
    "harbour",
    "inflation",
    "budget",
    "minister",
    "election",
    "vote",
    "court",
    "ferry",
    "strike",
    "energy",
    "price",
    "school",
    "hospital",
    "police",
    "report",
    "government",
    "parliament",
    "market",
    "bank",
    "rate",
    "growth",
    "export",
    "war",
    "peace",
    "talks",
    "agreement",
    "protest",
    "weather",
    "storm",
    "flood",
    "drought",
    "farmer",
    "wheat",
    "oil",
    "gas",
    "tax",
    "pension",
]
RU = [
    "инфляция",
    "бюджет",
    "министр",
    "выборы",
    "суд",
    "забастовка",
    "энергия",
    "цена",
    "школа",
    "больница",
    "полиция",
    "доклад",
    "правительство",
    "парламент",
    "рынок",
    "банк",
    "ставка",
    "рост",
    "экспорт",
    "переговоры",
    "соглашение",
    "протест",
    "погода",
    "шторм",
    "наводнение",
    "засуха",
    "фермер",
    "пшеница",
    "нефть",
    "газ",
    "налог",
    "пенсия",
]
RU_FORMS = {
    "инфляция": ["инфляции", "инфляцию", "инфляцией"],
    "ставка": ["ставки", "ставку"],
    "бюджет": ["бюджета", "бюджету"],
    "выборы": ["выборов", "выборах"],
}
SITES = [f"site{i}.example" for i in range(40)]


def pseudo_vocabulary(rng: random.Random, syllables: str, n: int) -> list[str]:
    parts = syllables.split()
    return ["".join(rng.choice(parts) for _ in range(rng.randint(2, 4))) for _ in range(n)]


_RNG = random.Random(11)
#: a Zipf-distributed background vocabulary, so that topical words are as rare as in real news
EN_BACKGROUND = pseudo_vocabulary(
    _RNG, "ba co de fi gu ha jo ke li mo nu pa qui ro su ta ve wi xo ya ze", 20_000
)
RU_BACKGROUND = pseudo_vocabulary(
    _RNG, "ба ко де фи гу ха жо ке ли мо ну па ро су та ве ви зо я ще", 20_000
)
ZIPF = list(itertools.accumulate(1 / (rank + 1) for rank in range(20_000)))  # cumulative weights


def synthetic_article(rng: random.Random, i: int) -> Article:
    russian = i % 3 == 0
    vocab = RU if russian else EN
    background = RU_BACKGROUND if russian else EN_BACKGROUND
    topics = rng.sample(vocab, 3)  # each article is about a few topics
    sentences, blocks, parts, pos = [], [], [], 0
    for b in range(6):
        para_sents = []
        for _ in range(rng.randint(2, 4)):
            words = rng.choices(background, cum_weights=ZIPF, k=rng.randint(8, 18))
            words[rng.randrange(len(words))] = rng.choice(topics)
            if russian:
                words = [rng.choice(RU_FORMS.get(w, [w])) for w in words]
            para_sents.append(" ".join(words).capitalize() + ".")
        text = " ".join(para_sents)
        if parts:
            pos += 2
        start = pos
        offset = start
        for s in para_sents:
            sentences.append(
                Sentence(len(sentences), b, offset, offset + len(s), s, "ru" if russian else "en")
            )
            offset += len(s) + 1
        blocks.append(Block(b, "paragraph", start, start + len(text), text))
        parts.append(text)
        pos += len(text)
    title = " ".join([topics[0], *rng.choices(background, cum_weights=ZIPF, k=5)]).capitalize()
    meta = Metadata(
        site=rng.choice(SITES),
        url=f"https://{rng.choice(SITES)}/news/{i}",
        published=f"20{rng.randint(18, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    )
    return Article(
        text="\n\n".join(parts),
        title=title,
        language="ru" if russian else "en",
        blocks=tuple(blocks),
        sentences=tuple(sentences),
        metadata=meta,
        stages=("extract", "segment"),
    )


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def build(db: Path, n: int) -> float:
    rng = random.Random(7)
    started = time.perf_counter()
    with Library.open(db) as lib:
        have = lib.count()
        for i in range(have, n):
            lib.add(synthetic_article(rng, i))
            if i and i % 10_000 == 0:
                print(f"  … {i} stored", file=sys.stderr)
        stored = n - have
    return stored / (time.perf_counter() - started) if stored else float("nan")


def add_path_rate(sample: int) -> float:
    """read HTML bytes → extract → segment → store, as `newsprism add --no-analyse` does."""
    import newsprism

    page = (
        Path(__file__).resolve().parent.parent / "examples" / "harbour-bridge.html"
    ).read_bytes()
    with tempfile.TemporaryDirectory() as tmp, Library.open(Path(tmp) / "add.sqlite") as lib:
        started = time.perf_counter()
        for i in range(sample):
            html = page.replace(b"Port Ellis", f"Port Ellis {i}".encode()).replace(
                b"harbour-bridge-approved", f"s{i}".encode()
            )
            lib.add(newsprism.read(html))
        return sample / (time.perf_counter() - started)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "newsprism-bench-library.sqlite"
    )
    ap.add_argument("--add-sample", type=int, default=100)
    args = ap.parse_args()

    print(
        f"building a synthetic library of {args.articles} articles in {args.db} …", file=sys.stderr
    )
    store_rate = build(args.db, args.articles)
    add_rate = add_path_rate(args.add_sample)

    queries = [
        "inflation",
        "bridge vote",
        "инфляция",
        "ставки банк",
        '"interest rate"',
        "ferry lang:en",
        "budget site:site3.example",
        "pension after:2024-01",
        "нефть before:2020",
        "storm flood -drought",
    ]
    rng = random.Random(3)
    fts_times: list[float] = []
    like_times: list[float] = []
    with Library.open(args.db) as lib:
        total = lib.count()
        for _ in range(5):
            for q in queries:
                t = time.perf_counter()
                lib.search(q, limit=20)
                fts_times.append((time.perf_counter() - t) * 1000)
                words = [
                    w for w in q.replace('"', "").split() if ":" not in w and not w.startswith("-")
                ]
                t = time.perf_counter()
                sql = (
                    "SELECT id FROM articles WHERE "
                    + " AND ".join("json LIKE ?" for _ in words)
                    + " LIMIT 20"
                )
                lib.conn.execute(sql, [f"%{w}%" for w in words]).fetchall()
                like_times.append((time.perf_counter() - t) * 1000)

    from fastapi.testclient import TestClient

    from newsprism.web import create_app

    page_times: list[float] = []
    with TestClient(create_app(args.db, analyse=False)) as client:
        for _ in range(200):
            article_id = rng.randint(1, total)
            t = time.perf_counter()
            r = client.get(f"/articles/{article_id}")
            page_times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200

    print(f"\nsynthetic library: {total} articles ({args.db.stat().st_size / 1e6:.0f} MB)\n")
    print(f"{'measure':42} {'p50 ms':>9} {'p95 ms':>9}   goal")
    print(
        f"{'search, newsprism (FTS5 + stems, bm25)':42} {percentile(fts_times, 50):9.1f} {percentile(fts_times, 95):9.1f}   p95 < 50"
    )
    print(
        f"{'search, naive LIKE scan (same words)':42} {percentile(like_times, 50):9.1f} {percentile(like_times, 95):9.1f}"
    )
    print(
        f"{'  ratio LIKE / newsprism (p95)':42} {percentile(like_times, 95) / percentile(fts_times, 95):9.1f}x"
    )
    print(
        f"{'reader page, server time':42} {percentile(page_times, 50):9.1f} {percentile(page_times, 95):9.1f}   p95 < 100"
    )
    print(f"\n{'articles stored per second':42} {'rate':>9}")
    stored = "n/a (library was already built)" if store_rate != store_rate else f"{store_rate:9.0f}"
    print(f"{'  Library.add (prepared article)':42} {stored}")
    print(f"{'  add without heavy stages (read+extract+segment+store)':42} {add_rate:9.1f}")
    print(
        "\n(the LIKE baseline finds exact substrings only: it misses other word forms that the stems find)"
    )


if __name__ == "__main__":
    main()
