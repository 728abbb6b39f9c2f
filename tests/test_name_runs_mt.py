"""Role-and-name chains of translated news: one speaker per person, the office as its role."""

from __future__ import annotations

from functools import cache

from newsprism.article import Article
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline

TEXT = """The head of the Kharkiv Regional Military Administration Oleh Syniehubov said that the \
city was shelled overnight. Later Oleg Syniehubov added that two people were injured.

The mayor of the Lviv region Andriy Sadovyi at a briefing said that the schools would reopen.

The chairman of the Federation Council Committee on Defense Viktor Bondarev on the air of \
Channel One stated that the army is ready. Bondarev also noted that the reserves are sufficient."""


@cache
def analysed() -> Article:
    return Pipeline(["segment", "attribution"])(article_from_text(TEXT, "en"))


def _speaker_of(phrase: str) -> tuple[str, str | None]:
    article = analysed()
    q = next(q for q in article.quotes if phrase in q.text)
    sp = article.speaker(q.speaker)
    assert sp is not None
    return sp.name, sp.role


def test_office_of_a_body_then_a_name() -> None:
    name, role = _speaker_of("the city was shelled")
    assert name == "Oleh Syniehubov"
    assert role == "head of the Kharkiv Regional Military Administration"
    # an adverb opening the sentence is not part of the name; Oleg is Oleh
    assert _speaker_of("two people were injured")[0] == "Oleh Syniehubov"


def test_where_it_was_said_between_name_and_verb() -> None:
    assert _speaker_of("the schools would reopen") == ("Andriy Sadovyi", "mayor of the Lviv region")
    name, role = _speaker_of("the army is ready")
    assert name == "Viktor Bondarev"
    assert role == "chairman of the Federation Council Committee on Defense"
    assert _speaker_of("the reserves are sufficient")[0] == "Viktor Bondarev"


def test_one_speaker_per_person() -> None:
    names = [s.name for s in analysed().speakers]
    assert len(names) == len(set(names)) == 3, names
