"""OPUS-MT / Marian models converted to CTranslate2.

Convert once with CTranslate2's own tools, then install the folder::

    ct2-opus-mt-converter --model_dir opus-mt-ru-en --output_dir opus-mt-ru-en-ct2 --quantization int8
    # or, from the Hugging Face copy (needs transformers + torch, once, on any machine):
    ct2-transformers-converter --model Helsinki-NLP/opus-mt-ru-en --output_dir opus-mt-ru-en-ct2
    cp opus-mt-ru-en/source.spm opus-mt-ru-en/target.spm opus-mt-ru-en-ct2/
    newsprism models install opus-mt-ru-en-ct2 --from ru --to en

The folder holds ``model.bin``, ``config.json``, the vocabulary (``shared_vocabulary.json`` or
``source_vocabulary.json`` + ``target_vocabulary.json``, or ``.txt``) and the two SentencePiece
models ``source.spm`` and ``target.spm``.  Multi-target OPUS models that need a ``>>xx<<`` token
are not supported.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ModelPackageError

SPM_FILES = ("source.spm", "target.spm")
_PAIR_IN_NAME = re.compile(r"opus-mt-([a-z]{2,3})-([a-z]{2,3})(?![a-z])", re.IGNORECASE)


def check_folder(folder: Path) -> None:
    """Raise ModelPackageError unless ``folder`` is a complete converted Marian model."""
    if not folder.is_dir():
        raise ModelPackageError(f"{folder} is not a folder")
    missing = [f for f in ("model.bin", "config.json", *SPM_FILES) if not (folder / f).is_file()]
    if not _has_vocabulary(folder):
        missing.append("shared_vocabulary.json (or source_/target_vocabulary)")
    if missing:
        hint = (
            "copy source.spm and target.spm from the original OPUS-MT model into the folder"
            if any(f.endswith(".spm") for f in missing)
            else "convert the model with ct2-opus-mt-converter or ct2-transformers-converter first"
        )
        raise ModelPackageError(
            f"{folder} is not a converted OPUS-MT/Marian model: missing {', '.join(missing)}",
            hint=hint,
        )


def languages_from_name(name: str) -> tuple[str, str] | None:
    """``("ru", "en")`` from a name like ``opus-mt-ru-en-ct2``; ``None`` when the name does not say."""
    match = _PAIR_IN_NAME.search(name)
    return (match.group(1).lower(), match.group(2).lower()) if match else None


def model_files(folder: Path) -> tuple[Path, Path, Path]:
    return folder, folder / SPM_FILES[0], folder / SPM_FILES[1]


def _has_vocabulary(folder: Path) -> bool:
    for suffix in (".json", ".txt"):
        if (folder / f"shared_vocabulary{suffix}").is_file():
            return True
        if (folder / f"source_vocabulary{suffix}").is_file() and (
            folder / f"target_vocabulary{suffix}"
        ).is_file():
            return True
    return False
