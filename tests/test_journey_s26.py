"""Session 26, a Russian-reading researcher's day end to end: the faults it met in the feeds,
the translate command and the trace listing.  Invented pages and feeds, served in-process."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from publisher import Hit, Publisher, Reply
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.cli.trace import _render
from newsprism.errors import NewsprismError
from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.feeds.clock import iso
from newsprism.library import Library
from newsprism.library.feeds import FeedStore
from newsprism.library.revisions import revisions

FIRE = (
    "На складе в Верхнеборске начался пожар. По данным МЧС, площадь возгорания "
    "составляет {area} квадратных метров."
)
EVACUATION = "«Из соседних домов вывели сорок человек», — сообщил глава района Фёдор Лыков."


def _live_page(updates: list[tuple[float, str, str]]) -> bytes:
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Пожар в Верхнеборске: онлайн",
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "@id": f"/live#post-{i}",
                "headline": headline,
                "articleBody": text,
                "datePublished": iso(t),
            }
            for i, (t, headline, text) in enumerate(updates)
        ],
    }
    return (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Пожар: онлайн</title>'
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
        "</head><body><h1>Пожар: онлайн</h1></body></html>"
    ).encode()


def _poller(lib: Library, clock: SimulatedClock) -> Poller:
    return Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)


def test_a_live_updates_one_word_headline_is_its_title(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    t0 = clock.now()
    page = _live_page([(t0 - 600, "Эвакуация", EVACUATION)])
    site.route("/live", lambda hit: (200, {"Content-Type": "text/html; charset=utf-8"}, page))
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/live")], now=t0)
        p = _poller(lib, clock)
        p.refresh()
        p.close()
        [article_id] = list(lib.iter_ids())
        article = lib.get(article_id)
        # the headline had been dropped: the update was listed by its opening words
        assert article.title == "Эвакуация"
        assert article.text.startswith("«Из соседних домов")


def test_a_corrected_figure_in_a_live_update_is_stored_at_the_next_poll(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    t0 = clock.now()
    state = {"area": "300"}

    def live(hit: Hit) -> Reply:
        page = _live_page([(t0 - 600, "Пожар на складе", FIRE.format(area=state["area"]))])
        return 200, {"Content-Type": "text/html; charset=utf-8"}, page

    site.route("/live", live)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/live")], now=t0)
        p = _poller(lib, clock)
        p.refresh()
        [article_id] = list(lib.iter_ids())
        state["area"] = "500"
        clock.sleep(300)  # the next poll of a live blog, five minutes on
        p.refresh()
        p.drain()
        p.close()
        # the text is in the feed (nothing to fetch): it waited half an hour before
        assert list(lib.iter_ids()) == [article_id]
        old, new = revisions(lib, article_id)
        assert "300 квадратных" in old.text and "500 квадратных" in new.text
        assert [i["status"] for i in FeedStore(lib.conn).items()] == ["stored"]


FIXTURES = Path(__file__).parent / "fixtures"


def test_translating_a_page_into_its_own_language_says_so_and_writes_nothing(
    tmp_path: Path,
) -> None:
    out = tmp_path / "page.ru.html"
    # an English page and the default --to en: the page was written out untranslated, exit 0
    result = CliRunner().invoke(
        app,
        ["translate", str(FIXTURES / "html" / "en_news_figure_credit.html"), "-o", str(out)],
    )
    assert result.exit_code != 0
    assert "already in en" in result.output and "--to ru" in result.output
    assert not out.exists()


def _appearance(article_id: int, score: float | None) -> SimpleNamespace:
    source = SimpleNamespace(article_id=article_id, site="Вести Приречья")
    mention = SimpleNamespace(source=source, text="45 млн рублей", unit="RUB")
    return SimpleNamespace(
        mention=mention,
        item_id=0,
        score=score,
        when="2026-11-20",
        attributed_to="Пётр Лыков",
        words="На ремонт моста выделят 45 млн рублей.",
    )


def test_a_trace_line_names_its_match_score() -> None:
    timeline = SimpleNamespace(
        trace_id=1,
        kind="claim",
        appearances=[_appearance(1, None), _appearance(2, 0.82), _appearance(3, None)],
        flags=[],
    )
    lines = _render(timeline, set()).splitlines()
    # a bare "0.82" after "45 млн рублей" read as a second figure
    assert lines[3].endswith("[2:0] match 0.82")
    assert lines[1].endswith("[1:0] first") and lines[5].endswith("[3:0] began the trace")


def test_a_correction_of_an_item_the_article_lacks_says_where_its_ids_are(
    tmp_path: Path,
) -> None:
    import newsprism

    page = (FIXTURES / "html" / "ru_cp1251_photo.html").read_bytes()
    db = tmp_path / "lib.sqlite"
    with Library.open(db) as lib:
        article_id = lib.add(newsprism.read(page, stages=()))
    result = CliRunner().invoke(
        app,
        ["corrections", "add", str(article_id), "--kind", "figure", "--item", "9", "--db", str(db)],
    )
    # raised to the CLI's main, which prints "newsprism: MESSAGE — HINT"
    error = result.exception
    assert isinstance(error, NewsprismError) and "has no figure 9" in str(error)
    # 'reload the page and try again', alone, told a user of the command line nothing
    assert "it has no figures" in error.hint and "newsprism show" in error.hint


def test_the_story_list_gives_its_times_with_their_zone(tmp_path: Path) -> None:
    import re

    import newsprism

    page = (FIXTURES / "html" / "ru_cp1251_photo.html").read_bytes()
    db = tmp_path / "lib.sqlite"
    with Library.open(db) as lib:
        lib.add(newsprism.read(page, stages=()))
    result = CliRunner().invoke(app, ["stories", "--db", str(db)])
    assert result.exit_code == 0, result.output
    # '2026-03-14T00:00' read as a local time; 'story ID' gives the same instant with its Z
    assert re.search(r"\t2026-03-1[34]T\d\d:\d\dZ\t", result.output), result.output


def test_watch_once_tells_of_a_waiting_item_it_stored_when_no_feed_was_due(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    t0 = clock.now()
    page = _live_page([(t0 - 600, "Пожар на складе", FIRE.format(area="300"))])
    site.route("/live", lambda hit: (200, {"Content-Type": "text/html; charset=utf-8"}, page))
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/live")], now=t0)
        p = _poller(lib, clock)
        p.watch(once=True)
        # an item left waiting (a killed run's, or a revision read later), the feed not due
        lib.conn.execute("UPDATE feed_items SET status = 'pending', next_try_at = 0")
        lib.conn.commit()
        told: list[int] = []
        p.watch(once=True, on_drained=told.append)
        p.close()
        # the poll round stored it before the drain and the count went nowhere: 'watch --once'
        # printed only "no feed was due"
        assert told == [1]


def test_a_bad_setting_names_no_command_that_does_not_exist() -> None:
    result = CliRunner().invoke(
        app, ["read", str(FIXTURES / "html" / "en_news_figure_credit.html"), "-f", "pdf"]
    )
    assert result.exit_code != 0 and "unknown format 'pdf'" in result.output
    # "see 'newsprism settings --help'": there is no such command
    assert "settings" not in result.output and "--help" in result.output
    assert "settings" not in [c.name for c in app.registered_commands]


RSS = (
    '<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n'
    '<rss version="2.0"><channel><title>Вести Приречья</title><link>https://priroche.example/</link>'
    "<item><title>Мост через Сухону откроют летом</title>"
    "<link>https://priroche.example/news/most</link><guid>most-1</guid></item></channel></rss>"
)
ATOM = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
    "<title>Harbour news</title><entry><title>Ferry fares rise</title>"
    '<link href="https://harbour.example/fares"/><id>fares-1</id></entry></feed>'
)


def test_a_feed_given_to_read_is_named_a_feed(tmp_path: Path) -> None:
    from newsprism.sources import decode

    feed = tmp_path / "rss.xml"
    feed.write_text(RSS, encoding="utf-8")
    result = CliRunner().invoke(app, ["read", str(feed)])
    assert result.exit_code != 0
    # it was "not parsed as HTML … a front page, a paywall or rendered by JavaScript"
    assert "is an RSS feed" in result.output and "newsprism feeds add" in result.output
    assert "paywall" not in result.output
    try:
        decode(ATOM.encode(), source="atom.xml")
    except NewsprismError as error:
        assert "an Atom feed" in str(error)
    else:
        raise AssertionError("an Atom feed was taken for a page")
    # an XHTML page opening with an XML declaration is still a page
    xhtml = '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>'
    assert decode(xhtml.encode(), source="page.xhtml").is_html


def _bridge_page(site: str, amount: int) -> bytes:
    return (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8">'
        f'<meta property="og:site_name" content="{site}">'
        '<meta property="article:published_time" content="2026-11-20T10:00:00+03:00">'
        "<title>Мост через Сухону в Заречном отремонтируют летом</title></head><body><article>"
        "<h1>Мост через Сухону в Заречном отремонтируют летом</h1>"
        "<p>Мост через реку Сухону в Заречном закроют на ремонт с 1 июня, сообщили в "
        "администрации города.</p>"
        f"<p>На ремонт моста из областного бюджета выделят {amount} млн рублей.</p>"
        "<p>На время ремонта жителям Северного района предложат объезд через старую переправу, "
        "а автобусы пустят по временной схеме.</p></article></body></html>"
    ).encode()


def test_a_storys_differing_figures_are_plain_numbers(tmp_path: Path) -> None:
    import newsprism

    db = tmp_path / "lib.sqlite"
    with Library.open(db) as lib:
        for site, amount in (("Вести Заречья", 48), ("Новости Приречья", 52)):
            lib.add(newsprism.analyse(newsprism.read(_bridge_page(site, amount))))
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["stories", "--db", str(db), "--json"]).output)
    [story] = [s for s in listed if s["articles"] == 2]
    out = runner.invoke(app, ["story", str(story["id"]), "--db", str(db)]).output
    figures = out[out.index("figures that differ") :]
    # '4.8e+07 (Вести Заречья), 5.2e+07 (Новости Приречья)'
    assert "e+0" not in figures
    assert "48,000,000 («48 млн рублей», Вести Заречья)" in figures
