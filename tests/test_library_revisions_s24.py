"""Session 24, the library's follow-up: every text of a corrected article is kept (a second
``add`` of the same URL, a feed item corrected under its GUID, a headline alone), shown by
``newsprism revisions``, the JSON API and the reader page with a word diff; an older library
opens with its ids; and ``add URL`` / ``read URL`` of a bot check, a consent wall or an
"enable JavaScript" page refuse it, storing and printing nothing.  Invented pages."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import wall_pages
from publisher import Hit, Publisher, Reply
from typer.testing import CliRunner
from wall_pages import bot_check, needs_js

import newsprism
from newsprism.article import Article
from newsprism.cli import app
from newsprism.errors import WallPageError
from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.library import Library, db
from newsprism.library.revisions import revisions, word_diff

URL = "https://harbour.example/news/fares"
PARAS = [
    "The harbour board of Kettleby met on Tuesday and agreed to raise ferry fares by {n} per cent "
    "from the spring, its chair Maren Holt told reporters after the vote.",
    '"We cannot keep the evening crossings without it," Holt said. The board had spent the '
    "winter reviewing the route's costs, which rose sharply after two engines were replaced.",
    "Commuters' groups said the rise would fall hardest on shift workers who use the last boat "
    "home, and asked the council to cover part of it from the {fund} fund.",
]


def _page(n: int, headline: str, fund: str = "parking") -> bytes:
    body = "".join(f"<p>{p.format(n=n, fund=fund)}</p>" for p in PARAS)
    return (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        f"{body}</article></body></html>"
    ).encode()


def _article(n: int, headline: str, fund: str = "parking", url: str = URL) -> Article:
    a = newsprism.read(_page(n, headline, fund), stages=())
    return dataclasses.replace(a, metadata=dataclasses.replace(a.metadata, url=url))


# -- 1: revisions ------------------------------------------------------------------------------


def test_a_corrected_article_keeps_its_earlier_text_under_the_same_id(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        first = lib.add(_article(8, "Ferry fares to rise 8%"), link=False)
        # the same page again: no new revision
        assert lib.add(_article(8, "Ferry fares to rise 8%"), link=False) == first
        assert len(revisions(lib, first)) == 1
        second = lib.add(_article(6, "Ferry fares to rise 6%"), link=False)
        assert second == first and lib.count() == 1
        found = revisions(lib, first)
        assert [r.number for r in found] == [1, 2]
        old, new = found
        assert "by 8 per cent" in old.text and old.title == "Ferry fares to rise 8%"
        assert not old.latest and old.replaced_at and new.latest
        assert new.text == lib.get(first).text and "by 6 per cent" in new.text
        assert old.content_hash != new.content_hash and new.title_before == old.title
        [change] = new.changes
        assert (change.removed.strip(), change.added.strip()) == ("8", "6")
        assert change.before.endswith("fares by ") and change.after.startswith("per cent")
        # search reads the latest text only
        assert [h.id for h in lib.search('"6 per cent"')] == [first]
        assert lib.search('"8 per cent"') == []


def test_a_headline_corrected_alone_is_a_revision(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        article_id = lib.add(_article(8, "Ferry fares to rise 8%"), link=False)
        lib.add(_article(8, "Ferry fares to rise by 8% in spring"), link=False)
        old, new = revisions(lib, article_id)
        assert old.text == new.text and new.changes == ()
        assert (new.title_before, new.title) == (
            "Ferry fares to rise 8%",
            "Ferry fares to rise by 8% in spring",
        )


def test_the_same_text_at_another_address_is_no_revision(tmp_path: Path) -> None:
    """A wire story another outlet ran under its own headline has the same text: it is a copy,
    not the first outlet's correction, so no revision says that outlet changed its headline."""
    with Library.open(tmp_path / "lib.sqlite") as lib:
        article_id = lib.add(_article(8, "Ferry fares to rise 8%"), link=False)
        lib.add(
            _article(8, "Kettleby board backs dearer crossings", url="https://wire.example/ferry"),
            link=False,
        )
        assert [r.number for r in revisions(lib, article_id)] == [1]


def test_removing_an_article_removes_its_revisions(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        article_id = lib.add(_article(8, "Fares"), link=False)
        lib.add(_article(6, "Fares"), link=False)
        lib.remove(article_id)
        assert lib.conn.execute("SELECT count(*) FROM article_revisions").fetchone()[0] == 0


def test_a_library_from_before_revisions_opens_with_its_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    older = [m for m in db.MIGRATIONS if m[0] != "library_0001_revisions"]
    assert len(older) == len(db.MIGRATIONS) - 1
    monkeypatch.setattr(db, "MIGRATIONS", older)
    with Library.open(path) as lib:
        lib.add(_article(1, "Other news", fund="harbour", url=URL + "-other"), link=False)
        ids = [lib.add(_article(8, "Fares"), link=False)]
        lib.remove(ids[0] - 1)
        assert "article_revisions" not in {
            r[0] for r in lib.conn.execute("SELECT name FROM sqlite_master")
        }
    monkeypatch.undo()
    with Library.open(path) as lib:
        assert list(lib.iter_ids()) == ids
        [only] = revisions(lib, ids[0])
        assert only.latest and "by 8 per cent" in only.text
        assert lib.add(_article(6, "Fares"), link=False) == ids[0]
        assert [r.number for r in revisions(lib, ids[0])] == [1, 2]


def test_word_diff_gives_each_change_with_its_context() -> None:
    old = " ".join(f"w{i}" for i in range(60))
    new = old.replace("w5 ", "W5 ").replace("w40 w41", "w40 new w41")
    first, second = word_diff(old, new)
    assert (first.removed, first.added) == ("w5 ", "W5 ") and not first.more_before
    assert first.before == "w0 w1 w2 w3 w4 " and first.more_after
    assert (second.removed, second.added) == ("", "new ") and second.after.startswith("w41")
    assert word_diff(old, old.replace(" ", "  ")) == []


# -- 2: shown: CLI, JSON API, the reader page ---------------------------------------------------


def _two_revisions(path: Path, headline_after: str = "Ferry fares to rise 6%") -> int:
    with Library.open(path) as lib:
        article_id = lib.add(_article(8, "Ferry fares to rise 8%"), link=False)
        lib.add(_article(6, headline_after, fund="&lt;b&gt;harbour&lt;/b&gt;"), link=False)
    return article_id


def test_the_revisions_command_lists_them_with_a_word_diff(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    article_id = _two_revisions(path)
    out = CliRunner().invoke(app, ["revisions", str(article_id), "--db", str(path)])
    assert out.exit_code == 0, out.output
    assert "2 (latest)" in out.output and "Ferry fares to rise 8%" in out.output
    assert "fares by [-8-]{+6+} per cent" in out.output
    assert "title: [-Ferry fares to rise 8%-]{+Ferry fares to rise 6%+}" in out.output
    out = CliRunner().invoke(app, ["revisions", str(article_id), "--db", str(path), "--json"])
    data = json.loads(out.stdout)
    assert data["count"] == 2 and data["revisions"][0]["latest"] is False
    assert "by 8 per cent" in data["revisions"][0]["text"]
    assert data["revisions"][1]["title_changed"] is True
    assert data["revisions"][1]["changes"][0]["added"].strip() == "6"
    missing = CliRunner().invoke(app, ["revisions", "99", "--db", str(path)])
    assert missing.exit_code != 0 and "no article with id 99" in str(missing.exception)


def test_the_reader_page_and_the_api_show_the_revisions_escaped(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from newsprism.web import create_app

    path = tmp_path / "lib.sqlite"
    article_id = _two_revisions(path)
    with Library.open(path) as lib:
        single = lib.add(_article(3, "Bridge tolls", fund="bridge", url=URL + "-2"), link=False)
    with TestClient(create_app(path, analyse=False), base_url="http://127.0.0.1:8000") as c:
        html = c.get(f"/articles/{article_id}", headers={"accept": "text/html"}).text
        api = c.get(f"/api/articles/{article_id}/revisions").json()
        plain = c.get(f"/articles/{single}", headers={"accept": "text/html"}).text
        assert c.get("/api/articles/999/revisions").status_code == 404
    assert 'id="revisions"' in html and "2 revisions" in html
    assert "<del>8 </del><ins>6 </ins>" in html
    # the page's text "<b>harbour</b>" is shown as those characters, not as markup
    assert "<del>parking </del><ins>&lt;b&gt;harbour&lt;/b&gt; </ins>fund." in html
    assert "<b>harbour" not in html
    assert api["count"] == 2 and api["revisions"][1]["latest"] is True
    assert 'id="revisions"' not in plain


# -- 3: a feed item whose headline alone is corrected -------------------------------------------


def _rss(site: Publisher, title: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Kettleby harbour</title><link>{site.url('/')}</link>"
        f"<item><title>{title}</title><link>{site.url('/fares')}</link>"
        "<guid>kettleby-fares-1</guid><description>The board agreed.</description></item>"
        "</channel></rss>"
    ).encode()


def test_a_feed_items_corrected_headline_is_kept_as_a_revision(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    state = {"title": "Ferry fares to rise 8%"}

    def page(hit: Hit) -> Reply:
        return 200, {"Content-Type": "text/html"}, _page(8, state["title"])

    site.route(
        "/rss",
        lambda hit: (200, {"Content-Type": "application/rss+xml"}, _rss(site, state["title"])),
    )
    site.route("/fares", page)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
        p.refresh()
        [article_id] = list(lib.iter_ids())
        state["title"] = "Ferry fares to rise 8% from spring"
        clock.sleep(3600)
        p.refresh()
        p.drain()
        p.close()
        assert list(lib.iter_ids()) == [article_id]
        old, new = revisions(lib, article_id)
        assert (old.title, new.title) == ("Ferry fares to rise 8%", state["title"])


# -- 4: walls met by add and read of a URL ------------------------------------------------------

BOT_CHECK = bot_check("harbour.example")
CONSENT = wall_pages.CONSENT
NEEDS_JS = needs_js("Harbour news")


@pytest.mark.parametrize(
    ("wall", "why"),
    [(BOT_CHECK, "bot check"), (CONSENT, "consent wall"), (NEEDS_JS, "needs JavaScript")],
)
def test_add_and_read_of_a_url_refuse_a_wall_and_store_nothing(
    tmp_path: Path, site: Publisher, wall: bytes, why: str
) -> None:
    site.route("/fares", lambda hit: (200, {"Content-Type": "text/html"}, wall))
    path = tmp_path / "lib.sqlite"
    out = CliRunner().invoke(
        app, ["add", site.url("/fares"), "--db", str(path), "--allow-private", "--no-analyse"]
    )
    assert out.exit_code == 1, out.output
    assert why in out.output and "not the article; nothing was stored" in out.output
    assert "save the page" in out.output and "'newsprism add'" in out.output
    with Library.open(path) as lib:
        assert lib.count() == 0
        assert lib.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
    out = CliRunner().invoke(app, ["read", site.url("/fares"), "--allow-private", "-f", "json"])
    assert out.exit_code == WallPageError.exit_code, out.output
    assert why in out.output and '"text"' not in out.output
    with pytest.raises(WallPageError, match=why):
        newsprism.read(site.url("/fares"), allow_private=True, stages=())
    # the same page saved from a browser is the reader's to keep: a file is never refused
    saved = tmp_path / "saved.html"
    saved.write_bytes(wall)
    assert newsprism.read(str(saved), stages=()) is not None


def test_the_web_reader_refuses_a_wall_given_as_a_url(tmp_path: Path, site: Publisher) -> None:
    from fastapi.testclient import TestClient

    from newsprism.web import create_app
    from newsprism.web.security import CSRF_COOKIE

    site.route("/fares", lambda hit: (200, {"Content-Type": "text/html"}, BOT_CHECK))
    path = tmp_path / "lib.sqlite"
    app_ = create_app(path, analyse=False, allow_private=True)
    with TestClient(app_, base_url="http://127.0.0.1:8000") as c:
        c.get("/")
        response = c.post(
            "/api/articles",
            json={"url": site.url("/fares")},
            headers={"x-csrf-token": c.cookies[CSRF_COOKIE]},
        )
    assert response.status_code >= 400
    assert response.json()["error"] == "WallPageError"
    with Library.open(path) as lib:
        assert lib.count() == 0


def test_a_real_article_at_a_url_is_still_added(tmp_path: Path, site: Publisher) -> None:
    site.route("/fares", lambda hit: (200, {"Content-Type": "text/html"}, _page(8, "Fares")))
    path = tmp_path / "lib.sqlite"
    out = CliRunner().invoke(
        app, ["add", site.url("/fares"), "--db", str(path), "--allow-private", "--no-analyse"]
    )
    assert out.exit_code == 0, out.output
    with Library.open(path) as lib:
        assert lib.count() == 1


# -- 5: a feed whose descriptions change in their digits on every poll --------------------------


def _counter_rss(site: Publisher, title: str, description: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Kettleby harbour</title><link>{site.url('/')}</link>"
        f"<item><title>{title}</title><link>{site.url('/fares')}</link>"
        f"<guid>kettleby-fares-1</guid><description>{description}</description></item>"
        "</channel></rss>"
    ).encode()


def _counter_feed(
    tmp_path: Path, clock: SimulatedClock, site: Publisher, state: dict[str, str]
) -> tuple[Library, Poller, list[Hit]]:
    pages: list[Hit] = []

    def page(hit: Hit) -> Reply:
        pages.append(hit)
        return 200, {"Content-Type": "text/html"}, _page(int(state["n"]), state["title"])

    site.route(
        "/rss",
        lambda hit: (
            200,
            {"Content-Type": "application/rss+xml"},
            _counter_rss(site, state["title"], state["desc"]),
        ),
    )
    site.route("/fares", page)
    lib = Library.open(tmp_path / "lib.sqlite")
    add_feeds(lib, [site.url("/rss")], now=clock.now())
    p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
    p.refresh()
    return lib, p, pages


def test_a_view_counter_in_the_description_stops_costing_fetches(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    state = {"n": "8", "title": "Ferry fares to rise", "desc": "Read 10 times. Updated 17:00."}
    lib, p, pages = _counter_feed(tmp_path, clock, site, state)
    for k in range(1, 11):
        state["desc"] = f"Read {10 + 37 * k} times. Updated {17 + k % 7}:{k * 5:02d}."
        clock.sleep(3600)
        p.refresh()
        p.drain()
    # the first page, then two re-reads that found it unchanged; ten before this change
    assert len(pages) == 3
    [article_id] = list(lib.iter_ids())
    assert len(revisions(lib, article_id)) == 1
    # a change of words is still a correction, read again at once
    state.update(desc="Corrected: the rise is smaller.", n="6")
    clock.sleep(3600)
    p.refresh()
    p.drain()
    assert len(pages) == 4 and len(revisions(lib, article_id)) == 2
    # and so is a change of digits in the headline
    state.update(title="Ferry fares to rise 6%")
    clock.sleep(3600)
    p.refresh()
    p.drain()
    assert len(pages) == 5 and revisions(lib, article_id)[-1].title == state["title"]
    p.close()
    lib.close()


def test_a_corrected_figure_in_the_description_is_read_again(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    # a feed whose digit-only changes were corrections: each is read, and the count stays 0
    state = {"n": "8", "title": "Ferry fares to rise", "desc": "Fares rise by 8 per cent."}
    lib, p, pages = _counter_feed(tmp_path, clock, site, state)
    for n in (6, 5, 4):
        state.update(desc=f"Fares rise by {n} per cent.", n=str(n))
        clock.sleep(3600)
        p.refresh()
        p.drain()
    [article_id] = list(lib.iter_ids())
    assert len(pages) == 4 and len(revisions(lib, article_id)) == 4
    assert lib.conn.execute("SELECT digit_noise FROM feeds").fetchone()[0] == 0
    p.close()
    lib.close()
