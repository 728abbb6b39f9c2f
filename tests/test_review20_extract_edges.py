"""Review of round 20's text found at the article's edges (issue 11): a line under the
headline is a standfirst only when it speaks of the article, and a numbered link is a note's mark only in running text (invented pages)."""

from __future__ import annotations

import newsprism
from newsprism.article import AUXILIARY_KINDS, Article

_BODY = (
    "The city council voted on Tuesday to close the old ferry terminal at the end of the month, "
    "ending more than sixty years of service across the bay.",
    "Residents of the island district, who rely on the ferry to reach the hospital and the "
    "market, protested outside the town hall before the vote.",
    "The harbour authority will keep one small boat for emergencies, a spokesperson said, and "
    "the terminal building will be sold to developers.",
    "A final public hearing is scheduled for next Thursday evening in the library on Market "
    "Street, and residents can also send written comments by email.",
)
_HEADLINE = "Council closes old ferry terminal"


def _page(under_headline: str, after_body: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    return (
        f"<!doctype html><html><head><title>{_HEADLINE}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        f"<h1>{_HEADLINE}</h1>{under_headline}<div class='byline'>By Jane Miller</div>"
        f"<div class='article-body'>{body}</div>{after_body}</article></main>"
        "<footer>Contact the newsroom</footer></body></html>"
    ).encode()


def _text(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS]


def test_a_real_standfirst_is_still_the_first_paragraph() -> None:
    standfirst = "Island residents say the new bridge is no substitute for sixty years of ferries"
    article = newsprism.read(_page(f"<h2 class='deck'>{standfirst}</h2>"), stages=())
    assert _text(article)[0] == standfirst


def test_a_promo_under_the_headline_is_not_the_articles_first_paragraph() -> None:
    promo = "Listen to this story and thousands more like it in our app for iPhone and Android."
    article = newsprism.read(_page(f"<p class='app-promo'>{promo}</p>"), stages=())
    assert promo not in article.text
    assert _text(article)[0].startswith("The city council voted")


def test_gallery_slides_linked_from_numbered_thumbnails_are_not_footnotes() -> None:
    slides = (
        "The terminal in 1965, four years after it opened to passengers and cars.",
        "Protesters outside the town hall on Tuesday evening before the vote.",
    )
    gallery = (
        "<div class='thumbs'><a href='#slide-1' id='thumb-1'>1</a> "
        "<a href='#slide-2' id='thumb-2'>2</a></div><div class='slides'>"
        + "".join(
            f"<div id='slide-{i}'><p>{s}</p><a href='#thumb-{i}'>back</a></div>"
            for i, s in enumerate(slides, 1)
        )
        + "</div>"
    )
    article = newsprism.read(_page("", gallery), stages=())
    assert not any(s in article.text for s in slides)
    assert _text(article)[-1].startswith("A final public hearing")
