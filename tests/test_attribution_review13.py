"""Review of the thirteenth session's speaker changes: a given name that is also a place or a
club is a person only where a noun for a person stands before it.  Invented articles."""

from __future__ import annotations

from functools import cache

from newsprism.attribution.model import Entity
from newsprism.attribution.speakers import _given_names_joined
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline(["segment", "attribution"], strict=True)


def _labels(text: str, first: str, second: str) -> list[str]:
    a, b = text.index(first), text.index(second)
    entities = [
        Entity(a, a + len(first), first, "LOC", first),
        Entity(b, b + len(second), second, "PER", second),
    ]
    return [e.label for e in _given_names_joined(entities, text)]


def test_a_place_named_like_a_person_stays_a_place_beside_a_person() -> None:
    text = "The delegation toured Jordan and the trade minister Karim Haddad spoke to reporters."
    assert _labels(text, "Jordan", "Karim Haddad") == ["LOC", "PER"]
    # after a noun for a person the same word is a person
    text = "His daughter Jordan and her husband Karim Haddad spoke to reporters."
    assert _labels(text, "Jordan", "Karim Haddad") == ["PER", "PER"]


def test_the_minister_after_a_place_speaks_alone() -> None:
    article = _pipeline()(
        article_from_text(
            "Talks in the region\n\n"
            "The delegation toured Jordan and the trade minister Karim Haddad told reporters "
            "that the talks had gone well.",
            "en",
        )
    )
    q = next(q for q in article.quotes if "the talks had gone well" in q.text)
    who = article.speaker(q.speaker)
    assert who is not None and who.name == "Karim Haddad"
