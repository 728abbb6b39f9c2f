from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from publisher import Publisher

from newsprism.feeds import SimulatedClock

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


@pytest.fixture(scope="session")
def tiny_model_builder() -> Any:
    """tests/fixtures/translate/tiny_model.py: builds a tiny real translation model from scratch."""
    import importlib.util
    import sys

    name = "newsprism_tiny_translation_model"
    spec = importlib.util.spec_from_file_location(name, FIXTURES / "translate" / "tiny_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def tiny_translation_models(
    tiny_model_builder: Any, tmp_path_factory: pytest.TempPathFactory
) -> Any:
    """A tiny ru→en model (.argosmodel and OPUS-MT folder), built once per test session."""
    return tiny_model_builder.build(tmp_path_factory.mktemp("tiny-translation-model"))


# The feed tests' simulated time and publisher (tests/publisher.py), shared by every feed test file.
@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock()


@pytest.fixture
def site(clock: SimulatedClock) -> Iterator[Publisher]:
    with Publisher(clock) as p:
        yield p
