"""A long article is read by trafilatura alone: readability's opinion is not asked (its cost
grows with the page, and on texts this long it trimmed as much article as chrome)."""

from __future__ import annotations

from typing import Any

import pytest

import newsprism
from newsprism.extract import html as html_mod

_SENTENCES = (
    "The harbour board met on Tuesday evening to decide the future of the night ferry, which "
    "has carried shift workers across the estuary for forty years.",
    "Councillor Marta Quinn said the crossing was a lifeline for nurses and cleaners who finish "
    "work after the last bus has gone, and that no cheaper option had been found.",
    "The operator's accounts show the service lost money in each of the last five winters, "
    "mostly because fuel costs rose faster than the fares the board allowed.",
    "Residents of the north shore collected more than three thousand signatures in a month, "
    "and a dozen of them sat through the whole four-hour meeting in the public gallery.",
)


def _page(paragraphs: int, after: str = "") -> bytes:
    body = "\n".join(
        f"<p>{' '.join(_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(3))} "
        f"(Part {i + 1} of the report.)</p>"
        for i in range(paragraphs)
    )
    return (
        "<!doctype html><html><head><title>Night ferry saved for another winter</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        f"<h1>Night ferry saved for another winter</h1>{body}{after}</article></main>"
        "<footer>Contact us</footer></body></html>"
    ).encode()


#: lines after the story that trafilatura keeps and readability's opinion cuts
_CHROME_AFTER = (
    "<p>Tags: ferry, harbour board</p>"
    "<ul><li><a href='/a'>Bus timetable changes</a></li><li><a href='/b'>Bridge works</a></li>"
    "</ul>"
)


def _refuse(*_: Any, **__: Any) -> Any:
    raise AssertionError("readability was asked")


def test_a_long_article_is_read_without_readability(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_mod, "readability_blocks", _refuse)
    article = newsprism.read(_page(60), stages=())
    assert len(article.text) >= html_mod.READ_ALONE_CHARS
    assert article.metadata.extractor == "trafilatura"
    assert "Part 60 of the report" in article.text


def test_a_short_article_still_asks_readability(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    real = html_mod.readability_blocks

    def counted(*args: Any, **kwargs: Any) -> Any:
        asked.append(True)
        return real(*args, **kwargs)

    monkeypatch.setattr(html_mod, "readability_blocks", counted)
    article = newsprism.read(_page(8, _CHROME_AFTER), stages=())
    assert asked
    assert "Part 8 of the report" in article.text


def test_an_article_of_plain_prose_edges_is_read_without_readability(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # trafilatura's reading starts and ends with the story's own paragraphs: nothing at its
    # edges for readability to settle (round 21)
    monkeypatch.setattr(html_mod, "readability_blocks", _refuse)
    monkeypatch.setattr(html_mod, "_escalate", _refuse)
    page = _page(8).replace(b"<h1>Night ferry saved for another winter</h1>", b"")
    article = newsprism.read(page, stages=())
    assert article.metadata.extractor == "trafilatura"
    assert "Part 1 of the report" in article.text
    assert "Part 8 of the report" in article.text


def test_a_short_plain_article_still_asks_readability(monkeypatch: pytest.MonkeyPatch) -> None:
    # two paragraphs are too short a reading to trust without a second opinion
    article = newsprism.read(_page(2), stages=())
    assert article.metadata.extractor != "trafilatura"
    assert "Part 2 of the report" in article.text


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("prose", "prose", True),
        ("line", "prose", False),  # a byline or a kicker above the story
        ("prose", "line", False),  # tags, a share line, a related link below it
    ],
)
def test_plain_article_needs_prose_at_both_edges(first: str, last: str, expected: bool) -> None:
    from newsprism.extract.assemble import RawBlock
    from newsprism.extract.merge import Candidate

    prose = " ".join(_SENTENCES)
    line = "By Marta Quinn, transport reporter"
    middle = [RawBlock("paragraph", prose) for _ in range(4)]
    edge = {"prose": prose, "line": line}
    blocks = [RawBlock("paragraph", edge[first]), *middle, RawBlock("paragraph", edge[last])]
    assert html_mod._plain_article(Candidate.of(blocks)) is expected


def test_a_reading_taken_alone_computes_no_shingles() -> None:
    # the agreement's 4-gram shingles are computed when a second opinion is compared, not for
    # a reading taken as it is (round 21: about a third of the primary's bookkeeping)
    from newsprism.extract.assemble import RawBlock
    from newsprism.extract.merge import Candidate

    candidate = Candidate.of([RawBlock("paragraph", " ".join(_SENTENCES)) for _ in range(4)])
    assert html_mod._plain_article(candidate)
    assert "sets" not in vars(candidate) and "pool" not in vars(candidate)
    assert len(candidate.sets) == 4 and candidate.pool


def test_a_wall_of_the_pages_lines_is_not_plain_prose() -> None:
    # trafilatura read a page without paragraphs as one block of its lines (menus, teasers, a
    # footer): long and ending in a full stop, but its lines are no prose, so readability is asked
    from newsprism.extract.assemble import RawBlock
    from newsprism.extract.merge import Candidate

    lines = ["Home", "World", "Politics", "Live: the vote count", "Watch now", "Sign up"] * 60
    wall = "\n".join([*lines, "Get browser notifications for breaking news and live events."])
    assert not html_mod._plain_article(Candidate.of([RawBlock("paragraph", wall)]))
    # a paragraph of prose lines (a poem, a letter with line breaks) still counts as prose
    letter = "\n".join(_SENTENCES * 3)
    assert html_mod._plain_article(Candidate.of([RawBlock("paragraph", letter)]))
