"""Scraped text, round 24 (invented pages, not evaluation text).

- a line of short fields with a date ("Press office · 03.12.2025") under a photo's one-line
  caption, above the story, is the page's date line: only running text makes the story start;
- a short sentence on a photo credit right under the headline is that photo's caption; a
  standfirst on a credit stays the standfirst when it is as long as running text.
"""

from __future__ import annotations

from scraped_samples import PARA, PARA2, blocks

from newsprism.extract.scraped import extract_scraped

_LONG = (
    "Volunteers counted the birds on three mornings in a row along the eastern shore, and the "
    "warden said the colony had grown by almost a third since the nesting boxes went up."
)


def test_a_date_line_of_fields_under_a_top_photo_is_the_pages() -> None:
    page = "\n".join(
        [
            "News",
            "Wardens count a record number of terns on the reservoir's eastern shore",
            "Volunteers on the shore at dawn.",
            "Photo: Ellen Marsh / Reservoir Trust",
            "Press office of Northfield University · 03.12.2025",
            _LONG,
            PARA,
            PARA2,
        ]
    )
    title, found, meta = extract_scraped(page)
    assert ("paragraph", "Press office of Northfield University · 03.12.2025") not in blocks(page)
    assert meta.published == "2025-12-03"
    assert title is not None and title.startswith("Wardens count")
    assert [b.text for b in found if b.kind == "paragraph"][0] == _LONG


def test_a_short_sentence_on_a_credit_under_the_headline_is_the_photos_caption() -> None:
    page = "\n".join(
        [
            "Wardens count a record number of terns on the reservoir's eastern shore",
            "By Tom Reed",
            "Volunteers on the shore at dawn.",
            "Photo: Ellen Marsh / Reservoir Trust",
            _LONG,
            PARA,
        ]
    )
    _, found, _ = extract_scraped(page)
    assert found[0].kind == "figure"
    assert (found[0].caption, found[0].credit) == (
        "Volunteers on the shore at dawn.",
        "Photo: Ellen Marsh / Reservoir Trust",
    )


def test_a_standfirst_as_long_as_running_text_on_a_credit_stays_the_standfirst() -> None:
    standfirst = (
        "The trust says the colony on the eastern shore has grown by a third in two years and "
        "asks walkers to keep dogs on leads."
    )
    page = "\n".join(
        [
            "Wardens count a record number of terns on the reservoir's eastern shore",
            standfirst,
            "Photo: Ellen Marsh / Reservoir Trust",
            _LONG,
            PARA,
        ]
    )
    assert blocks(page)[0] == ("paragraph", standfirst)


def test_a_date_line_of_fields_under_a_short_standfirst_is_the_pages() -> None:
    page = "\n".join(
        [
            "Wardens count a record number of terns on the reservoir's eastern shore",
            "The colony has grown by a third in two years.",
            "Press office of Northfield University · 03.12.2025",
            _LONG,
            PARA,
        ]
    )
    _, found, meta = extract_scraped(page)
    assert "Press office of Northfield University · 03.12.2025" not in [b.text for b in found]
    assert meta.published == "2025-12-03"
