"""Train the English attribution models on PolNeAR train; check them on dev.

    OPENBLAS_NUM_THREADS=1 PYTHONPATH=src nice python scripts/train_attribution.py
    PYTHONPATH=src nice python scripts/train_attribution.py --check        # dev figures only
    PYTHONPATH=src nice python scripts/train_attribution.py --scorer-only  # keep the cue finder
    PYTHONPATH=src python scripts/train_attribution.py --tagger-folds 0    # one tagger CV fold
    PYTHONPATH=src python scripts/train_attribution.py --tagger-only       # tagger: CV + model
    PYTHONPATH=src nice python scripts/train_attribution.py --sources-only # source ranker

Needs scikit-learn, scipy and python-crfsuite (the ``bench`` extra) besides the package's own
dependencies.

A. **The learned cue finder** (``data/attribution-cues-en.json``, :mod:`newsprism.attribution.
   learned_en`): the rules run over every train article with the finder collecting every
   reading of a non-lexicon word as a cue that does not overlap what the rules found; each is
   labelled by whether its content matches a gold attribution the rules missed.  Logistic
   regression (scikit-learn, lbfgs); C and the acceptance threshold by 5-fold cross-validation
   within train (folds by article) on the content + source F1 gained; the learned lexicon
   (lemma → occurrences, occurrences inside a gold cue) from the training folds only, each
   article's own counts left out for its rows.
B. **The scorer** (``data/attribution-scorer-en.json``, :mod:`newsprism.attribution.scorer`):
   the rules and the new cue finder run over every article of a split; each quote they propose
   gets the features of :func:`newsprism.attribution.scorer.features` and two labels from
   PolNeAR's gold (the matching of ``benchmarks/quotes_en.py``): its content matches a gold
   attribution, and its source is right.  Logistic regression (numpy, Newton's method, L2),
   the L2 strength per head by 5-fold cross-validation within train, on log loss.
T. **The span tagger** (``data/attribution-tagger-en.json``, :mod:`newsprism.attribution.
   tagger_en`), after the cue finder: a linear-chain CRF (CRFsuite, L-BFGS, L1 0.5, L2 0.01,
   100 iterations, all fixed beforehand) over every sentence the stage parses in train, BIO
   labels from the gold spans.  2-fold CV by article (alternate articles in sorted order; the
   fold models are kept under ``build/attribution/``) prints rules alone, tagger alone and the
   ways of joining them; the scorer then learns from each train article tagged by the model of
   the other fold.
S. **The source ranker** (``data/attribution-sources-en.json``, :mod:`newsprism.attribution.
   sources_en`), after the tagger: for each attribution the stage finds whose content matches
   a gold one, every candidate source of the cue's sentence, labelled by whether its words
   share one with the gold source.  Logistic regression (scikit-learn, lbfgs); C, the margin
   over the rules' choice and the threshold for a source where the rules gave none by 5-fold CV
   within train (folds by article), on the share of matched attributions with the right source;
   a feature seen fewer than ``MIN_SOURCE_FEATURE`` times among the rows fitted on is left out.
C. *Check* on dev (never used for any choice above): F1 with and without the finder,
   calibration per band, precision of the confident ones, F1 with and without the drop.

Parses are cached under ``build/attribution/docs-<split>.pkl`` and the finder's readings under
``build/attribution/cues-<split>.pkl`` (delete them after changing the rules or spaCy).
Deterministic: fixed fold assignment (sorted article names), no randomness in the fits (two
runs give byte-identical files).  Reads ``$NEWSPRISM_DATASETS`` or ``../shared/datasets``
beside the repository; only the train split trains anything.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import quotes_en as bench  # noqa: E402  (benchmarks/quotes_en.py: loader and matching)

from newsprism.attribution import scorer, tagger_en  # noqa: E402
from newsprism.attribution.confidence import CONFIDENT  # noqa: E402

CACHE = ROOT / "build" / "attribution"
shipped_tagger = tagger_en.load
OUT = ROOT / "src" / "newsprism" / "data" / scorer.MODEL_FILE
HEADS = ("content", "speaker", "confidence")
#: a cue word needs this many training quotes to get a weight of its own
MIN_CUE = 15
L2_GRID = (1.0, 3.0, 10.0)
FOLDS = 5
CUE_OUT = ROOT / "src" / "newsprism" / "data" / "attribution-cues-en.json"
#: a lemma needs this many training readings to get a weight of its own in the cue finder
MIN_LEMMA = 5
#: inverse L2 strengths tried for the cue finder
CUE_C_GRID = (0.1, 0.3, 1.0)


def collect(split: str, limit: int | None) -> list[dict[str, Any]]:
    from newsprism.attribution.stage import analyse_article

    parser = use_cached_parser(split)

    rows = []
    items = bench.load(split, limit)
    folds = _tagger_folds() if split == "train" else None
    for n, (name, text, gold) in enumerate(items):
        article = bench.segmented(text)
        if folds is not None:
            # the span tagger as it reads an article it was not trained on: its fold's model
            tagger_en.load = _constant(folds[n % TAGGER_FOLDS])
        result = analyse_article(article)
        assert result is not None
        analysis, speakers, quotes = result
        by_id = {s.id: s for s in speakers}
        preds = []
        for q in quotes:
            sp = by_id.get(q.speaker) if q.speaker is not None else None
            preds.append(
                bench.Attribution(
                    content=[(q.start, q.end)],
                    source=[(q.source_start, q.source_end)]
                    if q.source_start is not None and q.source_end is not None
                    else [],
                    speaker_spans=[(m.start, m.end) for m in sp.mentions] if sp else [],
                    speaker_names={x.lower() for x in (sp.name, *sp.aliases)} if sp else set(),
                )
            )
        pairs = {id(p): g for p, g in bench.match(text, preds, gold, mode="overlap")}
        for found, q, p in zip(analysis.found, quotes, preds, strict=True):
            sp = by_id.get(q.speaker) if q.speaker is not None else None
            g = pairs.get(id(p))
            rows.append(
                {
                    "article": name,
                    "cue": scorer.cue_word(text, found),
                    "features": scorer.features(text, found, q, sp, analysis, frozenset()),
                    "content": int(g is not None),
                    "speaker": int(g is not None and bench.source_ok(text, p, g)),
                }
            )
        if n % 50 == 0:
            print(f"  {split}: {n}/{len(items)} articles", file=sys.stderr)
    parser.save()
    tagger_en.load = shipped_tagger
    return rows


def _tagger_folds() -> list[Any] | None:
    """The span tagger's models of the cross-validation folds (``None`` with no shipped tagger:
    then the scorer learns without it)."""
    if shipped_tagger() is None:
        return None
    return [
        tagger_en.from_json(json.loads((CACHE / f"tagger-fold{k}.json").read_text()))
        for k in range(TAGGER_FOLDS)
    ]


def _constant(value: Any) -> Any:
    return lambda: value


def featurise(row: dict[str, Any], cues: frozenset[str]) -> dict[str, float]:
    feats = dict(row["features"])
    feats.pop("cue=<rare>", None)
    feats[f"cue={row['cue'] if row['cue'] in cues else '<rare>'}"] = 1.0
    return feats


def matrix(rows: list[dict[str, Any]], cues: frozenset[str], vocab: list[str]) -> np.ndarray:
    index = {k: i for i, k in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, row in enumerate(rows):
        for k, v in featurise(row, cues).items():
            if k in index:
                x[r, index[k]] = v
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (the bias is not penalised)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0
    for _ in range(25):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-5:
            break
    return w[:-1], float(w[-1])


def predict(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(x @ w + b, -30, 30)))


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def labels(rows: list[dict[str, Any]], head: str) -> np.ndarray:
    if head == "confidence":
        return np.array([r["speaker"] for r in rows], dtype=float)
    return np.array([r[head] for r in rows], dtype=float)


def head_rows(rows: list[dict[str, Any]], head: str) -> list[dict[str, Any]]:
    """The speaker head learns from real quotes only (its probability is conditional)."""
    return [r for r in rows if r["content"]] if head == "speaker" else rows


def vocabulary(rows: list[dict[str, Any]]) -> tuple[frozenset[str], list[str]]:
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["cue"]] = counts.get(r["cue"], 0) + 1
    cues = frozenset(c for c, n in counts.items() if n >= MIN_CUE and c != "<none>")
    vocab = sorted({k for r in rows for k in featurise(r, cues)})
    return cues, vocab


def cross_validate(
    rows: list[dict[str, Any]],
) -> tuple[dict[str, float], dict[str, np.ndarray]]:
    """Per head the L2 strength with the lowest out-of-fold log loss, and each head's
    out-of-fold probabilities at that strength (to choose the thresholds)."""
    articles = sorted({r["article"] for r in rows})
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}
    folds = []
    for k in range(FOLDS):
        train = [r for r in rows if fold_of[r["article"]] != k]
        test_idx = np.array([i for i, r in enumerate(rows) if fold_of[r["article"]] == k])
        cues, vocab = vocabulary(train)
        folds.append((train, test_idx, matrix(train, cues, vocab), matrix(rows, cues, vocab)))
    chosen: dict[str, float] = {}
    oofs: dict[str, np.ndarray] = {}
    y_all = {h: labels(rows, h) for h in HEADS}
    real = np.array([r["content"] == 1 for r in rows])
    for head in HEADS:
        best = (math.inf, L2_GRID[0], np.zeros(len(rows)))
        for l2 in L2_GRID:
            oof = np.zeros(len(rows))
            for train, test_idx, x_train, x_all in folds:
                keep = np.array([r["content"] == 1 for r in train]) if head == "speaker" else None
                xt = x_train[keep] if keep is not None else x_train
                yt = labels(train, head)[keep] if keep is not None else labels(train, head)
                w, b = fit(xt, yt, l2)
                oof[test_idx] = predict(x_all[test_idx], w, b)
            mask = real if head == "speaker" else np.ones(len(rows), dtype=bool)
            loss = log_loss(oof[mask], y_all[head][mask])
            print(f"  cv {head:10} l2={l2:<5} log loss {loss:.4f}", flush=True)
            if loss < best[0]:
                best = (loss, l2, oof)
        chosen[head] = best[1]
        oofs[head] = best[2]
    return chosen, oofs


def train(rows: list[dict[str, Any]], l2: dict[str, float]) -> dict[str, Any]:
    cues, vocab = vocabulary(rows)
    heads = {}
    for head in HEADS:
        hr = head_rows(rows, head)
        w, b = fit(matrix(hr, cues, vocab), labels(hr, head), l2[head])
        heads[head] = {
            "bias": round(b, 5),
            "weights": {k: round(float(v), 5) for k, v in zip(vocab, w, strict=True) if v},
            "l2": l2[head],
        }
    return {
        "model": "newsprism English attribution scorer",
        "trained_on": "PolNeAR train (840 articles); see docs/attribution-model.md",
        "cues": sorted(cues),
        "heads": heads,
    }


def bands(p: np.ndarray, y: np.ndarray, title: str) -> None:
    print(f"  calibration, {title}: band  n  mean-confidence  share-right")
    edges = [0.0, 0.2, 0.4, 0.6, 0.75, 0.9, 1.0001]
    for lo, hi in zip(edges, edges[1:], strict=False):
        sel = (p >= lo) & (p < hi)
        if sel.any():
            print(
                f"    {lo:.2f}-{min(hi, 1):.2f} {int(sel.sum()):6} {p[sel].mean():8.3f} {y[sel].mean():8.3f}"
            )


def confident_threshold(p: np.ndarray, y: np.ndarray, target: float = 0.9) -> float:
    """The lowest threshold (step 0.05) at which the out-of-fold precision clears ``target``
    with a margin of one standard error."""
    for t in np.arange(0.3, 0.96, 0.05):
        sel = p >= t
        if sel.sum() < 50:
            continue
        prec = y[sel].mean()
        se = math.sqrt(prec * (1 - prec) / sel.sum())
        if prec - se >= target:
            return round(float(t), 2)
    return 0.95


def gold_count(split: str) -> int:
    return sum(len(g) for _, _, g in bench.load(split, None))


def content_f1(p: np.ndarray, y: np.ndarray, n_gold: int, drop: float) -> tuple[float, float]:
    """Content F1 and source F1 when quotes with ``content`` probability below ``drop`` go."""
    keep = p >= drop
    tp = y[keep].sum()
    return 2 * tp / (keep.sum() + n_gold), float(keep.mean())


def drop_threshold(p: np.ndarray, y: np.ndarray, n_gold: int) -> float:
    """The ``content`` probability below which dropping a quote raises content F1 most, on
    out-of-fold train predictions (0 when dropping does not help)."""
    best = (content_f1(p, y, n_gold, 0.0)[0], 0.0)
    print(f"  train out of fold content F1, rules alone: {100 * best[0]:.1f}")
    for t in np.arange(0.05, 0.6, 0.05):
        f1, kept = content_f1(p, y, n_gold, float(t))
        print(f"    drop below {t:.2f}: content F1 {100 * f1:.1f} (kept {100 * kept:.0f}%)")
        if f1 > best[0] + 0.001:
            best = (f1, round(float(t), 2))
    return best[1]


def check(model: dict[str, Any], rows: list[dict[str, Any]], title: str) -> None:
    m = scorer.from_json(model)
    content = np.array([m.heads["content"].probability(featurise(r, m.cues)) for r in rows])
    n_gold = gold_count("dev") if title == "dev" else 0
    if n_gold:
        yc = labels(rows, "content")
        ys = labels(rows, "confidence")
        keep = content >= m.drop_below
        for name, sel in (
            ("rules alone", np.ones(len(rows), dtype=bool)),
            ("rules + scorer", keep),
        ):
            f1c = 2 * yc[sel].sum() / (sel.sum() + n_gold)
            f1s = 2 * ys[sel].sum() / (sel.sum() + n_gold)
            print(
                f"  {title} {name:15} (drop below {m.drop_below if sel is keep else 0}): "
                f"content F1 {100 * f1c:.1f}, source F1 {100 * f1s:.1f}, quotes {int(sel.sum())}"
            )
    conf = np.array([m.heads["confidence"].probability(featurise(r, m.cues)) for r in rows])
    y = labels(rows, "confidence")
    bands(conf, y, title)
    sel = conf >= CONFIDENT
    print(
        f"  {title}: confident (≥ {CONFIDENT}) {int(sel.sum())} of {len(rows)} quotes "
        f"({100 * sel.mean():.1f}%), source right among them {100 * y[sel].mean():.1f}%; "
        f"log loss {log_loss(conf, y):.4f} (constant {log_loss(np.full_like(y, y.mean()), y):.4f})"
    )
    real = [r for r in rows if r["content"]]
    sp = np.array([m.heads["speaker"].probability(featurise(r, m.cues)) for r in real])
    bands(sp, labels(real, "speaker"), title + ", speaker head on real quotes")


# -- the learned cue finder -------------------------------------------------------------------


class CachedParser:
    """spaCy's English pipeline with its parses remembered per chunk of text (the two passes
    parse the same chunks); the contextual vectors are kept beside the documents."""

    def __init__(self, nlp: Any, path: Path) -> None:
        self.nlp = nlp
        self.path = path
        self.docs: dict[str, Any] = {}
        #: the texts asked for since the caller last emptied this (one article's chunks)
        self.requested: list[str] = []
        self.dirty = False
        if path.exists():
            from spacy.tokens import DocBin

            texts, blob, tensors = pickle.loads(path.read_bytes())
            docs = DocBin().from_bytes(blob).get_docs(nlp.vocab)
            for t, doc, tensor in zip(texts, docs, tensors, strict=True):
                doc.tensor = tensor.astype(np.float32)
                self.docs[t] = doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)

    def __hash__(self) -> int:
        return id(self)

    def pipe(self, texts: Any) -> list[Any]:
        texts = list(texts)
        self.requested.extend(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self.docs]
        if missing:
            self.dirty = True
            for t, doc in zip(missing, self.nlp.pipe(missing), strict=True):
                self.docs[t] = doc
        # copies: the stage edits what it is given (``split_name_runs`` sets ``doc.ents``), and
        # the cache must keep the parser's own output, or a later run would read old edits
        return [self.docs[t].copy() for t in texts]

    def save(self) -> None:
        if not self.dirty:
            return
        from spacy.tokens import DocBin

        attrs = ["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "POS", "SENT_START"]
        db = DocBin(attrs=attrs)
        texts = list(self.docs)
        for t in texts:
            db.add(self.docs[t])
        tensors = [self.docs[t].tensor.astype(np.float16) for t in texts]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(pickle.dumps((texts, db.to_bytes(), tensors)))
        self.dirty = False


def use_cached_parser(split: str) -> CachedParser:
    """Make a :class:`CachedParser` the ``en`` model for what follows in this run."""
    from newsprism.attribution.backends import models

    current = models.get("en")
    nlp = current.nlp if isinstance(current, CachedParser) else current
    parser = CachedParser(nlp, CACHE / f"docs-{split}.pkl")
    models._instances["en"] = parser  # a training run may swap the registry's instance
    return parser


def collect_candidates(split: str, limit: int | None) -> dict[str, Any]:
    """Every reading of a non-lexicon word as a cue that does not overlap what the rules found
    (:func:`newsprism.attribution.learned_en.novel`), with its features and labels: its
    content matches (≥ 30% of the words both ways) a gold attribution the rules missed, and its
    source words share a word with that attribution's.  Per article also how often each lemma
    occurs in the parsed text and how often inside a gold cue (the learned lexicon)."""
    path = CACHE / f"cues-{split}.pkl"
    if path.exists() and limit is None:
        data: dict[str, Any] = pickle.loads(path.read_bytes())
        return data
    parser = use_cached_parser(split)
    rows: list[dict[str, Any]] = []
    articles: dict[str, dict[str, Any]] = {}
    items = bench.load(split, limit)
    try:
        _read_candidates(items, parser, rows, articles)
    finally:
        parser.save()  # the parses so far are kept, whatever happens
    data = {"rows": rows, "articles": articles}
    if limit is None:
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(data))
    return data


def _read_candidates(
    items: list[tuple[str, str, list[Any]]],
    parser: CachedParser,
    rows: list[dict[str, Any]],
    articles: dict[str, dict[str, Any]],
) -> None:
    from newsprism.attribution import learned_en, quotes_en
    from newsprism.attribution.stage import text_paragraphs

    for n, (name, text, gold) in enumerate(items):
        article = bench.segmented(text)
        proposals: list[learned_en.Candidate] = []
        sentences = [(s.start, s.end) for s in article.sentences]
        parser.requested = []
        analysis = quotes_en.analyse(
            parser, text, text_paragraphs(article), sentences, proposals=proposals
        )
        rules = [bench.Attribution(content=[(f.start, f.end)]) for f in analysis.found]
        matched = {id(g) for _, g in bench.match(text, rules, gold, mode="overlap")}
        missed = [g for g in gold if id(g) not in matched]
        missed_words = [bench.words(text, g.content) for g in missed]
        missed_sources = [bench.words(text, g.source) for g in missed]
        articles[name] = {
            "rules": len(rules),
            "gold": len(gold),
            "matched": len(matched),
            "missed": missed_words,
            "missed_sources": missed_sources,
            "lemmas": _lemma_counts(text, parser, gold),
        }
        for c in proposals:
            f = c.found
            mine = bench.words(text, [(f.start, f.end)])
            said_by = bench.words(text, [(f.source.start, f.source.end)] if f.source else [])
            hits = [j for j, g in enumerate(missed_words) if _matches(mine, g)]
            rows.append(
                {
                    "article": name,
                    "features": c.features,
                    "lemma": c.lemma,
                    "label": int(bool(hits)),
                    "found": (f.kind, f.start, f.end, f.cue),
                    "words": mine,
                    "said_by": said_by,
                }
            )
        if n % 100 == 0:
            print(f"  candidates: {n}/{len(items)} articles", file=sys.stderr, flush=True)


def _lemma_counts(text: str, parser: CachedParser, gold: list[Any]) -> dict[str, list[int]]:
    """lemma → [occurrences, occurrences inside a gold cue] over the chunks parsed for one
    article (verbs, nouns and adjectives: the words the cue finder reads)."""
    from newsprism.attribution.learned_en import POS

    cue_chars = sorted((a, b) for g in gold for a, b in g.cue)
    counts: dict[str, list[int]] = {}
    for chunk in dict.fromkeys(parser.requested):
        offset = text.find(chunk)
        for tok in parser.docs[chunk]:
            if tok.pos_ not in POS or not tok.is_alpha:
                continue
            c = counts.setdefault(str(tok.lemma_).lower(), [0, 0])
            c[0] += 1
            at = offset + tok.idx
            c[1] += any(a <= at < b for a, b in cue_chars)
    return counts


def _matches(a: frozenset[int], b: frozenset[int]) -> bool:
    shared = len(a & b)
    return bool(shared) and shared >= 0.3 * len(a) and shared >= 0.3 * len(b)


def lexicon(articles: dict[str, dict[str, Any]]) -> tuple[dict[str, list[int]], float]:
    """The learned lexicon over ``articles``: lemma → [occurrences, inside a cue], and the
    share of all occurrences inside a cue."""
    total: dict[str, list[int]] = {}
    for art in articles.values():
        for lemma, (seen, in_cue) in art["lemmas"].items():
            t = total.setdefault(lemma, [0, 0])
            t[0] += seen
            t[1] += in_cue
    seen_all = sum(v[0] for v in total.values())
    return total, sum(v[1] for v in total.values()) / max(1, seen_all)


def cue_lemmas(rows: list[dict[str, Any]]) -> frozenset[str]:
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["lemma"]] = counts.get(r["lemma"], 0) + 1
    return frozenset(k for k, n in counts.items() if n >= MIN_LEMMA)


def cue_featurise(
    row: dict[str, Any],
    lemmas: frozenset[str],
    lex: tuple[dict[str, list[int]], float],
    articles: dict[str, dict[str, Any]] | None,
) -> dict[str, float]:
    """A row's features for a model with these ``lemmas`` and lexicon; with ``articles`` (the
    lexicon's own training articles), the row's article is left out of the lexicon."""
    from newsprism.attribution.learned_en import rate_features

    out = {k: v for k, v in row["features"].items() if not k.startswith("lemma=")}
    lemma = row["lemma"]
    out[f"lemma={lemma if lemma in lemmas else '<rare>'}"] = 1.0
    seen, in_cue = lex[0].get(lemma, (0, 0))
    if articles is not None and row["article"] in articles:
        own = articles[row["article"]]["lemmas"].get(lemma, (0, 0))
        seen, in_cue = seen - own[0], in_cue - own[1]
    out.update(rate_features(seen, in_cue, lex[1]))
    return out


def logistic_fit(feats: list[dict[str, float]], y: np.ndarray, c: float) -> dict[str, Any]:
    """scikit-learn's logistic regression (lbfgs, deterministic) over named sparse features:
    the non-zero weights by name, rounded, and the bias."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    vocab = sorted({k for f in feats for k in f})
    index = {k: i for i, k in enumerate(vocab)}
    data, ri, ci = [], [], []
    for r, f in enumerate(feats):
        for k, v in f.items():
            data.append(v)
            ri.append(r)
            ci.append(index[k])
    x = sparse.csr_matrix((data, (ri, ci)), shape=(len(feats), len(vocab)))
    lr = LogisticRegression(C=c, max_iter=3000, tol=1e-6)
    lr.fit(x, y)
    return {
        "weights": {k: round(float(v), 5) for k, v in zip(vocab, lr.coef_[0], strict=True) if v},
        "bias": round(float(lr.intercept_[0]), 5),
    }


def cue_fit(
    rows: list[dict[str, Any]], articles: dict[str, dict[str, Any]], c: float
) -> dict[str, Any]:
    """Logistic regression over the rows of ``articles`` (the lexicon from them too)."""
    lemmas = cue_lemmas(rows)
    lex = lexicon(articles)
    feats = [cue_featurise(r, lemmas, lex, articles) for r in rows]
    weights = logistic_fit(feats, np.array([r["label"] for r in rows]), c)
    return {
        **weights,
        "lemmas": sorted(lemmas),
        # lemmas never inside a cue read as unknown ("rate.none"): only the others are kept
        "cue_rates": {k: v for k, v in sorted(lex[0].items()) if v[1] > 0},
        "prior": round(lex[1], 6),
        "C": c,
    }


def cue_probabilities(model: dict[str, Any], rows: list[dict[str, Any]]) -> np.ndarray:
    from newsprism.attribution.learned_en import from_json

    m = from_json({**model, "threshold": model.get("threshold", 0.5)})
    lemmas = m.lemmas
    lex = ({k: list(v) for k, v in m.cue_rates.items()}, m.prior)
    return np.array([m.probability(cue_featurise(r, lemmas, lex, None)) for r in rows])


def added_f1(
    data: dict[str, Any], p: np.ndarray, threshold: float
) -> tuple[float, float, float, float, int]:
    """Content and source F1 of the rules alone and with the readings selected at
    ``threshold`` (greedy, as :func:`newsprism.attribution.learned_en.select`), and how many
    readings were added.  The rules' source F1 is not known here: it is taken as their
    content F1 times 0.9 (their source accuracy on matched contents), which cancels out of
    the comparison between thresholds."""
    from newsprism.attribution.learned_en import greedy
    from newsprism.attribution.model import Found

    by_article: dict[str, list[tuple[Found, float, dict[str, Any]]]] = {}
    for row, prob in zip(data["rows"], p, strict=True):
        kind, a, b, cue = row["found"]
        by_article.setdefault(row["article"], []).append((Found(kind, a, b, cue), prob, row))
    tp = pred = gold = tp_new = src_new = added = 0
    for name, art in data["articles"].items():
        tp += art["matched"]
        pred += art["rules"]
        gold += art["gold"]
        cands = by_article.get(name, [])
        row_of = {id(f): r for f, _, r in cands}
        kept = greedy([(f, prob) for f, prob, _ in cands], threshold)
        added += len(kept)
        used: set[int] = set()
        for f, _ in kept:
            r = row_of[id(f)]
            for j, g in enumerate(art["missed"]):
                if j not in used and _matches(r["words"], g):
                    used.add(j)
                    tp_new += 1
                    said, want = r["said_by"], art["missed_sources"][j]
                    src_new += bool(said & want) or (not said and not want)
                    break
    c_before = 2 * tp / (pred + gold)
    c_after = 2 * (tp + tp_new) / (pred + added + gold)
    s_before = 2 * 0.9 * tp / (pred + gold)
    s_after = 2 * (0.9 * tp + src_new) / (pred + added + gold)
    return c_before, c_after, s_before, s_after, added


def train_cues(limit: int | None) -> dict[str, Any]:
    """Fit the cue finder on train: C and threshold by 5-fold CV within train (folds by
    article), on the sum of content and source F1 gained."""
    data = collect_candidates("train", limit)
    rows, articles = data["rows"], data["articles"]
    y = np.array([r["label"] for r in rows])
    print(f"cue finder: {len(rows)} readings on train, {int(y.sum())} positive")
    names = sorted(articles)
    fold_of = {a: i % FOLDS for i, a in enumerate(names)}
    folds = np.array([fold_of[r["article"]] for r in rows])
    best: tuple[float, float, float] = (-1.0, 0.0, 0.0)
    for c in CUE_C_GRID:
        oof = np.zeros(len(rows))
        for k in range(FOLDS):
            train_idx = np.flatnonzero(folds != k)
            test_idx = np.flatnonzero(folds == k)
            arts = {a: v for a, v in articles.items() if fold_of[a] != k}
            m = cue_fit([rows[i] for i in train_idx], arts, c)
            oof[test_idx] = cue_probabilities(m, [rows[i] for i in test_idx])
        print(f"  cv C={c}: log loss {log_loss(oof, y.astype(float)):.4f}", flush=True)
        for t in np.arange(0.3, 0.91, 0.05):
            cb, ca, sb, sa, added = added_f1(data, oof, float(t))
            print(
                f"    threshold {t:.2f}: content F1 {100 * cb:.1f} -> {100 * ca:.1f}, "
                f"source F1 {100 * sb:.1f} -> {100 * sa:.1f} (+{added})"
            )
            gain = (ca - cb) + (sa - sb)
            if gain > best[0]:
                best = (gain, c, round(float(t), 2))
    _, c, t = best
    print(f"  chosen: C={c}, threshold {t}")
    model = cue_fit(rows, articles, c)
    model["threshold"] = t
    model["model"] = "newsprism English learned cue finder"
    model["trained_on"] = "PolNeAR train (840 articles); see docs/attribution-model.md"
    return model


def check_cues(model: dict[str, Any]) -> None:
    data = collect_candidates("dev", None)
    p = cue_probabilities(model, data["rows"])
    cb, ca, sb, sa, added = added_f1(data, p, model["threshold"])
    print(
        f"  dev: content F1 rules alone {100 * cb:.1f}, with the cue finder {100 * ca:.1f}; "
        f"source F1 (rules' estimated) {100 * sb:.1f} -> {100 * sa:.1f} (+{added} quotes)"
    )


# -- the source ranker -------------------------------------------------------------------------

SOURCES_OUT = ROOT / "src" / "newsprism" / "data" / "attribution-sources-en.json"
SOURCES_C_GRID = (0.3, 1.0, 3.0)
SOURCES_MARGINS = (0.0, 0.1, 0.2, 0.3, 0.5)
SOURCES_THRESHOLDS = (0.1, 0.2, 0.3, 0.5, 0.7, 1.1)  # 1.1: never give a source the rules had not


def source_rows(split: str, limit: int | None) -> list[dict[str, Any]]:
    """For each attribution the stage finds (before speakers) whose content matches a gold one:
    the candidate source words of :mod:`newsprism.attribution.sources_en` with their features,
    whether each shares a word with the gold source, which one the rules chose, and whether the
    rules' own source is right (no source where gold has none counts as right)."""
    from newsprism.attribution import quotes_en
    from newsprism.attribution.backends import english
    from newsprism.attribution.stage import text_paragraphs
    from newsprism.threads import single_threaded_blas

    parser = use_cached_parser(split)
    out: list[dict[str, Any]] = []
    try:
        with single_threaded_blas():
            for n, (name, text, gold) in enumerate(bench.load(split, limit)):
                article = bench.segmented(text)
                found: list[Any] = []
                sentences = [(s.start, s.end) for s in article.sentences]
                paragraphs = text_paragraphs(article)
                quotes_en.analyse(english(), text, paragraphs, sentences, source_rows=found)
                preds = [bench.Attribution(content=[(f.start, f.end)]) for f, _ in found]
                pairs = {id(p): g for p, g in bench.match(text, preds, gold, mode="overlap")}
                for (f, cands), p in zip(found, preds, strict=True):
                    g = pairs.get(id(p))
                    if g is None:
                        continue
                    gw = bench.words(text, g.source)
                    rules = [(f.source.start, f.source.end)] if f.source is not None else []
                    out.append(
                        {
                            "article": name,
                            "gold_none": not g.source,
                            "rules_ok": (not g.source and not rules)
                            or bool(gw & bench.words(text, rules)),
                            "rules_none": not rules,
                            "cands": [
                                (
                                    c.features,
                                    bool(gw & bench.words(text, [(c.start, c.end)])),
                                    c.chosen,
                                )
                                for c in cands
                            ],
                        }
                    )
                if n % 100 == 0:
                    print(f"  sources {split}: {n} articles", file=sys.stderr)
    finally:
        parser.save()
    return out


#: a feature of the source ranker needs this many candidates among the rows it is fitted on
#: (the grammatical paths and lemmas form a long tail: rare ones add size, not accuracy)
MIN_SOURCE_FEATURE = 5


def source_fit(rows: list[dict[str, Any]], c: float) -> dict[str, Any]:
    """Logistic regression over every candidate of ``rows`` (label: it names the gold source);
    features seen fewer than :data:`MIN_SOURCE_FEATURE` times there are left out."""
    from collections import Counter

    seen = Counter(k for r in rows for f, _, _ in r["cands"] for k in f)
    feats = [
        {k: v for k, v in f.items() if seen[k] >= MIN_SOURCE_FEATURE}
        for r in rows
        for f, _, _ in r["cands"]
    ]
    y = np.array([int(ok) for r in rows for _, ok, _ in r["cands"]])
    return {**logistic_fit(feats, y, c), "C": c}


def source_right(r: dict[str, Any], p: list[float], margin: float, threshold: float) -> bool:
    """Whether the source is right after :func:`newsprism.attribution.sources_en.rerank`
    decides with these probabilities of ``r``'s candidates (as it does at run time)."""
    if not p:
        return bool(r["rules_ok"])
    i = max(range(len(p)), key=lambda j: p[j])
    _, best_ok, best_chosen = r["cands"][i]
    if best_chosen:
        return bool(r["rules_ok"])
    chosen = [p[j] for j, (_, _, ch) in enumerate(r["cands"]) if ch]
    if chosen:
        return bool(best_ok) if p[i] - max(chosen) >= margin else bool(r["rules_ok"])
    if r["rules_none"] and p[i] >= threshold:
        return bool(best_ok)
    return bool(r["rules_ok"])


#: the features that tell the model what the rules chose (left out for "the model alone")
RULES_FEATURES = ("chosen=", "chosen|origin=", "rules_has_source=")


def source_alone(rows: list[dict[str, Any]], fold_of: dict[str, int], c: float) -> float:
    """Out-of-fold share right when the model, told nothing of the rules' choice, picks the
    source: its best candidate when that reaches 0.5, else none."""
    from newsprism.attribution.sources_en import SourceModel, probability

    bare = [
        {
            **r,
            "cands": [
                ({k: v for k, v in f.items() if not k.startswith(RULES_FEATURES)}, ok, ch)
                for f, ok, ch in r["cands"]
            ],
        }
        for r in rows
    ]
    right = 0
    for k in range(FOLDS):
        m = source_fit([r for r in bare if fold_of[r["article"]] != k], c)
        model = SourceModel(m["weights"], m["bias"], 0.0, 0.0)
        for r in bare:
            if fold_of[r["article"]] != k:
                continue
            p = [probability(model, f) for f, _, _ in r["cands"]]
            if p and max(p) >= 0.5:
                right += bool(r["cands"][p.index(max(p))][1])
            else:
                right += bool(r["gold_none"])
    return right / len(rows)


def train_sources(limit: int | None) -> dict[str, Any]:
    """Fit the source ranker on train: C, margin and threshold by 5-fold CV within train (folds
    by article), on the share of matched attributions with the right source words."""
    from newsprism.attribution.sources_en import SourceModel, probability

    rows = source_rows("train", limit)
    names = sorted({r["article"] for r in rows})
    fold_of = {a: i % FOLDS for i, a in enumerate(names)}
    n = len(rows)
    rules = sum(r["rules_ok"] for r in rows) / n
    oracle = sum(r["rules_ok"] or any(ok for _, ok, _ in r["cands"]) for r in rows) / n
    print(f"source ranker: {n} matched attributions on train; rules right {100 * rules:.2f}%")
    print(f"  right among the rules' source and the candidates (ceiling): {100 * oracle:.2f}%")
    best: tuple[float, float, float, float] = (-1.0, 0.0, 0.0, 0.0)
    for c in SOURCES_C_GRID:
        probs: list[list[float]] = [[] for _ in rows]
        for k in range(FOLDS):
            m = source_fit([r for r in rows if fold_of[r["article"]] != k], c)
            model = SourceModel(m["weights"], m["bias"], 0.0, 0.0)
            for i, r in enumerate(rows):
                if fold_of[r["article"]] == k:
                    probs[i] = [probability(model, f) for f, _, _ in r["cands"]]
        for margin in SOURCES_MARGINS:
            for t in SOURCES_THRESHOLDS:
                ok = sum(source_right(r, p, margin, t) for r, p in zip(rows, probs, strict=True))
                if ok / n > best[0]:
                    best = (ok / n, c, margin, t)
        per_fold = []
        for k in range(FOLDS):
            part = [(r, p) for r, p in zip(rows, probs, strict=True) if fold_of[r["article"]] == k]
            ok = sum(source_right(r, p, best[2], best[3]) for r, p in part)
            per_fold.append(f"{100 * (ok - sum(r['rules_ok'] for r, _ in part)) / len(part):+.2f}")
        print(
            f"    rules + model, best so far {100 * best[0]:.2f}% (per fold {' '.join(per_fold)})"
        )
    _, c, margin, t = best
    print(f"  chosen: C={c}, margin {margin}, threshold {t}: {100 * best[0]:.2f}% out of fold")
    print(f"  the model alone, same C: {100 * source_alone(rows, fold_of, c):.2f}% out of fold")
    model_json = source_fit(rows, c)
    model_json.update(
        margin=margin,
        threshold=t,
        model="newsprism English source ranker",
        trained_on="PolNeAR train (840 articles); see docs/attribution-model.md",
    )
    return model_json


def write_sources(limit: int | None) -> None:
    from newsprism.attribution import sources_en

    model = train_sources(limit)
    SOURCES_OUT.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n")
    print(f"wrote {SOURCES_OUT.relative_to(ROOT)} ({SOURCES_OUT.stat().st_size} bytes)")
    sources_en.load.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--check", action="store_true", help="only the dev figures of the shipped model"
    )
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--scorer-only", action="store_true", help="keep the shipped cue finder")
    ap.add_argument(
        "--tagger-only", action="store_true", help="train the span tagger alone (keep the rest)"
    )
    ap.add_argument(
        "--tagger-final", action="store_true", help="the span tagger alone, without its CV"
    )
    ap.add_argument("--tagger-folds", default="", help="fit only these CV folds of the tagger")
    ap.add_argument(
        "--tagger-report", action="store_true", help="the tagger's CV figures from its folds"
    )
    ap.add_argument(
        "--sources-only", action="store_true", help="train the source ranker alone (keep the rest)"
    )
    args = ap.parse_args()
    if args.sources_only:
        write_sources(args.limit)
        return
    if args.tagger_report:
        tagger_report(tagger_data("train"))
        return
    if args.tagger_only or args.tagger_final or args.tagger_folds:
        folds = [int(k) for k in args.tagger_folds.split(",")] if args.tagger_folds else None
        write_tagger(cv=not args.tagger_final, folds=folds)
        return
    if args.check:
        check_cues(json.loads(CUE_OUT.read_text()))
        check(json.loads(OUT.read_text()), collect("dev", args.limit), "dev")
        return
    if not args.scorer_only:
        cues = train_cues(args.limit)
        CUE_OUT.write_text(json.dumps(cues, sort_keys=True) + "\n")
        print(f"wrote {CUE_OUT.relative_to(ROOT)} ({CUE_OUT.stat().st_size} bytes)")
        check_cues(cues)
        from newsprism.attribution import learned_en

        learned_en.load.cache_clear()
        write_tagger()
        write_sources(args.limit)
    dev = collect("dev", args.limit)
    rows = collect("train", args.limit)
    print(f"train: {len(rows)} proposed quotes; dev: {len(dev)}")
    l2, oofs = cross_validate(rows)
    y = labels(rows, "confidence")
    bands(oofs["confidence"], y, "train, out of fold")
    print(
        f"  threshold for ≥ 90% out-of-fold precision: {confident_threshold(oofs['confidence'], y)}"
    )
    n_gold = gold_count("train")
    drop = drop_threshold(oofs["content"], labels(rows, "content"), n_gold)
    model = train(rows, l2)
    model["drop_below"] = drop
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")
    check(model, dev, "dev")


# -- the span tagger ---------------------------------------------------------------------------

TAGGER_OUT = ROOT / "src" / "newsprism" / "data" / "attribution-tagger-en.json"
#: CRFsuite's L1 and L2 strengths, fixed beforehand (L1 keeps the file small; one fit takes
#: minutes, so no grid: the cross-validation measures, it does not choose)
TAGGER_PARAMS = (0.5, 0.01)
#: the tagger's cross-validation folds (by article, alternate articles in sorted order): two,
#: as one fit takes many minutes of CPU on the shared machine (the scorer keeps five)
TAGGER_FOLDS = 2
TAGGER_ITERATIONS = 100


class _LeftOut:
    """The learned lexicon without one article's own counts (for that article's rows)."""

    def __init__(self, total: dict[str, list[int]], own: dict[str, list[int]]) -> None:
        self.total, self.own = total, own

    def get(self, lemma: str, default: tuple[int, int]) -> tuple[int, int]:
        t = self.total.get(lemma)
        if t is None:
            return default
        o = self.own.get(lemma, (0, 0))
        return t[0] - o[0], t[1] - o[1]


def tagger_data(split: str) -> list[dict[str, Any]]:
    """Per article: every parsed sentence (reader, spaCy span, left open by the rules and the
    cue finder, gold BIO labels), what the rules and the cue finder found, and the gold."""
    from newsprism.attribution import quotes_en
    from newsprism.attribution.stage import text_paragraphs

    parser = use_cached_parser(split)
    out = []
    for n, (name, text, gold) in enumerate(bench.load(split, None)):
        article = bench.segmented(text)
        seen: list[tuple[Any, Any, bool]] = []
        sentences = [(s.start, s.end) for s in article.sentences]
        analysis = quotes_en.analyse(parser, text, text_paragraphs(article), sentences, seen=seen)
        marks = _gold_marks(text, gold)
        sents = [
            {"reader": r, "sent": s, "open": o, "labels": _bio(r, s, marks)} for r, s, o in seen
        ]
        out.append(
            {"name": name, "text": text, "gold": gold, "found": analysis.found, "sents": sents}
        )
        if n % 100 == 0:
            print(f"  tagger data {split}: {n} articles", file=sys.stderr, flush=True)
    parser.save()
    return out


def _gold_marks(text: str, gold: list[Any]) -> list[tuple[str, int] | None]:
    """Per character: (SRC | CUE | CON, attribution number) — an attribution whose content is
    longer wins where two overlap (the outer of nested attributions)."""
    marks: list[tuple[str, int] | None] = [None] * len(text)
    order = sorted(range(len(gold)), key=lambda i: -sum(b - a for a, b in gold[i].content))
    for i in order:
        g = gold[i]
        for kind, spans in (("CON", g.content), ("CUE", g.cue), ("SRC", g.source)):
            for a, b in spans:
                for c in range(a, min(b, len(text))):
                    if marks[c] is None:
                        marks[c] = (kind, i)
    return marks


def _bio(reader: Any, sent: Any, marks: list[tuple[str, int] | None]) -> list[str]:
    labels, prev = [], None
    for tok in sent:
        m = marks[reader.offset + tok.idx] if reader.offset + tok.idx < len(marks) else None
        if m is None or tok.is_space:
            labels.append("O")
            prev = None
            continue
        labels.append(("I-" if m == prev else "B-") + m[0])
        prev = m
    return labels


def _tagger_xseq(s: dict[str, Any], rates: Any, prior: float) -> list[list[str]]:
    from newsprism.attribution.tagger_en import sentence_features

    return sentence_features(s["reader"], s["sent"], rates, prior)


def crf_fit(
    arts: list[dict[str, Any]],
    lex: tuple[dict[str, list[int]], float],
    lemma_counts: dict[str, dict[str, Any]],
    c1: float,
    c2: float,
    path: Path,
) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for art in arts:
        rates = _LeftOut(lex[0], lemma_counts[art["name"]]["lemmas"])
        for s in art["sents"]:
            trainer.append(_tagger_xseq(s, rates, lex[1]), s["labels"])
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": TAGGER_ITERATIONS,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(path))


def tagger_found(model: Any, art: dict[str, Any]) -> list[list[Any]]:
    """The tagger's attributions in each parsed sentence of ``art``, as the package decodes."""
    from newsprism.attribution.tagger_en import attributions, viterbi

    return [
        attributions(
            s["reader"], s["sent"], viterbi(model, _tagger_xseq(s, model.cue_rates, model.prior))
        )
        for s in art["sents"]
    ]


def combine(art: dict[str, Any], tagged: list[list[Any]], how: str) -> list[Any]:
    """The tagger's attributions alone, joined to the rules' in the open sentences only, or
    wherever they overlap none of the rules' (as the cue finder's readings are joined)."""
    from newsprism.attribution.learned_en import overlaps

    rules = list(art["found"])
    if how == "alone":
        return [f for fs in tagged for f in fs]
    if how == "bounds":
        return _tagger_bounds(art, tagged) + [
            f for s, fs in zip(art["sents"], tagged, strict=True) if s["open"] for f in fs
        ]
    if how == "open":
        return rules + [
            f for s, fs in zip(art["sents"], tagged, strict=True) if s["open"] for f in fs
        ]
    novel = [
        f for fs in tagged for f in fs if not any(overlaps(f, g) or overlaps(g, f) for g in rules)
    ]
    return rules + novel


def _tagger_bounds(art: dict[str, Any], tagged: list[list[Any]]) -> list[Any]:
    """The rules' attributions, each within one sentence taking the content boundaries of the
    tagger's attribution on the same cue (a trial of the tagger as a boundary decision)."""
    import copy

    out = []
    for f in art["found"]:
        new = f
        for s, fs in zip(art["sents"], tagged, strict=True):
            a = s["reader"].offset + s["sent"].start_char
            b = s["reader"].offset + s["sent"].end_char
            if f.cue is None or not (a <= f.start and f.end <= b):
                continue
            for g in fs:
                if g.cue is not None and g.cue[0] < f.cue[1] and f.cue[0] < g.cue[1]:
                    new = copy.copy(f)
                    new.start, new.end = g.start, g.end
        out.append(new)
    return out


def span_scores(arts: list[dict[str, Any]], found_of: dict[str, list[Any]]) -> dict[str, Any]:
    """Content, cue and source-words F1 of ``found_of`` (article → Found list); the source
    here is the source's words only (no speaker resolution), for comparing systems."""
    scores = {
        k: bench.Score() for k in ("overlap", "gold30", "exact", "cue", "source", "source|matched")
    }
    for art in arts:
        text = art["text"]
        preds = [
            bench.Attribution(
                content=[(f.start, f.end)],
                cue=[f.cue] if f.cue else [],
                source=[(f.source.start, f.source.end)] if f.source else [],
            )
            for f in found_of[art["name"]]
        ]
        bench.score(text, preds, art["gold"], scores)
    return scores


def print_scores(title: str, scores: dict[str, Any]) -> None:
    c, s, q = scores["overlap"], scores["source"], scores["cue"]
    print(
        f"  {title:34} content {100 * c.p:.1f}/{100 * c.r:.1f}/{100 * c.f1:.1f}  "
        f"cue F1 {100 * q.f1:.1f}  source(words) F1 {100 * s.f1:.1f}  n={c.n_pred}",
        flush=True,
    )


def fit_fold(arts: list[dict[str, Any]], lemma_counts: dict[str, Any], k: int) -> None:
    """Fit the tagger on the articles outside fold ``k`` (its lexicon from them too) and keep it
    under ``build/attribution/`` (for the CV report, and for the scorer to learn from
    out-of-fold tagger output)."""
    import tempfile

    names = sorted(a["name"] for a in arts)
    fold_of = {a: i % TAGGER_FOLDS for i, a in enumerate(names)}
    train_arts = [a for a in arts if fold_of[a["name"]] != k]
    lex = lexicon({a["name"]: lemma_counts[a["name"]] for a in train_arts})
    c1, c2 = TAGGER_PARAMS
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crf.model"
        crf_fit(train_arts, lex, lemma_counts, c1, c2, path)
        fold_json = tagger_json(path, lex, {"fold": k})
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / f"tagger-fold{k}.json").write_text(json.dumps(fold_json, sort_keys=True))
    print(f"    fold {k} fitted", file=sys.stderr, flush=True)


def tagger_report(arts: list[dict[str, Any]]) -> None:
    """Out of fold within train (each article tagged by its fold's model): rules + cue finder
    alone, the tagger alone, and three ways of joining them; per half of the articles too."""
    from newsprism.attribution import tagger_en

    names = sorted(a["name"] for a in arts)
    fold_of = {a: i % TAGGER_FOLDS for i, a in enumerate(names)}
    models = [
        tagger_en.from_json(json.loads((CACHE / f"tagger-fold{k}.json").read_text()))
        for k in range(TAGGER_FOLDS)
    ]
    tagged = {a["name"]: tagger_found(models[fold_of[a["name"]]], a) for a in arts}
    rules = {a["name"]: list(a["found"]) for a in arts}
    halves = [[a for a in arts if names.index(a["name"]) % 2 == h] for h in (0, 1)]
    print_scores("train CV: rules + cue finder", span_scores(arts, rules))
    for h, part in enumerate(halves):
        print_scores(f"   half {h}", span_scores(part, rules))
    for how in ("alone", "open", "novel", "bounds"):
        found = {a["name"]: combine(a, tagged[a["name"]], how) for a in arts}
        print_scores(f"train CV: tagger, {how}", span_scores(arts, found))
        for h, part in enumerate(halves):
            print_scores(f"   half {h}", span_scores(part, found))


def tagger_json(
    path: Path, lex: tuple[dict[str, list[int]], float], meta: dict[str, Any]
) -> dict[str, Any]:
    """CRFsuite's weights as :mod:`newsprism.attribution.tagger_en` reads them."""
    import pycrfsuite

    from newsprism.attribution.tagger_en import LABELS

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    index = {lab: i for i, lab in enumerate(LABELS)}
    states: dict[str, list[float]] = {}
    for (attr, lab), w in info.state_features.items():
        states.setdefault(attr, [0.0] * len(LABELS))[index[lab]] = round(float(w), 4)
    trans = [[0.0] * len(LABELS) for _ in LABELS]
    for (a, b), w in info.transitions.items():
        trans[index[a]][index[b]] = round(float(w), 4)
    return {
        **meta,
        "labels": list(LABELS),
        "states": {k: states[k] for k in sorted(states)},
        "transitions": trans,
        "cue_rates": {k: v for k, v in sorted(lex[0].items()) if v[1] > 0},
        "prior": round(lex[1], 6),
    }


def write_tagger(cv: bool = True, folds: list[int] | None = None) -> None:
    """Cross-validate the tagger (``folds``: fit only those and stop; ``cv=False``: no CV) and
    write the model trained on all of train."""
    lemma_counts = collect_candidates("train", None)["articles"]
    arts = tagger_data("train")
    print(f"tagger: {sum(len(a['sents']) for a in arts)} parsed sentences on train")
    if folds:
        for k in folds:
            fit_fold(arts, lemma_counts, k)
        return
    if cv:
        for k in range(TAGGER_FOLDS):
            if not (CACHE / f"tagger-fold{k}.json").exists():
                fit_fold(arts, lemma_counts, k)
        tagger_report(arts)
    model = train_tagger(arts, lemma_counts)
    TAGGER_OUT.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"wrote {TAGGER_OUT.relative_to(ROOT)} ({TAGGER_OUT.stat().st_size} bytes)")
    tagger_en.load.cache_clear()


def train_tagger(arts: list[dict[str, Any]], lemma_counts: dict[str, Any]) -> dict[str, Any]:
    import tempfile

    lex = lexicon(lemma_counts)
    c1, c2 = TAGGER_PARAMS
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crf.model"
        crf_fit(arts, lex, lemma_counts, c1, c2, path)
        meta = {
            "model": "newsprism English span tagger (linear-chain CRF)",
            "trained_on": "PolNeAR train (840 articles); see docs/attribution-model.md",
            "c1": c1,
            "c2": c2,
        }
        return tagger_json(path, lex, meta)


if __name__ == "__main__":
    main()
