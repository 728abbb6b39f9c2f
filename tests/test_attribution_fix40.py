"""English attribution, review fixes of the fortieth session (issue 12).

R15: a text cut off right after an opening cue and its comma ("… In his view,", a paywall preview
or a truncated scrape) made the attribution stage fail for the whole article; so did one ending
in an adverb cue with no subject before its verb ("… Paid reportedly").  R6: "It is said in the
industry that …" is hearsay, not the industry's statement: only a body that issues statements
speaks after "it was said in".  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding, speaker_name, speaker_of

from newsprism.attribution import said_in_en

BRIDGE = (
    "Bridge to open in May\n\n"
    '"The bridge will open in May and the ferry will stop," the mayor Anna Holt said on Monday.\n\n'
)


@pytest.mark.parametrize(
    "ending", ["In his view,", "In a statement,", "In his words,", "In the words of the mayor,"]
)
def test_an_article_cut_off_after_an_opening_cue_keeps_its_quotes(ending: str) -> None:
    article = attributed(BRIDGE + "The council met on Tuesday. " + ending + "\n")
    assert speaker_name(article, quote_holding(article, "bridge will open")) == "Anna Holt"


@pytest.mark.parametrize("ending", ["Paid reportedly", "Resigned allegedly"])
def test_an_article_cut_off_after_an_adverb_cue_keeps_its_quotes(ending: str) -> None:
    article = attributed(BRIDGE + ending + "\n")
    assert speaker_name(article, quote_holding(article, "bridge will open")) == "Anna Holt"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Merger talk\n\nThe two banks declined to comment. It is said in the industry that the "
            "merger will be announced on Friday.\n",
            "merger will be announced",
        ),
        (
            "Old legend\n\nThe castle stands on a hill. It is said in the family that the "
            "treasure was buried under the oak.\n",
            "treasure was buried",
        ),
        (
            "Election\n\nThe vote is on Sunday. It is said in the country that the result is "
            "already known.\n",
            "result is already known",
        ),
    ],
)
def test_hearsay_in_a_group_has_no_speaker(text: str, phrase: str) -> None:
    assert speaker_of(attributed(text), phrase) is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("It was said in the ministry that", "the ministry"),
        ("It was said in the government that", "the government"),
        ("In the Foreign Office it was said that", "the Foreign Office"),
    ],
)
def test_a_body_that_issues_statements_still_speaks(body: str, speaker: str) -> None:
    text = (
        "Clinic to close\n\nThe district clinic will close in March. "
        + body
        + " the staff would move to the town hospital.\n"
    )
    assert speaker_of(attributed(text), "staff would move") == speaker


def test_the_issuers_leave_out_groups_and_places() -> None:
    for word in ("industry", "family", "country", "team", "party", "house"):
        assert word not in said_in_en._ISSUERS
