"""A learned cue finder for the long tail of English cues the lexicon does not list.

PolNeAR counts as attributions beliefs, stances and reports under about 1,750 distinct cue words
("is bearish on", "chastised", "unleashed", "sums up"); the lexicon of :mod:`.lexicon_en` holds
the common ones.  Here every other verb, noun and adjective of a parsed sentence is read *as if*
it were a cue, by the same dependency rules (:meth:`.quotes_en._Reader.verb_cue`,
:func:`.cues_en.noun_cue`, :func:`.cues_en.adjective_cue`): its subject is the source, its
complement the content.  That over-generates by far, so a logistic model decides which of those
readings are attributions, from

* the word: its lemma (a weight of its own when common in training), part of speech, tag,
  dependency label, its children's labels, whether the lexicon lists it in another role;
* a **learned lexicon**: how often the lemma was (part of) a cue among all its occurrences in
  the training articles, smoothed (``cue_rates``), which covers lemmas too rare for a weight;
* the reading: what kind of source it found, the content's length, first word, side and share
  of the sentence.

A reading is kept when the model gives it at least the model's threshold and it overlaps
neither an attribution the rules found nor a likelier reading.  The weights are trained on
PolNeAR's train split by ``scripts/train_attribution.py`` and shipped as
``data/attribution-cues-en.json`` (model card: ``docs/attribution-model.md``).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from .cues_en import adjective_cue, noun_cue
from .lexicon_en import ATTITUDE_ADJECTIVES, ATTITUDE_VERBS, CUE_NOUNS, SPEECH_VERBS
from .model import Found
from .packaged import packaged_json

if TYPE_CHECKING:
    from .quotes_en import _Reader

MODEL_FILE = "attribution-cues-en.json"
#: parts of speech read as possible cues
POS = frozenset(["VERB", "NOUN", "ADJ"])
#: smoothing of the learned lexicon: a lemma's rate counts as this many occurrences at the prior
RATE_PRIOR_WEIGHT = 2.0
#: a content's length in words is read up to this many
_MAX_WORDS = 60


@dataclass(slots=True)
class Candidate:
    """One reading of a word as a cue, with what the model sees of it."""

    found: Found
    #: named features (the word's own and the reading's)
    features: dict[str, float]
    #: the word's lemma (for the learned lexicon, filled in at training)
    lemma: str = ""
    probability: float = 0.0


@dataclass(frozen=True)
class CueModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    #: lemmas common enough in training to carry a weight of their own
    lemmas: frozenset[str]
    #: the learned lexicon: lemma → (occurrences, occurrences inside a cue) in training
    cue_rates: dict[str, tuple[int, int]]
    #: the share of all occurrences inside a cue (the smoothing prior)
    prior: float

    def logit(self, features: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())

    def probability(self, features: dict[str, float]) -> float:
        return _sigmoid(self.logit(features))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load() -> CueModel | None:
    """The shipped model, or ``None`` when the package has none (then only the rules run)."""
    data = packaged_json(MODEL_FILE)
    return None if data is None else from_json(data)


def from_json(data: dict[str, Any]) -> CueModel:
    weights = {k: float(v) for k, v in data["weights"].items()}
    return CueModel(
        weights=weights,
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        lemmas=frozenset(data["lemmas"]),
        cue_rates={k: (int(v[0]), int(v[1])) for k, v in data["cue_rates"].items()},
        prior=float(data["prior"]),
    )


def cue_rate(occurrences: int, in_cue: int, prior: float) -> float | None:
    """The learned lexicon's smoothed rate of a lemma seen ``occurrences`` times in training,
    ``in_cue`` of them inside a cue; ``None`` when it was never part of a cue."""
    if in_cue <= 0:
        return None
    return (in_cue + RATE_PRIOR_WEIGHT * prior) / (occurrences + RATE_PRIOR_WEIGHT)


def rate_features(occurrences: int, in_cue: int, prior: float) -> dict[str, float]:
    """The learned lexicon's features of a lemma (see :func:`cue_rate`)."""
    rate = cue_rate(occurrences, in_cue, prior)
    if rate is None:
        return {"rate.none": 1.0}
    rate = min(max(rate, 1e-4), 1 - 1e-4)
    return {"rate.logit": math.log(rate / (1 - rate)), "rate.log_seen": math.log1p(occurrences)}


def candidates(reader: _Reader, sent: Any, model: CueModel | None) -> list[Candidate]:
    """Every word of ``sent`` the rules did not take as a cue, read as one where the dependency
    rules find a content for it, with the model's probability (without a model, for training:
    every reading, with no lexicon features)."""
    out: list[Candidate] = []
    for tok in sent:
        if tok.pos_ not in POS or tok.i in reader.cue_tokens or not tok.is_alpha:
            continue
        governed = False
        if tok.pos_ == "VERB":
            found = reader.verb_cue(sent, tok, any_verb=True)
        elif tok.pos_ == "NOUN":
            found = noun_cue(reader, tok)
            if found is not None and found.source is None:
                governed = _governor_source(reader, tok, found)
        else:
            found = adjective_cue(reader, tok, any_adjective=True)
        if found is None or found.relayed_by is not None:
            continue
        lemma = str(tok.lemma_).lower()
        feats = word_features(sent, tok, lemma, model)
        feats.update(reading_features(reader, sent, tok, found))
        if governed:
            feats["src.governor"] = 1
        cand = Candidate(found, feats, lemma)
        if model is not None:
            cand.probability = model.probability(feats)
        out.append(cand)
    return out


def _governor_source(reader: _Reader, noun: Any, found: Found) -> bool:
    """A noun with no holder of its own ("spoke out in favor of …", "started conversations
    about …", "chants of …" after "the crowd broke into"): the subject of the verb its phrase
    hangs on, within a few links, when it stands outside the content."""
    head = noun
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    subj = reader.subject_of(head)
    if subj is None or subj.i == noun.i:
        return False
    source = reader.source(subj)
    if found.start <= source.start < found.end or found.start < source.end <= found.end:
        return False
    found.source = source
    return True


def word_features(sent: Any, tok: Any, lemma: str, model: CueModel | None) -> dict[str, float]:
    """What the model reads of the word itself."""
    f: dict[str, float] = {}
    f[f"lemma={lemma if model is None or lemma in model.lemmas else '<rare>'}"] = 1
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
    f["cue.sent_initial"] = float(tok.i - sent.start <= 1)
    if model is not None:
        seen, in_cue = model.cue_rates.get(lemma, (0, 0))
        f.update(rate_features(seen, in_cue, model.prior))
    return f


def reading_features(reader: _Reader, sent: Any, tok: Any, found: Found) -> dict[str, float]:
    """What the model reads of one reading of the word as a cue."""
    f: dict[str, float] = {}
    src = found.source
    kind = src.kind if src is not None else "none"
    f[f"src={kind}"] = 1
    f[f"{tok.pos_}×src={kind}"] = 1
    if src is not None and src.entities:
        f["src.entity"] = 1
    body = reader.text[found.start : found.end]
    words = body.split()
    f["content.log_words"] = math.log1p(min(len(words), _MAX_WORDS))
    if len(words) < 4:
        f["content.short"] = 1
    first = words[0].lower() if words else ""
    f[f"content.first={first if first in _FIRST_WORDS else 'other'}"] = 1
    f[f"kind={found.kind}"] = 1
    if found.end <= reader.offset + tok.idx:
        f["content.before_cue"] = 1
    s_len = max(1, sent.end_char - sent.start_char)
    f["content.share"] = min(1.0, (found.end - found.start) / s_len)
    return f


#: first words of a content that tell its shape ("that …", "to …", a question word)
_FIRST_WORDS = frozenset(
    ["that", "to", "the", "a", "an", "what", "how", "why", "whether", "if", "he", "she", "they"]
    + ["it", "his", "her", "their", "for", "on", "about", "of", "in", "we", "i", "this"]
)


def select(model: CueModel, candidates: list[Candidate], found: list[Found]) -> list[Found]:
    """The readings the model accepts that do not overlap the rules' ``found``."""
    likely = [c for c in candidates if c.probability >= model.threshold]
    kept = greedy([(c.found, c.probability) for c in novel(likely, found)], model.threshold)
    for f, p in kept:
        f.learned = p
    return [f for f, _ in kept]


def novel(candidates: Iterable[Candidate], found: list[Found]) -> list[Candidate]:
    """The candidates that neither overlap what the rules found, nor hold one of its cues in
    their content or have their cue in one of its contents."""
    near = Neighbours(found)
    return [
        c
        for c in candidates
        if not any(overlaps(c.found, g) or overlaps(g, c.found) for g in near.of(c.found))
    ]


def _hull(f: Found) -> tuple[int, int]:
    """The stretch a reading covers: its content and its cue's first character together."""
    if f.cue is None:
        return f.start, f.end
    return min(f.start, f.cue[0]), max(f.end, f.cue[0] + 1)


class Neighbours:
    """The readings of a list whose stretch (content and cue, :func:`_hull`) meets a given one.

    Two readings that overlap either way (:func:`overlaps`) have stretches that meet — a cue
    inside a content lies in both, shared content lies in both — so asking only these gives
    the answer asking every reading gives.  A long article holds thousands of reports, and
    asking every one for every other made the stage quadratic in them (a page of 5,000 short
    reports took minutes)."""

    def __init__(self, found: Sequence[Found]) -> None:
        self._found = list(found)
        self._hulls = sorted((_hull(f), i) for i, f in enumerate(self._found))
        self._starts = [h[0] for h, _ in self._hulls]
        self._longest = max((h[1] - h[0] for h, _ in self._hulls), default=0)

    def meeting(self, start: int, end: int) -> list[Found]:
        """The readings whose stretch meets ``[start, end)``, in the list's order."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        hits = sorted(i for (a, b), i in self._hulls[lo:hi] if b > start and a < end)
        return [self._found[i] for i in hits]

    def of(self, f: Found) -> list[Found]:
        """The readings that may overlap ``f`` either way."""
        return self.meeting(*_hull(f))


def overlaps(f: Found, g: Found) -> bool:
    """``f``'s cue lies in ``g``'s content, or their contents share ≥ 30% of the shorter."""
    if f.cue is not None and g.start <= f.cue[0] < g.end:
        return True  # a cue inside another content: part of what is reported
    shared = min(f.end, g.end) - max(f.start, g.start)
    return shared > 0 and shared >= 0.3 * min(f.end - f.start, g.end - g.start)


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
