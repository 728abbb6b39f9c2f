"""Findings of the eighteenth session's review, each on invented text: a test per fix."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

from test_stories import FERRY_RU, OTHER, make

from newsprism.article import Article, Metadata
from newsprism.extract.scraped_context import mark_headline_prints
from newsprism.extract.scraped_labels import CHROME, SHORT, Labelled
from newsprism.extract.scraped_lines import Line
from newsprism.library import Library
from newsprism.stories.assign import assign_new
from newsprism.stories.view import list_stories
from newsprism.trace import fates
from newsprism.trace.mentions import ClaimMention, Source

#: a feed item stored from its summary before its page was read (invented)
TEASER = ("Главное к этому часу", "Редакция следит за развитием событий, подробности позже.")
URL = "https://sever.example/news/2026/05/04/parom"


def _with_url(title: str, text: str, lang: str, published: str) -> Article:
    article = make(title, text, lang, "sever.example", published)
    return dataclasses.replace(
        article, metadata=Metadata(site="sever.example", url=URL, published=published)
    )


def _story_of(lib: Library, article_id: int) -> int:
    row = lib.conn.execute(
        "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
    ).fetchone()
    return int(row[0])


def _people(text: str, sentence: str) -> ClaimMention:
    """A figure counting people, as the trace reads it from the claims stage."""
    return ClaimMention(
        source=Source(1, "outlet.example", None, None, "ru", 0.0),
        claim_id=0,
        text=text,
        sentence=sentence,
        value=1.0,
        value_high=None,
        unit="people",
        hedge="=",
        qualifier=None,
        about=None,
        period=None,
        speaker=None,
        asserted_by="article",
        confidence=None,
    )


def test_moderate_symptoms_are_no_death() -> None:
    """«умеренный» (moderate) begins with the stem of «умер» (died): the patients of an outbreak
    with moderate symptoms were read as killed, and kept apart from the same count of the ill."""
    moderate = _people("40 человек", "В больнице остаются 40 человек с умеренными симптомами.")
    assert fates.fate(moderate) != "killed"
    ill = _people("40 человек", "Всего заболели 40 человек, сообщили в больнице.")
    assert not fates.apart(moderate, ill)
    # the verb itself still reads as a death
    died = _people("3 человека", "В больнице умерли 3 человека.")
    assert fates.fate(died) == "killed"


def test_a_running_story_keeps_a_lead_when_its_first_happening_is_placed_again(
    tmp_path: Path,
) -> None:
    """An article placed again (its text changed) leaves its story, and a story left empty is
    deleted; a running story named by that story's id (``stories.running_id``) was left pointing
    at nothing: listed at the running level with no title, under the id of no story."""
    with Library.open(tmp_path / "lib.sqlite") as lib:
        item = lib.add(_with_url(*TEASER, "ru", "2026-05-04T08:00:00Z"))
        later = lib.add(make(*OTHER, "en", "aegean-post.example", "2026-05-05T10:00:00Z"))
        assign_new(lib)
        first = _story_of(lib, item)
        second = _story_of(lib, later)
        assert first != second
        # the second happening is the next day's development of the first: one running story
        lib.conn.execute("UPDATE stories SET running_id = ? WHERE id = ?", (first, second))
        lib.conn.commit()

        # the teaser's page is read: the first happening is left empty and deleted
        lib.add(_with_url(*FERRY_RU, "ru", "2026-05-04T08:00:00Z"))
        assign_new(lib)
        assert not lib.conn.execute("SELECT 1 FROM stories WHERE id = ?", (first,)).fetchone()
        leads = {int(r[0]) for r in lib.conn.execute("SELECT running_id FROM stories").fetchall()}
        ids = {int(r[0]) for r in lib.conn.execute("SELECT id FROM stories").fetchall()}
        assert leads <= ids, (leads, ids)
        running = list_stories(lib.conn, level="running")
        assert all(s["title"] for s in running), running
        assert any(s["id"] == second for s in running)


def _lines(texts: list[str], label: str = SHORT) -> list[Labelled]:
    return [Labelled(Line(t, False, i), label, "") for i, t in enumerate(texts)]


def test_a_headline_printed_in_the_tab_above_is_marked_in_linear_time() -> None:
    """Every line before the body was compared with every line above it: 16,000 menu-like lines
    with no body took 6 s of CPU in this step alone, and a 20 MB paste would hold a worker for
    hours (the time budget is checked between steps, not inside)."""
    labs = _lines(
        ["Storm closes the coast road | The Gazette", "Home", "Storm closes the coast road"]
    )
    labs[0].label = CHROME
    mark_headline_prints(labs, len(labs))
    assert [lab.printed_twice for lab in labs] == [False, False, True]
    # the line itself, or a longer one, is no print of it
    alone = _lines(["Storm closes the coast road", "Storm closes the coast road"])
    mark_headline_prints(alone, len(alone))
    assert not any(lab.printed_twice for lab in alone)

    many = _lines([f"Home News Sport Weather Section {i}" for i in range(20_000)])
    started = time.process_time()  # CPU time: the shared machine's load does not count
    mark_headline_prints(many, len(many))
    assert time.process_time() - started < 1.5
