"""The sped-up English pipeline annotates exactly like spaCy's own (attribution/spacy_speed.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.attribution import spacy_speed
from newsprism.attribution.backends import load_english, stock_english
from newsprism.attribution.spacy_speed import (
    TAG_LEMMA,
    GilHeldParser,
    NumpyGemmOps,
    hold_gil_in_parsers,
)
from newsprism.errors import ModelMissingError
from newsprism.threads import single_threaded_blas

spacy = pytest.importorskip("spacy")
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "attribution"
ENGLISH = sorted(p for p in FIXTURES.glob("*.txt") if not p.stem.startswith("ru"))


def _reference() -> object:
    try:
        return stock_english()
    except ModelMissingError:
        pytest.skip("no English spaCy model installed")


def _paragraphs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in ENGLISH]
    return [para for t in texts for para in t.split("\n\n") if para.strip()]


def test_same_annotations_as_spacy() -> None:
    reference, fast = _reference(), load_english()
    assert TAG_LEMMA in fast.pipe_names
    assert "lemmatizer" not in fast.pipe_names and "attribute_ruler" not in fast.pipe_names
    assert isinstance(fast.get_pipe("ner"), GilHeldParser)
    assert isinstance(fast.get_pipe("parser"), GilHeldParser)
    # whitespace tokens: the ruler labels them "dep", the first one of a document too
    paragraphs = [*_paragraphs(), "  \n He said so.", "\n\n", "Yes.  \n  No."]
    assert len(paragraphs) > 20
    with single_threaded_blas():
        expected = list(reference.pipe(paragraphs))  # type: ignore[attr-defined]
        # twice: the first pass fills the lookup, the second reads it
        for _ in range(2):
            got = list(fast.pipe(paragraphs))
            for want, have in zip(expected, got, strict=True):
                assert [
                    (t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
                    for t in have
                ] == [
                    (t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
                    for t in want
                ]


def test_numpy_gemm_matches_thinc() -> None:
    import numpy as np
    from thinc.api import NumpyOps

    rng = np.random.default_rng(7)
    x = rng.standard_normal((37, 24), dtype=np.float32)
    y = rng.standard_normal((19, 24), dtype=np.float32)
    ours, thinc_ops = NumpyGemmOps(), NumpyOps()
    np.testing.assert_allclose(
        ours.gemm(x, y, trans2=True), thinc_ops.gemm(x, y, trans2=True), rtol=1e-5, atol=1e-5
    )
    out = np.empty((24, 24), dtype=np.float32)
    assert ours.gemm(x, x, out=out, trans1=True) is out
    np.testing.assert_allclose(out, x.T @ x, rtol=1e-5, atol=1e-5)


def test_gil_held_parser_parses_as_spacy() -> None:
    """Only the loop differs: the same parse and entities, batched or one document at a time,
    on empty and whitespace documents too."""
    reference, held = _reference(), _reference()
    hold_gil_in_parsers(held)
    assert held.pipe_names == reference.pipe_names  # type: ignore[attr-defined]
    edge = [
        "",
        "   ",
        "\n\n said.  that ",
        "Mayor Anna Kovacs said the bridge would reopen in May.",
    ]
    texts = edge + _paragraphs()[:30]
    with single_threaded_blas():
        expected = list(reference.pipe(texts))  # type: ignore[attr-defined]
        piped = list(held.pipe(texts, batch_size=8))  # type: ignore[attr-defined]
        alone = [held(t) for t in edge]  # type: ignore[operator]
    for docs in (piped, alone):
        assert [[(t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in d] for d in docs] == [
            [(t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in d] for d in expected[: len(docs)]
        ]
    assert [e.text for e in piped[3].ents] == ["Anna Kovacs", "May"]


def _sabotaged_scores(model: object) -> object:
    """What a changed internal would give: the loop runs, but scores its moves wrongly."""
    right = spacy_speed._step_scores(model)
    return lambda states: -right(states)  # type: ignore[operator]


def _renamed_internal(model: object) -> object:
    raise AttributeError("'ParserStepModel' object has no attribute 'state2vec'")


@pytest.mark.parametrize("change", [_sabotaged_scores, _renamed_internal])
def test_gil_held_parser_falls_back_when_spacy_internals_change(
    monkeypatch: pytest.MonkeyPatch, change: object
) -> None:
    """A spaCy release whose internals the loop no longer matches keeps spaCy's own parser and
    NER, says so, and parses as spaCy does — never a silent mis-parse."""
    reference, nlp = _reference(), _reference()
    monkeypatch.setattr(spacy_speed, "_step_scores", change)
    with pytest.warns(spacy_speed.SpacyInternalsWarning, match="keeps its own parsing loop"):
        hold_gil_in_parsers(nlp)
    assert not isinstance(nlp.get_pipe("parser"), GilHeldParser)  # type: ignore[attr-defined]
    assert not isinstance(nlp.get_pipe("ner"), GilHeldParser)  # type: ignore[attr-defined]
    text = "Mayor Anna Kovacs said the bridge would reopen in May."
    got, want = nlp(text), reference(text)  # type: ignore[operator]
    assert [(t.dep_, t.head.i, t.ent_type_) for t in got] == [
        (t.dep_, t.head.i, t.ent_type_) for t in want
    ]


def test_gil_held_parser_installs_quietly_when_internals_match() -> None:
    import warnings

    nlp = _reference()
    with warnings.catch_warnings():
        warnings.simplefilter("error", spacy_speed.SpacyInternalsWarning)
        hold_gil_in_parsers(nlp)
    assert isinstance(nlp.get_pipe("ner"), GilHeldParser)  # type: ignore[attr-defined]


def test_tag_lemma_lookup_survives_another_thread_starting_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The web app analyses uploads in a thread pool: when one document's lookup finds the
    table over its limit and starts afresh, a document another thread is between learning and
    reading must still find its words (it raised KeyError when the table was cleared in place)."""
    nlp = _reference()
    lookup = spacy_speed.TagLemmaCache(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))  # type: ignore[attr-defined]
    mine = nlp("Officials said the bridge would reopen.")  # type: ignore[operator]
    theirs = nlp("Ministers met in Leeds on Monday.")  # type: ignore[operator]
    want = [(t.pos_, t.lemma_) for t in mine]

    class OtherThreadBetween(dict):  # type: ignore[type-arg]
        """The table, with the other thread's document annotated at this thread's first read."""

        switched = False

        def __getitem__(self, key: object) -> object:
            if not self.switched:
                self.switched = True
                lookup(theirs)
            return super().__getitem__(key)

    monkeypatch.setattr(spacy_speed, "_CACHE_LIMIT", 0)  # every call finds the table full
    lookup.cache = OtherThreadBetween()
    lookup(mine)
    assert [(t.pos_, t.lemma_) for t in mine] == want
