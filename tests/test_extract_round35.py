"""Text the merge lost inside the article, found from the page's own evidence (issue 11, round
35): a list whose items are sentences (a timeline, a list of findings) in a box that
trafilatura's cleaning drops goes in place, as readability's prose there does since round 25; a
list of the page's links there stays out.  Invented text."""

from __future__ import annotations

from harbour_ferry_story import BODY as _BODY

import newsprism
from newsprism.article import AUXILIARY_KINDS

_TITLE = "Night ferry saved for another winter"
_TIMELINE = (
    "March 2024: The operator tells the board the night crossing lost money for a fifth winter.",
    "April 2024: The board votes to end the last two crossings from the first of November.",
    "June 2024: Residents hand in a petition of more than three thousand signatures.",
    "October 2024: Officers report that no taxi firm will run a voucher scheme after midnight.",
)
_LINKS = (
    "Bridge closed for repairs until June",
    "New school opens in the valley",
    "Harbour master retires after thirty years",
    "Fish market moves to the old depot",
)


def _page(box: str) -> bytes:
    body = "".join(f"<p>{t}</p>" for t in _BODY[:2]) + box
    body += "".join(f"<p>{t}</p>" for t in _BODY[2:])
    return (
        f"<!doctype html><html><head><title>{_TITLE}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article><h1>{_TITLE}</h1><div class='story-body'>{body}</div></article></main>"
        "<footer>Contact the newsroom</footer></body></html>"
    ).encode()


def _text(html: bytes) -> list[str]:
    article = newsprism.read(html, stages=())
    return [b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS]


def test_a_timeline_in_a_box_trafilatura_drops_goes_in_place() -> None:
    items = "".join(
        f"<li><time>{t.split(': ')[0]}</time> <span>{t.split(': ')[1]}</span></li>"
        for t in _TIMELINE
    )
    text = _text(_page(f"<div class='timeline-embed'><ol class='timeline'>{items}</ol></div>"))
    assert text[:2] == list(_BODY[:2])
    assert text[-3:] == list(_BODY[2:])
    assert len(text) == 6 and all(t.split(": ")[1] in text[2] for t in _TIMELINE)


def test_a_list_of_the_pages_links_in_such_a_box_stays_out() -> None:
    items = "".join(f"<li><a href='/s{i}'>{t}</a></li>" for i, t in enumerate(_LINKS))
    assert _text(_page(f"<div class='related-embed'><ul>{items}</ul></div>")) == list(_BODY)


_BENEFITS = (
    "Unlimited access to every story on the site and in the app, on any device you own.",
    "A daily newsletter with the morning's headlines delivered before seven o'clock.",
    "Puzzles, crosswords and games every day, with an archive going back ten years.",
    "Invitations to members' events and talks with our reporters and editors.",
)


def test_a_box_of_a_subscriptions_benefits_between_paragraphs_stays_out() -> None:
    # sentences too, but of something other than what the story speaks of
    items = "".join(f"<li>{t}</li>" for t in _BENEFITS)
    box = f"<div class='offer-embed'><h4>Why subscribe</h4><ul>{items}</ul></div>"
    assert not any(_BENEFITS[0] in t for t in _text(_page(box)))
