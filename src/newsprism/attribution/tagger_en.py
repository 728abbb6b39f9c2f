"""A learned span tagger for the attributions English rules miss.

The rules (:mod:`.quotes_en`) and the learned cue finder (:mod:`.learned_en`) read an
attribution off one dependency reading of a cue word.  A linear-chain CRF labels the tokens of
every parsed sentence not wholly inside a content already found as source, cue or content (BIO),
and its attributions are kept only where they overlap none the rules and the cue finder found
(:func:`.quotes_en._tag_open`).  It reads from what the parse says of each token and of the
words around it:

* the token: lower-cased form, lemma, part of speech, tag, dependency label, its head's part of
  speech, named-entity type, whether it stands inside quotation marks, its word-list class
  (:mod:`.lexicon_en`) and the learned lexicon's rate of being part of a cue
  (:mod:`.learned_en`'s ``cue_rates``), its position in the sentence;
* its governing verb: the nearest verb above it in the tree, that verb's lemma, word-list class
  and cue rate, and the label of the link by which the token hangs below it ("ccomp" under
  "warned" reads as content, "nsubj" as source);
* the neighbours' forms, parts of speech and labels (one word either side, two for the tag).

The labels are decoded by Viterbi (NumPy over the seven labels: the model is a table of
weights, one row per attribute, summed per token in one ``reduceat``), then turned into attributions: each content span is joined to the
nearest cue span, the cue to the nearest source span, whose words the rules' own
:meth:`.quotes_en._Reader.source` turns into a source.  Weights are trained on PolNeAR's train
split with CRFsuite by ``scripts/train_attribution.py`` and shipped as
``data/attribution-tagger-en.json`` (model card: ``docs/attribution-model.md``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from .learned_en import cue_rate
from .lexicon_en import ATTITUDE_ADJECTIVES, cue_class
from .model import Found, QuoteKind
from .packaged import packaged_json
from .quotemarks import trim_span

if TYPE_CHECKING:
    from .quotes_en import _Reader

MODEL_FILE = "attribution-tagger-en.json"
LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
#: a content the tagger proposes needs this many words
MIN_CONTENT_WORDS = 3


#: one token's rows of the weights: its own; as the left and as the right neighbour; as the
#: tag two to the left and two to the right (see :func:`sentence_rows`)
_TokenRows = tuple[list[int], list[int], list[int], list[int], list[int]]
#: how many attribute combinations :attr:`TaggerModel.token_rows` keeps before starting afresh
_TOKEN_ROWS_LIMIT = 200_000


@dataclass(frozen=True)
class TaggerModel:
    #: attribute → weight per label (in :data:`LABELS` order)
    states: dict[str, list[float]]
    #: transition weights, ``transitions[previous][next]``
    transitions: list[list[float]]
    #: the learned lexicon: lemma → (occurrences, occurrences inside a cue)
    cue_rates: dict[str, tuple[int, int]]
    prior: float
    #: :attr:`states` as a table: attribute → row of :attr:`weights` (the last row is zeros)
    index: dict[str, int] = field(init=False, repr=False, compare=False)
    weights: np.ndarray[Any, np.dtype[np.float64]] = field(init=False, repr=False, compare=False)
    #: :attr:`transitions` as an array
    moves: np.ndarray[Any, np.dtype[np.float64]] = field(init=False, repr=False, compare=False)
    #: :attr:`index` by attribute name, then value: ``"gk|gc=ccomp|speech"`` is
    #: ``by_name["gk|gc"]["ccomp|speech"]`` (a name holds no "=", so the first one splits)
    by_name: dict[str, dict[str, int]] = field(init=False, repr=False, compare=False)
    #: :func:`rate_bucket` of each lemma read so far (a function of the lemma alone, per model)
    buckets: dict[str, str] = field(init=False, repr=False, compare=False)
    #: a token's own attributes (in :data:`_OWN` order) -> its rows as :func:`sentence_rows`
    #: reads them (own, as the left and as the right neighbour, as the tag two away on either
    #: side): the same few thousand combinations recur in every article
    token_rows: dict[tuple[str, ...], _TokenRows] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        k = len(LABELS)
        rows = list(self.states.values()) + [[0.0] * k]
        object.__setattr__(self, "index", {name: i for i, name in enumerate(self.states)})
        object.__setattr__(self, "weights", np.array(rows, dtype=np.float64).reshape(-1, k))
        object.__setattr__(self, "moves", np.array(self.transitions, dtype=np.float64))
        object.__setattr__(self, "buckets", {})
        object.__setattr__(self, "token_rows", {})
        by_name: dict[str, dict[str, int]] = {}
        for attribute, row in self.index.items():
            name, eq, value = attribute.partition("=")
            if eq:
                by_name.setdefault(name, {})[value] = row
        object.__setattr__(self, "by_name", by_name)


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
    """The lexicon's cue class, and "adj" for an adjective of attitude (a cue only to the tagger)."""
    kind = cue_class(lemma)
    return "adj" if kind == "-" and lemma in ATTITUDE_ADJECTIVES else kind


@cache
def _verb_pos() -> frozenset[int]:
    """spaCy's ids of the parts of speech "VERB" and "AUX" (spaCy imported only when read)."""
    from spacy.symbols import AUX, VERB

    return frozenset([VERB, AUX])


def _governor(tok: Any) -> tuple[Any | None, str]:
    """The nearest verb above ``tok`` (itself excluded) and the label of the link below it on
    the way down to ``tok``."""
    verbs = _verb_pos()
    child, head = tok, tok.head
    for _ in range(8):
        if head is child:
            return None, "root"
        if head.pos in verbs:  # the symbols' ids: no string per step
            return head, child.dep_
        child, head = head, head.head
    return None, "far"


#: :func:`_lemma_class` of each spaCy lemma read so far (a function of the string alone)
_LEMMAS: dict[str, tuple[str, str]] = {}


def _lemma_class(raw: str) -> tuple[str, str]:
    """A spaCy lemma as the tagger's attribute (lower-cased, :func:`_clean`) and its
    :func:`word_class`, remembered: the same few thousand lemmas come back in every article."""
    got = _LEMMAS.get(raw)
    if got is None:
        if len(_LEMMAS) > 200_000:
            _LEMMAS.clear()
        lemma = _clean(str(raw).lower())
        got = _LEMMAS[raw] = (lemma, word_class(lemma))
    return got


def _clean(value: str) -> str:
    """An attribute value without white space (CRFsuite's dump of a model is line-based)."""
    return "".join(value.split()) or "_"


def sentence_features(
    reader: _Reader,
    sent: Any,
    rates: dict[str, tuple[int, int]],
    prior: float,
    lemmas: list[str] | None = None,
    buckets: dict[str, str] | None = None,
) -> list[list[str]]:
    """The attributes of each token of ``sent`` (``lemmas``, when given, collects the lemmas the
    learned lexicon was read for: the training script recomputes those by fold; ``buckets``, when
    given, keeps each lemma's :func:`rate_bucket` under these ``rates`` across calls)."""
    base = _token_attributes(reader, list(sent), rates, prior, lemmas, buckets)
    out: list[list[str]] = []
    n = len(base)
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


def _token_attributes(
    reader: _Reader,
    toks: list[Any],
    rates: dict[str, tuple[int, int]],
    prior: float,
    lemmas: list[str] | None,
    buckets: dict[str, str] | None,
) -> list[dict[str, str]]:
    """Each token's own attributes (name → value), in the order :func:`sentence_features` and
    :func:`sentence_rows` write them."""
    base: list[dict[str, str]] = []
    memo: dict[str, str] = {} if buckets is None else buckets

    def bucket(lemma: str) -> str:
        b = memo.get(lemma)
        if b is None:
            b = memo[lemma] = rate_bucket(lemma, rates, prior)
        return b

    for tok in toks:
        lemma, cls = _lemma_class(tok.lemma_)
        gov, link = _governor(tok)
        gl, gc = _lemma_class(gov.lemma_) if gov is not None else ("-", "-")
        pos = reader.offset + tok.idx
        q = reader.quote_at(pos)
        head = tok.head
        alpha = tok.is_alpha
        base.append(
            {
                "w": tok.lower_ if alpha else ("P" if tok.is_punct else "X"),
                "l": lemma,
                "p": tok.pos_,
                "t": tok.tag_,
                "d": tok.dep_,
                "hp": head.pos_ if head is not tok else "ROOT",
                "e": tok.ent_type_ or "-",
                "q": "in" if q is not None and q.inner_start <= pos < q.inner_end else "out",
                "c": cls,
                "r": bucket(lemma) if alpha else "-",
                "gl": gl,
                "gc": gc,
                "gr": bucket(gl) if gov is not None else "-",
                "gk": link,
            }
        )
        if lemmas is not None:
            lemmas.append(lemma)
    return base


def sentence_rows(
    model: TaggerModel, reader: _Reader, sent: Any, buckets: dict[str, str] | None = None
) -> list[list[int]]:
    """The rows of :attr:`TaggerModel.weights` that :func:`sentence_features`' attributes name,
    token by token and in the same order (an attribute the model does not know has none):
    what :func:`viterbi_all` sums, without writing a neighbour's attributes once per token
    beside it and looking each string up again."""
    base = _token_attributes(reader, list(sent), model.cue_rates, model.prior, None, buckets)
    table = model.by_name
    empty: dict[str, int] = {}
    own_tables = [table.get(k, empty) for k in _OWN]
    pairs = [table.get(k, empty) for k in ("gk|gc", "gk|gr", "d|hp", "q|p")]
    left_tables = [table.get("-1" + k, empty) for k in _NEIGHBOUR]
    right_tables = [table.get("1" + k, empty) for k in _NEIGHBOUR]
    tables2 = (table.get("-2t", empty), table.get("2t", empty))
    own, left, right, tag_left, tag_right = [], [], [], [], []
    memo = model.token_rows
    if len(memo) > _TOKEN_ROWS_LIMIT:
        memo.clear()
    for f in base:
        key = tuple(f.values())
        got = memo.get(key)
        if got is None:
            got = memo[key] = _token_rows(f, own_tables, pairs, left_tables, right_tables, tables2)
        # the lists are shared between tokens: the loop below only reads them
        own.append(got[0])
        left.append(got[1])
        right.append(got[2])
        tag_left.append(got[3])
        tag_right.append(got[4])
    index = model.index
    edge_left, edge_right, first, last = (
        [i] if (i := index.get(name)) is not None else []
        for name in ("-1edge", "1edge", "first", "last")
    )
    n = len(base)
    out: list[list[int]] = []
    for i in range(n):
        r = own[i] + (left[i - 1] if i >= 1 else edge_left)
        r += right[i + 1] if i + 1 < n else edge_right
        if i >= 2:
            r += tag_left[i - 2]
        if i + 2 < n:
            r += tag_right[i + 2]
        if i == 0:
            r += first
        if i == n - 1:
            r += last
        out.append(r)
    return out


def _token_rows(
    f: dict[str, str],
    own_tables: list[dict[str, int]],
    pairs: list[dict[str, int]],
    left_tables: list[dict[str, int]],
    right_tables: list[dict[str, int]],
    tables2: tuple[dict[str, int], dict[str, int]],
) -> _TokenRows:
    """One token's rows (see :data:`_TokenRows`) from its attributes ``f``."""
    r = [i for t, v in zip(own_tables, f.values(), strict=True) if (i := t.get(v)) is not None]
    joined = (
        f"{f['gk']}|{f['gc']}",
        f"{f['gk']}|{f['gr']}",
        f"{f['d']}|{f['hp']}",
        f"{f['q']}|{f['p']}",
    )
    r += [i for t, v in zip(pairs, joined, strict=True) if (i := t.get(v)) is not None]
    near = [f[k] for k in _NEIGHBOUR]
    left = [i for t, v in zip(left_tables, near, strict=True) if (i := t.get(v)) is not None]
    right = [i for t, v in zip(right_tables, near, strict=True) if (i := t.get(v)) is not None]
    i = tables2[0].get(f["t"])
    tag_left = [] if i is None else [i]
    i = tables2[1].get(f["t"])
    tag_right = [] if i is None else [i]
    return r, left, right, tag_left, tag_right


#: a token's own attributes, in :func:`_token_attributes`' order
_OWN = ("w", "l", "p", "t", "d", "hp", "e", "q", "c", "r", "gl", "gc", "gr", "gk")
#: the attributes of a neighbour one word away, in :func:`sentence_features`' order
_NEIGHBOUR = ("w", "p", "d", "c", "r", "q")


# -- decoding ----------------------------------------------------------------------------------


def viterbi(model: TaggerModel, attrs: list[list[str]]) -> list[str]:
    """The likeliest label sequence under the CRF for one sentence's token ``attrs``."""
    return viterbi_all(model, [attrs])[0]


def viterbi_all(model: TaggerModel, sentences: list[list[list[str]]]) -> list[list[str]]:
    """:func:`viterbi` for several sentences at once, side by side: one NumPy step per token
    position instead of one per token (a sentence that has ended keeps its scores and labels).

    Each token's label scores are the sum of its attributes' rows, in their order, from zero
    (the same sums as adding them one by one); each step keeps, per label, the first best
    previous label."""
    index = model.index
    return decode_rows(
        model, [[[i for i in map(index.get, a) if i is not None] for a in s] for s in sentences]
    )


def decode_rows(model: TaggerModel, sentences: list[list[list[int]]]) -> list[list[str]]:
    """:func:`viterbi_all` from each token's rows of the weights (:func:`sentence_rows`)."""
    if not sentences:
        return []
    k = len(LABELS)
    zero = len(model.weights) - 1
    rows: list[int] = []
    starts: list[int] = []
    for token_rows in sentences:
        for r in token_rows:
            starts.append(len(rows))
            rows.append(zero)  # every token has a row, so no token's segment is empty
            rows += r
    flat = np.add.reduceat(model.weights[rows], starts, axis=0) if starts else None
    lengths = np.array([len(a) for a in sentences])
    width = int(lengths.max())
    emit = np.zeros((len(sentences), max(1, width), k))
    at = 0
    for s_i, attrs in enumerate(sentences):
        emit[s_i, : len(attrs)] = flat[at : at + len(attrs)] if flat is not None else 0.0
        at += len(attrs)
    moves = model.moves
    labels = np.arange(k)
    score = emit[:, 0].copy()
    final = score.copy()  # each sentence's scores at its last token
    back = np.broadcast_to(labels, (max(0, width - 1), len(sentences), k)).copy()
    # every sentence steps at every position (elementwise, so a sentence's figures do not
    # depend on the others); one that has ended is read no further
    for n in range(1, width):
        via = score[:, :, None] + moves  # via[sentence, previous, next]
        best = via.argmax(axis=1)
        back[n - 1] = best
        score = np.take_along_axis(via, best[:, None, :], axis=1)[:, 0] + emit[:, n]
        ending = lengths == n + 1
        if ending.any():
            final[ending] = score[ending]
    # back from each sentence's best last label, all sentences at once: a position past a
    # sentence's end keeps its last label
    y = final.argmax(axis=1)
    path = np.empty((max(1, width), len(sentences)), dtype=np.intp)
    path[-1] = y
    every = np.arange(len(sentences))
    for n in range(width - 2, -1, -1):
        y = np.where(n < lengths - 1, back[n, every, y], y)
        path[n] = y
    columns = path.T.tolist()
    return [
        [LABELS[label] for label in columns[s_i][:length]] for s_i, length in enumerate(lengths)
    ]


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
    return tag_all(model, [(reader, sent)])[0]


def tag_all(model: TaggerModel, sentences: list[tuple[_Reader, Any]]) -> list[list[Found]]:
    """:func:`tag` for each of ``sentences``, decoded together."""
    rows = [sentence_rows(model, reader, sent, model.buckets) for reader, sent in sentences]
    out = []
    for (reader, sent), labels in zip(sentences, decode_rows(model, rows), strict=True):
        found = attributions(reader, sent, labels)
        for f in found:
            f.tagged = True
        out.append(found)
    return out
