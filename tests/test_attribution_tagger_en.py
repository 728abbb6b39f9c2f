"""The learned English span tagger (``attribution/tagger_en.py``): a CRF labelling source, cue
and content in the parsed sentences where the rules and the cue finder found nothing."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.attribution import quotes_en, tagger_en
from newsprism.attribution.backends import english
from newsprism.attribution.quotemarks import QuotedSpans, find_quoted

LABELS = tagger_en.LABELS


def test_runs_of_labels() -> None:
    labels = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CON", "I-CON", "O", "B-CON", "B-CON"]
    assert tagger_en.spans(labels) == [
        ("SRC", 1, 2),
        ("CUE", 3, 3),
        ("CON", 4, 5),  # an I- with no B- before it opens a run
        ("CON", 7, 7),
        ("CON", 8, 8),  # a B- after a B- opens another
    ]


def _model(states: dict[str, dict[str, float]], trans: dict[tuple[str, str], float]) -> Any:
    k = {lab: i for i, lab in enumerate(LABELS)}
    table = {a: [w.get(lab, 0.0) for lab in LABELS] for a, w in states.items()}
    transitions = [[0.0] * len(LABELS) for _ in LABELS]
    for (a, b), w in trans.items():
        transitions[k[a]][k[b]] = w
    return tagger_en.TaggerModel(table, transitions, {}, 0.1)


def test_viterbi_weighs_transitions_against_the_tokens() -> None:
    model = _model(
        {"cue": {"B-CUE": 3.0}, "word": {"B-CON": 1.0, "I-CON": 0.9}},
        {("B-CON", "I-CON"): 1.0, ("I-CON", "I-CON"): 1.0, ("B-CON", "B-CON"): -5.0},
    )
    # token by token the content's words would each open a span; the transitions join them
    assert tagger_en.viterbi(model, [["cue"], ["word"], ["word"], ["word"]]) == [
        "B-CUE",
        "B-CON",
        "I-CON",
        "I-CON",
    ]
    assert tagger_en.viterbi(model, []) == []


def _sentence(text: str) -> tuple[Any, Any]:
    doc = english()(text)
    quoted = QuotedSpans(find_quoted(text, [(0, len(text))]))
    return quotes_en._Reader(text, 0, quoted), next(iter(doc.sents))


def test_labels_become_an_attribution_with_the_rules_source() -> None:
    text = "Governor Ellen Park lashed out at the utility over its tripled rates."
    reader, sent = _sentence(text)
    words = [t.text for t in sent]
    labels = ["O"] * len(words)
    labels[0:3] = ["B-SRC", "I-SRC", "I-SRC"]
    labels[3:5] = ["B-CUE", "I-CUE"]
    first = words.index("the")
    labels[first : len(words) - 1] = ["B-CON"] + ["I-CON"] * (len(words) - 2 - first)
    (found,) = tagger_en.attributions(reader, sent, labels)
    assert text[found.start : found.end] == "the utility over its tripled rates"
    assert found.cue is not None and text[found.cue[0] : found.cue[1]] == "lashed out"
    assert found.source is not None and found.source.text == "Governor Ellen Park"
    assert found.source.kind == "name" and found.kind == "indirect"


def test_a_content_without_a_cue_or_too_short_is_no_attribution() -> None:
    reader, sent = _sentence("Residents of the valley want a new bridge before winter.")
    n = len(sent)
    no_cue = ["O"] * 3 + ["B-CON"] + ["I-CON"] * (n - 5) + ["O"]
    assert tagger_en.attributions(reader, sent, no_cue) == []
    short = ["B-SRC", "O", "O", "O", "B-CUE", "B-CON", "I-CON"] + ["O"] * (n - 7)
    assert tagger_en.attributions(reader, sent, short) == []


def test_features_read_the_governing_verb_and_the_quotation_marks() -> None:
    text = "The mayor warned that “the dam will not hold” this spring."
    reader, sent = _sentence(text)
    feats = tagger_en.sentence_features(reader, sent, {"warn": (10, 8)}, 0.05)
    by_word = {t.text: f for t, f in zip(sent, feats, strict=True)}
    assert "c=speech" in by_word["warned"] and "r=0" in by_word["warned"]
    assert "gl=warn" in by_word["mayor"] and "gk=nsubj" in by_word["mayor"]
    assert "q=in" in by_word["dam"] and "q=out" in by_word["spring"]
    assert "first" in feats[0] and "last" in feats[-1]


def test_the_rows_decoded_are_those_the_features_name() -> None:
    """The decoder's fast path (rows straight from the tokens) sums what the features name."""
    model = tagger_en.load()
    if model is None:
        pytest.skip("no packaged tagger model")
    reader, sent = _sentence(
        "Officials at the port authority, speaking on Tuesday, warned that “the dam will not "
        "hold” this spring, residents said."
    )
    feats = tagger_en.sentence_features(reader, sent, model.cue_rates, model.prior)
    rows = tagger_en.sentence_rows(model, reader, sent)
    named = [[model.index[a] for a in f if a in model.index] for f in feats]
    assert rows == named and any(rows)
    assert tagger_en.decode_rows(model, [rows]) == [tagger_en.viterbi(model, feats)]
    # decoded side by side with shorter and longer sentences, each reads as alone
    short = tagger_en.sentence_rows(model, *_sentence("Residents said no."))
    together = tagger_en.decode_rows(model, [short, rows, short[:1]])
    assert together == [tagger_en.decode_rows(model, [r])[0] for r in (short, rows, short[:1])]


def test_rate_classes() -> None:
    rates = {"say": (100, 90), "table": (50, 0), "lament": (3, 1)}
    assert tagger_en.rate_bucket("say", rates, 0.05) == "0"
    assert tagger_en.rate_bucket("table", rates, 0.05) == "none"
    assert tagger_en.rate_bucket("lament", rates, 0.05) == "2"
    assert tagger_en.rate_bucket("zzz", rates, 0.05) == "none"


def test_the_taggers_attributions_join_where_they_overlap_none_of_the_rules(
    monkeypatch: Any,
) -> None:
    from newsprism.attribution.model import Found

    text = (
        "The minister said that the new port would open in May. "
        "Harbour pilots have grumbled about the narrow channel for years."
    )

    def fake_tag(model: Any, reader: Any, sent: Any) -> list[Found]:
        # one reading per sentence: the first repeats the rules' content, the second is new
        if "minister" in sent.text:
            a, c = text.index("the new port"), text.index("said")
            return [Found("indirect", a, a + 30, (c, c + 4), None, tagged=True)]
        a, c = text.index("the narrow"), text.index("grumbled")
        return [Found("indirect", a, a + 28, (c, c + 8), None, tagged=True)]

    def fake_tag_all(model: Any, sentences: list[tuple[Any, Any]]) -> list[list[Found]]:
        return [fake_tag(model, reader, sent) for reader, sent in sentences]

    monkeypatch.setattr(tagger_en, "load", lambda: _model({}, {}))
    monkeypatch.setattr(tagger_en, "tag_all", fake_tag_all)
    analysis = quotes_en.analyse(english(), text, [(0, len(text))])
    got = [(text[f.start : f.end], f.tagged) for f in analysis.found]
    assert got == [
        ("that the new port would open in May", False),
        ("the narrow channel for years", True),
    ]


def test_shipped_model_loads_and_is_small() -> None:
    from pathlib import Path

    model = tagger_en.load()
    assert model is not None
    path = Path(tagger_en.__file__).parent.parent / "data" / tagger_en.MODEL_FILE
    assert path.stat().st_size < 3_000_000
    # the learned lexicon holds "say" as a cue word, and the speech-verb class weighs for a cue
    assert model.cue_rates["say"][1] > 100
    assert model.states["c=speech"][LABELS.index("B-CUE")] > 0


def test_a_model_file_the_package_lacks_reads_as_none() -> None:
    from newsprism.attribution.packaged import packaged_json

    assert packaged_json("no-such-model.json") is None
    shipped = packaged_json(tagger_en.MODEL_FILE)
    assert shipped is not None and list(shipped["labels"]) == list(tagger_en.LABELS)
