"""The twenty-second session's walk through the README as a new user: what a user typed as the
README shows it and got nothing, and a trace that named a guessed speaker as plainly the author.
Invented articles only; each test failed before its fix."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import newsprism
from newsprism.api import STORE_STAGES
from newsprism.cli import app
from newsprism.library import Library
from newsprism.web import create_app

LOCAL = "http://127.0.0.1:8000"
BROWSER = {"accept": "text/html,application/xhtml+xml"}


def _page(site: str, published: str, title: str, body: str) -> bytes:
    return (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="{site}">'
        f'<meta property="article:published_time" content="{published}"></head><body><article>'
        f"<h1>{title}</h1><p>{body}</p></article></body></html>"
    ).encode()


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def db(tmp_path: Path) -> str:
    """Ann Lee's two quotes, the second one listed by the reader as uncertain."""
    article = newsprism.read(
        _page(
            "Bay Times",
            "2026-03-02T08:00:00Z",
            "Ferry fares to rise",
            '"We were promised cheaper tickets," said Ann Lee, a commuter, on Monday. '
            '"It is one boat for one town," said Ann Lee.',
        ),
        stages=("segment", *STORE_STAGES),
    )
    quotes = [q for q in article.quotes if q.speaker is not None]
    assert len(quotes) == 2
    unsure = dataclasses.replace(quotes[1], confidence=0.3)
    path = tmp_path / "lib.sqlite"
    lib = Library.open(path)
    lib.add(dataclasses.replace(article, quotes=(quotes[0], unsure)))
    lib.add(
        newsprism.read(
            "Тарифы на паром вырастут в апреле. Решение приняли в администрации порта.".encode()
        )
    )
    lib.close()
    return str(path)


def test_a_search_given_as_one_argument_keeps_its_operators(db: str) -> None:
    # the README's "newsprism search 'инфляции lang:ru after:2026-01'": one argument with a
    # space was put back in quotes as a phrase, "lang:ru" and all, and found nothing
    code, out = _run("search", "паром lang:ru", "--db", db)
    assert code == 0, out
    assert "Тарифы на паром" in out
    code, out = _run("search", "паром lang:en", "--db", db)
    assert code == 1 and "no results" in out
    # several words with no operator are still the phrase the shell unquoted
    code, out = _run("search", "cheaper tickets", "--db", db)
    assert code == 0 and "Ferry fares" in out
    code, out = _run("search", "tickets cheaper", "--db", db)
    assert code == 1


def test_a_quote_of_short_words_is_found(db: str) -> None:
    # "trace --quote 'stays one town'" (the README's example) found nothing: the look-up used
    # only words of five letters or more
    code, out = _run("trace", "--quote", "one boat for one town", "--db", db)
    assert code == 0, out
    assert "one boat for one town" in out


def _trace_of(db: str, words: str) -> int:
    code, out = _run("trace", "--quote", words, "--json", "--db", db)
    assert code == 0, out
    (found,) = json.loads(out)
    return int(found["trace"])


def test_trace_marks_a_guessed_speaker_as_the_speaker_command_does(db: str) -> None:
    code, out = _run("trace", "--quote", "cheaper tickets", "--db", db)
    assert code == 0 and "Ann Lee" in out and "uncertain" not in out
    code, out = _run("trace", "--quote", "boat for one town", "--db", db)
    assert code == 0
    assert "uncertain: Ann Lee?" in out
    code, out = _run("trace", "--quote", "boat for one town", "--json", "--db", db)
    (data,) = json.loads(out)
    assert data["first_appearance"]["uncertain"] is True
    code, out = _run("trace", "--quote", "cheaper tickets", "--json", "--db", db)
    assert json.loads(out)[0]["first_appearance"]["uncertain"] is False


def test_claim_review_names_no_guessed_author(db: str) -> None:
    # a published ClaimReview named the guessed speaker as the claim's author
    code, out = _run("trace", "--quote", "boat for one town", "--claim-review", "--db", db)
    assert code == 0
    (review,) = json.loads(out)
    assert review["@type"] == "ClaimReview"
    assert "author" not in review["itemReviewed"]
    assert all("author" not in a for a in review["itemReviewed"]["appearance"])
    code, out = _run("trace", "--quote", "cheaper tickets", "--claim-review", "--db", db)
    (sure,) = json.loads(out)
    assert sure["itemReviewed"]["author"] == {"@type": "Person", "name": "Ann Lee"}


def test_the_trace_page_and_its_exports_mark_a_guessed_speaker(db: str) -> None:
    guessed, sure = _trace_of(db, "boat for one town"), _trace_of(db, "cheaper tickets")
    with TestClient(create_app(Path(db), analyse=False), base_url=LOCAL) as c:
        page = c.get(f"/traces/{guessed}", headers=BROWSER).text
        plain = c.get(f"/traces/{sure}", headers=BROWSER).text
        review = c.get(f"/api/traces/{guessed}/claim-review").json()
        api = c.get(f"/api/traces/{guessed}").json()
    assert "uncertain: Ann Lee?" in page
    assert page.count("uncertain: Ann Lee?") == 2  # "attributed to" and the table's row
    assert "uncertain" not in plain and "Ann Lee" in plain
    assert "author" not in review["itemReviewed"]
    assert api["first_appearance"]["uncertain"] is True


def _stories(db: str) -> dict[str, int]:
    """Each story's id by the words of its first article."""
    code, out = _run("stories", "--db", db, "--json")
    assert code == 0, out
    return {s["title"] or "": int(s["id"]) for s in json.loads(out)}


def test_a_story_marks_a_guessed_speaker_and_names_an_untitled_article(db: str) -> None:
    stories = _stories(db)
    (ferry,) = [i for t, i in stories.items() if "Ferry" in t]
    code, out = _run("story", str(ferry), "--db", db)
    assert code == 0, out
    (sure,) = [line for line in out.splitlines() if "cheaper tickets" in line]
    (guess,) = [line for line in out.splitlines() if "one boat" in line]
    assert "uncertain: Ann Lee?" in guess and "uncertain" not in sure
    (other,) = [i for i in stories.values() if i != ferry]
    code, out = _run("story", str(other), "--db", db)
    (row,) = [line for line in out.splitlines() if "[ru]" in line]
    assert "Тарифы на паром" in row  # was the article's id and nothing after it
    with TestClient(create_app(Path(db), analyse=False), base_url=LOCAL) as c:
        page = c.get(f"/stories/{ferry}", headers=BROWSER).text
        untitled = c.get(f"/stories/{other}", headers=BROWSER).text
    quotes = page[page.index("Who said what first") :].split("<li>")[1:]
    (sure_li,) = [q for q in quotes if "cheaper tickets" in q]
    (guess_li,) = [q for q in quotes if "one boat" in q]
    assert "uncertain: Ann Lee?" in guess_li and "uncertain" not in sure_li
    assert "Тарифы на паром" in untitled[untitled.index("Articles by time") :]


def test_running_stories_count_one_happening_in_the_singular(db: str) -> None:
    code, out = _run("stories", "--level", "running", "--db", db)
    assert code == 0, out
    assert "1 happening" in out and "1 happenings" not in out


def test_feeds_list_words_a_fetch_as_the_web_page_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'feeds list' ended a fetched feed's line in a bare "200" and a feed never polled in "new"
    import time

    from publisher import Publisher, article_html

    import newsprism.feeds.politeness as pol
    from newsprism.feeds import SimulatedClock

    monkeypatch.setattr(pol, "HOST_SPACING", 0.0)
    db = str(tmp_path / "feeds.sqlite")
    with Publisher(SimulatedClock(time.time())) as site:
        site.route("/news/1", lambda hit: (200, {"Content-Type": "text/html"}, article_html(1)))
        rss = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Ex</title><item><title>One'
            f"</title><link>{site.url('/news/1')}</link><guid>g1</guid></item></channel></rss>"
        ).encode()
        site.route("/rss", lambda hit: (200, {"Content-Type": "application/rss+xml"}, rss))
        assert _run("feeds", "add", site.url("/rss"), "--db", db)[0] == 0
        code, before = _run("feeds", "list", "--db", db)
        assert before.rstrip().endswith("· not polled yet"), before
        flags = ["--db", db, "--allow-private", "--no-analyse", "--no-stories"]
        assert _run("feeds", "refresh", *flags)[0] == 0
        code, after = _run("feeds", "list", "--db", db)
    assert code == 0
    assert after.rstrip().endswith("· ok"), after


def test_translate_without_a_model_does_not_say_the_other_stages_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'newsprism translate' with no model said "the other stages still run" and wrote nothing
    monkeypatch.setenv("NEWSPRISM_HOME", str(tmp_path / "home"))
    page = tmp_path / "page.html"
    page.write_bytes(
        _page(
            "Бухта",
            "2026-03-02T08:00:00Z",
            "Паром подорожает",
            "Стоимость билета на паром вырастет в апреле, сообщили в администрации порта.",
        )
    )
    out = tmp_path / "page.en.html"
    code, said = _run("translate", str(page), "-o", str(out), "--no-analyse")
    assert code == 1
    assert "other stages" not in said and "nothing was translated" in said
    assert "newsprism models install translate-ru-en" in said
    assert not out.exists()


def test_an_address_with_no_page_is_a_page_for_a_browser(db: str) -> None:
    # a mistyped address showed the browser FastAPI's bare {"detail":"Not Found"}
    with TestClient(create_app(Path(db), analyse=False), base_url=LOCAL) as c:
        page = c.get("/storys", headers=BROWSER)
        api = c.get("/api/nothing-here")
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "no page at /storys" in page.text and 'href="/"' in page.text
    assert api.status_code == 404 and api.json() == {"detail": "Not Found"}
