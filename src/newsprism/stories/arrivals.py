"""What the story index is given and gives back: an arriving article, and the place it gets."""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..article import Article


@dataclass(frozen=True)
class Assignment:
    article_id: int
    story_id: int
    #: first · same-text · same-story
    relation: str
    related_to: int | None = None
    score: float | None = None
    #: for a ``first``: the article of the running story it continues, the probability, and
    #: that running story's id
    running_to: int | None = None
    running_score: float | None = None
    running_story: int | None = None


@dataclass(frozen=True)
class Arrival:
    article_id: int
    title: str | None
    text: str
    at: float
    #: ``at`` is the article's publication time (not the time it was added): only then do the
    #: days its lead names ("on Tuesday") resolve to dates (:mod:`.when`)
    dated: bool = True
    #: the content hash of the text (``Article.content_hash``): an article placed with another
    #: text is placed again (:meth:`StoryIndex.assign`); None: never re-placed
    content_hash: str | None = None


def article_time(article: Article, default: float | None = None) -> float:
    from ..feeds.clock import parse_time

    return parse_time(article.metadata.published) or (time.time() if default is None else default)
