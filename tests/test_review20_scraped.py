"""Review of round 20's scraped-text labels (issue 11): a wire agency in brackets closing a story
is its source, not a photo credit, and a call reported with its speaker is no subscription promo
(invented pages)."""

from __future__ import annotations

import pytest

from newsprism.extract.scraped import extract_scraped

_OPENING = (
    "The central bank raised its main rate by half a point on Thursday, the third rise this "
    "year, citing food prices and the weaker currency."
)
_LAST = "The bank will meet again in March."


@pytest.mark.parametrize("source", ["(Reuters)", "(AFP)", "(ТАСС)"])
def test_a_wire_source_after_the_last_paragraph_leaves_it_a_paragraph(source: str) -> None:
    page = "\n".join(["Business", "Central bank raises rates again", _OPENING, _LAST, source])
    _, blocks, _ = extract_scraped(page)
    assert [b.text for b in blocks if b.kind == "paragraph"][-1] == _LAST
    assert not [b for b in blocks if b.kind == "figure"]


def test_a_photographers_credit_in_brackets_is_still_a_credit() -> None:
    page = "\n".join(
        ["Business", "Central bank raises rates again", _OPENING, "The bank's board.",
         "(Anna Berg/The Daily)", _LAST]
    )  # fmt: skip
    _, blocks, _ = extract_scraped(page)
    figures = [(b.caption, b.credit) for b in blocks if b.kind == "figure"]
    assert figures == [("The bank's board.", "(Anna Berg/The Daily)")]


@pytest.mark.parametrize(
    "call",
    [
        "Subscribe to the city's emergency text alerts, officials said on Thursday.",
        "Подпишитесь на оповещения МЧС, призвал глава района.",
    ],
)
def test_a_call_to_subscribe_reported_with_its_speaker_is_the_articles_text(call: str) -> None:
    page = "\n".join(["News", "Flood warning for the valley", _OPENING, call, _LAST])
    _, blocks, _ = extract_scraped(page)
    assert call in [b.text for b in blocks]
