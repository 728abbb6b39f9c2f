"""Fit the same-story combiner (``newsprism.stories.match``: ``WEIGHTS``, ``BIAS``) on development
data only, reproducibly.

    nice python scripts/fit_story_combiner.py [--c 1.0] [--check]

What it is fitted on (forty-third session): **half A** of the development split that
``benchmarks/stories_feed.py`` scores (:func:`half_a`): the public sets' dev halves (tgcontest,
SemEval, our own) and the real parts (L3S, PolNeAR, Gazeta+RBC, NEREL) split by story, and the
colleague's written parts of ``stories.WRITTEN_A`` whole (happening level, every pair, as
labelled) — never half B (``stories.WRITTEN_B`` and the public sets' B halves, the check half),
never a scored-only part (``stories.SCORED_ONLY``), never a held-out part, never the synthetic
en↔ru MT pairs.  Each set weighs the same, and each language pair of the written A parts (en-en,
en↔ru, ru-ru, pooled over the parts) weighs as one set.  ``--free`` fits only the weights it
names, the others and the bias kept at ``match.py``'s (a fixed part of the offset): terms that are
0 unless both reports are English, so fitted, leave every other pair as it was (the English terms
measured in the forty-third session, branch ``stories-cand43``; docs/stories.md, Round 43).
``--groups`` fits on the groups whose names start so; ``--thresholds`` prints half A's written
pairwise F1 by the happening threshold under the fitted weights.

``match.py``'s weights were **not** replaced by a fit of this script in the forty-third session:
no fit raised a check half without lowering another (docs/stories.md, Round 43).

A logistic regression over ``match.story_features`` with an L2 penalty (``--c``, as
scikit-learn's ``C``; the bias is not penalised), solved by Newton's method from zero: no random
start, no shuffling, so the same data give the same weights (``--check`` fits twice and compares
the printed constants byte for byte).  The happening level's additive evidence the library puts
on the logit of a pair — a rare name shared near in time (``match.rare_name_shift``) and the
evidence of when (``match.OTHER_DAY_LOGIT`` where ``match.day_evidence`` is below 0) — is a fixed
offset, so the weights learn what those do not already tell (a next day's development, labelled
apart, is not taught as "the words say nothing").

The document frequencies of a pair's lexical cosine are the set's articles' (``stories.Prints.df``),
as the benchmark scores pairs; in the library they are those of the window's reports.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
import stories as S  # noqa: E402
import stories_feed as F  # noqa: E402

from newsprism.stories import match  # noqa: E402


def offset(a: object, b: object, df: object) -> float:
    """What the happening level adds to the logit besides the combiner (see the docstring)."""
    z = match.rare_name_shift(a, b, df)  # type: ignore[arg-type]
    if match.day_evidence(a, b) < 0:  # type: ignore[arg-type]
        z += match.OTHER_DAY_LOGIT
    return float(z)


def half_a(sets: list[S.Dataset]) -> list[tuple[str, S.Dataset, list[S.Pair]]]:
    """Every development set's pairs of half A, by the split ``stories_feed.py`` scores (its A;
    its B is the check half, never fitted on): the public sets' dev halves split by story, the
    real parts (L3S, PolNeAR, Gazeta+RBC, NEREL) likewise, the written parts of
    ``stories.WRITTEN_A`` whole; happening level only; the synthetic en↔ru MT pairs left out
    (``stories.NOT_FITTED_ON``); a scored-only part never."""
    out = []
    for ds in sets:
        if ds.kind != "story" or ds.level != "happening" or ds.name in S.NOT_FITTED_ON:
            continue
        number = S.written_number(ds.name)
        if number is not None and (number in S.WRITTEN_B or number in S.SCORED_ONLY):
            continue
        if ds.name in F.FRESH_SETS:
            dev = S.split(ds)[0]
            key = F.story_key(dev)
            pairs = [p for p in dev if F.in_a(key[p.a])]
        elif ds.name.startswith(F.DEV_PREFIXES) or F.POLNEAR_WHOLE.match(ds.name):
            pairs = F.halves(ds)[0]
        else:
            continue
        if pairs:
            group = f"written A {ds.name.split()[2]}" if number is not None else ds.name
            out.append((group, ds, pairs))
    return out


def groups(
    prints: S.Prints, only: tuple[str, ...] = ()
) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Each weighing group's features, offsets and labels (see the docstring); ``only``: the
    groups whose names start so."""
    out: dict[str, tuple[list[list[float]], list[float], list[int]]] = {}
    for group, ds, pairs in half_a(S.load_sets()):
        if only and not group.startswith(only):
            continue
        fps = prints.get(ds.articles, [i for p in pairs for i in (p.a, p.b)])
        df = prints.df(ds)
        rows = out.setdefault(group, ([], [], []))
        for p in pairs:
            a, b = fps[p.a], fps[p.b]
            rows[0].append(match.story_features(a, b, df))
            rows[1].append(offset(a, b, df))
            rows[2].append(int(p.label))
    return {
        k: (np.array(x, dtype=np.float64), np.array(o, dtype=np.float64), np.array(y))
        for k, (x, o, y) in sorted(out.items())
    }


def newton(
    x: np.ndarray, off: np.ndarray, y: np.ndarray, w: np.ndarray, c: float, intercept: bool = True
) -> tuple[np.ndarray, float]:
    """Weighted, L2-penalised logistic regression with an offset: C * sum(w * loss) + |beta|^2/2
    (the bias unpenalised; none fitted without ``intercept``), Newton's method from zero."""
    n, k = x.shape
    xb = np.hstack([x, np.ones((n, 1))]) if intercept else x
    beta = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], 1.0)
    if intercept:
        penalty[-1] = 0.0
    for _ in range(100):
        z = xb @ beta + off
        p = 1.0 / (1.0 + np.exp(-z))
        grad = c * (xb.T @ (w * (p - y))) + penalty * beta
        hess = c * (xb.T * (w * p * (1.0 - p))) @ xb + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    return (beta[:-1], float(beta[-1])) if intercept else (beta, 0.0)


def fit(
    data: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]],
    c: float,
    free: tuple[str, ...] = (),
) -> list[str]:
    """Fit every weight and the bias, or only the weights named in ``free`` (the others and the
    bias kept at ``match.py``'s, part of the offset)."""
    xs = np.vstack([x for x, _, _ in data.values()])
    offs = np.concatenate([o for _, o, _ in data.values()])
    ys = np.concatenate([y for _, _, y in data.values()]).astype(np.float64)
    # each group weighs the same, however many pairs it has; weights with mean 1
    ws = np.concatenate([np.full(len(y), 1.0 / len(y)) for _, _, y in data.values()])
    ws *= len(ws) / ws.sum()
    if free:
        cols = [match.FEATURES.index(f) for f in free]
        kept = [i for i in range(len(match.FEATURES)) if i not in cols]
        now = np.array(match.WEIGHTS)
        fixed = xs[:, kept] @ now[kept] + match.BIAS
        part, _ = newton(xs[:, cols], offs + fixed, ys, ws, c, intercept=False)
        weights, bias = now.copy(), float(match.BIAS)
        weights[cols] = part
    else:
        weights, bias = newton(xs, offs, ys, ws, c)
    lines = [f"groups: {', '.join(f'{k} ({len(v[2])})' for k, v in data.items())}"]
    lines.append(f"FEATURES = {match.FEATURES}")
    lines.append(f"WEIGHTS = {tuple(round(float(v), 3) for v in weights)}")
    lines.append(f"BIAS = {round(bias, 3)}")
    # the fitted model's log-loss per group (with the offsets), beside the model in match.py
    for name, (x, o, y) in data.items():
        mine = x @ weights + bias + o
        now = x @ np.array(match.WEIGHTS) + match.BIAS + o

        def loss(z: np.ndarray, y: np.ndarray = y) -> float:
            return float(np.mean(np.logaddexp(0.0, z) - y * z))

        lines.append(f"  {name}: log-loss {loss(now):.4f} (match.py) -> {loss(mine):.4f}")
    return lines


def thresholds(prints: S.Prints, weights: tuple[float, ...], bias: float) -> list[str]:
    """With these weights, the happening level's pairwise F1 on the written A parts (every pair
    decided alone as the library decides it, ``match.same_story``) at each same-script threshold:
    what the fitted probability's bar would be, chosen on A only."""
    saved = (match.WEIGHTS, match.BIAS, dict(match.LEVELS), match.SAME_STORY)
    match.WEIGHTS, match.BIAS = weights, bias
    sets = []
    for n in S.WRITTEN_A:
        folder = S.part_folder(n)
        if n not in S.WRITTEN_B and n not in S.SCORED_ONLY and (folder / "pairs.jsonl").exists():
            sets += S.load_written13("happening", folder, S.part_prefix(n), halves=False)
    lines = []
    try:
        for t in [round(0.40 + 0.05 * k, 2) for k in range(9)]:
            match.LEVELS["happening"] = t
            match.SAME_STORY = t
            pool: dict[str, list[tuple[bool, int]]] = {}
            for ds in sets:
                fps = prints.get(ds.articles, [i for p in ds.pairs for i in (p.a, p.b)])
                df = prints.df(ds)
                for p in ds.pairs:
                    same = match.same_story(fps[p.a], fps[p.b], df)
                    pool.setdefault(ds.name.split()[2], []).append((same, p.label))
            cells = []
            for lang in ("en-en", "en-ru", "ru-ru"):
                xs = pool.get(lang, [])
                f1 = S.prf([d for d, _ in xs], [g for _, g in xs])[2]
                cells.append(f"{lang} {f1:.3f}")
            lines.append(f"  happening threshold {t}: A pairwise " + ", ".join(cells))
    finally:
        match.WEIGHTS, match.BIAS = saved[0], saved[1]
        match.LEVELS.clear()
        match.LEVELS.update(saved[2])
        match.SAME_STORY = saved[3]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--c", type=float, default=1.0)
    parser.add_argument("--check", action="store_true", help="fit twice, compare the output")
    parser.add_argument(
        "--free", default="", help="fit only these weights (comma-separated FEATURES names)"
    )
    parser.add_argument(
        "--groups", default="", help="fit on these groups only (name prefixes, comma-separated)"
    )
    parser.add_argument(
        "--thresholds", action="store_true", help="A's pairwise F1 by the happening threshold"
    )
    args = parser.parse_args()
    free = tuple(f for f in args.free.split(",") if f)
    only = tuple(g for g in args.groups.split(",") if g)
    data = groups(S.Prints(), only)
    first = fit(data, args.c, free)
    print("\n".join(first))
    if args.thresholds:
        weights = eval(first[2].split(" = ", 1)[1])  # noqa: S307 (the line printed above)
        bias = float(first[3].split(" = ", 1)[1])
        print("\n".join(thresholds(S.Prints(), weights, bias)))
    if args.check:
        again = fit(groups(S.Prints(), only), args.c, free)
        same = "\n".join(again) == "\n".join(first)
        print(f"two fits from the data: {'byte-identical' if same else 'DIFFERENT'}")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
