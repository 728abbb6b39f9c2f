"""A bare figure that gives the size of "the number of <things>" named earlier in its clause.

English names what a total counts once, in the subject or object "the number of X", and then
states the total, its levels or its bound with a bare number: "the number of listeners is
expected to pass 600 million", "the number of licensed taxis has grown from nine to 40", "the
minimum number of local players rises from eight to 12".  The bare number counts X.  The test is
the grammar of that phrase, not a list of sentences: "number of" (or "numbers of") opens the
noun phrase, the figure follows in the same sentence with nothing counted between them, and the
figure names no unit of its own (an amount of money, a share, a measure or a counted noun keep
theirs: "the number of deaths rose 5%").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .nouns_en import counted_noun
from .quantity import Quantity, Tag
from .tokens import Token

_SENTENCE_END = re.compile(r"[.!?;]\s")
#: a bare figure read as a count: digits (with thousands or a multiplier) or number words
_BARE = re.compile(r"[\d,.\s]+(?:million|billion|thousand|hundred|m|bn|k)?|[A-Za-z -]+", re.I)


def number_of_units(
    sentence: str, toks: list[Token], out: list[Quantity], tags: Mapping[int, Tag] | None
) -> None:
    """Give each bare figure of ``out`` that states "the number of X" the counted noun X."""
    if "number" not in sentence.lower():
        return
    heads: list[tuple[int, str]] = []  # (end of the noun phrase, its lemma phrase)
    for k, t in enumerate(toks[:-1]):
        if t.lower in ("number", "numbers") and toks[k + 1].lower == "of":
            found = counted_noun(toks, k + 1, tags)
            if found is not None and found[0]:
                end = toks[found[2] - 1].end
                heads.append((end, found[0]))
    if not heads:
        return
    # a count between names its own noun: the figure may share it, not X
    give_total_noun(
        sentence,
        out,
        heads,
        bare=lambda number: _BARE.fullmatch(number) is not None,
        names_own=lambda o: o.noun_start is not None,
    )


def give_total_noun(
    sentence: str,
    out: list[Quantity],
    heads: list[tuple[int, str]],
    *,
    bare: Callable[[str], bool],
    names_own: Callable[[Quantity], bool],
) -> None:
    """Give each bare figure of ``out`` the lemma of the nearest total noun phrase of ``heads``
    (its end offset and lemma) before it in its sentence — "the number of X", «количество X»: the
    one grammar of both languages.  ``bare`` tells a figure's words (its qualifier cut off) as a
    bare count; a figure between that ``names_own`` noun or unit keeps X from the later one."""
    given: list[Quantity] = []
    for q in out:
        number = sentence[q.start : q.end]
        if q.qualifier and number.lower().startswith(q.qualifier.lower()):
            number = number[len(q.qualifier) :]
        if q.unit is not None or q.relative or not bare(number.strip()):
            continue
        before = [(end, lemma) for end, lemma in heads if end <= q.start]
        if not before:
            continue
        end, lemma = before[-1]
        if _SENTENCE_END.search(sentence, end, q.start):
            continue
        if any(end <= o.start < q.start and names_own(o) and o not in given for o in out):
            continue
        q.unit = lemma
        given.append(q)
