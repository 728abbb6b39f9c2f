from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests never touch the user's real newsprism home."""
    monkeypatch.setenv("NEWSPRISM_HOME", str(tmp_path_factory.mktemp("home")))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
