"""Scraped text, round 22 (invented pages, not evaluation text).

- a turn of speech ends as a sentence does, under a name in capitals too: a live text's score
  lines ("FULL-TIME: Home 2-1 Away") stay its headings when its line-ups open with the teams'
  names (round 21's transcript rule took them for a conversation);
- a box of key points ("Summary", "Key points", «Главное») over lines without bullets is a
  list, and its label is the page's;
- a live-blog entry's heading under its time and its "Posted by" line is a heading;
- "Graphic: Desk / Name" under a caption is a figure's credit;
- in a list of other articles after the story, each headline's teaser text is the list's.
"""

from __future__ import annotations

from scraped_samples import PARA, PARA2, blocks

_LONG = (
    "The visitors had the better of the first half and went ahead when a corner was only half "
    "cleared, but the home side pressed much higher after the break and were rewarded twice in "
    "the last twenty minutes, the second goal coming from a free-kick that nobody touched."
)


def test_score_lines_in_capitals_stay_headings() -> None:
    page = "\n".join(
        [
            "Sport",
            "Millbrook United 2-1 Eastport Town: live updates from Castle Road",
            "By Owen Hartley",
            "Saturday 6 December 2025",
            PARA,
            "FULL-TIME: Millbrook United 2-1 Eastport Town",
            _LONG,
            "HALF-TIME: Millbrook United 0-1 Eastport Town",
            PARA2,
            "KICK-OFF: Millbrook United 0-0 Eastport Town",
            PARA,
        ]
    )
    got = blocks(page)
    assert ("heading", "FULL-TIME: Millbrook United 2-1 Eastport Town") in got
    assert ("heading", "HALF-TIME: Millbrook United 0-1 Eastport Town") in got


def test_a_turn_of_an_interview_still_ends_as_a_sentence() -> None:
    page = "\n".join(
        [
            "Interviews",
            "A baker on flour prices and the next five years",
            "By Owen Hartley",
            "Saturday 6 December 2025",
            PARA,
            "Q: Why did you open a second shop this year?",
            "A: Because the first one could not bake enough bread for the mornings.",
            "Q: What costs most?",
            "A: Flour, then the electricity for the ovens, and then the rent.",
            PARA2,
        ]
    )
    got = blocks(page)
    assert ("paragraph", "Q: What costs most?") in got
    assert not any(kind == "heading" for kind, _ in got)
