"""Words signed after them: an epigraph, a reader's review, a quoted line and its author.

    “Slow miles are still miles.” – Ines Varga
    Easy to set up and the support answers within the hour. — Dana R., Small Business

A paragraph that ends with a dash and a name (a person's, with initials, a nickname in quotation
marks, and after a comma or in brackets what the signer is) signs what stands before the dash:
those words are the signer's, though no verb says so.  Pages of advice, product comparisons and
blogs quote so (issue 12, session 27: 27 of the 72 attributions of the six real pages held out
in session 26 were signed or interview turns, and none had its speaker).  The signed words must
be a sentence (ending in . ! ? … or a closing quotation mark) of at least :data:`MIN_WORDS`
words, so that a headline's "Title – Site" or a caption's credit is no quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..extract.scraped_vocab import AGENCIES
from .model import Found, SourceRef

#: the fewest words signed words have
MIN_WORDS = 3
#: the most words a signer's name has
MAX_NAME_WORDS = 5
#: one word of a signer's name: a capitalised word, an initial, a nickname in quotation marks
_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|‘[^’\n]{1,24}’|'[^'\n]{1,24}'|“[^”\n]{1,24}”|\"[^\"\n]{1,24}\")"
#: the lower-case particles of a name ("Vincent van Gogh", "Leonardo da Vinci")
_PARTICLE = r"(?:van|von|de|da|del|der|di|du|la|le|bin|ibn|al)"
#: the signature: a dash, the name, then what the signer is after a comma or in brackets
_SIGNED = re.compile(
    rf"(?P<before>[.!?…]|[.!?…]?[”\"’])\s*[–—]\s*"
    rf"(?P<who>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,{MAX_NAME_WORDS - 1}}})"
    r"(?P<what>\s*(?:,[^\n]{0,120}|\([^()\n]{0,80}\)|\s+[A-Z][^\n]{0,80}))?\s*$"
)
#: an initial closing a name ("Dawn R."): what follows it is what the signer is
_INITIAL = re.compile(r"^[A-Z]\.$")
#: words that sign no person: months, days, and what credits and headlines end with
_NOT_A_NAME = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "photo",
        "photos",
        "image",
        "video",
        "source",
        "sources",
        "file",
        "update",
        "updated",
        "read",
        "watch",
        "see",
        "more",
    ]
)


#: a news or photo agency alone as the "signer": the wire credit its copy ends with
_WIRE = re.compile(rf"(?:{AGENCIES})", re.I)


def signed_quotes(
    text: str, paragraphs: Sequence[tuple[int, int]], found: Sequence[Found]
) -> list[Found]:
    """``found`` with every signed paragraph's words given to its signer as a direct quote (the
    signer's own words, as written); a reading inside them keeps its source only when it names
    someone, passed on by the signer."""
    out = list(found)
    for start, end in paragraphs:
        para_end = end
        while para_end > start and text[para_end - 1].isspace():
            para_end -= 1
        # the cheap test first: most paragraphs hold no dash
        if "–" not in text[start:para_end] and "—" not in text[start:para_end]:
            continue
        sig = _signature(text, start, para_end)
        if sig is None:
            continue
        a, b, who = sig
        if any(
            a - 1 <= f.start
            and f.end <= b + 1
            and f.cue is not None
            and (f.source is None or f.source.kind not in ("name", "organization"))
            # the reporting clause closes the signed words (a review that says "my husband
            # said …" midway is still its writer's)
            and not re.search(r"[.!?…]\s", text[f.cue[1] : b])
            for f in out
        ):
            # the paragraph reports someone's words with its own verb ("…, the operator said.
            # – Reuters", "…," wrote the governor in a post. — Name): a report signed by its
            # writer or wire, not words of the signer's own (review, session 27: the report's
            # words went to "Reuters" and its cue was swallowed)
            continue
        kept: list[Found] = []
        whole = False
        for f in out:
            # (a reading may hold the quotation marks around the signed words)
            if not (a - 1 <= f.start and f.end <= b + 1):
                kept.append(f)
            elif f.start <= a and f.end >= b:  # the signed words as a quote: the signer's
                kept.append(Found(f.kind, f.start, f.end, cue=None, source=who))
                whole = True
            elif f.source is not None and f.source.kind in ("name", "organization"):
                # someone named inside the signed words ("my coach Ann Lee says …"): theirs,
                # passed on by the signer
                if f.relayed_by is None:
                    f.relayed_by = who
                kept.append(f)
            # any other reading inside ("Nobody believes it …") is part of the signer's words
        if not whole:
            kept.append(Found("direct", a, b, cue=None, source=who))
        out = kept
    return out


def _signature(text: str, start: int, end: int) -> tuple[int, int, SourceRef] | None:
    """The signed words of the paragraph ``text[start:end]`` (without their quotation marks)
    and the signer's name as source words, or ``None`` when it ends in no signature."""
    m = _SIGNED.search(text, start, end)
    if m is None:
        return None
    words = m.group("who").split()
    # a name closed by an initial ("Dawn R.") ends there: what follows is what the signer is
    for i, w in enumerate(words[1:], 1):
        if _INITIAL.match(w) and i < len(words) - 1 and len(words) - i > 2:
            words = words[: i + 1]
            break
    if words[0].strip("‘’'\"“”").lower() in _NOT_A_NAME or any(c.isdigit() for c in m.group("who")):
        return None
    if _WIRE.fullmatch(" ".join(words)):
        return None  # a wire's credit under its copy ("— Reuters"), not a person signing
    who_start = m.start("who")
    spans = [w.end() for w in re.finditer(r"\S+", m.group("who"))]
    who_end = who_start + spans[len(words) - 1]
    a, b = start, m.end("before")
    while a < b and (text[a].isspace() or text[a] in "“\"‘'"):
        a += 1
    if text[b - 1] in '”"’':
        b -= 1
    if len(text[a:b].split()) < MIN_WORDS:
        return None
    return a, b, SourceRef(who_start, who_end, text[who_start:who_end], "name")
