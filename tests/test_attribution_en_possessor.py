"""English attribution (issues 12 and 16): a possessive before a body's noun stays in the
body's name — "Norway's fisheries agency said" is the agency, not Norway — and "the agency"
said later is the one body of that noun named before, shown less certain than a named speaker
(invented articles, never evaluation text)."""

from __future__ import annotations

from attributed import attributed, quote_holding, speaker_of

from newsprism import api

FERRY = (
    "Ferry halted after storm\n\n"
    "Norway's maritime agency said on Monday that 31 passengers had been moved to a hotel.\n\n"
    "The agency said the crossing would reopen on Wednesday. Denmark's transport ministry said "
    "its own ferries were running on time.\n"
)


def test_a_possessor_is_not_the_body_that_speaks() -> None:
    article = attributed(FERRY)
    assert speaker_of(article, "31 passengers had been moved") == "Norway's maritime agency"
    assert speaker_of(article, "its own ferries were running") == "Denmark's transport ministry"
    assert all(s.name != "Norway" for s in article.speakers)


def test_the_agency_is_the_one_agency_named_before_and_less_certain() -> None:
    article = attributed(FERRY)
    assert speaker_of(article, "the crossing would reopen") == "Norway's maritime agency"
    named = quote_holding(article, "31 passengers had been moved")
    again = quote_holding(article, "the crossing would reopen")
    assert again.speaker_confidence is not None and named.speaker_confidence is not None
    assert again.speaker_confidence < named.speaker_confidence


def test_a_description_fitting_two_bodies_is_neither() -> None:
    text = (
        "Talks on the border\n\n"
        "Chile's foreign ministry said on Friday that the talks had gone well. Peru's foreign "
        "ministry said that a second round was planned.\n\n"
        "The ministry said the next meeting would be in Lima.\n"
    )
    article = attributed(text)
    assert speaker_of(article, "next meeting would be in Lima") not in (
        "Chile's foreign ministry",
        "Peru's foreign ministry",
    )


FLOOD = (
    "Rivers burst their banks\n\n"
    "Kenya's health ministry said on Sunday that 57 homes had been flooded near the lake.\n"
)


def test_a_figure_from_an_owned_body_names_the_whole_body_as_its_source() -> None:
    """The figure's source is the owned body, with its owner: neither "Kenya" nor a bare
    "health ministry" (whose country the reader would lose)."""
    analysed = api.analyse(api.read(FLOOD.encode(), stages=("segment",)))
    claim = next(c for c in analysed.claims if c.text.startswith("57"))
    assert claim.source == "Kenya's health ministry"
