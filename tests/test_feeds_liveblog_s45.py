"""Live blogs, forty-fifth session: a post whose time is a block of its own (a definition list's
``<dt>`` over its ``<dd>``, a bold time on its own line over a heading and paragraphs), a time
cell holding the post's time and its "Updated" time, ages without "ago" ("2m", "1h"), a post's
permalink that is its time (its text, or its ``title``), and a reporter's page linked from every
post.  Pages written here (English and Russian, invented)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import lxml.html

from newsprism.feeds.liveblog_html import html_updates
from newsprism.feeds.text_times import bare_age, labelled_clock, relative_stamp

URL = "https://harbourtimes.example/live/ferry-strike"

_EN_DL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry strike live</title>
</head><body><h1>Ferry strike: live</h1>
<p class="meta">By Ruth Calloway &middot; Tuesday 8 December 2026</p>
<dl class="entries">
<dt id="e0915" class="when">9:15am GMT</dt>
<dd><h4>Crews walk out</h4>
<p>Crews at the Eastport terminal walked out at the start of the morning shift, the union said,
and the first two sailings of the day were cancelled.</p>
<ul class="reactions"><li><button>&#128077; <span>12</span></button></li></ul></dd>
<dt id="e1140" class="when">11:40am GMT</dt>
<dd><p>The operator says talks with the union will resume at two o'clock this afternoon at the
offices of the arbitration service in the town centre.</p></dd>
<dd class="ad"><div class="ad-label">Advertisement</div></dd>
<dt id="e1405" class="when">2:05pm GMT</dt>
<dd><h4>Talks begin</h4>
<p>Talks have begun. Neither side would say how long they expect them to last, but both said
they wanted the evening sailings to run as planned.</p></dd>
<dd class="more"><b>Read more:</b> <a href="/news/ferry-timetable">Winter ferry timetable</a></dd>
</dl>
<div id="comments"><p>Comments are closed.</p></div>
</body></html>"""


def _updates(page: str, now: float | None = None, url: str = URL) -> list[dict[str, str]]:
    return html_updates(lxml.html.fromstring(page), url, now)


def _at(update: dict[str, str]) -> datetime:
    return datetime.fromisoformat(update["datePublished"])


def test_definition_list_blog_reads_each_dd_as_its_dt_post() -> None:
    now = datetime(2026, 12, 8, 15, 0, tzinfo=UTC).timestamp()
    updates = _updates(_EN_DL, now)
    assert [u["headline"] for u in updates] == ["Crews walk out", "", "Talks begin"]
    assert updates[0]["articleBody"].startswith("Crews at the Eastport terminal walked out")
    assert updates[0]["articleBody"].endswith("sailings of the day were cancelled.")
    assert updates[1]["articleBody"].endswith("in the town centre.")  # the ad's dd stays out
    assert updates[2]["articleBody"].endswith(
        "evening sailings to run as planned."
    )  # no "Read more"
    assert [_at(u) for u in updates] == [
        datetime(2026, 12, 8, 9, 15, tzinfo=UTC),
        datetime(2026, 12, 8, 11, 40, tzinfo=UTC),
        datetime(2026, 12, 8, 14, 5, tzinfo=UTC),
    ]


_RU_BOLD = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Выборы: онлайн</title>
<meta property="article:published_time" content="2026-12-06T18:00:00+05:00"></head>
<body><h1>Довыборы в городскую думу: подсчёт голосов</h1>
<p class="lead">Следим за подсчётом. Время местное.</p>
<div class="online-text">
<b class="t">7 декабря, 01:10</b>
<span class="upd">(обновлено в 01:25)</span>
<h3>Победитель определён</h3>
<p>Обработаны все протоколы. Побеждает кандидат от местного отделения Ольга Ветлугина: у неё
47,3% голосов, у ближайшего соперника 31,8%.</p>
<hr>
<b class="t">7 декабря, 00:20</b>
<p>Кандидат Сергей Прохоров написал в своём канале, что признает итоги, какими бы они ни были.</p>
<div class="tg-embed"><blockquote class="telegram-fallback">
<p>Спасибо всем, кто пришёл на участки. Итоги подсчёта я приму.</p></blockquote></div>
<hr>
<b class="t">6 декабря, 22:40</b>
<h3>Первые данные</h3>
<p>Обработано 30% протоколов. Лидирует Ольга Ветлугина, за неё проголосовали 45% избирателей,
пришедших на участки.</p>
<div class="banner">Реклама</div>
</div>
</body></html>"""


def test_bold_time_on_its_own_line_takes_heading_label_and_paragraphs() -> None:
    updates = _updates(_RU_BOLD)
    assert [u["headline"] for u in updates] == ["Победитель определён", "", "Первые данные"]
    first = updates[0]["articleBody"]
    assert first.startswith("Обработаны все протоколы.")
    assert "обновлено" not in first and "01:25" not in first  # the label leaves the words
    assert updates[1]["articleBody"].endswith("Итоги подсчёта я приму.")  # the embed is the post's
    assert "Реклама" not in updates[2]["articleBody"]
    yekaterinburg = timezone(timedelta(hours=5))
    assert [_at(u) for u in updates] == [
        datetime(2026, 12, 7, 1, 10, tzinfo=yekaterinburg),
        datetime(2026, 12, 7, 0, 20, tzinfo=yekaterinburg),
        datetime(2026, 12, 6, 22, 40, tzinfo=yekaterinburg),
    ]


_EN_TABLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Deadline day</title>
<meta property="article:published_time" content="2026-09-01T08:00:00+01:00"></head>
<body><h1>Deadline day: every signing</h1><table class="log">
<tr id="u3"><td class="t">22:47 <em>Updated 23:10</em></td><td><p>Kingsbury have completed the
loan of winger Tomas Varga from Lisbon, with an option to buy him next summer for a fee.</p></td>
</tr>
<tr id="u2"><td class="t">21:30</td><td><p>The manager told a press conference that he expected
one more arrival before the deadline and would not sell any first-team player tonight.</p></td>
</tr>
<tr id="u1"><td class="t">20:05</td><td><p>Midfielder Owen Pryce is having his medical at the
training ground this evening ahead of a move that would break the club's transfer record.</p>
</td></tr></table></body></html>"""


def test_time_cell_with_an_updated_time_is_the_posts_own_time() -> None:
    updates = _updates(_EN_TABLE)
    assert len(updates) == 3
    first = updates[0]
    assert first["articleBody"].startswith("Kingsbury have completed the loan")
    assert "Updated" not in first["articleBody"] and "22:47" not in first["articleBody"]
    assert _at(first) == datetime(2026, 9, 1, 22, 47, tzinfo=timezone(timedelta(hours=1)))


def test_labelled_clock_needs_an_update_label() -> None:
    assert labelled_clock("22:47 Updated 23:10") is not None
    assert labelled_clock("7 декабря, 02:20 (обновлено в 02:26)") is not None
    assert labelled_clock("23:52 (Updated 23:58)")[0] == "23:52"  # type: ignore[index]
    assert labelled_clock("Polls open 08:00 close 20:00") is None
    assert labelled_clock("10:00 – 12:00") is None


_EN_AGES = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Stand-off live</title>
</head><body><h1>Bank stand-off: live</h1><div class="feed">
<div class="card" id="c1"><div class="ts"><span>2m</span></div>
<p>Police say the stand-off on Carver Avenue has ended without injuries and the man who held
four employees inside the branch has been taken into custody.</p></div>
<div class="card" id="c2"><div class="ts"><span>1h 20m</span></div>
<p>Officers have moved the outer cordon back to let ambulances closer to the building, and the
road is closed between Fourth and Seventh streets until further notice.</p></div>
<div class="card" id="c3"><div class="ts"><span>3h</span></div>
<p>A man walked into the bank shortly before closing time, told customers to leave and kept
four members of staff inside, police said in a short statement.</p></div>
</div></body></html>"""


def test_ages_without_ago_stamp_posts_given_the_fetch_time() -> None:
    now = datetime(2026, 12, 12, 4, 10, tzinfo=UTC)
    updates = _updates(_EN_AGES, now.timestamp())
    assert [_at(u) for u in updates] == [
        now - timedelta(minutes=2),
        now - timedelta(hours=1, minutes=20),
        now - timedelta(hours=3),
    ]
    assert _updates(_EN_AGES) == []  # no fetch time: an age dates nothing


def test_bare_age_is_a_whole_text_only() -> None:
    assert bare_age("2m") == timedelta(minutes=2)
    assert bare_age("5h") == timedelta(hours=5)
    assert bare_age("1h 20m") == timedelta(minutes=80)
    assert relative_stamp("5 мин") == timedelta(minutes=5)
    assert bare_age("a 2m wall") is None
    assert bare_age("2m people") is None
    assert bare_age("2026") is None


_EN_PERMALINK = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Outage live</title>
</head><body><article>
<header><h1>Power outage: live updates</h1>
<div class="meta">Posted on <time datetime="2026-12-03T19:57:00-05:00">December 3, 2026</time>
&middot; All times Eastern</div></header>
<div class="liveblog-feed">
<div id="entry-3" class="entry"><header><span class="author"><a href="/author/dana-white/">Dana
White</a></span> <a class="permalink" href="#entry-3"><span>12:10 a.m.</span></a></header>
<div class="text"><p>The mayor has signed an emergency order opening six warming centers, and
buses to the centers are free until further notice, her office said.</p></div></div>
<div id="entry-2" class="entry"><header><span class="author"><a href="/author/marc-lee/">Marc
Lee</a></span> <a class="permalink" href="#entry-2"><span>11:35 p.m.</span></a></header>
<div class="text"><p>Temperatures are forecast to drop to 14 degrees overnight. Officials urge
residents not to run generators or grills indoors under any circumstances.</p></div></div>
<div id="entry-1" class="entry"><header><span class="author"><a href="/author/marc-lee/">Marc
Lee</a></span> <a class="permalink" href="#entry-1"><span>8:31 p.m.</span></a></header>
<div class="text"><p>The light rail is not running. The transit agency says replacement buses
run on the Blue and Green lines every fifteen minutes until service resumes.</p></div></div>
</div></article></body></html>"""


def test_permalink_time_with_a_header_time_and_author_links() -> None:
    updates = _updates(_EN_PERMALINK, url="https://ledger.example/2026/12/03/outage-live/")
    eastern = timezone(timedelta(hours=-5))
    assert [_at(u) for u in updates] == [
        datetime(2026, 12, 4, 0, 10, tzinfo=eastern),
        datetime(2026, 12, 3, 23, 35, tzinfo=eastern),
        datetime(2026, 12, 3, 20, 31, tzinfo=eastern),
    ]
    assert updates[0]["articleBody"].startswith("The mayor has signed")
    assert "a.m." not in updates[0]["articleBody"]


_RU_TITLE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Дума: онлайн</title>
</head><body><h1>Заседание думы: онлайн</h1>
<p class="sub">4 декабря 2026 · время самарское (UTC+4)</p>
<div class="feed">
<article class="post" id="m3"><a class="anchor" href="#m3" title="4 декабря 2026, 14:02">#</a>
<div class="content"><p>Заседание закрыто. Решение о недоверии правительству области не принято:
«за» проголосовали 19 депутатов из 50.</p></div></article>
<article class="post" id="m2"><a class="anchor" href="#m2" title="4 декабря 2026, 12:35">#</a>
<div class="content"><p>Председатель правительства выступил с отчётом и пообещал закончить ремонт
теплосетей к октябрю следующего года.</p></div></article>
<article class="post" id="m1"><a class="anchor" href="#m1" title="4 декабря 2026, 10:45">#</a>
<div class="content"><p>Заседание открылось. В повестке один вопрос, зарегистрированы 48 депутатов
из 50, сообщили в пресс-службе думы.</p></div></article>
</div></body></html>"""


def test_permalink_title_gives_the_time_and_its_mark_leaves_the_text() -> None:
    updates = _updates(_RU_TITLE, url="https://volga.example/politics/duma-online")
    assert [u["articleBody"][:16] for u in updates] == [
        "Заседание закрыт",
        "Председатель пра",
        "Заседание открыл",
    ]
    assert all(not u["articleBody"].startswith("#") for u in updates)
    samara = timezone(timedelta(hours=4))
    assert _at(updates[0]) == datetime(2026, 12, 4, 14, 2, tzinfo=samara)


def test_links_that_are_not_permalinks_stamp_nothing() -> None:
    # the same page with its anchors leading to other pages, or titled with a bare clock
    elsewhere = _RU_TITLE.replace('href="#m', 'href="/politics/post-')
    assert _updates(elsewhere, url="https://volga.example/politics/duma-online") == []
    bare = _RU_TITLE.replace("4 декабря 2026, ", "")
    assert _updates(bare, url="https://volga.example/politics/duma-online") == []


_EN_COMMENTS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>My winter garden</title>
</head><body><article><h1>My winter garden</h1>
<p>The kale survived the frost, the leeks are thriving and the broad beans went in last week.</p>
</article><ol class="commentlist">
<li id="li-comment-1"><div class="comment-meta"><a href="#comment-1">December 3, 2026 at 9:41 am</a>
</div><p>Lovely to see the leeks doing so well. Mine bolted in October and I never worked out why,
so I am going to try your variety next year and sow them a little later in the spring.</p></li>
<li id="li-comment-2"><div class="comment-meta"><a href="#comment-2">December 3, 2026 at 9:58 am</a>
</div><p>Did you cover the kale at all during the frost, or did it come through on its own? We had
minus six here and mine looks very sorry for itself this morning, though it may recover.</p></li>
<li id="li-comment-3"><div class="comment-meta"><a href="#comment-3">December 3, 2026 at 11:02 am</a>
</div><p>Broad beans in December is brave. My grandfather always sowed his in November and swore by
it, but he was on light sandy soil and we are on heavy clay that stays wet all winter.</p></li>
</ol></body></html>"""


def test_readers_comments_permalinks_stamp_no_post() -> None:
    assert _updates(_EN_COMMENTS, url="https://gardenblog.example/2026/12/winter-garden/") == []
    # the same page whose links are a blog's post permalinks is read as one
    posts = _EN_COMMENTS.replace("#comment-", "#post-").replace("comment", "entry")
    assert len(_updates(posts, url="https://gardenblog.example/2026/12/winter-garden/")) == 3
