"""What a description of a speaker says: its office, its kind, the person it introduced.

"The senator", "the 54-year-old fisherman", "the head of the region": whether a description is
a person's or a body's, which office it names, and which person the article introduced with the
same words ("Jane Doe, a nurse at …" … "the nurse said").  Split out of :mod:`.speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from . import coref
from .bodies_en import body_noun
from .clusters import Cluster, _cyrillic
from .model import SourceRef
from .name_runs import ROLE_NOUNS
from .names import (
    TITLES,
)
from .noun_senses_data import GROUP_NOUNS, PEOPLE_NOUNS
from .owners_en import holds_serving, owner_lead, serving
from .owners_en import office_words as own_office
from .person_nouns_data import PERSON_NOUNS
from .roles import ROLE_SYNONYMS

#: the offices of :func:`_other_office`: those written as a title before a name ("Governor
#: X", "Judge Y"), which name one post.  Any office word (the wider "the official", "the
#: expert", "the head" among them) cost B 13 right speakers: translated news calls its
#: people by such words whatever their stated office
OTHER_OFFICE_HEADS = TITLES - {"chief", "secretary", "general", "gen"}


#: someone who speaks or works for another ("the press secretary", "the spokesperson", "the
#: aide") is never the person served: such a description calls back only one who holds that
#: office (:func:`.coref.fits`); with no holder named it is an unnamed speaker of its own, not
#: the minister named before (the press secretary's words shown as the minister's were the
#: known confident wrong of blind rounds).  A switch for measuring it
SERVING_NOT_SERVED = True
#: the same for a person the article states no office for ("Andrei Volkov said … The aide
#: added"): off, a person of no stated office may still be the one called so
SERVING_NOT_UNSTATED = True


def serving_description(src: SourceRef) -> bool:
    """Whether ``src`` is an English description of one who speaks or works for another
    (:func:`.owners_en.serving`), read so while :data:`SERVING_NOT_SERVED` is on."""
    head = (src.head or "").lower()
    return SERVING_NOT_SERVED and bool(head) and not _cyrillic(head) and serving(src.text, head)


def serves_not(src: SourceRef, c: Cluster, text: str) -> bool:
    """Whether the serving description ``src`` ("the press secretary") cannot be ``c``: ``c``
    holds no such office — not by its heads or stated role, nor by the words written next to
    one of its names before ``src`` ("Presidential aide Yuri Ushakov", "Alexei Morozov, an
    adviser to the governor,") — and has an office of its own stated (or, with
    :data:`SERVING_NOT_UNSTATED`, whatever it has)."""
    head = (src.head or "").lower()
    if coref.fits(src, c) or (c.role and holds_serving(head, c.role)):
        return False
    for a, b in c.mentions:
        if b > src.start:
            continue
        start, end = _sentence_of(text, a, b)
        near = " ".join(
            text[start:a].split()[-_SERVING_BEFORE:] + text[b:end].split()[:_SERVING_AFTER]
        )
        if holds_serving(head, near):
            return False
    return SERVING_NOT_UNSTATED or bool(c.role) or any(h for h in c.heads)


#: how many words before and after a name are read for its serving office ("Presidential aide
#: Yuri Ushakov", "Alexei Morozov, an adviser to the governor, said")
_SERVING_BEFORE = 3
_SERVING_AFTER = 4


def _other_office(src: SourceRef, c: Cluster) -> bool:
    """Whether an English description that is an office ("the governor") names an office other
    than the one stated for ``c`` (its role "the contractor's chief executive"): the head and
    the offices it stands for neither are ``c``'s office nor its wider word (those are read
    before, by :func:`.coref.description` and :func:`.coref.description_family`)."""
    head = (src.head or "").lower()
    if not c.role or head not in OTHER_OFFICE_HEADS or _cyrillic(c.role):
        return False
    return not coref.fits(src, c)


def _definite_person(src: SourceRef) -> bool:
    """ "the politician", "the Belarusian leader": a definite description whose head is a
    person's office or occupation (not "the Ukrainian side", not "the ministry")."""
    words = src.text.lower().split()
    head = (src.head or "").lower()
    if words and words[0] == "the" and not src.plural and _AGE_EPITHET.search(src.text):
        return True  # "the 54-year-old driver", "The 61-year-old": only a person has an age
    return (
        (len(words) <= 3 or _office_of_the(src.text, head))
        and words[0] == "the"
        and not src.plural
        # the office lists, or any noun whose commonest sense is a person in WordNet ("the
        # woman", "the farmer", "the pensioner")
        and (_person_noun(head) or _person_noun(_MAN_FORM.sub("man", head)))
    )


#: an age written before a description ("the 54-year-old driver", "the 61-year-old"): English
#: news calls a person it has named by their age, never a body
_AGE_EPITHET = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b", re.I)


def _subject_before(src: SourceRef, people: list[Cluster], text: str) -> Cluster | None:
    """The person named first in the sentence before ``src``'s (its subject, as a rule):
    "Bolat Iskakov has fished here for thirty years in the brigade of Mukanov. The 54-year-old
    fisherman says …" is Iskakov, not the one named last."""
    para = text.rfind("\n", 0, src.start) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, para, src.start)]
    if not ends:
        return None
    start = ends[-2] if len(ends) > 1 else para
    firsts = [
        (min(s for s, _ in c.mentions if start <= s < ends[-1]), c)
        for c in people
        if any(start <= s < ends[-1] for s, _ in c.mentions)
    ]
    return min(firsts, key=lambda sc: sc[0])[1] if firsts else None


#: "the head of the region", "the head of the department": an office of a unit named by a
#: common noun (the one the article is about), not a new one ("the head of the Kharkiv
#: Regional Administration", "the mother of a pupil")
_OFFICE_OF_THE = re.compile(r"the (\w+) of the(?: [a-z]+){1,2}")


def _office_of_the(text: str, head: str) -> bool:
    """Whether ``text`` is "the <office> of the <unit>", also opening its sentence ("The head
    of the commission added …")."""
    text = text.strip()
    m = _OFFICE_OF_THE.fullmatch(text[:1].lower() + text[1:])
    return m is not None and m.group(1).lower() == head and head in ROLE_NOUNS


#: "ombudswoman", "chairwoman": WordNet and the office lists may hold only the "-man" form
_MAN_FORM = re.compile(r"(?<=\w)woman$")


#: where a sentence ends, for the words that introduce a person
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: words of a description's qualifier that tell nobody apart
_QUALIFIER_STOP = frozenset(
    ["the", "a", "an", "of", "from", "for", "in", "on", "at", "with", "and", "its", "his", "her"]
    + ["their", "this", "that", "who", "which", "same", "also", "other", "another"]
)


def _qualified(src: SourceRef, people: list[Cluster], text: str) -> Cluster | None:
    """ "The deputy from the opposition said", "the head of the Kalinovka community said": a
    description whose qualifier (the words after its head noun) names what the article stated
    beside one person only — in the words between that person's name and the names next to it
    in the sentence that introduced them ("A from the Olekminsky district and B from the
    faction 'New People'").  The one person whose introduction holds every such word; nobody
    when none or several do (a wrong speaker is worse than none)."""
    head = (src.head or "").lower()
    words = re.findall(r"[\w’'-]+", src.text)
    lowered = [w.lower() for w in words]
    if not head or head not in lowered or src.plural:
        return None
    wanted = {
        w for w in lowered[lowered.index(head) + 1 :] if w not in _QUALIFIER_STOP and len(w) > 2
    }
    if not wanted:
        return None
    fits = []
    for c in people:
        if c.kind != "person" or not c.last:
            continue
        first = next((m for m in c.mentions if m[0] < src.start), None)
        if first is None or src.start - first[0] > coref.MAX_DISTANCE:
            continue
        said = _introduction(first, people, text)
        offices = {w.removesuffix("s") for w in said} & (PERSON_NOUNS | ROLE_NOUNS)
        if offices and head not in offices and head not in _ANY_OFFICE:
            continue  # "the controller of the enterprise" is not its director
        if wanted <= said:
            fits.append(c)
    return fits[0] if len(fits) == 1 else None


#: description heads that fit any office ("the head of the city" for its chairman)
_ANY_OFFICE = frozenset(["head", "leader", "chief", "representative", "official"])
#: how many words after a name its introduction runs at most ("B from the faction X")
_AFTER_NAME_WORDS = 6


@lru_cache(maxsize=4)
def _sentence_breaks(text: str) -> tuple[list[int], list[int]]:
    """Where the sentence breaks of ``text`` start and end (:data:`_SENTENCE_END`), found once
    per article: each person's introduction is looked up by bisection, not by a scan of the
    text from its start (which made an article of many people quadratic)."""
    found = list(_SENTENCE_END.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def _sentence_of(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence holding ``text[a:b]``: from the end of the last break ending at or before
    ``a`` to the start of the first break starting at or after ``b``."""
    starts, ends = _sentence_breaks(text)
    k = bisect_right(ends, a) - 1
    j = bisect_left(starts, b)
    return (ends[k] if k >= 0 else 0), (starts[j] if j < len(starts) else len(text))


def _introduction_text(
    mention: tuple[int, int], people: list[Cluster], text: str
) -> tuple[str, str]:
    """The words of the sentence of ``mention`` before it (its office, after the last "and"
    or comma) and after it (its apposition, a few words) up to the names next to it."""
    a, b = mention
    start, end = _sentence_of(text, a, b)
    others = [m for c in people if c.kind == "person" for m in c.mentions if start <= m[0] < end]
    # a name glued to this one ("from Lviv Iryna Bondar": a place NER took for a person)
    # does not part it from its office
    before = max((m[1] for m in others if m[1] < a - 1), default=start)
    after = min((m[0] for m in others if m[0] >= b), default=end)
    # before the name, its office after the last "and" or comma (what stands before belongs to
    # the name before); after it, its apposition only: up to a comma or a colon, a few words
    lead = re.split(r",|\band\b", text[before:a])[-1]
    # "The official who replaced Ivo Kaas": the words before a relative clause describe its
    # subject, not the name the clause names (its object)
    lead = _RELATIVE_WORD.split(lead)[-1]
    tail = re.split(r"[,:;(]|\band\b", text[b:after], maxsplit=1)[0].split()[:_AFTER_NAME_WORDS]
    if OWNER_INTRODUCES_NOBODY and _OWNED_LEAD.search(lead):
        lead = ""  # "the lawyer of Ivan Petrov": the lawyer's office, not Petrov's
    owned = owner_lead(lead) if OWNER_NOT_OFFICE else None
    if owned is not None:
        lead = owned  # "a lawyer for Defence Secretary Ben Wallace": his office, not the lawyer's
    if OWNER_INTRODUCES_NOBODY and tail and tail[0][:2] in ("'s", "’s"):
        tail = []  # "Ivan Petrov's lawyer": the lawyer's office, not Petrov's
    return lead, " ".join(tail)


#: a name after "of" or before "'s" is whose the office around it is, not its holder: "the
#: lawyer of Ivan Petrov" and "Ivan Petrov's lawyer" introduce the lawyer, not Petrov
#: (thirty-sixth session, the Russian «адвокат Ивана Петрова» on the English path)
OWNER_INTRODUCES_NOBODY = True
#: a description whose office noun stands in someone's introduction only as whom their relation
#: noun acts for ("the president" after "the press secretary of the president, Anna Orlova")
#: does not call that someone back (thirty-seventh session, :mod:`.owners_en`)
OWNER_NOT_OFFICE = True
PRONOUN_NO_INTRO = True
_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers", "they", "them", "their"])
#: an introduction's words ending in "of" (and an article): the name after them is an owner
_OWNED_LEAD = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


def _introduction(mention: tuple[int, int], people: list[Cluster], text: str) -> set[str]:
    """The lower-case words of the sentence of ``mention`` that stand between it and the
    names before and after it in that sentence (its role, its party, its place)."""
    lead, tail = _introduction_text(mention, people, text)
    return {w.lower() for w in re.findall(r"[\w’'-]+", lead + " " + tail)}


#: where a description's core ends: its relative clause or aside ("The dean of the faculty,
#: where she worked", "the head of the union (the FNPR)")
_DESCRIPTION_CORE_END = re.compile(r",|\(|\s(?:who|which|where|whose|that)\s")
#: words of a description that name no office, place or body of its own
_INTRODUCED_STOP = _QUALIFIER_STOP | frozenset(["said", "says", "told", "added", "also"])
#: words that make an office another one ("deputy chief arbiter" is not the "chief arbiter",
#: "vice-rector" not the rector): a description without it does not name the one with it
#: while someone else holds the office without it
_OFFICE_DEGREE = frozenset(["deputy", "vice", "assistant", "acting", "former", "ex"])


def _introduced_words(text: str) -> set[str]:
    """The content words of ``text`` in the singular ("heads of village councils" → head,
    village, council): what a description and an introduction are compared by."""
    out = set()
    for w in re.findall(r"[\w’'-]+", text.lower()):
        w = w.strip("'’-")
        if not w or w in _INTRODUCED_STOP or w.isdigit():
            continue
        if w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
            w = w[:-1]
        out.add(w)
        out.update(p for p in w.split("-") if len(p) > 1 and p not in _INTRODUCED_STOP)
    return out


def _list_lead(mention: tuple[int, int], people: list[Cluster], text: str, depth: int = 0) -> str:
    """The words that introduce a name standing right after a comma or "and" in a list: for
    the first name, the words before the comma ("Two heads of village councils, A from X and B
    from Y"); for a later one, the first one's ("B" is one of the two heads too)."""
    a, _ = mention
    start, _ = _sentence_of(text, a, a)
    named = [
        m
        for c in people
        if c.kind == "person"
        for m in c.mentions
        if start <= m[0] and m[1] < a - 1
    ]
    prev = max(named, key=lambda m: m[1], default=None)
    pieces = re.split(r",|\band\b", text[prev[1] if prev else start : a])
    if re.search(r"[A-Za-z]", pieces[-1]) or len(pieces) < 2:
        return ""  # the name has an office of its own before it
    if prev is None:
        return pieces[-2]
    if depth < 3 and len(pieces) == 2 and not re.search(r"[,;:]", pieces[0]):
        return _list_lead(prev, people, text, depth + 1)
    return ""


def _introduced_as(
    description: str,
    start: int,
    people: list[Cluster],
    text: str,
    said: tuple[int, int] | None = None,
    *,
    by_office: bool = False,
) -> Cluster | None:
    """ "The deputy chief arbiter said", "the head of the council of X told": the
    one person named before whose introduction — the words the article wrote beside their
    name (their office, body, place; the office of the list they were named in) — holds every
    word of the description's core.  Of several, those whose office has no degree the
    description lacks ("deputy", "vice"); nobody when still none or several fit (a wrong
    speaker is worse than none).  With ``by_office``, when nobody's introduction holds every
    word, the one person whose introduction holds the office noun alone (a pair's "the head
    of the trade union" for "the head of the miners' committee B")."""
    core = _DESCRIPTION_CORE_END.split(description, maxsplit=1)[0]
    wanted = _introduced_words(core)
    office_words = re.split(r"\s(?:of|from|for|at|in)\s", core, maxsplit=1)[0]
    office = _introduced_words(office_words)
    head = (re.findall(r"[\w’'-]+", office_words.lower()) or [""])[-1]
    if not (_person_noun(head) or _person_noun(_MAN_FORM.sub("man", head))):
        return None  # "the eparchy", "the council": a body is nobody's introduction
    if not wanted or not text:
        return None
    own = said or (0, 0)
    fits: list[tuple[Cluster, set[str]]] = []
    in_office: list[tuple[Cluster, set[str]]] = []
    for c in people:
        # a person named with a given name: a place NER took for a surname ("from Lviv
        # Iryna Bondar") has no introduction of its own
        if c.kind != "person" or c.plural or not c.last or not c.first:
            continue
        before = [m for m in c.mentions if m[1] <= start and not own[0] <= m[0] < own[1]]
        if not before or start - before[-1][0] > coref.MAX_DISTANCE:
            continue
        said_of: set[str] = set()
        written: list[str] = [c.role or ""]
        for m in before:
            if PRONOUN_NO_INTRO and text[m[0] : m[1]].lower() in _PRONOUNS:
                # a pronoun introduces nobody: the words beside "she" are a quote's
                # ("“The president will meet farmers,” she told reporters")
                continue
            written.extend(_introduction_text(m, people, text))
            written.append(_list_lead(m, people, text))
            described = text[m[0] : m[0] + 1].islower() or text[m[0] : m[0] + 4] == "The "
            if described and len(wanted) > 1:
                # a description resolved to c before ("the head of the task force"); not
                # for a one-word epithet ("the expert"), which the writer gives whoever speaks
                written.append(text[m[0] : m[1]])
        for w in written:
            said_of |= _introduced_words(w)
        if OWNER_NOT_OFFICE and not _introduced_words(head) <= set().union(
            *(_introduced_words(own_office(w)) for w in written)
        ):
            # "the press secretary of the president, Anna Orlova": a later "the president"
            # is whom she speaks for, not her office
            continue
        if len(wanted) == 1 and not any(_office_head(next(iter(wanted)), w) for w in written):
            continue  # "the official" is not the "official representative"
        if wanted <= said_of:
            fits.append((c, said_of))
        elif office and office <= said_of:
            in_office.append((c, said_of))
    if not fits and by_office:
        fits = in_office
    if len(fits) > 1:
        plain = [(c, w) for c, w in fits if not (w & _OFFICE_DEGREE) - wanted]
        fits = plain or fits
    return fits[0][0] if len(fits) == 1 else None


def _office_head(word: str, written: str) -> bool:
    """Whether ``word`` heads an office in ``written`` (an introduction's words): followed by
    its body ("keeper of the nursery"), a name, punctuation or nothing — not by another noun
    it qualifies ("official representative")."""
    return (
        re.search(
            rf"(?i:\b{re.escape(word)}s?\b)(?!\s+(?!(?:of|from|for|at|in|on|and|who)\b)[a-z])",
            written,
        )
        is not None
    )


def _lower_office(words: str) -> bool:
    """Whether ``words`` (a conjunct's office before a name, or a description) are in lower
    case after their first word: "the deputy mayor", "deputy"; not "Regional Development",
    the end of an office whose name holds "and"."""
    # a name in quotation marks inside the office ("the deputy of the faction "A Just Russia"")
    # is the faction's, not the office's
    rest = _NUMBERED.sub(" ", _IN_QUOTES.sub(" ", words)).split()[1:]
    return all(not w[:1].isupper() for w in rest)


_IN_QUOTES = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")
#: a number's sign ("the district No. 7"): no capitalised word of a name
_NUMBERED = re.compile(r"\bNo\.?\s*\d+")


def _qualified_office(description: str) -> bool:
    """Whether ``description`` is definite and names more than a bare office ("the deputy
    mayor", "the head of the union"; not "the official", not "a passenger": an indefinite
    description introduces someone new)."""
    core = _DESCRIPTION_CORE_END.split(description, maxsplit=1)[0]
    return core.lower().startswith("the ") and len(_introduced_words(core)) >= 1


def _description_kind(src: SourceRef) -> str:
    """A singular description no one was found for is a person when its head noun can name
    one (the office lists, WordNet's person nouns, a gendered noun), else a body ("the
    akimat", "the monitoring system of the agency"): no word for a person, no person.  A plural
    one is people ("collective") only when its noun denotes people, a body when it denotes a
    group, and neither otherwise ("anonymous": "the plants", "the restaurants", "the figures"
    are no one's name, neither a person nor a group of people)."""
    head = (src.head or "").lower()
    words = src.text.lower().split()
    plural = (
        src.plural
        and (
            any(w.endswith("s") and w.startswith(head[:4]) for w in words)
            # "the wives", "the women", "the children": a noun for a person written in another
            # form than its dictionary form is that form's plural
            or _person_noun(head)
            and head not in words
            and any(w[:2] == head[:2] for w in words)
        )
    )  # the tagger calls unknown words plural ("the hokimiyat"): an -s form says it is
    if plural and not _cyrillic(head):
        # what the noun denotes, by WordNet's lexicographer files (:mod:`.noun_senses_data`):
        # "the parents of the pupils", "the drivers in the chat" are people as a group;
        # "the ministries" bodies; a thing's plural no one ("they" must not find it among the
        # bodies, nor a person's mark be shown for it)
        if _person_noun(head) or head in PEOPLE_NOUNS:
            return "collective"
        if body_noun(head) or head in GROUP_NOUNS:
            return "organization"
        return "anonymous"
    if src.gender is not None or not head or _cyrillic(head) or plural:
        return "person"
    person = _person_noun(head) or _person_noun(_MAN_FORM.sub("man", head))
    aged = _AGE_EPITHET.search(src.text) is not None
    return "person" if person or aged or head in TITLES else "organization"


def _person_noun(head: str) -> bool:
    return head in ROLE_NOUNS or head in ROLE_SYNONYMS or head in PERSON_NOUNS


#: words before the one spoken to ("told Suspilne", "said in an interview with RBC"): a
#: listener, not someone a later "the woman said" refers to
_TO_LISTENER = re.compile(
    r"\b(?:told|tells|telling|(?:said|stated|explained|confirmed|complained) to"
    r"|(?:an )?interview (?:to|with))\s+$"
)


def _in_paragraph(
    src: SourceRef, people: list[Cluster], text: str, said: tuple[int, int] | None = None
) -> Cluster | None:
    """The person of the description's gender named last before it in its own paragraph,
    not counting where they are only the one spoken to, nor inside the words ``said`` by the
    description's speaker ("“We met Tom Lee,” the politician said" is not Tom Lee's)."""
    para = text.rfind("\n", 0, src.start) + 1
    own = said or (0, 0)
    best: tuple[int, Cluster] | None = None
    for c in people:
        if src.gender is not None and c.gender not in (None, src.gender):
            continue
        seen = max(
            (
                s
                for s, _ in c.mentions
                if para <= s < src.start
                and not own[0] <= s < own[1]
                and not _TO_LISTENER.search(text, max(0, s - 30), s)
            ),
            default=-1,
        )
        if seen >= 0 and (best is None or seen > best[0]):
            best = (seen, c)
    return best[1] if best else None


#: a name's possessive with more words after it: "Armenia's health ministry", "Kyiv’s council"
_POSSESSIVE = re.compile(r"(?<![\w'’])[A-Z][\w.&-]*?(['’]s|(?<=s)['’])\s+[A-Za-z]")


def _owned_at(src: SourceRef, text: str) -> int | None:
    """Where the possessive of a name that owns what ``src`` names stands ("Armenia's health
    ministry": the offset of "'s"), or None when the source has no such possessive."""
    m = _POSSESSIVE.search(text, src.start, src.end)
    return m.start(1) if m is not None and m.end() <= src.end else None


#: "the ministry", "the health ministry": a definite description of a body, in lower case
_DEFINITE_BODY = re.compile(r"[Tt]he((?: [a-z][a-z-]*){1,3})")
#: "the ministry" calls back "the Ministry of Health" (the name's head before its "of"), and
#: "the authority" a body named "… Authority" (thirty-eighth session)
BODY_OF_NAMES = True
_BODY_WHEN_DEFINITE = frozenset(["authority"])
#: how far back (characters) "the ministry" looks for the body it names again
BODY_REACH = 2500


def definite_body(words: str) -> bool:
    """Whether ``words`` call a body by what it is ("the ministry", "the health ministry")."""
    m = _DEFINITE_BODY.fullmatch(words.strip())
    return m is not None and body_noun(m.group(1).split()[-1])


def _named_body_before(src: SourceRef, bodies: Iterable[Cluster]) -> Cluster | None:
    """The one body named before ``src`` that the definite description ``src`` ("the ministry",
    "the health ministry") calls again: its name ends in the description's head noun and holds
    each of its words.  None when no body or more than one fits (then it is no one's)."""
    m = _DEFINITE_BODY.fullmatch(src.text.strip())
    if m is None:
        return None
    words = m.group(1).split()
    if not body_noun(words[-1]) and not (BODY_OF_NAMES and words[-1] in _BODY_WHEN_DEFINITE):
        return None
    fits: list[Cluster] = []
    for c in bodies:
        if c.kind != "organization" or c in fits or not any(ch.isupper() for ch in c.name):
            continue
        seen = c.seen_before(src.start)
        if seen < 0 or src.start - seen > BODY_REACH:
            continue
        named = re.findall(r"[\w-]+", c.name.lower())
        # the name's head noun: its last word, or the word before its "of" ("the Ministry of
        # Health", "the Competition Authority of Estonia": "the ministry", "the authority")
        heads = {named[-1]} if named else set()
        if BODY_OF_NAMES and "of" in named[1:]:
            heads.add(named[named.index("of", 1) - 1])
        if named and words[-1] in heads and all(w in named for w in words):
            fits.append(c)
    return fits[0] if len(fits) == 1 else None


#: a word opening a relative clause: a name after it is the clause's, not the described one's
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|which|that)\b")
