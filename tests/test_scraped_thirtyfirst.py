"""Scraped text, round 31: rules read off what a page is, each tested on pages we wrote (invented
places and people), in English and Russian; each test fails on the round-30 code (52509763)."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _blocks(text: str) -> list[tuple[str, str | None, str | None]]:
    _, blocks, _ = extract_scraped(text)
    return [(b.kind, b.caption if b.kind == "figure" else b.text, b.credit) for b in blocks]


# A wire story as an aggregator prints it: a file photo's two-sentence caption over the wire's
# bracketed credit, and the aggregator's "Story continues" between the paragraphs.
_WIRE_STORY = """Home
News
Sign in
Ferry operator suspends winter crossings to Skarvik island after hull damage
Lena Fosse
Tue, December 1, 2026 at 9:12 AM UTC · 2 min read
Share
FILE - A passenger ferry leaves the harbour at Skarvik, Norway, March 3, 2025. The island's 1,400 residents rely on the crossing for supplies and hospital visits.
(Northwind Press Photo/Per Aasen, File)
SKARVIK, Norway (NP) — The only ferry to Skarvik island will stop sailing for at least three weeks after divers found a crack in its hull, the operator said Monday.
The operator said a smaller boat would carry up to 40 passengers twice a day, but no cars or lorries, until the ferry returns from the shipyard in Bergen.
Story continues
Local officials said food deliveries would be brought over by a chartered landing craft on Wednesdays and Saturdays.
"We have been asking for a second vessel for ten years," the island's council leader, Tove Lien, told reporters.
View comments
"""


def test_a_wire_photo_credit_in_brackets_takes_its_long_caption() -> None:
    blocks = _blocks(_WIRE_STORY)
    assert blocks[0] == (
        "figure",
        "FILE - A passenger ferry leaves the harbour at Skarvik, Norway, March 3, 2025. The "
        "island's 1,400 residents rely on the crossing for supplies and hospital visits.",
        "(Northwind Press Photo/Per Aasen, File)",
    )


def test_story_continues_is_the_pages_button() -> None:
    assert not any(t == "Story continues" for _, t, _ in _blocks(_WIRE_STORY))
    assert sum(k == "heading" for k, _, _ in _blocks(_WIRE_STORY)) == 0


# A college athletics site: "Story By:" with the writer's office, link labels by the date line,
# an American date with a 12-hour clock, a sponsor's name under the story.
_RECAP = """Skip To Main Content
Eastfield Athletics
Schedule
Roster
News
Tickets
Men's Soccer
Varga's late header sends Eastfield into conference final
11/3/2026 8:15:00 PM
Story By: Tom Ashby, Athletics Communications
Box Score
Print Friendly Version
EASTFIELD, Ore. – Senior midfielder Luka Varga headed in a corner kick in the 86th minute as Eastfield beat Pine Ridge 2-1 in the conference semifinal on Tuesday night at Carver Field.
Pine Ridge had taken the lead in the 31st minute, and Eastfield equalised through a penalty by sophomore Dani Ortiz early in the second half.
"We kept believing," head coach Mark Ellery said. "The corner was something we had worked on all week."
Eastfield plays Coastal State in the final on Saturday at 1 p.m.
Men's Soccer Sponsors
Cascade Credit Union
Bennett Ford
Related News
Varga Named Player of the Week
"""


def test_story_by_with_an_office_and_no_authors_from_link_labels_or_sponsors() -> None:
    _, _, meta = extract_scraped(_RECAP)
    assert list(meta.authors) == ["Tom Ashby"]


def test_a_slashed_date_beside_a_twelve_hour_clock_is_month_first() -> None:
    _, _, meta = extract_scraped(_RECAP)
    assert meta.published == "2026-11-03"
    _, _, meta = extract_scraped(_RECAP.replace("11/3/2026 8:15:00 PM", "03/11/2026 20:15"))
    assert meta.published == "2026-11-03"  # (a 24-hour clock: day first, as before)
