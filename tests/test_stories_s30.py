"""Stories, thirtieth session: a rewritten copy that gives another figure is another report of
the same story, not a copy a reader may skip, and the story view flags the figure that changed
(and only that one: the figures the copy kept are not paired with it)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsprism
from newsprism.article import Article
from newsprism.cli import app
from newsprism.library import Library
from newsprism.stories.copies import figures_differ

# Written for this test: an invented flood report and an agency copy of it that gives another
# count of the people in shelters
FLOOD = (
    "Floods close 40 schools in Northumberland",
    "Forty schools in Northumberland stayed closed on Tuesday after the river Coquet burst its "
    "banks, the county council said. About 1,200 homes were without power overnight and 350 "
    "people spent the night in emergency shelters in Morpeth and Rothbury. Council leader Glen "
    "Sanderson said the clean-up would take weeks and asked the government for help. The "
    "Environment Agency kept six flood warnings in force and said more rain was expected.",
)
COPY = (FLOOD[0], FLOOD[1].replace("350 people", "520 people"))
#: and another outlet's copy with a word changed, every figure kept
KEPT = (FLOOD[0], FLOOD[1].replace("the county council said", "the county council confirmed"))


def _article(head: tuple[str, str], site: str, published: str) -> Article:
    """The report read and analysed as ``add`` does (figures and their owners by the claims
    stage, as the trace and the story view see them)."""
    title, text = head
    paragraphs = "".join(f"<p>{p}.</p>" for p in text.rstrip(".").split(". "))
    page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    article = newsprism.read(f"{page}{paragraphs}</article></body></html>".encode())
    meta = dataclasses.replace(
        article.metadata, site=site, url=f"https://{site}/floods", published=published
    )
    return newsprism.analyse(dataclasses.replace(article, metadata=meta))


@pytest.fixture(scope="module")
def flood(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("stories30") / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add(_article(FLOOD, "tyne-post.example", "2026-03-03T09:00:00Z"))
        lib.add(_article(COPY, "agency-wire.example", "2026-03-03T11:00:00Z"))
        lib.add(_article(KEPT, "borders-news.example", "2026-03-03T12:00:00Z"))
    yield path


def test_a_copy_with_another_figure_is_the_same_story_and_its_figure_is_flagged(
    flood: Path,
) -> None:
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["stories", "--db", str(flood), "--json"]).output)
    assert [s["articles"] for s in listed] == [3], "one story of the three reports"
    detail = json.loads(
        runner.invoke(app, ["story", str(listed[0]["id"]), "--db", str(flood), "--json"]).output
    )
    relations = {a["site"]: (a["relation"], a["related_to"]) for a in detail["articles"]}
    first = next(a["id"] for a in detail["articles"] if a["site"] == "tyne-post.example")
    # the copy that says 520 people is a report of the same story; the copy word for word is a copy
    assert relations["agency-wire.example"] == ("same-story", first)
    assert relations["borders-news.example"][0] == "same-text"
    flagged = [g for g in detail["figures"] if g["flags"]]
    assert len(flagged) == 1
    assert sorted(r["value"] for r in flagged[0]["reports"]) == [350.0, 350.0, 520.0]
    assert all("1,200" not in f["detail"] for f in flagged[0]["flags"])


def test_figures_differ_reads_figures_not_years() -> None:
    assert figures_differ(frozenset({"350", "40"}), json.dumps(["40", "520"]))
    assert not figures_differ(frozenset({"350", "40", "2026"}), json.dumps(["350", "40"]))
    assert not figures_differ(frozenset({"350"}), None)
    # a copy cut short drops a figure and gives none of its own
    assert not figures_differ(frozenset({"300", "312"}), json.dumps(["14", "300", "312"]))


def test_people_held_over_a_happening_is_its_aftermath() -> None:
    """Written for this test: "N held over X" is an arrest over a happening; "held" with no
    people before it, or no happening after it, is not."""
    import datetime as dt

    from newsprism.stories.when import INFERRED, event_days, tells_aftermath

    for headline in (
        "Two held over Harwich marina arson",
        "Teenager held after fire at Dunmow primary school",
        "Three men held in connection with Wisbech ram raid",
        "Marina owners held over false insurance claims",
    ):
        assert tells_aftermath(headline), headline
    for headline in (
        "Talks held over two days in Harwich",
        "Vote on marina plan held after long debate",
        "Decision on Dunmow bypass held over to next week",
        "Fire at Dunmow primary school",
    ):
        assert not tells_aftermath(headline), headline
    published = dt.datetime(2026, 6, 3, 8, tzinfo=dt.UTC).timestamp()
    # the lead names no day: the arrests are news of the day the report was published
    days = event_days(
        "Two held over Harwich marina arson",
        "Police said the two men, aged 19 and 23, were arrested at addresses in Clacton.",
        published,
    )
    assert days == (dt.date(2026, 6, 3).toordinal() + INFERRED,)
