"""Structured extraction from an HTML page.

trafilatura finds the article body and keeps its structure (headings, lists, block quotes,
tables); the page's own ``<figure>`` elements give images with their caption and photo credit,
which trafilatura drops.  Metadata comes from trafilatura's metadata extractor plus the page's
``lang`` attribute and any machine-translation notice.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

from ..article import Metadata
from ..errors import NoArticleTextError
from .assemble import RawBlock, clean_inline
from .figures import FigureInfo, find_figures
from .notices import find_translation_notice


def parse(html: str) -> Any:
    try:
        return lxml.html.document_fromstring(
            html.encode("utf-8"),
            parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True),
        )
    except (etree.ParserError, ValueError) as exc:
        raise NoArticleTextError(f"the page could not be parsed as HTML: {exc}") from exc


def extract_html(html: str, url: str | None = None) -> tuple[str | None, list[RawBlock], Metadata]:
    import trafilatura

    tree = parse(html)
    figures = find_figures(tree, url)
    xml = trafilatura.extract(
        html,
        url=url,
        output_format="xml",
        include_images=True,
        include_tables=True,
        include_comments=False,
        with_metadata=False,
        include_formatting=False,
    )
    blocks = _xml_to_blocks(xml, figures) if xml else []
    metadata, title = _metadata(html, tree, url)
    if blocks and blocks[0].kind == "heading" and title and _same(blocks[0].text, title):
        blocks = blocks[1:]
    return title, blocks, metadata


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _same(a: str, b: str) -> bool:
    return _norm(a) == _norm(b) or _norm(b).startswith(_norm(a))


def _text(el: Any) -> str:
    return clean_inline(" ".join(el.itertext()))


def _xml_to_blocks(xml: str, figures: dict[str, FigureInfo]) -> list[RawBlock]:
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    out: list[RawBlock] = []
    for el in main if main is not None else []:
        tag = el.tag
        if tag == "head":
            rend = el.get("rend") or "h2"
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            out.append(RawBlock("heading", _text(el), level=level))
        elif tag == "p":
            out.append(RawBlock("paragraph", _text(el)))
        elif tag == "list":
            items = [_text(item) for item in el.iter("item")]
            out.append(RawBlock("list", "\n".join(i for i in items if i)))
        elif tag == "quote":
            out.append(RawBlock("quote", _text(el)))
        elif tag == "table":
            rows = [[_text(c) for c in row.iter("cell")] for row in el.iter("row")]
            out.append(RawBlock("table", rows=rows))
        elif tag == "graphic":
            src = el.get("src") or ""
            info = figures.get(src)
            if info:
                out.append(
                    RawBlock(
                        "figure",
                        caption=info.caption,
                        credit=info.credit,
                        image=info.image,
                        alt=info.alt,
                    )
                )
        elif _text(el):
            out.append(RawBlock("paragraph", _text(el)))
    return out


def _metadata(html: str, tree: Any, url: str | None) -> tuple[Metadata, str | None]:
    from trafilatura import extract_metadata

    meta = extract_metadata(tree, default_url=url)
    notice = find_translation_notice(
        _text(tree.find("body")) if tree.find("body") is not None else ""
    )
    authors = tuple(a.strip() for a in re.split(r";|\band\b|,", meta.author or "") if a.strip())
    return Metadata(
        site=meta.sitename or None,
        url=meta.url or url,
        published=meta.date or None,
        authors=authors,
        translated_by=notice[0] if notice else None,
        source_language=notice[1] if notice else None,
        description=meta.description or None,
        section=", ".join(meta.categories) if meta.categories else None,
        image=meta.image or None,
        extractor="trafilatura",
    ), (meta.title or None)


__all__ = ["extract_html", "parse"]
