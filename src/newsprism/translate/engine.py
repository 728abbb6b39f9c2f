"""CTranslate2 + SentencePiece: the one engine behind both model kinds.

An Argos Translate package and a converted OPUS-MT/Marian folder differ only in where their files
are (one SentencePiece model for both sides, or ``source.spm``/``target.spm``); once those are
found, translating is the same: encode each sentence into pieces, run ``translate_batch``, decode
the best hypothesis.  ``ctranslate2`` and ``sentencepiece`` are imported here, on first load only.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import EngineMissingError, ModelPackageError

#: what ``compute_type`` may be; ``int8`` is the fast default on CPU
COMPUTE_TYPES = ("int8", "int8_float32", "float32", "default", "auto")
#: longest input the engine passes on, in pieces (CTranslate2 would truncate silently)
MAX_INPUT_PIECES = 512
#: longest translation of one sentence, in pieces (a runaway model stops here)
MAX_OUTPUT_PIECES = 256


@dataclass(frozen=True)
class EngineSettings:
    beam_size: int = 4
    batch_size: int = 16
    compute_type: str = "int8"
    #: CPU threads for one translation (0: CTranslate2 decides)
    threads: int = 0
    device: str = "cpu"

    def __post_init__(self) -> None:
        from ..errors import ConfigError
        from ..registry import unknown_name_message

        if self.compute_type not in COMPUTE_TYPES:
            raise ConfigError(
                unknown_name_message("compute type", self.compute_type, list(COMPUTE_TYPES))
            )
        for name in ("beam_size", "batch_size"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be at least 1, not {getattr(self, name)}")
        if self.threads < 0:
            raise ConfigError(f"threads must be 0 (automatic) or more, not {self.threads}")


class CT2Engine:
    """A model with its settings: thread-safe ``translate(texts)``, one text per input.

    The CTranslate2 model itself is shared by every engine with the same model folder and compute
    settings (see :func:`_load_model`), so asking for another beam size costs no second copy.
    """

    def __init__(
        self, model_dir: Path, source_spm: Path, target_spm: Path, settings: EngineSettings
    ) -> None:
        self.settings = settings
        self._translator = _load_model(
            model_dir, settings.compute_type, settings.threads, settings.device
        )
        self._source = _load_spm(source_spm)
        self._target = _load_spm(target_spm)
        self._lock = threading.Lock()
        #: how many sentences and batches went through the model (for tests and benchmarks)
        self.sentences_translated = 0
        self.batches = 0

    def translate(self, texts: Sequence[str]) -> list[str]:
        """Translate each text; the result lines up with the input."""
        if not texts:
            return []
        pieces = [self._source.encode(t, out_type=str)[:MAX_INPUT_PIECES] for t in texts]
        # sorting by length keeps padding low inside a batch; results go back in input order
        order = sorted(range(len(texts)), key=lambda i: len(pieces[i]))
        out: list[str] = [""] * len(texts)
        size = self.settings.batch_size
        for first in range(0, len(order), size):
            chunk = order[first : first + size]
            results = self._run([pieces[i] for i in chunk])
            for i, result in zip(chunk, results, strict=True):
                out[i] = self._target.decode(_best(result)).strip()
        return out

    def _run(self, batch: list[list[str]]) -> list[Any]:
        with self._lock:
            self.batches += 1
            self.sentences_translated += len(batch)
        return list(
            self._translator.translate_batch(
                batch,
                beam_size=self.settings.beam_size,
                max_batch_size=self.settings.batch_size,
                # one fixed limit, so that a sentence's translation never depends on its batch
                max_decoding_length=MAX_OUTPUT_PIECES,
                # no replace_unknowns: it makes CTranslate2 keep attention at every step (25x
                # slower measured here), and SentencePiece models rarely produce <unk> at all
            )
        )


def _best(result: Any) -> list[str]:
    hypotheses: list[list[str]] = result.hypotheses
    return hypotheses[0] if hypotheses else []


@lru_cache(maxsize=4)
def load_engine(
    model_dir: Path, source_spm: Path, target_spm: Path, settings: EngineSettings
) -> CT2Engine:
    """The engine for a model, loaded once per process (loading takes a second or more)."""
    return CT2Engine(model_dir, source_spm, target_spm, settings)


@lru_cache(maxsize=2)
def _load_model(model_dir: Path, compute_type: str, threads: int, device: str) -> Any:
    ctranslate2 = _import("ctranslate2")
    if compute_type.startswith("int8") and "int8" not in ctranslate2.get_supported_compute_types(
        device
    ):  # an old CPU without int8 kernels: use what the model was saved with
        compute_type = "default"
    try:
        return ctranslate2.Translator(
            str(model_dir),
            device=device,
            compute_type=compute_type,
            inter_threads=1,
            intra_threads=threads,
        )
    except (RuntimeError, OSError, ValueError) as exc:
        raise ModelPackageError(f"cannot load the translation model in {model_dir}: {exc}") from exc


@lru_cache(maxsize=4)
def _load_spm(path: Path) -> Any:
    sentencepiece = _import("sentencepiece")
    try:
        return sentencepiece.SentencePieceProcessor(model_file=str(path))
    except (RuntimeError, OSError, ValueError) as exc:
        raise ModelPackageError(f"cannot load the SentencePiece model {path}: {exc}") from exc


def _import(name: str) -> Any:
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as exc:  # pragma: no cover - both are core dependencies
        raise EngineMissingError(
            f"translation needs {name}", hint="pip install ctranslate2 sentencepiece"
        ) from exc


def unload_all() -> None:
    """Forget every loaded model (after a model is installed over or removed)."""
    load_engine.cache_clear()
    _load_model.cache_clear()
    _load_spm.cache_clear()
