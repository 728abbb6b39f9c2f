"""Scraped text, round 21: lists the article prints without bullets (invented pages, not
evaluation text).

- after a line of the body that ends with a colon, lines shaped like items are its list even
  when they are long ("Harbour Bakery, Eastport – £40,000 for six apprentices"), and an item
  may end with a full stop ("… from 9 a.m. to 1 p.m.") when more items follow it;
- lines that end with a semicolon, two or more in a row, are a list, and an item-sized line
  right after them ending with a full stop is its last item;
- a paragraph that only looks like an item (one sentence, no list after it) stays a paragraph.
"""

from __future__ import annotations

from scraped_samples import PARA, PARA2, blocks

_HEAD = [
    "Home",
    "News",
    "Council awards £1.2 million in grants to harbour employers",
    "By Dana Whitlow",
]

_AFTER = (
    "Apprentices will start on the same wage as other new staff, and the council will check "
    "each employer's training plan twice a year until the grants run out in 2028."
)


def test_long_items_after_a_colon_are_a_list_not_a_link_list() -> None:
    items = [
        "Harbour Bakery and Tearooms, Eastport – £40,000 for six bakery, pastry and front-of-house apprentices over the next two years",
        "North Quay Boatyard, Westhaven – £35,000 for five shipwright apprentices",
        "Gull Island Care Home, Southmoor – £30,000 for eight care worker apprentices",
    ]
    page = "\n".join([*_HEAD, PARA, "The largest grants went to:", *items, _AFTER, PARA2])
    got = blocks(page)
    assert ("list", "\n".join(items)) in got
    assert ("paragraph", _AFTER) in got


def test_an_item_may_end_with_a_full_stop_when_more_items_follow() -> None:
    items = [
        "Run a mobile library van in the market square every Friday from 9 a.m. to 1 p.m.",
        "Move the reading group to the community hall on Tuesday evenings",
        "Let borrowers keep their books until the branch reopens, with no fines",
    ]
    page = "\n".join(
        [*_HEAD, PARA, "Until the branch reopens, the library will also:", *items, _AFTER, PARA2]
    )
    assert ("list", "\n".join(items)) in blocks(page)


def test_lines_ending_with_semicolons_are_a_list_with_its_last_item() -> None:
    items = [
        "7N — Central station — Riverside (via the new bridge);",
        "8N — Central station — Hill Park (via Market Street);",
        "9N — Central station — the airport.",
    ]
    page = "\n".join([*_HEAD, PARA, "Which routes will run", *items, _AFTER, PARA2])
    got = blocks(page)
    assert ("list", "\n".join(items)) in got
    assert ("heading", "Which routes will run") in got


def test_one_sentence_after_a_colon_line_stays_a_paragraph() -> None:
    said = "The harbour master said:"
    quote = '"We have waited ten years for this, and the town will feel the difference."'
    page = "\n".join([*_HEAD, PARA, said, quote, "What happens next", _AFTER, PARA2])
    got = blocks(page)
    assert ("paragraph", quote) in got
    assert ("heading", "What happens next") in got
    assert not any(kind == "list" for kind, _ in got)
