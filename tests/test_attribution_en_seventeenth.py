"""English attribution, seventeenth round: what may be shown as confident (invented articles,
never evaluation text)."""

from __future__ import annotations

from attributed import attributed, quote_holding

from newsprism.attribution.confidence import is_confident

REPORT = (
    "The regional water utility raised its tariffs on Monday for the second time this year.\n\n"
    "The statement says that the new tariff will cover the cost of replacing old pipes in "
    "three districts.\n\n"
    "Mayor Alina Dobre said that the city would compensate pensioners for the increase."
)


def test_a_document_that_names_no_issuer_is_never_shown_confident() -> None:
    """ "The statement says …": the reader holds whoever issued it responsible, and the text
    does not say who that is — the attribution stays, marked uncertain."""
    article = attributed(REPORT)
    q = quote_holding(article, "replacing old pipes")
    speaker = article.speaker(q.speaker)
    assert speaker is not None and speaker.kind == "document", speaker
    assert not is_confident(q), q.confidence
    # the named mayor's words are not touched by it
    mayor = quote_holding(article, "compensate pensioners")
    assert article.speaker(mayor.speaker) is not None
