"""English attribution, thirty-eighth session (issue 12): given names NER ran into the body
before a person, a name that closes a description, a place after a preposition, a body called
back by its head noun.  Each rule on and off.  Invented articles only."""

from __future__ import annotations

import pytest
from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution import (
    descriptions,
    name_runs,
    quote_heads_en,
    reader_base_en,
    referents,
)

HARBOUR = (
    "Port closed\n\n"
    "The harbour master of Puerto Cortés Luis Alberto Mejía Rivas told the radio HRN on "
    "Tuesday that the port would stay closed until Friday because of the storm.\n"
)
AIDE = (
    "Bill stalls\n\n"
    "An aide to the former senator, Paul Reyes, said the bill would not pass before the summer "
    "recess.\n"
)
FISHERMAN = (
    "The Danube runs low\n\n"
    '"The river has never been this low," a fisherman in Vidin said on Sunday.\n\n'
    "Vidin has lost half of its population since 1990.\n"
)
AUTHORITY = (
    "Trucks wait at the border\n\n"
    "More than 900 trucks stood in the queue on Tuesday morning, the Port Revenue Authority "
    "said. According to the authority, the queue began to grow on Friday, when a new scanner "
    "was installed.\n"
)
MINISTRY = (
    "Vaccination resumes\n\n"
    "The Ministry of Health said on Monday that the vaccination campaign would resume next "
    "week. The ministry added that 200 clinics would take part.\n"
)


@pytest.mark.parametrize("on", [True, False])
def test_given_names_glued_to_the_place_before_stay_in_the_name(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(name_runs, "GIVEN_NAMES_BEFORE", on)
    article = attributed(HARBOUR)
    name = speaker_name(article, quote_holding(article, "port would stay closed"))
    if on:
        assert name == "Luis Alberto Mejía Rivas"
    else:
        assert name != "Luis Alberto Mejía Rivas"


@pytest.mark.parametrize("on", [True, False])
def test_a_name_that_closes_a_description_is_the_described_person(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quote_heads_en, "NAME_CLOSING_DESCRIPTION", on)
    article = attributed(AIDE)
    q = quote_holding(article, "bill would not pass")
    speaker = article.speaker(q.speaker)
    assert speaker is not None and speaker.name == "Paul Reyes"
    assert (speaker.kind == "person") is on  # off: shown as an anonymous source


@pytest.mark.parametrize("on", [True, False])
def test_a_town_after_a_preposition_of_place_is_not_the_speaker(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(referents, "PLACE_NOT_PERSON", on)
    article = attributed(FISHERMAN)
    name = speaker_name(article, quote_holding(article, "never been this low"))
    assert (name == "Vidin") is not on
    if on:
        assert "fisherman" in name


@pytest.mark.parametrize("on", [True, False])
def test_the_authority_is_the_authority_named_before(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_base_en, "DEFINITE_AUTHORITY", on)
    monkeypatch.setattr(descriptions, "BODY_OF_NAMES", on)
    article = attributed(AUTHORITY)
    named = quote_holding(article, "stood in the queue")
    back = quote_holding(article, "queue began to grow")
    speaker = article.speaker(back.speaker)
    assert speaker is not None
    if on:
        assert back.speaker == named.speaker
        assert speaker.kind == "organization"
    else:
        assert back.speaker != named.speaker


@pytest.mark.parametrize("on", [True, False])
def test_the_ministry_calls_back_the_ministry_of_health(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(descriptions, "BODY_OF_NAMES", on)
    article = attributed(MINISTRY)
    named = quote_holding(article, "campaign would resume")
    back = quote_holding(article, "200 clinics")
    assert (back.speaker == named.speaker) is on
    assert speaker_name(article, named) == "The Ministry of Health"
