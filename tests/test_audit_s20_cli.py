"""The twentieth session's audit of the CLI commands that feed the web reader's views: stories,
story, trace, speaker, watch.  Invented articles only; each test failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsprism
from newsprism.api import STORE_STAGES
from newsprism.cli import app
from newsprism.library import Library


def _page(site: str | None, published: str, body: str) -> bytes:
    named = f'<meta property="og:site_name" content="{site}">' if site else ""
    return (
        f"<html><head><title>Ferry fares to rise</title>{named}"
        f'<meta property="article:published_time" content="{published}"></head><body><article>'
        f"<h1>Ferry fares to rise</h1><p>{body}</p></article></body></html>"
    ).encode()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    # the later report first, so it begins the trace; the other names no outlet (a saved file)
    for site, published, body in (
        (
            "Harbour Post",
            "2026-03-10T08:00:00Z",
            "The port authority said ferry fares would rise by 12 percent in April, adding that "
            "season tickets would be frozen.",
        ),
        (
            None,
            "2026-03-02T08:00:00Z",
            "Ferry fares will rise by 12 percent in April, the port authority said on Monday in "
            "a statement to commuters.",
        ),
    ):
        lib.add(newsprism.read(_page(site, published, body), stages=("segment", *STORE_STAGES)))
    lib.close()
    return str(path)


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_stories_name_no_zero_outlets_and_count_in_the_singular(db: str) -> None:
    code, out = _run("stories", "--db", db)
    assert code == 0
    assert "0 outlets" not in out and "1 articles" not in out
    assert "no outlet named" in out or "1 outlet" in out


def test_a_trace_shows_the_mention_it_began_with_not_a_decision_and_no_bare_question_mark(
    db: str,
) -> None:
    code, out = _run("trace", "12 percent", "--db", db)
    assert code == 0
    assert "kept" not in out  # nobody decided anything
    assert "began" in out
    assert " ? " not in out and "(no outlet named)" in out
    assert "2 mentions" in out


def test_trace_and_speaker_without_what_to_look_for_name_their_own_help(db: str) -> None:
    code, out = _run("trace", "--db", db)
    assert code != 0
    assert "newsprism trace --help" in out and "settings" not in out
    code, out = _run("speaker", " ", "--db", db)
    assert code != 0
    assert "give a NAME" in out


def test_watch_once_without_feeds_says_so(db: str) -> None:
    code, out = _run("watch", "--once", "--db", db)
    assert code == 0
    assert "no feeds to watch" in out


def test_markup_in_a_feeds_titles_is_not_shown_as_text() -> None:
    # "feeds list" and the feeds page showed "Harbour <b>News</b> <script>…" for a feed whose
    # title held escaped HTML
    from newsprism.feeds.parse import parse

    body = (
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        b"<title>Harbour &lt;b&gt;News&lt;/b&gt; &lt;script&gt;track()&lt;/script&gt;</title>"
        b"<link>https://news.example/</link><item><title>Fares &lt;em&gt;up&lt;/em&gt; 12%</title>"
        b"<link>https://news.example/a1</link></item></channel></rss>"
    )
    parsed = parse(body, "https://news.example/rss.xml")
    assert parsed.title == "Harbour News"
    assert [e.title for e in parsed.entries] == ["Fares up 12%"]


def test_speaker_marks_what_the_reader_lists_as_uncertain(tmp_path: Path) -> None:
    import dataclasses

    article = newsprism.read(
        _page(
            "Bay Times",
            "2026-03-02T08:00:00Z",
            '"We were promised cheaper tickets," said Ann Lee, a commuter, on Monday. '
            '"The boats are always late," said Ann Lee.',
        ),
        stages=("segment", *STORE_STAGES),
    )
    quotes = [q for q in article.quotes if q.speaker is not None]
    assert len(quotes) == 2
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    unsure = dataclasses.replace(quotes[1], confidence=0.3)
    lib.add(dataclasses.replace(article, quotes=(quotes[0], unsure)))
    lib.close()
    code, out = _run("speaker", "Ann Lee", "--db", str(path))
    assert code == 0
    (sure,) = [line for line in out.splitlines() if "cheaper tickets" in line]
    (guess,) = [line for line in out.splitlines() if "always late" in line]
    assert "uncertain: Ann Lee?" in guess and "uncertain" not in sure


def test_export_of_one_article_says_one_article(db: str, tmp_path: Path) -> None:
    code, out = _run(
        "export", "-o", str(tmp_path / "out"), "-f", "json", "-q", "frozen", "--db", db
    )
    assert code == 0
    assert "exported 1 article to" in out
