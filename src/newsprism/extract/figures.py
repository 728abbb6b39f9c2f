"""Figures on a page: image, caption and photo credit.

Neither trafilatura nor readability keeps photo credits, and trafilatura drops most captions.
Here every ``<figure>`` (and the common ``div.photo``/``div.image`` wrappers) is read on its own:
the caption comes from ``<figcaption>`` or a caption-classed element, the credit from a
credit-classed element or a credit pattern inside the caption ("Photo: AGENCY/Name", "Фото: …",
"© …", "Image source, Getty Images"), which is then cut out of the caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from .assemble import clean_inline

_CREDIT_CLASS = re.compile(
    r"credit|copyright|photographer|byline|source|attribution|courtesy|author", re.I
)
_CAPTION_CLASS = re.compile(r"caption|description|legend|subtitle", re.I)
CREDIT_PATTERN = re.compile(
    r"(?:^|(?<=[\s.;|(]))("
    r"(?:Photo(?:graph)?s?|Image(?: source)?|Picture|Illustration|Video|Credit|Фото(?:графия)?|Изображение|Иллюстрация|Кадр)"
    r"\s*(?:[:,]|by\b)\s*[^\n]{2,120}"
    r"|©\s*[^\n]{2,120}"
    r"|\((?:Photo|Image|Фото)[^)]{2,100}\)"
    r")\s*$",
    re.I,
)


@dataclass(frozen=True)
class FigureInfo:
    image: str | None
    caption: str | None
    credit: str | None
    alt: str | None


def split_credit(caption: str) -> tuple[str, str | None]:
    """Cut a trailing credit ("… Photo: REUTERS/Name") off a caption."""
    m = CREDIT_PATTERN.search(caption)
    if not m:
        return caption, None
    return caption[: m.start(1)].strip(" |-—–"), m.group(1).strip("() ")


def _src(img: Any, base: str | None) -> str | None:
    for attr in ("src", "data-src", "data-original", "data-lazy-src"):
        value = str(img.get(attr) or "")
        if value and not value.startswith("data:"):
            return urljoin(base, value) if base else value
    srcset = str(img.get("srcset") or img.get("data-srcset") or "")
    if srcset:
        first = srcset.split(",")[0].strip().split(" ")[0]
        return urljoin(base, first) if base else first
    return None


def _raw_src(img: Any) -> str | None:
    for attr in ("src", "data-src", "data-original", "data-lazy-src"):
        value = img.get(attr)
        if value:
            return str(value)
    return None


def find_figures(tree: Any, base_url: str | None) -> dict[str, FigureInfo]:
    """Map each figure image's ``src`` (as written on the page) to its figure information."""
    out: dict[str, FigureInfo] = {}
    for fig in tree.iter("figure"):
        info = read_figure(fig, base_url)
        img = next(fig.iter("img"), None)
        raw = _raw_src(img) if img is not None else None
        if raw and info:
            out[raw] = info
    return out


def read_figure(fig: Any, base_url: str | None) -> FigureInfo | None:
    img = next(fig.iter("img"), None)
    image = _src(img, base_url) if img is not None else None
    alt = clean_inline(img.get("alt") or "") or None if img is not None else None
    credit_parts: list[str] = []
    for el in fig.iter():
        cls = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
        if el.tag in ("span", "small", "p", "div", "cite", "em") and _CREDIT_CLASS.search(cls):
            t = clean_inline(" ".join(el.itertext()))
            if t and t not in credit_parts:
                credit_parts.append(t)
    caption_el = next(fig.iter("figcaption"), None)
    if caption_el is None:
        caption_el = next(
            (el for el in fig.iter() if _CAPTION_CLASS.search(el.get("class") or "")), None
        )
    caption = clean_inline(" ".join(caption_el.itertext())) if caption_el is not None else ""
    for part in credit_parts:
        caption = clean_inline(caption.replace(part, " "))
    caption, pattern_credit = split_credit(caption)
    credit = " ".join(credit_parts) or pattern_credit
    if not (image or caption or credit):
        return None
    return FigureInfo(image=image, caption=caption or None, credit=credit or None, alt=alt)
