"""Russian attribution, review finding R13 (thirty-eighth session): the look-back from «ведомство»
or «издание» to a body named earlier searched the whole article for the body's name once per body
per description — quadratic in the article's length.  Each name is now searched for once per
article.  Our own invented articles.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from newsprism.attribution import bodies_ru, speakers

_BODIES = ["Минздрав", "МВД", "Минюст", "ФСБ"]


def _article(paragraphs: int) -> str:
    return "\n".join(
        f"{_BODIES[i % len(_BODIES)]} сообщил о проверке номер {i}. "
        "Ведомство направило запросы в регионы."
        for i in range(paragraphs)
    )


def _bodies(text: str) -> list[speakers.Cluster]:
    """Each body tagged at its last mention only (the tagger misses the others)."""
    out = []
    for name in _BODIES:
        body = speakers.Cluster("organization", name)
        at = text.rindex(name)
        body.add(at, at + len(name), None)
        out.append(body)
    return out


def _naive(body: speakers.Cluster, text: str) -> list[tuple[int, int]]:
    """The occurrences as the first version worked them out: one search per call."""
    spans = set(body.mentions)
    for surface in {text[s:e] for s, e in body.mentions}:
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            spans.add((m.start(), m.end()))
    return sorted(spans)


def test_each_name_is_searched_for_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _article(40)
    bodies = _bodies(text)
    calls: list[str] = []
    finditer = re.finditer

    def counting(pattern: Any, string: str, *args: Any) -> Any:
        calls.append(pattern)
        return finditer(pattern, string, *args)

    monkeypatch.setattr(bodies_ru.re, "finditer", counting)
    found = []
    for m in re.compile("Ведомство").finditer(text):
        body = bodies_ru.referred_body("ведомство", "Ведомство", m.start(), bodies, text)
        found.append(body.name if body else None)
    assert len(calls) == len(_BODIES)  # not once per body per description
    # and each description still goes back to the body named just before it
    assert found == [_BODIES[i % len(_BODIES)] for i in range(40)]


def test_occurrences_are_those_of_a_search_per_call() -> None:
    text = _article(12)
    for body in _bodies(text):
        assert bodies_ru._occurrences(body, text) == _naive(body, text)
        for at in (0, 5, text.index("Ведомство", 200), len(text)):
            starts = [s for s, _ in _naive(body, text) if s < at]
            assert bodies_ru._seen_before(body, at, text) == max(starts, default=-1)


def test_nothing_carries_over_from_the_last_article() -> None:
    first = "Компания Skylark отменила рейсы. Компания сообщила о компенсации.\nВ Skylark заявили."
    # the same length and the same tagged mention, but the earlier name is another's
    second = first.replace("Skylark", "Skyhawk", 1)
    assert len(first) == len(second)
    at = first.index("Компания сообщила")

    def body() -> speakers.Cluster:
        b = speakers.Cluster("organization", "Skylark")
        tagged = first.rindex("Skylark")
        b.add(tagged, tagged + len("Skylark"), None)
        return b

    assert bodies_ru.referred_body("компания", "Компания", at, [body()], first) is not None
    assert bodies_ru.referred_body("компания", "Компания", at, [body()], second) is None
    assert bodies_ru.referred_body("компания", "Компания", at, [body()], first) is not None
