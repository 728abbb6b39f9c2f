"""The twentieth session's audit of the web reader as a reader meets it: the library's pages, the
article page, the story, speaker and feeds pages.  Invented articles only; each test failed
before its fix (see the commit)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import newsprism
from newsprism.library import Library
from newsprism.web import create_app
from newsprism.web.security import CSRF_COOKIE

LOCAL = "http://127.0.0.1:8000"
BROWSER = {"accept": "text/html,application/xhtml+xml"}

EN = (
    "<html><head><title>Harbour ferry fares rise in April</title></head><body><article>"
    "<h1>Harbour ferry fares rise in April</h1><p>Ferry fares will rise by 12 percent in April, "
    "the port authority said on Friday. Commuters said they would take the bus instead.</p>"
    "</article></body></html>"
)
RU = "Тарифы на паром вырастут в апреле. Решение приняли в администрации порта в пятницу."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    for text in (EN, RU):
        lib.add(newsprism.read(text.encode()))
    lib.close()
    return path


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, analyse=False), base_url=LOCAL) as c:
        c.get("/")
        yield c


def test_a_page_past_the_last_is_no_empty_library(client: TestClient) -> None:
    # was "The library is empty: add an article below" on a library of two articles
    page = client.get("/?page_no=3", headers=BROWSER)
    assert page.status_code == 200
    assert "library is empty" not in page.text
    assert "No more articles past page 3" in page.text
    assert "holds 2 articles" in page.text
    # a search's page past its last is no "Nothing matches" either
    searched = client.get("/?q=ferry&page_no=2", headers=BROWSER)
    assert "Nothing matches" not in searched.text
    assert "No more results past page 2" in searched.text


def _report(site: str, published: str, body: str) -> bytes:
    return (
        f'<html><head><title>Ferry fares to rise</title><meta property="og:site_name" '
        f'content="{site}"><meta property="article:published_time" content="{published}">'
        f"</head><body><article><h1>Ferry fares to rise</h1><p>{body}</p></article></body></html>"
    ).encode()


def _analysed(data: bytes) -> newsprism.Article:
    from newsprism.api import STORE_STAGES

    return newsprism.read(data, stages=("segment", *STORE_STAGES))


def _two_reports_of_one_figure(tmp_path: Path) -> Path:
    """The later report is added first, so it begins the trace; the earlier one is shown first."""
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    lib.add(
        _analysed(
            _report(
                "Harbour Post",
                "2026-03-10T08:00:00Z",
                "The port authority said ferry fares would rise by 12 percent in April, adding "
                "that season tickets would be frozen.",
            )
        )
    )
    lib.add(
        _analysed(
            _report(
                "Bay Times",
                "2026-03-02T08:00:00Z",
                "Ferry fares will rise by 12 percent in April, the port authority said on Monday "
                "in a statement to commuters.",
            )
        )
    )
    lib.close()
    return path


def test_the_mention_a_trace_began_with_is_not_shown_as_a_readers_decision(
    tmp_path: Path,
) -> None:
    # its empty link score was labelled "kept by you" though nobody had decided anything
    path = _two_reports_of_one_figure(tmp_path)
    with TestClient(create_app(path, analyse=False), base_url=LOCAL) as c:
        page = c.get("/trace/claim/1/0", headers=BROWSER, follow_redirects=True)
    assert page.status_code == 200
    assert page.text.index("Bay Times") < page.text.index("Harbour Post")
    assert "kept by you" not in page.text
    assert "began the trace" in page.text


def test_an_article_with_no_outlet_is_not_zero_outlets_nor_a_question_mark(
    client: TestClient,
) -> None:
    stories = client.get("/stories", headers=BROWSER)
    assert "0 outlets" not in stories.text
    assert "no outlet named" in stories.text
    story_id = int(stories.text.split('href="/stories/')[1].split('"')[0].split("?")[0])
    story = client.get(f"/stories/{story_id}", headers=BROWSER)
    assert ">?<" not in story.text and "<li>?:" not in story.text
    assert "(no outlet named)" in story.text


def test_markup_in_a_pages_author_field_is_not_shown_as_the_authors_name(
    tmp_path: Path,
) -> None:
    # a CMS that writes the byline's HTML into the meta tag or JSON-LD: the reader showed
    # "<script>…</script>Jane Roe" and "<a href=…>" as the name
    body = (
        "</head><body><article><h1>Ferry fares to rise</h1><p>Ferry fares will rise by 12 "
        "percent in April, the port authority said on Monday.</p></article></body></html>"
    )
    meta = (
        "<html><head><title>Ferry fares to rise</title>"
        '<meta name="author" content="<script>track(\'byline\')</script>Jane Roe">' + body
    )
    jsonld = (
        '<html><head><title>Ferry fares to rise</title><script type="application/ld+json">'
        '{"@type": "NewsArticle", "author": {"name": "<a href=\\"/staff/ivan\\">Иван Петров</a>"}}'
        "</script>" + body
    )
    assert newsprism.read(jsonld.encode()).metadata.authors == ("Иван Петров",)
    article = newsprism.read(meta.encode())
    assert article.metadata.authors == ("Jane Roe",)
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    article_id = lib.add(article)
    lib.close()
    with TestClient(create_app(path, analyse=False), base_url=LOCAL) as c:
        text = c.get(f"/articles/{article_id}", headers=BROWSER).text
    assert "track(" not in text and "Jane Roe" in text


def test_translating_without_a_model_is_no_server_error_and_speaks_to_the_reader(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # was a 500 (an internal error to the browser and its log) whose message said "the other
    # stages still run" — the CLI's words, meaningless on the reader's page
    monkeypatch.setenv("NEWSPRISM_HOME", str(tmp_path / "home"))
    lib = Library.open(db)
    ru_id = next(a.id for a in lib.list_articles() if a.language == "ru")
    lib.close()
    with TestClient(create_app(db, analyse=False), base_url=LOCAL) as c:
        c.get("/")
        response = c.post(
            f"/articles/{ru_id}/translate",
            data={"csrf": c.cookies[CSRF_COOKIE]},
            headers=BROWSER,
        )
    assert response.status_code == 503
    assert "no ru→en translation model is installed on this computer" in response.text
    assert "other stages" not in response.text
    assert "newsprism models install" in response.text


def test_the_stories_page_leads_past_its_first_page(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # it showed the latest 100 stories and no link to any older one
    from newsprism.web import stories

    lib = Library.open(db)
    lib.add(newsprism.read(b"The school board approved a new library budget on Thursday evening."))
    lib.close()
    monkeypatch.setattr(stories, "STORIES_PAGE", 1)
    with TestClient(create_app(db, analyse=False), base_url=LOCAL) as client:
        _pages_of_stories(client)


def _pages_of_stories(client: TestClient) -> None:
    first = client.get("/stories", headers=BROWSER).text
    assert first.count('<li><a href="/stories/') == 1
    assert "page_no=1" in first and "Older stories" in first
    second = client.get("/stories?page_no=1", headers=BROWSER).text
    assert second.count('<li><a href="/stories/') == 1
    assert 'start="2"' in second and "Newer stories" in second and "Older stories" not in second
    assert (
        first.split('<li><a href="/stories/')[1][:3]
        != second.split('<li><a href="/stories/')[1][:3]
    )


def test_an_uncertain_quote_without_a_speaker_says_so(tmp_path: Path) -> None:
    # an uncertain quote with no speaker guess stood in the list with nothing after its cue:
    # neither a guess nor a word that nobody was found
    import dataclasses

    from newsprism.render.html import render_html

    article = _analysed(
        _report(
            "Bay Times",
            "2026-03-02T08:00:00Z",
            '"We were promised cheaper tickets," said Ann Lee, a commuter, on Monday.',
        )
    )
    assert article.quotes
    quote = dataclasses.replace(article.quotes[0], speaker=None, confidence=0.2)
    unsure = dataclasses.replace(article, quotes=(quote, *article.quotes[1:]))
    html = render_html(unsure)
    item = html[html.index('data-item="quote"') :]
    item = item[: item.index("</li>")]
    assert "speaker not identified" in item


@pytest.mark.parametrize("bad", ["javascript:alert(1)", "data:text/html,<b>x</b>", "mailto:a@b.c"])
def test_a_script_or_data_address_in_a_pages_metadata_is_not_its_url(
    bad: str, tmp_path: Path
) -> None:
    # og:url "javascript:…" was stored as the article's address ("address: javascript:…" on
    # the reader) and made a feed item linking the same script a "duplicate" of the article
    page = (
        f'<html><head><title>Ferry fares to rise</title><meta property="og:url" content="{bad}">'
        '<link rel="canonical" href="javascript:void(0)"></head><body><article><h1>Ferry fares '
        "to rise</h1><p>Ferry fares will rise by 12 percent in April, the port authority said "
        "on Monday.</p></article></body></html>"
    ).encode()
    article = newsprism.read(page)
    assert article.metadata.url is None
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    article_id = lib.add(article)
    lib.close()
    with TestClient(create_app(path, analyse=False), base_url=LOCAL) as c:
        text = c.get(f"/articles/{article_id}", headers=BROWSER).text
    assert "address: " + bad.split(",")[0] not in text


def test_a_refused_private_address_names_the_servers_option(client: TestClient) -> None:
    # the hint said "pass --allow-private (allow_private=True in Python)": neither is something
    # a reader of the web page can do; the server's own option is
    response = client.post(
        "/add",
        data={"csrf": client.cookies[CSRF_COOKIE], "url": "http://192.168.1.20/news/1"},
        headers=BROWSER,
    )
    assert response.status_code == 400
    assert "newsprism serve --allow-private" in response.text
    assert "in Python" not in response.text


def test_not_the_same_takes_the_marked_row_out_of_the_trace_not_the_first(
    tmp_path: Path,
) -> None:
    # the pair was sorted by article id: marking the later row (article 1) as not the first's
    # (article 2) took the first mention, the figure being followed, out of the trace instead
    import re

    path = _two_reports_of_one_figure(tmp_path)
    with TestClient(create_app(path, analyse=False), base_url=LOCAL) as c:
        page = c.get("/trace/claim/1/0", headers=BROWSER, follow_redirects=True)
        form = re.search(
            r'<form method="post" action="(/traces/\d+/decide)".*?</form>', page.text, re.S
        )
        assert form is not None
        fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', form.group(0)))
        assert fields["b"] == "1:0"  # the Harbour Post row
        after = c.post(form.group(1), data=fields, headers=BROWSER, follow_redirects=True)
    assert after.status_code == 200
    timeline = after.text[after.text.index("Every mention") :]
    assert "Bay Times" in timeline
    assert "Harbour Post" not in timeline


def test_the_speaker_page_marks_what_the_reader_lists_as_uncertain(tmp_path: Path) -> None:
    # an attribution the article's reader lists under "Uncertain attributions" ("uncertain:
    # Ann Lee?") stood on Ann Lee's page as plainly hers
    import dataclasses

    article = _analysed(
        _report(
            "Bay Times",
            "2026-03-02T08:00:00Z",
            '"We were promised cheaper tickets," said Ann Lee, a commuter, on Monday. '
            '"The boats are always late," said Ann Lee.',
        )
    )
    quotes = [q for q in article.quotes if q.speaker is not None]
    assert len(quotes) == 2
    unsure = dataclasses.replace(quotes[1], confidence=0.3)
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    lib.add(dataclasses.replace(article, quotes=(quotes[0], unsure)))
    lib.close()
    with TestClient(create_app(path, analyse=False), base_url=LOCAL) as c:
        page = c.get("/speakers/Ann%20Lee", headers=BROWSER).text
    rows = page[page.index("<tbody>") :].split("<tr>")[1:]
    assert len(rows) == 2
    (sure,) = [r for r in rows if "cheaper tickets" in r]
    (guess,) = [r for r in rows if "always late" in r]
    assert "uncertain: Ann Lee?" in guess
    assert "uncertain" not in sure


def test_the_feeds_page_says_ok_not_a_bare_status_code(db: Path) -> None:
    # a feed fetched fine was "200" in the State column, one never fetched "?" as its kind
    import time

    from newsprism.library.feeds import FeedStore

    lib = Library.open(db)
    store = FeedStore(lib.conn)
    fetched, _ = store.add("https://news.example/rss.xml", time.time())
    store.add("https://other.example/feed", time.time())
    lib.conn.execute(
        "UPDATE feeds SET last_status = '200', kind = 'feed' WHERE id = ?", (fetched.id,)
    )
    lib.conn.commit()
    lib.close()
    with TestClient(create_app(db, analyse=False), base_url=LOCAL) as c:
        text = c.get("/feeds", headers=BROWSER).text
    rows = text[text.index("<tbody>") :].split("<tr>")[1:]
    assert '<td data-label="State">ok</td>' in rows[0] and ">200<" not in rows[0]
    assert '<td data-label="State">?</td>' not in rows[1] and "not polled yet" in rows[1]
