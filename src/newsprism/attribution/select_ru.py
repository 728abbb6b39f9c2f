"""Which Russian sentences can hold an attribution, so that only those are parsed.

natasha's morphology tagger and syntax parser cost about as much as the rest of the analysis
together.  A sentence needs them only if it holds a word of saying in any inflection (every
form of every cue lemma, from pymorphy's paradigms: «сочли» for счесть, «скажут» for сказать),
a quotation mark, a colon, dash speech, or a person's name (whose gender and stated role the
speaker table needs); a light verb or a verb of characterising only beside the word that
makes it a cue («дал понять», «охарактеризовал … как»).  The others are segmented and searched for names, never parsed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

#: «Глава МИД: «…»»: a colon before a quote introduces it
_COLON_QUOTE = re.compile(r":\s*[«“„\"]|:\s*$")


def fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@cache
def cue_forms(vocab: Any, lemmas: frozenset[str], verb_forms_only: bool = False) -> frozenset[str]:
    """Every inflected form of ``lemmas`` (folded), from the dictionary behind ``vocab``;
    with ``verb_forms_only``, no participles («данные» is no form of «дать понять»)."""
    analyzer = next((c for c in type(vocab).__mro__[1:] if hasattr(c, "parse")), None)
    forms = set()
    for lemma in lemmas:
        forms.add(fold(lemma))
        if analyzer is None:
            continue
        for parse in analyzer.parse(vocab, lemma)[:3]:
            if fold(parse.normal_form) != fold(lemma):
                continue
            forms.update(
                fold(f.word)
                for f in parse.lexeme
                if not verb_forms_only or not ({"PRTF", "PRTS"} & set(f.tag.grammemes))
            )
    return frozenset(forms)


def needs_parse(
    words: list[str],
    sentence: str,
    forms: frozenset[str],
    after_po: frozenset[str],
    dash_paragraph: bool,
    named: bool,
    paired: dict[str, frozenset[str]] | None = None,
) -> bool:
    """Whether a sentence (its words and text) can hold an attribution or a speaker's name.

    ``forms`` are cue words anywhere; ``after_po`` those that cue only after «по» («по
    словам», «по данным»: «данные» alone is no cue).  Quoted passages with no cue word are
    attached to speakers without a parse, so quotation marks alone do not count.
    ``paired`` maps a form that cues only beside another word to the forms of that word
    («дал» → «понять»: «дал понять, что …»; «охарактеризовал» → «как»).
    """
    if dash_paragraph or named or _COLON_QUOTE.search(sentence):
        return True
    folded = [fold(w) for w in words]
    if any(w in forms for w in folded):
        return True
    if paired:
        present = set(folded)
        if any(w in paired and paired[w] & present for w in folded):
            return True
    # «по словам», «по его словам», «по предварительным данным»
    return any(w in after_po and "по" in folded[max(0, i - 3) : i] for i, w in enumerate(folded))
