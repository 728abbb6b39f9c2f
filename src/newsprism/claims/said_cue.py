"""Whether a quote's cue is a word of saying the attribution lexicon knows (English).

Besides its hand-written rules, the English attribution stage reads the long tail of cues with
learned models (a cue finder that reads every verb with a subject and a complement as a possible
cue, a span tagger): they find PolNeAR's broad attributions (stances, beliefs, "chastised"), and
with them, now and then, a verb that is no attribution at all — "Severnmoor Water … admitting that
it *discharged* untreated sewage into the River Wend on 1,240 occasions" read as Severnmoor
Water's words, so the figure was credited to the company and the claim trace flagged "cited
source dropped" where no source was ever cited.  Such a quote may serve the attribution view (its
confidence says how far to trust it), but a figure's source is what a reader checks a number
against: it is taken from a quote only when the quote's cue is a word of the attribution lexicon
(:data:`..attribution.lexicon_en.CUE_LEMMAS`: verbs of saying and stance, cue nouns and
adjectives) in any inflection, or when the quote has no cue word (quotation marks with a colon,
a transcript's turn, a name in brackets).

A cue whose words are all outside the lexicon is refused only when its first word is a regular
verb form ("discharged", "closing", "lifts"): an irregular form ("told", "heard", "wrote") cannot
be told from its lemma without the parser's tables, and is kept.  Russian cues come from the
lexicons only (no learned cue finder), so Russian quotes are not checked here.
"""

from __future__ import annotations

import re
from functools import cache

#: a regular English verb form: what a lemma outside the lexicon is recognised by
_REGULAR = re.compile(r"[a-z]{2,}(?:ed|ing|s)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@cache
def _cue_forms_en() -> frozenset[str]:
    from ..attribution.lexicon_en import CUE_LEMMAS, LEMMA_FIXES
    from ..attribution.select_en import inflections

    # (+ "according", the rules' one cue outside the lists: "according to the regulator")
    return inflections(CUE_LEMMAS, {}) | frozenset(LEMMA_FIXES) | {"according"}


def said_cue(cue: str | None, language: str | None) -> bool:
    """Whether a quote with cue words ``cue`` may give a figure its source."""
    if cue is None or language == "ru":
        return True
    words = [w.lower() for w in _WORD.findall(cue)]
    if not words:  # a colon, a dash: punctuation that introduces speech
        return True
    forms = _cue_forms_en()
    if any(w in forms for w in words):
        return True
    return not _REGULAR.fullmatch(words[0])
