"""A strict pipeline raises a stage's exception; the default one records it and keeps the article.

Benchmarks and tests run strict so that a stage that crashed is never scored as a stage that found
nothing (an attribution bug once emptied whole sentences without any error reaching the benchmark).
"""

from __future__ import annotations

import pytest

from newsprism.article import Article
from newsprism.pipeline import Pipeline, Stage


def _crashing(article: Article) -> Article:
    raise ValueError("a bug inside the stage")


CRASHING = Stage(
    "crashing", _crashing, requires=frozenset({"text"}), provides=frozenset({"quotes"})
)


def _article() -> Article:
    return Article(
        text="Mayor Ann Lee said the bridge reopens on Monday.", blocks=(), language="en"
    )


def test_default_pipeline_records_the_failure_and_keeps_the_article() -> None:
    article = Pipeline([CRASHING])(_article())
    assert article.text.startswith("Mayor Ann Lee")
    assert [f.stage for f in article.failures] == ["crashing"]


def test_strict_pipeline_raises_the_stage_exception() -> None:
    with pytest.raises(ValueError, match="a bug inside the stage"):
        Pipeline([CRASHING], strict=True)(_article())
