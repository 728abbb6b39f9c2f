"""Live blogs that declare no ``LiveBlogPosting``: their posts are read from the markup (each a
block with its ``<time datetime>``), a teaser list is not taken for posts, and a watched page of
that kind stores each post once and a corrected post as a revision (invented pages, English and
Russian)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from publisher import Hit, Publisher, Reply

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.feeds.parse import parse
from newsprism.library import Library
from newsprism.library.revisions import revisions

URL = "https://news.example.org/live/flood-day-two"

POSTS_EN = [
    (
        "post-104",
        "2026-03-14T09:05:00+00:00",
        "Rest centre opens",
        "The county council has opened the leisure centre on Mill Road as a rest centre for "
        "families who left their homes overnight. Volunteers are serving hot drinks there.",
    ),
    (
        "post-103",
        "2026-03-14T08:40:00+00:00",
        "River level falls",
        "The Environment Agency says the river at Bewdley fell by {cm} centimetres in the last "
        "three hours, but the barriers on Severn Side will stay in place until Monday.",
    ),
    (
        "post-102",
        "2026-03-14T08:10:00+00:00",
        "Trains",
        "No trains will run between Kidderminster and Hartlebury this morning while engineers "
        "inspect the embankment near Foley Park, the rail operator said.",
    ),
]


def _page_en(posts: list[tuple[str, str, str, str]], cm: str = "20") -> bytes:
    blocks = "".join(
        f'<article class="lb-post" id="{pid}"><header><time datetime="{t}">{t[11:16]}</time>'
        f"<h3>{head}</h3></header><p>{text.format(cm=cm)}</p>"
        '<div class="share"><a href="#">Share</a></div></article>'
        for pid, t, head, text in posts
    )
    teasers = "".join(
        f'<li><time datetime="2026-03-1{k}T07:00:00+00:00">1{k} March</time> '
        f'<a href="/news/{k}">Earlier flood story number {k} from the valley</a></li>'
        for k in range(1, 6)
    )
    aside = "".join(
        f'<li><time datetime="2026-03-14T0{k}:00:00+00:00">0{k}:00</time>Most read {k}</li>'
        for k in range(1, 5)
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>Floods: live | The Valley News</title>"
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>'
        '<nav><a href="/">Home</a></nav><main><h1>Floods, day two: live updates</h1>'
        f'<div class="stream">{blocks}</div><h2>More on the floods</h2><ul>{teasers}</ul></main>'
        f"<aside><ol>{aside}</ol></aside><footer>© The Valley News</footer></body></html>"
    ).encode()


def test_the_posts_of_an_undeclared_live_blog_are_its_entries() -> None:
    parsed = parse(_page_en(POSTS_EN), URL)
    assert parsed.kind == "liveblog"
    assert parsed.title == "Floods, day two: live updates"
    # the page links the site's feed, but the blog is what was asked for: no switch
    assert [e.guid for e in parsed.entries] == [
        f"{URL}#post-104",
        f"{URL}#post-103",
        f"{URL}#post-102",
    ]
    first = parsed.entries[0]
    assert first.title == "Rest centre opens"
    assert first.content is not None and first.content.startswith("The county council has opened")
    # the post's share control (a link to nothing, "#") is no part of its text since round 43
    # (a share bar ended every post of two development pages); kept before
    assert "Share" not in first.content and first.content.endswith("hot drinks there.")
    assert first.published == dt.datetime(2026, 3, 14, 9, 5, tzinfo=dt.UTC).timestamp()
    # neither the teaser list (links) nor the aside's list is taken for posts
    assert not any("Earlier flood story" in (e.content or "") for e in parsed.entries)
    assert not any("Most read" in (e.content or "") for e in parsed.entries)


def test_a_corrected_post_keeps_its_entry_and_changes_its_revision() -> None:
    before = parse(_page_en(POSTS_EN, cm="20"), URL).entries
    after = parse(_page_en(POSTS_EN, cm="30"), URL).entries
    assert [e.guid for e in before] == [e.guid for e in after]
    assert before[1].revision != after[1].revision
    assert before[0].revision == after[0].revision


RU_POSTS = [
    (
        "2026-05-02T12:30:00+03:00",
        "В Кстове открыли пункт временного размещения в здании школы №4, туда уже перевезли "
        "около {n} жителей затопленных улиц, сообщили в администрации района.",
    ),
    (
        "2026-05-02T11:55:00+03:00",
        "Уровень воды в Оке у Нижнего Новгорода за сутки поднялся на 18 сантиметров, "
        "говорится в сообщении Верхне-Волжского управления по гидрометеорологии.",
    ),
    (
        "2026-05-02T11:20:00+03:00",
        "Движение по мосту через Кудьму закрыто до вечера: дорожные службы проверяют опоры, "
        "объезд организован через Ближнеконстантиново.",
    ),
]


def _page_ru(posts: list[tuple[str, str]], n: str = "150") -> bytes:
    blocks = "".join(
        f'<div class="item"><div class="meta"><span><time datetime="{t}">{t[11:16]}</time>'
        f'</span></div><div class="txt"><p>{text.format(n=n)}</p></div></div>'
        for t, text in posts
    )
    return (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8">'
        '<title>Паводок: онлайн</title></head><body><div class="wrap">'
        f"<h1>Паводок в Нижегородской области: онлайн</h1><div>{blocks}</div></div></body></html>"
    ).encode()


def test_posts_without_ids_or_headlines_are_read_in_russian() -> None:
    parsed = parse(_page_ru(RU_POSTS), URL)
    assert parsed.kind == "liveblog"
    assert len(parsed.entries) == 3
    assert len({e.guid for e in parsed.entries}) == 3
    assert parsed.entries[1].content is not None
    assert parsed.entries[1].content.startswith("Уровень воды в Оке")
    # the key of a post without an id holds still when a figure in it is corrected
    corrected = parse(_page_ru(RU_POSTS, n="200"), URL).entries
    assert [e.guid for e in corrected] == [e.guid for e in parsed.entries]


def test_an_article_or_a_teaser_page_is_no_live_blog() -> None:
    article = (
        '<!doctype html><html lang="en"><head><title>Flood defences</title>'
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>'
        '<article><h1>Flood defences hold</h1><time datetime="2026-03-14T10:00:00Z">14 March'
        "</time><p>" + "The barriers held through the night. " * 8 + "</p></article>"
        "</body></html>"
    ).encode()
    parsed = parse(article, URL)
    assert parsed.entries == [] and parsed.alternates == ["https://news.example.org/rss.xml"]
    teasers = "".join(
        f'<div class="card"><time datetime="2026-03-14T0{k}:00:00Z">0{k}:00</time>'
        f'<a href="/n/{k}">A long teaser headline about the floods in the valley, number {k}, '
        "with a standfirst that runs on for a while</a></div>"
        for k in range(1, 8)
    )
    home = f"<!doctype html><html><head><title>Home</title></head><body>{teasers}</body></html>"
    assert parse(home.encode(), URL).entries == []


def test_a_watched_undeclared_live_blog_stores_each_post_once(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    state = {"posts": POSTS_EN[1:], "cm": "20"}

    def live(hit: Hit) -> Reply:
        page = _page_en(state["posts"], cm=state["cm"])  # type: ignore[arg-type]
        return 200, {"Content-Type": "text/html; charset=utf-8"}, page

    site.route("/live", live)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/live")], now=clock.now())
        poller = Poller(
            lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False
        )
        try:
            poller.refresh()
            assert len(list(lib.iter_ids())) == 2
            state.update(posts=POSTS_EN, cm="30")  # a new post, and a corrected figure
            clock.sleep(900)
            poller.refresh()
            poller.drain()
        finally:
            poller.close()
        texts = sorted(lib.get(i).text for i in lib.iter_ids())
        assert len(texts) == 3
        assert sum("leisure centre" in t for t in texts) == 1
        river = next(i for i in lib.iter_ids() if "Bewdley" in lib.get(i).text)
        old, new = revisions(lib, river)
        assert "fell by 20 centimetres" in old.text and "fell by 30 centimetres" in new.text


def test_an_article_with_timed_readers_comments_is_no_live_blog() -> None:
    body = "".join(
        f"<p>Paragraph {k} of the council's flood report: the barriers held, the pumps ran all "
        "night and the river fell by morning, the engineers said in their note.</p>"
        for k in range(6)
    )
    comments = "".join(
        f'<li class="c"><b>Reader {k}</b> <time datetime="2026-03-14T1{k}:00:00Z">1{k}:00</time>'
        "<p>About time the council spent money on the barriers, we have been flooded three "
        "winters running on Severn Side and nobody listened.</p></li>"
        for k in range(3)
    )
    page = (
        '<!doctype html><html lang="en"><head><title>Barriers hold</title></head><body>'
        f"<article><h1>Barriers hold</h1>{body}</article><section><h2>Comments</h2>"
        f"<ol>{comments}</ol></section></body></html>"
    )
    assert parse(page.encode(), URL).entries == []


def _cards(link: str) -> str:
    return "".join(
        f'<div class="card"><a href="{link.format(k=k)}"><h3>Harbour funding deal, part {k}</h3></a>'
        "<p>The agreement, reached after talks that ran late into the night, gives the port "
        "new money for dredging and a sea wall over the next five years.</p>"
        f'<time datetime="2026-03-1{k}T0{k}:00:00Z">1{k} March</time></div>'
        for k in range(1, 7)
    )


def test_a_section_page_of_article_cards_switches_to_its_feed() -> None:
    """Cards with a standfirst pass the prose tests, but each leads to an article of the site:
    the page is a list of articles, and the feed it links is what to watch (the review)."""
    page = (
        "<!doctype html><html><head><title>Politics</title>"
        '<link rel="alternate" type="application/rss+xml" href="/politics/rss.xml"></head><body>'
        f"<main><h1>Politics</h1><section>{_cards('/news/2026/03/story-{k}')}</section></main>"
        "</body></html>"
    )
    parsed = parse(page.encode(), "https://news.example.org/politics")
    assert parsed.entries == []
    assert parsed.alternates == ["https://news.example.org/politics/rss.xml"]
    # the same cards linking their own posts on the page (fragments) are a live blog's posts
    live = page.replace("/politics/rss.xml", "/rss.xml")
    live = live.replace(_cards("/news/2026/03/story-{k}"), _cards("#post-{k}"))
    assert len(parse(live.encode(), "https://news.example.org/politics").entries) == 6


def test_a_post_with_a_second_time_of_its_update_is_one_post() -> None:
    posts = "".join(
        f'<div class="block"><p class="meta"><time datetime="2026-04-02T1{k}:00:00+03:00">'
        f'1{k}:00</time> <span>обновлено <time datetime="2026-04-02T1{k}:20:00+03:00">1{k}:20'
        "</time></span></p><p>Спасатели эвакуировали жителей трёх домов на улице Береговой, "
        "вода поднялась до первых этажей, сообщили в управлении МЧС по области.</p></div>"
        for k in range(4)
    )
    page = (
        "<!doctype html><html><head><title>Паводок</title></head><body><main>"
        f"<h1>Паводок: онлайн</h1><div>{posts}</div></main></body></html>"
    )
    entries = parse(page.encode(), URL).entries
    assert len(entries) == 4
    assert entries[0].published == dt.datetime(2026, 4, 2, 7, 0, tzinfo=dt.UTC).timestamp()
