"""Review finding 21: bare ages ("3h", «5 ч») stamp posts only on a page that is live by other
evidence — a declared LiveBlogPosting, its title or markup saying live — never a readers' thread
whose markup does not say "comment" (fixtures written for these tests)."""

from datetime import UTC, datetime

import lxml.html

from newsprism.feeds.liveblog_html import html_updates
from newsprism.feeds.parse import parse

NOW = datetime(2026, 12, 7, 15, 0, tzinfo=UTC).timestamp()

_EN_PARA = (
    "<p>The harbour board agreed on Monday to rebuild the old ferry pier, after a year of"
    " arguments about its cost and about who should pay for the new pontoons.</p>"
)
_RU_PARA = (
    "<p>Городской совет в понедельник решил перестроить старый паромный причал после года"
    " споров о его стоимости и о том, кто заплатит за новые понтоны.</p>"
)


def _thread_page(title: str, para: str, reply: str, unit: str, n: int) -> bytes:
    msgs = "".join(
        f'<div class="msg"><span>{k % 23 + 1}{unit}</span><p>{reply} {k}.</p></div>'
        for k in range(n)
    )
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        '<p>By R. Porter, <time datetime="2026-12-07T09:00:00Z">7 December 2026</time></p>'
        f"<article>{para * 12}</article><section id='discussion'>{msgs}</section></body></html>"
    ).encode()


def test_english_thread_of_bare_ages_is_no_live_blog() -> None:
    reply = "I would rather the money went to the bus station than to the pier, frankly, post"
    for n in (6, 20, 40):
        page = _thread_page("Ferry pier", _EN_PARA, reply, "h", n)
        assert parse(page, "https://port.example/2026/12/07/pier", NOW).entries == []


def test_russian_thread_of_bare_ages_is_no_live_blog() -> None:
    reply = "По-моему, деньги лучше потратить на автовокзал, а не на причал, сообщение"
    for n in (6, 20, 40):
        page = _thread_page("Паромный причал", _RU_PARA, reply, " ч", n)
        assert parse(page, "https://port.example/2026/12/07/prichal", NOW).entries == []


def _live_page(title: str, box: str) -> str:
    posts = "".join(
        f'<div class="card"><div class="ts">{age}</div><h3>Update {k}</h3>'
        f"<p>The ferry crossing number {k} was delayed by the gale again; crews waited at the"
        " quay for the wind to drop before they let the passengers board.</p></div>"
        for k, age in enumerate(["2m", "14m", "1h", "2h 5m"])
    )
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f'<div class="{box}">{posts}</div></body></html>'
    )


def test_live_blog_with_bare_ages_still_read() -> None:
    # its title says live, or its markup does
    for title, box in (("Gale: live updates", "feed"), ("Gale on the coast", "coast-live")):
        tree = lxml.html.fromstring(_live_page(title, box))
        updates = html_updates(tree, "https://port.example/live/gale", NOW)
        assert len(updates) == 4
    ru = lxml.html.fromstring(_live_page("Шторм на побережье: онлайн", "feed"))
    assert len(html_updates(ru, "https://port.example/live/shtorm", NOW)) == 4


def test_bare_ages_alone_prove_no_live_blog() -> None:
    tree = lxml.html.fromstring(_live_page("Gale on the coast", "feed"))
    assert html_updates(tree, "https://port.example/gale", NOW) == []
    assert len(html_updates(tree, "https://port.example/gale", NOW, live=True)) == 4
