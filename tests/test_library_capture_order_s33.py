"""Captures of one page imported in any order give the page's history: each earlier text was
the page's from its fetch time until the next capture's, and the revisions are listed in that
order (an old archive imported after a newer one, a crawl read out of order).  Invented
English page."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest

import newsprism
from newsprism.article import Article
from newsprism.library import Library
from newsprism.library.revisions import revisions

URL = "https://valleypost.example/2025/06/ferry"
PAGE = (
    "<html><head><title>Ferry crossing to close for {weeks} weeks</title></head><body><article>"
    "<h1>Ferry crossing to close for {weeks} weeks</h1>"
    "<p>The ferry between Kelham and the island will stop running from 12 June while its "
    "slipways are rebuilt, the county council said on Tuesday. The work will take {weeks} "
    "weeks.</p>"
    "<p>A replacement boat for foot passengers will sail every two hours from the harbour "
    "steps, and island residents can claim a refund on their season tickets.</p>"
    "<p>The contractor plans to replace both slipways and the waiting room; the council has "
    "set aside £3.2m for the work from its transport budget.</p></article></body></html>"
)
#: four captures of the page, each a week longer, fetched a day apart
FETCHED = {weeks: f"2025-06-0{weeks - 3}T08:00:00Z" for weeks in (4, 5, 6, 7)}


def _capture(weeks: int) -> Article:
    a = newsprism.read(PAGE.format(weeks=weeks).encode(), stages=())
    meta = dataclasses.replace(a.metadata, url=URL, fetched=FETCHED[weeks])
    return dataclasses.replace(a, metadata=meta)


@pytest.fixture(scope="module")
def captures() -> dict[int, Article]:
    return {weeks: _capture(weeks) for weeks in FETCHED}


@pytest.mark.parametrize("order", [(7, 4, 6, 5), (4, 7, 6, 5), (4, 6, 5, 7), (6, 7, 4, 5)])
def test_captures_in_any_order_give_the_pages_history(
    tmp_path: Path, captures: dict[int, Article], order: tuple[int, ...]
) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        for weeks in order:
            article_id = lib.add(captures[weeks], link=False)
        assert lib.count() == 1
        history = revisions(lib, article_id)
        texts = [next(w for w in FETCHED if f"take {w} weeks" in r.text) for r in history]
        assert texts == [4, 5, 6, 7]
        # each text was the page's until the next capture was fetched
        times = [FETCHED[w] for w in (4, 5, 6, 7)]
        assert [r.fetched_at for r in history] == times
        assert [r.replaced_at for r in history] == [*times[1:], None]
        # the same captures again keep nothing twice
        for weeks in order:
            lib.add(captures[weeks], link=False)
        assert len(revisions(lib, article_id)) == 4


def test_every_order_of_three_captures_is_one_history(
    tmp_path: Path, captures: dict[int, Article]
) -> None:
    for n, order in enumerate(itertools.permutations((4, 5, 6))):
        with Library.open(tmp_path / f"lib{n}.sqlite") as lib:
            for weeks in order:
                article_id = lib.add(captures[weeks], link=False)
            history = revisions(lib, article_id)
            assert [r.replaced_at for r in history] == [FETCHED[5], FETCHED[6], None], order


def test_two_texts_of_one_fetch_time_stored_again_keep_nothing_twice(
    tmp_path: Path, captures: dict[int, Article]
) -> None:
    # the page captured twice in one second, the crawl imported three times
    first = captures[4]
    second = dataclasses.replace(
        captures[5], metadata=dataclasses.replace(captures[5].metadata, fetched=FETCHED[4])
    )
    with Library.open(tmp_path / "lib.sqlite") as lib:
        for _ in range(3):
            article_id = lib.add(first, link=False)
            lib.add(second, link=False)
        history = revisions(lib, article_id)
        assert len(history) == 2
        assert "take 5 weeks" in lib.get(article_id).text
