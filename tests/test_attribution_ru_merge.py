"""One speaker per person (forty-second session; grouping apart from display, forty-third): a
Russian description speaker the rules left on its own is read by a fitted model
(:mod:`newsprism.attribution.merge_ru`) as the named speaker it most likely is — its quotes keep
their own shown speaker, the speaker records the person (``Speaker.person``); an anonymous source
stays its own.  Written texts, not evaluation data."""

from __future__ import annotations

import json
from collections.abc import Iterator

import jsonschema
import pytest

from newsprism.article import Article
from newsprism.attribution import merge_ru
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline
from newsprism.render.who_said_what import groups
from newsprism.schema import load_schema

FOUNDER = (
    "Основатель Facebook Марк Цукерберг заявил в четверг, что компания изменит правила "
    "модерации.\n"
    "По его словам, новые правила вступят в силу в мае.\n"
    "Глава Facebook также сообщил, что сотрудники получат право работать из дома."
)
SOURCE = (
    "Министр финансов Антон Силуанов заявил, что бюджет будет исполнен.\n"
    "Источник в правительстве сообщил ТАСС, что поправки внесут осенью."
)


def _article(text: str) -> Article:
    return Pipeline(["segment", "attribution"], strict=True)(article_from_text(text, "ru"))


def _speakers(text: str) -> tuple[list[str], list[int | None]]:
    article = _article(text)
    return [s.name for s in article.speakers], [q.speaker for q in article.quotes]


@pytest.fixture
def merge_off() -> Iterator[None]:
    merge_ru.RU_MERGE = False
    yield
    merge_ru.RU_MERGE = True


@pytest.fixture
def merge_mode() -> Iterator[None]:
    merge_ru.MODE = "merge"
    yield
    merge_ru.MODE = "group"


def test_description_grouped_with_named_person_keeps_its_own_name() -> None:
    article = _article(FOUNDER)
    assert [s.name for s in article.speakers] == ["Марк Цукерберг", "Глава Facebook"]
    assert [s.person for s in article.speakers] == [None, 0]
    # the last quote is shown under its own words, grouped with the founder
    assert article.quotes[-1].speaker == 1


def test_grouping_in_json_and_who_said_what() -> None:
    article = _article(FOUNDER)
    again = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert [s.person for s in again.speakers] == [None, 0]
    jsonschema.validate(article.to_dict(), load_schema())
    older = article.to_dict()
    for sp in older["speakers"]:
        del sp["person"]  # an article written before the field: read as its own person
    assert all(s.person is None for s in Article.from_dict(older).speakers)
    # the reader is told only at or above the display threshold (review R2)
    sure = _with_probability(article, merge_ru.DISPLAY_THRESHOLD)
    same = {g.title: g.same_as for g in groups(sure, threshold=0.0)}
    assert same.get("Глава Facebook") == "Марк Цукерберг"
    assert same.get("Марк Цукерберг") is None
    unsure = _with_probability(article, merge_ru.DISPLAY_THRESHOLD - 0.01)
    assert all(g.same_as is None for g in groups(unsure, threshold=0.0))


def test_merge_mode_joins_the_description(merge_mode: None) -> None:
    names, speakers = _speakers(FOUNDER)
    assert names == ["Марк Цукерберг"]
    assert len(speakers) == 3 and set(speakers) == {0}


def test_without_the_merge_no_grouping(merge_off: None) -> None:
    article = _article(FOUNDER)
    assert [s.name for s in article.speakers] == ["Марк Цукерберг", "Глава Facebook"]
    assert all(s.person is None for s in article.speakers)


def test_anonymous_source_stays_its_own() -> None:
    article = _article(SOURCE)
    assert "Антон Силуанов" in [s.name for s in article.speakers]
    assert len({q.speaker for q in article.quotes}) == 2
    assert all(s.person is None for s in article.speakers)


def test_fitted_weights_present() -> None:
    assert len(merge_ru.WEIGHTS) == len(merge_ru.FEATURES) == len(merge_ru.MEANS)
    assert 0.0 < merge_ru.THRESHOLD < 1.0


def test_the_hint_rendered_in_html_and_markdown() -> None:
    import dataclasses

    from newsprism.render.html import render_html
    from newsprism.render.who_said_what_md import who_said_what_markdown

    article = _article(FOUNDER)
    # every quote shown plainly, so that the description's own heading is rendered
    sure = tuple(dataclasses.replace(q, confidence=0.99) for q in article.quotes)
    article = dataclasses.replace(article, quotes=sure)
    # as analysed: the hint is shown exactly when the model's probability reaches the display
    # threshold
    (grouped,) = [s for s in article.speakers if s.person is not None]
    assert grouped.person_p is not None
    shown = grouped.person_p >= merge_ru.DISPLAY_THRESHOLD
    markdown = who_said_what_markdown(article) or ""
    assert ("Possibly the same as Марк Цукерберг" in markdown) == shown
    assert ("Possibly the same as Марк Цукерберг" in render_html(article)) == shown
    assert "Глава Facebook" in markdown


def _with_probability(article: Article, p: float | None) -> Article:
    """The article with every quote shown plainly and its groupings' probability set to p."""
    import dataclasses

    sure = tuple(dataclasses.replace(q, confidence=0.99) for q in article.quotes)
    speakers = tuple(
        dataclasses.replace(s, person_p=p) if s.person is not None else s for s in article.speakers
    )
    return dataclasses.replace(article, quotes=sure, speakers=speakers)


def test_the_probability_is_recorded_with_the_grouping() -> None:
    article = _article(FOUNDER)
    grouped = [s for s in article.speakers if s.person is not None]
    assert len(grouped) == 1 and grouped[0].person_p is not None
    assert merge_ru.THRESHOLD <= grouped[0].person_p < 1.0
    assert all(s.person_p is None for s in article.speakers if s.person is None)
    again = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert [s.person_p for s in again.speakers] == [s.person_p for s in article.speakers]
    jsonschema.validate(article.to_dict(), load_schema())


def test_a_hint_below_the_display_threshold_is_not_rendered() -> None:
    from newsprism.render.html import render_html
    from newsprism.render.who_said_what_md import who_said_what_markdown

    plain = _article(FOUNDER)
    named = {s.id: s.name for s in plain.speakers}
    (target,) = [named[s.person] for s in plain.speakers if s.person is not None]
    hint = f"Possibly the same as {target}"
    above = _with_probability(plain, merge_ru.DISPLAY_THRESHOLD)
    assert hint in (who_said_what_markdown(above) or "")
    assert hint in render_html(above)
    # just below the display threshold, or recorded without a probability (an article analysed
    # before it was stored): the grouping stays in the JSON, the reader is not told
    for p in (merge_ru.DISPLAY_THRESHOLD - 0.01, None):
        below = _with_probability(plain, p)
        assert [s.person for s in below.speakers] == [s.person for s in plain.speakers]
        assert "Possibly the same as" not in (who_said_what_markdown(below) or "")
        assert "Possibly the same as" not in render_html(below)


def test_the_probability_is_stored_unrounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # a probability of 0.99996 rounded to four places would be 1.0 and reach a display threshold
    # of 1.0 meant as "never shown"
    monkeypatch.setattr(merge_ru, "probability", lambda row: 0.99996)
    article = _article(FOUNDER)
    grouped = [s.person_p for s in article.speakers if s.person is not None]
    assert grouped == [0.99996]
    big = [1e6] * len(merge_ru.FEATURES)
    monkeypatch.undo()
    assert merge_ru.probability(big) < 1.0 and merge_ru.probability([-x for x in big]) > 0.0
