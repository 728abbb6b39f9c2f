"""A learned span tagger for English sentences in which the rules found no attribution.

The rules (:mod:`.quotes_en`) and the learned cue finder (:mod:`.learned_en`) read an
attribution off one dependency reading of a cue word.  Where neither found anything in a parsed
sentence, a linear-chain CRF labels its tokens as source, cue or content (BIO), from what the
parse says of each token and of the words around it:

* the token: lower-cased form, lemma, part of speech, tag, dependency label, its head's part of
  speech, named-entity type, whether it stands inside quotation marks, its word-list class
  (:mod:`.lexicon_en`) and the learned lexicon's rate of being part of a cue
  (:mod:`.learned_en`'s ``cue_rates``), its position in the sentence;
* its governing verb: the nearest verb above it in the tree, that verb's lemma, word-list class
  and cue rate, and the label of the link by which the token hangs below it ("ccomp" under
  "warned" reads as content, "nsubj" as source);
* the neighbours' forms, parts of speech and labels (one word either side, two for the tag).

The labels are decoded by Viterbi (plain Python: the model is a dictionary of weights, about
the cost of the cue finder), then turned into attributions: each content span is joined to the
nearest cue span, the cue to the nearest source span, whose words the rules' own
:meth:`.quotes_en._Reader.source` turns into a source.  Weights are trained on PolNeAR's train
split with CRFsuite by ``scripts/train_attribution.py`` and shipped as
``data/attribution-tagger-en.json`` (model card: ``docs/attribution-model.md``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from operator import add
from typing import TYPE_CHECKING, Any

from .learned_en import cue_rate
from .lexicon_en import ATTITUDE_ADJECTIVES, ATTITUDE_VERBS, CUE_NOUNS, SPEECH_VERBS
from .model import Found, QuoteKind
from .packaged import packaged_json
from .quotemarks import trim_span

if TYPE_CHECKING:
    from .quotes_en import _Reader

MODEL_FILE = "attribution-tagger-en.json"
LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
#: a content the tagger proposes needs this many words
MIN_CONTENT_WORDS = 3


@dataclass(frozen=True)
class TaggerModel:
    #: attribute → weight per label (in :data:`LABELS` order)
    states: dict[str, list[float]]
    #: transition weights, ``transitions[previous][next]``
    transitions: list[list[float]]
    #: the learned lexicon: lemma → (occurrences, occurrences inside a cue)
    cue_rates: dict[str, tuple[int, int]]
    prior: float


@cache
def load() -> TaggerModel | None:
    """The shipped model, or ``None`` when the package has none (then the tagger does not run)."""
    data = packaged_json(MODEL_FILE)
    return None if data is None else from_json(data)


def from_json(data: dict[str, Any]) -> TaggerModel:
    labels = list(data["labels"])
    if labels != list(LABELS):
        raise ValueError(f"tagger model labels {labels} differ from {list(LABELS)}")
    return TaggerModel(
        states={k: [float(x) for x in v] for k, v in data["states"].items()},
        transitions=[[float(x) for x in row] for row in data["transitions"]],
        cue_rates={k: (int(v[0]), int(v[1])) for k, v in data["cue_rates"].items()},
        prior=float(data["prior"]),
    )


# -- features ----------------------------------------------------------------------------------


def rate_bucket(lemma: str, rates: dict[str, tuple[int, int]], prior: float) -> str:
    """The learned lexicon's rate of ``lemma`` as a coarse class (a CRF reads strings)."""
    rate = cue_rate(*rates.get(lemma, (0, 0)), prior)
    if rate is None:
        return "none"  # never inside a cue in training, or never seen (the file keeps no others)
    return str(min(6, int(-math.log2(max(rate, 1e-3)))))  # 0: ≥ 1/2, 1: ≥ 1/4, …


def word_class(lemma: str) -> str:
    if lemma in SPEECH_VERBS:
        return "speech"
    if lemma in ATTITUDE_VERBS:
        return "attitude"
    if lemma in CUE_NOUNS:
        return "noun"
    if lemma in ATTITUDE_ADJECTIVES:
        return "adj"
    return "-"


def _governor(tok: Any) -> tuple[Any | None, str]:
    """The nearest verb above ``tok`` (itself excluded) and the label of the link below it on
    the way down to ``tok``."""
    child, head = tok, tok.head
    for _ in range(8):
        if head is child:
            return None, "root"
        if head.pos_ in ("VERB", "AUX"):
            return head, child.dep_
        child, head = head, head.head
    return None, "far"


def _clean(value: str) -> str:
    """An attribute value without white space (CRFsuite's dump of a model is line-based)."""
    return "".join(value.split()) or "_"


def sentence_features(
    reader: _Reader,
    sent: Any,
    rates: dict[str, tuple[int, int]],
    prior: float,
    lemmas: list[str] | None = None,
) -> list[list[str]]:
    """The attributes of each token of ``sent`` (``lemmas``, when given, collects the lemmas the
    learned lexicon was read for: the training script recomputes those by fold)."""
    toks = list(sent)
    base: list[dict[str, str]] = []
    for tok in toks:
        lemma = _clean(str(tok.lemma_).lower())
        gov, link = _governor(tok)
        gl = _clean(str(gov.lemma_).lower()) if gov is not None else "-"
        pos = reader.offset + tok.idx
        q = reader.quote_at(pos)
        base.append(
            {
                "w": tok.lower_ if tok.is_alpha else ("P" if tok.is_punct else "X"),
                "l": lemma,
                "p": tok.pos_,
                "t": tok.tag_,
                "d": tok.dep_,
                "hp": tok.head.pos_ if tok.head is not tok else "ROOT",
                "e": tok.ent_type_ or "-",
                "q": "in" if q is not None and q.inner_start <= pos < q.inner_end else "out",
                "c": word_class(lemma),
                "r": rate_bucket(lemma, rates, prior) if tok.is_alpha else "-",
                "gl": gl,
                "gc": word_class(gl),
                "gr": rate_bucket(gl, rates, prior) if gov is not None else "-",
                "gk": link,
            }
        )
        if lemmas is not None:
            lemmas.append(lemma)
    out: list[list[str]] = []
    n = len(toks)
    for i, f in enumerate(base):
        a = [f"{k}={v}" for k, v in f.items()]
        a += [
            f"gk|gc={f['gk']}|{f['gc']}",
            f"gk|gr={f['gk']}|{f['gr']}",
            f"d|hp={f['d']}|{f['hp']}",
        ]
        a.append(f"q|p={f['q']}|{f['p']}")
        for off in (-1, 1):
            j = i + off
            if 0 <= j < n:
                g = base[j]
                a += [f"{off}w={g['w']}", f"{off}p={g['p']}", f"{off}d={g['d']}"]
                a += [f"{off}c={g['c']}", f"{off}r={g['r']}", f"{off}q={g['q']}"]
            else:
                a.append(f"{off}edge")
        for off in (-2, 2):
            j = i + off
            if 0 <= j < n:
                a.append(f"{off}t={base[j]['t']}")
        if i == 0:
            a.append("first")
        if i == n - 1:
            a.append("last")
        out.append(a)
    return out


# -- decoding ----------------------------------------------------------------------------------


def viterbi(model: TaggerModel, attrs: list[list[str]]) -> list[str]:
    """The likeliest label sequence under the CRF (the sums run in ``zip``/``map``: this is
    per token of every parsed sentence)."""
    if not attrs:
        return []
    k = len(LABELS)
    zero = (0.0,) * k
    states = model.states
    columns = [[row[y] for row in model.transitions] for y in range(k)]  # into label y
    score: list[float] = []
    back: list[list[int]] = []
    for n, a in enumerate(attrs):
        rows = [states.get(name, zero) for name in a]
        emit = [sum(col) for col in zip(*rows, strict=True)] if rows else list(zero)
        if n == 0:
            score = emit
            continue
        best_prev = []
        new = []
        for y in range(k):
            via = list(map(add, score, columns[y]))
            p = via.index(max(via))
            best_prev.append(p)
            new.append(via[p] + emit[y])
        back.append(best_prev)
        score = new
    y = score.index(max(score))
    path = [y]
    for bp in reversed(back):
        y = bp[y]
        path.append(y)
    return [LABELS[y] for y in reversed(path)]


def spans(labels: list[str]) -> list[tuple[str, int, int]]:
    """(kind, first token, last token) of each labelled run; an ``I-`` with no ``B-`` opens one."""
    out: list[tuple[str, int, int]] = []
    for i, lab in enumerate(labels):
        if lab == "O":
            continue
        bio, kind = lab.split("-")
        if bio == "I" and out and out[-1][0] == kind and out[-1][2] == i - 1:
            out[-1] = (kind, out[-1][1], i)
        else:
            out.append((kind, i, i))
    return out


def attributions(reader: _Reader, sent: Any, labels: list[str]) -> list[Found]:
    """The tagged spans of ``sent`` as attributions: each content with the nearest cue, the cue
    with the nearest source; a content with no cue in its sentence is dropped."""
    toks = list(sent)
    runs = spans(labels)
    cues = [(a, b) for kind, a, b in runs if kind == "CUE"]
    sources = [(a, b) for kind, a, b in runs if kind == "SRC"]
    if not cues:
        return []

    def gap(x: tuple[int, int], y: tuple[int, int]) -> int:
        return max(0, max(x[0], y[0]) - min(x[1], y[1]))

    by_cue: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for kind, a, b in runs:
        if kind == "CON":
            cue = min(cues, key=lambda c, s=(a, b): (gap(c, s), c[0]))  # type: ignore[misc]
            by_cue.setdefault(cue, []).append((a, b))
    out = []
    for cue, contents in by_cue.items():
        first = min(a for a, _ in contents)
        last = max(b for _, b in contents)
        start, end = reader.span(toks[first], toks[last])
        start, end = trim_span(reader.text, start, end)
        if len(reader.text[start:end].split()) < MIN_CONTENT_WORDS:
            continue
        cue_span = (reader.offset + toks[cue[0]].idx, reader.offset + toks[cue[1]].idx)
        cue_span = (cue_span[0], cue_span[1] + len(toks[cue[1]].text))
        source = None
        if sources:
            sa, sb = min(sources, key=lambda s: (gap(s, cue), s[0]))
            inside = [t for t in toks[sa : sb + 1] if not sa <= t.head.i - sent.start <= sb]
            root = next((t for t in inside if not t.is_punct), None)
            if root is not None:
                source = reader.source(root)
                if start <= source.start < end:
                    source = None
        q = reader.quote_at(start)
        quote_kind: QuoteKind = "direct" if q is not None and q.end >= end - 1 else "indirect"
        out.append(Found(quote_kind, start, end, cue_span, source))
    return out


def tag(model: TaggerModel, reader: _Reader, sent: Any) -> list[Found]:
    """The tagger's attributions in one sentence, marked as such (``Found.tagged``)."""
    attrs = sentence_features(reader, sent, model.cue_rates, model.prior)
    found = attributions(reader, sent, viterbi(model, attrs))
    for f in found:
        f.tagged = True
    return found
