"""English attribution, forty-second session (issue 12): the learned antecedent ranker
(:mod:`newsprism.attribution.coref_rank_en`) chooses among the people the rules admit for an
English pronoun.  Our own invented sentences; the choice test fails with the ranker off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from newsprism.attribution import coref_rank_en
from newsprism.attribution.clusters import Cluster
from newsprism.attribution.model import Found, SourceRef


@pytest.fixture
def ranker_off() -> Iterator[None]:
    coref_rank_en.EN_RANKER = False
    yield
    coref_rank_en.EN_RANKER = True


_TEXT = (
    "Residents of Harwick Vale have waited four years for the footbridge.\n\n"
    "Councillor Maria Lindqvist said the money was approved in March. The contractor will start "
    "in May, Lindqvist said. Traders on Pellow Street complained about the closures, "
    "according to the Harwick Echo. She said the works would end before the winter."
)


def _span(word: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(word), _TEXT)]
    return starts[nth], starts[nth] + len(word)


def _scene() -> tuple[SourceRef, Cluster, Cluster, list[tuple[Found, Cluster | None]]]:
    """The councillor opened the paragraph and spoke twice; "Pellow" is a street the name tagger
    took for a surname (no given name, never speaking), named nearer the pronoun: "She said …"
    is the councillor's, whatever the rules chose."""
    councillor = Cluster(
        "person", "Maria Lindqvist", first="Maria", last="Lindqvist", gender="female"
    )
    street = Cluster("person", "Pellow", last="Pellow")
    resolved: list[tuple[Found, Cluster | None]] = []
    for word in ("Maria Lindqvist", "Lindqvist said"):
        a, b = _span(word)
        name = word.removesuffix(" said")
        b = a + len(name)
        councillor.add(a, b, name)
        said = Found("indirect", b + 1, b + 40, source=SourceRef(a, b, name, "name"))
        resolved.append((said, councillor))
    street.add(*_span("Pellow"), "Pellow")
    a, b = _span("She")
    src = SourceRef(a, b, "She", "pronoun", head="she", gender="female")
    return src, councillor, street, resolved


def test_ranker_prefers_the_speaking_named_person_to_a_nearer_tagged_street() -> None:
    src, councillor, street, resolved = _scene()
    people = [councillor, street]
    assert coref_rank_en.choose(src, street, people, resolved, _TEXT) is councillor


def test_without_the_ranker_the_rules_choice_stands(ranker_off: None) -> None:
    src, councillor, street, resolved = _scene()
    people = [councillor, street]
    assert coref_rank_en.choose(src, street, people, resolved, _TEXT) is street


def test_a_choice_already_made_well_stands() -> None:
    src, councillor, street, resolved = _scene()
    people = [councillor, street]
    assert coref_rank_en.choose(src, councillor, people, resolved, _TEXT) is councillor


def test_descriptions_bodies_and_russian_sources_are_left_to_the_rules() -> None:
    src, councillor, street, resolved = _scene()
    people = [councillor, street]
    described = SourceRef(src.start, src.end, "The councillor", "description", head="councillor")
    assert coref_rank_en.choose(described, street, people, resolved, _TEXT) is street
    body = Cluster("organization", "Harwick Echo")
    assert coref_rank_en.choose(src, body, people, resolved, _TEXT) is body
    assert coref_rank_en.choose(src, None, people, resolved, _TEXT) is None
    russian = SourceRef(src.start, src.end, "она", "pronoun", head="она", gender="female")
    assert coref_rank_en.choose(russian, street, people, resolved, _TEXT) is street


def test_the_fitting_record_leaves_the_choice_to_the_rules() -> None:
    src, councillor, street, resolved = _scene()
    coref_rank_en.RECORD = []
    try:
        chosen = coref_rank_en.choose(src, street, [councillor, street], resolved, _TEXT)
        record = coref_rank_en.RECORD
    finally:
        coref_rank_en.RECORD = None
    assert chosen is street
    assert len(record) == 1 and record[0]["current"] == 0  # the street is the nearer one
    assert len(record[0]["features"][0]) == len(coref_rank_en.FEATURES)


def test_fitted_weights_cover_every_feature() -> None:
    n = len(coref_rank_en.FEATURES)
    assert len(coref_rank_en.WEIGHTS) == len(coref_rank_en.MEANS) == len(coref_rank_en.SCALES) == n
    assert all(s > 0 for s in coref_rank_en.SCALES)


def test_sentence_openers_and_quoted_mentions() -> None:
    text = 'Mayor Ines Roth spoke first. "We asked Tom Hale," she said.\nDeputy Mayor Ana Wu left.'
    assert coref_rank_en._opens_sentence(text, text.index("Ines"))
    assert coref_rank_en._opens_sentence(text, text.index("Ana Wu"))
    assert not coref_rank_en._opens_sentence(text, text.index("Tom"))
    assert coref_rank_en._in_quote(text, text.index("Tom"))
    assert not coref_rank_en._in_quote(text, text.index("Ana"))


def test_text_written_as_english_is_left_to_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    # fitted on translated-style articles only: where the text reads as written in English
    # (source_kind_en), the rules' choice stands
    monkeypatch.setattr(coref_rank_en, "_reads_translated", lambda text: False)
    src, councillor, street, resolved = _scene()
    assert coref_rank_en.choose(src, street, [councillor, street], resolved, _TEXT) is street
    monkeypatch.setattr(coref_rank_en, "TRANSLATED_ONLY", False)
    assert coref_rank_en.choose(src, street, [councillor, street], resolved, _TEXT) is councillor
