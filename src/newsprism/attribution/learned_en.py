"""A learned cue finder for the long tail of English cues the lexicon does not list.

PolNeAR counts as attributions beliefs, stances and reports under about 1,750 distinct cue words
("is bearish on", "chastised", "unleashed", "sums up"); the lexicon of :mod:`.lexicon_en` holds
the common ones.  Here every other verb, noun and adjective of a parsed sentence is read *as if*
it were a cue, by the same dependency rules (:meth:`.quotes_en._Reader.verb_cue`,
:func:`.cues_en.noun_cue`, :func:`.cues_en.adjective_cue`): its subject is the source, its
complement the content.  That over-generates by far, so a logistic model decides which of those
readings are attributions, from the word's contextual vector (spaCy's ``tok2vec`` output,
``doc.tensor``, which the parse computes anyway), its lemma, part of speech, dependency label
and children, and the shape of the reading (what kind of source, where and how long the
content is).  A reading is kept when the model gives it at least the model's threshold and it
does not overlap an attribution the rules found or a likelier reading.

The weights are trained on PolNeAR's train split by ``scripts/train_attribution.py`` and
shipped as ``data/attribution-cues-en.json`` (model card: ``docs/attribution-model.md``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from .cues_en import adjective_cue, noun_cue
from .lexicon_en import ATTITUDE_ADJECTIVES, ATTITUDE_VERBS, CUE_NOUNS, SPEECH_VERBS
from .model import Found

if TYPE_CHECKING:
    from .quotes_en import _Reader

MODEL_FILE = "attribution-cues-en.json"
#: parts of speech read as possible cues
_POS = frozenset(["VERB", "NOUN", "ADJ"])


@dataclass(slots=True)
class Candidate:
    """One reading of a word as a cue, with what the model sees of it."""

    found: Found
    #: named sparse features (the token's own and the reading's)
    features: dict[str, float]
    #: the token's contextual vector
    vector: Any
    probability: float = 0.0
    #: the token (kept for training and inspection)
    word: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CueModel:
    weights: dict[str, float]
    dense: Any
    bias: float
    threshold: float
    #: lemmas common enough in training to carry a weight of their own
    lemmas: frozenset[str]

    def probability(self, cand: Candidate) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in cand.features.items())
        if cand.vector is not None and len(cand.vector) == len(self.dense):
            z += float(np.dot(self.dense, cand.vector))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load() -> CueModel | None:
    """The shipped model, or ``None`` when the package has none (then only the rules run)."""
    try:
        raw = resources.files("newsprism").joinpath("data", MODEL_FILE).read_text("utf-8")
    except FileNotFoundError:
        return None
    return from_json(json.loads(raw))


def from_json(data: dict[str, Any]) -> CueModel:
    return CueModel(
        weights={k: float(v) for k, v in data["weights"].items()},
        dense=np.asarray(data["dense"], dtype=np.float32),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        lemmas=frozenset(data["lemmas"]),
    )


def candidates(reader: _Reader, sent: Any, lemmas: frozenset[str] | None) -> list[Candidate]:
    """Every word of ``sent`` the rules did not take as a cue, read as one where the dependency
    rules find a content for it.  ``lemmas``: those with a weight of their own (``None``: all,
    for training)."""
    out: list[Candidate] = []
    tensor = sent.doc.tensor
    has_vectors = tensor is not None and len(tensor) == len(sent.doc)
    for tok in sent:
        if tok.pos_ not in _POS or tok.i in reader.cue_tokens or not tok.is_alpha:
            continue
        if tok.pos_ == "VERB":
            found = reader.verb_cue(sent, tok, any_verb=True)
        elif tok.pos_ == "NOUN":
            found = noun_cue(reader, tok)
        else:
            found = adjective_cue(reader, tok, any_adjective=True)
        if found is None or found.relayed_by is not None:
            continue
        vector = tensor[tok.i] if has_vectors else None
        feats = features(reader, sent, tok, found, lemmas)
        out.append(Candidate(found, feats, vector, word=tok.text))
    return out


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def features(
    reader: _Reader, sent: Any, tok: Any, found: Found, lemmas: frozenset[str] | None
) -> dict[str, float]:
    """What the model reads of one word read as a cue (sparse, named)."""
    lemma = _lemma(tok)
    f: dict[str, float] = {}
    f[f"lemma={lemma if lemmas is None or lemma in lemmas else '<rare>'}"] = 1
    f[f"pos={tok.pos_}"] = 1
    f[f"tag={tok.tag_}"] = 1
    f[f"dep={tok.dep_}"] = 1
    f[f"head.pos={tok.head.pos_ if tok.head is not tok else 'ROOT'}"] = 1
    for dep in {c.dep_ for c in tok.children}:
        f[f"child={dep}"] = 1
    if lemma in SPEECH_VERBS:
        f["lex=speech"] = 1
    if lemma in ATTITUDE_VERBS:
        f["lex=attitude"] = 1
    if lemma in CUE_NOUNS:
        f["lex=noun"] = 1
    if lemma in ATTITUDE_ADJECTIVES:
        f["lex=adjective"] = 1
    src = found.source
    f[f"src={src.kind if src is not None else 'none'}"] = 1
    f[f"{tok.pos_}×src={src.kind if src is not None else 'none'}"] = 1
    if src is not None and src.entities:
        f["src.entity"] = 1
    text = reader.text
    body = text[found.start : found.end]
    n = len(body.split())
    f["content.log_words"] = math.log1p(n)
    f["content.short"] = float(n < 4)
    first = body.split(maxsplit=1)[0].lower() if body.strip() else ""
    f[f"content.first={first if first in _FIRST_WORDS else 'other'}"] = 1
    f[f"kind={found.kind}"] = 1
    cue_at = reader.offset + tok.idx
    f["content.before_cue"] = float(found.end <= cue_at)
    s_len = max(1, sent.end_char - sent.start_char)
    f["content.share"] = min(1.0, (found.end - found.start) / s_len)
    f["cue.sent_initial"] = float(tok.i - sent.start <= 1)
    return f


#: first words of a content that tell its shape ("that …", "to …", a question word)
_FIRST_WORDS = frozenset(
    ["that", "to", "the", "a", "an", "what", "how", "why", "whether", "if", "he", "she", "they"]
    + ["it", "his", "her", "their", "for", "on", "about", "of", "in", "we", "i", "this"]
)


def novel(candidates: Iterable[Candidate], found: list[Found]) -> list[Candidate]:
    """The candidates that neither overlap what the rules found, nor hold one of its cues in
    their content or have their cue in one of its contents."""
    return [
        c
        for c in candidates
        if not any(overlaps(c.found, g) or overlaps(g, c.found) for g in found)
    ]


def overlaps(f: Found, g: Found) -> bool:
    """``f``'s cue lies in ``g``'s content, or their contents share ≥ 30% of the shorter."""
    if f.cue is not None and g.start <= f.cue[0] < g.end:
        return True  # a cue inside another content: part of what is reported
    shared = min(f.end, g.end) - max(f.start, g.start)
    return shared > 0 and shared >= 0.3 * min(f.end - f.start, g.end - g.start)


def select(model: CueModel, candidates: list[Candidate]) -> list[Found]:
    """The readings the model accepts (candidates from :func:`novel`)."""
    for c in candidates:
        c.probability = model.probability(c)
    kept = greedy([(c.found, c.probability) for c in candidates], model.threshold)
    for f, p in kept:
        f.learned = p
    return [f for f, _ in kept]


def greedy(scored: list[tuple[Found, float]], threshold: float) -> list[tuple[Found, float]]:
    """Readings at or above ``threshold``, likeliest first, none overlapping a likelier one."""
    kept: list[tuple[Found, float]] = []
    for f, p in sorted(scored, key=lambda fp: -fp[1]):
        if p < threshold:
            break
        if any(overlaps(f, g) or overlaps(g, f) for g, _ in kept):
            continue
        kept.append((f, p))
    return kept
