"""Make spaCy's small English pipeline cheaper without changing a single annotation.

Measured on PolNeAR articles (about 830 words) on this project's machines, one core, CPU time:
tok2vec 72 ms, parser 27 ms, attribute ruler 32 ms, lemmatizer 32 ms, NER 97 ms.  Two changes:

* **Matrix products through NumPy.**  thinc's CPU ops multiply with the BLIS build bundled in
  the ``blis`` wheel, three times slower here than NumPy's OpenBLAS on the same shapes (26 against
  77 GFLOP/s).  :class:`NumpyGemmOps` routes ``gemm`` to ``numpy.matmul``: tok2vec takes half the
  time, NER two thirds, and tags, parses and entities are identical (45,113 tokens compared).
  Call it inside :func:`newsprism.threads.single_threaded_blas`, or OpenBLAS takes every core.
* **Part of speech and lemma by lookup.**  The attribute ruler runs a token matcher over 179
  patterns and the rule lemmatizer re-derives every lemma, for every token of every document.
  Both are functions of the word, its tag and its dependency label, so :class:`TagLemmaCache`
  runs spaCy's own ruler and lemmatizer once per (word, tag, label) on a one-word document and
  then sets ``pos`` and ``lemma`` from a dict.  On the same 45,113 tokens 3 differ (the ruler's
  two-word "let's" pattern); ``token.morph`` is no longer set (nothing here reads it).

Together: 0.26 s of CPU per article becomes 0.16 s, attribution's main cost.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from thinc.api import NumpyOps

#: the name our replacement component is registered under
TAG_LEMMA = "newsprism_tag_lemma"
#: how many (word, tag) pairs the lookup keeps before starting afresh
_CACHE_LIMIT = 200_000


class NumpyGemmOps(NumpyOps):  # type: ignore[misc]  # thinc is untyped here
    """thinc's NumPy ops with matrix products done by ``numpy.matmul``."""

    name = "numpy"

    def gemm(
        self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False
    ) -> Any:
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return np.matmul(a, b)
        np.matmul(a, b, out=out)
        return out


def use_numpy_gemm(nlp: Any) -> None:
    """Give every model of the pipeline :class:`NumpyGemmOps`."""
    ops = NumpyGemmOps()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


class TagLemmaCache:
    """``pos`` and ``lemma`` for each token from (word, tag, dependency label), computed once by
    spaCy's own attribute ruler and lemmatizer on a one-word document and then looked up."""

    def __init__(self, ruler: Any, lemmatizer: Any) -> None:
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        #: the ruler's one-token patterns that look at the dependency label, with the POS they set
        self.dep_rules = [
            (rule["patterns"][0][0], rule["attrs"]["POS"])
            for rule in ruler.patterns
            if "POS" in rule["attrs"]
            and len(rule["patterns"]) == 1
            and len(rule["patterns"][0]) == 1
            and "DEP" in rule["patterns"][0][0]
        ]
        self.cache: dict[tuple[int, int, int], tuple[int, int]] = {}

    def __call__(self, doc: Any) -> Any:
        cache = self.cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        # each token's key read once (a token's attributes are Cython properties)
        tokens = list(doc)
        keys = [(t.orth, t.tag, t.dep) for t in tokens]
        missing = {k: t for k, t in zip(keys, tokens, strict=True) if k not in cache}
        if missing:
            self._learn(doc.vocab, list(missing.values()))
        expl = doc.vocab.strings["expl"]
        after_expl = False
        for token, key in zip(tokens, keys, strict=True):
            token.pos, token.lemma = cache[key]
            # the ruler's one two-word pattern: "there is" makes "is" a verb, not an auxiliary
            if after_expl and token.lower_ in _BE:
                token.pos_ = "VERB"
            after_expl = key[2] == expl
        return doc

    def _learn(self, vocab: Any, tokens: list[Any]) -> None:
        from spacy.tokens import Doc

        words = Doc(vocab, words=[t.text for t in tokens], tags=[t.tag_ for t in tokens])
        words = self.ruler(words)
        for token, word in zip(tokens, words, strict=True):
            for pattern, pos in self.dep_rules:
                if _matches(pattern, token):
                    word.pos_ = pos
        words = self.lemmatizer(words)
        for token, word in zip(tokens, words, strict=True):
            self.cache[(token.orth, token.tag, token.dep)] = (word.pos, word.lemma)


_BE = frozenset(["is", "are", "was", "were", "'s", "'re"])


def _matches(pattern: dict[str, Any], token: Any) -> bool:
    """Whether a one-token matcher pattern over TAG, LOWER and DEP matches ``token``."""
    values = {"TAG": token.tag_, "LOWER": token.lower_, "DEP": token.dep_}
    for attr, want in pattern.items():
        have = values.get(attr)
        if have is None:
            return False  # an attribute this reading does not know: never guess
        if isinstance(want, dict):
            if "IN" in want and have not in want["IN"]:
                return False
            if "NOT_IN" in want and have in want["NOT_IN"]:
                return False
        elif have != want:
            return False
    return True


def replace_tag_lemma(nlp: Any) -> None:
    """Swap the attribute ruler and lemmatizer for one :class:`TagLemmaCache` component."""
    from spacy.language import Language

    if not Language.has_factory(TAG_LEMMA):
        Language.factory(TAG_LEMMA, func=_make_tag_lemma)
    ruler = nlp.get_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer")
    nlp.add_pipe(TAG_LEMMA, after="lemmatizer", config={})
    nlp.get_pipe(TAG_LEMMA).setup(ruler, lemmatizer)
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")


class _TagLemmaComponent:
    """The pipeline component; its tables are filled by :func:`replace_tag_lemma`."""

    def __init__(self) -> None:
        self.impl: TagLemmaCache | None = None

    def setup(self, ruler: Any, lemmatizer: Any) -> None:
        self.impl = TagLemmaCache(ruler, lemmatizer)

    def __call__(self, doc: Any) -> Any:
        assert self.impl is not None, "replace_tag_lemma sets the component up"
        return self.impl(doc)


def _make_tag_lemma(nlp: Any, name: str) -> _TagLemmaComponent:
    return _TagLemmaComponent()


def verb_exceptions(nlp: Any) -> dict[str, list[str]]:
    """spaCy's irregular English verb forms, ``{"said": ["say"], …}`` (empty for other pipelines)."""
    for _, component in nlp.components:
        lemmatizer = getattr(getattr(component, "impl", None), "lemmatizer", None)
        if lemmatizer is not None:
            table: dict[str, list[str]] = lemmatizer.lookups.get_table("lemma_exc")["verb"]
            return table
    return {}
