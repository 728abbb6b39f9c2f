"""Argos Translate packages (``.argosmodel``), read directly — without the argostranslate library.

A package is a zip of one folder holding ``metadata.json`` (``from_code``, ``to_code``,
``package_version`` …), ``model/`` (a CTranslate2 model: ``model.bin``, ``config.json`` and its
vocabulary) and ``sentencepiece.model``; usually also ``README.md`` and ``stanza/``, a sentence
splitter newsprism does not need (it splits sentences itself).  Packages that tokenize with BPE
(``bpe.model``, a few language pairs) need Moses tokenization and are refused with a clear error.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import ModelPackageError

REQUIRED = ("metadata.json", "model/model.bin", "model/config.json", "sentencepiece.model")


@dataclass(frozen=True)
class PackageInfo:
    """What ``metadata.json`` says, after checking the zip holds every file it needs."""

    code: str
    source: str
    target: str
    version: str
    #: the folder inside the zip that holds the package ("" when files sit at the root)
    root: str
    metadata: dict[str, Any]


def inspect_package(path: Path) -> PackageInfo:
    """Check an ``.argosmodel`` file without extracting it; raise ModelPackageError if it is bad."""
    if not zipfile.is_zipfile(path):
        raise ModelPackageError(f"{path} is not an Argos Translate package (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            _check_member_names(path, names)
            root = _package_root(path, names)
            missing = [f for f in REQUIRED if root + f not in names]
            if root + "bpe.model" in names and root + "sentencepiece.model" not in names:
                raise ModelPackageError(
                    f"{path.name} tokenizes with BPE (bpe.model), which newsprism does not support",
                    hint="use a package with sentencepiece.model, or a converted OPUS-MT model folder",
                )
            if missing:
                raise ModelPackageError(
                    f"{path.name} is missing {', '.join(missing)}",
                    hint="the download may be incomplete or this is not a translation package; get it again",
                )
            bad = archive.testzip()  # reads every member and checks its CRC-32
            if bad is not None:
                raise ModelPackageError(f"{path.name} is damaged: {bad} fails its checksum")
            metadata = _parse_metadata(path, archive.read(root + "metadata.json"))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ModelPackageError(f"{path} cannot be read as a zip archive: {exc}") from exc
    return _info(path, metadata, root)


def extract_package(path: Path, info: PackageInfo, dest: Path) -> None:
    """Extract the package folder's files into ``dest`` (which must not exist yet)."""
    dest.mkdir(parents=True)
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            if member.is_dir() or not member.filename.startswith(info.root):
                continue
            relative = member.filename[len(info.root) :]
            target = dest.joinpath(*PurePosixPath(relative).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as src, target.open("wb") as out:
                while chunk := src.read(1 << 20):
                    out.write(chunk)


def read_installed(folder: Path) -> PackageInfo:
    """The metadata of an extracted package folder, checked for the files loading needs."""
    missing = [f for f in REQUIRED if not (folder / f).is_file()]
    if missing:
        raise ModelPackageError(
            f"the installed model in {folder} is missing {', '.join(missing)}",
            hint=f"remove it with 'newsprism models remove {folder.name}' and install it again",
        )
    return _info(folder, _parse_metadata(folder, (folder / "metadata.json").read_bytes()), "")


def model_files(folder: Path) -> tuple[Path, Path, Path]:
    """The CTranslate2 model folder and the SentencePiece model for source and target."""
    spm = folder / "sentencepiece.model"
    return folder / "model", spm, spm


# -- helpers ----------------------------------------------------------------------------------


def _check_member_names(path: Path, names: list[str]) -> None:
    for name in names:
        parts = PurePosixPath(name).parts
        if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            raise ModelPackageError(
                f"{path.name} holds an unsafe file name {name!r}; not installed"
            )


def _package_root(path: Path, names: list[str]) -> str:
    if "metadata.json" in names:
        return ""
    roots = {n.split("/", 1)[0] for n in names if "/" in n}
    for root in sorted(roots):
        if f"{root}/metadata.json" in names:
            return f"{root}/"
    raise ModelPackageError(
        f"{path.name} has no metadata.json",
        hint="the download may be incomplete or this is not an Argos Translate package; get it again",
    )


def _parse_metadata(where: Path, raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelPackageError(f"metadata.json in {where.name} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ModelPackageError(f"metadata.json in {where.name} is not a JSON object")
    return data


def _info(where: Path, metadata: dict[str, Any], root: str) -> PackageInfo:
    source, target = metadata.get("from_code"), metadata.get("to_code")
    if not (isinstance(source, str) and source and isinstance(target, str) and target):
        raise ModelPackageError(
            f"metadata.json in {where.name} does not name its languages (from_code, to_code)",
            hint="newsprism reads one-pair translation packages; multilingual packages are not supported",
        )
    code = metadata.get("code")
    if not isinstance(code, str) or not code:
        code = f"translate-{source}_{target}"
    return PackageInfo(
        code=code,
        source=source,
        target=target,
        version=str(metadata.get("package_version") or "0"),
        root=root,
        metadata=metadata,
    )
