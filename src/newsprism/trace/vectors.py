"""Multilingual sentence vectors for comparing what is counted and what is quoted across outlets
and languages: the process's one Universal Sentence Encoder (:mod:`newsprism.sentence_vectors`,
shared with stories; ``denoise`` off so that figures are kept), stored compactly with each mention."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


def encode(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Unit vectors, one row per text (a dot product is a cosine)."""
    from .. import sentence_vectors

    return sentence_vectors.encode(texts)


def encode_once(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """:func:`encode`, each distinct text encoded once (two figures of one sentence share its
    vector; each text is encoded on its own, so the rows are the ones :func:`encode` gives),
    and a text a recent link encoded not encoded again (:data:`REMEMBERED`)."""
    import numpy as np

    if not texts:
        return encode(texts)
    distinct = list(dict.fromkeys(texts))
    with _remembering:
        known = {t: _remembered[t] for t in distinct if t in _remembered}
    missing = [t for t in distinct if t not in known]
    if missing:
        known.update(zip(missing, encode(missing), strict=True))
    with _remembering:  # (a link in another thread may have stored some of them meanwhile)
        for text in distinct:
            _remembered[text] = known[text]
            _remembered.move_to_end(text)
        while len(_remembered) > REMEMBERED:
            _remembered.popitem(last=False)
    out: npt.NDArray[np.float32] = np.stack([known[t] for t in texts])
    return out


#: the texts of recent links remembered with their vectors (2 kB each, 32 MB at most): the same
#: sentences come back in a reader's library — an outlet's republished copy, a feed's item of a
#: wire story, a follow-up that repeats the figure's sentence — and a text's vector does not
#: depend on its company, so a remembered row is the row :func:`encode` would give
#: (twenty-fourth session: the encoder was a third of a link)
REMEMBERED = 16_384
_remembered: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
_remembering = threading.Lock()


def encode_words(words: Sequence[str]) -> dict[str, npt.NDArray[np.float32]]:
    """Each word's unit vector (lemmas of counted roles: "kill", «погибнуть», "passenger")."""
    return {w: _word_vector(w) for w in words}


#: the same few thousand role words recur across a library's articles, and a word's vector does
#: not depend on its company: remembered (2 kB each, at most 40 MB)
@lru_cache(maxsize=20_000)
def _word_vector(word: str) -> npt.NDArray[np.float32]:
    row: npt.NDArray[np.float32] = encode([word])[0]
    return row


#: bytes of one packed vector (the encoder's 512 dimensions, a signed byte each)
PACKED_BYTES = 512


def pack(vector: npt.NDArray[np.float32]) -> bytes:
    """A unit vector as 512 signed bytes (a cosine changes by < 0.01): 0.5 kB a mention."""
    import numpy as np

    return bytes(np.clip(np.round(vector * 127), -127, 127).astype(np.int8).tobytes())


def unpack(blob: bytes) -> npt.NDArray[np.float32]:
    import numpy as np

    v = np.frombuffer(blob, dtype=np.int8).astype(np.float32)
    n = float(np.linalg.norm(v)) or 1.0
    out: npt.NDArray[np.float32] = v / n
    return out


def pack_many(rows: Sequence[npt.NDArray[np.float32]]) -> bytes:
    """Several unit vectors, one after another (a counted role's words)."""
    return b"".join(pack(v) for v in rows)


def unpack_many(blob: bytes) -> npt.NDArray[np.float32]:
    """The unit vectors of :func:`pack_many`, one row each."""
    import numpy as np

    v = np.frombuffer(blob, dtype=np.int8).astype(np.float32).reshape(-1, PACKED_BYTES)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: npt.NDArray[np.float32] = v / norms
    return out


def best_pair(a: bytes, b: bytes) -> float:
    """The highest cosine between any word of one packed role and any of the other: a role is a
    few lemmas (the verb, the counted noun, its modifier), and one shared meaning — killed and
    погибли — is what makes two figures count the same thing."""
    return float((unpack_many(a) @ unpack_many(b).T).max())
