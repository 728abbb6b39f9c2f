"""The thirty-eighth session's trace change, on invented sentences: the verbs of saying a rival's
figure is given by, read by the attribution stage's own inflections (``bonds._speech_forms_en``)
instead of a word's last letters stripped by hand."""

from __future__ import annotations

import pytest

from newsprism.trace import bonds


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # nouns the hand-stripped endings read as verbs ("state", "muse", "report", "advise")
        ("Officials at the pumping station reckon ", "reckon"),
        ("Staff at the town museum insist ", "insist"),
        ("Reporters at the scene were told by the adviser, who believes ", "told"),
        # a past in "-ied" the stripping missed
        ("The company denied ", "denied"),
    ],
)
def test_the_first_verb_of_saying_by_its_inflections(text: str, verb: str) -> None:
    assert bonds._speech_verb(text) == text.index(verb)


def test_a_noun_alone_is_no_verb_of_saying() -> None:
    assert bonds._speech_verb("Observers from the weather station and two museums ") is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # irregular pasts: the attribution stage's irregular table (R14), not the regular endings
        ("The harbour master said ", "said"),
        ("Most of the growers thought ", "thought"),
        ("The ministry's spokeswoman wrote on Friday that ", "wrote"),
    ],
)
def test_an_irregular_past_is_a_verb_of_saying(text: str, verb: str) -> None:
    pytest.importorskip("spacy")
    if not bonds._irregular_en():
        pytest.skip("no English spaCy model: the irregular table is empty")
    assert bonds._speech_verb(text) == text.index(verb)
