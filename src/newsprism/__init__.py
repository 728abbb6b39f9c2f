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

# The `render` subpackage is imported here, before the function of the same name is bound:
# importing a subpackage sets the package attribute to the module the first time only, so a
# later `import newsprism.render.html` anywhere can no longer turn `newsprism.render(...)` into
# a module (the subpackage is light: no heavy library is imported by it).
from .render import render

if TYPE_CHECKING:
    from .api import analyse, read
    from .article import Article
    from .pipeline import Pipeline


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
    raise AttributeError(f"module 'newsprism' has no attribute {name!r}")
