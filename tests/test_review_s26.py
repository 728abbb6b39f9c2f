"""Review of round 26's landings: faults found in what landed, each with a test that failed before
its fix (invented text only, no evaluation text)."""

from __future__ import annotations

import pytest
from scraped_samples import PARA, PARA2, blocks

from newsprism.extract import scraped_ends
from newsprism.extract.scraped import classify


def test_contents_list_search_is_not_quadratic_in_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # a page of thousands of short lines (a results table, a directory) made the contents-list
    # search normalise every later line once per short line: seconds per page
    calls = 0
    real_norm = scraped_ends.norm

    def counting_norm(text: str) -> str:
        nonlocal calls
        calls += 1
        return real_norm(text)

    monkeypatch.setattr(scraped_ends, "norm", counting_norm)
    rows = [f"Ward {n} {'north' if n % 2 else 'south'}" for n in range(600)]
    labs = classify("\n".join(["Results by ward", *rows, PARA, PARA2]))
    assert calls <= 3 * len(labs)


_EN_REPORT = (
    "Residents who want to read the full article on the inspection can ask the harbour office "
    "for the engineers' report, which runs to forty pages, the office added."
)
_EN_AFTER = (
    "Divers will start on the north wall, where the storm dislodged the largest stones, and "
    "move south along the quay as the weather allows."
)


def test_a_story_sentence_about_reading_the_full_article_does_not_cut_the_story() -> None:
    # a paywall's cut-off notice is a few words of the page's; a sentence of the story that
    # mentions reading a full article must not drop every paragraph under it
    page = "\n".join(
        [
            "Westhaven Echo",
            "Harbour wall inspection to start next week",
            "By Ann Lee",
            "3 March 2026",
            PARA,
            PARA2,
            _EN_REPORT,
            _EN_AFTER,
            "Share this article",
        ]
    )
    assert ("paragraph", _EN_AFTER) in blocks(page)


def test_a_short_paywall_line_still_cuts_the_story() -> None:
    page = "\n".join(
        [
            "Westhaven Echo",
            "Harbour wall inspection to start next week",
            "3 March 2026",
            PARA,
            PARA2,
            "Subscribe to continue reading",
            _EN_AFTER,
        ]
    )
    assert ("paragraph", _EN_AFTER) not in blocks(page)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb opening the sentence names no product: the figure after it counts
        ("Today 5 remain in hospital, the health board said.", 5.0),
        ("Yesterday 12 were moved to a shelter after the river rose.", 12.0),
        ("Fully 40 voted against the plan at the meeting.", 40.0),
        ("Altogether 30 were treated for smoke inhalation.", 30.0),
    ],
)
def test_a_figure_after_an_opening_adverb_is_a_figure(text: str, expected: float) -> None:
    from newsprism.claims.extract import find_quantities

    assert [q.value for q in find_quantities(text, "en")] == [expected]


def test_the_remaining_n_counts_the_rest_as_the_other_n_does() -> None:
    from newsprism.claims.extract import find_quantities

    found = find_quantities("The remaining three hostages were freed on Sunday.", "en")
    assert [(q.value, q.unit) for q in found] == [(3.0, "hostage")]


def test_a_story_sentence_opening_with_a_period_is_not_a_validity_field() -> None:
    # "Valid from X until Y" alone on its line is a notice's field; a sentence of the story that
    # opens so and goes on is the story's, and was dropped as chrome
    ru = "Действует с 15 декабря до 15 марта и касается всех городских маршрутов автобуса."
    en = "Effective from 1 March to 30 June, the ban covers every road in the district."
    page = "\n".join(["Westhaven Echo", "Winter timetable for the buses", "3 March 2026"])
    page += "\n" + "\n".join([PARA, ru, PARA2, en])
    found = blocks(page)
    assert ("paragraph", ru) in found
    assert ("paragraph", en) in found


def test_a_period_of_validity_alone_is_still_a_field() -> None:
    labels = {
        lab.line.text: lab.reason
        for lab in classify(
            "\n".join(
                [
                    "Ice warning for the north coast",
                    "Valid from 06:00 GMT on Friday until 18:00 GMT on Saturday 7 March",
                    PARA,
                    PARA2,
                ]
            )
        )
    }
    assert (
        "validity" in labels["Valid from 06:00 GMT on Friday until 18:00 GMT on Saturday 7 March"]
    )


def test_a_story_paragraph_that_mentions_reading_the_full_story_is_kept() -> None:
    quote = (
        'Shopkeepers said they feared losing trade. "People will simply stop coming," said the '
        "owner of a bakery beside the quay, who had asked the council to read the full story of "
        "the last closure before deciding."
    )
    page = "\n".join(["Westhaven Echo", "Quay to close for repairs", "3 March 2026"])
    page += "\n" + "\n".join([PARA, quote, PARA2])
    assert ("paragraph", quote) in blocks(page)


@pytest.mark.parametrize(
    "text",
    [
        "В аварии пострадали 2 человека и больше никто не обращался за помощью.",
        "Он проработал на заводе 30 лет и больше не вернулся в цех.",
    ],
)
def test_a_negation_after_the_comparative_is_no_bound(text: str) -> None:
    # «и больше никто», «и больше не»: "no more", not "2 or more"
    from newsprism.claims.extract import find_quantities

    assert [q.qualifier for q in find_quantities(text, "ru")] == [None]


def test_a_bound_after_the_figure_still_bounds() -> None:
    from newsprism.claims.extract import find_quantities

    found = find_quantities("В конкурсе участвуют дети 7 лет и старше.", "ru")
    assert [(q.qualifier, q.change) for q in found] == [("и старше", ">")]


_TRADERS = (
    "Traders split over the parking charges.\n\n"
    "The head of the traders' association, Mark Bell, said his members were angry.\n\n"
    "The deputy head of the association disagreed, saying most traders supported the plan.\n\n"
    "The former mayor said the charges were overdue."
)


def test_a_deputy_is_not_the_head_named_before() -> None:
    # "the deputy head" disagrees with the head: giving the head his words inverts them
    from attributed import attributed, speaker_of

    assert speaker_of(attributed(_TRADERS), "most traders supported") != "Mark Bell"


def test_the_head_still_refers_back_to_the_head() -> None:
    from attributed import attributed, speaker_of

    text = _TRADERS.replace("The deputy head of the association disagreed", "The head added")
    assert speaker_of(attributed(text), "most traders supported") == "Mark Bell"
