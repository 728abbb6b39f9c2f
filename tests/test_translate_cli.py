"""``newsprism translate`` and ``newsprism models`` end to end (CliRunner, no network)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsprism.cli import app

FIXTURE = str(Path(__file__).parent / "fixtures" / "translate" / "ru-bridge.html")
runner = CliRunner()


def run(*args: str) -> Any:
    return runner.invoke(app, list(args))


def test_every_command_has_help() -> None:
    for args in (
        ["translate"],
        ["models"],
        ["models", "list"],
        ["models", "install"],
        ["models", "remove"],
    ):
        result = run(*args, "--help")
        assert result.exit_code == 0, result.output
        assert "Usage" in result.output


def test_models_lifecycle_and_translate(tiny_translation_models: Any, tmp_path: Path) -> None:
    empty = run("models", "list")
    assert empty.exit_code == 0
    assert "No translation models installed" in empty.output
    assert "newsprism models install translate-ru-en" in empty.output

    installed = run("models", "install", str(tiny_translation_models.argos_package))
    assert installed.exit_code == 0, installed.output
    assert "installed translate-ru_en (ru→en, version 1.9)" in installed.output

    listing = run("models", "list")
    assert listing.output.splitlines()[0].split() == ["NAME", "PAIR", "VERSION", "KIND", "SIZE"]
    assert listing.output.splitlines()[1].split()[:4] == [
        "translate-ru_en",
        "ru→en",
        "1.9",
        "argos",
    ]

    out = tmp_path / "ru.json"
    result = run(
        "translate", FIXTURE, "--to", "en", "--no-analyse", "--beam-size", "1", "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["stages"][-1] == "translate"
    t = data["translation"]
    assert t["translator"] == "Argos Translate" and t["model"]["name"] == "translate-ru_en"
    assert [s["source"] for s in t["sentences"]] == [s["id"] for s in data["sentences"]]

    html = tmp_path / "ru.html"
    assert (
        run("translate", FIXTURE, "--no-analyse", "--beam-size", "1", "-o", str(html)).exit_code
        == 0
    )
    assert 'lang="en"' in html.read_text(encoding="utf-8")

    text = run("translate", FIXTURE, "--no-analyse", "--beam-size", "1", "-f", "text")
    assert text.exit_code == 0 and "The Kremlin declined to comment." in text.output

    removed = run("models", "remove", "translate-ru_en")
    assert removed.exit_code == 0 and "removed translate-ru_en" in removed.output
    assert "No translation models installed" in run("models", "list").output


def test_translate_without_a_model_fails_clearly_and_read_still_works() -> None:
    result = run("translate", FIXTURE, "--no-analyse")
    assert result.exit_code == 1
    assert "no ru→en translation model is installed" in result.output
    assert "newsprism models install translate-ru-en" in result.output
    assert "Traceback" not in result.output
    read = run("read", FIXTURE, "--no-analyse", "-f", "text")
    assert read.exit_code == 0 and "Северогорск" in read.output


def test_install_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "broken.argosmodel"
    bad.write_bytes(b"PK\x03\x04 definitely not a zip")
    result = run("models", "install", str(bad))
    assert result.exit_code == 1 and "not a zip archive" in result.output

    missing = run("models", "install", str(tmp_path / "nowhere.argosmodel"))
    assert missing.exit_code == 1 and "does not exist" in missing.output

    monkeypatch.setenv("NEWSPRISM_ARGOS_INDEX", "https://127.0.0.1:9/index.json")
    offline = run("models", "install", "translate-ru-en")
    assert offline.exit_code == 4
    assert "cannot download the Argos package index" in offline.output
    assert "newsprism models install FILE.argosmodel" in offline.output

    unknown = run("models", "remove", "translate-xx_en")
    assert unknown.exit_code == 1 and "unknown installed model" in unknown.output
