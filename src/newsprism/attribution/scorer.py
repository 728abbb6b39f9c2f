"""A learned scorer over the rules' attributions: how likely each one is right.

The rules (:mod:`.quotes_en`, :mod:`.speakers`) propose quotes with a cue, source words and a
speaker; this module describes each proposal by what the rules knew when they made it (the cue
word, how the source was found, how far a pronoun reached back, how many other people were
named in between, the quote's shape) and a logistic model turns that into probabilities:

* ``content`` — the quote is a real attribution (used to drop the least likely ones);
* ``speaker`` — the speaker link is right, given the quote is real;
* ``confidence`` — both at once: what readers show as confident or not.

The weights are trained on PolNeAR's train split by ``scripts/train_attribution.py`` (dev is
only for checking) and shipped as ``data/attribution-scorer-en.json``; the model card is
``docs/attribution-model.md``.  Inference is a handful of dictionary look-ups per quote.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..article import Quote, Speaker
from .model import Analysis, Found
from .packaged import packaged_json

MODEL_FILE = "attribution-scorer-en.json"
PRONOUNS = frozenset(
    ["he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "their", "its"]
)


@dataclass(frozen=True)
class Head:
    weights: dict[str, float]
    bias: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Model:
    heads: dict[str, Head]
    #: cue words common enough in training to carry a weight of their own
    cues: frozenset[str]
    #: a quote whose ``content`` probability is below this is dropped (``0`` keeps all)
    drop_below: float = 0.0


@cache
def load(language: str = "en") -> Model | None:
    """The shipped model, or ``None`` when the package has none for this language."""
    if language != "en":
        return None
    data = packaged_json(MODEL_FILE)
    return None if data is None else from_json(data)


def from_json(data: dict[str, Any]) -> Model:
    heads = {
        name: Head({k: float(v) for k, v in h["weights"].items()}, float(h["bias"]))
        for name, h in data["heads"].items()
    }
    return Model(heads, frozenset(data["cues"]), float(data.get("drop_below", 0.0)))


def cue_word(text: str, found: Found) -> str:
    """The cue's last word in lower case ("told the newspaper" → "told"), ":" for a colon."""
    if found.cue is None:
        return "<none>"
    cue = text[found.cue[0] : found.cue[1]].strip().lower()
    words = cue.replace("’", "'").split()
    if not words:
        return "<none>"
    return words[0] if words[0] not in ("according", "as") else " ".join(words[:2])


class Positions:
    """Where an article names people and where each speaker is mentioned, sorted, so that a
    quote's features look up only the stretch of text they concern (scanning every entity and
    mention per quote was quadratic in a long article).  English and Russian scorers share it."""

    def __init__(self, analysis: Analysis) -> None:
        people = sorted((e for e in analysis.entities if e.label == "PER"), key=lambda e: e.start)
        self._starts = [e.start for e in people]
        self._people = people
        self._named_at = set(self._starts)
        self._mentions: dict[int, tuple[Speaker, list[int]]] = {}

    def _of(self, speaker: Speaker) -> list[int]:
        kept = self._mentions.get(id(speaker))
        if kept is None or kept[0] is not speaker:
            kept = (speaker, sorted(m.start for m in speaker.mentions))
            self._mentions[id(speaker)] = kept
        return kept[1]

    def seen_before(self, speaker: Speaker, pos: int) -> int | None:
        """Where ``speaker`` was last mentioned before ``pos`` (``None``: not before it)."""
        starts = self._of(speaker)
        k = bisect_left(starts, pos)
        return starts[k - 1] if k else None

    def rivals(
        self, speaker: Speaker, since: int, until: int, gender: str | None = None
    ) -> set[str]:
        """Other people (of ``gender``, when given) named in ``[since, until)``, at a place that
        is no mention of ``speaker``: their normal forms."""
        own = self._of(speaker)
        out = set()
        for k in range(bisect_left(self._starts, since), bisect_left(self._starts, until)):
            e = self._people[k]
            at = bisect_left(own, e.start)
            if at < len(own) and own[at] == e.start:
                continue
            if gender is None or e.gender in (None, gender):
                out.add(e.normal)
        return out

    def named(self, speaker: Speaker) -> bool:
        """Whether a person's name stands at one of the speaker's mentions."""
        return any(start in self._named_at for start in self._of(speaker))

    def person_inside(self, start: int, end: int) -> bool:
        """Whether a person is named inside ``[start, end]``."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end + 1)
        return any(self._people[k].end <= end for k in range(lo, hi))


def features(
    text: str,
    found: Found,
    quote: Quote,
    speaker: Speaker | None,
    analysis: Analysis,
    cues: frozenset[str],
    positions: Positions | None = None,
) -> dict[str, float]:
    """What the rules knew about one attribution, as named numeric features.

    ``positions`` (:class:`Positions` of ``analysis``, built once for all its quotes) finds
    the people named near the source without a scan of every entity.
    """
    f: dict[str, float] = {}
    kind = found.kind
    src = found.source
    src_kind = src.kind if src is not None else ("follows" if found.continues_previous else "none")
    f[f"kind={kind}"] = 1
    f[f"src={src_kind}"] = 1
    f[f"kind×src={kind}×{src_kind}"] = 1
    cue = cue_word(text, found)
    f[f"cue={cue if cue in cues else '<rare>'}"] = 1
    f[f"speaker={speaker.kind if speaker else 'none'}"] = 1
    if speaker is not None:
        f["speaker.role"] = float(speaker.role is not None)
        f["speaker.log_mentions"] = math.log1p(len(speaker.mentions))
    body = text[found.start : found.end]
    n_words = len(body.split())
    f["log_words"] = math.log1p(n_words)
    f["short"] = float(n_words < 4)
    f["quoted"] = float(any(ch in body for ch in '“”"«»'))
    f["multi_paragraph"] = float("\n" in body)
    f["sentences"] = min(len(quote.sentences), 5) / 5
    f["first_sentence"] = float(0 in quote.sentences)
    if src is not None:
        word = src.text.lower()
        if src.kind == "pronoun":
            f[f"pronoun={word if word in PRONOUNS else 'other'}"] = 1
        f["src.after"] = float(src.start >= found.end)
        f["src.inside"] = float(found.start <= src.start < found.end)
        gap = src.start - found.end if src.start >= found.end else found.start - src.end
        f["src.log_gap"] = math.log1p(max(0, gap))
        f["src.log_words"] = math.log1p(len(src.text.split()))
        f["src.capitalised"] = float(src.text[:1].isupper())
        if speaker is not None:
            # how far back a pronoun or description reached for its person, and how many other
            # people were named on the way: the places where coreference guesses
            where = positions or Positions(analysis)
            last = where.seen_before(speaker, src.start)
            reach = src.start - last if last is not None else 0
            f["reach.log"] = math.log1p(reach) if src.kind in ("pronoun", "description") else 0
            since = last if last is not None else src.start
            rivals = where.rivals(speaker, since, src.start)
            f["rivals"] = min(len(rivals), 4) / 4
            if src.kind in ("pronoun", "description"):
                f["rivals×coref"] = f["rivals"]
    if found.cue is not None:
        f["cue.inside"] = float(found.start <= found.cue[0] < found.end)
        f["cue.after"] = float(found.cue[0] >= found.end)
    if found.relayed_by is not None:
        f["relayed"] = 1
    if found.learned is not None:
        # a cue outside the lexicon, accepted by the learned cue finder with this probability
        f["learned"] = 1
        f["learned.p"] = found.learned
    if found.tagged:
        f["tagged"] = 1  # the span tagger's, in a sentence the rules left open
    return f


def score(
    model: Model,
    text: str,
    analysis: Analysis,
    quotes: tuple[Quote, ...],
    speakers: tuple[Speaker, ...],
) -> list[dict[str, float]]:
    """The probabilities of each head for each quote (quotes are in ``analysis.found`` order)."""
    by_id = {s.id: s for s in speakers}
    positions = Positions(analysis)
    out = []
    for found, quote in zip(analysis.found, quotes, strict=True):
        speaker = by_id.get(quote.speaker) if quote.speaker is not None else None
        feats = features(text, found, quote, speaker, analysis, model.cues, positions)
        out.append({name: head.probability(feats) for name, head in model.heads.items()})
    return out
