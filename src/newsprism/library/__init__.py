"""The library: articles stored in SQLite with full-text search in Russian and English.

>>> from newsprism.library import Library
>>> with Library.open("library.sqlite") as lib:
...     article_id = lib.add(article)
...     hits = lib.search("инфляция lang:ru")
"""

from __future__ import annotations

from .store import Library, StoredArticle

__all__ = ["Library", "StoredArticle"]
