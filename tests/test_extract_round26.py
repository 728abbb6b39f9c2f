"""What lies around the article's blocks, read from the page's own structure (issue 11, round
26): a picture's caption under the headline is not the standfirst; a table's source line is the
table's credit, not a paragraph.  Invented text."""

from __future__ import annotations

from harbour_ferry_story import BODY

import newsprism
from newsprism.article import AUXILIARY_KINDS, Article

_TITLE = "Night ferry saved for another winter"
_CHROME = (
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
    "<aside class='most-read'><h3>Most read</h3><ul><li><a href='/a'>Bridge closed for repairs"
    "</a></li><li><a href='/b'>New school opens in the valley</a></li></ul></aside>"
)
_BYLINE = (
    "<div class='story-meta'><span class='author'>By Jo Reed, harbour reporter</span> "
    "<time datetime='2025-03-20'>20 March 2025</time></div>"
)
#: a story this long, opening and closing with prose, is read by trafilatura alone, which starts
#: at the body's container
_BODY = (
    *BODY,
    "Officers had proposed replacing the last two crossings with a taxi voucher scheme, which "
    "they said would cost a third as much, but the board heard that few taxis work the north "
    "shore after midnight.",
    "The ferry's crew of four will stay on their current contracts until the tender, and the "
    "operator has agreed not to cut the Sunday timetable while the subsidy is being reviewed.",
    "The harbour master told the meeting that the slipway on the north shore needs repairs "
    "within two years, whichever operator wins the contract, and that the board should plan "
    "for the cost now.",
)


def _text(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS]


def _page(between: str, title: str = _TITLE) -> bytes:
    body = "".join(f"<p>{t}</p>" for t in _BODY)
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>{_CHROME}"
        f"<main><article><header><h1>{title}</h1>{_BYLINE}</header>{between}"
        f"<div class='article-body'>{body}</div></article></main>"
        "<footer>Contact the newsroom</footer></body></html>"
    ).encode()


def test_a_pictures_caption_under_the_headline_is_not_the_standfirst() -> None:
    caption = (
        "Passengers board the last crossing of the evening at the north shore slipway on Tuesday"
    )
    photo = (
        "<div class='lead-media'><div class='media-wrap'><img src='/img/ferry.jpg' alt=''>"
        f"<p class='media-text'>{caption}</p></div></div>"
    )
    text = _text(newsprism.read(_page(photo), stages=()))
    assert text[0].startswith("The harbour board voted")
    assert caption not in text


def test_a_standfirst_in_a_header_with_a_hero_image_is_still_the_standfirst() -> None:
    deck = "Shift workers had warned that the last crossing of the day was their only way home."
    page = (
        f"<!doctype html><html><head><title>{_TITLE}</title></head><body>{_CHROME}<main><article>"
        f"<header class='hero'><img src='/img/hero.jpg' alt=''><h1>{_TITLE}</h1>"
        f"<p class='dek'>{deck}</p></header>{_BYLINE}<div class='story-body'>"
        + "".join(f"<p>{t}</p>" for t in _BODY)
        + "</div></article></main></body></html>"
    ).encode()
    assert _text(newsprism.read(page, stages=()))[0] == deck


def test_a_tables_source_line_is_the_tables_credit_not_a_paragraph() -> None:
    table = (
        "<h2>Crossings by month</h2><p>The operator's own counts show the winter dip:</p>"
        "<table><tr><th>Month</th><th>Passengers</th></tr><tr><td>October</td><td>4,120</td></tr>"
        "<tr><td>November</td><td>3,380</td></tr><tr><td>December</td><td>2,910</td></tr></table>"
        "<p class='table-note'>Source: harbour board monthly passenger returns</p>"
    )
    body = (
        "".join(f"<p>{t}</p>" for t in _BODY[:3])
        + table
        + "".join(f"<p>{t}</p>" for t in _BODY[3:])
    )
    page = (
        f"<!doctype html><html><head><title>{_TITLE}</title></head><body>{_CHROME}"
        f"<main><article><h1>{_TITLE}</h1>{_BYLINE}<div class='article-body'>{body}</div>"
        "</article></main></body></html>"
    ).encode()
    article = newsprism.read(page, stages=())
    tables = [b for b in article.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].credit == "Source: harbour board monthly passenger returns"
    assert "Source: harbour board" not in article.text
    from newsprism.render.markdown import render_markdown
    from newsprism.render.text import render_text

    assert "Source: harbour board monthly passenger returns" in render_text(article)
    assert "*Source: harbour board monthly passenger returns*" in render_markdown(article)


def test_a_paragraph_after_a_table_that_only_starts_like_a_source_stays() -> None:
    long_line = (
        "Data: the harbour board says these counts were taken by the crew at the slipway on "
        "every crossing, and that the winter figures include the two weeks when the ferry ran "
        "a reduced timetable because of storms on the north shore."
    )
    table = (
        "<table><tr><th>Month</th><th>Passengers</th></tr><tr><td>October</td><td>4,120</td></tr>"
        f"<tr><td>November</td><td>3,380</td></tr></table><p>{long_line}</p>"
    )
    body = (
        "".join(f"<p>{t}</p>" for t in _BODY[:3])
        + table
        + "".join(f"<p>{t}</p>" for t in _BODY[3:])
    )
    page = (
        f"<!doctype html><html><head><title>{_TITLE}</title></head><body>{_CHROME}"
        f"<main><article><h1>{_TITLE}</h1>{_BYLINE}<div class='article-body'>{body}</div>"
        "</article></main></body></html>"
    ).encode()
    assert long_line in newsprism.read(page, stages=()).text
