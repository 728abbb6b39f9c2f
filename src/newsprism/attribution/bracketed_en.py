"""A figure followed by its source in brackets: "Most firms spend $500 a month on ads. (Ahrefs)".

Pages of statistics, guides and reports list figures each closed by who published them, in
brackets, with no verb of saying: "Content marketing costs 62% less than ads. (DemandMetric)",
"48.9% of marketers expect budgets to grow (Search Engine Journal).".  The figure is that
source's claim, not the page's: a fact-checker wants the source beside it (issue 12, session 28:
five of the fifteen wrong speakers of the real pages held out in session 27 were such lines).

Read only where a line (a paragraph, or a line of a list inside one) ends in a bracket of one to
:data:`MAX_NAME_WORDS` words that opens with a capital and holds no lower-case word but "of",
"the", "and", "for", "on" — a name, not an aside ("(pictured)", "(see below)") — after a
sentence of at least :data:`MIN_WORDS` words that holds a figure, its full stop before or after
the bracket (a list of titles with their publishers in brackets has none).  Not a source: an
abbreviation the words before it spell out ("… search engine optimization (SEO)"), a currency
code or a page's label ("(USD)", "(Photo)", "(Updated)"), a year alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..extract.scraped_vocab import AGENCIES, WIRE_SOURCE
from .given_names import is_given_name
from .lexicon_en import words
from .model import Found, SourceKind, SourceRef

#: the fewest words the sentence before the bracket has
MIN_WORDS = 4
#: the most words the source in brackets has
MAX_NAME_WORDS = 6
_WORD = r"[A-Z0-9][\w&'’.-]*"
_LINK = r"(?:of|the|and|for|on|&)"
#: the bracket closing a line: "(Source)", "( Source )", "(Source: X)", before or after the
#: sentence's full stop
_CLOSING = re.compile(
    r"(?P<stop>[.!?]\s*)?"
    rf"\(\s*(?:Source:\s*)?(?P<who>{_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{0,{MAX_NAME_WORDS - 1}}})"
    r"\s*\)\s*(?P<after>[.!?])?\s*$"
)
_FIGURE = re.compile(r"\d")
#: what a bracket at a line's end names that is no source
_NOT_SOURCES = words(
    """
    usd eur gbp jpy cny rub uah inr aud cad chf photo photos video file pictured updated update
    source sources note editor ad advertisement sponsored opens new tab pdf january february
    march april may june july august september october november december est approx
    """
)


#: words that make a bracket a picture's credit or a pointer into the page, wherever they stand
#: in it ("(AP Photo)", "(Getty Images)", "(Figure 2)", "(see Table 3)", "(Continued)"): no one
#: whose claim the sentence is (the review, session 28: such brackets became speakers)
_PAGE_PARTS = words(
    """
    photo photos image images picture pictures illustration graphic figure fig table chart graph
    map exhibit appendix continued video
    """
)
#: a picture desk's name alone ("(Shutterstock)", "(Alamy)"): a photo's credit; a wire agency
#: that also writes the news ("(Reuters)") may be the source of a figure
_PICTURE_DESK = re.compile(rf"(?:{AGENCIES})", re.I)


def _names_no_source(who: str) -> bool:
    """Whether a bracket's words make it a picture's credit or a pointer into the page."""
    if any(w.lower().rstrip(".") in _PAGE_PARTS for w in who.split()):
        return True
    return bool(_PICTURE_DESK.fullmatch(who)) and not WIRE_SOURCE.fullmatch(who)


def _abbreviation(who: str, before: str) -> bool:
    """Whether ``who`` is one word the words before it spell out by their initials
    ("search engine optimization (SEO)", "Gross Domestic Product (GDP)")."""
    if " " in who or not who.isupper():
        return False
    spelt = re.findall(r"[A-Za-z][\w'-]*", before)
    n = len(who)
    if len(spelt) >= n and "".join(w[0] for w in spelt[-n:]).upper() == who:
        return True
    # "the Office for National Statistics (ONS)": the small words spell nothing
    content = [w for w in spelt if w.lower() not in ("and", "of", "the", "for", "on", "&")]
    return len(content) >= n and "".join(w[0] for w in content[-n:]).upper() == who


def _source(text: str, line_start: int, line_end: int) -> tuple[int, int, SourceRef] | None:
    """The sentence before a closing bracket that names its source, and that source."""
    m = _CLOSING.search(text, line_start, line_end)
    if m is None:
        return None
    who = m.group("who")
    names = who.split()
    if not (m.group("stop") or m.group("after")) or not re.search(r"[A-Za-z]", who):
        return None  # a title or a list entry ("9 Scam Factory (Wondery)"), not a sentence
    if names[0].lower().rstrip(".") in _NOT_SOURCES or re.fullmatch(r"\d{4}", who):
        return None
    if _names_no_source(who):
        return None
    a, b = line_start, m.start()
    while a < b and text[a] in " \t-•*–—":
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    sentence = text[a:b]
    if len(sentence.split()) < MIN_WORDS or not _FIGURE.search(sentence):
        return None
    if "(" in sentence[-3:] or _abbreviation(who, sentence):
        return None
    while b > a and text[b - 1] in ".!?":
        b -= 1
    kind: SourceKind = "name" if is_given_name(names[0]) and len(names) >= 2 else "organization"
    start = m.start("who")
    return a, b, SourceRef(start, start + len(who), who, kind)


def _named(text: str, source: SourceRef, line_start: int) -> bool:
    """Whether a reading's source names someone: a capitalised word that does not merely open
    the line ("Agencies charge …", "About 61% of owners …" name no one)."""
    for m in re.finditer(r"\b[A-Z][\w'’-]*", text[source.start : source.end]):
        if source.start + m.start() > line_start:
            return True
    return False


def bracketed_sources(
    text: str, paragraphs: Sequence[tuple[int, int]], found: Sequence[Found]
) -> list[Found]:
    """``found`` with each line that closes on its source in brackets read as that source's
    claim, unless a reading with a cue of its own and a named source already covers it."""
    out = list(found)
    for start, end in paragraphs:
        if ")" not in text[start:end]:
            continue  # the cheap test first: most paragraphs end in no bracket
        for line in re.finditer(r"[^\n]+", text[start:end]):
            got = _source(text, start + line.start(), start + line.end())
            if got is None:
                continue
            a, b, who = got
            if any(
                f.start < b
                and a < f.end
                and f.cue is not None
                and f.source is not None
                and _named(text, f.source, a)
                for f in out
            ):
                continue  # "Ann Lee said … (Ahrefs)": the sentence names whose it is
            line_end = start + line.end()
            out = [f for f in out if not (a <= f.start and f.end <= line_end)]
            out.append(Found("indirect", a, b, cue=None, source=who))
    return out
