"""OPML in and out: the reading-list format every feed reader imports and exports."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import quoteattr

from ..errors import InputError


def read_opml(data: bytes, source: str = "OPML") -> list[tuple[str, str | None]]:
    """(feed URL, title) for every ``<outline xmlUrl=…>`` at any depth."""
    import lxml.etree

    try:
        root = lxml.etree.fromstring(
            data, parser=lxml.etree.XMLParser(resolve_entities=False, no_network=True)
        )
    except lxml.etree.XMLSyntaxError as exc:
        raise InputError(
            f"{source} is not valid OPML: {exc}", hint="export the list again from your reader"
        ) from exc
    out = []
    for node in root.iter("outline"):
        url = node.get("xmlUrl") or node.get("xmlurl")
        if url:
            out.append((url.strip(), node.get("title") or node.get("text")))
    if not out and root.tag != "opml":
        raise InputError(f"{source} is not an OPML file", hint="give an .opml file or a feed URL")
    return out


def is_opml_file(source: str) -> bool:
    path = Path(source)
    if "://" in source or not path.is_file():
        return False
    return b"<opml" in path.read_bytes()[:2048].lower()


def write_opml(feeds: Iterable[tuple[str, str | None]], title: str = "newsprism feeds") -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_esc(title)}</title></head>",
        "  <body>",
    ]
    for url, name in feeds:
        text = quoteattr(name or url)
        lines.append(f'    <outline type="rss" text={text} title={text} xmlUrl={quoteattr(url)}/>')
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
