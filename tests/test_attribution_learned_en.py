"""The learned English cue finder: cues the lexicon does not list, read by the dependency rules
and accepted by a model trained on PolNeAR train (``attribution/learned_en.py``)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsprism.attribution import learned_en, quotes_en
from newsprism.attribution.model import Found
from newsprism.attribution.stage import article_from_text
from newsprism.pipeline import Pipeline


def _found(start: int, end: int, cue: tuple[int, int] | None) -> Found:
    return Found("indirect", start, end, cue, None)


def test_overlap_rules() -> None:
    a = _found(10, 50, (0, 5))
    inside = _found(60, 70, (20, 25))  # its cue lies in a's content: part of what a reports
    apart = _found(60, 90, (55, 58))
    shared = _found(40, 52, (55, 58))  # shares 10 of its 12 characters with a
    assert learned_en.overlaps(inside, a)
    assert not learned_en.overlaps(apart, a) and not learned_en.overlaps(a, apart)
    assert learned_en.overlaps(shared, a)


def test_greedy_keeps_the_likelier_of_two_overlapping_readings() -> None:
    plan = _found(10, 60, (0, 5))
    discuss = _found(20, 60, (12, 19))
    other = _found(80, 120, (70, 75))
    kept = learned_en.greedy([(discuss, 0.6), (plan, 0.7), (other, 0.5), (plan, 0.2)], 0.45)
    assert [f for f, _ in kept] == [plan, other]


def test_novel_drops_what_overlaps_the_rules() -> None:
    rules = [_found(10, 50, (0, 5))]
    cands = [
        learned_en.Candidate(_found(60, 90, (55, 58)), {}, None),
        learned_en.Candidate(_found(70, 90, (30, 35)), {}, None),
        learned_en.Candidate(_found(0, 40, (45, 48)), {}, None),
    ]
    assert [c.found.start for c in learned_en.novel(cands, rules)] == [60]


def test_shipped_model_loads_and_is_small() -> None:
    model = learned_en.load()
    assert model is not None
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 100 and "lemma=<rare>" in model.weights
    # the learned lexicon: lemmas seen inside a cue in training, with their counts
    assert model.cue_rates["say"][1] > 100 and 0 < model.prior < 0.5


TEXT = (
    "Senator Maria Lopez insulted the agency for its slow response to the floods. “It took "
    "them four days to send a single pump,” she said.\n\n"
    "The report blames the delays on a shortage of pumps, and the county's engineers "
    "dispute its figures.\n\n"
    "The river rose by two metres overnight."
)


def _analysed(text: str) -> Any:
    return Pipeline(["segment", "attribution"], strict=True)(article_from_text(text, "en"))


def test_a_cue_outside_the_lexicon_is_found_and_marked() -> None:
    # (only sentences the pre-filter lets through are parsed: here the one before "she said")
    assert "insult" not in quotes_en.SPEECH_VERBS | quotes_en.ATTITUDE_VERBS
    article = _analysed(TEXT)
    insulted = [q for q in article.quotes if q.cue == "insulted"]
    assert len(insulted) == 1, [(q.cue, q.text) for q in article.quotes]
    q = insulted[0]
    assert "the agency" in q.text and q.source_text == "Senator Maria Lopez"
    assert article.speaker(q.speaker).name == "Maria Lopez"
    assert q.confidence is not None
    # a sentence with no one's view in it stays without a quote
    assert not any("river" in q.text for q in article.quotes)


def test_without_the_models_only_the_rules_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsprism.attribution import tagger_en

    monkeypatch.setattr(learned_en, "load", lambda: None)
    monkeypatch.setattr(tagger_en, "load", lambda: None)
    article = _analysed(TEXT)
    assert not any(q.cue == "insulted" for q in article.quotes)


def test_without_the_cue_finder_the_span_tagger_finds_the_cue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the shipped CRF (attribution/tagger_en.py) reads the same sentence on its own
    monkeypatch.setattr(learned_en, "load", lambda: None)
    article = _analysed(TEXT)
    insulted = [q for q in article.quotes if q.cue == "insulted"]
    assert len(insulted) == 1, [(q.cue, q.text) for q in article.quotes]
    assert "the agency" in insulted[0].text
    assert insulted[0].source_text == "Senator Maria Lopez"
    assert not any("river" in q.text for q in article.quotes)


def test_learned_quotes_are_spans_of_the_text() -> None:
    article = _analysed(TEXT)
    for q in article.quotes:
        assert article.text[q.start : q.end] == q.text
        assert dataclasses.asdict(q)["cue_start"] is not None
