"""Number words that only determine a noun are not claims; figures a reader checks stay claims.
Sentences written for these tests (fictional events)."""

from __future__ import annotations

import pytest

from newsprism.article import Article, Block
from newsprism.claims import find_quantities
from newsprism.claims.stage import claims
from newsprism.segment import segment


def counts(sentence: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(sentence, "en")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire destroyed homes in one town near the border.",
        "The city is split into two halves by the river.",
        "The two halves of the budget were approved together.",
        "The two men were arrested outside the station on Friday.",
        "The minister met the two leaders in Paris.",
        "These three cases were dismissed by the court.",
        "She put one hand on the railing and looked down.",
        "One proposal asks the board to publish its pay ratios.",
        "One of the suspects was released without charge.",
        "One woman told reporters she had not slept.",
        "The three people killed in the crash have been named by police.",
    ],
)
def test_determiners_are_not_claims(sentence: str) -> None:
    assert counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three people died when the ferry capsized.", [(3, "people")]),
        ("Only one hospital in the district remains open.", [(1, "hospital")]),
        ("At least one person was injured in the blast.", [(1, "people")]),
        ("One soldier died and four were wounded.", [(1, "soldier"), (4, "soldier")]),
        ("He pleaded guilty to one count of wire fraud.", [(1, "count")]),
        ("Rossi scored one goal and made two assists.", [(1, "goal"), (2, "assist")]),
        ("Gunmen attacked two mosques in the city.", [(2, "mosque")]),
        ("The firm has three factories in Ohio.", [(3, "factory")]),
        ("Critics point to his six corporate bankruptcies.", [(6, "corporate bankruptcy")]),
        ("The past three years were the hottest on record.", [(3, "year")]),
        ("The two sides met 12 times last year.", [(12, "times")]),
        ("One out of three tenants has fallen behind on rent.", [(1 / 3, "fraction")]),
    ],
)
def test_counts_a_reader_checks_stay_claims(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert counts(sentence) == [(pytest.approx(v), u) for v, u in expected]


def test_a_number_nearby_does_not_make_one_a_count() -> None:
    got = counts("In one small group, 25- to 34-year-olds, the share was lower.")
    assert got == [(25, "years old")]


def test_article_claims_skip_determiners() -> None:
    text = (
        "Floods cut off one town in the valley on Tuesday. Rescuers said 14 people were "
        "evacuated and two bridges were closed.\nThe two bridges reopened on Thursday, and "
        "the mayor said one hand-pump station had failed."
    )
    paras = text.split("\n")
    blocks, pos = [], 0
    for k, para in enumerate(paras):
        blocks.append(Block(k, "paragraph", pos, pos + len(para), para))
        pos += len(para) + 1
    article = claims(segment(Article(text=text, blocks=tuple(blocks), language="en")))
    assert [c.text for c in article.claims] == ["14 people", "two bridges"]
