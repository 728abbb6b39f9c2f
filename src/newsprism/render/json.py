"""The public JSON contract (``newsprism.article/1``)."""

from __future__ import annotations

import json
from typing import Any

from ..article import Article


def render_json(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"


def parse_json(text: str) -> Article:
    data: Any = json.loads(text)
    return Article.from_dict(data)
