from __future__ import annotations

import dataclasses

import pytest

from newsprism.article import Article, Block, Metadata, Quote, Sentence, SpanMismatchError


def small_article() -> Article:
    text = "Title line\n\nFirst sentence. Second one."
    return Article(
        text=text,
        title="T",
        language="en",
        blocks=(
            Block(0, "heading", 0, 10, "Title line", level=2),
            Block(1, "paragraph", 12, 39, text[12:39]),
        ),
        sentences=(
            Sentence(0, 0, 0, 10, "Title line"),
            Sentence(1, 1, 12, 27, "First sentence."),
            Sentence(2, 1, 28, 39, "Second one.", importance=0.5, highlight=True),
        ),
        metadata=Metadata(site="S", authors=("A B",)),
        quotes=(Quote(0, "indirect", 12, 27, "First sentence.", cue="said"),),
    )


def test_round_trip_is_exact() -> None:
    a = small_article()
    assert Article.from_dict(a.to_dict()) == a
    assert a.to_dict()["schema"] == "newsprism.article/1"


def test_spans_must_match_text() -> None:
    with pytest.raises(SpanMismatchError):
        Article(text="abc", sentences=(Sentence(0, 0, 0, 2, "xy"),))


def test_article_is_immutable() -> None:
    a = small_article()
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.text = "x"  # type: ignore[misc]


def test_unknown_schema_is_refused() -> None:
    with pytest.raises(ValueError, match="schema"):
        Article.from_dict({"schema": "newsprism.article/99", "text": ""})


@pytest.mark.parametrize(
    "data",
    [{}, {"text": 5}, [1, 2], {"schema": "newsprism.article/1", "text": "x", "blocks": [{}]}],
)
def test_json_that_is_no_article_says_so(data: object) -> None:
    from newsprism.errors import ArticleDataError, InputError

    with pytest.raises(ArticleDataError, match="article") as caught:
        Article.from_dict(data)  # type: ignore[arg-type]
    assert isinstance(caught.value, InputError) and caught.value.hint
