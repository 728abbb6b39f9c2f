"""The sped-up English pipeline annotates exactly like spaCy's own (attribution/spacy_speed.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

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
