"""Build articles.jsonl and pairs.jsonl of our own story set from the events_*.py files.

    python benchmarks/data/stories_own/build.py

Two parts, each with a random generator of its own (the first part's pairs are as first built):

- events_en.py + events_ru.py: the first 12 events (split into dev and test halves by topic);
- events_more_en.py + events_more_ru.py (December 2026): 12 more, harder (same city or same
  actors a few weeks apart); half of them (``part: fresh``) a held-out part scored once before
  any change made for it and once at the end, the other half (``part: dev``) to develop on;
- events_part5_en.py + events_part5_ru.py (December 2026, after that month's stories changes):
  10 more in five look-alike pairs; three pairs (``part: fresh2``) the next round's held-out part,
  scored once with the code as it landed, two (``part: dev2``) for the next round to develop on.

Articles: 34 events x (2 English + 2 Russian reports), plus one rewritten copy of each report
(wire copy republished with edits: a dateline, a new headline, words swapped, the last sentence
dropped, a credit line added).  Pairs:

- ``kind: story``: every two reports of one event (label 1, en-en / ru-ru / en-ru), every two
  reports of the two events of a look-alike topic pair (label 0, hard negatives), and reports of
  events from different topics (label 0, a fixed sample);
- ``kind: text``: each report and its rewritten copy (1), and each report beside the other
  reports of its event (0: the same story, but not the same text).
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from events_en import EN  # noqa: E402
from events_more_en import EN as EN_MORE  # noqa: E402
from events_more_en import FRESH  # noqa: E402
from events_more_en import TOPICS as TOPICS_MORE  # noqa: E402
from events_more_ru import RU as RU_MORE  # noqa: E402
from events_part5_en import EN as EN_PART5  # noqa: E402
from events_part5_en import FRESH as FRESH_PART5  # noqa: E402
from events_part5_en import TOPICS as TOPICS_PART5  # noqa: E402
from events_part5_ru import RU as RU_PART5  # noqa: E402
from events_ru import RU  # noqa: E402

TOPICS = [
    ("orsk-flood", "valencia-flood"),
    ("cbr-hike", "ecb-cut"),
    ("kamchatka-quake", "malatya-quake"),
    ("soyuz-launch", "starship-flight5"),
    ("moldova-runoff", "georgia-election"),
    ("novosibirsk-landing", "komi-derailment"),
]
SWAPS_EN = {
    "said": "says",
    "officials": "authorities",
    "on Sunday": "on Sunday",
    "people": "residents",
    "about": "around",
    "more than": "over",
    "told": "said to",
}
SWAPS_RU = {
    "сообщили": "заявили",
    "около": "примерно",
    "более": "свыше",
    "заявила": "сказала",
    "сообщил": "заявил",
    "человек": "жителей",
}


def rewrite(title: str, text: str, lang: str, rng: random.Random) -> tuple[str, str]:
    sentences = re.split(r"(?<=[.!?»'])\s+(?=[A-ZА-Я«'])", text)
    if len(sentences) > 3:
        sentences = sentences[:-1]
    body = " ".join(sentences)
    swaps = SWAPS_EN if lang == "en" else SWAPS_RU
    for old, new in rng.sample(sorted(swaps.items()), k=3):
        body = body.replace(old, new, 1)
    dateline = "(Wire) - " if lang == "en" else "(Агентство) — "
    credit = (
        " Reporting by the wire desk." if lang == "en" else " Подготовлено редакцией агентства."
    )
    new_title = f"UPDATE 1-{title}" if lang == "en" else f"{title} (обновлено)"
    return new_title, dateline + body + credit


def lang_of(a: dict[str, str], b: dict[str, str]) -> str:
    return (
        "-".join(sorted((a["lang"], b["lang"])))
        if a["lang"] != b["lang"]
        else f"{a['lang']}-{a['lang']}"
    )


def part(
    en: dict[str, tuple[str, list[tuple[str, str, str]]]],
    ru: dict[str, list[tuple[str, str, str]]],
    topics: list[tuple[str, str]],
    rng: random.Random,
    far_sample: int,
    fresh: frozenset[tuple[str, str]] = frozenset(),
    part_of: bool = False,
    held_out: str = "fresh",
    developed: str = "dev",
) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
    """The articles and labelled pairs of one part (its events, look-alike pairs, one rng)."""
    articles = []
    reports: dict[str, list[dict[str, str]]] = {}
    for event, (date, en_reports) in en.items():
        topic = next(t for t in topics if event in t)
        for n, (lang, (outlet, title, text)) in enumerate(
            [("en", r) for r in en_reports] + [("ru", r) for r in ru[event]]
        ):
            art = {
                "id": f"{event}-{lang}{n}",
                "lang": lang,
                "event": event,
                "outlet": outlet,
                "topic": "+".join(topic),
                "published": f"{date}T{8 + 2 * n:02d}:00:00Z",
                "title": title,
                "text": text,
            }
            if part_of:
                art["part"] = held_out if topic in fresh else developed
            articles.append(art)
            reports.setdefault(event, []).append(art)
            t2, x2 = rewrite(title, text, lang, rng)
            articles.append(
                art
                | {
                    "id": art["id"] + "-copy",
                    "outlet": "Wire copy",
                    "title": t2,
                    "text": x2,
                    "rewrite_of": art["id"],
                }
            )
    pairs: list[dict[str, object]] = []
    for rs in reports.values():
        for a, b in itertools.combinations(rs, 2):
            pairs.append(
                {"id1": a["id"], "id2": b["id"], "label": 1, "lang": lang_of(a, b), "kind": "story"}
            )
            pairs.append(
                {"id1": a["id"], "id2": b["id"], "label": 0, "lang": lang_of(a, b), "kind": "text"}
            )
        for a in rs:
            pairs.append(
                {
                    "id1": a["id"],
                    "id2": a["id"] + "-copy",
                    "label": 1,
                    "lang": lang_of(a, a),
                    "kind": "text",
                }
            )
    for e1, e2 in topics:
        for a, b in itertools.product(reports[e1], reports[e2]):
            pairs.append(
                {"id1": a["id"], "id2": b["id"], "label": 0, "lang": lang_of(a, b), "kind": "story"}
            )
    events = list(reports)
    topic_of = {e: i for i, t in enumerate(topics) for e in t}
    # far pairs stay within the fresh or the developed events (the fresh part stands alone)
    far = [
        (a, b)
        for e1, e2 in itertools.combinations(events, 2)
        if topic_of[e1] != topic_of[e2] and reports[e1][0].get("part") == reports[e2][0].get("part")
        for a, b in itertools.product(reports[e1], reports[e2])
    ]
    for a, b in rng.sample(far, far_sample):
        pairs.append(
            {"id1": a["id"], "id2": b["id"], "label": 0, "lang": lang_of(a, b), "kind": "story"}
        )
    for p in pairs:
        if p["lang"] == "en-ru" and str(p["id1"]).split("-")[-1].startswith("ru"):
            p["id1"], p["id2"] = p["id2"], p["id1"]
    return articles, pairs


def main() -> None:
    # part 1+2 as first built (its rng draws unchanged), then part 3+4 with a rng of its own
    articles, pairs = part(EN, RU, TOPICS, random.Random(15), 96)
    more_articles, more_pairs = part(
        EN_MORE, RU_MORE, TOPICS_MORE, random.Random(1215), 144, frozenset(FRESH), True
    )
    articles += more_articles
    pairs += more_pairs
    # part 5+6 (written after the December 2026 stories changes): three held-out topic pairs
    # ("fresh2", the next round's held-out part) and two to develop on ("dev2": not loaded by the
    # benchmark yet, so this round's figures stand), a rng of its own
    part5_articles, part5_pairs = part(
        EN_PART5,
        RU_PART5,
        TOPICS_PART5,
        random.Random(1226),
        40,
        frozenset(FRESH_PART5),
        True,
        "fresh2",
        "dev2",
    )
    articles += part5_articles
    pairs += part5_pairs
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    with open(HERE / "pairs.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs)
    from collections import Counter

    part_of = {a["id"]: a.get("part", "") for a in articles}
    print(
        len(articles),
        "articles;",
        len(pairs),
        "pairs:",
        dict(Counter((p["kind"], p["lang"], p["label"], part_of[str(p["id1"])]) for p in pairs)),
    )


if __name__ == "__main__":
    main()
