"""English attribution, issue 12 (nineteenth session): stock phrases shaped like reports.

"The builder did not respond to a request for comment" closes most English news articles and
reported the builder saying "comment on Wednesday evening"; "The board met to discuss the
contract" reported the board saying "the contract".  Neither is anyone saying anything.  A noun
of asking that is the object of a verb of answering, declining or ignoring is its owner's, never
that verb's subject's (no report when its owner is not named); "(a request) for comment" as the
whole content is no report; "to discuss" as a meeting's purpose is no report.  True reports stay:
a request whose owner is named, a request by the ministry that protesters ignored, "She
discussed the plan with reporters, saying …".
"""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding, speaker_name

#: invented articles (written for this test)
_CONTRACT = (
    "Council delays the school contract\n\n"
    "The city board met on Tuesday to discuss the contract with the builder.\n\n"
    "Board chair Helen Marsh said the vote would wait until the audit is finished.\n\n"
    "The builder did not respond to a request for comment on Wednesday evening."
)
_STOCK_CLOSINGS = [
    "A spokesman for Harbor Logistics declined a request for comment.",
    "Harbor Logistics did not return a request for comment on Friday.",
    "The company did not immediately respond to requests for comment.",
    "Representatives of the firm did not reply to emailed questions.",
    "The firm did not respond to messages seeking comment on Monday.",
    "The developer ignored repeated requests for comment.",
]
_OPENING = (
    "Port workers to vote on new shifts\n\n"
    "Dock union leader Samuel Price said the new shifts would leave crews short on weekends.\n\n"
)
_OWNER_NAMED = (
    "Vote on the bridge postponed\n\n"
    "Councillor Maria Lopez asked the council to wait for the engineers' report.\n\n"
    "The mayor ignored her request that the vote be delayed until March.\n\n"
    "The ministry's request for calm was ignored by protesters outside the hall."
)
_DISCUSSED = (
    "Budget talks\n\n"
    "Finance minister Anna Weber discussed the plan with reporters on Monday, saying it would "
    "cut the deficit by half within two years.\n\n"
    "Union leaders gathered on Friday to talk about the pay offer."
)


def test_no_comment_and_no_meeting_are_no_reports() -> None:
    article = attributed(_CONTRACT)
    texts = [q.text for q in article.quotes]
    assert not any("comment" in t or "Wednesday evening" in t for t in texts), texts
    assert not any("contract with the builder" in t for t in texts), texts
    # the true report in the same article stays
    assert speaker_name(article, quote_holding(article, "audit")) == "Helen Marsh"


@pytest.mark.parametrize("closing", _STOCK_CLOSINGS)
def test_a_stock_closing_is_no_report(closing: str) -> None:
    article = attributed(_OPENING + closing)
    start = article.text.index(closing)
    late = [q for q in article.quotes if q.end > start]
    assert not late, [(q.cue, q.text, q.source_text) for q in late]
    assert speaker_name(article, quote_holding(article, "weekends")) == "Samuel Price"


def test_a_request_is_its_owners_not_the_one_who_ignored_it() -> None:
    article = attributed(_OWNER_NAMED)
    delayed = quote_holding(article, "vote be delayed")
    assert delayed.source_text != "The mayor", delayed
    assert speaker_name(article, delayed) == "Maria Lopez"
    calm = quote_holding(article, "calm")
    assert calm.source_text is not None and "ministry" in calm.source_text, calm


def test_discussing_with_reporters_while_saying_stays_a_report() -> None:
    article = attributed(_DISCUSSED)
    assert speaker_name(article, quote_holding(article, "deficit")) == "Anna Weber"
    texts = [q.text for q in article.quotes]
    assert not any("pay offer" in t for t in texts), texts
