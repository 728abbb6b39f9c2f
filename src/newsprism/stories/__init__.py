"""Stories: the same event across outlets and languages, grouped as articles arrive.

Three levels: the same document (folded by the library and the feed poller), the same text
rewritten (MinHash LSH over stemmed shingles), the same story (multilingual sentence vectors plus
shared names, numbers and a time window).  See :mod:`.assign` for the incremental algorithm and
:mod:`.view` for what a story shows.
"""

from __future__ import annotations

from .arrivals import Arrival, Assignment
from .assign import StoryIndex

__all__ = ["Arrival", "Assignment", "StoryIndex"]
