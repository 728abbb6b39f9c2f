"""A photo's caption that an extractor glued to the credit set before it is still found beside
its picture (the test that keeps readability's captions out of the body).  Invented pages."""

from __future__ import annotations

from newsprism.extract import html as html_mod

CAPTION = "A ferry leaves the north quay at dawn in the last week of the winter timetable."
CREDIT = "Marta Quinn/HARBOUR PRESS"
BODY = [
    "The harbour board voted on Tuesday to keep the night ferry running through the winter.",
    "Councillor Marta Quinn said the crossing was a lifeline for nurses who finish late.",
    "The operator's accounts show the service lost money in each of the last five winters.",
    "Residents of the north shore collected three thousand signatures in a single month.",
    "A dozen of them sat through the whole four-hour meeting in the public gallery.",
    "The board will review the timetable again next autumn, its chairman said.",
]

PAGE = (
    "<html><body><div class='story'><p><em><span class='image-container'><span class='image'>"
    "<img src='/ferry.jpg' alt='ferry'><span class='source'><span>"
    f"{CREDIT}</span></span><span class='caption'>{CAPTION}</span></span></span>"
    f"{BODY[0]}</em></p>" + "".join(f"<p>{t}</p>" for t in BODY[1:]) + "</div></body></html>"
)


def test_a_caption_glued_to_its_credit_stands_beside_its_image() -> None:
    tree = html_mod.parse(PAGE)
    # the first four words run over two elements: the caption is found by its last four
    assert html_mod._beside_image(tree, f"{CREDIT}{CAPTION}")
    assert not html_mod._beside_image(tree, BODY[1])
