"""Faults an English-speaking fact-checker met walking through every command (session 24)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.trace.search import figure_values


def test_a_figure_grouped_by_commas_is_read_in_thousands() -> None:
    # `trace '231,000'`, copied from an English article, said "no trace found": the English
    # reading wants a word beside the number and the Russian one read 231.000
    assert figure_values("231,000")[0] == 231000.0
    assert figure_values("1,250,000") == [1250000.0]
    assert figure_values("7,2%") == [7.2]  # a Russian decimal stays one figure


def test_watch_once_with_nothing_due_says_when_and_how_to_poll_now(tmp_path: Path) -> None:
    # a feed on a loopback address is refused with "pass --allow-private"; passed to `watch
    # --once`, the refused feed was not due for hours and the command printed nothing at all
    db = str(tmp_path / "lib.sqlite")
    runner = CliRunner()
    feed = "http://127.0.0.1:9/rss.xml"
    assert runner.invoke(app, ["feeds", "add", feed, "--db", db]).exit_code == 0
    first = runner.invoke(app, ["watch", "--once", "--db", db, "--no-analyse", "--no-stories"])
    assert "--allow-private" in first.output
    again = runner.invoke(
        app, ["watch", "--once", "--db", db, "--allow-private", "--no-analyse", "--no-stories"]
    )
    # session 28: the refused feed is polled at once by the run that allows it (nothing
    # listens on port 9: it fails to connect, and says so), not "not due" for hours
    assert "no feed was due" not in again.output
    assert feed in again.output and "--allow-private" not in again.output


_FEES = (
    "Parking fees in Eastbury to rise from April\n\n"
    "The town council voted on Tuesday to raise parking fees in the centre from April.\n\n"
    "Council leader Priya Shah said the fees would rise by 40 percent and bring in about "
    "£350,000 a year for the new bus lanes.\n\n"
    "Shopkeepers on the high street said the change would drive customers to the retail park.\n"
)


@pytest.fixture(scope="module")
def fees_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import newsprism
    from newsprism.library import Library

    db = tmp_path_factory.mktemp("journey24") / "library.sqlite"
    with Library.open(db) as lib:
        lib.add(newsprism.analyse(newsprism.read(_FEES.encode())))
    return db


def test_a_speakers_figures_of_one_sentence_are_told_apart(fees_library: Path) -> None:
    # two figures of one sentence were two identical lines (the sentence alone), on the
    # command line and on the web page: each now names its figure
    out = CliRunner().invoke(app, ["speaker", "Priya Shah", "--db", str(fees_library)]).output
    lines = [line for line in out.splitlines() if "“Council leader" in line]  # the figures
    assert len(lines) == 2 and len(set(lines)) == 2
    assert "40 percent —" in lines[0] + lines[1] and "£350,000" in lines[0] + lines[1]


def test_the_web_speaker_page_names_each_figure(fees_library: Path) -> None:
    from fastapi.testclient import TestClient

    from newsprism.web.app import create_app

    app_ = create_app(fees_library, analyse=False)
    with TestClient(app_, base_url="http://127.0.0.1:8000") as client:
        page = client.get("/speakers/Priya Shah").text
    assert '<strong class="figure">40 percent</strong>' in page
    assert "£350,000" in page.split('<strong class="figure">')[2]


def test_a_missing_saved_page_is_not_offered_as_a_url(tmp_path: Path) -> None:
    # `read nonexist.html` hinted "give the URL: https://nonexist.html"
    out = CliRunner().invoke(app, ["read", str(tmp_path / "missing-page.html")]).output
    assert "no such file" in out and "https://" not in out
    out = CliRunner().invoke(app, ["read", "missing-page.html"]).output
    assert "https://missing-page.html" not in out
    out = CliRunner().invoke(app, ["read", "example.com/news/1"]).output
    assert "https://example.com/news/1" in out  # a site without its scheme still is


_PAY = (
    "Bus drivers accept pay offer\n\n"
    "The drivers' union said its members had voted to accept a rise of 4.5% this year.\n\n"
    "Depot manager Colin Barr said the deal would cost about £2m over two years.\n\n"
    "An internal review found that 14 routes ran late on most days last winter.\n"
)


def test_claim_review_authors_are_people_organisations_or_none(tmp_path: Path) -> None:
    # ClaimReview JSON-LD named every author a schema.org Person, a union too
    import json

    import newsprism
    from newsprism.library import Library

    db = tmp_path / "library.sqlite"
    with Library.open(db) as lib:
        article = newsprism.analyse(newsprism.read(_PAY.encode()))
        lib.add(article)
    kinds = {s.name: s.kind for s in article.speakers}
    reviews = []
    for figure in ("4.5%", "£2m", "14 routes"):
        out = CliRunner().invoke(app, ["trace", figure, "--claim-review", "--db", str(db)])
        assert out.exit_code == 0, out.output
        reviews += json.loads(out.output)
    authors = {}
    for review in reviews:
        claim = review["itemReviewed"]
        assert claim["@type"] == "Claim" and claim["firstAppearance"]["@type"] == "CreativeWork"
        if "author" in claim:
            authors[claim["author"]["name"]] = claim["author"]["@type"]
    for name, kind in authors.items():
        expected = {"organization": "Organization", "collective": "Organization"}
        assert kinds.get(name) != "document"
        assert kind == expected.get(kinds.get(name, "person"), "Person"), (name, kinds)
    assert authors  # (which kinds: the attribution's analysis of the fixture)


def test_claim_review_types_each_author_by_its_speakers_kind() -> None:
    from newsprism.trace.mentions import ClaimMention, Source
    from newsprism.trace.timeline import Appearance, Timeline, to_claim_review

    def claim(article: int, speaker: str) -> ClaimMention:
        src = Source(article, f"outlet{article}.example", None, None, "en", float(article))
        return ClaimMention(
            source=src, claim_id=0, text="4.5%", sentence="…", value=4.5, value_high=None,
            unit="%", hedge="=", qualifier=None, about="pay", period=None, speaker=speaker,
            asserted_by=speaker, confidence=None,
        )  # fmt: skip

    def review(kind: str) -> dict[str, object]:
        tl = Timeline(1, "claim", "…", [Appearance(claim(1, "the union"), None)])
        item = to_claim_review(tl, (), {("claim", 1, 0): kind})["itemReviewed"]
        assert isinstance(item, dict)
        return item

    assert review("organization")["author"] == {"@type": "Organization", "name": "the union"}
    assert review("collective")["author"]["@type"] == "Organization"  # type: ignore[index]
    assert review("person")["author"]["@type"] == "Person"  # type: ignore[index]
    assert "author" not in review("document")
    assert "author" not in review("document")["firstAppearance"]  # type: ignore[operator]


def test_a_story_of_an_untitled_article_is_listed_by_its_words(tmp_path: Path) -> None:
    # `stories` and `story N` showed "(untitled)" where `list` showed the article's words
    import newsprism
    from newsprism.library import Library

    text = (
        "The old swing bridge over the canal will close for twelve weeks of repairs from "
        "Monday, the city said. Drivers are told to use the ring road instead.\n"
    )
    db = str(tmp_path / "library.sqlite")
    with Library.open(db) as lib:
        lib.add(newsprism.read(text.encode()))
    listed = CliRunner().invoke(app, ["list", "--db", db]).output
    assert "The old swing bridge" in listed
    stories = CliRunner().invoke(app, ["stories", "--db", db]).output
    assert "(untitled)" not in stories and "The old swing bridge" in stories
    story_id = stories.split("\t", 1)[0].strip()
    story = CliRunner().invoke(app, ["story", story_id, "--db", db]).output
    assert story.startswith(f"story {story_id}: The old swing bridge")
