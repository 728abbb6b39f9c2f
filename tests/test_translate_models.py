"""Installing, listing, removing and downloading translation models, and refusing bad packages."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsprism.errors import (
    LanguagePairError,
    ModelDownloadError,
    ModelMissingError,
    ModelPackageError,
)
from newsprism.translate import argos, download, models


def installed_names() -> list[str]:
    return [m.name for m in models.list_models()[0]]


def leftovers() -> list[str]:
    root = models.translate_dir()
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_install_list_remove_argos_package(tiny_translation_models: Any) -> None:
    assert models.list_models() == ([], [])
    model = models.install_path(tiny_translation_models.argos_package)
    assert (model.name, model.kind, model.source, model.target, model.version) == (
        "translate-ru_en",
        "argos",
        "ru",
        "en",
        "1.9",
    )
    assert model.translator == "Argos Translate"
    assert model.model_id == "translate-ru_en@1.9"
    for f in argos.REQUIRED:
        assert (model.path / f).is_file(), f
    assert model.path.parent == models.translate_dir()
    assert installed_names() == ["translate-ru_en"]
    assert models.find_model("ru", "en") == model
    assert model.size_bytes() > 100_000

    # installing again replaces it, leaving no staging folders behind
    again = models.install_path(tiny_translation_models.argos_package)
    assert again == model
    assert leftovers() == ["translate-ru_en"]

    removed = models.remove_model("translate-ru_en")
    assert isinstance(removed, models.InstalledModel) and removed.name == "translate-ru_en"
    assert installed_names() == []
    with pytest.raises(ModelMissingError) as err:
        models.find_model("ru", "en")
    assert "newsprism models install translate-ru-en" in err.value.hint


def test_install_marian_folder(tiny_translation_models: Any, tmp_path: Path) -> None:
    model = models.install_path(tiny_translation_models.marian_dir)
    assert (model.name, model.kind, model.source, model.target) == (
        "opus-mt-ru-en",
        "marian",
        "ru",
        "en",
    )
    assert model.translator == "OPUS-MT"
    assert (tiny_translation_models.marian_dir / "model.bin").exists()  # the original is left alone

    # a folder whose name does not tell the languages needs --from/--to
    plain = tmp_path / "converted"
    shutil.copytree(tiny_translation_models.marian_dir, plain)
    with pytest.raises(ModelPackageError, match="cannot tell the languages"):
        models.install_path(plain)
    other = models.install_path(plain, "uk", "en")
    assert (other.name, other.source) == ("opus-mt-uk-en", "uk")


def test_marian_folder_without_spm_is_refused(tiny_translation_models: Any, tmp_path: Path) -> None:
    folder = tmp_path / "opus-mt-ru-en-ct2"
    shutil.copytree(tiny_translation_models.marian_dir, folder)
    (folder / "target.spm").unlink()
    with pytest.raises(ModelPackageError, match="target.spm") as err:
        models.install_path(folder)
    assert "source.spm and target.spm" in err.value.hint
    assert installed_names() == []


def test_newest_version_wins_and_named_lookup(tiny_translation_models: Any, tmp_path: Path) -> None:
    models.install_path(tiny_translation_models.argos_package)
    models.install_path(tiny_translation_models.marian_dir)
    assert models.find_model("ru", "en").name == "translate-ru_en"  # 1.9 beats 1.0
    assert models.find_model("ru", "en", "opus-mt-ru-en").kind == "marian"
    with pytest.raises(LanguagePairError, match="ru→en, not de→en"):
        models.find_model("de", "en", "opus-mt-ru-en")
    with pytest.raises(ModelMissingError, match="no translation model named 'nope'"):
        models.find_model("ru", "en", "nope")


def test_remove_unknown_names_the_closest(tiny_translation_models: Any) -> None:
    models.install_path(tiny_translation_models.argos_package)
    with pytest.raises(ModelMissingError, match="did you mean 'translate-ru_en'"):
        models.remove_model("translate-ru-en")
    with pytest.raises(ModelMissingError):
        models.remove_model("../translate")
    assert installed_names() == ["translate-ru_en"]


# -- damaged packages -------------------------------------------------------------------------


def repack(src: Path, dest: Path, edit: Any) -> Path:
    """Copy a zip member by member; ``edit(name, data)`` returns new data, or None to drop it."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for item in zin.infolist():
            data = edit(item.filename, zin.read(item))
            if data is not None:
                zout.writestr(item.filename, data)
    return dest


def test_not_a_zip(tmp_path: Path) -> None:
    bad = tmp_path / "model.argosmodel"
    bad.write_bytes(b"<html>404 Not Found</html>")
    with pytest.raises(ModelPackageError, match="not a zip archive"):
        models.install_path(bad)
    assert leftovers() == []


def test_truncated_download(tiny_translation_models: Any, tmp_path: Path) -> None:
    data = tiny_translation_models.argos_package.read_bytes()
    cut = tmp_path / "cut.argosmodel"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelPackageError):
        models.install_path(cut)
    assert leftovers() == []


def test_damaged_member_fails_its_crc(tiny_translation_models: Any, tmp_path: Path) -> None:
    # stored (not deflated) so that flipping a byte leaves a readable zip with a wrong CRC
    stored = repack(
        tiny_translation_models.argos_package, tmp_path / "stored.argosmodel", lambda n, d: d
    )
    raw = bytearray(stored.read_bytes())
    with zipfile.ZipFile(stored) as z:
        info = z.getinfo("translate-ru_en-1_9/model/model.bin")
    at = info.header_offset + 30 + len(info.filename) + 1000
    raw[at] ^= 0xFF
    stored.write_bytes(bytes(raw))
    with pytest.raises(ModelPackageError, match="model.bin fails its checksum"):
        models.install_path(stored)
    assert leftovers() == []


@pytest.mark.parametrize(
    "missing", ["metadata.json", "sentencepiece.model", "model/model.bin", "model/config.json"]
)
def test_missing_file_in_package(
    tiny_model_builder: Any, tiny_translation_models: Any, tmp_path: Path, missing: str
) -> None:
    package = tiny_model_builder.pack_argos(
        tmp_path / "x.argosmodel",
        tiny_translation_models.ct2_dir,
        tiny_translation_models.sentencepiece,
        skip=(missing,),
    )
    with pytest.raises(ModelPackageError, match=missing.split("/")[-1]):
        models.install_path(package)
    assert leftovers() == []


def test_metadata_without_languages(
    tiny_model_builder: Any, tiny_translation_models: Any, tmp_path: Path
) -> None:
    package = tiny_model_builder.pack_argos(
        tmp_path / "x.argosmodel",
        tiny_translation_models.ct2_dir,
        tiny_translation_models.sentencepiece,
        metadata={"package_version": "1.0", "type": "translate"},
    )
    with pytest.raises(ModelPackageError, match="from_code, to_code"):
        models.install_path(package)


def test_bpe_package_is_refused(tiny_translation_models: Any, tmp_path: Path) -> None:
    def to_bpe(name: str, data: bytes) -> bytes | None:
        if name.endswith("sentencepiece.model"):
            return None
        return data

    package = repack(tiny_translation_models.argos_package, tmp_path / "bpe.argosmodel", to_bpe)
    with zipfile.ZipFile(package, "a") as z:
        z.writestr("translate-ru_en-1_9/bpe.model", "#version: 0.2\n")
    with pytest.raises(ModelPackageError, match="BPE"):
        models.install_path(package)


def test_unsafe_member_names_are_refused(tiny_translation_models: Any, tmp_path: Path) -> None:
    package = repack(
        tiny_translation_models.argos_package, tmp_path / "evil.argosmodel", lambda n, d: d
    )
    with zipfile.ZipFile(package, "a") as z:
        z.writestr("../../outside.txt", "gotcha")
    with pytest.raises(ModelPackageError, match="unsafe file name"):
        models.install_path(package)
    assert not (tmp_path.parent / "outside.txt").exists()


def test_broken_installed_folder_is_listed_and_removable(tiny_translation_models: Any) -> None:
    model = models.install_path(tiny_translation_models.argos_package)
    (model.path / "sentencepiece.model").unlink()
    good, broken = models.list_models()
    assert good == []
    assert [(p.name, "sentencepiece.model" in why) for p, why in broken] == [
        ("translate-ru_en", True)
    ]
    assert models.remove_model("translate-ru_en") == model.path
    assert models.list_models() == ([], [])


# -- the package index (no network: an in-process HTTP transport) -----------------------------


def index_client(package: bytes, *, status: int = 200) -> tuple[httpx.Client, list[str]]:
    requested: list[str] = []
    entries = [
        {
            "package_version": "1.9",
            "argos_version": "1.9",
            "from_code": "ru",
            "from_name": "Russian",
            "to_code": "en",
            "to_name": "English",
            "links": [
                "ipfs://Qm-not-used",
                "https://models.example/translate-ru_en-1_9.argosmodel",
            ],
            "code": "translate-ru_en",
        }
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.path.endswith("index.json"):
            return httpx.Response(200, json=entries)
        return httpx.Response(status, content=package)

    return httpx.Client(transport=httpx.MockTransport(handler)), requested


def test_install_from_index_with_progress_and_checksum(tiny_translation_models: Any) -> None:
    data = tiny_translation_models.argos_package.read_bytes()
    client, requested = index_client(data)
    seen: list[tuple[int, int | None]] = []
    model, digest = models.install_from_index(
        "translate-ru-en",
        sha256=hashlib.sha256(data).hexdigest(),
        progress=lambda done, total: seen.append((done, total)),
        client=client,
    )
    assert digest == hashlib.sha256(data).hexdigest()
    assert model.name == "translate-ru_en" and installed_names() == ["translate-ru_en"]
    assert requested == [
        download.INDEX_URL,
        "https://models.example/translate-ru_en-1_9.argosmodel",
    ]
    assert seen and seen[-1] == (len(data), len(data))
    assert leftovers() == ["translate-ru_en"]  # the downloaded zip is not kept


def test_install_from_index_refuses_a_wrong_checksum(tiny_translation_models: Any) -> None:
    client, _ = index_client(tiny_translation_models.argos_package.read_bytes())
    with pytest.raises(ModelDownloadError, match="expected 0000"):
        models.install_from_index("ru-en", sha256="0" * 64, client=client)
    assert installed_names() == [] and leftovers() == []


def test_install_from_index_unknown_pair_and_http_error(tiny_translation_models: Any) -> None:
    client, _ = index_client(b"", status=404)
    with pytest.raises(ModelMissingError, match="no xx→en package"):
        models.install_from_index("translate-xx-en", client=client)
    with pytest.raises(ModelDownloadError, match="HTTP 404"):
        models.install_from_index("translate-ru-en", client=client)
    with pytest.raises(ModelMissingError, match="neither a file nor a package name"):
        models.install_from_index("the russian one")


def test_offline_install_fails_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    # loopback is refused before any connection is made, as any non-public address is
    monkeypatch.setenv("NEWSPRISM_ARGOS_INDEX", "https://127.0.0.1:9/index.json")
    with pytest.raises(ModelDownloadError) as err:
        models.install_from_index("translate-ru-en")
    assert "Argos package index" in err.value.message
    assert "newsprism models install FILE.argosmodel" in err.value.hint
    assert err.value.exit_code == 4


def test_index_entry_parsing() -> None:
    entries: list[dict[str, Any]] = json.loads(
        '[{"from_code": "ru", "to_code": "en", "package_version": "1.9", "sha256": "ABC",'
        ' "links": ["ipfs://x", "http://insecure.example/a", "https://ok.example/b"]}]'
    )
    entry = download.find_entry(entries, "ru", "en")
    assert entry.code == "translate-ru_en"
    assert entry.links == ("https://ok.example/b",)
    assert entry.sha256 == "abc"
