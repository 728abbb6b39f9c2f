"""Live blogs, forty-fifth session: a post whose time is a block of its own (a definition list's
``<dt>`` over its ``<dd>``, a bold time on its own line over a heading and paragraphs), a time
cell holding the post's time and its "Updated" time, and ages without "ago" ("2m", "1h").
Pages written here (English and Russian, invented)."""

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
