"""The attribution models and word lists shipped as JSON in ``newsprism/data``."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def packaged_json(name: str) -> dict[str, Any] | None:
    """The JSON file ``name`` of the package's data, or ``None`` when this install has none
    (a trimmed package: the component that needs it then does not run)."""
    try:
        raw = resources.files("newsprism").joinpath("data", name).read_text("utf-8")
    except FileNotFoundError:
        return None
    data: dict[str, Any] = json.loads(raw)
    return data
