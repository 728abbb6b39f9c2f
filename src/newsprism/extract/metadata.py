"""Page metadata: title, site, canonical URL, dates, authors, declared language.

Read first from what publishers put there for machines: JSON-LD (schema.org ``NewsArticle`` and
kin), Open Graph and ``article:*`` meta tags, ``<link rel=canonical>``, ``<html lang>``.  Only
then from the page's visible byline and ``<time>`` elements, and htmldate for a date printed in the
text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree

from ..urls import join_url, split_url
from .assemble import clean_inline

_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Posting|Report|WebPage|NewsArticle", re.I)
_BY = re.compile(r"^(?:by|от|автор[ы]?:?)\s+", re.I)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&|\bи\b)\s*")
#: markup inside a meta value or a JSON-LD name (a CMS that puts the byline's HTML there): the
#: reader showed "<a href=…>Jane Roe</a>" or a script's text as the author's name
_MARKUP = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|$)|<[a-zA-Z/!][^<>]*>", re.I | re.S)
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


@dataclass
class PageMeta:
    title: str | None = None
    site: str | None = None
    url: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    description: str | None = None
    section: str | None = None
    image: str | None = None
    language: str | None = None
    #: the page declares itself a live blog (schema.org ``LiveBlogPosting``, in JSON-LD or
    #: microdata): its article is every post, not the one a reader's container holds
    live: bool = False


def _first(*values: Any) -> str | None:
    for v in values:
        if isinstance(v, list) and v:
            v = v[0]
        if isinstance(v, dict):
            v = v.get("name") or v.get("@id") or v.get("url")
        if isinstance(v, str) and clean_inline(v):
            return clean_inline(v)
    return None


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    """schema.org objects from every JSON-LD script, flattened out of ``@graph`` and lists."""
    out: list[dict[str, Any]] = []
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip().rstrip(";")
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return out


def strip_markup(text: str) -> str:
    """``text`` on one line without the tags (and script or style contents) someone left in it."""
    return clean_inline(_MARKUP.sub(" ", text))


def _web_or_relative(ref: str) -> bool:
    parts = split_url(ref)
    return parts is not None and parts.scheme.lower() in ("", "http", "https")


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, str):
        return [value]
    return []


def clean_authors(raw: list[str]) -> list[str]:
    out: list[str] = []
    for item in raw:
        item = _BY.sub("", strip_markup(item))
        if not item or item.startswith(("http://", "https://", "/")):
            continue
        for name in _AUTHOR_SPLIT.split(item):
            name = name.strip(" .|-")
            if re.search(r"\d", name):  # "3 March 2026" after the name in a byline
                continue
            if name and len(name) < 80 and name.lower() not in (a.lower() for a in out):
                out.append(name)
    return out


def normalise_date(value: str | None) -> str | None:
    """ISO 8601 when the value parses as such (``Z`` accepted), else ``None``."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text  # a date without a time stays a date
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{4}", text):
        text = text[:-2] + ":" + text[-2:]  # +0300 → +03:00
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _metas(tree: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iterfind(".//meta"):
        key = (
            el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or ""
        )
        content = el.get("content")
        key = key.strip().lower()
        if key and content and key not in out:
            out[key] = content.strip()
    return out


#: a part of the page's <title> this short at either end of it may be the site's name
SITE_WORDS = 4
#: the separators a <title> puts between its headline and the site's name ("A | Site", "A — Site")
TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")


#: a print version's label at either end of its ``<title>`` ("Print: Headline", "Версия для
#: печати: Заголовок", "Headline (printer-friendly version)"): the page's own name for itself,
#: not the headline's words (a print page has no ``<h1>`` to prefer to it, round 31)
_PRINT = (
    r"(?:print(?:er[- ]friendly)?(?:\s+(?:version|edition|page|view))?"
    r"|(?:версия|страница) для печати|печатная версия|для печати)"
)
_PRINT_LABEL = re.compile(
    rf"^\s*{_PRINT}\s*[:|–—-]\s*|\s*(?:[:|–—-]\s*{_PRINT}|\(\s*{_PRINT}\s*\))\s*$", re.I
)


def _headline(tree: Any, page_title: str | None) -> str | None:
    """The page's <h1> when the <title> contains it (titles carry " | Site" and the like),
    else the <title> without a short trailing " | Site" part.

    An <h1> that is a short part at either end of the <title> (at most :data:`SITE_WORDS`
    words) is the site's name printed in the masthead: the article's own <h1> after it is the
    headline (round 25, issue 11: a features page was titled with its magazine's name).  Body
    F1 (the headline leaves the body; a standfirst is found under it): dev-a +0.0001 (5 pages
    up, none down), dev-b (checked only) −0.0009 before the ends were both read (6 down, one
    of them a headline taken for the site's name), not re-measured apart after: kept as a
    title fix, unproven on body F1."""
    page_title = _PRINT_LABEL.sub("", clean_inline(page_title or ""))
    parts = TITLE_PARTS.split(page_title)
    # the site's name, a short part at either end of the title, is no headline, though the
    # page may print it in an <h1> of its masthead above the article's own
    ends = {parts[0].lower(), parts[-1].lower()} if len(parts) > 1 else set()
    site = {end for end in ends if len(end.split()) <= SITE_WORDS}
    found = [
        text
        for h1 in list(tree.iterfind(".//body//h1"))[:3]
        if (text := clean_inline(" ".join(h1.itertext())))
        and (not page_title or text.lower() in page_title.lower())
    ]
    headline = next((text for text in found if text.lower() not in site), None)
    if headline:
        return headline
    if not found and (own := _own_headline(tree, page_title, site)):
        return own
    if len(parts) > 1 and len(parts[-1].split()) <= 4 and len(parts[0]) > len(parts[-1]):
        return " - ".join(parts[:-1])
    return found[0] if found else page_title or None


#: an ``<h1>`` of fewer words is a section's or a site's name, not a headline of its own
HEADLINE_WORDS = 4
#: a ``<title>`` whose every part has at most this many words names the site or the section
NAME_WORDS = 5
#: a word of content: four letters or more, compared by its first five (Russian inflects)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _CONTENT_WORD.findall(text.lower())}


def _own_headline(tree: Any, page_title: str, site: set[str]) -> str | None:
    """The page's one ``<h1>`` when the ``<title>`` is about something else: a generic title
    («Пресс-релиз :: Районный суд», "Report: A 3-2 B | Club") shares no word of content with
    the headline the page prints, and a reader takes the printed one for the article's title
    (round 33: a windows-1251 press release was titled with its section's name).  Only an
    ``<h1>`` of :data:`HEADLINE_WORDS` words or more, not a link (a masthead's logo), not the
    site's name at an end of the title, and the only such one on the page."""
    if max((len(part.split()) for part in TITLE_PARTS.split(page_title)), default=0) > NAME_WORDS:
        return None  # a title of a headline's length is the headline, though worded otherwise
    title_stems = _stems(page_title)
    own = [
        text
        for h1 in list(tree.iterfind(".//body//h1"))[:3]
        if (text := clean_inline(" ".join(h1.itertext())))
        and len(text.split()) >= HEADLINE_WORDS
        and text.lower() not in site
        and h1.find(".//a") is None
        and h1.getparent() is not None
        and h1.getparent().tag != "a"
        and _prose_follows(h1)
    ]
    if len(own) != 1 or (title_stems & _stems(own[0])):
        return None
    return own[0]


#: the first elements with text after a headline: a byline, a date, a label, then the story
_FOLLOWING = etree.XPath(
    "following::*[string-length(normalize-space(text())) > 0][position() <= $n]"
)
#: how many elements with text may stand between a headline and its story's first paragraph
_BETWEEN = 6
#: a paragraph of the story: this many words and more, in one of these elements
_PARAGRAPH_WORDS = 15
_PARAGRAPH_TAGS = frozenset({"p", "div", "td", "section", "article", "blockquote", "li", "span"})


def _prose_follows(h1: Any) -> bool:
    """Whether a paragraph of running text follows ``h1`` within :data:`_BETWEEN` elements: a
    headline stands over its story (a masthead's slogan, a sidebar's "Next race" or a share
    box's "Save & Share this Article" over links do not)."""
    return any(
        el.tag in _PARAGRAPH_TAGS and len(" ".join(el.itertext()).split()) >= _PARAGRAPH_WORDS
        for el in _FOLLOWING(h1, n=_BETWEEN)
    )


#: microdata's declaration of a live blog (``itemtype="https://schema.org/LiveBlogPosting"``)
_LIVE_ITEMTYPE = etree.XPath("//@itemtype[contains(., 'LiveBlogPosting')]")


#: the address a browser writes into a page it saves ("Mark of the Web"): ``(0049)`` is its length
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)


def saved_from(html: str) -> str | None:
    """The web address in a saved page's ``<!-- saved from url=(NNNN)… -->`` comment (before
    ``<html>``; the parser drops comments): a page saved from a browser named no outlet and no
    address, though the browser wrote it down (the walk, s29: the first report of a trace
    showed "(no outlet named)")."""
    match = _SAVED_FROM.search(html[:2048])
    return match.group(1) if match else None


def _title_site(page_title: str | None, headline: str | None) -> str | None:
    """The site's name at one end of ``<title>`` ("Headline — Site", "Site | Headline") when the
    rest of the title is the headline itself: a page with no ``og:site_name`` or publisher
    still names its outlet there (the walk, s29).  Nothing when the title is not so split."""
    if not page_title or not headline:
        return None
    parts = TITLE_PARTS.split(clean_inline(page_title))
    if len(parts) < 2:
        return None
    head = clean_inline(headline).lower()
    for site, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        whole = {" - ".join(rest).lower(), " — ".join(rest).lower()}
        if head in whole and 0 < len(site.split()) <= SITE_WORDS and site.lower() != head:
            return site
    return None


def page_metadata(tree: Any, url: str | None) -> PageMeta:
    meta = _metas(tree)
    ld = [d for d in _json_ld(tree) if _ARTICLE_TYPES.search(str(d.get("@type", "")))]
    live = any("LiveBlogPosting" in str(d.get("@type", "")) for d in ld) or bool(
        _LIVE_ITEMTYPE(tree)
    )
    article = next((d for d in ld if "headline" in d), ld[0] if ld else {})
    publisher: dict[str, Any] = (
        article["publisher"] if isinstance(article.get("publisher"), dict) else {}
    )
    canonical = next(
        (
            link.get("href")
            for link in tree.iterfind(".//link[@rel]")
            if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")
        ),
        None,
    )
    html_lang = tree.get("lang") or tree.get("xml:lang")
    language = _first(
        html_lang, meta.get("content-language"), article.get("inLanguage"), meta.get("og:locale")
    )
    if language:
        language = language.split(",")[0].strip()
        language = (
            language.replace("_", "-").split("-")[0].lower() if _LANG.match(language) else None
        )
    title_el = tree.find(".//title")
    authors = clean_authors(
        _names(article.get("author"))
        or [v for k, v in meta.items() if k in ("author", "article:author", "byl", "dc.creator")]
    )
    # a page's own address only as a web address: "javascript:…" or "data:…" in og:url was the
    # stored article's URL, shown as its address and matched as the duplicate of a feed item
    # that linked the same script
    page_url = next(
        (
            u
            for u in (_first(c) for c in (canonical, meta.get("og:url"), article.get("url")))
            if u and _web_or_relative(u)
        ),
        None,
    )
    page_title = title_el.text if title_el is not None else None
    title = _first(
        article.get("headline"),
        meta.get("og:title"),
        meta.get("twitter:title"),
        _headline(tree, page_title),
    )
    return PageMeta(
        title=title,
        site=_first(
            meta.get("og:site_name"),
            publisher.get("name"),
            meta.get("application-name"),
            _title_site(page_title, title),
        ),
        url=join_url(url, page_url) if page_url else page_url,
        published=normalise_date(
            _first(
                article.get("datePublished"),
                meta.get("article:published_time"),
                meta.get("datepublished"),
                meta.get("date"),
                meta.get("pubdate"),
                meta.get("dc.date"),
                meta.get("dcterms.created"),
            )
        ),
        modified=normalise_date(
            _first(article.get("dateModified"), meta.get("article:modified_time"))
        ),
        authors=authors,
        description=_first(
            meta.get("og:description"), meta.get("description"), article.get("description")
        ),
        section=_first(article.get("articleSection"), meta.get("article:section")),
        image=_first(meta.get("og:image"), article.get("image")),
        language=language,
        live=live,
    )


#: bylines and dates in the page, found through their attributes (libxml2 scans attribute
#: nodes much faster than it tests predicates on every element)
_BYLINE = etree.XPath(
    "//@rel[. = 'author'] | //@itemprop[. = 'author']"
    " | //@class[contains(., 'byline') or contains(., 'author')]"
)
_TIME = etree.XPath("//time/@datetime | //@itemprop[. = 'datePublished']")


_PARTICLES = frozenset(
    {"de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "la", "le"}
)


def _looks_like_name(text: str) -> bool:
    """ "Helen Marsh", "Ludwig van Beethoven"; not "Culture reporter" or "Staff writers"."""
    words = text.split()
    return 1 <= len(words) <= 5 and all(w[0].isupper() or w in _PARTICLES for w in words)


def _page_byline(tree: Any) -> list[str]:
    """Authors named in the page's byline elements, when no meta tag names them."""
    for attribute in _BYLINE(tree)[:6]:
        text = clean_inline(" ".join(attribute.getparent().itertext()))
        if len(text) > 120 or re.search(r"@|https?:|comments?|share", text, re.I):
            continue
        # "30 March 2026 By Helen Marsh, Culture reporter": what follows the last "by"
        parts = re.split(r"\b(?:by|от|автор[ы]?:?)\s+", text, flags=re.I)
        names = [n for n in clean_authors([parts[-1]]) if _looks_like_name(n)]
        if names:
            return names
    return []


def visible_date(tree: Any, url: str | None) -> str | None:
    """A date printed on the page ("14.03.2026 10:15"), found by htmldate's quick search.

    htmldate cleans the tree it is given: call this last, when nothing else needs the tree
    (copying a whole page for it costs more than the search).
    """
    try:
        from htmldate import find_date

        found = find_date(tree, url=url, extensive_search=False)
    except Exception:  # htmldate's heuristics on an odd page: no date rather than no article
        return None
    return str(found) if found else None


def complete_from_page(page: PageMeta, tree: Any, url: str | None) -> PageMeta:
    """Fill what the page did not declare for machines from its visible byline and ``<time>``.
    A date printed in the text is :func:`visible_date`'s, run last.

    A page with neither a ``<title>`` nor an ``<h1>`` keeps no title: trafilatura's metadata
    search used to run for it, and on such pages (dev parts of the extraction sets) it mostly
    found a box's heading ("Talkback - Add your opinion", "bbc.co.uk Navigation") at 10-30 ms a
    page; views show ``display_title`` instead (the first heading or the opening words).
    """
    if not page.authors:
        page.authors = _page_byline(tree)
    if not page.published:
        for attribute in _TIME(tree)[:3]:
            el = attribute.getparent()
            page.published = normalise_date(el.get("datetime") or el.get("content"))
            if page.published:
                break
    return page
