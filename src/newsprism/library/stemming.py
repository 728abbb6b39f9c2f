"""Stems for search, so that «инфляции» finds «инфляция» and "rates" finds "rate".

FTS5's unicode61 tokenizer knows no morphology.  Every indexed text gets a shadow column of
Snowball stems (Russian for Cyrillic words, English for Latin ones), and queries are stemmed the
same way.  ``ё`` is folded into ``е`` as Russian readers and writers do.  snowballstemmer
uses PyStemmer's C implementation of the same algorithms when it is installed (it is a
dependency), which is about ten times faster than the pure-Python one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@lru_cache(maxsize=2)
def _stemmer(language: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(language)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    word = word.lower().replace("ё", "е")
    language = "russian" if _CYRILLIC.search(word) else "english"
    return str(_stemmer(language).stemWord(word))


def words(text: str) -> list[str]:
    return WORD.findall(text)


def stem_text(text: str) -> str:
    """The text as a space-separated string of stems, for the shadow FTS column."""
    return " ".join(stem(w) for w in words(text))
