"""Review of round 22's extraction: a button that shows the rest of the story ("Read the full
story", «Читать полностью») opens prose too, but it is a page control, never a heading of the
article (invented pages)."""

from __future__ import annotations

import lxml.html

import newsprism
from newsprism.article import AUXILIARY_KINDS
from newsprism.extract.disclosures import open_disclosures

_FIRST = (
    "The council approved the new budget for the district schools on Tuesday after a long "
    "debate about heating costs and teachers' pay."
)
_SECOND = (
    "The mayor said that the money would reach the schools before the winter holidays, and "
    "that the repairs of three buildings would start in January."
)
_HIDDEN = (
    "Opposition councillors voted against the plan, saying that the district had "
    "underestimated the cost of the new boilers by a third."
)


def _page(label: str) -> bytes:
    return (
        "<html><head><title>Council approves school budget</title></head><body><article>"
        f"<h1>Council approves school budget</h1><p>{_FIRST}</p><p>{_SECOND}</p>"
        f"<button aria-controls='rest' aria-expanded='false'>{label}</button>"
        f"<div id='rest'><p>{_HIDDEN}</p><p>The budget will be published next week, a "
        "spokeswoman said.</p></div></article><footer>© 2025 Town Post</footer></body></html>"
    ).encode()


def test_a_read_more_button_over_the_storys_rest_is_no_heading() -> None:
    article = newsprism.read(_page("Read the full story"), stages=())
    text = [b.text for b in article.blocks if b.kind not in AUXILIARY_KINDS]
    assert _HIDDEN in text
    assert "Read the full story" not in text


def test_show_and_read_labels_stay_controls_in_both_languages() -> None:
    for label in ("Show transcript", "Читать полностью", "Показать ещё", "Continue reading"):
        tree = lxml.html.fromstring(
            f"<html><body><button aria-controls='r'>{label}</button><div id='r'><p>{_HIDDEN}"
            "</p></div></body></html>"
        )
        assert open_disclosures(tree) == 0, label


def test_a_question_is_a_question_whatever_its_first_word() -> None:
    tree = lxml.html.fromstring(
        "<html><body><button aria-controls='r'>Show me the fare for a child?</button>"
        f"<div id='r'><p>{_HIDDEN}</p></div></body></html>"
    )
    assert open_disclosures(tree) == 1
