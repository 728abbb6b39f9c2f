"""A place in a source's name is set aside when two sources are compared, and a day or a month
is no source (twenty-second session): the health ministry of one country is one source whether
an outlet names the country or not, in either language; two places' bodies are two sources."""

from __future__ import annotations

import pytest

from newsprism.trace import drift, sources
from newsprism.trace.mentions import ClaimMention, Source

DAY = 86400.0


def _claim(
    article: int, value: float, who: str | None, sentence: str = "…", lang: str = "en", day: int = 0
) -> ClaimMention:
    src = Source(article, f"outlet{article}.example", None, None, lang, day * DAY)
    return ClaimMention(
        source=src, claim_id=0, text=str(value), sentence=sentence, value=value,
        value_high=None, unit="people", hedge="=", qualifier=None, about="patients",
        period=None, speaker=None, asserted_by=who or "article", confidence=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Velmaria's health ministry", "Министерство здравоохранения"),
        ("Velmaria's health ministry", "the health ministry"),
        ("the health ministry of Velmaria", "Минздрав"),
        ("Министерство здравоохранения Велмарии", "health ministry"),
        ("the city's health department", "управление здравоохранения Корсани"),
    ],
)
def test_a_place_in_one_source_does_not_make_two(a: str, b: str) -> None:
    assert not sources.differ(_claim(1, 30, a), _claim(2, 41, b, lang="ru"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("управление здравоохранения Корсани", "департамент полиции Корсани"),
        ("Velmaria's health ministry", "Ostrania's health ministry"),
    ],
)
def test_two_bodies_of_one_place_or_one_body_of_two_places_are_two(a: str, b: str) -> None:
    assert sources.differ(_claim(1, 30, a), _claim(2, 41, b))


def test_a_person_after_an_office_is_still_a_person() -> None:
    assert not sources.differ(_claim(1, 30, "министр Беск"), _claim(2, 41, "minister Ilona Besk"))
    assert sources.differ(_claim(1, 30, "министр Беск"), _claim(2, 41, "министр Дорн"))


def test_a_possessor_alone_reads_as_the_body_it_possesses() -> None:
    said = "Thirty people were treated on Friday, Velmaria's health ministry said."
    assert sources.source_of(_claim(1, 30, "Velmaria", said)) == "health ministry"
    # without a verb of saying after it, the source stays as the stages read it
    assert sources.source_of(_claim(1, 30, "Velmaria", "Velmaria's hospitals took 30.")) == (
        "Velmaria"
    )


@pytest.mark.parametrize("day", ["воскресенье", "Sunday", "понедельника", "March"])
def test_a_day_or_a_month_is_no_source(day: str) -> None:
    assert sources.source_of(_claim(1, 30, day)) is None


def test_an_update_is_found_across_a_named_place() -> None:
    """The ministry's 30 on Friday and Velmaria's health ministry's 41 on Saturday: its update."""
    first = _claim(1, 30, "Министерство здравоохранения", lang="ru", day=0)
    later = _claim(2, 41, "Velmaria's health ministry", day=1)
    assert drift.updated(first, later)
    assert not drift.sources_differ(first, later)


def test_the_switch_restores_the_old_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "PLACES_ASIDE", False)
    monkeypatch.setattr(sources, "DATES_NOT_SOURCES", False)
    assert sources.source_of(_claim(1, 30, "Sunday")) == "Sunday"
    assert (
        sources.differ(
            _claim(1, 30, "управление здравоохранения Корсани"),
            _claim(2, 41, "департамент полиции Корсани"),
        )
        is False
    )  # the old reading: a capitalised last word after small letters, one person


def test_a_name_alone_is_compared_as_a_name() -> None:
    """A body named by its name alone ("Dornvik") is the body whose name ends in it ("the
    dockers' union Dornvik"): the name is no place to set aside there."""
    assert not sources.differ(_claim(1, 30, "Dornvik"), _claim(2, 41, "the dockers' union Dornvik"))
