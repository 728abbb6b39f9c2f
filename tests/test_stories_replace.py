"""A feed item stored from its summary, whose page's full text comes later, is placed again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from test_stories import FERRY_EN, FERRY_RU, OTHER, make

from newsprism.article import Metadata
from newsprism.library import Library
from newsprism.stories import StoryIndex
from newsprism.stories.assign import assign_new

#: what a Russian outlet's feed gave before its page could be read: a headline that names no one
#: and a summary that says nothing of the ferry (invented, as the other fixtures)
TEASER = ("Главное к этому часу", "Редакция следит за развитием событий, подробности позже.")
URL = "https://sever.example/news/2026/05/04/parom"


def story_of(lib: Library, article_id: int) -> int:
    return int(
        lib.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()[0]
    )


def with_url(title: str, text: str, lang: str, site: str, published: str) -> object:
    article = make(title, text, lang, site, published)
    return dataclasses.replace(article, metadata=Metadata(site=site, url=URL, published=published))


def test_a_feed_item_whose_full_text_comes_later_is_placed_again(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        ferry = lib.add(
            make(*FERRY_EN, "en", "baltic-news.example", "2026-05-04T09:00:00Z"), link=False
        )
        lib.add(make(*OTHER, "en", "aegean-post.example", "2026-05-04T10:00:00Z"), link=False)
        item = lib.add(with_url(*TEASER, "ru", "sever.example", "2026-05-04T11:30:00Z"), link=False)  # type: ignore[arg-type]
        assert assign_new(lib) == 3
        teaser_story = story_of(lib, item)
        assert teaser_story != story_of(lib, ferry)  # the summary alone tells nothing
        assert StoryIndex(lib.conn).unassigned() == []

        # the page is read later: the same address, the full report
        again = lib.add(
            with_url(*FERRY_RU, "ru", "sever.example", "2026-05-04T11:30:00Z"), link=False
        )  # type: ignore[arg-type]
        assert again == item
        assert StoryIndex(lib.conn).unassigned() == [item]
        assert assign_new(lib) == 1
        assert story_of(lib, item) == story_of(lib, ferry)
        # the story the summary had started held nothing else: it is gone; the ferry story
        # counts the Russian report once
        assert not lib.conn.execute(
            "SELECT 1 FROM stories WHERE id = ?", (teaser_story,)
        ).fetchone()
        size = lib.conn.execute(
            "SELECT size FROM stories WHERE id = ?", (story_of(lib, ferry),)
        ).fetchone()[0]
        assert size == 2
        bands = lib.conn.execute(
            "SELECT count(*) FROM story_bands WHERE article_id = ?", (item,)
        ).fetchone()[0]
        assert bands == 32  # one set of LSH band keys, the new text's
        # placed once: nothing left to place, and assigning again changes nothing
        assert StoryIndex(lib.conn).unassigned() == []
        before = lib.conn.execute("SELECT * FROM story_articles ORDER BY article_id").fetchall()
        assert assign_new(lib) == 0
        index = StoryIndex(lib.conn)
        index.assign_articles([(item, lib.get(item))])
        after = lib.conn.execute("SELECT * FROM story_articles ORDER BY article_id").fetchall()
        assert [tuple(r) for r in before] == [tuple(r) for r in after]


def test_a_place_stored_without_its_text_hash_is_kept(tmp_path: Path) -> None:
    """Rows whose text hash is unknown (NULL) are never placed again: nothing to compare."""
    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.add(make(*FERRY_EN, "en", "baltic-news.example", "2026-05-04T09:00:00Z"))
        item = lib.add(with_url(*TEASER, "ru", "sever.example", "2026-05-04T11:30:00Z"))  # type: ignore[arg-type]
        assign_new(lib)
        lib.conn.execute("UPDATE story_articles SET content_hash = NULL")
        lib.add(with_url(*FERRY_RU, "ru", "sever.example", "2026-05-04T11:30:00Z"))  # type: ignore[arg-type]
        assert StoryIndex(lib.conn).unassigned() == []
        assert assign_new(lib) == 0
        assert (
            lib.conn.execute(
                "SELECT relation FROM story_articles WHERE article_id = ?", (item,)
            ).fetchone()[0]
            == "first"
        )
