"""Text the merge lost inside and above the article, found from the page's own evidence (issue
11, round 25): readability's prose between two blocks both readings have (a callout, an embedded
post) that trafilatura's cleaning dropped, unless it stands beside a picture (a caption) or is
the page's links; the standfirst under a byline's line; the headline when the masthead's site
name is an ``<h1>`` too.  Invented text."""

from __future__ import annotations

from harbour_ferry_story import BODY as _BODY

import newsprism
from newsprism.article import AUXILIARY_KINDS, Article

#: more of the article: a story this long, opening and closing with prose, is read by
#: trafilatura alone (readability is not asked, so its reading of the lead cannot help)
_MORE = (
    "Officers had proposed replacing the last two crossings with a taxi voucher scheme, which "
    "they said would cost a third as much, but the board heard that few taxis work the north "
    "shore after midnight.",
    "The ferry's crew of four will stay on their current contracts until the tender, and the "
    "operator has agreed not to cut the Sunday timetable while the subsidy is being reviewed.",
    "A survey by the residents' association found that two in five passengers on the last "
    "crossing were travelling home from work, most of them from the hospital and the hotels.",
    "The harbour master told the meeting that the slipway on the north shore needs repairs "
    "within two years, whichever operator wins the contract, and that the board should plan "
    "for the cost now.",
    "The next meeting of the harbour board is on the first Tuesday of next month, when the "
    "timetable for the tender and the terms of the subsidy review are expected to be agreed.",
)
_STANDFIRST = (
    "Shift workers had warned that the last crossing of the day was their only way home after "
    "midnight."
)
_CHROME = (
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
    "<aside class='most-read'><h3>Most read</h3><ul><li><a href='/a'>Bridge closed for repairs"
    "</a></li><li><a href='/b'>New school opens in the valley</a></li></ul></aside>"
)
_TITLE = "Night ferry saved for another winter"


def _text(article: Article) -> list[str]:
    return [b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS]


def _page(head: str, body: str, title: str = _TITLE) -> bytes:
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>{_CHROME}"
        f"<main><article>{head}<div class='article-body' itemprop='articleBody'>{body}</div></article></main>"
        "<footer>Contact the newsroom</footer></body></html>"
    ).encode()


def test_the_standfirst_under_a_byline_line_is_the_first_paragraph() -> None:
    byline = (
        "<p class='article-meta'><span class='section'>News</span> · <span class='author'>"
        "Story by Jo Reed</span> · <time datetime='2025-03-20'>20 March 2025</time></p>"
    )
    head = f"<h1>{_TITLE}</h1>{byline}<div class='article-excerpt' itemprop='description'><p>{_STANDFIRST}</p></div>"
    body = "".join(f"<p>{t}</p>" for t in (*_BODY, *_MORE))
    article = newsprism.read(_page(head, body), stages=())
    assert _text(article)[0] == _STANDFIRST
    assert _text(article)[1].startswith("The harbour board voted")
    assert "Story by Jo Reed" not in article.text


def test_the_masthead_site_name_in_an_h1_is_not_the_headline() -> None:
    page = (
        f"<!doctype html><html><head><title>{_TITLE}: what the vote means | Harbour Times"
        "</title></head><body><header class='site-header'><h1><a href='/'>Harbour Times</a></h1>"
        "</header><main><article>"
        f"<h1>{_TITLE}</h1>" + "".join(f"<p>{t}</p>" for t in _BODY) + "</article></main>"
        "</body></html>"
    ).encode()
    assert newsprism.read(page, stages=()).title == _TITLE


_POST = (
    "We kept this crossing open through two hard winters before, and we can do it again if the "
    "board gives the crew a contract longer than a single season."
)
_CAPTION = "The night ferry leaves the north shore slipway in the last light of a winter evening."
_TEASER = "Read how the valley school found the money for its new roof after a long campaign."


def test_readabilitys_prose_between_the_bodys_blocks_is_put_in_place() -> None:
    # an embedded post (trafilatura drops the box; readability keeps its container's children)
    body = (
        "".join(f"<p>{t}</p>" for t in _BODY[:2])
        + f"<div class='social-embed'><div class='social-embed-text'>{_POST}</div></div>"
        + "".join(f"<p>{t}</p>" for t in _BODY[2:])
    )
    text = _text(newsprism.read(_page(f"<h1>{_TITLE}</h1>", body), stages=()))
    assert text == [*_BODY[:2], _POST, *_BODY[2:]]


def test_a_caption_beside_a_picture_and_a_teaser_link_are_not_put_in() -> None:
    body = (
        "".join(f"<p>{t}</p>" for t in _BODY[:2])
        + f"<div class='pic'><img src='/ferry.jpg'><div class='pic-text'>{_CAPTION}</div></div>"
        + "".join(f"<p>{t}</p>" for t in _BODY[2:4])
        + f"<div class='more'><div class='more-text'><a href='/roof'>{_TEASER}</a></div></div>"
        + f"<p>{_BODY[4]}</p>"
    )
    text = _text(newsprism.read(_page(f"<h1>{_TITLE}</h1>", body), stages=()))
    assert text == list(_BODY)


_POINTS = (
    "Night ferry to keep running through the whole winter\n"
    "Board reverses the decision it took in the spring\n"
    "Subsidy to be reviewed again when the contract is tendered"
)


def _merge_with_points(links: set[tuple[str, ...]]) -> list[str]:
    from newsprism.extract.assemble import RawBlock
    from newsprism.extract.merge import Candidate, merge

    body = [RawBlock("paragraph", t) for t in _BODY]
    primary = [RawBlock("heading", "Key points"), RawBlock("list", _POINTS), *body]
    blocks, how = merge(Candidate.of(primary), Candidate.of(body), links=lambda: links)
    assert how == "trafilatura+readability"
    return [b.text for b in blocks]


def test_key_points_without_full_stops_above_the_body_stay_with_their_heading() -> None:
    assert _merge_with_points(set()) == ["Key points", _POINTS, *_BODY]


def test_a_list_of_the_pages_links_above_the_body_goes() -> None:
    from newsprism.extract.merge import shingle_set

    links = set().union(*(shingle_set(t) for t in _POINTS.split("\n")))
    assert _merge_with_points(links) == list(_BODY)
