"""newsprism: an offline reader for news articles.

>>> import newsprism
>>> article = newsprism.read("page.html")          # a path, an http(s) URL, "-" or bytes
>>> article = newsprism.analyse(article)           # every analysis stage that is installed
>>> print(newsprism.render(article, "md"))

Heavy libraries load on first use, so importing newsprism is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Article", "Pipeline", "analyse", "read", "render", "__version__"]

if TYPE_CHECKING:
    from .api import analyse, read
    from .article import Article
    from .pipeline import Pipeline
    from .render import render


def __getattr__(name: str) -> Any:
    if name in ("read", "analyse"):
        from . import api

        return getattr(api, name)
    if name == "Article":
        from .article import Article

        return Article
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    if name == "render":
        from .render import render

        return render
    raise AttributeError(f"module 'newsprism' has no attribute {name!r}")
