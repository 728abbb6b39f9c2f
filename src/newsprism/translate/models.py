"""Installed translation models: list, find, install, remove, load.

Models live in ``<newsprism home>/models/translate/<name>/``, one folder per model, each with a
``metadata.json`` (an Argos package's own, or one newsprism writes for a Marian folder).  Installing
unpacks into a temporary folder beside the final one and renames it into place, so an interrupted
install leaves no half-written model behind.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .. import home
from ..errors import LanguagePairError, ModelMissingError, ModelPackageError
from ..registry import Registry
from . import argos, download, marian
from .download import Progress
from .engine import CT2Engine, EngineSettings, load_engine, unload_all

if TYPE_CHECKING:
    import httpx

#: how the user asks for the Russian→English model when online
INDEX_NAME = re.compile(r"^(?:translate-)?([a-z]{2,3})[-_]([a-z]{2,3})$")


def translate_dir() -> Path:
    return home.models_dir() / "translate"


@dataclass(frozen=True)
class InstalledModel:
    name: str
    #: ``argos`` or ``marian``: which backend loads it
    kind: str
    path: Path
    source: str
    target: str
    version: str
    #: the family of models, as a page would name its translator
    translator: str

    @property
    def model_id(self) -> str:
        """Name and version: what a cached translation is keyed on."""
        return f"{self.name}@{self.version}"

    def size_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())


def install_hint(source: str, target: str) -> str:
    return (
        f"run 'newsprism models install translate-{source}-{target}' (online), or "
        f"'newsprism models install FILE.argosmodel' with a package you downloaded"
    )


# -- listing and finding ----------------------------------------------------------------------


def list_models() -> tuple[list[InstalledModel], list[tuple[Path, str]]]:
    """Installed models, and the folders that are not usable models with the reason why."""
    models: list[InstalledModel] = []
    broken: list[tuple[Path, str]] = []
    root = translate_dir()
    if not root.is_dir():
        return models, broken
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        try:
            models.append(_read_model(folder))
        except ModelPackageError as exc:
            broken.append((folder, exc.message))
    return models, broken


def get_model(name: str) -> InstalledModel:
    """The installed model called ``name``."""
    for model in list_models()[0]:
        if model.name == name:
            return model
    raise ModelMissingError(
        f"no translation model named {name!r} is installed",
        hint="run 'newsprism models list' to see the installed models",
    )


def find_model(source: str, target: str, name: str | None = None) -> InstalledModel:
    """The installed model for ``source``→``target`` (or the one called ``name``)."""
    if name is not None:
        model = get_model(name)
        if (model.source, model.target) != (source, target):
            raise LanguagePairError(
                f"model {name!r} translates {model.source}→{model.target}, not {source}→{target}"
            )
        return model
    pair = [m for m in list_models()[0] if (m.source, m.target) == (source, target)]
    if not pair:
        raise ModelMissingError(
            f"no {source}→{target} translation model is installed",
            hint=install_hint(source, target),
        )
    # several for one pair: the newest version wins
    return max(pair, key=lambda m: _version_key(m.version))


# -- installing and removing ------------------------------------------------------------------


def install_package(path: Path) -> InstalledModel:
    """Install an ``.argosmodel`` file (checked before anything is written)."""
    info = argos.inspect_package(path)
    return _place(info.code, lambda tmp: argos.extract_package(path, info, tmp))


def install_marian(
    folder: Path, source: str | None = None, target: str | None = None
) -> InstalledModel:
    """Install a converted OPUS-MT/Marian folder (copied; the original is left alone)."""
    marian.check_folder(folder)
    if source is None or target is None:
        guessed = marian.languages_from_name(folder.name)
        if guessed is None:
            raise ModelPackageError(
                f"cannot tell the languages of {folder.name}",
                hint="give them with --from and --to (e.g. --from ru --to en)",
            )
        source, target = source or guessed[0], target or guessed[1]
    name = f"opus-mt-{source}-{target}"
    metadata = {
        "type": "marian",
        "name": name,
        "from_code": source,
        "to_code": target,
        "package_version": "1.0",
        "installed_from": folder.name,
    }

    def fill(tmp: Path) -> None:
        shutil.copytree(folder, tmp)
        (tmp / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")

    return _place(name, fill)


def install_path(
    path: Path, source: str | None = None, target: str | None = None
) -> InstalledModel:
    """Install a file or folder: an ``.argosmodel``, an unpacked Argos package or a Marian folder."""
    if not path.exists():
        raise ModelPackageError(f"{path} does not exist", hint="check the path")
    if path.is_dir():
        if (path / "metadata.json").is_file() and (path / "model").is_dir():
            info = argos.read_installed(path)
            return _place(info.code, lambda tmp: shutil.copytree(path, tmp))
        return install_marian(path, source, target)
    return install_package(path)


def install_from_index(
    name: str,
    *,
    sha256: str | None = None,
    progress: Progress | None = None,
    client: httpx.Client | None = None,
) -> tuple[InstalledModel, str]:
    """Download ``translate-ru-en`` (or ``ru-en``, ``translate-ru_en``) from the Argos package index.

    Returns the installed model and the SHA-256 of the downloaded package.
    """
    match = INDEX_NAME.match(name.lower())
    if match is None:
        raise ModelMissingError(
            f"{name!r} is neither a file nor a package name like 'translate-ru-en'",
            hint="give a path to an .argosmodel file or a model folder, or a name like translate-ru-en",
        )
    entry = download.find_entry(download.fetch_index(client), match.group(1), match.group(2))
    root = translate_dir()
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".download-", dir=root) as tmp:
        file = Path(tmp) / f"{entry.code}.argosmodel"
        digest = download.download_package(
            entry, file, sha256=sha256, progress=progress, client=client
        )
        return install_package(file), digest


def remove_model(name: str) -> InstalledModel | Path:
    """Delete an installed model (or a broken model folder) by name."""
    folder = translate_dir() / name
    if not name or "/" in name or name.startswith(".") or not folder.is_dir():
        models, broken = list_models()
        known = [m.name for m in models] + [p.name for p, _ in broken]
        from ..registry import unknown_name_message

        raise ModelMissingError(
            unknown_name_message("installed model", name, known),
            hint="run 'newsprism models list' to see the installed models",
        )
    try:
        removed: InstalledModel | Path = _read_model(folder)
    except ModelPackageError:
        removed = folder
    unload_all()
    shutil.rmtree(folder)
    return removed


def _place(name: str, fill: Callable[[Path], Any]) -> InstalledModel:
    root = translate_dir()
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=root))
    try:
        tmp = staging / "model"
        fill(tmp)
        _read_model(tmp, name=name)  # check the unpacked model before it replaces anything
        final = root / name
        if final.exists():  # a reinstall or a newer version replaces the old one
            unload_all()
            shutil.rmtree(final)
        tmp.rename(final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return _read_model(final)


# -- loading ----------------------------------------------------------------------------------


class Backend(Protocol):
    """Finds a model's files and loads them (tests and plugins may register their own)."""

    def load(self, model: InstalledModel, settings: EngineSettings) -> Translator: ...


class Translator(Protocol):
    def translate(self, texts: list[str]) -> list[str]: ...


class _CT2Backend:
    def __init__(self, files: Callable[[Path], tuple[Path, Path, Path]]) -> None:
        self._files = files

    def load(self, model: InstalledModel, settings: EngineSettings) -> CT2Engine:
        model_dir, source_spm, target_spm = self._files(model.path)
        return load_engine(model_dir, source_spm, target_spm, settings)


backends: Registry[Backend] = Registry("translation backend")
backends.register("argos")(lambda: _CT2Backend(argos.model_files))
backends.register("marian")(lambda: _CT2Backend(marian.model_files))


def load_translator(model: InstalledModel, settings: EngineSettings) -> Translator:
    return backends.get(model.kind).load(model, settings)


# -- helpers ----------------------------------------------------------------------------------


def _read_model(folder: Path, name: str | None = None) -> InstalledModel:
    metadata_path = folder / "metadata.json"
    if not metadata_path.is_file():
        raise ModelPackageError(f"{folder.name} has no metadata.json")
    try:
        metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelPackageError(f"metadata.json in {folder.name} cannot be read: {exc}") from exc
    if isinstance(metadata, dict) and metadata.get("type") == "marian":
        marian.check_folder(folder)
        return InstalledModel(
            name=name or folder.name,
            kind="marian",
            path=folder,
            source=str(metadata["from_code"]),
            target=str(metadata["to_code"]),
            version=str(metadata.get("package_version", "1.0")),
            translator="OPUS-MT",
        )
    info = argos.read_installed(folder)
    return InstalledModel(
        name=name or folder.name,
        kind="argos",
        path=folder,
        source=info.source,
        target=info.target,
        version=info.version,
        translator="Argos Translate",
    )


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", version))
