"""The English confidence, calibrated on text the rules had not been tuned on.

The scorer (:mod:`.scorer`) learnt on PolNeAR's US political news, and the rules' caps were
counted on our development halves — text the rules had been fixed on.  On each round's
held-out articles, read by the code of the day *before* anyone developed on them, the quotes
shown confident were right far less often than on development text (translated-style:
about 83 %, against 92–96 % on the development halves).  This module re-reads the confidence
with what the output itself says about how the speaker was found — a pronoun whose person was
named before another speaker came up, a description that reached back, a speaker whose "name"
is a common noun phrase ("The 40-year-old baker", "These numbers"), a name of one word, a
pronoun whose gender the person's given name contradicts, words that report a third person's
report, source words that name two, a given name written right before the speaker's name (the
name read was cut from a longer one: thirty-fifth session) — and a small logistic model, fitted
by ``scripts/train_calibration_en.py`` on those "before" outputs of our own translated-style
held-out parts of earlier rounds (half A; half B and the real pages, an outside evaluation set
that never fits it, check it), gives the probability that the quote is right.

The calibration only lowers: a quote's confidence becomes the smaller of the scorer's (with its
caps) and the calibrated one, so the caps stay and a quote the model knows less about is not
raised.  It reads only text of the kind it was fitted on — English that reads as translated
(:mod:`.source_kind_en`, thirty-fourth session): on English written as English it demoted right
quotes and hardly any wrong one.  The model card is ``docs/attribution-model.md`` ("The calibration").
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from functools import cache

from ..article import Quote, Speaker
from .given_names import given_name_gender, is_given_name
from .names import HONORIFICS, TITLES
from .packaged import packaged_json
from .source_kind_en import reads_translated

MODEL_FILE = "attribution-calibration-en.json"

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_PRONOUNS = frozenset(
    ["he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "their", "its"]
)
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
#: words that open a noun phrase in capitals at a sentence start and name no one ("These
#: numbers", "Two nurses", "Last year's survey")
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "these",
        "that",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "many",
        "some",
        "several",
        "both",
        "all",
        "each",
        "every",
        "last",
        "next",
        "most",
        "other",
        "another",
        "such",
    ]
)
_QUOTE_MARKS = "\"“”«»„‘’'"
#: a verb of saying with its object or clause inside a quote's words (see :func:`features`)
_REPORT_INSIDE = re.compile(
    r"\b(?:told|tells|said|says|promised|assured|warned|asked|demanded|wrote|writes)"
    r"\s+(?:him|her|them|me|us|the\s+\w+|that|to)\b"
)
#: how far into a quote a report inside it is looked for (its opening clause)
_INSIDE_REACH = 120
_SOURCE_TWO = re.compile(r"\s(?:and|&)\s|,\s+(?:the\s+|a\s+)?[A-Za-z-]+\s+[A-Z]")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")


@dataclasses.dataclass(frozen=True)
class Calibration:
    weights: dict[str, float]
    bias: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load() -> Calibration | None:
    """The shipped calibration, or ``None`` when the package has none."""
    data = packaged_json(MODEL_FILE)
    if data is None:
        return None
    return Calibration({k: float(v) for k, v in data["weights"].items()}, float(data["bias"]))


class _Words:
    """Which capitalised words of an article are names: a word the article also writes in
    small letters ("The", "Last", "Two") is a common word that opens a sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower = {w.replace("’", "'") for w in _LOWER_WORD.findall(text)}

    def proper(self, phrase: str) -> set[str]:
        out = set()
        for word in _CAPITALISED.findall(phrase):
            key = word.strip(".").replace("’", "'")
            low = key.lower()
            if len(key) > 1 and low not in self._lower and low not in _OPENERS:
                out.add(key.lower())
        return out


def features(quote: Quote, by_id: dict[int, Speaker], words: _Words) -> dict[str, float]:
    """What the output says about how sure the speaker link is (see the module docstring)."""
    c = min(max(quote.confidence or 0.0, 1e-4), 1 - 1e-4)
    f: dict[str, float] = {"z": math.log(c / (1 - c))}
    f["indirect"] = float(quote.kind == "indirect")
    f["relayed"] = float(quote.relayed_by is not None)
    speaker = by_id.get(quote.speaker) if quote.speaker is not None else None
    if speaker is None:
        f["no_speaker"] = 1.0
        return f
    kind = speaker.kind if speaker.kind in ("person", "organization", "collective") else "other"
    f[f"kind_{kind}"] = 1.0
    name_words = words.proper(speaker.name)
    f["common_name"] = float(not name_words)
    f["one_word_name"] = float(
        kind in ("person", "organization") and len(speaker.name.split()) == 1
    )
    f["role"] = float(speaker.role is not None)
    # the name as the article first wrote it ran on before the speaker's name: a given name
    # right before it ("the Punjab Nadia Iqbal Chaudhry" kept as "Iqbal Chaudhry") — the
    # person was cut from their name, and the article's other mentions may be split from them
    f["name_cut"] = float(_name_cut(speaker, words.text))
    first = speaker.name.split()[0] if speaker.name.split() else ""
    # a "name" holding a figure ("2019–2020 Kalnins") was cut from its sentence badly
    f["digit_in_name"] = float(any(ch.isdigit() for ch in speaker.name))
    # a name the article writes in quotation marks is a body's or a title's ("the network
    # "Green Cross""), not a person's
    f["quoted_name"] = float(
        any(m.start > 0 and words.text[m.start - 1] in _QUOTE_MARKS for m in speaker.mentions)
    )
    # a body whose name opens with a given name is a person read as a body ("Ruslan Tairov")
    f["given_name_body"] = float(kind == "organization" and bool(first) and is_given_name(first))
    # a report inside the report ("that the guard told her that …", "…, the minister said
    # that …"): the words are a third person's, relayed — the speaker shown may be the relayer
    f["report_inside"] = float(_REPORT_INSIDE.search(quote.text[:_INSIDE_REACH]) is not None)
    src = (quote.source_text or "").strip()
    if not src:
        f["no_source"] = 1.0
        return f
    # source words naming two ("X and the deputy Y") or an outlet and a person ("the portal
    # Z, the deputy minister Y"): one of them was picked
    f["source_two"] = float(_SOURCE_TWO.search(src) is not None)
    low = src.lower()
    pronoun = low in _PRONOUNS
    named_here = bool(name_words & words.proper(src))
    f["pronoun"] = float(pronoun)
    f["named_at_source"] = float(named_here)
    if pronoun and kind == "person":
        said = _PRONOUN_GENDER.get(low)
        given = given_name_gender(first) if first else None
        if said is not None and given is not None and said != given:
            f["gender_clash"] = 1.0
    if named_here or not name_words:
        return f
    at = quote.source_start if quote.source_start is not None else quote.start
    naming = [
        m.start for m in speaker.mentions if m.start < at and name_words & words.proper(m.text)
    ]
    if not naming:
        f["never_named_before"] = 1.0
        return f
    last = max(naming)
    f["reach"] = min(math.log1p(at - last) / 8, 1.0)
    rivals = sum(
        1
        for other in by_id.values()
        if other.id != speaker.id
        and other.kind in ("person", "organization")
        and any(last < m.start < at for m in other.mentions)
    )
    f["pron_rivals" if pronoun else "desc_rivals"] = min(rivals, 3) / 3
    # other names written between the naming and the back-reference: people and bodies the
    # rules did not make speakers, whom "he" or "the minister" may mean as well
    between = words.proper(words.text[last:at]) - name_words
    f["pron_names_between" if pronoun else "desc_names_between"] = min(len(between), 6) / 6
    return f


_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \u00a0]$")


def _name_cut(speaker: Speaker, text: str) -> bool:
    """Whether a capitalised given name stands right before the speaker's first mention that
    writes its name (not a title, nor the first word of a sentence): the name read was the tail
    of a longer one."""
    head = speaker.name.split()[0] if speaker.name.split() else ""
    for m in sorted(speaker.mentions, key=lambda m: m.start):
        if not m.text.startswith(head):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if before is None:
            return False
        word = before.group(1)
        opens = before.start() == 0 or text[: before.start()].rstrip()[-1:] in '.!?\n"“«'
        low = word.lower().rstrip(".")
        return (
            not opens
            and low not in HONORIFICS
            and low not in TITLES
            and low not in _OPENERS
            and is_given_name(word)
        )
    return False


def calibrate(text: str, quotes: Iterable[Quote], speakers: Iterable[Speaker]) -> tuple[Quote, ...]:
    """``quotes`` with each confidence lowered to the calibrated probability where that is
    lower (unchanged when the package ships no calibration)."""
    quotes = tuple(quotes)
    model = load()
    if model is None or not quotes:
        return quotes
    if not reads_translated(text):
        # fitted on translated-style text, the model demotes right quotes of English written
        # as English (source_kind_en): there the scorer's figure and its caps stand
        return quotes
    by_id = {s.id: s for s in speakers}
    words = _Words(text)
    out = []
    for q in quotes:
        if q.confidence is None:
            out.append(q)
            continue
        p = model.probability(features(q, by_id, words))
        out.append(dataclasses.replace(q, confidence=round(min(q.confidence, p), 3)))
    return tuple(out)
