"""Faults met walking newsprism as a researcher of Russian-language media (session 28): a live
update without an id of its own, a feed refused for its private address, each test failing on
the code before."""

from __future__ import annotations

import json
from pathlib import Path

from publisher import Hit, Publisher, Reply

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.feeds.clock import iso
from newsprism.feeds.parse import parse
from newsprism.library import Library
from newsprism.library.feeds import FeedStore
from newsprism.library.revisions import revisions

FLOOD = (
    "Уровень воды в реке у посёлка Каменка поднялся до {level} метра, сообщили в "
    "районной администрации. Жителей прибрежных улиц просят готовиться к эвакуации."
)
SHELTER = "«Мы открыли два пункта временного размещения в школах», — сказала глава района."


def _live_page(updates: list[tuple[float, str, str]]) -> bytes:
    """A live blog whose updates carry no @id or url of their own (many sites' markup)."""
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Паводок в Каменке: онлайн",
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": headline,
                "articleBody": text,
                "datePublished": iso(t),
            }
            for t, headline, text in updates
        ],
    }
    return (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Паводок</title>'
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
        "</head><body><h1>Паводок в Каменке: онлайн</h1></body></html>"
    ).encode()


def _html(page: bytes) -> Reply:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, page


def test_a_corrected_live_update_without_an_id_is_a_revision_not_a_second_article(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    t0 = clock.now()
    state = {"level": "6,2"}

    def live(hit: Hit) -> Reply:
        return _html(
            _live_page(
                [
                    (t0 - 900, "Вода поднимается", FLOOD.format(level=state["level"])),
                    (t0 - 600, "Пункты размещения", SHELTER),
                ]
            )
        )

    site.route("/live", live)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/live")], now=t0)
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
        p.refresh()
        before = sorted(lib.iter_ids())
        state["level"] = "6,8"
        clock.sleep(300)
        p.refresh()
        p.drain()
        p.close()
        # the corrected update was a new item (its GUID a digest of its text): a second article
        assert sorted(lib.iter_ids()) == before
        flood = next(i for i in before if lib.get(i).title == "Вода поднимается")
        old, new = revisions(lib, flood)
        assert "6,2 метра" in old.text and "6,8 метра" in new.text


def test_two_live_updates_of_one_time_and_headline_are_both_kept() -> None:
    t = 1_790_000_000.0
    page = _live_page([(t, "Хроника", FLOOD.format(level="5,1")), (t, "Хроника", SHELTER)])
    parsed = parse(page, "https://example.ru/live")
    assert len({e.guid for e in parsed.entries}) == 2


def test_an_update_stored_under_its_former_guid_is_not_stored_again(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    # a library whose items were stored by the code before: their GUID the digest of the text
    t0 = clock.now()
    first = (t0 - 900, "Вода поднимается", FLOOD.format(level="6,2"))
    pages = {"now": _live_page([first])}
    site.route("/live", lambda hit: _html(pages["now"]))
    [entry] = parse(pages["now"], site.url("/live")).entries
    assert entry.former_guid is not None
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/live")], now=t0)
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
        p.refresh()
        store = FeedStore(lib.conn)
        lib.conn.execute("UPDATE feed_items SET guid = ?", (entry.former_guid,))
        pages["now"] = _live_page([first, (t0 + 60, "Пункты размещения", SHELTER)])
        clock.sleep(300)
        p.refresh()
        p.drain()
        p.close()
        # the new update stored, the old one not a second time
        assert len(store.items()) == 2 and len(list(lib.iter_ids())) == 2
        guids = {r[0] for r in lib.conn.execute("SELECT guid FROM feed_items")}
        assert entry.guid in guids and entry.former_guid not in guids


def test_a_feed_refused_for_its_address_is_polled_at_once_when_allowed(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    # the refusal asks for --allow-private; the run that passes it found the feed "not due"
    # for hours (backed off as a failed feed, and counted towards disabling it)
    t0 = clock.now()
    page = _live_page([(t0 - 900, "Вода поднимается", FLOOD.format(level="6,2"))])
    site.route("/live", lambda hit: _html(page))
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/live")], now=t0)
        refusing = Poller(lib, clock=clock, analyse=None, workers=1, stories=False)
        [result] = refusing.poll_due()
        refusing.close()
        assert result.outcome == "failed" and "--allow-private" in (result.error or "")
        [feed] = FeedStore(lib.conn).all()
        assert feed.failures == 0 and feed.disabled_reason is None
        clock.sleep(60)
        allowed = Poller(
            lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False
        )
        [result] = allowed.poll_due()
        allowed.drain()
        allowed.close()
        assert result.outcome == "new"
        assert len(list(lib.iter_ids())) == 1


def test_import_batch_of_a_page_crawled_twice_says_unchanged_the_second_time(
    tmp_path: Path,
) -> None:
    from typer.testing import CliRunner

    from newsprism.cli import app

    page = (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8">'
        "<title>Мост через Сухону откроют в мае</title></head><body><article>"
        "<h1>Мост через Сухону откроют в мае</h1>"
        "<p>Новый мост через Сухону откроют для движения в мае, сообщили в районной "
        "администрации. Строительство обошлось в 1,4 млрд рублей.</p>"
        "<p>Подрядчик завершил укладку асфальта на прошлой неделе, рассказал глава района "
        "Олег Дёмин.</p></article></body></html>"
    )
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("a.html", "b.html"):  # one page saved twice, as a crawl meets it twice
        (pages / name).write_text(page, encoding="utf-8")
    out, db = tmp_path / "out", tmp_path / "lib.sqlite"
    runner = CliRunner()
    ran = runner.invoke(
        app, ["batch", str(pages), "--out", str(out), "--stages", "none", "-w", "1"]
    )
    assert ran.exit_code == 0, ran.output
    imported = runner.invoke(app, ["import", "batch", str(out), "--db", str(db)])
    assert imported.exit_code == 0, imported.output
    # the second record said "added 1" again though nothing was added
    assert imported.output.count("added 1") == 1 and "unchanged 1" in imported.output
