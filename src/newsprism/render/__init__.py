"""Renderers: an Article to JSON, Markdown, self-contained HTML or plain text."""

from __future__ import annotations

from ..article import Article
from ..errors import ConfigError
from ..registry import unknown_name_message

FORMATS = ("json", "md", "html", "text")
SUFFIXES = {"json": "json", "md": "md", "html": "html", "text": "txt"}


def render(article: Article, fmt: str) -> str:
    if fmt == "json":
        from .json import render_json

        return render_json(article)
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(article)
    if fmt == "html":
        from .html import render_html

        return render_html(article)
    if fmt == "text":
        from .text import render_text

        return render_text(article)
    raise ConfigError(unknown_name_message("format", fmt, list(FORMATS)))
