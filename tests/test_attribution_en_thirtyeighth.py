"""English attribution, thirty-eighth session (issue 12): given names NER ran into the body
before a person, a name that closes a description, a place after a preposition, a body called
back by its head noun.  Each rule on and off.  Invented articles only."""

from __future__ import annotations

from typing import Any

import pytest
from attributed import attributed, quote_holding, speaker_name

from newsprism.attribution import (
    descriptions,
    name_runs,
    quote_heads_en,
    reader_base_en,
    referents,
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


def _glued_doc() -> object:
    """ "The engineer of the Water Museum of Cusco Rosa Elena Quispe Mamani said ...", with the
    entities spaCy's small model gives such a sentence: the given names inside the body."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = [
        "The",
        "engineer",
        "of",
        "the",
        "Water",
        "Museum",
        "of",
        "Cusco",
        "Rosa",
        "Elena",
        "Quispe",
        "Mamani",
        "said",
        "so",
        ".",
    ]
    pos = ["DET", "NOUN", "ADP", "DET"] + ["PROPN"] * 8 + ["VERB", "ADV", "PUNCT"]
    spaces = [True] * (len(words) - 2) + [False, False]
    ents = ["O", "O", "O", "B-ORG"] + ["I-ORG"] * 5 + ["B-PERSON", "I-PERSON", "I-PERSON"]
    ents += ["O"] * 3
    starts = [True] + [False] * (len(words) - 1)
    return Doc(Vocab(), words, spaces, pos=pos, ents=ents, sent_starts=starts)


@pytest.mark.parametrize("on", [True, False])
def test_given_names_glued_to_the_body_before_stay_in_the_name(
    on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(name_runs, "GIVEN_NAMES_BEFORE", on)
    doc: Any = _glued_doc()
    name_runs.split_name_runs(doc)
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    bodies = [e.text for e in doc.ents if e.label_ == "ORG"]
    if on:
        assert people == ["Rosa Elena Quispe Mamani"]
        assert bodies == ["the Water Museum of Cusco"]
    else:
        assert "Rosa Elena Quispe Mamani" not in people


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
