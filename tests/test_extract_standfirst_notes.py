"""Text the merge lost at the article's edges, found from the page's own structure: the
standfirst under the headline, footnotes the text links to (and that link back), and a data table
that trafilatura read after the page's layout table (issue 11, round 20)."""

from __future__ import annotations

from harbour_ferry_story import BODY as _BODY

import newsprism
from newsprism.article import AUXILIARY_KINDS, Article

_STANDFIRST = (
    "Shift workers had warned that the last crossing of the day was their only way home after "
    "midnight"
)
_CHROME = (
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
    "<aside class='most-read'><h3>Most read</h3><ul><li><a href='/a'>Bridge closed for repairs"
    "</a></li><li><a href='/b'>New school opens in the valley</a></li></ul></aside>"
)


def _body(paragraphs: tuple[str, ...] = _BODY, marks: bool = False) -> str:
    out = []
    for i, text in enumerate(paragraphs):
        ref = (
            f'<sup id="fnref-{i + 1}"><a href="#fn-{i + 1}" class="fn">{i + 1}</a></sup>'
            if marks and i < 2
            else ""
        )
        out.append(f"<p>{text}{ref}</p>")
    return "".join(out)


def _text(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS]


def test_the_standfirst_under_the_headline_is_the_first_paragraph() -> None:
    page = (
        "<!doctype html><html><head><title>Night ferry saved for another winter</title></head>"
        f"<body>{_CHROME}<main><article><header><h1>Night ferry saved for another winter</h1>"
        f'<h2 class="subhead">{_STANDFIRST}</h2>'
        '<div class="byline">By Jo Reed</div></header>'
        f'<div class="article-body">{_body()}</div></article></main>'
        "<footer>Contact the newsroom</footer></body></html>"
    )
    article = newsprism.read(page.encode(), stages=())
    assert _text(article)[0] == _STANDFIRST
    assert _text(article)[1].startswith("The harbour board voted")


def test_a_blog_motto_under_the_site_name_is_not_a_standfirst() -> None:
    motto = "Notes on harbours, ferries and the people who keep them running for everybody"
    page = (
        "<!doctype html><html><head><title>Harbour Notes</title></head><body>"
        f'<div id="header"><h1>Harbour Notes</h1><p class="description">{motto}</p></div>'
        '<div class="post"><h3 class="post-title">The ferry stays</h3>'
        f'<div class="post-body">{_body()}</div></div></body></html>'
    )
    article = newsprism.read(page.encode(), stages=())
    assert motto not in article.text
    assert "The harbour board voted" in article.text


def test_footnotes_the_text_links_to_are_kept_after_the_article() -> None:
    notes = (
        "Harbour board minutes, 3 December, item 4; the vote was seven to two.",
        "Figures from the operator's annual accounts, which exclude the fuel subsidy.",
    )
    items = "".join(
        f'<li id="fn-{i + 1}">{note} <a href="#fnref-{i + 1}" class="back">↩</a></li>'
        for i, note in enumerate(notes)
    )
    page = (
        "<!doctype html><html><head><title>Night ferry saved</title></head><body>"
        f"{_CHROME}<main><article><h1>Night ferry saved</h1>"
        f'<div class="article-body">{_body(marks=True)}</div>'
        '<section class="notes"><h2>Notes</h2><div class="list"><ol>'
        f"{items}</ol></div></section>"
        '<div class="share"><a href="/share">Share this story</a></div>'
        '<div class="comments"><h3>Comments</h3><p>Great news for the north shore, at last '
        "somebody listened to the people who actually use the ferry every night.</p></div>"
        "</article></main></body></html>"
    )
    text = _text(newsprism.read(page.encode(), stages=()))
    assert text[-2:] == list(notes)
    assert text[-3] == "Notes"
    assert not any("↩" in t for t in text)
    assert not any("somebody listened" in t for t in text)


def test_links_between_comments_are_no_footnotes() -> None:
    comments = "".join(
        f'<div class="comment" id="c{i}"><a href="#c{i - 1}" id="r{i}">Jo</a> '
        f"Reply number {i} to the story, saying the ferry should have been saved years ago.</div>"
        for i in range(1, 4)
    )
    page = (
        "<!doctype html><html><head><title>Night ferry saved</title></head><body>"
        f"<main><article><h1>Night ferry saved</h1>{_body()}</article>"
        f'<section class="comments">{comments}</section></main></body></html>'
    )
    article = newsprism.read(page.encode(), stages=())
    assert "Reply number" not in article.text


def test_a_table_inside_a_layout_table_stays_where_it_stands() -> None:
    long_cell = "".join(f"<p>{t}</p>" for t in _BODY[:3])
    rows = "".join(
        f"<tr><td>{grade}</td><td>{price}</td></tr>"
        for grade, price in (("Adult", "4.50"), ("Child", "2.20"), ("Night", "5.10"))
    )
    page = (
        "<!doctype html><html><head><title>Night ferry saved</title></head><body>"
        '<table width="100%"><tr><td colspan="2">Harbour Gazette | Friday</td></tr><tr>'
        f'<td width="70%"><h1>Night ferry saved</h1>{long_cell}'
        "<h3>What the fares will be</h3><p>The board set the winter fares as follows, with "
        "the night fare kept at last year's level for residents of both shores.</p>"
        f'<table class="fares"><tr><th>Ticket</th><th>Fare</th></tr>{rows}</table>'
        f"<p>{_BODY[3]}</p><p>{_BODY[4]}</p></td>"
        '<td width="30%"><p>Most read</p><p>Subscribe to the Gazette at any post office for '
        "the first half of the year, the price is unchanged since last winter.</p></td></tr>"
        '<tr><td colspan="2"><p>Editorial office: 22 Quay Street. Telephone 555 0100. '
        "Reproduction of material requires a link to the site.</p></td></tr></table>"
        "</body></html>"
    )
    article = newsprism.read(page.encode(), stages=())
    kinds = [b.kind for b in article.blocks if b.kind not in AUXILIARY_KINDS]
    table_at = kinds.index("table")
    text = _text(article)
    assert text[table_at - 1].startswith("The board set the winter fares")
    assert "Editorial office" not in article.text
