"""The versioned JSON Schema of the article output."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    text = resources.files("newsprism").joinpath("schema/article-1.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
