"""Scraped text: whether a string is a word of English or Russian, from the lexicons the project
already ships with its taggers.

English: spaCy's small English model carries its rule lemmatizer's tables (WordNet's lemmas by
part of speech, its irregular forms, and the suffix rules that map an inflected form to a lemma);
with spaCy's stop words (the function words WordNet leaves out) they make a lexicon of some
90,000 lemmas and every regular form of them.  Russian: pymorphy3's dictionary (OpenCorpora).
Both load on first use, once, and only when a question needs them (a drop cap over a line that
opens with a lower-case fragment is the one use so far); without them every answer is ``None``
and the caller decides as it did before.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from .scraped_pos import _morph

_CYRILLIC = re.compile(r"[а-яё]", re.I)
_LATIN = re.compile(r"^[a-z]+(?:['’][a-z]+)?$")
#: the letters that are words by themselves (a drop cap of one of these may be a word of its own)
ONE_LETTER_WORDS = {"en": frozenset("aio"), "ru": frozenset("абвжикосуя")}


@cache
def _english() -> (
    tuple[dict[str, set[str]], dict[str, set[str]], dict[str, list[list[str]]]] | None
):
    """(lemmas by part of speech, irregular forms by part of speech, suffix rules by part of
    speech), stop words under the part ``"stop"``; ``None`` when no English model is installed."""
    try:
        import spacy
        from spacy.lang.en.stop_words import STOP_WORDS
        from spacy.lookups import Lookups

        from ..attribution.backends import EN_MODELS
    except ImportError:
        return None
    for name in EN_MODELS:
        try:
            package = Path(spacy.util.get_package_path(name))
        except (ImportError, OSError, ModuleNotFoundError):
            continue
        found = sorted(package.glob("*/lemmatizer/lookups")) or sorted(
            package.glob("lemmatizer/lookups")
        )
        if not found:
            continue
        lookups: Any = Lookups().from_disk(found[0])
        index, exc, rules = (
            lookups.get_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules")
        )
        parts = ("noun", "verb", "adj", "adv")
        lemmas = {p: set(index.get(p, [])) for p in parts}
        lemmas["stop"] = set(STOP_WORDS)
        irregular = {p: set(exc.get(p, {})) for p in parts}
        return lemmas, irregular, {p: list(rules.get(p, [])) for p in parts}
    return None


def is_word(word: str) -> bool | None:
    """Whether ``word`` (any case) is a word of its language (Russian if it is Cyrillic, else
    English), or ``None`` when the lexicon is not installed.  A single letter is a word only if
    its language has it as one ("a", «в»)."""
    word = word.lower()
    if _CYRILLIC.search(word):
        if len(word) == 1:
            return word in ONE_LETTER_WORDS["ru"]
        morph = _morph()
        return None if morph is None else bool(morph.word_is_known(word))
    if not _LATIN.match(word):
        return None
    if len(word) == 1:
        return word in ONE_LETTER_WORDS["en"]
    english = _english()
    if english is None:
        return None
    lemmas, irregular, rules = english
    if word in lemmas["stop"]:
        return True
    for part, known in irregular.items():
        if word in known or word in lemmas[part]:
            return True
        for old, new in rules[part]:
            if word.endswith(old) and word[: len(word) - len(old)] + new in lemmas[part]:
                return True
    return False
