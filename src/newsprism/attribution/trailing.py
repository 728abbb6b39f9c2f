"""A cue written right after (or a name with a colon right before) a quote that the parse did
not tie to it.

A quotation that ends in "?" or "!" is a sentence of its own to the parser, so in
"“Why should we pay for their mistakes?” Hale said of the bank." the verb "said" has no complement and
the quote stays without a cue.  Speaker resolution gives such a quote the speaker named in
the words right after it: a name or pronoun and a reporting verb ("Trump said", "he asked"),
or the verb first ("asked Mr. Manafort").  Only these two word orders, and only when they
follow the closing quotation mark directly.

The parser mis-tags such a verb most often after a name it does not know ("…," Wilgus
clarifies. — "clarifies" read as a plural noun), so the verbs read here are every present
and past form of the reporting verbs of :data:`.lexicon_en.SPEECH_VERBS` (with "share": "…,"
Dan shares.), not a short list; and the name may be two or three joined by "and" ("…," Chiou
and Howlett write.), with the verb's plural form.
"""

from __future__ import annotations

import re

from .lexicon_en import SPEECH_VERBS, words
from .model import Entity, SourceKind, SourceRef

#: past forms of the reporting verbs that no regular ending makes
_IRREGULAR_PAST = words(
    "said told wrote thought knew felt swore found heard understood foresaw learnt saw "
    "forecast spoke read"
)
#: verbs of saying a closing quote is followed by in features and interviews ("…," she shares)
_TRAILING_ONLY = frozenset(["share"])


def _reporting_forms(lemmas: frozenset[str]) -> list[str]:
    """The third-person present and the past of each lemma (generated generously: a form no
    English word has is never matched), longest first for the alternation."""
    forms: set[str] = set(_IRREGULAR_PAST)
    for v in lemmas:
        if " " in v or not v.isalpha():
            continue
        stem = v[:-1] if v.endswith("e") else v
        forms |= {v + "s", v + "es", v + "d", stem + "ed", v + v[-1] + "ed"}
        if v.endswith("y"):
            forms |= {v[:-1] + "ies", v[:-1] + "ied"}
    return sorted(forms, key=lambda f: (-len(f), f))


_REPORTING = r"(?:" + "|".join(_reporting_forms(SPEECH_VERBS | _TRAILING_ONLY)) + r")"
#: the plain (plural) form after two names joined by "and"
_PLURAL_REPORTING = (
    r"(?:"
    + "|".join(sorted(SPEECH_VERBS | _TRAILING_ONLY, key=lambda f: (-len(f), f)))
    + "|"
    + _REPORTING[3:-1]
    + r")"
)

#: the reporting verbs listed by hand: read after a quote wherever they stand ("…," Hale said of
#: the bank); the generated forms of :data:`_REPORTING` beyond them are often plural nouns too
#: ("shares", "reports", "notes"), so they count only where they close the clause
_LISTED = (
    r"said|says|asked|asks|told|tells|added|adds|wrote|writes|replied|replies|responded|"
    r"responds|explained|explains|noted|notes|continued|continues|recalled|recalls|argued|"
    r"argues|insisted|insists|declared|declares|tweeted|tweets|posted|warned|warns|quipped|"
    r"joked|jokes|shouted|exclaimed|stated|states|concluded|concludes|conceded|admitted|"
    r"acknowledged|observed|remarked|countered|agreed|predicted|promised|boasted|lamented|"
    r"complained|wondered|demanded|pleaded|sighed|laughed|went on|goes on|shot back|"
    r"fired back|chimed in|interjected|retorted|snapped|scoffed|mused|cautioned|stressed|"
    r"emphasized|emphasised|pointed out|confirmed|announced|recounted|testified"
)
_LISTED_SET = frozenset(_LISTED.split("|"))
_VERBS = r"(?:" + _LISTED + "|" + _REPORTING[3:-1] + r")"
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+)?"
_PRONOUN = re.compile(r"\s*(?P<who>he|she|they|I|we)\s+(?P<verb>" + _VERBS + r")\b")
_NAME_FIRST = re.compile(
    r"\s*(?P<who>" + _TITLE + r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"\s+(?P<verb>" + _VERBS + r")\b"
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
#: "…," Chiou and Howlett write: two or three names joined by "and" (or a comma), then the verb
_NAMES_JOINED = re.compile(
    r"\s*(?P<who>" + _NAME + r"(?:,\s+" + _NAME + r")?,?\s+(?:and|&)\s+" + _NAME + r")"
    r"\s+(?P<verb>" + _PLURAL_REPORTING + r")\b"
)
_VERB_FIRST = re.compile(
    r"\s*(?P<verb>"
    + _VERBS
    + r")\s+(?P<who>"
    + _TITLE
    + r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
_DESCRIBED = re.compile(
    r"\s*(?P<who>(?P<det>a|an|one|another|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<verb>"
    + _VERBS
    + r")\b"
)
#: "…," State Duma deputy and first deputy chairman of the Defense Committee Alexei Zh. tells
#: Izvestia: an office of several words, then the name, then the verb (translated news)
_OFFICE_THEN_NAME = re.compile(
    r"\s*(?P<who>(?P<office>[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,15}?)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,2}))\s+(?P<verb>" + _VERBS + r")\b"
)
_GENDER = {"he": "m", "she": "f"}


def trailing_cue(text: str, end: int) -> tuple[tuple[int, int], SourceRef] | None:
    """The cue span and the source words right after a quote ending at ``end``."""
    if end < len(text) and text[end] == "\n":
        return None
    tail = text[end : end + 120].split("\n", 1)[0]
    m = _PRONOUN.match(tail)
    if m is not None:
        word = m.group("who").lower()
        src = SourceRef(
            end + m.start("who"),
            end + m.end("who"),
            m.group("who"),
            "pronoun",
            word,
            _GENDER.get(word),
            word in ("they", "we"),
        )
        return (end + m.start("verb"), end + m.end("verb")), src
    m = _DESCRIBED.match(tail)
    if m is not None and _verb_reads(m, text, end):
        # "“… in a mess!” one reader posted": someone described, not named
        who = m.group("who")
        start = end + m.start("who")
        kind: SourceKind = "description" if m.group("det") == "the" else "anonymous"
        src = SourceRef(start, start + len(who), who, kind, who.split()[-1])
        return (end + m.start("verb"), end + m.end("verb")), src
    m = _NAMES_JOINED.match(tail)
    if m is not None and not _verb_reads(m, text, end):
        m = None
    if m is not None and m.group("who").split()[0] not in ("The", "A", "An", "This", "That"):
        who = m.group("who").rstrip(".,")
        start = end + m.start("who")
        src = SourceRef(start, start + len(who), who, "name", who.split()[-1].lower(), None, True)
        return (end + m.start("verb"), end + m.end("verb")), src
    m = _NAME_FIRST.match(tail)
    if m is not None and not _verb_reads(m, text, end):
        m = None
    m = m or _VERB_FIRST.match(tail)
    if m is None:
        return _office_then_name(text, end)
    if m.group("who").split()[0] in ("The", "A", "An", "This", "That", "It"):
        return None
    who = m.group("who").rstrip(".,")
    start = end + m.start("who")
    src = SourceRef(start, start + len(who), who, "name", who.split()[-1].lower())
    return (end + m.start("verb"), end + m.end("verb")), src


#: what may follow a generated reporting form for it to close its clause ("…," Dan shares.)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?…—–]|$)")


def _verb_reads(m: re.Match[str], text: str, end: int) -> bool:
    """Whether the verb after a name reads as the quote's cue: a verb listed by hand always; a
    generated form (which may be a plural noun: "Tesla shares fell", "Brown and Jones reports
    were published") only when it closes its clause and the quote ends as quoted speech does
    before its speaker — with a comma, "?", "!" or a dash, not a full stop."""
    verb = m.group("verb")
    if verb in _LISTED_SET:
        return True
    closing = text[: max(end - 1, 0)].rstrip()[-1:]
    return closing in (",", "?", "!", "—", "–", "-", "…") and bool(
        _CLAUSE_END.match(m.string, m.end("verb"))
    )


_COLON_BEFORE = re.compile(r"(?P<colon>:)\s*$")


def leading_colon(text: str, start: int, names: list[tuple[int, int]]) -> tuple[int, int] | None:
    """ "Republican pollster Daron Shaw: “…”", "Stated Stone: “…”": the name (one of the
    ``names`` spans) that ends right before the colon introducing a quote at ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _COLON_BEFORE.search(text, line_start, start)
    if m is None:
        return None
    colon = m.start("colon")
    for s, e in names:
        if s >= line_start and 0 <= colon - e <= 1:
            return s, e
    return None


def _office_then_name(text: str, end: int) -> tuple[tuple[int, int], SourceRef] | None:
    tail = text[end : end + 240].split("\n", 1)[0]
    m = _OFFICE_THEN_NAME.match(tail)
    if m is None or any(ch in m.group("office") for ch in '.;:!?"“”'):
        return None
    if not any(w.lower() in _OFFICES for w in m.group("office").replace("-", " ").split()):
        return None  # the words before the name must state an office, not anything at all
    start = end + m.start("who")
    who = m.group("who")
    name_start = end + m.start("name")
    name = m.group("name")
    words = name.split()
    person = Entity(name_start, name_start + len(name), name, "PER", name, first=words[0])
    person.last = words[-1]
    person.role = m.group("office")
    src = SourceRef(start, start + len(who), who, "name", words[-1].lower())
    src.entities.append(person)
    return (end + m.start("verb"), end + m.end("verb")), src


#: nouns of office that may open a long description before a trailing name
_OFFICES = frozenset(
    [
        "deputy",
        "chairman",
        "chairwoman",
        "head",
        "leader",
        "minister",
        "president",
        "governor",
        "mayor",
        "senator",
        "ambassador",
        "envoy",
        "diplomat",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "member",
        "director",
        "chief",
        "commander",
        "secretary",
        "speaker",
        "adviser",
        "advisor",
        "aide",
        "expert",
        "analyst",
        "lawyer",
        "ombudsman",
        "official",
        "officer",
        "activist",
        "correspondent",
        "politician",
        "premier",
        "chancellor",
    ]
)
