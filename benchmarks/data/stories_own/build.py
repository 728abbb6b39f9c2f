"""Build articles.jsonl and pairs.jsonl of our own story set from events_en.py and events_ru.py.

    python benchmarks/data/stories_own/build.py

Articles: 12 events x (2 English + 2 Russian reports), plus one rewritten copy of each report
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


def main() -> None:
    rng = random.Random(15)
    articles = []
    reports: dict[str, list[dict[str, str]]] = {}
    for event, (date, en_reports) in EN.items():
        for n, (lang, (outlet, title, text)) in enumerate(
            [("en", r) for r in en_reports] + [("ru", r) for r in RU[event]]
        ):
            art = {
                "id": f"{event}-{lang}{n}",
                "lang": lang,
                "event": event,
                "outlet": outlet,
                "topic": next("+".join(t) for t in TOPICS if event in t),
                "published": f"{date}T{8 + 2 * n:02d}:00:00Z",
                "title": title,
                "text": text,
            }
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
    pairs = []

    def lang_of(a: dict[str, str], b: dict[str, str]) -> str:
        return (
            "-".join(sorted((a["lang"], b["lang"])))
            if a["lang"] != b["lang"]
            else f"{a['lang']}-{a['lang']}"
        )

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
    for e1, e2 in TOPICS:
        for a, b in itertools.product(reports[e1], reports[e2]):
            pairs.append(
                {"id1": a["id"], "id2": b["id"], "label": 0, "lang": lang_of(a, b), "kind": "story"}
            )
    events = list(reports)
    topic_of = {e: i for i, t in enumerate(TOPICS) for e in t}
    far = [
        (a, b)
        for e1, e2 in itertools.combinations(events, 2)
        if topic_of[e1] != topic_of[e2]
        for a, b in itertools.product(reports[e1], reports[e2])
    ]
    for a, b in rng.sample(far, 96):
        pairs.append(
            {"id1": a["id"], "id2": b["id"], "label": 0, "lang": lang_of(a, b), "kind": "story"}
        )
    for p in pairs:
        if p["lang"] == "en-ru" and p["id1"].split("-")[-1].startswith("ru"):
            p["id1"], p["id2"] = p["id2"], p["id1"]
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    with open(HERE / "pairs.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs)
    from collections import Counter

    print(
        len(articles),
        "articles;",
        len(pairs),
        "pairs:",
        dict(Counter((p["kind"], p["lang"], p["label"]) for p in pairs)),
    )


if __name__ == "__main__":
    main()
