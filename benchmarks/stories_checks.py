"""The seventeenth session's counts on the development parts (A to develop on, B to check on):
the pieces of evidence the brief proposed, measured before anything was built.

    nice python benchmarks/stories_checks.py [running|refit|verbs|quotes|markers|headline|strip]

A = PolNeAR parts 1-4's A halves and the written13/15/16 dev halves; B = their other halves
(``stories.py``'s committed hash split).  No held-out part is read here.
- ``running``: ROC-AUC of each piece of evidence and of a whole-text TF-IDF cosine (the peer) at
  the running level, our misses and false joins, and what calling every pair the same would score;
  a combiner refitted for the running level on A, scored on B;
- ``refit``: the happening combiner refitted on the public dev halves plus A (optionally with names
  weighted by their rarity, ``--rare-names``), scored on A, B, the public test halves and the
  earlier real parts;
- ``verbs``: the first sentence's main verb and its object (spaCy), shared by how many pairs of
  each class (same happening, running only, different);
- ``quotes``: how many pairs of each class share a quoted 4-gram;
- ``markers``: leads with words of a development ("after", "in response", «после», «в ответ»);
- ``headline``: evidence from the headline alone (its vector, its words);
- ``strip``: a body that opens with its headline read from after it.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import math
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import stories as S  # noqa: E402

from newsprism.stories import match  # noqa: E402

REAL = ("PolNeAR", "written13", "written15", "written16")
PUBLIC = (
    "tgcontest ru-ru",
    "tgcontest en-en",
    "semeval en-en",
    "own en-en",
    "own ru-ru",
    "own en-ru",
)
EARLIER = (
    "L3S google news en-en",
    "L3S fresh google news en-en",
    "NEREL wikinews ru-ru",
    "Gazeta+RBC fresh ru-ru",
)


def half_of(name: str) -> str | None:
    if not any(k in name for k in REAL):
        return None
    if " A " in name or " dev " in name:
        return "A"
    if " B " in name or " held-out " in name:
        return "B"
    return None


def parts(sets: list[S.Dataset], level: str, half: str) -> list[S.Dataset]:
    return [d for d in sets if d.level == level and half_of(d.name) == half]


def pair_classes(sets: list[S.Dataset]) -> dict[tuple[str, str], str]:
    """Each real development pair's class: H (same happening), R (running story only), D."""
    running = {(p.a, p.b): p.label for d in sets if d.level == "running" for p in d.pairs}
    out = {}
    for d in sets:
        if d.level == "happening" and half_of(d.name):
            for p in d.pairs:
                out[(p.a, p.b)] = "H" if p.label else ("R" if running.get((p.a, p.b)) else "D")
    return out


def auc(gold: list[int], scores: list[float]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(gold, scores)) if 0 < sum(gold) < len(gold) else float("nan")


def running(sets: list[S.Dataset], prints: S.Prints) -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    data: dict[str, list[tuple[str, S.Pair, list[float], float, float, bool]]] = {}
    for half in ("A", "B"):
        rows = data.setdefault(half, [])
        for d in parts(sets, "running", half):
            feats = S.features(d, d.pairs, prints)
            tf = S.tfidf_scores(d, d.pairs)
            scores, pred = S.ours(d, d.pairs, prints)
            rows += [
                (d.name, p, f, t, s, x)
                for p, f, t, s, x in zip(d.pairs, feats, tf, scores, pred, strict=True)
            ]
        for lang in ("en-en", "ru-ru", "en-ru"):
            vv = [r for r in rows if r[1].lang == lang]
            gold = [r[1].label for r in vv]
            if len(set(gold)) < 2:
                continue
            columns = {
                "probability": [r[4] for r in vv],
                "cosine": [r[2][0] for r in vv],
                "head words": [r[2][1] for r in vv],
                "names": [r[2][2] for r in vv],
                "numbers": [r[2][3] for r in vv],
                "whole-text TF-IDF": [r[3] for r in vv],
            }
            misses = sum(1 for r in vv if r[1].label and not r[5])
            false = sum(1 for r in vv if not r[1].label and r[5])
            print(
                f"{half} {lang} {len(vv)} pairs ({sum(gold)}+): "
                + ", ".join(f"{k} {auc(gold, v):.3f}" for k, v in columns.items())
                + f"; missed {misses}, false joins {false}"
            )
    # the peer's F1 beside calling every pair the same, per PolNeAR half
    for d in [d for d in sets if d.level == "running" and d.name.startswith("PolNeAR part")]:
        n, pos = len(d.pairs), sum(p.label for p in d.pairs)
        print(f"{d.name}: every pair called the same F1 {2 * pos / (n + pos):.3f}")

    def matrix(
        rows: list[tuple[str, S.Pair, list[float], float, float, bool]], whole: bool
    ) -> object:
        return np.array([r[2] + ([r[3]] if whole else []) for r in rows])

    a, b = data["A"], data["B"]
    ya, yb = np.array([r[1].label for r in a]), np.array([r[1].label for r in b])
    count = collections.Counter(r[0] for r in a)
    weight = np.array([len(a) / len(count) / count[r[0]] for r in a])

    def mean_f1(
        rows: list[tuple[str, S.Pair, list[float], float, float, bool]], pred: object
    ) -> float:
        out = []
        for name in sorted({r[0] for r in rows}):
            idx = [i for i, r in enumerate(rows) if r[0] == name]
            out.append(S.prf([bool(pred[i]) for i in idx], [rows[i][1].label for i in idx])[2])  # type: ignore[index]
        return float(np.mean(out))

    base_a = mean_f1(a, [r[5] for r in a])
    base_b = mean_f1(b, [r[5] for r in b])
    for whole in (False, True):
        for c in (0.1, 1.0):
            model = LogisticRegression(C=c, max_iter=2000)
            cv = cross_val_predict(
                model,
                matrix(a, whole),
                ya,
                cv=5,
                method="predict_proba",
                params={"sample_weight": weight},
            )[:, 1]
            t = max(np.arange(0.1, 0.9, 0.02), key=lambda t: mean_f1(a, cv >= t))
            model.fit(matrix(a, whole), ya, sample_weight=weight)
            pb = model.predict_proba(matrix(b, whole))[:, 1]
            fp_old = sum(1 for r in b if r[5] and not r[1].label)
            fp_new = int(((pb >= t) & (yb == 0)).sum())
            print(
                f"running refit (whole text {whole}, C {c}, threshold {t:.2f}): weights "
                f"{np.round(model.coef_[0], 2).tolist()}; A mean F1 {base_a:.3f} -> "
                f"{mean_f1(a, cv >= t):.3f} (cross-validated); B {base_b:.3f} -> "
                f"{mean_f1(b, pb >= t):.3f}, false joins {fp_old} -> {fp_new}, "
                f"ROC-AUC {auc(list(yb), list(pb)):.3f}"
            )


def refit(sets: list[S.Dataset], prints: S.Prints, rare_names: bool) -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    by = {d.name: d for d in sets}
    name_df: dict[str, collections.Counter[str]] = {}

    def rows(d: S.Dataset, pairs: list[S.Pair]) -> tuple[object, list[int], list, list[bool]]:  # type: ignore[type-arg]
        feats = S.features(d, pairs, prints)
        fps = prints.get(d.articles, [i for p in pairs for i in (p.a, p.b)])
        if rare_names:
            if d.name not in name_df:
                ids = {i for p in d.pairs for i in (p.a, p.b)}
                df = collections.Counter(
                    k for i in ids for k in prints.get(d.articles, ids)[i].names
                )
                df["\0n"] = len(ids)
                name_df[d.name] = df
            df = name_df[d.name]

            def idf(k: str) -> float:
                return math.log((1 + df["\0n"]) / (1 + df.get(k, 0))) + 1

            for f, p in zip(feats, pairs, strict=True):
                x, y = fps[p.a].names, fps[p.b].names
                low = min(sum(map(idf, x)), sum(map(idf, y))) or 1.0
                f[2] = sum(map(idf, x & y)) / low if x and y else 0.0
                f[6] = f[2] * f[0]
        _, pred = S.ours(d, pairs, prints)
        return (
            np.array(feats),
            [p.label for p in pairs],
            [(fps[p.a], fps[p.b]) for p in pairs],
            pred,
        )

    train = [(by[n], S.split(by[n])[0]) for n in PUBLIC] + [
        (d, d.pairs) for d in parts(sets, "happening", "A")
    ]
    xs, ys, ws = [], [], []
    for d, pairs in train:
        x, y, _, _ = rows(d, pairs)
        xs.append(x)
        ys += y
        ws += [1.0 / len(pairs)] * len(pairs)
    weight = np.array(ws) * len(ys) / len(train)
    model = LogisticRegression(C=10.0, max_iter=2000).fit(np.vstack(xs), ys, sample_weight=weight)
    print(f"happening refit (rare names {rare_names}): {np.round(model.coef_[0], 2).tolist()}")
    groups = {
        "A": [(d, d.pairs) for d in parts(sets, "happening", "A")],
        "B": [(d, d.pairs) for d in parts(sets, "happening", "B")],
        "public test": [(by[n], S.split(by[n])[1]) for n in PUBLIC],
        "earlier real": [(by[n], by[n].pairs) for n in EARLIER if n in by],
    }
    for t in (0.5, 0.6, 0.7):
        out = []
        for label, group in groups.items():
            f_old, f_new, tp, fp = [], [], [0, 0], [0, 0]
            for d, pairs in group:
                x, y, fp_pairs, old = rows(d, pairs)
                prob = model.predict_proba(x)[:, 1]
                new = [
                    p >= match.RUNNING_STORY
                    and match.happening_probability(p, a, b)
                    >= (t if a.script == b.script else match.CROSS_SCRIPT_HAPPENING)
                    for p, (a, b) in zip(prob, fp_pairs, strict=True)
                ]
                f_old.append(S.prf(old, y)[2])
                f_new.append(S.prf(new, y)[2])
                for k, pred in enumerate((old, new)):
                    tp[k] += sum(1 for q, g in zip(pred, y, strict=True) if q and g)
                    fp[k] += sum(1 for q, g in zip(pred, y, strict=True) if q and not g)
            out.append(
                f"{label} F1 {np.mean(f_old):.3f} -> {np.mean(f_new):.3f} found {tp[0]} -> "
                f"{tp[1]} false {fp[0]} -> {fp[1]}"
            )
        print(f"  threshold {t}: " + "; ".join(out))


def by_class(sets: list[S.Dataset], prints: S.Prints, test: object, label: str) -> None:
    """How many pairs of each class (and half, and whether the probability reaches the running
    level) ``test(article_a, article_b)`` holds for."""
    classes = pair_classes(sets)
    held, total = collections.Counter(), collections.Counter()  # type: ignore[var-annotated]
    for d in sets:
        half = half_of(d.name)
        if d.level != "happening" or not half:
            continue
        scores, _ = S.ours(d, d.pairs, prints)
        for p, s in zip(d.pairs, scores, strict=True):
            if p.lang == "en-ru":
                continue
            key = (
                half,
                "PolNeAR" if "PolNeAR" in d.name else "written",
                classes[(p.a, p.b)],
                "near" if s >= match.RUNNING_STORY else "far",
            )
            total[key] += 1
            held[key] += bool(test(d.articles[p.a], d.articles[p.b]))  # type: ignore[operator]
    for key in sorted(total):
        print(f"{label} {' '.join(key)}: {held[key]}/{total[key]}")


_WORD = re.compile(r"[^\W_]+")
_QUOTE = re.compile(r'[“"«„]([^”"»“„]{15,600})[”"»“]')
_DEVELOPMENT_EN = re.compile(
    r"\b(after|following|in the wake of|days? after|responds?|responded|reacts?|reacted|"
    r"in response|aftermath|fallout|backlash|amid|since)\b",
    re.IGNORECASE,
)
_DEVELOPMENT_RU = re.compile(
    r"(после|в ответ|отреагировал|ответил|на следующий день|спустя|вслед за|по итогам|итоги)",
    re.IGNORECASE,
)


def lead_of(article: dict[str, str]) -> str:
    return f"{article.get('title') or ''}. {article['text'][:300]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "check", choices=("running", "refit", "verbs", "quotes", "markers", "headline", "strip")
    )
    parser.add_argument("--rare-names", action="store_true")
    args = parser.parse_args()
    # only the sets this tool counts on (the held-out part is never loaded by it)
    sets = S.load_sets(only=REAL + PUBLIC + EARLIER)
    prints = S.Prints()
    if args.check == "running":
        running(sets, prints)
    elif args.check == "refit":
        refit(sets, prints, args.rare_names)
    elif args.check == "verbs":
        import spacy

        from newsprism.attribution.backends import EN_MODELS

        nlp = spacy.load(EN_MODELS[-1], exclude=["ner"])
        cache: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {}

        def frame(a: dict[str, str]) -> tuple[str, frozenset[str], frozenset[str]]:
            if a["id"] not in cache:
                sent = next(nlp(a["text"][:400]).sents)
                verbs = frozenset(t.lemma_.lower() for t in sent if t.pos_ == "VERB")
                objects = frozenset(
                    t.lemma_.lower()
                    for t in sent
                    if t.dep_ in ("dobj", "pobj", "attr", "nsubjpass") and t.pos_ == "NOUN"
                )
                root = next((t for t in sent if t.dep_ == "ROOT"), None)
                cache[a["id"]] = (root.lemma_.lower() if root else "", verbs, objects)
            return cache[a["id"]]

        english = [d for d in sets if d.name.startswith("PolNeAR")]
        by_class(english, prints, lambda a, b: frame(a)[0] == frame(b)[0], "same main verb")
        by_class(
            english,
            prints,
            lambda a, b: frame(a)[1] & frame(b)[1] and frame(a)[2] & frame(b)[2],
            "a verb and an object shared",
        )
    elif args.check == "quotes":

        def grams(a: dict[str, str]) -> set[str]:
            out = set()
            for q in _QUOTE.findall(a["text"]):
                w = [x.lower() for x in _WORD.findall(q)]
                out |= {" ".join(w[i : i + 4]) for i in range(len(w) - 3)}
            return out

        by_class(sets, prints, lambda a, b: grams(a) & grams(b), "a quoted 4-gram shared")
    elif args.check == "markers":

        def marked(a: dict[str, str]) -> bool:
            lead = lead_of(a)
            pattern = _DEVELOPMENT_RU if re.search("[а-яё]", lead, re.I) else _DEVELOPMENT_EN
            return bool(pattern.search(lead))

        by_class(sets, prints, lambda a, b: marked(a) != marked(b), "one lead a development")
    elif args.check in ("headline", "strip"):
        other = S.Prints()
        for d in [d for d in sets if half_of(d.name) or d.name in PUBLIC + EARLIER]:
            if args.check == "headline":
                arts = {i: {**a, "text": ""} for i, a in d.articles.items() if a.get("title")}
                arts = {i: {k: v for k, v in a.items() if k != "at"} for i, a in arts.items()}
            else:
                arts = {i: strip_headline(a) for i, a in d.articles.items()}
            pairs = [p for p in d.pairs if p.a in arts and p.b in arts]
            changed = dataclasses.replace(d, articles=arts, pairs=pairs)
            gold = [p.label for p in pairs]
            for label, ds, pr in (("as read", d, prints), (args.check, changed, other)):
                scores, pred = S.ours(ds, pairs, pr)
                tp = sum(1 for x, g in zip(pred, gold, strict=True) if x and g)
                fp = sum(1 for x, g in zip(pred, gold, strict=True) if x and not g)
                print(
                    f"{d.name} [{label}]: F1 {S.prf(pred, gold)[2]:.3f}, found {tp}/{sum(gold)}, "
                    f"false {fp}, ROC-AUC {auc(gold, scores):.3f}"
                )


def strip_headline(article: dict[str, str]) -> dict[str, str]:
    """The body read from after its headline, when it opens with it (PolNeAR's texts all do)."""
    title, text = article.get("title") or "", article["text"]
    words = [w.lower() for w in _WORD.findall(title)]
    if (
        not words
        or [w.lower() for w in _WORD.findall(text[: len(title) + 20])][: len(words)] != words
    ):
        return article
    pos = 0
    for w in words:
        found = re.compile(re.escape(w), re.IGNORECASE).search(text, pos)
        pos = found.end() if found else pos
    return {**article, "text": text[pos:].lstrip(" .:!?’'\"”\n\t")}


if __name__ == "__main__":
    main()
