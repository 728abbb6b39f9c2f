"""Attribution on invented text, for the attribution tests of the translated-style and Russian
rounds: one pipeline (segment + attribution), each article read once however many tests ask
about it, and the quote or speaker a phrase belongs to — so that each round's test file does
not carry its own copy."""

from __future__ import annotations

import sys
from functools import cache
from types import ModuleType

from newsprism.article import Article, Quote
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline(["segment", "attribution"], strict=True)


#: the readings kept: (text, language, settings) → article
_READ: dict[tuple[str, str, int], Article] = {}
#: each distinct set of settings seen, numbered (so that a reading's key stays small)
_SETTINGS: dict[tuple[object, ...], int] = {}


def _settings() -> int:
    """The number of the settings the analysis runs with now: every flag, number and word list
    at the top of newsprism's modules, and every function there (a test switches a rule off by
    setting a flag or swaps a function for a stub, ``monkeypatch`` puts it back afterwards).
    Objects, not their ids, are kept in the key, so a stub freed after its test cannot hand its
    id to the next one's.  Word lists kept as tuples are in the key when hashable, sets as frozen
    copies; unhashable tables (dicts, lists) are left out: a test that edits one in place reads
    with ``read_afresh``."""
    parts: list[object] = []
    for name in sorted(sys.modules):
        module = sys.modules[name]
        if not name.startswith("newsprism") or not isinstance(module, ModuleType):
            continue
        for attr, value in sorted(vars(module).items()):
            if attr.startswith("__") or isinstance(value, ModuleType):
                continue
            if isinstance(value, set):
                value = frozenset(value)
            plain = value is None or isinstance(value, bool | int | float | str | frozenset)
            if plain or ((callable(value) or isinstance(value, tuple)) and _hashable(value)):
                parts.append((name, attr, value))
    key = tuple(parts)
    return _SETTINGS.setdefault(key, len(_SETTINGS))


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:  # a callable object or a tuple holding a table
        return False
    return True


def read_afresh(text: str, language: str = "en") -> Article:
    """``text`` read as an article in ``language`` now, past any kept reading."""
    return _pipeline()(article_from_text(text, language))


def attributed(text: str, language: str = "en") -> Article:
    """``text`` read as an article in ``language``, with its quotes and speakers (the article
    is immutable, so one reading serves every test that asks — with the same settings: a test
    that switches a flag or stubs a function gets a reading of its own, see :func:`_settings`)."""
    found = _READ.get((text, language, _settings()))
    if found is None:
        found = read_afresh(text, language)
        # kept under the settings as they are after the reading: the modules it imported on
        # first use are part of them from now on
        _READ[(text, language, _settings())] = found
    return found


# the uncached reader under the name functools gives it (a test calls it so)
attributed.__wrapped__ = read_afresh  # type: ignore[attr-defined]


def quote_holding(article: Article, phrase: str) -> Quote:
    """The first quote holding ``phrase``; fails, listing the quotes found, when none does."""
    q = next((q for q in article.quotes if phrase in q.text), None)
    assert q is not None, (phrase, [q.text for q in article.quotes])
    return q


def speaker_name(article: Article, quote: Quote) -> str | None:
    """The name of ``quote``'s speaker (None if it has none)."""
    who = article.speaker(quote.speaker)
    return who.name if who else None


def speaker_of(article: Article, phrase: str) -> str | None:
    """The name of the speaker of the first quote holding ``phrase`` (None if it has none)."""
    return speaker_name(article, quote_holding(article, phrase))


def said(article: Article, phrase: str) -> list[tuple[str, str | None]]:
    """Every quote holding ``phrase`` with its speaker's name (an empty list if none does)."""
    return [(q.text, speaker_name(article, q)) for q in article.quotes if phrase in q.text]
