"""Live blogs, forty-fifth session, review findings 6 and 9: readers' comments stamped with a
bare age ("3h", «12 мин») under an ordinary article are no live blog, however long the thread;
a bare age is bounded (a day); a live blog whose posts carry bare ages is still read, also when
its markup calls it a "commentary".  Pages written here (English and Russian, invented)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import lxml.html

from newsprism.feeds.liveblog_html import html_updates
from newsprism.feeds.parse import parse
from newsprism.feeds.text_times import MAX_BARE_AGE_MINUTES, bare_age, relative_stamp

NOW = datetime(2026, 12, 9, 18, 0, tzinfo=UTC).timestamp()

_EN_PARA = (
    "<p>The harbour board voted on Wednesday evening to close the old fish market for two"
    " winters while its roof is rebuilt, and the traders will move to a tent on the quay.</p>"
)
_RU_PARA = (
    "<p>Городской совет в среду решил закрыть старый рынок на две зимы, пока перекрывают"
    " крышу, а торговцы переедут в павильон на набережной у вокзала.</p>"
)


def _article(title: str, para: str, byline: str, thread: str, lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><h1>{title}</h1>"
        f'<p class="byline">{byline} <time datetime="2026-12-09T08:30:00Z">9.12.2026</time></p>'
        f"<article>{para * 8}</article>{thread}</body></html>"
    ).encode()


def _en_thread(n: int) -> str:
    items = "".join(
        f'<li class="c-item"><div class="c-head"><b>reader{k}</b> <span>{k % 23 + 1}h</span></div>'
        f"<p>Market day won't be the same in a tent, the stalls need walls in January,"
        f" and parking on the quay is already hard, note {k}.</p></li>"
        for k in range(n)
    )
    return f'<div id="discussion-comments"><h3>{n} comments</h3><ul>{items}</ul></div>'


def _ru_thread(n: int) -> str:
    items = "".join(
        f'<div class="kommentariy-item"><span class="who">Гость {k}</span>'
        f"<span>{k * 2 + 1} мин</span>"
        f"<p>Рынок в палатке зимой — это странно, торговцам будет холодно, а покупателям"
        f" негде поставить машину, заметка {k}.</p></div>"
        for k in range(n)
    )
    return f'<section class="комментарии"><h3>Обсуждение</h3>{items}</section>'


def test_english_article_with_a_long_thread_of_bare_ages_is_no_live_blog() -> None:
    page = _article("Fish market to close", _EN_PARA, "By Tom Reed,", _en_thread(20))
    parsed = parse(page, "https://coastnews.example/2026/12/09/fish-market", NOW)
    assert parsed.entries == []


def test_russian_article_with_a_long_thread_of_bare_ages_is_no_live_blog() -> None:
    page = _article("Рынок закроют", _RU_PARA, "Анна Белова,", _ru_thread(20), "ru")
    parsed = parse(page, "https://gorod.example/news/2026/12/09/rynok", NOW)
    assert parsed.entries == []


_LIVE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Storm Ilse live</title>
</head><body><h1>Storm Ilse: live updates</h1>
<p class="byline">By Mia Ostrand <time datetime="2026-12-09T06:00:00Z">9 December</time></p>
<div class="{cls}">
<div class="entry"><span class="age">25m</span>
<p>The coastguard says two fishing boats that had been missing since the morning have reached
the harbour at Kelby and everyone on board is safe.</p></div>
<div class="entry"><span class="age">1h 40m</span>
<p>Rail services along the coast are suspended until at least six o'clock, the operator said,
after a tree came down on the line near the river bridge.</p></div>
<div class="entry"><span class="age">4h</span>
<p>The weather service has raised its warning for the northern coast to the highest level, with
gusts of up to 130 kilometres an hour expected in the afternoon.</p></div>
</div>
<div id="comments"><p>Comments are closed on this page.</p></div>
</body></html>"""


def test_live_blog_with_bare_ages_is_still_read() -> None:
    for cls in ("live-entries", "live-commentary"):
        tree = lxml.html.fromstring(_LIVE.replace("{cls}", cls))
        updates = html_updates(tree, "https://coastnews.example/live/storm-ilse", NOW)
        assert len(updates) == 3, cls
        ages = [NOW - datetime.fromisoformat(u["datePublished"]).timestamp() for u in updates]
        assert ages == [25 * 60, 100 * 60, 4 * 3600]
        assert updates[0]["articleBody"].startswith("The coastguard says two fishing boats")


def test_live_blog_inside_comment_markup_has_no_text_stamps() -> None:
    tree = lxml.html.fromstring(_LIVE.replace("{cls}", "reader-comments"))
    assert html_updates(tree, "https://coastnews.example/live/storm-ilse", NOW) == []


def test_bare_age_is_bounded_to_a_day() -> None:
    assert bare_age("23h") == timedelta(hours=23)
    assert bare_age("1d") == timedelta(days=1)
    assert bare_age("40h") is None
    assert bare_age("9d") is None
    assert bare_age("30 ч") is None
    assert relative_stamp("40h") is None
    assert MAX_BARE_AGE_MINUTES == 24 * 60
    # an age with "ago" keeps its own, longer bound
    assert relative_stamp("40 hours ago") == timedelta(hours=40)
