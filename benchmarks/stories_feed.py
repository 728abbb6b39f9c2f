"""Stories from feed items: a headline and one sentence, newsprism beside a TF-IDF cosine peer.

    nice python benchmarks/stories_feed.py [--parts fresh,B,A] [--dump FILE]

Most outlets' RSS items are a headline and a one- or two-sentence summary; the story matcher was
fitted on full texts.  This cuts the items of the sets ``benchmarks/stories.py`` loads to
**feed form** (``benchmarks/data/stories_feed18/README.md``: the headline and the first sentence;
without a headline, the first sentence as the headline and the second as the text) and scores
the pairs both in feed form and **mixed** (the first article whole, the second a feed item: one
outlet gives its text, another only its feed), beside the same pairs whole.

Parts (the README's rule, committed before any score):
- ``fresh20`` ("feed20", held out in the twentieth session, ``stories_feed20/README.md``): Big9's
  news-search clusters, real English feed items (headline and the outlet's description) with
  three people's clusters, pairs all three agree on, scored as they are at both levels; the
  peer's threshold from SemEval en-en's dev half in feed form;
- ``fresh19`` ("feed19", held out in the nineteenth session, ``stories_feed19/README.md``): every
  SemEval ru-ru (MT) pair, which no round scored; the peer's threshold from tgcontest ru-ru's
  dev half in the same form;
- ``fresh`` ("feed18", held out): the test halves of tgcontest ru-ru / en-en, SemEval en-en /
  en-ru (MT) and our own en-en / ru-ru / en-ru;
- ``A`` / ``B`` (development): the dev halves of those sets, feed19, L3S, Gazeta+RBC, NEREL
  wikinews and PolNeAR parts 1-4 (happening), split by story; the written parts whole, by the
  one split ``stories_written.py`` uses (``stories.WRITTEN_B``: written14, 16, 18, 20, 35, 36, 37,
  39 and 44 are B, the check half; the other written parts, written41 since the forty-third
  session, written42 since the forty-fourth and written43 since the forty-fifth among them, and the
  development parts dev44 and dev45, are A).
  A part of ``stories.SCORED_ONLY`` — written44 in the forty-fifth
  session — is also scored as a part of its own, ``w44``: in B as well (a scored-only part of A would not be pooled into A), never dumped,
  tuning nothing.  Until the thirty-sixth session this
  benchmark split written13-23 and 35 by story too, so its A held stories of the check parts;
  ``--level running``: the written parts and PolNeAR parts 1-4 labelled at the running level
  (the written parts whole by the same split, PolNeAR's split by running story).

The peer: word-unigram TF-IDF cosine over the same texts, IDF fitted on the set in the same
form, its threshold tuned on the set's dev half (fresh) or on its A part (A, B) in the same form;
for a written part (A or B), on half A's written parts of the same language pair in the same form,
pooled (thirty-eighth session: a written B part had been tuned on itself, on the check half).
``--dump`` writes one JSON line per pair of the parts scored (features, probability, decision,
label) for counting errors on A; it refuses the check half B and the scored-only parts (``--parts``
must leave them out).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import stories as S  # noqa: E402

from newsprism.stories import match  # noqa: E402

#: the held-out part's sets (their test halves)
FRESH_SETS = (
    "tgcontest ru-ru",
    "tgcontest en-en",
    "semeval en-en",
    "semeval en-ru (MT)",
    "own en-en",
    "own ru-ru",
    "own en-ru",
)
#: development sets scored whole (every pair in A or B), by name prefix; PolNeAR at the
#: happening level, whole parts only (not their earlier A/B sets); a written part is wholly in
#: the half :data:`stories.WRITTEN_B` / ``WRITTEN_A`` puts it in, the others split by story
DEV_PREFIXES = (
    *(S.part_prefix(n) for n in sorted(S.WRITTEN_A + S.WRITTEN_B)),
    "L3S google news en-en",
    "L3S fresh google news en-en",
    "Gazeta+RBC fresh ru-ru",
    "NEREL wikinews ru-ru",
)
#: the scored-only written parts (``stories.SCORED_ONLY``), each a part of its own
SCORED_PARTS = tuple(f"w{n}" for n in S.SCORED_ONLY)
#: the nineteenth session's held-out part (``stories_feed19/README.md``): its name, and the set
#: whose dev half tunes the peer's threshold
FEED19 = "semeval ru-ru (MT)"
FEED19_TUNE = "tgcontest ru-ru"
#: the twentieth session's held-out part (``stories_feed20/README.md``): the news-search
#: clustering part of Big9 (``$NEWSPRISM_FRESH_BIG9/Clustering``), real English feed items (a
#: headline and the outlet's own description) with three people's clusters; the set whose dev
#: half, in feed form, tunes the peer's threshold
BIG9 = Path(os.environ.get("NEWSPRISM_FRESH_BIG9", "/work/fresh/big9")) / "Clustering"
FEED20 = "Big9 news-search clusters en-en"
FEED20_TUNE = "semeval en-en"
GOLDS = ("gold1", "gold2", "gold3")
POLNEAR_WHOLE = re.compile(r"^PolNeAR part\d en-en \((happening|running)\)$")

#: a sentence's end: . ! ? … (a closing quote or bracket may follow), whitespace, then a capital,
#: a digit or an opening quote, bracket or dash
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”’)]?\s+(?=[A-ZА-ЯЁ0-9«\"“(—–-])")
MIN_SENTENCE = 40
MAX_ITEM = 400


def sentences(text: str) -> list[str]:
    """The text's sentences, each at least :data:`MIN_SENTENCE` characters (short ones joined
    with the next: a dateline is not a summary)."""
    out: list[str] = []
    start = 0
    flat = " ".join(text.split())
    for m in _SENTENCE_END.finditer(flat):
        piece = flat[start : m.start()].strip()
        if len(piece) >= MIN_SENTENCE:
            out.append(piece)
            start = m.end()
    rest = flat[start:].strip()
    if rest:
        out.append(rest)
    return [_cut(s) for s in out]


def _cut(s: str) -> str:
    if len(s) <= MAX_ITEM:
        return s
    cut = s.rfind(" ", 0, MAX_ITEM)
    return s[: cut if cut > 0 else MAX_ITEM]


def feed_form(article: dict[str, str]) -> dict[str, str]:
    """The article as a feed gives it: the headline and the first sentence (README's rule)."""
    parts = sentences(article.get("text", ""))
    title = (article.get("title") or "").strip()
    if title:
        text = parts[0] if parts else ""
    else:
        title, text = (parts[0], parts[1] if len(parts) > 1 else "") if parts else ("", "")
    out = dict(article)
    out["id"] = "feed:" + article["id"]
    out["title"] = title
    out["text"] = text
    return out


def load_feed19() -> S.Dataset | None:
    """Every SemEval ru-ru (MT) pair (``stories_feed19/README.md``), "same" at
    ``overall <= SEMEVAL_SAME``; None when the shared set is absent."""
    se = S.SHARED / "semeval2022-en-sample"
    if not (se / "pairs.jsonl").exists():
        return None
    arts = {a["id"]: a for a in S._jsonl(se / "articles.jsonl")}
    pairs = [
        S.Pair(p["id1"], p["id2"], int(p["overall"] <= S.SEMEVAL_SAME), "ru-ru", p["overall"])
        for p in S._jsonl(se / "pairs.jsonl")
        if p["lang"] == "ru-ru"
    ]
    return S.Dataset(FEED19, arts, pairs, tune_on=FEED19_TUNE)


def _clusters(path: Path) -> list[set[int]]:
    return [set(c) for c in json.loads(path.read_text(encoding="utf-8-sig"))]


def load_feed20(level: str) -> S.Dataset | None:
    """``stories_feed20/README.md``: every pair of two results of one query that all three
    people put in one cluster (same) or all three put in different clusters (not); an item is
    its page's own title (the result's title when it has none) over its own description; pairs
    the three do not agree on are left out.  None when the data set is absent."""
    folder = BIG9 / "dataset"
    if not folder.is_dir():
        return None
    arts: dict[str, dict[str, str]] = {}
    pairs: list[S.Pair] = []
    for path in sorted(folder.glob("*.txt")):
        items = json.loads(path.read_text(encoding="utf-8-sig"))
        topic = path.stem
        ids = {}
        for n, item in enumerate(items, start=1):
            meta = item.get("meta") or {}
            doc = f"big9:{topic}:{n}"
            ids[n] = doc
            arts[doc] = {
                "id": doc,
                "lang": "en",
                "title": str(meta.get("title") or item.get("title") or "").strip(),
                "text": str(meta.get("description") or "").strip(),
            }
        golds = [_clusters(BIG9 / g / path.name) for g in GOLDS]
        for a in range(1, len(items) + 1):
            for b in range(a + 1, len(items) + 1):
                votes = set()
                for clusters in golds:
                    if not any(a in c for c in clusters) or not any(b in c for c in clusters):
                        votes.add(None)
                    else:
                        votes.add(any(a in c and b in c for c in clusters))
                if votes in ({True}, {False}):
                    label = int(votes == {True})
                    pairs.append(S.Pair(ids[a], ids[b], label, "en-en"))
    return S.Dataset(f"{FEED20} ({level})", arts, pairs, tune_on=FEED20_TUNE, level=level)


def story_key(pairs: list[S.Pair]) -> dict[str, str]:
    """Each article's story: the smallest id of its component of positive pairs."""
    return {x: min(group) for group in S.components(pairs) for x in group}


def in_a(key: str) -> bool:
    return int(hashlib.sha1(("feed18:" + key).encode()).hexdigest(), 16) % 2 == 0


def halves(ds: S.Dataset) -> tuple[list[S.Pair], list[S.Pair]]:
    """A development set's pairs in half A and half B.  A written part lies whole in one half,
    the split ``stories_written.py`` uses (:data:`stories.WRITTEN_B` is B, the check half); the
    other sets are split by story (:func:`in_a` of each story's smallest id)."""
    written = S.written_number(ds.name)
    if written is not None:
        in_half_a = [written not in S.WRITTEN_B] * len(ds.pairs)
    else:
        key = story_key(ds.pairs)
        in_half_a = [in_a(key[p.a]) for p in ds.pairs]
    a = [p for p, x in zip(ds.pairs, in_half_a, strict=True) if x]
    b = [p for p, x in zip(ds.pairs, in_half_a, strict=True) if not x]
    return a, b


def forms(ds: S.Dataset, pairs: list[S.Pair], tag: str) -> dict[str, S.Dataset]:
    """The pairs whole, in feed form and mixed, as three sets over one article table."""
    arts: dict[str, dict[str, str]] = {}
    for i in {x for p in pairs for x in (p.a, p.b)}:
        arts[i] = ds.articles[i]
        arts["feed:" + i] = feed_form(ds.articles[i])

    def moved(p: S.Pair, a: str, b: str) -> S.Pair:
        return S.Pair(a, b, p.label, p.lang, p.grade, p.days_apart)

    shaped = {
        "whole": pairs,
        "feed": [moved(p, "feed:" + p.a, "feed:" + p.b) for p in pairs],
        "mixed": [moved(p, p.a, "feed:" + p.b) for p in pairs],
    }
    return {
        form: S.Dataset(f"{ds.name} [{tag}, {form}]", arts, ps, level=ds.level)
        for form, ps in shaped.items()
    }


Pooled = dict[tuple[str, str], tuple[list[int], list[bool], list[bool]]]


def score(
    ds: S.Dataset,
    tuner: S.Dataset | None,
    prints: S.Prints,
    dump: list[dict[str, object]],
    pool: Pooled,
    shape: str,
    t_peer: float | None = None,
) -> str:
    gold = [p.label for p in ds.pairs]
    scores, pred = S.ours(ds, ds.pairs, prints)
    base = S.tfidf_scores(ds, ds.pairs)
    if t_peer is not None:
        t_base = t_peer
    elif tuner is not None and tuner.pairs and sum(p.label for p in tuner.pairs) > 0:
        t_base = S.best_threshold(
            S.tfidf_scores(tuner, tuner.pairs), [p.label for p in tuner.pairs]
        )
    else:
        t_base = S.best_threshold(base, gold)
    p, r, f = S.prf(pred, gold)
    bp, br, bf = S.prf([s >= t_base for s in base], gold)
    neg = sum(1 for x, g in zip(pred, gold, strict=True) if x and not g)
    bneg = sum(1 for x, g in zip(base, gold, strict=True) if x >= t_base and not g)
    auc = ""
    if 0 < sum(gold) < len(gold):
        from sklearn.metrics import roc_auc_score

        auc = f"{roc_auc_score(gold, scores):.3f} vs {roc_auc_score(gold, base):.3f}"
    for x, d, sb in zip(ds.pairs, pred, base, strict=True):
        acc = pool.setdefault((shape, x.lang), ([], [], []))
        acc[0].append(x.label)
        acc[1].append(d)
        acc[2].append(sb >= t_base)
    fps = prints.get(ds.articles, [i for x in ds.pairs for i in (x.a, x.b)])
    df = prints.df(ds)
    for x, s, d, sb in zip(ds.pairs, scores, pred, base, strict=True):
        a, b = ds.articles[x.a], ds.articles[x.b]
        dump.append(
            {
                "set": ds.name,
                "a": x.a,
                "b": x.b,
                "label": x.label,
                "lang": x.lang,
                "p": s,
                "same": d,
                "hp": (
                    match.happening_probability(s, fps[x.a], fps[x.b])
                    if hasattr(match, "happening_probability")
                    else s
                ),
                "head_words": [int(fps[x.a].counts.sum()), int(fps[x.b].counts.sum())],
                "peer": sb,
                "peer_same": sb >= t_base,
                "features": match.story_features(fps[x.a], fps[x.b], df),
                "chars": [
                    len(a.get("title", "")) + len(a["text"]),
                    len(b.get("title", "")) + len(b["text"]),
                ],
                "names": [len(fps[x.a].names), len(fps[x.b].names)],
                "numbers": [len(fps[x.a].numbers), len(fps[x.b].numbers)],
            }
        )
    return (
        f"| {ds.name} | {len(gold)} ({sum(gold)}+) | {p:.3f} | {r:.3f} | **{f:.3f}** | {neg} "
        f"| {bp:.3f} | {br:.3f} | {bf:.3f} | {bneg} | {auc} |"
    )


def written_threshold(sets: list[S.Dataset], level: str, lang: str, shape: str) -> float | None:
    """The peer's threshold for a written part's pairs of ``lang`` in ``shape``: the best F1
    over half A's written parts' pairs of that language pair at ``level``, each part's cosines
    with the IDF of its own articles (as a scored set's are), pooled.  Half B decides nothing
    (thirty-eighth session; before, a B part's peer was tuned on the B part itself)."""
    cosines: list[float] = []
    labels: list[int] = []
    for ds in sets:
        number = S.written_number(ds.name)
        if number not in S.WRITTEN_A or number in S.SCORED_ONLY:
            continue
        if ds.level != level or ds.kind != "story":
            continue
        pairs = [p for p in ds.pairs if p.lang == lang]
        if not pairs:
            continue
        shaped = forms(ds, pairs, "written A tune")[shape]
        cosines.extend(S.tfidf_scores(shaped, shaped.pairs))
        labels.extend(p.label for p in shaped.pairs)
    if not labels or not any(labels):
        return None
    return float(S.best_threshold(cosines, labels))


def pooled_rows(pool: Pooled) -> list[str]:
    out = []
    for (shape, lang), (gold, pred, base) in sorted(pool.items()):
        p, r, f = S.prf(pred, gold)
        bp, br, bf = S.prf(base, gold)
        neg = sum(1 for x, g in zip(pred, gold, strict=True) if x and not g)
        bneg = sum(1 for x, g in zip(base, gold, strict=True) if x and not g)
        out.append(
            f"| pooled {lang} [{shape}] | {len(gold)} ({sum(gold)}+) | {p:.3f} | {r:.3f} "
            f"| **{f:.3f}** | {neg} | {bp:.3f} | {br:.3f} | {bf:.3f} | {bneg} | |"
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "--parts",
        default=",".join(("B", *SCORED_PARTS, "A")),
        help=f"fresh20, fresh19, fresh, B, {', '.join(SCORED_PARTS)}, A (comma-separated; "
        "w44: written44, scored only this session)",
    )
    parser.add_argument("--forms", default="whole,feed,mixed", help="whole, feed, mixed")
    parser.add_argument("--dump", default="", help="write each scored pair as a JSON line here")
    parser.add_argument(
        "--level",
        default="happening",
        choices=("happening", "running"),
        help="the level of the development sets' labels and decisions (running: the written "
        "parts and PolNeAR parts 1-4 labelled at the running level; the public sets and the "
        "held-out part have no running labels)",
    )
    args = parser.parse_args()
    wanted = args.parts.split(",")
    if args.dump and {"B", *SCORED_PARTS} & set(wanted):
        parser.error(
            "--dump prints pairs of the parts scored: leave out B, the check half, and the "
            "scored-only parts (" + ", ".join(SCORED_PARTS) + ")"
        )
    shapes = args.forms.split(",")
    # this session's held-out part (written45; its rule in ``benchmarks/heldout.md``) is scored
    # by stories.py only, and not loaded here
    sets = S.load_sets()
    by_name = {ds.name: ds for ds in sets}
    prints = S.Prints()
    dump: list[dict[str, object]] = []
    names = ("fresh20", "fresh19", "fresh", "B", *SCORED_PARTS, "A")
    rows: dict[str, list[str]] = {name: [] for name in names}
    pools: dict[str, Pooled] = {name: {} for name in names}
    # (part, set, pairs to score, pairs to tune the peer on, the set those are from if another)
    jobs: list[tuple[str, S.Dataset, list[S.Pair], list[S.Pair], S.Dataset | None]] = []
    feed19 = load_feed19() if args.level == "happening" and "fresh19" in wanted else None
    if feed19 is not None and FEED19_TUNE in by_name:
        tuner = by_name[FEED19_TUNE]
        jobs.append(("fresh19", feed19, feed19.pairs, S.split(tuner)[0], tuner))
    if "fresh20" in wanted and FEED20_TUNE in by_name:
        # already feed items: scored as they are, the peer tuned on feed-form dev pairs
        tuner = by_name[FEED20_TUNE]
        tune_feed = forms(tuner, S.split(tuner)[0], "fresh20 tune")["feed"]
        for level in ("happening", "running"):
            feed20 = load_feed20(level)
            if feed20 is not None:
                row = score(feed20, tune_feed, prints, dump, pools["fresh20"], level)
                rows["fresh20"].append(row)
    for name in FRESH_SETS if args.level == "happening" else ():
        ds = by_name.get(name)
        if ds is None:
            continue
        dev, test = S.split(ds)
        jobs.append(("fresh", ds, test, dev, None))
        key = story_key(dev)
        a = [p for p in dev if in_a(key[p.a])]
        b = [p for p in dev if not in_a(key[p.a])]
        jobs.append(("A", ds, a, a, None))
        jobs.append(("B", ds, b, a, None))
    dev19 = load_feed19() if args.level == "happening" else None
    for ds in [*sets, *([dev19] if dev19 is not None else [])]:
        named = ds.name.startswith(DEV_PREFIXES) or ds.name == FEED19
        if not (named or POLNEAR_WHOLE.match(ds.name)):
            continue
        if ds.level != args.level or ds.kind != "story":
            continue
        a, b = halves(ds)
        number = S.written_number(ds.name)
        own = f"w{number}" if number in S.SCORED_ONLY else None
        # a scored-only part has a part of its own; one of A is not pooled into A (development
        # is A without it), one of B is pooled in B as well (the check half holds it)
        jobs.append((own if own and number not in S.WRITTEN_B else "A", ds, a, a, None))
        jobs.append(("B", ds, b, a, None))
        if own and number in S.WRITTEN_B:
            jobs.append((own, ds, b, a, None))
    # a written part lies whole in one half, so a B part has no A pairs of its own: its peer
    # was tuned on the B part itself until the thirty-seventh session (an upper bound for the
    # peer, chosen on the check half).  Now every written part's peer threshold is derived on
    # half A's written parts of the same language pair, in the same form (written_threshold)
    written_t: dict[tuple[str, str], float | None] = {}
    for part, ds, pairs, tune, tune_ds in jobs:
        if part not in wanted or not pairs:
            continue
        scored = forms(ds, pairs, part)
        written = S.written_number(ds.name) is not None
        tuners = forms(tune_ds or ds, tune, part + " tune") if tune and not written else {}
        for shape in shapes:
            t_peer = None
            if written:
                key = (pairs[0].lang, shape)
                if key not in written_t:
                    written_t[key] = written_threshold(sets, args.level, *key)
                t_peer = written_t[key]
            row = score(scored[shape], tuners.get(shape), prints, dump, pools[part], shape, t_peer)
            rows[part].append(row)
    header = (
        "| set [part, form] | pairs | newsprism P | R | F1 | false joins | TF-IDF P | R | F1 "
        "| false joins | ROC-AUC ours vs TF-IDF |\n|---|---|---|---|---|---|---|---|---|---|---|"
    )
    print(
        f"newsprism stories: {match.FEATURES} weights {match.WEIGHTS}, bias {match.BIAS}, "
        f"levels {getattr(match, 'LEVELS', match.SAME_STORY)}; pairs decided at the "
        f"{args.level} level"
    )
    for part in names:
        if rows[part]:
            print(f"\n{part}\n{header}")
            print("\n".join(rows[part] + pooled_rows(pools[part])))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as handle:
            for row in dump:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
