"""The text after the last block readability confirms: the article's continuation (several
paragraphs of running text on the body's subject, not made of links) stays; a page's tail
(comments on other things, an author's bio, link teasers) still goes.  Invented text."""

from __future__ import annotations

from newsprism.extract.assemble import RawBlock
from newsprism.extract.merge import Candidate, merge, shingle_set

BODY = [
    "The city council voted on Tuesday to close the old bridge for six months of repairs.",
    "Engineers found cracks in two of the supporting piers during an inspection in May.",
    "Traffic will be diverted over the new crossing two kilometres downstream.",
]
#: the article goes on in a second container (questions readers asked), after an inline box
CONTINUATION = [
    "Will buses still cross the river? Buses will use the new crossing downstream, and the "
    "council says the diverted routes will add about ten minutes to each journey.",
    "When will the repairs begin? Engineers will start on the supporting piers in June, once "
    "the river is low enough for the divers to inspect the cracks again.",
    "Can cyclists use the old bridge? No: the whole bridge will be closed to traffic, bicycles "
    "and walkers while the repairs go on, the council said on Tuesday.",
    "Who pays for the repairs? The council will pay for the piers from its own budget, and "
    "will ask the regional government for help with the cost of the diverted traffic.",
]
#: readers' comments about something else
COMMENTS = [
    "My grandmother used to sell flowers at the market every Saturday, and I still remember "
    "the smell of the lilacs she brought from her garden in the spring.",
    "Does anyone know whether the swimming pool on the east side is open on public holidays "
    "this year? The website says nothing about opening hours at all.",
    "I think the football team should have kept its old coach, who won the cup twice and "
    "knew every young player in the academy by his first name.",
    "The new cafe next to the library makes the best cinnamon rolls in town, although the "
    "queue on Sunday mornings is long and there are never enough chairs.",
]


def _p(*texts: str) -> list[RawBlock]:
    return [RawBlock("paragraph", t) for t in texts]


def _merge(tail: list[str], links: set[tuple[str, ...]] | None = None) -> list[str]:
    primary = _p(*BODY, *tail, "Most read today")
    pool = links if links is not None else set()
    blocks, how = merge(Candidate.of(primary), Candidate.of(_p(*BODY)), links=lambda: pool)
    assert how == "trafilatura+readability"
    return [b.text for b in blocks]


def test_a_continuation_of_several_paragraphs_on_the_bodys_subject_stays() -> None:
    # (the line of chrome after the continuation's last paragraph still goes)
    assert _merge(CONTINUATION) == BODY + CONTINUATION


def test_paragraphs_about_other_things_after_the_body_go() -> None:
    assert _merge(COMMENTS) == BODY


def test_one_or_two_paragraphs_after_the_body_go() -> None:
    # an author's bio, a disclaimer: too little to be the article running on
    assert _merge(CONTINUATION[:2]) == BODY


def test_paragraphs_that_are_the_pages_links_go() -> None:
    # teasers of other stories: their text is the text of links on the page
    links = set().union(*(shingle_set(t) for t in CONTINUATION))
    assert _merge(CONTINUATION, links) == BODY
