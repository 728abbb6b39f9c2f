"""Figures on a page: image, caption and photo credit.

Neither trafilatura nor readability keeps photo credits, and trafilatura drops most captions.
Here each figure is read from the page itself: every ``<figure>``, and the common wrappers
(``div.wp-caption``, ``div.photo`` …) that hold one image and a caption- or credit-classed
element.  The caption comes from ``<figcaption>`` or a caption-classed element; the credit from
a credit-classed element or a credit pattern inside the caption ("Photo: AGENCY/Name",
"Фото: …", "© …", "(AP Photo/Name)", "Image source, Getty Images"), which is then cut out of
the caption.  Where the figures go in the article is decided by :mod:`.placement`.

Round 29 (issue 11): a ``<figcaption>`` outside any ``<figure>`` makes a figure of its nearest
ancestor holding one image with an address (a picture's loading placeholder, a ``data:`` image,
is none, and a figure's image is its first one with an address); a class named ``descr``
(``photo_descr``) is a caption's.  Body F1 unchanged on every development page (captions are
figure blocks); captions read dev-a 461 → 491 and dev-b 435 → 439, credits 201 → 203 and
240 → 247; the body with captions in place dev-a +0.0060, dev-b −0.0000 (summed over the sets).

Round 30 (issue 11): a gallery's slides (a slider holding them all, each slide a box without a
class holding one picture and an element whose class says "caption") are figures too: a
caption-named text element (at most :data:`CAPTION_WORDS` words, no image inside) makes a figure
of its nearest ancestor holding one image, when that box holds little more than the caption
(:data:`SLIDE_EXTRA_WORDS`; a column or a short story set in a "caption" box is no slide).  Body
F1 summed over pages dev-a +0.115 (big9 and WCXB pages: gallery captions out of the body, 13
up, none down), dev-b (checked only) +0.132 (big9, evan-extract: 4 up, none down), the shared
sets' dev parts −0.054 (3 up; 2 down: a video player's caption a CleanPortalEval gold keeps in
its text, a Dragnet photo box); the body with
captions in place rises on the sets whose golds keep captions (written dev-a +0.18, dev-b +0.02
summed over pages) and falls where golds leave them out (big9, fundus, trafilatura-eval).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from ..urls import join_url
from .assemble import clean_inline
from .components import ELEMENT_NAME
from .htmlblocks import text_of

_CREDIT_CLASS = re.compile(
    r"credit|copyright|photographer|byline|source|attribution|courtesy|author|rights", re.I
)
_WORD = re.compile(r"\w+")
_CAPTION_CLASS = re.compile(r"caption|description|legend|subtitle|descr?\b|cutline", re.I)
#: wrappers that sites use instead of <figure>
_WRAPPER_CLASS = re.compile(
    r"(?:^|[\s_-])(?:wp-caption|image|img|photo|picture|media|figure|illustration|foto)(?:$|[\s_-])",
    re.I,
)
#: a credit at the end of a caption (shared with the scraped-text reader: keep its meaning)
CREDIT_PATTERN = re.compile(
    r"(?:^|(?<=[\s.;|(]))("
    r"(?:Photo(?:graph)?s?|Image(?: source)?|Picture|Illustration|Video|Credit|Screenshot|Фото(?:графия)?|Изображение|Иллюстрация|Кадр|Скриншот)"
    r"(?:\s*©)?\s*(?:[:,]|by\b)\s*[^\n]{2,120}"  # («Фото ©: пресс-служба»: the mark too)
    r"|©\s*[^\n]{2,120}"
    r"|\((?:Photo|Image|Фото)[^)]{2,100}\)"
    r")\s*$",
    re.I,
)
#: further credit forms seen in captions: "(AP Photo/Name)", "(Getty Images)", "Фото РИА Новости"
_MORE_CREDITS = re.compile(
    r"(?:^|(?<=[\s.;|]))("
    r"\((?:[A-Z][\w.&-]*\s){0,3}(?:Photo|Image|Foto|Фото)s?\b[^)]{0,100}\)"
    r"|\((?:Getty Images|Reuters|AFP|AP|EPA|Shutterstock|iStock|Alamy|ТАСС|РИА Новости)[^)]{0,60}\)"
    r"|Фото(?:графия)?\s+(?=[«A-ZА-ЯЁ])[^\n]{2,100}"
    r"|(?:Photo|Image)\s+(?:courtesy|credit)\b[^\n]{2,100}"
    r")\s*$"
)
_CAPTION_PREFIX = re.compile(r"^(?:Image caption|Caption|Подпись)\s*[,:]?\s*", re.I)


@dataclass(frozen=True)
class Figure:
    element: Any
    image: str | None
    caption: str | None
    credit: str | None
    alt: str | None

    @property
    def texts(self) -> list[str]:
        """What a leaked caption could look like in a paragraph."""
        parts = [p for p in (self.caption, self.credit) if p]
        if self.caption and self.credit:
            parts.append(f"{self.caption} {self.credit}")
        return parts


def split_credit(caption: str) -> tuple[str, str | None]:
    """Cut a trailing credit ("… Photo: REUTERS/Name") off a caption."""
    for pattern in (CREDIT_PATTERN, _MORE_CREDITS):
        m = pattern.search(caption)
        if m:
            return caption[: m.start(1)].strip(" |-—–"), m.group(1).strip("() ")
    return caption, None


def is_credit(line: str) -> bool:
    """A line that is nothing but a photo credit."""
    line = line.strip()
    return 0 < len(line) < 160 and any(
        (m := p.search(line)) is not None and m.start(1) == 0
        for p in (CREDIT_PATTERN, _MORE_CREDITS)
    )


def _src(img: Any, base: str | None) -> str | None:
    for attr in ("data-src", "data-original", "data-lazy-src", "src"):
        value = str(img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return join_url(base, value)
    srcset = str(img.get("srcset") or img.get("data-srcset") or "").strip()
    if srcset:
        first = srcset.split(",")[0].strip().split(" ")[0]
        return join_url(base, first)
    return None


def _classes(el: Any, named: bool = False) -> str:
    """The names the page gives ``el``: its class, itemprop and id, and (``named``: the page's
    custom elements were read as blocks) a custom element's own name (``<story-image-caption>``,
    kept by :mod:`.components`; read only then: an attribute more on every element of every
    figure cost about 2 % of extraction's time)."""
    names = f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('id') or ''}"
    return f"{names} {el.get(ELEMENT_NAME) or ''}" if named else names


#: how many levels above an image a wrapper with its caption may be
_WRAPPER_DEPTH = 4


def find_figures(tree: Any, base_url: str | None, *, elements_named: bool = False) -> list[Figure]:
    """Every figure on the page, outermost wrapper first, in document order.

    Walks up from each ``<img>`` and ``<figure>`` (libxml2 finds those fast) to the outermost
    ``<figure>`` or wrapper that holds this one image and its caption or credit.
    """
    out: list[Figure] = []
    taken: set[Any] = set()
    loose = _loose_captions(tree)
    for el in tree.iter("img", "figure"):
        if el in taken:
            continue
        best = el if el.tag == "figure" else None
        if el.tag == "img" and el in loose:
            best = loose[el]
        for depth, anc in enumerate(el.iterancestors()):
            if anc.tag in ("body", "html", "article", "main") or depth >= _WRAPPER_DEPTH:
                break
            if anc.tag == "figure" or (
                anc.tag in ("div", "span", "p", "section")
                and _WRAPPER_CLASS.search(
                    f"{anc.get('class') or ''} {anc.get(ELEMENT_NAME) or ''}"
                    if elements_named
                    else anc.get("class") or ""
                )
                and _is_wrapper(anc, elements_named)
            ):
                best = anc
        if best is None:
            continue
        taken.update(best.iter())
        fig = read_figure(best, base_url, elements_named)
        if fig is not None:
            out.append(fig)
    return out


#: elements whose class names them a caption ("fotorama__caption-text", "slide-caption")
_CAPTION_NAMED = etree.XPath("//*[contains(@class, 'aption')]")
#: a caption named by its class is a line of text: at most this many words …
CAPTION_WORDS = 40
#: … and the box it makes a figure of holds at most this many words more (a credit, a counter):
#: a column or a story that holds one picture is no slide
SLIDE_EXTRA_WORDS = 20


def _loose_captions(tree: Any) -> dict[Any, Any]:
    """Image → the element that makes it a figure with a caption outside any ``<figure>``: the
    caption's nearest ancestor (up to :data:`_WRAPPER_DEPTH` levels) holding exactly one image
    with an address.  The caption is a ``<figcaption>`` (HTML's own: a page that sets it in a
    ``<div>`` beside a picture's wrapper, a framework's hero image, means the same thing) or
    (round 30) a text element whose class says "caption" (a gallery's slides: each a
    ``<div>`` without a class holding one image and its caption, inside a slider that holds
    them all)."""
    found: dict[Any, Any] = {}
    named = {
        el: words
        for el in _CAPTION_NAMED(tree)
        if el.tag != "figcaption"
        and "caption" in el.get("class", "").lower()
        and el.find(".//img") is None
        and (words := len(_WORD.findall(text_of(el)))) <= CAPTION_WORDS
    }
    for caption in (*tree.iter("figcaption"), *named):
        if any(a.tag == "figure" for a in caption.iterancestors()):
            continue
        for depth, anc in enumerate(caption.iterancestors()):
            if anc.tag in ("body", "html", "article", "main") or depth >= _WRAPPER_DEPTH:
                break
            # (a placeholder shown while the picture loads has no address of its own)
            images = [img for img in anc.iter("img") if _src(img, None) is not None]
            if len(images) > 1:
                break
            if images:
                if caption not in named or (
                    len(_WORD.findall(text_of(anc))) <= named[caption] + SLIDE_EXTRA_WORDS
                ):
                    found.setdefault(images[0], anc)
                break
    return found


def _is_wrapper(el: Any, named: bool = False) -> bool:
    """One image and a caption or credit, and little else: a figure without the tag."""
    images = el.findall(".//img")
    if len(images) != 1:
        return False
    if el.find(".//p") is not None and len(el.findall(".//p")) > 2:
        return False
    return any(
        _CAPTION_CLASS.search(_classes(d, named)) or _CREDIT_CLASS.search(_classes(d, named))
        for d in el.iterdescendants()
        if isinstance(d.tag, str)
    )


def read_figure(fig: Any, base_url: str | None, named: bool = False) -> Figure | None:
    # the first image with an address (a placeholder shown while the picture loads has none)
    img = next((i for i in fig.iter("img") if _src(i, None) is not None), None)
    img = img if img is not None else next(fig.iter("img"), None)
    image = _src(img, base_url) if img is not None else None
    alt = (clean_inline(img.get("alt") or "") or None) if img is not None else None
    credit_parts: list[str] = []
    for el in fig.iter():
        if not isinstance(el.tag, str) or el.tag in ("img", "figure", "figcaption"):
            continue
        if el is not fig and _CREDIT_CLASS.search(_classes(el, named)):
            t = text_of(el)
            if t and len(t) < 200 and not any(t in p for p in credit_parts):
                credit_parts.append(t)
    caption_el = next(fig.iter("figcaption"), None)
    if caption_el is None:
        caption_el = next(
            (
                el
                for el in fig.iterdescendants()
                if isinstance(el.tag, str) and _CAPTION_CLASS.search(_classes(el, named))
            ),
            None,
        )
    caption = text_of(caption_el) if caption_el is not None else ""
    for part in credit_parts:
        caption = clean_inline(caption.replace(part, " "))
    caption = _CAPTION_PREFIX.sub("", caption)
    caption, pattern_credit = split_credit(caption)
    credit = " ".join(credit_parts) or pattern_credit
    if credit:
        credit = re.sub(r"^(?:Image source|Источник изображения)\s*,\s*", "", credit).strip()
        credit = credit if credit else None
    if not (image or caption or credit):
        return None
    if image is None and not caption:
        return None
    return Figure(fig, image=image, caption=caption or None, credit=credit or None, alt=alt)
