"""Scraped text, round 34: what stays of its rules, tested on pages we wrote (invented places
and people).  The round's six layout rules were removed in round 35 (no case on any page they
were not written from); their guards ("stays") remain, as the behaviour they pin holds without
them, and the tagger's cheaper path (output unchanged) stays."""

from __future__ import annotations

import pytest

from newsprism.extract import scraped_pos
from newsprism.extract.scraped import extract_scraped


def _blocks(text: str) -> list[tuple[str, str | None, str | None]]:
    _, blocks, _ = extract_scraped(text)
    return [(b.kind, b.caption if b.kind == "figure" else b.text, b.credit) for b in blocks]


_QUOTE_HEADING_EN = """Severn Vale Echo
News
Courts
Sport
Man jailed for selling fake tickets to a food festival
More than 300 people paid for tickets that did not exist, the court heard.
By Leah Marsh
Friday 4 December 2026
A man who copied a food festival's website and sold more than 300 fake tickets has been jailed for eighteen months.
Colin Drew, 34, of Tewkesbury, was found guilty at Gloucester Crown Court of fraud by false representation after a four-day trial.
'It looked exactly like the real page'
Prosecutor Anita Shah told the jury that Drew had copied the festival's pages down to its cookie notice. "It looked exactly like the real page, and that was the whole point," she said.
Buyers paid between £45 and £120 each. Most found out only at the gate that their tickets were worthless.
"""


def test_a_long_pull_quote_over_the_paragraph_that_says_it_stays_the_pages() -> None:
    # guard: a quote of more words than a heading holds is set beside the passage it quotes
    page = _QUOTE_HEADING_EN.replace(
        "'It looked exactly like the real page'",
        "'It looked exactly like the real page, and that was the whole point'",
    )
    assert all("whole point'" not in (b[1] or "") for b in _blocks(page))


# A column signed "Name, a few words about them" over the date line, with the box about its
# writer under the story ("About the author" and a bio that does not name the site).
_COLUMN_EN = """Dunmore Weekly
Since 1902
News
People
History
Sport
History
A hundred years ago
The first bus: how Dunmore gave up its cabs in 1926, and then changed its mind
The town's bus service opened with a brass band and closed four months later. This is what went wrong.
Nora Prescott, local historian
5 December 2026
A hundred years ago this month, on 12 December 1926, the first scheduled bus in Dunmore's history drove down Market Street from the station to the quay.
The route had six stops, and a ticket cost two pence, half the cab fare. The council bought the bus second-hand from a dealer in Leeds.
In April 1927 the council voted to stop the service "until the roads and the supply of parts improve". Regular buses did not come back until 1934.
About the author
Nora Prescott has written about Dunmore's streets for thirty years and is the author of two books on the town's railways.
Share
Facebook
© 2026 Dunmore Weekly
"""


def test_an_author_box_with_the_story_going_on_under_it_stays() -> None:
    # guard: a section about an author, with the story's text after it, is the story's.  The
    # round-34 rule it was written beside is gone, but the site's-own-tail rule
    # (scraped_closing.drop_sites_own_tail) drops this very bio when it ends the page (it starts
    # with the byline's name); it reads from the end and must stop at the story's last line, so
    # a bio with the story going on under it, and that story, are kept
    page = _COLUMN_EN.replace(
        "Share\n",
        "The council's minutes of the vote survive, and they show that only two councillors "
        "spoke for the bus.\nBoth of them, the minutes say, had shares in the company that ran "
        "the town's last cabs.\n",
    )
    _, blocks, _ = extract_scraped(page)
    assert any(b.text and b.text.startswith("Nora Prescott has written") for b in blocks)


def test_a_label_that_runs_on_into_its_list_needs_no_tagger(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the tagger takes seconds to load: a label that ends as no noun phrase ends is answered
    # without it, as it answered before; a label it cannot tell so is still asked
    asked: list[str] = []

    def no_tagger() -> None:
        asked.append("tagger")
        return None

    monkeypatch.setattr(scraped_pos, "_spacy", no_tagger)
    for label in (
        "The largest grants this year went to",
        "Key features of the new terminal include",
        "The three shortlisted designs are",
    ):
        assert scraped_pos.noun_phrase(label) is False
    assert scraped_pos.finite_verbs("24%") == (0, 0)
    assert not asked
    assert scraped_pos.noun_phrase("Dates for your diary") is None and asked == ["tagger"]
