"""Review, nineteenth session: an excluded phrase or hyphenated word leaves out the articles
that have it, not every article with one of its words (``-"new york"`` left out every article
with "new"; ``-covid-19`` every one with a 19).  Invented articles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import newsprism
from newsprism.library import Library

_PAGES = {
    "city": "New York City council voted on the budget for the next year on Tuesday evening, "
    "after a long debate about the subway.",
    "bridge": "A new bridge over the river opened on Monday, and the budget for its repairs "
    "was set at 19 million for the next decade.",
    "clinic": "The covid-19 clinic in the old market hall will close next month, the health "
    "board said, as the budget for testing runs out.",
}


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library.open(tmp_path / "lib.sqlite")
    for name, text in _PAGES.items():
        page = f"<html><body><article><h1>{name.title()} news</h1><p>{text}</p></article></body></html>"
        library.add(newsprism.read(page.encode()))
    yield library
    library.close()


def _titles(lib: Library, query: str) -> set[str]:
    return {hit.display_title.split()[0].lower() for hit in lib.search(query)}


@pytest.mark.parametrize("prefix", ["budget ", ""])
def test_an_excluded_phrase_leaves_out_only_the_articles_with_the_phrase(
    lib: Library, prefix: str
) -> None:
    assert _titles(lib, f'{prefix}-"new york"') == {"bridge", "clinic"}
    assert _titles(lib, f'{prefix}NOT "new york"') == {"bridge", "clinic"}


@pytest.mark.parametrize("prefix", ["budget ", ""])
def test_an_excluded_hyphenated_word_is_one_term(lib: Library, prefix: str) -> None:
    assert _titles(lib, f"{prefix}-covid-19") == {"city", "bridge"}


def test_an_excluded_word_still_leaves_out_every_article_with_it(lib: Library) -> None:
    assert _titles(lib, "budget -new") == {"clinic"}
