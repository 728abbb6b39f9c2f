"""Stories, thirty-first session: a wire copy that changes a figure only after the part of the
text the matcher compares (its first 2,000 characters) is another report of the same story, not a
copy a reader may skip; ``read``'s summary counts one source as one source; and a library whose
stored lead names carry the withdrawn rumour rule's third element still reads."""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsprism
from newsprism.article import Article
from newsprism.cli import app
from newsprism.errors import NoArticleTextError
from newsprism.library import Library
from newsprism.read_many import Failure, _summarise
from newsprism.stories.features import HEAD_CHARS

# Written for this test: an invented report of a ferry fire, long enough that its last
# paragraphs fall after the head the matcher compares
TITLE = "Fire on Kintyre ferry forces evacuation of passengers"
PARAGRAPHS = [
    "A fire broke out in the engine room of the ferry Isle of Carradale on Thursday morning as "
    "it crossed from Tarbert to Portavadie, and all passengers were taken off by lifeboat, the "
    "operator Clyde Island Ferries said.",
    "The blaze was reported shortly after the ferry left Tarbert at 08:40. The crew closed the "
    "engine room and released its fire suppression system, and the master turned the vessel "
    "back towards Loch Fyne while a mayday was broadcast to the coastguard at Belfast.",
    "Lifeboats from Tighnabruaich and Campbeltown reached the ferry within half an hour. The "
    "coastguard helicopter from Prestwick stood by overhead while passengers in life jackets "
    "were moved to the lifeboats in groups, the elderly and families with children first.",
    "Passengers described a smell of burning and a thin haze in the lounge before the alarm "
    "sounded. One said the crew had been calm and had handed out blankets on the car deck, "
    "where people waited for almost an hour before they were taken ashore at Tarbert pier.",
    "The operator said the fire had been contained to the engine room and that nobody had been "
    "hurt. The ferry was towed back to Tarbert by a tug in the afternoon, and engineers from "
    "the shipyard that built it were expected to inspect the damage on Friday.",
    "Sailings between Tarbert and Portavadie were cancelled for the rest of the week. The "
    "operator said it would try to bring a relief vessel from the Gourock route, but that "
    "timetables elsewhere on the network would have to change to make one available.",
    "Local businesses on the Cowal peninsula said the loss of the crossing would cost them "
    "trade during the autumn holidays, when visitors use the short route to reach the west "
    "coast. The council said it had asked the operator for a date when sailings would resume.",
    "Weather on the loch was calm at the time, with a light southerly wind, which the "
    "lifeboat crews said had made the transfer of passengers easier than it might have been "
    "in the gales that closed several west coast routes earlier in the month.",
    "The Marine Accident Investigation Branch said it had sent inspectors to Tarbert and would "
    "decide after their visit whether to open a full investigation into the fire.",
    "The ferry was carrying 112 passengers and 14 crew when the fire broke out, and 31 vehicles "
    "were left on board overnight. Their owners were told they could collect them from Tarbert "
    "once the vessel had been declared safe.",
]
TEXT = "\n\n".join(PARAGRAPHS)
#: an agency's copy that gives another count of the passengers in its last paragraph only
COPY = TEXT.replace("112 passengers", "142 passengers")
#: and another outlet's copy with a word changed there, every figure kept
KEPT = TEXT.replace("were left on board", "remained on board")


def _page(title: str, paragraphs: list[str], url: str, published: str) -> Article:
    """The report read from a saved page, with its outlet, address and publication time."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    article = newsprism.read(f"{page}{body}</article></body></html>".encode())
    site = url.split("/")[2]
    meta = dataclasses.replace(article.metadata, site=site, url=url, published=published)
    return dataclasses.replace(article, metadata=meta)


def _article(text: str, site: str, published: str) -> Article:
    """Read and analysed as ``add`` does (figures and their owners, as the story view sees them)."""
    url = f"https://{site}/ferry-fire"
    return newsprism.analyse(_page(TITLE, text.split("\n\n"), url, published))


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("stories31") / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add(_article(TEXT, "argyll-times.example", "2026-10-08T10:00:00Z"))
        lib.add(_article(COPY, "agency-wire.example", "2026-10-08T11:00:00Z"))
        lib.add(_article(KEPT, "clyde-news.example", "2026-10-08T12:00:00Z"))
    yield path


def test_the_changed_figure_lies_after_the_compared_head() -> None:
    assert TEXT.index("112 passengers") > HEAD_CHARS
    assert len(TEXT) > HEAD_CHARS + 200


def test_a_copy_changing_a_figure_after_the_head_is_the_same_story(ferry: Path) -> None:
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["stories", "--db", str(ferry), "--json"]).output)
    assert [s["articles"] for s in listed] == [3], "one story of the three reports"
    detail = json.loads(
        runner.invoke(app, ["story", str(listed[0]["id"]), "--db", str(ferry), "--json"]).output
    )
    relations = {a["site"]: (a["relation"], a["related_to"]) for a in detail["articles"]}
    first = next(a["id"] for a in detail["articles"] if a["site"] == "argyll-times.example")
    # 142 passengers for 112: a report of its own; a copy with a word changed stays a copy
    assert relations["agency-wire.example"] == ("same-story", first)
    assert relations["clyde-news.example"] == ("same-text", first)
    # and the story view flags the figure that changed, and only it
    flagged = [g for g in detail["figures"] if g["flags"]]
    assert len(flagged) == 1
    assert sorted(r["value"] for r in flagged[0]["reports"]) == [112.0, 112.0, 142.0]


def test_one_failed_source_of_one_is_one_source(capsys: pytest.CaptureFixture[str]) -> None:
    _summarise([Failure("page.html", NoArticleTextError("no article text found"))], 1)
    first = capsys.readouterr().err.splitlines()[0]
    assert first == "newsprism: 1 of 1 source failed:"
    _summarise([Failure("a.html", NoArticleTextError("no article text found"))], 2)
    assert capsys.readouterr().err.splitlines()[0] == "newsprism: 1 of 2 sources failed:"


def test_the_running_level_links_without_the_rare_name_shift() -> None:
    # Written for this test: two reports of one day that name one rare place in their headlines
    # and leads — a ferry fire and a council's parking vote in the same small town
    from newsprism.stories import match
    from newsprism.stories.features import fingerprints
    from newsprism.stories.lexical import DocumentFrequencies

    fire = (
        "Ferry fire at Portavadie pier",
        "A fire broke out on a moored ferry at Portavadie pier on Thursday morning; nobody was "
        "hurt, the operator said.",
    )
    vote = (
        "Portavadie parking charges approved",
        "Councillors approved parking charges at Portavadie on Thursday after a debate that "
        "lasted three hours.",
    )
    a, b = fingerprints([fire, vote], [1_791_000_000.0, 1_791_003_600.0])
    df = DocumentFrequencies()
    for fp in (a, b):
        df.add(fp.terms, fp.names)
    assert match.rare_name_shift(a, b, df) == match.RARE_NAME_LOGIT
    score = match.story_score(a, b, df)
    plain = match.running_probability(score, a, b, df)
    assert plain < score
    expected = 1.0 / (1.0 + math.exp(-(math.log(score / (1.0 - score)) - match.RARE_NAME_LOGIT)))
    assert plain == pytest.approx(expected)
    # without a shared rare name the two probabilities are one
    storm = ("Storm closes schools", "Schools across Argyll closed on Thursday as gales hit.")
    c = fingerprints([storm], [1_791_003_600.0])[0]
    assert match.running_probability(0.4, a, c, df) == 0.4


# Written for this test: two angles of one invented level-crossing crash, neither headline naming
# the village both leads give
CRASH = (
    "Под Полоцком дизель-поезд врезался в грузовик на переезде",
    "Региональный поезд Полоцк — Витебск столкнулся с грузовиком на переезде у деревни "
    "Заозерье. Пострадали семь пассажиров, двое госпитализированы.",
)
BARRIER = (
    "Железная дорога: водитель грузовика объехал закрытый шлагбаум",
    "Представитель железной дороги заявил, что сигнализация на переезде у Заозерья работала "
    "исправно, а камера записала, как грузовик объезжает шлагбаум.",
)


def test_a_rare_name_both_leads_give_tells_an_angle() -> None:
    from newsprism.stories import match
    from newsprism.stories.features import fingerprints
    from newsprism.stories.lexical import DocumentFrequencies

    a, b = fingerprints([CRASH, BARRIER], [1_791_000_000.0, 1_791_007_200.0])
    shared = a.lead_names & b.lead_names
    assert shared and not shared & (a.title_names | b.title_names)
    df = DocumentFrequencies()
    for fp in (a, b):
        df.add(fp.terms, fp.names)
    assert match.rare_name_shift(a, b, df) == match.RARE_NAME_LOGIT
    assert match.reaches("happening", match.story_score(a, b, df), a, b)
    # a name that more reports give is no longer specific enough without a headline
    for _ in range(match.LEAD_RARE_DOCUMENTS):
        df.add(a.terms[:1], shared)
    assert match.rare_name_shift(a, b, df) == 0.0


def test_a_library_with_a_withdrawn_third_lead_element_still_reads(tmp_path: Path) -> None:
    # this session's first code kept how a lead told its news ("rumour", "confirms") as a
    # third element of story_articles.head_names; that rule was withdrawn, and a library it
    # wrote opens and reads the lead's names past it: the angle the crash's lead names the
    # village of joins it (the lead's names are what joins them: the test above)
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.add(
            _page(
                CRASH[0], [CRASH[1]], "https://vitebsk-news.example/crash", "2026-10-08T07:00:00Z"
            )
        )
        rows = lib.conn.execute("SELECT article_id, head_names FROM story_articles").fetchall()
        assert len(rows) == 1 and len(json.loads(rows[0][1])) == 2
        title, lead = json.loads(rows[0][1])
        assert lead, "the lead's names are stored"
        lib.conn.execute(
            "UPDATE story_articles SET head_names = ? WHERE article_id = ?",
            (json.dumps([title, lead, "rumour"], ensure_ascii=False), rows[0][0]),
        )
        lib.conn.commit()
    with Library.open(path) as lib:
        lib.add(
            _page(
                BARRIER[0],
                [BARRIER[1]],
                "https://rail-daily.example/barrier",
                "2026-10-08T09:00:00Z",
            )
        )
        assert not lib.conn.execute("SELECT * FROM link_failures").fetchall()
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["stories", "--db", str(path), "--json"]).output)
    assert [s["articles"] for s in listed] == [2], "the angle joins the stored report"
