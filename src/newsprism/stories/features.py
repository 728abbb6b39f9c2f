"""What a story match looks at: a MinHash of stemmed shingles, a sentence vector, the words of the
head, names, numbers.

- **Same text rewritten** (wire copy republished with edits): MinHash (datasketch, 128
  permutations) over word 3-shingles of Snowball stems.  Stems stand in for lemmas: they fold
  «заявил/заявила» and "said/says" the same way at a thousandth of a lemmatiser's cost.
- **Same story**: multilingual Universal Sentence Encoder v3 (:mod:`newsprism.sentence_vectors`)
  over the headline and the first 150 characters, so English and Russian land in one space; the
  stems of the headline (twice) and the first 2,000 characters, for a TF-IDF cosine whose IDF
  comes from the articles around it in time (:mod:`.lexical`); and the names and numbers two
  reports share.  Names are compared by a consonant skeleton of their romanisation
  (:func:`newsprism.attribution.names.romanize`: «Зеленский» and "Zelensky" both give ``zlns``),
  which survives the spelling variants of translation.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from ..attribution.names import romanize
from ..calendar_words import MONTHS_EN, WEEKDAYS_EN
from ..library.stemming import stem
from .revised import headline_counts
from .when import event_days

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: pairs with Jaccard ≥ ~0.4 meet in some band
ROWS = NUM_PERM // BANDS
SHINGLE = 3
#: characters of the body encoded with the headline: 150 scored as well as 300 on the dev halves
#: (mean F1 0.879 vs 0.870 once the words of the head are a feature) at 60 % of the encoding cost.
#: 100 ranked dev pairs as well again (leave-one-set-out ROC-AUC 0.949 vs 0.948) and encodes a
#: quarter faster, but with the combiner refitted for it the fresh part fell (docs/stories.md)
LEAD_CHARS = 150
#: characters of the body whose names, numbers and words are compared
HEAD_CHARS = 2000
#: the characters of the text after the headline whose names are the lead's
#: (``Fingerprint.lead_names``): about the first two sentences
LEAD_NAME_CHARS = 300

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
#: a capitalised word not at the start of a sentence or of a line: a paragraph's or a caption's
#: first word is capitalised by position («Президент России…», "Officials said…"), and counting
#: it as a name made common words look like shared names (leave-one-set-out, docs/stories.md).
#: A capital inside a word («ТайгаФин», "McCain") ends the name read (thirty-sixth session:
#: reading on to the word's end changed nothing on development half B and linked more reports
#: of different running stories on PolNeAR, docs/stories.md)
_NAME = re.compile(
    r"(?<![.!?]\s)(?<!^)\b([A-ZА-ЯЁ][a-zа-яё]+(?:[-'][A-ZА-ЯЁa-zа-яё]+)?)", re.MULTILINE
)

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_VOWELS = re.compile(r"[aeiouyjhw]+")
#: words capitalised for grammar, not because they are names
_NOT_NAMES = frozenset(  # noqa: SIM905
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "of",
        "and",
        "but",
        "for",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "its",
        "our",
        *WEEKDAYS_EN,
        *MONTHS_EN,
        "mr",
        "mrs",
        "ms",
        "dr",
        "в",
        "во",
        "на",
        "и",
        "но",
        "по",
        "с",
        "со",
        "к",
        "о",
        "об",
        "от",
        "для",
        "это",
        "этот",
        "эта",
        "он",
        "она",
        "они",
        "мы",
        "я",
        "вы",
        "его",
        "ее",
        "их",
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
    ]
)


@dataclass(frozen=True)
class Fingerprint:
    minhash: npt.NDArray[np.uint32]
    vector: npt.NDArray[np.float32]
    names: frozenset[str]
    numbers: frozenset[str]
    #: the head's stems as sorted CRC-32 hashes, and how often each occurs
    terms: npt.NDArray[np.uint32]
    counts: npt.NDArray[np.uint32]
    #: "cyrl" or "latn": the script most of the head's letters are in
    script: str = "latn"
    #: the days the lead names, resolved against the publication time (:mod:`.when`): the first
    #: is when its main news happened; a day of its background (what it follows) negated;
    #: empty without a time or a day named
    days: tuple[int, ...] = ()
    #: when the report existed by (epoch seconds): its publication time, or when it was added
    #: when it has none (never earlier than it was written); None when unknown
    at: float | None = None
    #: the name keys its headline gives, and those of its lead (the headline and the first
    #: :data:`LEAD_NAME_CHARS` characters of the text): whom and what the report is about
    title_names: frozenset[str] = frozenset()
    lead_names: frozenset[str] = frozenset()
    #: ``at`` is its publication time (not the time it was added)
    dated: bool = True
    #: its headline (None when unknown: a row of the library read back without its article's)
    title: str | None = None

    @cached_property
    def head_counts(self) -> tuple[tuple[str, float], ...]:
        """The counts its headline gives, (counted noun, figure) (``revised.headline_counts``,
        forty-first session): read when a pair first asks (``match.later_counts_again``, for a
        pair the evidence of when would part), not on arrival — the claims stage's parse of a
        Russian headline costs about as much as the rest of a report's fingerprint."""
        return headline_counts(self.title)

    @cached_property
    def head_words(self) -> int:
        """Words of the head, the headline counted twice (the counts of its stems): how much text
        the report gives (a feed item's headline and summary, or a page's head).  Computed once:
        every candidate of every arrival asks (``match.is_short``)."""
        return int(self.counts.sum())

    def terms_blob(self) -> bytes:
        import numpy as np

        return np.concatenate([self.terms, self.counts]).astype(np.uint32).tobytes()


#: 64-bit words of the mask of a name or number set: with 64 bits, collisions let five of six
#: candidates that could not reach the running level through the bound (16,100 scored in Python
#: for 1,000 arrivals where exact overlaps would let 2,627); with 256 bits, few collide
MASK_WORDS = 4
MASK_BITS = 64 * MASK_WORDS


@lru_cache(maxsize=65_536)  # every candidate's bound looks up the arriving article's keys
def key_bit(key: str) -> int:
    """The bit of a :data:`MASK_BITS`-bit mask a name or number key sets (stable across
    processes)."""
    return zlib.crc32(key.encode()) % MASK_BITS


def key_mask(keys: frozenset[str]) -> tuple[int, ...]:
    """The keys as a :data:`MASK_BITS`-bit mask, one bit (:func:`key_bit`) set for each, as
    :data:`MASK_WORDS` unsigned 64-bit words (the first holds bits 0-63)."""
    mask = 0
    for key in keys:
        mask |= 1 << key_bit(key)
    return tuple((mask >> (64 * w)) & 0xFFFFFFFFFFFFFFFF for w in range(MASK_WORDS))


def overlap_bounds(
    keys: frozenset[str], masks: npt.NDArray[np.uint64], sizes: npt.NDArray[np.int64]
) -> npt.NDArray[np.float64]:
    """An upper bound of :func:`overlap` between ``keys`` and each of several key sets given as
    masks (rows of :data:`MASK_WORDS` words) and sizes: the keys whose bit the other mask has
    include every key the two share (collisions only add), divided by the smaller size and
    capped at 1; 0 where either is empty."""
    import numpy as np

    if not keys or not len(masks):
        return np.zeros(len(masks))
    bits = np.fromiter(map(key_bit, keys), dtype=np.int64, count=len(keys))
    words = masks[:, bits >> 6]  # each key's word of each mask
    hits = ((words >> (bits & 63).astype(np.uint64)) & np.uint64(1)).sum(axis=1)
    smaller = np.minimum(sizes, len(keys)).astype(np.float64)
    bound: npt.NDArray[np.float64] = np.where(
        sizes > 0, np.minimum(hits.astype(np.float64) / np.maximum(smaller, 1.0), 1.0), 0.0
    )
    return bound


def unpack_terms(blob: bytes) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    import numpy as np

    both = np.frombuffer(blob, dtype=np.uint32)
    half = len(both) // 2
    return both[:half], both[half:]


def shingles(text: str) -> set[bytes]:
    return _shingles(_stems(text))


def _stems(text: str) -> list[str]:
    # map over the cached stemmer runs in C: no Python frame per word (an article has hundreds)
    return list(map(stem, _WORD.findall(text)))


def _shingles(stems: list[str]) -> set[bytes]:
    if len(stems) < SHINGLE:
        return {" ".join(stems).encode()} if stems else set()
    return {f"{a} {b} {c}".encode() for a, b, c in zip(stems, stems[1:], stems[2:], strict=False)}


def minhash(text: str) -> npt.NDArray[np.uint32]:
    return _minhash(shingles(text))


def _minhash(shingled: set[bytes]) -> npt.NDArray[np.uint32]:
    """datasketch's MinHash (``scheme="affine32"``, its default SHA-1 hash of each shingle, seed 1)
    computed in numpy: the same signature as ``MinHash.update_batch`` gives
    (``tests/test_stories.py`` holds it), without building a MinHash object and a Python int per
    shingle for every article (a tenth of a lone article's fingerprint)."""
    import numpy as np

    if not shingled:  # an empty sketch: every slot at its maximum, as datasketch leaves it
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    # the first 4 bytes of SHA-1, little-endian: datasketch's default hash
    # (whole digests joined, their first 4 bytes taken by numpy: no slice object per shingle)
    sha1 = hashlib.sha1
    digests = b"".join([sha1(s).digest() for s in shingled])
    hashed = np.frombuffer(digests, dtype="<u4").reshape(-1, 5)[:, 0]
    a, b = _permutations()
    # the MurmurHash3 32-bit finalizer (datasketch's pre-mix of each hash for "affine32"), then
    # a * h + b modulo 2^32 for each permutation: uint32 arithmetic wraps, which is the modulo
    h = hashed.astype(np.uint32).reshape(-1, 1)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    out: npt.NDArray[np.uint32] = (h * a + b).min(axis=0)
    return out


@lru_cache(maxsize=1)
def _permutations() -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """datasketch draws the same permutations from the seed for every MinHash: draw them once."""
    import numpy as np
    from datasketch import MinHash

    a, b = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32").permutations
    return np.asarray(a, dtype=np.uint32), np.asarray(b, dtype=np.uint32)


def band_keys(signature: npt.NDArray[np.uint32]) -> list[int]:
    """One 63-bit key per LSH band (the band's number is part of the key)."""
    raw = signature.tobytes()  # once, sliced as bytes: not one numpy slice per band
    width = len(raw) // BANDS
    blake2b = hashlib.blake2b
    return [
        int.from_bytes(
            blake2b(raw[b * width : (b + 1) * width], digest_size=8, person=person).digest(), "big"
        )
        >> 1
        for b, person in enumerate(_BAND_PERSONS)
    ]


#: the personalisation of each band's hash (its number): made once
_BAND_PERSONS = tuple(b"band%04d" % b for b in range(BANDS))


def jaccard(a: npt.NDArray[np.uint32], b: npt.NDArray[np.uint32]) -> float:
    return float((a == b).mean())


_SOUNDS = [(re.compile(r"ph"), "f"), (re.compile(r"c(?!h)|q|ck"), "k"), (re.compile(r"x"), "ks"),
           (re.compile(r"w"), "v")]  # fmt: skip


@lru_cache(maxsize=65_536)  # the same names recur across a window's articles
def name_key(word: str) -> str:
    """A consonant skeleton of a name's romanisation: «Линдквист» and "Lindqvist" → ``lndk``."""
    latin = romanize(word).replace("-", "").replace(" ", "")
    for pattern, sound in _SOUNDS:
        latin = pattern.sub(sound, latin)
    return _VOWELS.sub("", latin[:1]) + _VOWELS.sub("", latin[1:])[:3] if latin else ""


def names(text: str) -> frozenset[str]:
    keys = set(map(_name_of, _NAME.findall(text)))
    keys.discard("")
    return frozenset(keys)


@lru_cache(maxsize=65_536)
def _name_of(word: str) -> str:
    """The key a capitalised word gives as a name, or "" when it gives none."""
    if word.lower() in _NOT_NAMES or len(word) < 3:
        return ""
    key = name_key(word)
    return key if len(key) >= 3 else ""


def numbers(text: str) -> frozenset[str]:
    return frozenset(n.replace(",", ".") for n in _NUMBER.findall(text) if len(n) >= 2)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared share of the smaller set (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def lead(title: str | None, text: str) -> str:
    body = text[:LEAD_CHARS]
    cut = body.rfind(" ")
    body = body[:cut] if len(text) > LEAD_CHARS and cut > 0 else body
    return f"{title}. {body}" if title else body


def bag(stems: Sequence[str]) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """Sorted term hashes and their counts (CRC-32: stable across processes, unlike hash())."""
    import numpy as np

    # count the stems first, then hash each distinct one (a head repeats a third of its words);
    # np.unique sorts the hashes and adds up the counts of two stems that share one
    distinct = Counter(stems)
    crc = zlib.crc32
    hashes = np.fromiter(
        (crc(word.encode()) for word in distinct), dtype=np.uint32, count=len(distinct)
    )
    seen = np.fromiter(distinct.values(), dtype=np.uint32, count=len(distinct))
    terms, slot = np.unique(hashes, return_inverse=True)
    counts = np.zeros(len(terms), dtype=np.uint32)
    np.add.at(counts, slot, seen)
    return terms.astype(np.uint32), counts


def script(text: str) -> str:
    head = text[:HEAD_CHARS]
    return "cyrl" if len(_CYRILLIC_RUN.findall(head)) > len(_LATIN_RUN.findall(head)) else "latn"


def fingerprints(
    items: Sequence[tuple[str | None, str]], times: Sequence[float | None] | None = None
) -> list[Fingerprint]:
    """Fingerprints of (title, text) pairs, the vectors encoded in one batch; ``times`` (epoch
    seconds of publication, one per item) resolve the days the leads name."""
    from .. import sentence_vectors

    vectors = sentence_vectors.encode([lead(t, x) for t, x in items])
    when = list(times) if times is not None else [None] * len(items)
    return [
        _fingerprint(title, text, vector, at)
        for (title, text), vector, at in zip(items, vectors, when, strict=True)
    ]


def _fingerprint(
    title: str | None, text: str, vector: npt.NDArray[np.float32], at: float | None = None
) -> Fingerprint:
    title_stems = _stems(title) if title else []
    head_text = text[:HEAD_CHARS]
    body_stems = _stems(text)
    head_words = len(body_stems) if len(text) <= HEAD_CHARS else len(_WORD.findall(head_text))
    # the headline counts twice: it is what the report is about
    terms, counts = bag(title_stems * 2 + body_stems[:head_words])
    head = f"{title}\n{head_text}" if title else head_text
    return Fingerprint(
        _minhash(_shingles(title_stems + body_stems)),
        vector,
        names(head),
        numbers(head),
        terms,
        counts,
        script(head),
        event_days(title, text, at),
        at,
        names(title) if title else frozenset(),
        names(f"{title}\n{text[:LEAD_NAME_CHARS]}" if title else text[:LEAD_NAME_CHARS]),
        at is not None,
        title,
    )
