"""Draw candidate pairs for NEREL's second held-out part (``fresh_pairs.jsonl``) and estimate
each document's publication date, from NEREL's own annotation only (no newsprism score).

    python benchmarks/data/stories_nerel/draw_fresh.py > /tmp/candidates.jsonl

Documents: those of ``../shared/datasets/ru-news-nerel`` (train and dev) that no pair of the
first part (``pairs.jsonl``) uses.  Candidates:
- ``wikidata``: the 100 pairs sharing the most rare Wikidata-linked entities (NEREL's ``N``
  links; an entity weighs ``log(N/df)`` when at most 15 documents link it);
- ``wikidata+week``: the top 120 other pairs whose estimated dates are at most 7 days apart and
  that share an entity linked by at most 60 documents;
- ``person+week``: the top 40 other pairs at most 7 days apart sharing a PERSON mention's last
  word (first five letters, lower case) used by at most 15 documents: same-event reports whose
  people NEREL did not link.

Dates (:func:`estimated_dates`): Wikinews page ids grow with time, so a Wikinews document's date
is its own latest full date («12 марта 2013») when that is within 45 days of the median of the
latest full dates of the 9 Wikinews documents nearest to it in id that have one, else that
median; an agency item's is the latest full date in its own text, or none.  An estimate: good
to a day where the text names its date, to days or weeks where it does not.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

from shared_data import datasets_dir  # noqa: E402

from newsprism.speech.normalize_ru import MONTHS_GEN  # noqa: E402

NEREL = datasets_dir() / "ru-news-nerel"
FIRST = Path(__file__).with_name("pairs.jsonl")
MONTHS = MONTHS_GEN  # the genitive month names, as the Russian speech normaliser reads them
FULL_DATE = re.compile(r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+((?:19|20)\d\d)")


def documents() -> list[str]:
    return sorted(
        f"{p.parent.name}/{p.stem}"
        for split in ("train", "dev")
        for p in (NEREL / split).glob("*.txt")
    )


def latest_full_date(doc: str) -> dt.date | None:
    text = (NEREL / f"{doc}.txt").read_text(encoding="utf-8")
    dates = []
    for d, m, y in FULL_DATE.findall(text):
        try:
            dates.append(dt.date(int(y), MONTHS.index(m) + 1, int(d)))
        except ValueError:
            continue
    return max(dates) if dates else None


def wikinews_id(doc: str) -> int | None:
    name = doc.split("/")[1]
    return int(name.split("_")[0]) if name.endswith("_text") else None


def estimated_dates(docs: list[str]) -> dict[str, dt.date | None]:
    out: dict[str, dt.date | None] = {}
    dated = sorted(
        (i, d)
        for doc in docs
        if (i := wikinews_id(doc)) is not None and (d := latest_full_date(doc))
    )
    for doc in docs:
        i = wikinews_id(doc)
        if i is None:
            out[doc] = latest_full_date(doc)
            continue
        near = sorted(dated, key=lambda x: abs(x[0] - i))[:9]
        ords = sorted(d.toordinal() for _, d in near)
        median = dt.date.fromordinal(ords[len(ords) // 2])
        # its own latest full date where the neighbours agree with it to within 45 days (a
        # report usually names the day of its event; an old date it recalls is not taken)
        own = latest_full_date(doc)
        out[doc] = own if own and abs((own - median).days) <= 45 else median
    return out


def annotations(doc: str) -> tuple[set[str], set[str]]:
    """Wikidata ids linked in the document, and its PERSON mentions' last-word keys."""
    qids, people = set(), set()
    for line in (NEREL / f"{doc}.ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("N") and len(parts) >= 2 and "Wikidata:" in parts[1]:
            qids.add(parts[1].split("Wikidata:")[1])
        elif line.startswith("T") and len(parts) == 3 and parts[1].startswith("PERSON "):
            words = re.findall(r"\w+", parts[2].lower())
            if words and len(words[-1]) > 2:
                people.add(words[-1][:5])
    return qids, people


def main() -> None:
    first = {json.loads(x)[k] for x in FIRST.read_text().splitlines() if x for k in ("id1", "id2")}
    alldocs = documents()
    dates = estimated_dates(alldocs)
    docs = [d for d in alldocs if d not in first]
    ann = {d: annotations(d) for d in alldocs}
    n = len(alldocs)
    qdf = Counter(q for d in alldocs for q in ann[d][0])
    pdf = Counter(p for d in alldocs for p in ann[d][1])

    def close(a: str, b: str) -> bool:
        da, db = dates[a], dates[b]
        return da is not None and db is not None and abs((da - db).days) <= 7

    def score(shared: set[str], df: Counter[str], limit: int) -> float:
        return sum(math.log(n / df[q]) for q in shared if df[q] <= limit)

    by_q: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        for q in ann[d][0]:
            by_q[q].append(d)
    cands = {tuple(sorted(p)) for ds in by_q.values() if len(ds) <= 60 for p in combinations(ds, 2)}
    chosen: dict[tuple[str, str], str] = {}
    rare = sorted(((score(ann[a][0] & ann[b][0], qdf, 15), a, b) for a, b in cands), reverse=True)
    for s, a, b in rare[:100]:
        if s > 0:
            chosen[(a, b)] = "wikidata"
    week = sorted(
        ((score(ann[a][0] & ann[b][0], qdf, 60), a, b) for a, b in cands if close(a, b)),
        reverse=True,
    )
    for s, a, b in [x for x in week if (x[1], x[2]) not in chosen][:120]:
        if s > 0:
            chosen[(a, b)] = "wikidata+week"
    by_p: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        for p in ann[d][1]:
            if pdf[p] <= 15:
                by_p[p].append(d)
    pc = {tuple(sorted(p)) for ds in by_p.values() for p in combinations(ds, 2)}
    people = sorted(
        (
            (score(ann[a][1] & ann[b][1], pdf, 15), a, b)
            for a, b in pc
            if close(a, b) and (a, b) not in chosen
        ),
        reverse=True,
    )
    for _s, a, b in people[:40]:
        chosen[(a, b)] = "person+week"
    for (a, b), how in sorted(chosen.items()):
        da, db = dates[a], dates[b]
        print(
            json.dumps(
                {
                    "id1": a,
                    "id2": b,
                    "drawn_by": how,
                    "date1": da.isoformat() if da else None,
                    "date2": db.isoformat() if db else None,
                }
            )
        )


if __name__ == "__main__":
    main()
